//! The human form of a diagnostic, rustc-style:
//!
//! ```text
//! error[unknown-key]: unknown key `yaer` in figure `gia_tri_san_xuat`
//!  --> content/economy.yaml:9:5
//!   |
//! 9 |     yaer: 2025
//!   |     ^^^^
//!   |
//!   = expected: one of label, value, unit, year, …
//!   = hint: did you mean `year`?
//! ```
//!
//! Other places involved follow as `:::` snippets underlined with `-`.
//! Plain text only (no colours), so the output is stable for snapshots.

use std::fmt::Write as _;

use crate::t;

use super::{Diagnostic, Location, Resolve, Severity, Span};

/// How many columns a character takes in the snippet.
fn width(c: char) -> usize {
    if c == '\t' {
        4
    } else {
        1
    }
}

/// The source line as shown: tabs become four spaces.
fn show_line(line: &str) -> String {
    line.chars()
        .map(|c| {
            if c == '\t' {
                "    ".to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// A guess at how long the token at `column` (1-based, in characters) is,
/// for a YAML file: a key (`name:`), a quoted scalar, or a plain value up
/// to a comment or the end of the line.
fn guess_length(line: &str, column: usize, yaml: bool) -> usize {
    let rest: Vec<char> = line.chars().skip(column.saturating_sub(1)).collect();
    if rest.is_empty() || !yaml {
        return 1;
    }
    let text: String = rest.iter().collect();
    // a key
    if let Some(i) = text.find(':') {
        let key = &text[..i];
        let after = text[i + 1..].chars().next();
        if !key.is_empty()
            && !key.contains(' ')
            && !key.starts_with(['"', '\'', '{', '[', '-', '>', '|'])
            && matches!(after, None | Some(' '))
        {
            return key.chars().count();
        }
    }
    match rest[0] {
        q @ ('"' | '\'') => {
            let close = rest.iter().skip(1).position(|c| *c == q);
            close.map(|p| p + 2).unwrap_or(rest.len())
        }
        open @ ('[' | '{') => {
            let close = if open == '[' { ']' } else { '}' };
            rest.iter()
                .position(|c| *c == close)
                .map(|p| p + 1)
                .unwrap_or(1)
        }
        '>' | '|' | '\t' => 1,
        // a list's dash, not a minus sign (`-10`, `-2025-01-01`)
        '-' if rest.get(1).is_none_or(|c| c.is_whitespace()) => 1,
        _ => {
            let mut end = text.find(" #").unwrap_or(text.len());
            // inside `{ … }` or `[ … ]` a value ends at `,` or the bracket
            let before: String = line.chars().take(column.saturating_sub(1)).collect();
            if before.contains(['{', '[']) {
                end = end.min(text.find([',', '}', ']']).unwrap_or(text.len()));
            }
            text[..end].trim_end().chars().count().max(1)
        }
    }
}

struct Snippet {
    loc: Location,
    line: Option<String>,
    length: usize,
}

fn snippet(span: &Span, r: &dyn Resolve) -> Option<Snippet> {
    let loc = span.resolve(r)?.location()?;
    let length = span.len;
    let line = r.text(&loc.file).and_then(|text| {
        text.lines()
            .nth(loc.line.saturating_sub(1))
            .map(str::to_string)
    });
    let yaml = matches!(
        loc.file.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml")
    );
    let length = match (&line, length) {
        (_, Some(n)) => n,
        (Some(l), None) => guess_length(l, loc.column, yaml),
        (None, None) => 1,
    };
    Some(Snippet { loc, line, length })
}

fn write_snippet(s: &mut String, sn: &Snippet, pad: &str, mark: char, label: &str) {
    let Some(line) = &sn.line else { return };
    let num = sn.loc.line.to_string();
    let _ = writeln!(s, "{pad} |");
    let _ = writeln!(
        s,
        "{}{num} | {}",
        " ".repeat(pad.len() - num.len()),
        show_line(line).trim_end()
    );
    let chars: Vec<char> = line.chars().collect();
    let start = sn.loc.column.saturating_sub(1).min(chars.len());
    let lead: usize = chars[..start].iter().map(|c| width(*c)).sum();
    let span: usize = chars[start..]
        .iter()
        .take(sn.length)
        .map(|c| width(*c))
        .sum::<usize>()
        .max(1);
    let marks: String = std::iter::repeat_n(mark, span).collect();
    let label = if label.is_empty() {
        String::new()
    } else {
        format!(" {label}")
    };
    let _ = writeln!(s, "{pad} | {}{marks}{label}", " ".repeat(lead));
}

/// "content/economy.yaml, dòng 9, cột 5" (in English `…:9:5`).
fn at(l: &Location) -> String {
    t!(
        "diag-at",
        file = l.file.display(),
        line = l.line,
        column = l.column
    )
}

/// Renders one diagnostic rustc-style, with the source line and a caret;
/// `r` resolves its spans and gives the text of their files.
pub fn render_human(d: &Diagnostic, r: &dyn Resolve) -> String {
    let mut s = String::new();
    let sev = match d.severity {
        Severity::Error => t!("diag-error"),
        Severity::Warning => t!("diag-warning"),
    };
    let _ = writeln!(s, "{sev}[{}]: {}", d.code, d.message);
    let main = d.span.as_ref().and_then(|l| snippet(l, r));
    let related: Vec<(Snippet, &str)> = d
        .related
        .iter()
        .filter_map(|x| Some((snippet(&x.span, r)?, x.label.as_str())))
        .collect();
    let widest = main
        .iter()
        .chain(related.iter().map(|(s, _)| s))
        .filter(|s| s.line.is_some())
        .map(|s| s.loc.line.to_string().len())
        .max()
        .unwrap_or(1);
    let pad = " ".repeat(widest);
    let mut drew = false;
    if let Some(m) = &main {
        let _ = writeln!(s, "{pad}--> {}", at(&m.loc));
        write_snippet(&mut s, m, &pad, '^', "");
        drew = m.line.is_some();
    }
    for (r, label) in &related {
        if r.line.is_some() {
            if drew {
                let _ = writeln!(s, "{pad} |");
            }
            let _ = writeln!(s, "{pad}::: {}", at(&r.loc));
            write_snippet(&mut s, r, &pad, '-', label);
            drew = true;
        } else {
            let _ = writeln!(s, "{pad} = {}: {label}: {}", t!("diag-note"), at(&r.loc));
        }
    }
    if drew && (d.expected.is_some() || d.hint.is_some()) {
        let _ = writeln!(s, "{pad} |");
    }
    if let Some(e) = &d.expected {
        let _ = writeln!(s, "{pad} = {}: {e}", t!("diag-expected"));
    }
    if let Some(h) = &d.hint {
        let _ = writeln!(s, "{pad} = {}: {h}", t!("diag-hint"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;
    use std::sync::Arc;

    struct Text(&'static str);
    impl Resolve for Text {
        fn text(&self, _: &Path) -> Option<Arc<str>> {
            Some(self.0.into())
        }
        fn yaml_position(&self, _: &Path, _: &str, _: bool) -> Option<(usize, usize)> {
            None
        }
    }
    fn src(text: &'static str) -> Text {
        Text(text)
    }

    #[test]
    fn underlines_the_key() {
        crate::i18n::set_for_this_thread(Some(crate::i18n::Lang::En));
        let d = Diagnostic::error("unknown-key", "unknown key `yaer`")
            .at("a.yaml", 2, 3)
            .hint("did you mean `year`?");
        let out = render_human(&d, &src("x:\n  yaer: 2025\n"));
        assert_eq!(
            out,
            "error[unknown-key]: unknown key `yaer`\n --> a.yaml:2:3\n  |\n2 |   yaer: 2025\n  |   ^^^^\n  |\n  = hint: did you mean `year`?\n"
        );
    }

    #[test]
    fn guesses_tokens() {
        assert_eq!(guess_length("  value: '2,5' # x", 10, true), 5);
        assert_eq!(guess_length("  value: 2,5 # x", 10, true), 3);
        assert_eq!(guess_length("  - >-", 5, true), 1);
        assert_eq!(guess_length("  width: -10", 10, true), 3);
        assert_eq!(guess_length("  date: -2025-01-01 # x", 9, true), 11);
        assert_eq!(guess_length("  parts: { a: x_y, b: 2 }", 15, true), 3);
        assert_eq!(guess_length("a {{ x }}", 1, false), 1);
    }

    #[test]
    fn tabs_are_shown_as_spaces() {
        crate::i18n::set_for_this_thread(Some(crate::i18n::Lang::En));
        let d = Diagnostic::error("tab", "a tab")
            .at("a.yaml", 1, 1)
            .spanning(1);
        let out = render_human(&d, &src("\tx: 1\n"));
        assert!(out.contains("1 |     x: 1\n  | ^^^^\n"), "{out}");
    }
}
