//! Diagnostics are data: every problem found while reading, checking or
//! rendering the content is a [`Diagnostic`] with a location, a message,
//! what was expected and a hint. They are collected, then printed together.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A position in a source file; line and column are 1-based.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Location {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A short stable code: `yaml`, `unknown-key`, `figure-mismatch`, …
    pub code: &'static str,
    pub message: String,
    pub location: Option<Location>,
    pub expected: Option<String>,
    pub hint: Option<String>,
    /// Further places involved (e.g. the other statement of the same figure).
    pub related: Vec<(String, Location)>,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            location: None,
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
    pub fn expected(mut self, e: impl Into<String>) -> Self {
        self.expected = Some(e.into());
        self
    }
    pub fn hint(mut self, h: impl Into<String>) -> Self {
        self.hint = Some(h.into());
        self
    }
    pub fn related(mut self, label: impl Into<String>, loc: Option<Location>) -> Self {
        if let Some(l) = loc {
            self.related.push((label.into(), l));
        }
        self
    }
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
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
    /// Sorted by file, line, column so output is stable.
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
        v
    }
}

/// Renders one diagnostic rustc-style, with the source line and a caret.
/// `source` returns the text of a file if it can be read.
pub fn render_human(d: &Diagnostic, source: &dyn Fn(&Path) -> Option<String>) -> String {
    let mut s = String::new();
    let sev = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let _ = writeln!(s, "{sev}[{}]: {}", d.code, d.message);
    if let Some(loc) = &d.location {
        let _ = writeln!(
            s,
            "  --> {}:{}:{}",
            loc.file.display(),
            loc.line,
            loc.column
        );
        if let Some(text) = source(&loc.file) {
            if let Some(line) = text.lines().nth(loc.line.saturating_sub(1)) {
                let num = loc.line.to_string();
                let pad = " ".repeat(num.len());
                let _ = writeln!(s, "{pad} |");
                let _ = writeln!(s, "{num} | {line}");
                let caret_col: usize = line.chars().take(loc.column.saturating_sub(1)).count();
                let lead: String = line
                    .chars()
                    .take(caret_col)
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                let _ = writeln!(s, "{pad} | {lead}^");
            }
        }
    }
    for (label, loc) in &d.related {
        let _ = writeln!(
            s,
            "  = {label}: {}:{}:{}",
            loc.file.display(),
            loc.line,
            loc.column
        );
    }
    if let Some(e) = &d.expected {
        let _ = writeln!(s, "  = expected: {e}");
    }
    if let Some(h) = &d.hint {
        let _ = writeln!(s, "  = hint: {h}");
    }
    s
}

/// The nearest of `candidates` to `word`, if close enough to be a likely typo.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let mut best: Option<(&str, f64)> = None;
    for c in candidates {
        let score = strsim::jaro_winkler(word, c);
        if score > best.map(|b| b.1).unwrap_or(0.0) {
            best = Some((c, score));
        }
    }
    best.filter(|b| b.1 >= 0.75).map(|b| b.0)
}
