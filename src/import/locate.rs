//! `check` on a draft: the draft imported in memory (written to a
//! temporary directory, read back by the content loader), the consistency
//! rules run on it, and each finding located in the draft — the headings
//! above the sentence and the sentence itself — through the side table the
//! import keeps (YAML path → draft paragraph), instead of a YAML line.

use std::fmt::Write as _;
use std::path::Path;

use super::{Imported, Origin};
use crate::content::Content;
use crate::diag::{At, Diagnostic, Diagnostics, Severity, Span};
use crate::figures::Figures;
use crate::{check, numbered, t};

/// A finding, with where it is in the draft.
#[derive(Debug, Clone)]
pub struct Located {
    pub finding: Diagnostic,
    pub at: Option<Origin>,
    /// The other places involved: label, where.
    pub related: Vec<(String, Option<Origin>)>,
}

/// The origin of a span: the value at its path, or the nearest enclosing
/// value the import recorded.
pub fn origin_of(imp: &Imported, span: &Span) -> Option<Origin> {
    let file = span.file.file_stem()?.to_string_lossy().into_owned();
    let mut path = match &span.at {
        At::Value(p) | At::Key(p) => p.clone(),
        At::Pos { .. } => return None,
    };
    loop {
        if let Some(o) = imp.tree.origins.get(&(file.clone(), path.clone())) {
            return Some(o.clone());
        }
        // the parent: drop the last `.key` or `[n]`
        let cut = path.rfind(['.', '[']);
        match cut {
            Some(i) if i > 0 => path.truncate(i),
            _ => return None,
        }
    }
}

/// Runs the consistency rules on an imported draft.
pub fn check(imp: &Imported) -> Result<Vec<Located>, Diagnostic> {
    let dir = tempfile::tempdir().map_err(|e| {
        Diagnostic::error(
            "io",
            t!("import-cannot-create", dir = std::env::temp_dir().display())
                + ": "
                + &crate::content::io_reason(&e),
        )
    })?;
    super::write_files(dir.path(), &imp.tree).map_err(|e| {
        Diagnostic::error(
            "io",
            t!("import-cannot-write", dir = dir.path().display())
                + ": "
                + &crate::content::io_reason(&e),
        )
    })?;
    let findings = findings(dir.path())?;
    Ok(findings
        .into_iter()
        .map(|d| {
            let at = d.span.as_ref().and_then(|s| origin_of(imp, s));
            let related = d
                .related
                .iter()
                .map(|r| (r.label.clone(), origin_of(imp, &r.span)))
                .collect();
            Located {
                finding: d,
                at,
                related,
            }
        })
        .collect())
}

/// The findings of the content in `dir`, their spans still YAML paths.
fn findings(dir: &Path) -> Result<Vec<Diagnostic>, Diagnostic> {
    let mut diags = Diagnostics::default();
    let bug = |diags: &Diagnostics| {
        let first = diags
            .items
            .iter()
            .find(|d| d.is_error())
            .map(|d| d.message.clone())
            .unwrap_or_default();
        Diagnostic::error("import-bug", t!("import-does-not-build", reason = first))
            .hint(t!("import-does-not-build-hint"))
    };
    let Some(content) = Content::load(dir, &mut diags) else {
        return Err(bug(&diags));
    };
    let figures = Figures::resolve(&content, &mut diags);
    let report = numbered::number(&content, &figures, &mut diags);
    if diags.has_errors() {
        return Err(bug(&diags));
    }
    let mut out = check::slots(&content);
    out.extend(check::check(&content, &figures, &report));
    Ok(out)
}

/// The sentence of `text` around characters `span` (or its start), and
/// where the span is in it.
pub fn sentence(text: &str, span: Option<(usize, usize)>) -> (String, Option<(usize, usize)>) {
    let chars: Vec<char> = text.chars().collect();
    let (from, len) = span.unwrap_or((0, 0));
    let from = from.min(chars.len());
    let is_end = |i: usize| {
        i + 1 < chars.len() && matches!(chars[i], '.' | ';' | '!' | '?') && chars[i + 1] == ' '
            // a decimal or thousands dot is not a sentence's end
            && !(i > 0 && chars[i - 1].is_ascii_digit() && chars.get(i + 2).is_some_and(|c| c.is_ascii_digit()))
    };
    let mut start = 0;
    for i in (0..from).rev() {
        if is_end(i) {
            start = i + 2;
            break;
        }
    }
    let mut end = chars.len();
    for i in from + len.max(1) - 1..chars.len() {
        if is_end(i) {
            end = i + 1;
            break;
        }
    }
    let s: String = chars[start..end].iter().collect();
    (s, span.map(|(f, l)| (f - start, l)))
}

fn place(o: &Origin, draft: &Path) -> String {
    t!("import-check-at", file = draft.display(), at = o.at)
}

/// The findings, printed for a reader of the draft.
pub fn render(found: &[Located], draft: &Path) -> String {
    let mut s = String::new();
    for l in found {
        let d = &l.finding;
        let sev = match d.severity {
            Severity::Error => t!("diag-error"),
            Severity::Warning => t!("diag-warning"),
        };
        let _ = writeln!(s, "{sev}[{}]: {}", d.code, d.message);
        let quote = |s: &mut String, o: &Origin, mark: char, label: &str| {
            let _ = writeln!(s, "  --> {}", place(o, draft));
            if !o.headings.is_empty() {
                let _ = writeln!(
                    s,
                    "   = {}",
                    t!("import-check-in", headings = o.headings.join(" › "))
                );
            }
            let (sent, span) = sentence(&o.text, o.span);
            if !sent.is_empty() {
                let _ = writeln!(s, "   | {sent}");
                if let Some((f, n)) = span {
                    let label = if label.is_empty() {
                        String::new()
                    } else {
                        format!(" {label}")
                    };
                    let marks: String = std::iter::repeat_n(mark, n.max(1)).collect();
                    let _ = writeln!(s, "   | {}{marks}{label}", " ".repeat(f));
                }
            }
        };
        if let Some(o) = &l.at {
            quote(&mut s, o, '^', "");
        }
        for (label, o) in &l.related {
            if let Some(o) = o {
                let _ = writeln!(s, "   |");
                quote(&mut s, o, '-', label);
            }
        }
        if let Some(e) = &d.expected {
            let _ = writeln!(s, "   = {}: {e}", t!("diag-expected"));
        }
        // a hint about the YAML (`value:`, `{{ … }}`) says nothing to the
        // reader of a draft
        if let Some(h) = d.hint.as_ref().filter(|h| !h.contains('`')) {
            let _ = writeln!(s, "   = {}: {h}", t!("diag-hint"));
        }
        s.push('\n');
    }
    s
}

/// The findings as one JSON document.
pub fn to_json(found: &[Located]) -> String {
    let place = |o: &Option<Origin>| match o {
        Some(o) => {
            let (sent, span) = sentence(&o.text, o.span);
            serde_json::json!({
                "paragraph": o.at,
                "headings": o.headings,
                "sentence": sent,
                "column": span.map(|s| s.0 + 1),
                "length": span.map(|s| s.1),
            })
        }
        None => serde_json::Value::Null,
    };
    let list: Vec<serde_json::Value> = found
        .iter()
        .map(|l| {
            serde_json::json!({
                "severity": l.finding.severity,
                "code": l.finding.code,
                "message": l.finding.message,
                "location": place(&l.at),
                "expected": l.finding.expected,
                "hint": l.finding.hint,
                "related": l.related.iter().map(|(label, o)| serde_json::json!({"label": label, "location": place(o)})).collect::<Vec<_>>(),
            })
        })
        .collect();
    let doc = serde_json::json!({
        "errors": found.iter().filter(|l| l.finding.is_error()).count(),
        "warnings": found.iter().filter(|l| !l.finding.is_error()).count(),
        "diagnostics": list,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sentence_around_a_number() {
        let t = "Đạt 2.732,16 tỷ đồng. Tổng đàn năm 2030: 10.510 con. Trong đó, đàn trâu: 60 con.";
        let at = t.chars().collect::<Vec<_>>();
        let i = t.find("10.510").unwrap();
        let from = t[..i].chars().count();
        let _ = at;
        let (s, span) = sentence(t, Some((from, 6)));
        assert_eq!(s, "Tổng đàn năm 2030: 10.510 con.");
        assert_eq!(span, Some((19, 6)));
        let (s, _) = sentence(t, None);
        assert_eq!(s, "Đạt 2.732,16 tỷ đồng.");
    }
}
