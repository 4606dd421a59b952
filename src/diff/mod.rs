//! Stage 6 — diff: compares two drafts of the report and writes
//!
//! - `<stem>.redline.docx`: the NEW draft, in the same Party format as
//!   `build` makes it, with Word tracked changes against the OLD draft
//!   (`w:ins` / `w:del` with an author and a date): word by word inside an
//!   edited paragraph, whole paragraphs where they were added or removed.
//!   Accepting every change gives the NEW draft's text, rejecting every
//!   change the OLD draft's.
//! - `<stem>.changes.md`: a summary for the committee — every figure that
//!   changed (label, id, old → new, where), then per section the paragraphs
//!   added, removed and edited, with counts.
//!
//! Both drafts are built exactly as `build` builds them (same templates);
//! their Markdown is parsed into document trees, aligned block by block
//! ([`align`]), merged ([`redline`]) and written by the DOCX writer. The OLD
//! draft is a content directory or the content at a git revision ([`git`]).
//! See docs/redline.md.

pub mod align;
pub mod git;
pub mod redline;
pub mod summary;

use std::path::PathBuf;

use crate::build::{self, Built, Inputs};
use crate::diag::{Diagnostic, Diagnostics};
use crate::docx;
use crate::t;

pub use redline::{Edit, EditKind, Stamp, What};
pub use summary::{FigureChange, Side};

/// The author of the changes unless `--author` says otherwise.
pub const DEFAULT_AUTHOR: &str = "Ban soạn thảo";

/// Where the OLD draft comes from.
#[derive(Debug, Clone)]
pub enum Old {
    /// A content directory.
    Dir(PathBuf),
    /// The NEW content directory as it was at a git revision (`HEAD~1`).
    Rev(String),
}

/// What to compare and how to stamp the changes.
#[derive(Debug, Clone)]
pub struct Request {
    pub old: Old,
    /// The NEW content directory.
    pub new: PathBuf,
    /// Templates for both drafts (`None`: the built-in ones).
    pub templates: Option<PathBuf>,
    pub author: String,
    /// `YYYY-MM-DD`; `None`: the NEW report's `date:`, else (with
    /// `Old::Rev`) the date of the newest commit of NEW's content.
    pub date: Option<String>,
}

/// The redline and the summary, in memory.
pub struct Redline {
    /// The NEW draft's output stem.
    pub stem: String,
    pub docx: Vec<u8>,
    pub summary: String,
    /// The merged tree the DOCX was written from.
    pub document: docx::tree::Document,
    pub figures: Vec<FigureChange>,
    pub edits: Vec<Edit>,
}

impl Redline {
    pub fn docx_name(&self) -> String {
        format!("{}.redline.docx", self.stem)
    }

    pub fn summary_name(&self) -> String {
        format!("{}.changes.md", self.stem)
    }

    /// The files to write: (name, bytes).
    pub fn files(&self) -> Vec<(String, Vec<u8>)> {
        vec![
            (self.docx_name(), self.docx.clone()),
            (self.summary_name(), self.summary.clone().into_bytes()),
        ]
    }
}

fn parse_date(s: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

/// How a draft is named: `Dự thảo lần 3`, or `bản chính thức`.
pub fn draft_name(b: &Built) -> String {
    match b.content.report.document.draft {
        Some(n) => format!("Dự thảo lần {n}"),
        None => "bản chính thức".to_string(),
    }
}

/// Compares two built drafts. `date` stamps the changes.
pub fn compare(
    old: &Built,
    new: &Built,
    old_side: &Side,
    new_side: &Side,
    author: &str,
    date: chrono::NaiveDate,
) -> Result<Redline, Diagnostic> {
    let stamp = Stamp {
        author: author.to_string(),
        date: format!("{}T00:00:00Z", date.format("%Y-%m-%d")),
    };
    let od = docx::parse_markdown(&old.markdown);
    // NEW's provenance: accepting every change gives NEW's paragraphs, so
    // its marks go to the paragraphs of the redline that read as NEW's
    let (nd, marks) = docx::parse_marked(&new.marked);
    let mut nd = nd;
    nd.identity = Some(new.identity.clone());
    let (document, edits) = redline::diff_documents(&od, &nd, &stamp);
    let bytes = docx::write_docx_marked(&document, &new.profile, &marks)
        .map_err(|e| Diagnostic::error("docx", t!("diff-docx-failed", reason = e)))?;
    let figures = summary::figure_changes(
        (&old.figures, &old.content),
        (&new.figures, &new.content),
        old_side,
        new_side,
    );
    let header = summary::Header {
        old_name: draft_name(old),
        new_name: draft_name(new),
        old_side,
        new_side,
        redline: format!("{}.redline.docx", new.stem),
        author,
        date: crate::format::short_date(date),
    };
    let text = summary::render(&header, &figures, &edits);
    Ok(Redline {
        stem: new.stem.clone(),
        docx: bytes,
        summary: text,
        document,
        figures,
        edits,
    })
}

/// Builds one side; its errors go to `diags`, paths shown as the side shows
/// them, with a note saying which draft failed.
fn build_side(
    what: &str,
    side: &Side,
    templates: &Option<PathBuf>,
    diags: &mut Diagnostics,
) -> Option<Built> {
    let mut d = Diagnostics::default();
    let inputs = Inputs {
        content: side.dir.clone(),
        templates: templates.clone(),
    };
    let built = build::build(&inputs, &mut d);
    for mut x in d.items {
        if let Some(l) = &mut x.span {
            l.file = PathBuf::from(side.show(&l.file));
        }
        for r in &mut x.related {
            r.span.file = PathBuf::from(side.show(&r.span.file));
        }
        diags.push(x);
    }
    if built.is_none() {
        diags.push(
            Diagnostic::error(
                "diff",
                match what {
                    "OLD" => t!("diff-old-does-not-build", side = side.name()),
                    _ => t!("diff-new-does-not-build", side = side.name()),
                },
            )
            .hint(t!(
                "diff-does-not-build-hint",
                dir = side.name().trim_end_matches('/')
            )),
        );
    }
    built
}

/// Runs a request: exports the OLD content if it is a git revision, builds
/// both drafts, compares them. All problems go to `diags`.
pub fn run(req: &Request, diags: &mut Diagnostics) -> Option<Redline> {
    // the author is written into every tracked change: one line of text,
    // no character XML does not allow
    let author = req.author.trim();
    if author.is_empty()
        || author.chars().count() > 100
        || author
            .chars()
            .any(|c| c.is_control() || crate::content::forbidden_char(c))
    {
        diags.push(
            Diagnostic::error(
                "usage",
                t!("diff-bad-author", author = author.escape_debug()),
            )
            .expected(t!("diff-bad-author-expected")),
        );
        return None;
    }
    let flag_date = match req.date.as_deref() {
        Some(s) => match parse_date(s) {
            Some(d) => Some(d),
            None => {
                diags.push(
                    Diagnostic::error("usage", t!("diff-bad-date", date = s))
                        .expected(t!("diff-bad-date-expected")),
                );
                return None;
            }
        },
        None => None,
    };
    let mut _exported = None;
    let old_side = match &req.old {
        Old::Dir(d) => Side {
            dir: d.clone(),
            label: None,
            commit: None,
        },
        Old::Rev(rev) => match git::export(&req.new, rev) {
            Ok(e) => {
                let side = Side {
                    dir: e.path(),
                    label: Some(e.label.clone()),
                    commit: Some(e.commit.clone()),
                };
                _exported = Some(e);
                side
            }
            Err(d) => {
                diags.push(d);
                return None;
            }
        },
    };
    let new_side = Side {
        dir: req.new.clone(),
        label: None,
        commit: None,
    };
    let old = build_side("OLD", &old_side, &req.templates, diags);
    let new = build_side("NEW", &new_side, &req.templates, diags);
    let (old, new) = (old?, new?);
    // The date of the changes: never the clock (the same inputs give the
    // same bytes) and never none (a client shows an undated change as
    // 01/01/1970): --date, else NEW's `date:`, else, comparing with a git
    // revision, the date of the newest commit of NEW's content.
    let from_git = || match &req.old {
        Old::Rev(_) => git::newest_commit_date(&req.new),
        Old::Dir(_) => None,
    };
    let date = flag_date
        .or_else(|| {
            new.content
                .report
                .document
                .date
                .as_deref()
                .and_then(parse_date)
        })
        .or_else(from_git);
    let Some(date) = date else {
        diags.push(
            Diagnostic::error("usage", t!("diff-date-needed"))
                .expected(t!("diff-bad-date-expected"))
                .hint(t!("diff-date-needed-hint")),
        );
        return None;
    };
    match compare(&old, &new, &old_side, &new_side, &req.author, date) {
        Ok(r) => Some(r),
        Err(d) => {
            diags.push(d);
            None
        }
    }
}
