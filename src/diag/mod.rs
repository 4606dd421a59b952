//! Diagnostics are data: every problem found while reading, checking or
//! rendering the content is a [`Diagnostic`] with a [`Span`], a message,
//! what was expected and a hint. They are collected, then printed together
//! ([`human`] rustc-style, or as JSON).
//!
//! This module is a leaf: it knows no stage. A span names a place the way
//! the stage that found the problem knows it — a line and column, or the
//! path of a value in a YAML file — and is resolved to a line and column
//! by a [`Resolve`] (the content reader's) when it is printed. The mappers
//! of library errors live with the stage that calls the library: serde_yaml
//! with the content reader, tera with rendering.

pub mod human;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use human::render_human;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// Where in a file a diagnostic points, as the stage that found it knows
/// the place; [`Span::resolve`] turns it into a line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub file: PathBuf,
    pub at: At,
    /// How many characters the problem spans, where known (the human
    /// renderer underlines them; otherwise it guesses the token).
    pub len: Option<usize>,
}

/// The place within a [`Span`]'s file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum At {
    /// Line and column, 1-based; the column counts characters.
    Pos { line: usize, column: usize },
    /// The value at a YAML path (`slots.results[0].body[2]`), or its
    /// nearest ancestor's.
    Value(String),
    /// The key of the entry at a YAML path (`figures.gia_tri_san_xuat`).
    Key(String),
}

/// What turns a YAML path into a line and column, and gives the text of a
/// file for the snippets of the human renderer.
pub trait Resolve {
    /// The text of `file`, if it can be read.
    fn text(&self, file: &Path) -> Option<Arc<str>>;
    /// Line and column of the value (or, with `key`, the key) at `path` in
    /// the YAML file `file`.
    fn yaml_position(&self, file: &Path, path: &str, key: bool) -> Option<(usize, usize)>;
}

impl Span {
    pub fn pos(file: impl AsRef<Path>, line: usize, column: usize) -> Span {
        Span {
            file: file.as_ref().to_path_buf(),
            at: At::Pos { line, column },
            len: None,
        }
    }
    pub fn value(file: impl AsRef<Path>, path: impl Into<String>) -> Span {
        Span {
            file: file.as_ref().to_path_buf(),
            at: At::Value(path.into()),
            len: None,
        }
    }
    pub fn key(file: impl AsRef<Path>, path: impl Into<String>) -> Span {
        Span {
            file: file.as_ref().to_path_buf(),
            at: At::Key(path.into()),
            len: None,
        }
    }
    /// The span with a line and column, if it has or `r` can find them.
    pub fn resolve(&self, r: &dyn Resolve) -> Option<Span> {
        let (line, column) = match &self.at {
            At::Pos { line, column } => (*line, *column),
            At::Value(p) => r.yaml_position(&self.file, p, false)?,
            At::Key(p) => r.yaml_position(&self.file, p, true)?,
        };
        Some(Span {
            at: At::Pos { line, column },
            ..self.clone()
        })
    }
    /// Line and column, once resolved.
    pub fn line_col(&self) -> Option<(usize, usize)> {
        match self.at {
            At::Pos { line, column } => Some((line, column)),
            _ => None,
        }
    }
    /// File, line and column, once resolved.
    pub fn location(&self) -> Option<Location> {
        self.line_col().map(|(line, column)| Location {
            file: self.file.clone(),
            line,
            column,
        })
    }
}

/// A resolved place: file, line and column (1-based; the column counts
/// characters) — what is printed, and what `--format json` gives.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Location {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
}

/// Another place involved in a diagnostic, e.g. the first definition of a
/// duplicate id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub label: String,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A short stable code: `yaml-syntax`, `unknown-key`, `figure-mismatch`, …
    pub code: &'static str,
    pub message: String,
    pub span: Option<Span>,
    pub expected: Option<String>,
    pub hint: Option<String>,
    /// Further places involved (e.g. the other statement of the same figure).
    pub related: Vec<Related>,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            span: None,
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
        self.span = Some(Span::pos(file, line, column));
        self
    }
    pub fn at_loc(mut self, span: Option<Span>) -> Self {
        if span.is_some() {
            self.span = span;
        }
        self
    }
    /// The number of characters the problem spans from its place.
    pub fn spanning(mut self, length: usize) -> Self {
        if let Some(s) = &mut self.span {
            s.len = Some(length.max(1));
        }
        self
    }
    /// Where it is, once resolved ([`Diagnostics::resolve`]).
    pub fn location(&self) -> Option<Location> {
        self.span.as_ref().and_then(Span::location)
    }
    /// Its spans with lines and columns, where `r` finds them.
    pub fn resolve(&mut self, r: &dyn Resolve) {
        self.span = self.span.as_ref().and_then(|s| s.resolve(r));
        self.related = std::mem::take(&mut self.related)
            .into_iter()
            .filter_map(|x| {
                x.span.resolve(r).map(|span| Related {
                    label: x.label,
                    span,
                })
            })
            .collect();
    }
    /// The diagnostic as `--format json` gives it (spans resolved).
    pub fn to_json(&self) -> serde_json::Value {
        // (a path that is not UTF-8 is given as far as it reads)
        let loc = |s: &Span| match s.location() {
            Some(l) => serde_json::json!({
                "file": l.file.to_string_lossy(),
                "line": l.line,
                "column": l.column,
            }),
            None => serde_json::Value::Null,
        };
        let mut m = serde_json::Map::new();
        m.insert("severity".into(), serde_json::json!(self.severity));
        m.insert("code".into(), serde_json::json!(self.code));
        m.insert("message".into(), serde_json::json!(self.message));
        m.insert(
            "location".into(),
            self.span.as_ref().map(loc).unwrap_or_default(),
        );
        if let Some(n) = self.span.as_ref().and_then(|s| s.len) {
            m.insert("length".into(), serde_json::json!(n));
        }
        m.insert("expected".into(), serde_json::json!(self.expected));
        m.insert("hint".into(), serde_json::json!(self.hint));
        let related: Vec<serde_json::Value> = self
            .related
            .iter()
            .map(|r| {
                let mut o = serde_json::Map::new();
                o.insert("label".into(), serde_json::json!(r.label));
                o.insert("location".into(), loc(&r.span));
                if let Some(n) = r.span.len {
                    o.insert("length".into(), serde_json::json!(n));
                }
                serde_json::Value::Object(o)
            })
            .collect();
        m.insert("related".into(), serde_json::Value::Array(related));
        serde_json::Value::Object(m)
    }
    pub fn expected(mut self, e: impl Into<String>) -> Self {
        self.expected = Some(e.into());
        self
    }
    pub fn hint(mut self, h: impl Into<String>) -> Self {
        self.hint = Some(h.into());
        self
    }
    pub fn related(mut self, label: impl Into<String>, span: Option<Span>) -> Self {
        if let Some(span) = span {
            self.related.push(Related {
                label: label.into(),
                span,
            });
        }
        self
    }
    /// A related place spanning `length` characters.
    pub fn related_span(self, label: impl Into<String>, span: Option<Span>, length: usize) -> Self {
        self.related(
            label,
            span.map(|s| Span {
                len: Some(length.max(1)),
                ..s
            }),
        )
    }
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
    /// An error of the environment (a file or directory that cannot be
    /// read or written, a bad command-line path) rather than of the content:
    /// these alone give exit status 2.
    pub fn is_io(&self) -> bool {
        self.code == "io" || self.code == "usage"
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
    /// The errors as they are shown: one said twice at one place counts once.
    pub fn errors(&self) -> usize {
        self.sorted().iter().filter(|d| d.is_error()).count()
    }
    /// The warnings as they are shown (see [`Diagnostics::errors`]).
    pub fn warnings(&self) -> usize {
        self.sorted().iter().filter(|d| !d.is_error()).count()
    }
    /// Gives every span its line and column (see [`Span::resolve`]).
    pub fn resolve(&mut self, r: &dyn Resolve) {
        for d in &mut self.items {
            d.resolve(r);
        }
    }
    /// Sorted by file, line, column so output is stable; diagnostics
    /// without a location (about the whole run) come first.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut v: Vec<&Diagnostic> = self.items.iter().collect();
        v.sort_by(|a, b| {
            a.location()
                .cmp(&b.location())
                .then(a.severity.cmp(&b.severity))
                .then(a.message.cmp(&b.message))
        });
        v.dedup_by(|a, b| {
            a.location() == b.location() && a.code == b.code && a.message == b.message
        });
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

/// "a, b hoặc c" ("a, b or c").
pub fn or_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [rest @ .., last] => crate::t!(
            "diag-or",
            first = rest
                .iter()
                .map(|s| s.as_ref())
                .collect::<Vec<_>>()
                .join(", "),
            last = last.as_ref()
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

    #[test]
    fn the_counts_are_of_what_is_shown() {
        // one error said twice at one place is shown, and counted, once
        let mut d = Diagnostics::default();
        for _ in 0..2 {
            d.push(Diagnostic::error("bad-value", "x").at("a.yaml", 3, 5));
        }
        d.push(Diagnostic::error("bad-value", "x").at("a.yaml", 4, 5));
        d.push(Diagnostic::warning("numbering", "w").at("a.yaml", 4, 5));
        assert_eq!(d.sorted().len(), 3);
        assert_eq!((d.errors(), d.warnings()), (2, 1));
    }
}
