//! The change summary (`<stem>.changes.md`): every figure that changed,
//! then, per section of the report, the paragraphs added, removed and
//! edited, with counts. Written in Vietnamese, for the committee.

use std::fmt::Write as _;
use std::path::Path;

use rust_decimal::Decimal;

use super::redline::{Edit, EditKind, What};
use crate::content::Content;
use crate::docx::tree::{ChangeKind, Run};
use crate::figures::{Figure, Figures};
use crate::format;

/// One figure that differs between the drafts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureChange {
    pub id: String,
    pub label: String,
    /// How it reads in OLD (`None`: not in OLD): the value with its unit,
    /// then any other field that changed (`target: 1.400`).
    pub old: Option<String>,
    /// How it reads in NEW (`None`: not in NEW).
    pub new: Option<String>,
    /// Where it is defined: `content/economy.yaml:12` (NEW's file, or OLD's
    /// for a removed figure).
    pub location: String,
}

/// Shows paths of one side: `dir/x.yaml` as `label` + `x.yaml` when the
/// side has a label (content exported from a git revision).
#[derive(Debug, Clone)]
pub struct Side {
    pub dir: std::path::PathBuf,
    /// Replaces `dir/` in the paths shown, e.g. `HEAD~1:content/`.
    pub label: Option<String>,
    /// The commit the content comes from, e.g. `ffaa17e`.
    pub commit: Option<String>,
}

impl Side {
    pub fn show(&self, path: &Path) -> String {
        match (&self.label, path.strip_prefix(&self.dir)) {
            (Some(l), Ok(rel)) => format!("{l}{}", rel.display()),
            _ => path.display().to_string(),
        }
    }

    /// How the side is named in the summary.
    pub fn name(&self) -> String {
        match &self.label {
            Some(l) => l.clone(),
            None => format!("{}/", self.dir.display()),
        }
    }
}

/// A number exactly as written (no rounding), the Vietnamese way.
fn exact(x: Decimal) -> String {
    let n = x.normalize();
    format::number(n, Some(n.scale()))
}

/// The fields compared, as `(yaml key, text)`; the value first.
fn fields(f: &Figure) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let num = |v: Option<Decimal>| v.map(exact);
    let mut put = |k: &str, v: Option<String>| {
        if let Some(v) = v {
            out.push((k.to_string(), v));
        }
    };
    put("value", num(f.shown("value")));
    put("unit", f.spec.unit.clone());
    put("label", Some(f.spec.label.clone()));
    put("year", f.spec.year.map(|y| y.to_string()));
    put(
        "estimate",
        Some(
            if f.spec.estimate {
                "ước đạt"
            } else {
                "đạt"
            }
            .to_string(),
        ),
    );
    put("baseline", num(f.spec.baseline.map(|n| n.0)));
    put("baseline_year", f.baseline_year.map(|y| y.to_string()));
    put("target", num(f.spec.target.map(|n| n.0)));
    put("of", num(f.spec.of.map(|n| n.0)));
    put("area", num(f.spec.area.map(|n| n.0)));
    put("yield", num(f.spec.yield_.map(|n| n.0)));
    put("yield_scale", num(f.spec.yield_scale.map(|n| n.0)));
    put("growth_target", num(f.spec.growth_target.map(|n| n.0)));
    put("years", num(f.spec.years.map(|n| n.0)));
    for (k, v) in &f.parts {
        put(&format!("parts.{k}"), Some(exact(*v)));
    }
    if !f.spec.items.is_empty() {
        put("items", Some(f.spec.items.join("; ")));
    }
    for (k, v) in &f.stated {
        put(&format!("stated.{k}"), Some(exact(*v)));
    }
    out
}

fn with_unit(value: &str, unit: Option<&String>) -> String {
    match unit {
        Some(u) if !u.is_empty() => format!("{value} {u}"),
        _ => value.to_string(),
    }
}

/// The figures that differ between OLD and NEW: changed ones in NEW's
/// order, then the removed ones.
pub fn figure_changes(
    old: (&Figures, &Content),
    new: (&Figures, &Content),
    old_side: &Side,
    new_side: &Side,
) -> Vec<FigureChange> {
    let loc = |f: &Figure, content: &Content, side: &Side| {
        content
            .sections
            .iter()
            .find(|(name, _, _)| *name == f.section)
            .and_then(|(_, _, src)| {
                let line = src.key_pos(&format!("figures.{}", f.id))?.0;
                Some(format!("{}:{line}", side.show(&src.path)))
            })
            .unwrap_or_else(|| format!("{}.yaml", f.section))
    };
    let ((old, old_content), (new, new_content)) = (old, new);
    let mut out = Vec::new();
    for (id, nf) in &new.by_id {
        let Some(of) = old.get(id) else {
            out.push(FigureChange {
                id: id.clone(),
                label: nf.spec.label.clone(),
                old: None,
                new: Some(describe(nf, None)),
                location: loc(nf, new_content, new_side),
            });
            continue;
        };
        let (fo, fnew) = (fields(of), fields(nf));
        let get = |fs: &[(String, String)], k: &str| {
            fs.iter().find(|(x, _)| x == k).map(|(_, v)| v.clone())
        };
        let mut keys: Vec<String> = fo.iter().chain(&fnew).map(|(k, _)| k.clone()).collect();
        let mut seen = std::collections::HashSet::new();
        keys.retain(|k| seen.insert(k.clone()));
        let changed: Vec<String> = keys
            .into_iter()
            .filter(|k| get(&fo, k) != get(&fnew, k))
            .collect();
        if changed.is_empty() {
            continue;
        }
        out.push(FigureChange {
            id: id.clone(),
            label: nf.spec.label.clone(),
            old: Some(describe(of, Some(&changed))),
            new: Some(describe(nf, Some(&changed))),
            location: loc(nf, new_content, new_side),
        });
    }
    for (id, of) in &old.by_id {
        if new.get(id).is_none() {
            out.push(FigureChange {
                id: id.clone(),
                label: of.spec.label.clone(),
                old: Some(describe(of, None)),
                new: None,
                location: loc(of, old_content, old_side),
            });
        }
    }
    out
}

/// The figure's value with its unit, then the other `changed` fields as
/// `key: value` (all of them when `changed` is `None`: just the value).
fn describe(f: &Figure, changed: Option<&[String]>) -> String {
    let fs = fields(f);
    let get = |k: &str| fs.iter().find(|(x, _)| x == k).map(|(_, v)| v.clone());
    let value = get("value").map(|v| with_unit(&v, f.spec.unit.as_ref()));
    let mut parts: Vec<String> = Vec::new();
    match changed {
        None => parts.extend(value),
        Some(keys) => {
            let value_changed = keys.iter().any(|k| k == "value" || k == "unit");
            if value_changed {
                parts.push(value.unwrap_or_else(|| "—".to_string()));
            }
            for k in keys
                .iter()
                .filter(|k| !matches!(k.as_str(), "value" | "unit"))
            {
                parts.push(format!(
                    "{k}: {}",
                    get(k).unwrap_or_else(|| "—".to_string())
                ));
            }
        }
    }
    if parts.is_empty() {
        "—".to_string()
    } else {
        parts.join("; ")
    }
}

/// Escapes text for Markdown (and for a table cell).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev = ' ';
    for c in s.chars() {
        let intraword = c == '_' && prev.is_alphanumeric();
        prev = c;
        match c {
            '_' if intraword => out.push(c),
            '\\' | '*' | '_' | '~' | '`' | '[' | ']' | '<' | '>' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// Words of context shown around a change.
const CONTEXT_WORDS: usize = 6;
/// Words shown of a whole added or removed paragraph.
const WHOLE_WORDS: usize = 40;

fn shorten(text: &str, words: usize) -> String {
    let w: Vec<&str> = text.split_whitespace().collect();
    if w.len() <= words {
        w.join(" ")
    } else {
        format!("{} …", w[..words].join(" "))
    }
}

/// Marks changed text: `~~deleted~~`, `**inserted**`, white space kept
/// outside the marks.
fn mark(text: &str, kind: ChangeKind) -> String {
    let t = text.trim();
    if t.is_empty() {
        // deleted white space is not shown; inserted white space is kept
        return if kind == ChangeKind::Del {
            String::new()
        } else {
            text.to_string()
        };
    }
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    let m = if kind == ChangeKind::Del { "~~" } else { "**" };
    format!("{lead}{m}{}{m}{trail}", escape(t))
}

/// An edited paragraph in short: each change with a few words around it,
/// deleted words struck through, inserted ones in bold.
pub fn snippet(runs: &[Run]) -> String {
    // pieces: (text, change kind)
    let mut pieces: Vec<(String, Option<ChangeKind>)> = Vec::new();
    for r in runs {
        let text = if r.line_break {
            " ".to_string()
        } else {
            r.text.clone()
        };
        let kind = r.change.as_ref().map(|c| c.kind);
        match pieces.last_mut() {
            Some((t, k)) if *k == kind => t.push_str(&text),
            _ => pieces.push((text, kind)),
        }
    }
    let n = pieces.len();
    let mut out = String::new();
    for (i, (text, kind)) in pieces.iter().enumerate() {
        match kind {
            Some(k) => out.push_str(&mark(text, *k)),
            None => {
                let words: Vec<&str> = text.split_whitespace().collect();
                let (follows, precedes) = (i > 0, i + 1 < n);
                let nw = words.len();
                let c = CONTEXT_WORDS;
                let body = if follows && precedes && nw > 2 * c {
                    format!("{} … {}", words[..c].join(" "), words[nw - c..].join(" "))
                } else if follows && !precedes && nw > c {
                    format!("{} …", words[..c].join(" "))
                } else if !follows && precedes && nw > c {
                    format!("… {}", words[nw - c..].join(" "))
                } else {
                    words.join(" ")
                };
                if text.starts_with(char::is_whitespace) {
                    out.push(' ');
                }
                out.push_str(&escape(&body));
                if text.ends_with(char::is_whitespace) && !body.is_empty() {
                    out.push(' ');
                }
            }
        }
    }
    out.trim().to_string()
}

/// What the summary is about.
pub struct Header<'a> {
    /// `Dự thảo lần 3`, `bản chính thức`.
    pub old_name: String,
    pub new_name: String,
    pub old_side: &'a Side,
    pub new_side: &'a Side,
    /// File name of the redline.
    pub redline: String,
    pub author: &'a str,
    /// `05/02/2025`.
    pub date: String,
}

const PREAMBLE: &str = "Phần mở đầu";

fn what_name(w: What) -> &'static str {
    match w {
        What::Heading => "tiêu đề",
        What::Paragraph => "đoạn",
        What::TableRow => "dòng bảng",
    }
}

fn count(edits: &[&Edit], kind: EditKind) -> usize {
    edits.iter().filter(|e| e.kind == kind).count()
}

/// The whole summary, as Markdown.
pub fn render(h: &Header, figures: &[FigureChange], edits: &[Edit]) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# Tóm tắt thay đổi: {} so với {}\n",
        h.new_name, h.old_name
    );
    let _ = writeln!(
        s,
        "- Bản mới: {} (`{}`{})\n- Bản cũ: {} (`{}`{})\n- Bản có theo dõi thay đổi: `{}`; người sửa: “{}”; ngày {}\n",
        h.new_name,
        h.new_side.name(),
        h.new_side.commit.as_deref().map(|c| format!(", commit {c}")).unwrap_or_default(),
        h.old_name,
        h.old_side.name(),
        h.old_side.commit.as_deref().map(|c| format!(", commit {c}")).unwrap_or_default(),
        h.redline,
        h.author,
        h.date
    );
    let all: Vec<&Edit> = edits.iter().collect();
    let _ = writeln!(
        s,
        "Tổng cộng: {} số liệu thay đổi; thêm {}, bỏ {}, sửa {} đoạn (kể cả tiêu đề, dòng bảng).\n",
        figures.len(),
        count(&all, EditKind::Added),
        count(&all, EditKind::Removed),
        count(&all, EditKind::Edited),
    );

    let _ = writeln!(s, "## Số liệu thay đổi ({})\n", figures.len());
    if figures.is_empty() {
        let _ = writeln!(s, "Không có số liệu nào thay đổi.\n");
    } else {
        let _ = writeln!(
            s,
            "| Số liệu | Mã | Cũ | Mới | Vị trí |\n|---|---|---|---|---|"
        );
        for f in figures {
            let _ = writeln!(
                s,
                "| {} | `{}` | {} | {} | `{}` |",
                escape(&f.label),
                f.id,
                f.old
                    .as_deref()
                    .map(escape)
                    .unwrap_or_else(|| "(chưa có)".into()),
                f.new
                    .as_deref()
                    .map(escape)
                    .unwrap_or_else(|| "(đã bỏ)".into()),
                f.location,
            );
        }
        s.push('\n');
    }

    // sections in document order
    let mut sections: Vec<(Vec<String>, Vec<&Edit>)> = Vec::new();
    for e in edits {
        match sections.iter_mut().find(|(k, _)| *k == e.section) {
            Some((_, v)) => v.push(e),
            None => sections.push((e.section.clone(), vec![e])),
        }
    }
    let _ = writeln!(s, "## Các đoạn thay đổi theo phần\n");
    if sections.is_empty() {
        let _ = writeln!(s, "Không có đoạn nào thay đổi.");
        return s;
    }
    let title = |k: &[String]| {
        if k.is_empty() {
            PREAMBLE.to_string()
        } else {
            k.join(" › ")
        }
    };
    let _ = writeln!(s, "| Phần | Thêm | Bỏ | Sửa |\n|---|---:|---:|---:|");
    for (k, v) in &sections {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} |",
            escape(&title(k)),
            count(v, EditKind::Added),
            count(v, EditKind::Removed),
            count(v, EditKind::Edited)
        );
    }
    for (k, v) in &sections {
        let _ = writeln!(s, "\n### {}\n", escape(&title(k)));
        let _ = writeln!(
            s,
            "Thêm {}, bỏ {}, sửa {}.\n",
            count(v, EditKind::Added),
            count(v, EditKind::Removed),
            count(v, EditKind::Edited)
        );
        for e in v {
            let w = what_name(e.what);
            let line = match e.kind {
                EditKind::Added => {
                    format!("**Thêm** {w}: {}", escape(&shorten(&e.new, WHOLE_WORDS)))
                }
                EditKind::Removed => {
                    format!("**Bỏ** {w}: ~~{}~~", escape(&shorten(&e.old, WHOLE_WORDS)))
                }
                EditKind::Edited => format!("**Sửa** {w}: {}", snippet(&e.runs)),
            };
            let _ = writeln!(s, "- {line}");
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::docx::tree::Change;

    #[test]
    fn numbers_are_shown_exactly() {
        assert_eq!(exact(Decimal::new(273216, 2)), "2.732,16");
        assert_eq!(exact(Decimal::new(18805, 0)), "18.805");
        assert_eq!(exact(Decimal::new(725, 3)), "0,725");
    }

    #[test]
    fn snippet_keeps_a_few_words_around_a_change() {
        let c = |kind| Change {
            kind,
            author: "a".into(),
            date: String::new(),
        };
        let runs = vec![
            Run::text("một hai ba bốn năm sáu bảy tám chín mười "),
            Run::text("11").with_change(c(ChangeKind::Del)),
            Run::text("12").with_change(c(ChangeKind::Ins)),
            Run::text(" con."),
        ];
        assert_eq!(
            snippet(&runs),
            "… năm sáu bảy tám chín mười ~~11~~**12** con."
        );
    }
}
