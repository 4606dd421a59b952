//! The draft as read, whatever its format: its paragraphs in order, each
//! with its text (with the number Word's automatic numbering shows put in
//! front, as if typed), its emphasis and where it is in the draft; and the
//! first table's cells (the header block of a Word draft).
//!
//! Plain text (`.txt`) is one paragraph a line (or, in a file whose
//! paragraphs are hard-wrapped and separated by blank lines, one a block);
//! Markdown (`.md`) one a block, with its markup read; DOCX in
//! [`super::docx`].

use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::t;

/// What the draft file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Docx,
}

/// One paragraph of the draft.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Block {
    /// The text, NFC, its whitespace folded to single spaces; an automatic
    /// number in front as Word shows it ("1. ", "(3) ").
    pub text: String,
    /// The automatic number Word shows, when the number is not typed.
    pub auto_label: Option<String>,
    /// Every letter of the paragraph is bold.
    pub bold: bool,
    /// Every letter of the paragraph is italic.
    pub italic: bool,
    /// Characters at the start (after an automatic number) in a bold or
    /// italic run of their own: the lead of a run-in heading.
    pub lead: usize,
    /// Some, but not all, of the rest is bold or italic.
    pub partial: bool,
    /// Where it is: the line of a text file, the paragraph of a DOCX (1-based).
    pub at: usize,
}

impl Block {
    pub fn plain(text: &str, at: usize) -> Block {
        Block {
            text: fold(text),
            at,
            ..Default::default()
        }
    }
}

/// A draft, read.
#[derive(Debug, Clone)]
pub struct Draft {
    pub path: PathBuf,
    pub format: Format,
    /// The paragraphs outside the header table, in document order.
    pub blocks: Vec<Block>,
    /// The first table before the body (the header block): rows of cells,
    /// each cell its paragraphs.
    pub table: Option<Vec<Vec<Vec<String>>>>,
    /// Paragraphs inside other tables, read as paragraphs.
    pub table_paragraphs: usize,
}

/// Whitespace folded to single spaces, NFC, trimmed.
pub fn fold(text: &str) -> String {
    let text = crate::content::nfc(text);
    let mut out = String::with_capacity(text.len());
    for w in text.split(|c: char| c.is_whitespace()) {
        if w.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The format a path's extension names.
pub fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "text" => Some(Format::Text),
        "md" | "markdown" => Some(Format::Markdown),
        "docx" | "docm" => Some(Format::Docx),
        _ => None,
    }
}

/// Reads a draft file.
pub fn read(path: &Path) -> Result<Draft, Diagnostic> {
    let bytes = std::fs::read(path).map_err(|e| {
        Diagnostic::error(
            "io",
            t!(
                "import-cannot-read",
                file = path.display(),
                reason = crate::content::io_reason(&e)
            ),
        )
        .hint(t!("import-cannot-read-hint"))
    })?;
    read_bytes(path, &bytes)
}

/// Reads a draft from its bytes; `path` names it (and its extension the
/// format, when the bytes do not tell).
pub fn read_bytes(path: &Path, bytes: &[u8]) -> Result<Draft, Diagnostic> {
    let zip = bytes.starts_with(b"PK\x03\x04");
    let ole = bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    let format = match format_of(path) {
        _ if zip || ole => Format::Docx,
        Some(f) => f,
        None => {
            return Err(Diagnostic::error(
                "import-format",
                t!("import-unknown-format", file = path.display()),
            )
            .expected(t!("import-unknown-format-expected"))
            .hint(t!("import-unknown-format-hint")))
        }
    };
    let draft = match format {
        Format::Docx => super::docx::read(path, bytes)?,
        Format::Text | Format::Markdown => {
            let text = decode_text(path, bytes)?;
            if format == Format::Text {
                read_text(path, &text)
            } else {
                read_markdown(path, &text)
            }
        }
    };
    if draft.blocks.iter().all(|b| b.text.is_empty()) && draft.table.is_none() {
        return Err(
            Diagnostic::error("import-empty", t!("import-empty", file = path.display()))
                .hint(t!("import-empty-hint")),
        );
    }
    Ok(draft)
}

/// The text of a text file: UTF-8 (a byte-order mark dropped), or UTF-16
/// with its byte-order mark (what Notepad calls "Unicode").
fn decode_text(path: &Path, bytes: &[u8]) -> Result<String, Diagnostic> {
    let utf16 = |be: bool| {
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|c| {
                if be {
                    u16::from_be_bytes([c[0], c[1]])
                } else {
                    u16::from_le_bytes([c[0], c[1]])
                }
            })
            .collect();
        String::from_utf16(&units).ok()
    };
    let text = if bytes.starts_with(&[0xFF, 0xFE]) {
        utf16(false)
    } else if bytes.starts_with(&[0xFE, 0xFF]) {
        utf16(true)
    } else {
        let b = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        match std::str::from_utf8(b) {
            Ok(s) => Some(s.to_string()),
            Err(e) => {
                let good = &b[..e.valid_up_to()];
                let line = good.iter().filter(|c| **c == b'\n').count() + 1;
                return Err(Diagnostic::error(
                    "import-encoding",
                    t!("import-not-utf8", file = path.display(), line = line),
                )
                .hint(t!("import-not-utf8-hint")));
            }
        }
    };
    text.ok_or_else(|| {
        Diagnostic::error(
            "import-encoding",
            t!("import-not-utf8", file = path.display(), line = 1),
        )
        .hint(t!("import-not-utf8-hint"))
    })
}

/// A text file: one paragraph a line; but where paragraphs are separated
/// by blank lines and mostly run over several lines, one paragraph a block.
pub fn read_text(path: &Path, text: &str) -> Draft {
    let lines: Vec<&str> = text.lines().collect();
    let mut blocks_of_lines: Vec<Vec<(usize, &str)>> = vec![Vec::new()];
    for (i, l) in lines.iter().enumerate() {
        if l.trim().is_empty() {
            if !blocks_of_lines.last().is_some_and(|b| b.is_empty()) {
                blocks_of_lines.push(Vec::new());
            }
        } else if let Some(b) = blocks_of_lines.last_mut() {
            b.push((i + 1, l));
        }
    }
    blocks_of_lines.retain(|b| !b.is_empty());
    let nonblank: usize = blocks_of_lines.iter().map(|b| b.len()).sum();
    let wrapped = blocks_of_lines.len() >= 3 && nonblank * 2 > blocks_of_lines.len() * 3;
    let mut blocks = Vec::new();
    if wrapped {
        for b in blocks_of_lines {
            let joined: Vec<&str> = b.iter().map(|(_, l)| *l).collect();
            blocks.push(Block::plain(&joined.join(" "), b[0].0));
        }
    } else {
        for b in blocks_of_lines {
            for (at, l) in b {
                blocks.push(Block::plain(l, at));
            }
        }
    }
    Draft {
        path: path.to_path_buf(),
        format: Format::Text,
        blocks,
        table: None,
        table_paragraphs: 0,
    }
}

/// A Markdown file: paragraphs are blocks separated by blank lines; `#`
/// headings, `{.class}` attributes, escapes and emphasis are read; a pipe
/// table at the top is the header block.
pub fn read_markdown(path: &Path, text: &str) -> Draft {
    let mut blocks = Vec::new();
    let mut table: Option<Vec<Vec<Vec<String>>>> = None;
    let mut table_paragraphs = 0;
    let mut cur: Vec<(usize, &str)> = Vec::new();
    let mut flush = |cur: &mut Vec<(usize, &str)>, blocks: &mut Vec<Block>| {
        if cur.is_empty() {
            return;
        }
        let first_line = cur[0].1.trim_start();
        if first_line.starts_with('|') {
            // a pipe table: rows of cells (the rule row left out)
            let rows: Vec<Vec<Vec<String>>> = cur
                .iter()
                .map(|(_, l)| l.trim().trim_matches('|'))
                .filter(|l| !l.chars().all(|c| matches!(c, '-' | ':' | '|' | ' ')))
                .map(|l| {
                    split_cells(l)
                        .into_iter()
                        .map(|c| {
                            let (t, ..) = markdown_inline(c.trim());
                            vec![fold(&t)]
                        })
                        .collect()
                })
                .collect();
            if table.is_none() && blocks.is_empty() {
                table = Some(rows);
            } else {
                for row in rows {
                    for cell in row {
                        for p in cell {
                            table_paragraphs += 1;
                            blocks.push(Block::plain(&p, cur[0].0));
                        }
                    }
                }
            }
            cur.clear();
            return;
        }
        let joined: Vec<&str> = cur.iter().map(|(_, l)| l.trim()).collect();
        let mut s = joined.join(" ");
        // heading marker and attributes
        let t = s.trim_start();
        let hashes = t.chars().take_while(|c| *c == '#').count();
        if (1..=6).contains(&hashes) && t[hashes..].starts_with(' ') {
            s = t[hashes..].trim().to_string();
            if let Some(i) = s.rfind(" {") {
                if s.ends_with('}') && s[i + 2..].starts_with(['.', '#']) {
                    s.truncate(i);
                }
            }
        }
        let (text, emph) = markdown_inline(&s);
        let mut b = Block::plain(&text, cur[0].0);
        apply_emphasis(&mut b, &emph);
        if !b.text.is_empty() {
            blocks.push(b);
        }
        cur.clear();
    };
    for (i, l) in text.lines().enumerate() {
        if l.trim().is_empty() {
            flush(&mut cur, &mut blocks);
        } else {
            cur.push((i + 1, l));
        }
    }
    flush(&mut cur, &mut blocks);
    Draft {
        path: path.to_path_buf(),
        format: Format::Markdown,
        blocks,
        table,
        table_paragraphs,
    }
}

/// The cells of a table row (without its outer pipes), `\|` kept in a cell.
fn split_cells(row: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = row.as_bytes();
    for i in 0..b.len() {
        if b[i] == b'|' && (i == 0 || b[i - 1] != b'\\') {
            out.push(&row[start..i]);
            start = i + 1;
        }
    }
    out.push(&row[start..]);
    out
}

/// A span of emphasis: characters `from..to` of the text, bold, italic.
pub type Emph = (usize, usize, bool, bool);

/// The text of a Markdown paragraph with its escapes and emphasis markers
/// read, and where the emphasis was (in characters of the text).
fn markdown_inline(s: &str) -> (String, Vec<Emph>) {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut n = 0usize;
    let (mut bold, mut italic) = (false, false);
    let mut spans: Vec<Emph> = Vec::new();
    let mut start = 0usize;
    let mut i = 0;
    let close = |spans: &mut Vec<Emph>, start: usize, n: usize, bold: bool, italic: bool| {
        if (bold || italic) && n > start {
            spans.push((start, n, bold, italic));
        }
    };
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' && i + 1 < chars.len() && chars[i + 1].is_ascii_punctuation() {
            out.push(chars[i + 1]);
            n += 1;
            i += 2;
            continue;
        }
        if c == '*' || c == '_' {
            let run = chars[i..].iter().take_while(|x| **x == c).count();
            // `_` inside a word is a character
            let inside = c == '_'
                && i > 0
                && chars[i - 1].is_alphanumeric()
                && chars.get(i + run).is_some_and(|x| x.is_alphanumeric());
            if !inside && run <= 3 {
                close(&mut spans, start, n, bold, italic);
                if run >= 2 {
                    bold = !bold;
                }
                if run != 2 {
                    italic = !italic;
                }
                start = n;
                i += run;
                continue;
            }
        }
        out.push(c);
        n += 1;
        i += 1;
    }
    close(&mut spans, start, n, bold, italic);
    (out, spans)
}

/// Sets a block's emphasis from spans over its (unfolded) text.
pub fn apply_emphasis(b: &mut Block, spans: &[Emph]) {
    let letters: Vec<bool> = b.text.chars().map(|c| c.is_alphanumeric()).collect();
    let n = letters.len();
    if n == 0 || spans.is_empty() {
        return;
    }
    let mut bold = vec![false; n];
    let mut italic = vec![false; n];
    for &(from, to, bo, it) in spans {
        for k in from.min(n)..to.min(n) {
            bold[k] |= bo;
            italic[k] |= it;
        }
    }
    let all = |v: &[bool]| (0..n).all(|k| !letters[k] || v[k]);
    b.bold = all(&bold);
    b.italic = all(&italic);
    if b.bold || b.italic {
        return;
    }
    // the lead: the first span, if it starts the paragraph
    let first = spans.iter().min_by_key(|s| s.0).copied();
    let mut lead_end = 0;
    if let Some((from, to, ..)) = first {
        let before_is_blank = b.text.chars().take(from).all(|c| c.is_whitespace());
        if before_is_blank {
            lead_end = to.min(n);
        }
    }
    b.lead = lead_end;
    b.partial = (lead_end..n).any(|k| letters[k] && (bold[k] || italic[k]));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_paragraphs_read_their_markup() {
        let d = read_markdown(
            Path::new("x.md"),
            "| A | **B** |\n|:---:|:---:|\n| C \\* | *D* |\n\n# Phần thứ nhất {.part}\n\n***1.1. Đầu đề:*** nội dung\n\n**Đậm cả đoạn.**\n\n1\\. Một *chữ* nghiêng\n",
        );
        let t = d.table.unwrap();
        assert_eq!(t[0][1], vec!["B"]);
        assert_eq!(t[1][0], vec!["C *"]);
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Phần thứ nhất",
                "1.1. Đầu đề: nội dung",
                "Đậm cả đoạn.",
                "1. Một chữ nghiêng"
            ]
        );
        assert_eq!(d.blocks[1].lead, "1.1. Đầu đề:".chars().count());
        assert!(!d.blocks[1].bold);
        assert!(d.blocks[2].bold);
        assert!(d.blocks[3].partial);
    }

    #[test]
    fn text_files_are_a_paragraph_a_line_unless_wrapped() {
        let d = read_text(Path::new("x.txt"), "Một\nHai\n\nBa\n");
        assert_eq!(d.blocks.len(), 3);
        assert_eq!(d.blocks[2].at, 4);
        let d = read_text(
            Path::new("x.txt"),
            "Một hai\nba bốn\n\nNăm sáu\nbảy\n\nTám\nchín\n",
        );
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, vec!["Một hai ba bốn", "Năm sáu bảy", "Tám chín"]);
    }
}
