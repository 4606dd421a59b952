//! Diagnostics are data: every problem found while reading, checking or
//! rendering the content is a [`Diagnostic`] with a location, a message,
//! what was expected and a hint. They are collected, then printed together
//! ([`human`] rustc-style, or as JSON).
//!
//! The mappers turn the errors of the libraries into diagnostics a
//! secretariat clerk can act on: [`yaml`] for serde_yaml and libyaml,
//! [`template`] for tera.

pub mod human;
pub mod template;
pub mod yaml;

use std::path::{Path, PathBuf};

pub use human::render_human;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A position in a source file; line and column are 1-based, the column
/// counts characters (not bytes).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Location {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
}

/// Another place involved in a diagnostic, e.g. the first definition of a
/// duplicate id.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Related {
    pub label: String,
    pub location: Location,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub length: Option<usize>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A short stable code: `yaml-syntax`, `unknown-key`, `figure-mismatch`, …
    pub code: &'static str,
    pub message: String,
    pub location: Option<Location>,
    /// How many characters from `location` the problem spans, where known
    /// (the human renderer underlines them; otherwise it guesses the token).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub length: Option<usize>,
    pub expected: Option<String>,
    pub hint: Option<String>,
    /// Further places involved (e.g. the other statement of the same figure).
    pub related: Vec<Related>,
}

/// A diagnostic to be located later, at `path` in `file`: source
/// positions cost a second parse of the file, which a run does where a core
/// is idle (see [`crate::content::Content::locate`]).
#[derive(Debug, Clone)]
pub struct Pending {
    pub diagnostic: Diagnostic,
    pub file: PathBuf,
    /// A value path: `slots.lessons[1].number`.
    pub path: String,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            location: None,
            length: None,
            expected: None,
            hint: None,
            related: Vec::new(),
        }
    }
    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message)
        }
    }
    pub fn at(mut self, file: impl AsRef<Path>, line: usize, column: usize) -> Self {
        self.location = Some(Location {
            file: file.as_ref().to_path_buf(),
            line,
            column,
        });
        self
    }
    pub fn at_loc(mut self, loc: Option<Location>) -> Self {
        if loc.is_some() {
            self.location = loc;
        }
        self
    }
    /// The number of characters the problem spans from its location.
    pub fn spanning(mut self, length: usize) -> Self {
        self.length = Some(length.max(1));
        self
    }
    pub fn expected(mut self, e: impl Into<String>) -> Self {
        self.expected = Some(e.into());
        self
    }
    pub fn hint(mut self, h: impl Into<String>) -> Self {
        self.hint = Some(h.into());
        self
    }
    pub fn related(mut self, label: impl Into<String>, loc: Option<Location>) -> Self {
        if let Some(location) = loc {
            self.related.push(Related {
                label: label.into(),
                location,
                length: None,
            });
        }
        self
    }
    /// A related place spanning `length` characters.
    pub fn related_span(
        mut self,
        label: impl Into<String>,
        loc: Option<Location>,
        length: usize,
    ) -> Self {
        if let Some(location) = loc {
            self.related.push(Related {
                label: label.into(),
                location,
                length: Some(length.max(1)),
            });
        }
        self
    }
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
    /// An error of the environment (a file or directory that cannot be
    /// read or written, a bad command-line path) rather than of the content:
    /// these alone give exit status 2.
    pub fn is_io(&self) -> bool {
        self.code == "io"
    }
}

/// Collects the diagnostics of one run.
#[derive(Debug, Default)]
pub struct Diagnostics {
    pub items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }
    pub fn extend(&mut self, it: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(it);
    }
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.is_error())
    }
    pub fn errors(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }
    pub fn warnings(&self) -> usize {
        self.items.len() - self.errors()
    }
    /// Sorted by file, line, column so output is stable; diagnostics
    /// without a location (about the whole run) come first.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut v: Vec<&Diagnostic> = self.items.iter().collect();
        v.sort_by(|a, b| {
            let ka = a
                .location
                .as_ref()
                .map(|l| (l.file.clone(), l.line, l.column));
            let kb = b
                .location
                .as_ref()
                .map(|l| (l.file.clone(), l.line, l.column));
            ka.cmp(&kb)
                .then(a.severity.cmp(&b.severity))
                .then(a.message.cmp(&b.message))
        });
        v.dedup_by(|a, b| a.location == b.location && a.code == b.code && a.message == b.message);
        v
    }
    /// The exit status for a run that failed: 2 when every error is a usage
    /// or I/O problem, 1 when the content has errors.
    pub fn exit_status(&self) -> u8 {
        let io_only = self
            .items
            .iter()
            .filter(|d| d.is_error())
            .all(Diagnostic::is_io);
        if io_only {
            2
        } else {
            1
        }
    }
}

/// "1 error", "2 errors".
pub fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// The nearest of `candidates` to `word`, if close enough to be a likely
/// typo: a few letters wrong, missing, added or swapped.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let allowed = (word.chars().count() / 3).max(1);
    let mut best: Option<(&str, usize, f64)> = None;
    for c in candidates {
        if c == word {
            continue;
        }
        let dist = strsim::damerau_levenshtein(word, c);
        let jw = strsim::jaro_winkler(word, c);
        if dist > allowed && jw < 0.85 {
            continue;
        }
        let better = match best {
            None => true,
            Some((_, d, j)) => dist < d || (dist == d && jw > j),
        };
        if better {
            best = Some((c, dist, jw));
        }
    }
    best.map(|b| b.0)
}

/// "a, b or c".
pub fn or_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [rest @ .., last] => format!(
            "{} or {}",
            rest.iter()
                .map(|s| s.as_ref())
                .collect::<Vec<_>>()
                .join(", "),
            last.as_ref()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_finds_typos() {
        assert_eq!(nearest("yaer", ["year", "value", "unit"]), Some("year"));
        assert_eq!(nearest("zzz", ["year", "value"]), None);
        assert_eq!(nearest("nm", ["num", "pct", "md"]), Some("num"));
        assert_eq!(
            nearest("gtsx_nong_nghep", ["gtsx_nong_nghiep", "gia_tri_san_xuat"]),
            Some("gtsx_nong_nghiep")
        );
        assert_eq!(nearest("economi", ["economy", "society"]), Some("economy"));
    }

    #[test]
    fn exit_status() {
        let mut d = Diagnostics::default();
        d.push(Diagnostic::error("io", "x"));
        assert_eq!(d.exit_status(), 2);
        d.push(Diagnostic::error("yaml-syntax", "y"));
        assert_eq!(d.exit_status(), 1);
    }
}
