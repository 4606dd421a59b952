//! The list a secretary works through: every change and comment of the
//! returned file with who, when, where (the headings above it), its
//! sentence, the YAML file, line and column, the figure it changes, and
//! whether it was applied or why not. As Markdown (`<file>.review.md`),
//! as JSON (`<file>.review.json`) and for the terminal.

use std::fmt::Write as _;

use super::{Item, Kind, Review, Status};
use crate::t;

fn kind_label(k: Kind) -> String {
    match k {
        Kind::Replace => t!("review-kind-replace"),
        Kind::Insert => t!("review-kind-insert"),
        Kind::Delete => t!("review-kind-delete"),
        Kind::NewParagraph => t!("review-kind-new-paragraph"),
        Kind::DeletedParagraph => t!("review-kind-deleted-paragraph"),
        Kind::ParagraphBreak => t!("review-kind-paragraph-break"),
        Kind::Move => t!("review-kind-move"),
        Kind::Format => t!("review-kind-format"),
        Kind::Comment => t!("review-kind-comment"),
        Kind::Untracked => t!("review-kind-untracked"),
        Kind::Missing => t!("review-kind-missing"),
    }
}

fn status_label(s: Status) -> String {
    match s {
        Status::Applicable => t!("review-status-applicable"),
        Status::Applied => t!("review-status-applied"),
        Status::NotApplicable => t!("review-status-not-applicable"),
    }
}

/// `2025-03-01T09:30:00Z` → `01/03/2025 09:30` (`01/03/2025` at midnight).
pub fn short_date(d: &str) -> String {
    let (date, time) = d.split_once('T').unwrap_or((d, ""));
    let parts: Vec<&str> = date.split('-').collect();
    let day = match parts.as_slice() {
        [y, m, dd] => format!("{dd}/{m}/{y}"),
        _ => return d.to_string(),
    };
    let hm: String = time.chars().take(5).collect();
    if hm.is_empty() || hm == "00:00" {
        day
    } else {
        format!("{day} {hm}")
    }
}

/// How a change reads in its sentence: Markdown (`~~old~~ **new**`) or
/// plain (`[-old-]{+new+}`).
fn sentence(i: &Item, md: bool) -> String {
    let s = &i.sentence;
    let esc = |x: &str| {
        if md {
            crate::format::escape_markdown(x)
        } else {
            x.to_string()
        }
    };
    let mut out = esc(&s.before);
    if i.kind == Kind::Comment {
        if md {
            let _ = write!(out, "<u>{}</u>", esc(&s.new));
        } else {
            let _ = write!(out, "[{}]", s.new);
        }
    } else {
        if !s.old.is_empty() {
            if md {
                let _ = write!(out, "~~{}~~", esc(&s.old));
            } else {
                let _ = write!(out, "[-{}-]", s.old);
            }
        }
        if !s.new.is_empty() {
            if md {
                if !s.old.is_empty() {
                    out.push(' ');
                }
                let _ = write!(out, "**{}**", esc(&s.new));
            } else {
                let _ = write!(out, "{{+{}+}}", s.new);
            }
        }
    }
    out.push_str(&esc(&s.after));
    out.replace('\n', " ¶ ")
}

fn code(x: &str, md: bool) -> String {
    if md {
        format!("`{x}`")
    } else {
        x.to_string()
    }
}

/// The lines of one item.
fn item_lines(i: &Item, md: bool) -> (String, Vec<String>) {
    let head = format!(
        "{}. {} — {}",
        i.n,
        kind_label(i.kind),
        status_label(i.status)
    );
    let mut lines = Vec::new();
    let who = if i.author.is_empty() {
        t!("review-nobody")
    } else {
        i.author.clone()
    };
    let when = if i.date.is_empty() {
        String::new()
    } else {
        format!(", {}", short_date(&i.date))
    };
    let label = if i.kind == Kind::Comment {
        t!("review-who-comment")
    } else {
        t!("review-who")
    };
    lines.push(format!("{label}: {who}{when}"));
    if !i.heading_path.is_empty() {
        lines.push(format!(
            "{}: {}",
            t!("review-where"),
            i.heading_path.join(" › ")
        ));
    }
    let s = sentence(i, md);
    if !s.trim().is_empty() {
        lines.push(format!("{}: {s}", t!("review-sentence")));
    }
    if let Some(c) = &i.comment {
        lines.push(format!(
            "{}: {}",
            t!("review-comment"),
            c.replace('\n', " ¶ ")
        ));
    }
    match &i.source {
        Some(p) => lines.push(format!(
            "{}: {} ({})",
            t!("review-source"),
            code(&p.short(), md),
            code(&p.path, md)
        )),
        None => lines.push(format!(
            "{}: {}",
            t!("review-source"),
            t!("review-no-source")
        )),
    }
    if let Some(f) = &i.figure {
        let at = f
            .place
            .as_ref()
            .map(|p| format!(" {}", code(&p.short(), md)))
            .unwrap_or_default();
        let values = match (&f.old_value, &f.new_value) {
            (Some(o), Some(n)) if !f.derived => format!(" ({} → {})", code(o, md), code(n, md)),
            _ => String::new(),
        };
        lines.push(format!(
            "{}: {} ({}){at}: {} → {}{values}",
            t!("review-figure"),
            code(&format!("{}.{}", f.id, f.field), md),
            f.label,
            f.old,
            f.new
        ));
    }
    if let Some(r) = &i.reason {
        lines.push(format!("{}: {}", t!("review-why"), r.message));
    }
    (head, lines)
}

fn counts(r: &Review) -> (usize, usize, usize, usize, usize) {
    let comments = r.items.iter().filter(|i| i.kind == Kind::Comment).count();
    let changes = r.items.len() - comments;
    let by = |s: Status| r.items.iter().filter(|i| i.status == s).count();
    (
        changes,
        comments,
        by(Status::Applicable),
        by(Status::Applied),
        by(Status::NotApplicable),
    )
}

fn summary(r: &Review) -> Vec<String> {
    let (changes, comments, applicable, applied, not) = counts(r);
    let mut out = vec![t!("review-summary", changes = changes, comments = comments)];
    out.push(if r.applied {
        t!("review-summary-applied", applied = applied, not = not)
    } else {
        t!(
            "review-summary-applicable",
            applicable = applicable,
            not = not
        )
    });
    if r.stale > 0 || r.unmatched > 0 {
        out.push(t!(
            "review-summary-unmatched",
            stale = r.stale,
            unmatched = r.unmatched,
            paragraphs = r.paragraphs
        ));
    }
    out
}

/// The Markdown list.
pub fn markdown(r: &Review) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# {}\n",
        crate::format::escape_markdown(&t!(
            "review-title",
            file = r
                .docx
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default()
        ))
    );
    for line in summary(r) {
        let _ = writeln!(s, "{line}\n");
    }
    if r.items.is_empty() {
        let _ = writeln!(s, "{}\n", t!("review-nothing"));
    }
    for i in &r.items {
        let (head, lines) = item_lines(i, true);
        let _ = writeln!(s, "## {head}\n");
        for l in lines {
            let _ = writeln!(s, "- {l}");
        }
        s.push('\n');
    }
    if !r.consequences.is_empty() {
        let _ = writeln!(s, "## {}\n", t!("review-consequences"));
        let _ = writeln!(s, "{}\n", t!("review-consequences-intro"));
        for c in &r.consequences {
            let where_ = if c.heading_path.is_empty() {
                String::new()
            } else {
                format!("{}: ", c.heading_path.join(" › "))
            };
            let _ = writeln!(
                s,
                "- {where_}{} → {}",
                crate::format::escape_markdown(&c.old),
                crate::format::escape_markdown(&c.new)
            );
        }
        s.push('\n');
    }
    let mut out = s.trim_end().to_string();
    out.push('\n');
    out
}

/// The same, for the terminal.
pub fn terminal(r: &Review) -> String {
    let mut s = String::new();
    for line in summary(r) {
        let _ = writeln!(s, "{line}");
    }
    for i in &r.items {
        let (head, lines) = item_lines(i, false);
        let _ = writeln!(s, "\n{head}");
        for l in lines {
            let _ = writeln!(s, "   {l}");
        }
    }
    if !r.consequences.is_empty() {
        let _ = writeln!(s, "\n{}", t!("review-consequences"));
        for c in &r.consequences {
            let _ = writeln!(s, "   {} → {}", c.old, c.new);
        }
    }
    s
}

/// The JSON document.
pub fn json(r: &Review) -> String {
    let (changes, comments, applicable, applied, not) = counts(r);
    let doc = serde_json::json!({
        "docx": r.docx.display().to_string(),
        "applied": r.applied,
        "changes": changes,
        "comments": comments,
        "applicable": applicable,
        "applied_count": applied,
        "not_applicable": not,
        "paragraphs": r.paragraphs,
        "paragraphs_changed_since": r.stale,
        "paragraphs_not_in_content": r.unmatched,
        "items": r.items,
        "consequences": r.consequences,
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}
