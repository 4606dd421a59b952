//! Reading a Word draft: `word/document.xml`'s paragraphs and tables, with
//! the numbers Word's automatic numbering shows computed from
//! `word/numbering.xml` (and the numbering of paragraph styles from
//! `word/styles.xml`), bold and italic from the runs and the styles.
//!
//! The number Word shows for a numbered paragraph: its level's `lvlText`
//! (`%1.%2.`) with each `%n` the counter of level n in that level's
//! `numFmt`. Counters belong to the list instance (`w:num`) when it
//! overrides a start (`w:startOverride`, what "Restart numbering" makes),
//! else to its abstract definition, which instances share, so that a list
//! interrupted by paragraphs goes on where it stopped. A level's counter
//! starts at its `start` and restarts after a paragraph of a higher level
//! (or of the level `lvlRestart` names).

use std::collections::HashMap;
use std::io::{Cursor, Read};
use std::path::Path;

use super::draft::{apply_emphasis, fold, Block, Draft, Emph, Format};
use super::xml::{self, Elem, Node};
use crate::diag::Diagnostic;
use crate::t;

/// One level of a list definition.
#[derive(Debug, Clone, Default)]
struct Level {
    start: i64,
    fmt: String,
    text: String,
    /// The level after which this one restarts (0-based); `None`: any higher.
    restart: Option<usize>,
    legal: bool,
}

/// A list instance's overrides of its definition: level → (start, level).
type Overrides = HashMap<usize, (Option<i64>, Option<Level>)>;

#[derive(Debug, Clone, Default)]
struct Numbering {
    abstracts: HashMap<String, Vec<Level>>,
    /// numId → (abstractNumId, its overrides)
    nums: HashMap<String, (String, Overrides)>,
}

/// What a paragraph style gives its paragraphs.
#[derive(Debug, Clone, Default)]
struct Style {
    based_on: Option<String>,
    num: Option<(String, Option<usize>)>,
    bold: Option<bool>,
    italic: Option<bool>,
}

fn level_of(e: &Elem) -> Level {
    let val = |name: &str| {
        e.child(name)
            .and_then(|c| c.attr("val"))
            .map(str::to_string)
    };
    Level {
        start: val("start").and_then(|v| v.parse().ok()).unwrap_or(1),
        fmt: val("numFmt").unwrap_or_else(|| "decimal".into()),
        text: val("lvlText").unwrap_or_default(),
        restart: val("lvlRestart")
            .and_then(|v| v.parse::<usize>().ok())
            .map(|v| v.saturating_sub(1)),
        legal: e.toggle("isLgl").unwrap_or(false),
    }
}

fn read_numbering(root: &Elem) -> Numbering {
    let mut n = Numbering::default();
    for e in root.elems() {
        match e.name.as_str() {
            "abstractNum" => {
                let id = e.attr("abstractNumId").unwrap_or("").to_string();
                let mut levels = vec![Level::default(); 9];
                for l in e.elems().filter(|l| l.name == "lvl") {
                    let i: usize = l.attr("ilvl").and_then(|v| v.parse().ok()).unwrap_or(0);
                    if i < 9 {
                        levels[i] = level_of(l);
                    }
                }
                n.abstracts.insert(id, levels);
            }
            "num" => {
                let id = e.attr("numId").unwrap_or("").to_string();
                let abs = e
                    .child("abstractNumId")
                    .and_then(|a| a.attr("val"))
                    .unwrap_or("")
                    .to_string();
                let mut overrides = HashMap::new();
                for o in e.elems().filter(|o| o.name == "lvlOverride") {
                    let i: usize = o.attr("ilvl").and_then(|v| v.parse().ok()).unwrap_or(0);
                    let start = o
                        .child("startOverride")
                        .and_then(|s| s.attr("val"))
                        .and_then(|v| v.parse().ok());
                    let lvl = o.child("lvl").map(level_of);
                    overrides.insert(i, (start, lvl));
                }
                n.nums.insert(id, (abs, overrides));
            }
            _ => {}
        }
    }
    n
}

fn read_styles(root: &Elem) -> HashMap<String, Style> {
    let mut out = HashMap::new();
    for s in root.elems().filter(|s| s.name == "style") {
        let Some(id) = s.attr("styleId") else {
            continue;
        };
        let ppr = s.child("pPr");
        let num = ppr.and_then(|p| p.child("numPr")).and_then(|np| {
            let id = np.child("numId")?.attr("val")?.to_string();
            let lvl = np
                .child("ilvl")
                .and_then(|l| l.attr("val"))
                .and_then(|v| v.parse().ok());
            Some((id, lvl))
        });
        let rpr = s.child("rPr");
        out.insert(
            id.to_string(),
            Style {
                based_on: s
                    .child("basedOn")
                    .and_then(|b| b.attr("val"))
                    .map(str::to_string),
                num,
                bold: rpr.and_then(|r| r.toggle("b")),
                italic: rpr.and_then(|r| r.toggle("i")),
            },
        );
    }
    out
}

/// A property of a style, looked up along its `basedOn` chain.
fn style_prop<T: Clone>(
    styles: &HashMap<String, Style>,
    id: &str,
    get: impl Fn(&Style) -> Option<T>,
) -> Option<T> {
    let mut cur = Some(id.to_string());
    for _ in 0..20 {
        let s = styles.get(cur.as_deref()?)?;
        if let Some(v) = get(s) {
            return Some(v);
        }
        cur = s.based_on.clone();
    }
    None
}

/// The counters of the lists, as Word keeps them while laying out.
#[derive(Default)]
struct Counters {
    /// counter key → per-level value (`None`: not used yet)
    values: HashMap<String, [Option<i64>; 9]>,
}

/// `n` in a list number format.
pub fn format_number(n: i64, fmt: &str) -> String {
    let letters = |upper: bool| {
        if n <= 0 {
            return n.to_string();
        }
        // a, b, … z, aa, bb, … as Word counts
        let k = ((n - 1) % 26) as u8;
        let times = ((n - 1) / 26 + 1) as usize;
        let c = if upper { b'A' + k } else { b'a' + k } as char;
        std::iter::repeat_n(c, times).collect()
    };
    match fmt {
        "decimalZero" => format!("{n:02}"),
        "upperRoman" => crate::format::roman(n as u32).unwrap_or_else(|| n.to_string()),
        "lowerRoman" => crate::format::roman(n as u32)
            .map(|r| r.to_lowercase())
            .unwrap_or_else(|| n.to_string()),
        "upperLetter" => letters(true),
        "lowerLetter" => letters(false),
        "none" => String::new(),
        _ => n.to_string(),
    }
}

impl Numbering {
    fn level(&self, num: &str, ilvl: usize) -> Option<(String, Level, Option<i64>, bool)> {
        let (abs, overrides) = self.nums.get(num)?;
        let levels = self.abstracts.get(abs)?;
        let mut lvl = levels.get(ilvl)?.clone();
        let mut start = None;
        if let Some((s, l)) = overrides.get(&ilvl) {
            if let Some(l) = l {
                lvl = l.clone();
            }
            start = *s;
        }
        let own = overrides.values().any(|(s, l)| s.is_some() || l.is_some());
        Some((abs.clone(), lvl, start, own))
    }

    /// The label Word shows for a paragraph of list `num` at level `ilvl`,
    /// counting it.
    fn label(&self, counters: &mut Counters, num: &str, ilvl: usize) -> Option<String> {
        let ilvl = ilvl.min(8);
        let (abs, lvl, start_override, own) = self.level(num, ilvl)?;
        let key = if own {
            format!("num:{num}")
        } else {
            format!("abs:{abs}")
        };
        let values = counters.values.entry(key).or_insert([None; 9]);
        let start = start_override.unwrap_or(lvl.start);
        values[ilvl] = Some(match values[ilvl] {
            Some(v) => v + 1,
            None => start,
        });
        for (deeper, v) in values.iter_mut().enumerate().skip(ilvl + 1) {
            // a deeper level restarts unless it restarts only after a
            // level above this one
            let restart_after = self
                .level(num, deeper)
                .and_then(|(_, l, ..)| l.restart)
                .unwrap_or(deeper.saturating_sub(1));
            if restart_after >= ilvl {
                *v = None;
            }
        }
        if lvl.fmt == "bullet" {
            let glyph = lvl.text.trim();
            // a Symbol or Wingdings glyph (private use area) reads as a dash
            let shown = if glyph.is_empty()
                || glyph
                    .chars()
                    .any(|c| ('\u{E000}'..='\u{F8FF}').contains(&c))
            {
                "-".to_string()
            } else {
                glyph.to_string()
            };
            return Some(shown);
        }
        let mut out = String::new();
        let mut chars = lvl.text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '%' {
                if let Some(d) = chars.peek().and_then(|d| d.to_digit(10)) {
                    chars.next();
                    let k = (d as usize).saturating_sub(1).min(8);
                    let (fmt, v) = if k == ilvl {
                        (lvl.fmt.clone(), values[k].unwrap_or(start))
                    } else {
                        let l = self.level(num, k).map(|x| x.1).unwrap_or_default();
                        (l.fmt.clone(), values[k].unwrap_or(l.start))
                    };
                    let fmt = if lvl.legal {
                        "decimal".to_string()
                    } else {
                        fmt
                    };
                    out.push_str(&format_number(v, &fmt));
                    continue;
                }
            }
            out.push(c);
        }
        Some(out.trim().to_string())
    }
}

/// One paragraph read: its text and where its runs are bold or italic.
struct Para {
    text: String,
    emph: Vec<Emph>,
    label: Option<String>,
}

struct Reader<'a> {
    numbering: Numbering,
    styles: HashMap<String, Style>,
    counters: Counters,
    _path: &'a Path,
}

impl Reader<'_> {
    fn paragraph(&mut self, p: &Elem) -> Para {
        let ppr = p.child("pPr");
        let style = ppr
            .and_then(|x| x.child("pStyle"))
            .and_then(|s| s.attr("val"))
            .map(str::to_string);
        let style_bold = style
            .as_deref()
            .and_then(|s| style_prop(&self.styles, s, |st| st.bold))
            .unwrap_or(false);
        let style_italic = style
            .as_deref()
            .and_then(|s| style_prop(&self.styles, s, |st| st.italic))
            .unwrap_or(false);
        // numbering: the paragraph's own, else its style's
        let own = ppr.and_then(|x| x.child("numPr")).map(|np| {
            let id = np
                .child("numId")
                .and_then(|n| n.attr("val"))
                .map(str::to_string);
            let lvl = np
                .child("ilvl")
                .and_then(|l| l.attr("val"))
                .and_then(|v| v.parse().ok());
            (id, lvl)
        });
        let from_style = style
            .as_deref()
            .and_then(|s| style_prop(&self.styles, s, |st| st.num.clone()));
        let (num, lvl) = match (own, from_style) {
            (Some((Some(id), lvl)), st) => (Some(id), lvl.or(st.and_then(|s| s.1))),
            (Some((None, lvl)), Some((id, slvl))) => (Some(id), lvl.or(slvl)),
            (None, Some((id, lvl))) => (Some(id), lvl),
            _ => (None, None),
        };
        let label = match num {
            Some(id) if id != "0" => {
                self.numbering
                    .label(&mut self.counters, &id, lvl.unwrap_or(0))
            }
            _ => None,
        };
        let mut text = String::new();
        let mut emph = Vec::new();
        let mut n = 0usize;
        runs(p, style_bold, style_italic, &mut text, &mut emph, &mut n);
        Para { text, emph, label }
    }
}

/// The text of the runs under `e`, depth first, with their emphasis.
fn runs(
    e: &Elem,
    bold: bool,
    italic: bool,
    text: &mut String,
    emph: &mut Vec<Emph>,
    n: &mut usize,
) {
    for c in e.elems() {
        match c.name.as_str() {
            "r" => {
                let rpr = c.child("rPr");
                if rpr.and_then(|r| r.toggle("vanish")).unwrap_or(false) {
                    continue;
                }
                let b = rpr.and_then(|r| r.toggle("b")).unwrap_or(bold);
                let i = rpr.and_then(|r| r.toggle("i")).unwrap_or(italic);
                let from = *n;
                for x in c.elems() {
                    let piece = match x.name.as_str() {
                        "t" => x.text(),
                        "tab" | "br" | "cr" => " ".to_string(),
                        "noBreakHyphen" => "-".to_string(),
                        _ => continue,
                    };
                    *n += piece.chars().count();
                    text.push_str(&piece);
                }
                if (b || i) && *n > from {
                    emph.push((from, *n, b, i));
                }
            }
            // deleted text, field codes, drawings: not the text as it reads
            "del" | "instrText" | "drawing" | "pict" | "pPr" | "rPr" | "commentReference" => {}
            _ => runs(c, bold, italic, text, emph, n),
        }
    }
}

fn corrupt(path: &Path, reason: &str) -> Diagnostic {
    Diagnostic::error(
        "import-docx",
        t!(
            "import-docx-corrupt",
            file = path.display(),
            reason = reason
        ),
    )
    .hint(t!("import-docx-corrupt-hint"))
}

fn part(z: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Option<Result<Vec<u8>, String>> {
    let mut f = z.by_name(name).ok()?;
    let mut buf = Vec::new();
    Some(
        f.read_to_end(&mut buf)
            .map(|_| buf)
            .map_err(|e| e.to_string()),
    )
}

/// Reads a DOCX.
pub fn read(path: &Path, bytes: &[u8]) -> Result<Draft, Diagnostic> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        // an OLE compound file: an encrypted DOCX, or a Word 97–2003 .doc
        // the stream "EncryptionInfo" (its name in UTF-16) marks an encrypted package
        let name: Vec<u8> = "EncryptionInfo"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let encrypted = bytes.windows(name.len()).any(|w| w == name.as_slice());
        let (key, hint) = if encrypted {
            ("import-docx-encrypted", "import-docx-encrypted-hint")
        } else {
            ("import-docx-old", "import-docx-old-hint")
        };
        return Err(Diagnostic::error(
            "import-docx",
            crate::i18n::message(key, &[("file", path.display().to_string())]),
        )
        .hint(crate::i18n::message(hint, &[])));
    }
    let mut z = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        Diagnostic::error(
            "import-docx",
            t!("import-not-docx", file = path.display(), reason = e),
        )
        .hint(t!("import-not-docx-hint"))
    })?;
    let doc = match part(&mut z, "word/document.xml") {
        Some(Ok(b)) => b,
        Some(Err(e)) => return Err(corrupt(path, &e)),
        None => {
            return Err(Diagnostic::error(
                "import-docx",
                t!("import-no-document-part", file = path.display()),
            )
            .hint(t!("import-not-docx-hint")))
        }
    };
    let parse_part =
        |z: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str| -> Result<Option<Elem>, Diagnostic> {
            match part(z, name) {
                None => Ok(None),
                Some(Err(e)) => Err(corrupt(path, &e)),
                Some(Ok(b)) => xml::parse(&b)
                    .map(Some)
                    .map_err(|e| corrupt(path, &format!("{name}: {e}"))),
            }
        };
    let numbering = parse_part(&mut z, "word/numbering.xml")?
        .map(|r| read_numbering(&r))
        .unwrap_or_default();
    let styles = parse_part(&mut z, "word/styles.xml")?
        .map(|r| read_styles(&r))
        .unwrap_or_default();
    let root = xml::parse(&doc).map_err(|e| corrupt(path, &format!("word/document.xml: {e}")))?;
    let body = root
        .child("body")
        .ok_or_else(|| corrupt(path, "word/document.xml: no w:body"))?;
    let mut reader = Reader {
        numbering,
        styles,
        counters: Counters::default(),
        _path: path,
    };
    let mut blocks = Vec::new();
    let mut table = None;
    let mut table_paragraphs = 0;
    let mut at = 0usize;
    let push = |p: Para, blocks: &mut Vec<Block>, at: &mut usize| {
        let text = fold(&p.text);
        if text.is_empty() && p.label.is_none() {
            return;
        }
        *at += 1;
        let mut b = Block::plain(&p.text, *at);
        // emphasis over the folded text: fold keeps the characters' order,
        // so the spans are mapped through the leading whitespace dropped
        let lead_ws = p.text.chars().take_while(|c| c.is_whitespace()).count();
        let spans: Vec<Emph> = p
            .emph
            .iter()
            .map(|&(a, z, bo, it)| (a.saturating_sub(lead_ws), z.saturating_sub(lead_ws), bo, it))
            .collect();
        apply_emphasis(&mut b, &spans);
        if let Some(label) = p.label {
            let shift = label.chars().count() + 1;
            if !label.is_empty() {
                b.text = format!("{label} {}", b.text);
                if b.lead > 0 {
                    b.lead += shift;
                }
            }
            b.auto_label = Some(label);
        }
        blocks.push(b);
    };
    let mut walk_stack: Vec<&Elem> = vec![body];
    // the body's children in order; tables and content controls descended
    fn items<'e>(e: &'e Elem, out: &mut Vec<&'e Elem>) {
        for c in e.elems() {
            match c.name.as_str() {
                "p" | "tbl" => out.push(c),
                "sdt" | "sdtContent" | "customXml" => items(c, out),
                _ => {}
            }
        }
    }
    let mut top = Vec::new();
    items(walk_stack.pop().unwrap_or(body), &mut top);
    for e in top {
        if e.name == "p" {
            let p = reader.paragraph(e);
            push(p, &mut blocks, &mut at);
            continue;
        }
        // a table: the first before any long paragraph is the header block
        let mut rows: Vec<Vec<Vec<String>>> = Vec::new();
        for tr in e.elems().filter(|x| x.name == "tr") {
            let mut cells = Vec::new();
            for tc in tr.elems().filter(|x| x.name == "tc") {
                let mut ps = Vec::new();
                let mut inner = Vec::new();
                items(tc, &mut inner);
                for p in inner.into_iter().filter(|x| x.name == "p") {
                    let para = reader.paragraph(p);
                    let t = fold(&para.text);
                    if !t.is_empty() {
                        ps.push(t);
                    }
                }
                cells.push(ps);
            }
            rows.push(cells);
        }
        let header_place =
            table.is_none() && blocks.iter().all(|b: &Block| b.text.chars().count() < 200);
        if header_place && blocks.len() < 12 {
            table = Some(rows);
        } else {
            for row in rows {
                for cell in row {
                    for p in cell {
                        at += 1;
                        table_paragraphs += 1;
                        blocks.push(Block::plain(&p, at));
                    }
                }
            }
        }
    }
    let _ = Node::Text(String::new());
    Ok(Draft {
        path: path.to_path_buf(),
        format: Format::Docx,
        blocks,
        table,
        table_paragraphs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbering(xml: &str) -> Numbering {
        read_numbering(&xml::parse(xml.as_bytes()).unwrap())
    }

    #[test]
    fn labels_are_counted_per_list_and_level() {
        let n = numbering(
            r#"<w:numbering xmlns:w="w">
            <w:abstractNum w:abstractNumId="1">
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
            </w:abstractNum>
            <w:abstractNum w:abstractNumId="2">
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
            </w:abstractNum>
            <w:abstractNum w:abstractNumId="3">
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%1)"/></w:lvl>
            </w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
            <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
            <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
            <w:num w:numId="5"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="11"/></w:lvlOverride></w:num>
            </w:numbering>"#,
        );
        let mut c = Counters::default();
        let mut l = |num: &str, lvl: usize| n.label(&mut c, num, lvl).unwrap();
        assert_eq!(l("1", 0), "1.");
        assert_eq!(l("1", 1), "1.1.");
        assert_eq!(l("1", 1), "1.2.");
        assert_eq!(l("4", 0), "I.");
        // another instance of the same list goes on
        assert_eq!(l("2", 0), "2.");
        assert_eq!(l("2", 1), "2.1.");
        assert_eq!(l("4", 0), "II.");
        // a restarted instance starts again
        assert_eq!(l("3", 0), "1.");
        assert_eq!(l("5", 0), "(11)");
        assert_eq!(l("5", 0), "(12)");
    }

    #[test]
    fn number_formats() {
        assert_eq!(format_number(3, "decimalZero"), "03");
        assert_eq!(format_number(4, "upperRoman"), "IV");
        assert_eq!(format_number(2, "lowerLetter"), "b");
        assert_eq!(format_number(28, "upperLetter"), "BB");
    }
}
