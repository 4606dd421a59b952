//! `baocao review RETURNED.docx`: the committee's markup, brought back.
//!
//! A DOCX that baocao built carries the provenance of every text it prints
//! (hidden bookmarks, [`crate::docx::bookmarks`]). When the committee sends
//! it back with tracked changes and comments, this module
//!
//! 1. reads the changes and comments ([`returned`]) and the document as it
//!    was before them;
//! 2. builds the content as it is now and matches the returned document's
//!    paragraphs to the built ones, by their bookmarks (and, for the few
//!    paragraphs without, by their text);
//! 3. locates every change in the text it falls in ([`locate`]): the YAML
//!    file, line and column, the heading path, the sentence; for a number
//!    a figure prints, the figure and field ([`figure`]), through a map of
//!    which character of a rendered text comes from where in its template
//!    ([`template`]);
//! 4. with `--apply`, edits the YAML in place ([`yaml`], [`apply`]) —
//!    prose in the literal text of a paragraph or heading, a figure's
//!    input, a paragraph added or deleted — and checks by building again
//!    that the report then reads as the reviewer's text;
//! 5. lists every change and comment ([`report`]), as Markdown for the
//!    secretary, as JSON, and on the terminal.

pub mod apply;
pub mod figure;
pub mod locate;
pub mod report;
pub mod returned;
pub mod template;
pub mod yaml;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::build::{self, Built, Inputs};
use crate::diag::{Diagnostic, Diagnostics, Span};
use crate::docx::bookmarks::Mark;
use crate::t;

/// What to review.
#[derive(Debug, Clone)]
pub struct Request {
    /// The returned DOCX.
    pub docx: PathBuf,
    /// The content directory.
    pub content: PathBuf,
    /// Templates (`None`: the built-in ones).
    pub templates: Option<PathBuf>,
    /// Edit the YAML.
    pub apply: bool,
    /// Authors whose tracked changes are taken as made (the redline's own:
    /// [`crate::diff::DEFAULT_AUTHOR`]).
    pub accept_authors: Vec<String>,
}

/// What kind of change an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Words replaced by others.
    Replace,
    /// Words inserted.
    Insert,
    /// Words deleted.
    Delete,
    /// A new paragraph.
    NewParagraph,
    /// A paragraph deleted.
    DeletedParagraph,
    /// A paragraph split in two, or two joined.
    ParagraphBreak,
    /// Text moved (`w:moveFrom` / `w:moveTo`).
    Move,
    /// A formatting change.
    Format,
    Comment,
    /// A paragraph of the file that reads differently from the content
    /// without a tracked change, or that the content does not have.
    Untracked,
    /// A paragraph of the content that the file does not have.
    Missing,
}

/// Whether a change was (or can be) applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// `--apply` would apply it.
    Applicable,
    /// Applied (with `--apply`).
    Applied,
    /// Not applied, for `reason`.
    NotApplicable,
}

/// A place in a YAML file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    /// The file as the content folder names it (`content/economy.yaml`).
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// The YAML path of the value (`slots.results[0].body[1]`).
    pub path: String,
}

impl Place {
    /// `content/economy.yaml:381:17`.
    pub fn short(&self) -> String {
        format!("{}:{}:{}", self.file, self.line, self.column)
    }
}

/// The sentence a change is in, around it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Sentence {
    pub before: String,
    pub old: String,
    pub new: String,
    pub after: String,
}

/// An input a derived number comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Input {
    /// `gia_tri_san_xuat.target`.
    pub field: String,
    /// As the report prints it plainly (`1.786`).
    pub value: String,
    pub place: Option<Place>,
}

/// A number a figure prints, changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FigureRef {
    pub id: String,
    pub label: String,
    /// `value`, `pct_target`, `parts.vang`.
    pub field: String,
    /// Where the field is written (an input), or the figure (derived).
    pub place: Option<Place>,
    /// As printed before and as the reviewer wrote it.
    pub old: String,
    pub new: String,
    /// The field's value, as YAML writes it, before and after (inputs).
    pub old_value: Option<String>,
    pub new_value: Option<String>,
    /// Whether the field is derived from others.
    pub derived: bool,
    /// How it is derived (`76,6 ÷ 87 × 100`).
    pub formula: Option<String>,
    pub inputs: Vec<Input>,
}

/// Why a change is not applied: a stable code and the message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub code: &'static str,
    pub message: String,
}

/// An edit of the YAML a change gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Characters `a..b` of the string at `path` replaced by `new`.
    Text {
        file: PathBuf,
        path: String,
        a: usize,
        b: usize,
        new: String,
    },
    /// The number at `path` set to `value` (as YAML writes it).
    Number {
        file: PathBuf,
        path: String,
        value: String,
    },
    /// A new string item beside the list item at `path` (after it, or
    /// before).
    InsertItem {
        file: PathBuf,
        path: String,
        after: bool,
        texts: Vec<String>,
    },
    /// The list item at `path` removed.
    RemoveItem { file: PathBuf, path: String },
}

impl Edit {
    pub fn file(&self) -> &Path {
        match self {
            Edit::Text { file, .. }
            | Edit::Number { file, .. }
            | Edit::InsertItem { file, .. }
            | Edit::RemoveItem { file, .. } => file,
        }
    }
}

/// One change or comment, located.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    /// 1-based, in document order.
    pub n: usize,
    pub kind: Kind,
    pub author: String,
    /// As the file gives it (`2025-03-01T00:00:00Z`).
    pub date: String,
    /// The headings above the paragraph: part, chapter, section, item.
    pub heading_path: Vec<String>,
    pub sentence: Sentence,
    /// The text before and after the change (a comment: the text it is
    /// anchored on, and its own text in `comment`).
    pub old: String,
    pub new: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Where the text comes from in the YAML.
    pub source: Option<Place>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub figure: Option<FigureRef>,
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<Reason>,
    #[serde(skip)]
    pub edit: Option<Edit>,
    /// The change groups ([`returned::Returned::groups`]) it is made of.
    #[serde(skip)]
    pub groups: Vec<usize>,
    /// The original paragraph it is in.
    #[serde(skip)]
    pub para: Option<usize>,
}

impl Item {
    pub fn not_applicable(&mut self, code: &'static str, message: String) {
        self.status = Status::NotApplicable;
        self.reason = Some(Reason { code, message });
        self.edit = None;
    }
}

/// A paragraph that applying the changes changes besides the changes
/// themselves: a number derived from a changed figure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Consequence {
    pub heading_path: Vec<String>,
    pub old: String,
    pub new: String,
    pub source: Option<Place>,
}

/// The review, in memory.
pub struct Review {
    /// The returned file's name without `.docx`.
    pub stem: String,
    pub docx: PathBuf,
    pub items: Vec<Item>,
    pub consequences: Vec<Consequence>,
    /// Paragraphs of the returned file that do not match the content as it
    /// is (changed since, or not from it), and how many paragraphs it has.
    pub unmatched: usize,
    pub stale: usize,
    pub paragraphs: usize,
    /// With `--apply`: the YAML files edited, (path, new bytes).
    pub edited: Vec<(PathBuf, Vec<u8>)>,
    pub applied: bool,
}

impl Review {
    pub fn markdown_name(&self) -> String {
        format!("{}.review.md", self.stem)
    }
    pub fn json_name(&self) -> String {
        format!("{}.review.json", self.stem)
    }
    /// The lists to write into the output directory: (name, bytes).
    pub fn files(&self) -> Vec<(String, Vec<u8>)> {
        vec![
            (self.markdown_name(), report::markdown(self).into_bytes()),
            (self.json_name(), report::json(self).into_bytes()),
        ]
    }
}

/// A paragraph of the built document.
#[derive(Debug, Clone)]
pub struct BuiltPara {
    pub text: String,
    pub marks: Vec<Mark>,
    /// The headings above it.
    pub path: Vec<String>,
    pub heading: bool,
}

/// A text of the content that the document prints.
#[derive(Debug, Clone)]
pub struct TextInfo {
    pub span: Span,
    pub template: String,
    /// The figure whose fields a target's sentence prints as variables.
    pub figure: Option<String>,
    /// The short names its paragraph binds (`with:` name → figure id).
    pub with: Vec<(String, String)>,
    /// Printed from the YAML value but not as it is written (the place and
    /// date line, the draft marker, a part's number).
    pub generated: bool,
    /// Rendered with the document fields only (`document.title`).
    pub doc_level: bool,
}

/// The content as built now, and what maps the document back to it.
pub struct Context {
    pub built: Built,
    pub paras: Vec<BuiltPara>,
    /// Bookmark name → (paragraph, mark).
    pub names: HashMap<String, (usize, usize)>,
    pub texts: HashMap<String, TextInfo>,
    pub tera: tera::Tera,
    /// What sentences see (`f`, `doc`), and what the title sees.
    pub ctx: tera::Context,
    pub doc_ctx: tera::Context,
    pub figures_json: serde_json::Value,
    pub inputs: Inputs,
}

/// A diagnostic of the review: an error with a hint.
fn error(code: &'static str, message: String, hint: String) -> Diagnostic {
    Diagnostic::error(code, message).hint(hint)
}

impl Context {
    /// Builds the content and indexes it; the build's problems go to
    /// `diags`.
    pub fn new(inputs: &Inputs, diags: &mut Diagnostics) -> Option<Context> {
        let built = build::build(inputs, diags)?;
        if diags.has_errors() {
            return None;
        }
        Some(Context::of(built, inputs.clone()))
    }

    pub fn of(built: Built, inputs: Inputs) -> Context {
        let (doc, marks) = crate::docx::parse_marked(&built.marked);
        let paths = locate::heading_paths(&doc);
        let mut paras = Vec::new();
        let mut names = HashMap::new();
        for (k, (p, (path, heading))) in marks.into_iter().zip(paths).enumerate() {
            for (j, m) in p.marks.iter().enumerate() {
                names.entry(m.name.clone()).or_insert((k, j));
            }
            paras.push(BuiltPara {
                text: p.text,
                marks: p.marks,
                path,
                heading,
            });
        }
        let texts = locate::texts(&built);
        let mut tera = tera::Tera::new();
        crate::filters::register(&mut tera);
        let mut d = Diagnostics::default();
        let mut doc = crate::render::doc_json(&built.content, &mut d);
        let figures_json = built.figures.to_json();
        let mut doc_ctx = tera::Context::new();
        doc_ctx.insert("doc", &doc);
        doc_ctx.insert("f", &figures_json);
        for key in ["subtitle", "title"] {
            let tpl = doc[key].as_str().unwrap_or("").to_string();
            if let Ok(s) = tera.render_str(&tpl, &doc_ctx, false) {
                doc[key] = serde_json::json!(s.split_whitespace().collect::<Vec<_>>().join(" "));
            }
        }
        let mut ctx = tera::Context::new();
        ctx.insert("f", &figures_json);
        ctx.insert("doc", &doc);
        Context {
            built,
            paras,
            names,
            texts,
            tera,
            ctx,
            doc_ctx,
            figures_json,
            inputs,
        }
    }

    /// The place of the value at `path` of `file`; `exact`: only if the
    /// file has that very path (not an ancestor's).
    pub fn place(&self, file: &Path, path: &str) -> Option<Place> {
        let src = self.built.content.source(file)?;
        let (line, column) = src.value_pos(path)?;
        Some(Place {
            file: file.display().to_string(),
            line,
            column,
            path: path.to_string(),
        })
    }

    /// The file a figure is defined in.
    pub fn figure_file(&self, id: &str) -> Option<PathBuf> {
        let f = self.built.figures.get(id)?;
        self.built
            .content
            .sections
            .iter()
            .find(|(name, _, _)| *name == f.section)
            .map(|(_, _, src)| src.path.clone())
    }
}

/// Runs a review: reads the returned DOCX, builds the content, locates
/// every change and comment, and with `apply` edits the YAML (in memory:
/// [`Review::edited`]). Problems go to `diags`; `None` when the review
/// cannot be made.
pub fn run(req: &Request, diags: &mut Diagnostics) -> Option<Review> {
    let shown = req.docx.display().to_string();
    let bytes = match std::fs::read(&req.docx) {
        Ok(b) => b,
        Err(e) => {
            diags.push(error(
                "io",
                t!(
                    "review-cannot-read",
                    file = shown,
                    reason = crate::content::io_reason(&e)
                ),
                t!("review-cannot-read-hint"),
            ));
            return None;
        }
    };
    let mut returned = match returned::Returned::read(&bytes) {
        Ok(r) => r,
        Err(returned::ReadError::NotDocx) => {
            diags.push(error(
                "not-docx",
                t!("review-not-docx", file = shown),
                t!("review-not-docx-hint"),
            ));
            return None;
        }
        Err(returned::ReadError::BadXml(m)) => {
            diags.push(error(
                "not-docx",
                t!("review-bad-xml", file = shown, reason = m),
                t!("review-not-docx-hint"),
            ));
            return None;
        }
    };
    returned.accept_authors(&req.accept_authors);
    if !returned.has_bookmark(crate::provenance::is_name) {
        diags.push(error(
            "no-provenance",
            t!("review-no-provenance", file = shown),
            t!("review-no-provenance-hint"),
        ));
        return None;
    }
    let inputs = Inputs {
        content: req.content.clone(),
        templates: req.templates.clone(),
    };
    let cx = Context::new(&inputs, diags)?;
    let mut review = locate::review(&cx, &returned, &req.docx);
    if req.apply {
        match apply::apply(&cx, &returned, &mut review) {
            Ok(()) => {}
            Err(d) => {
                diags.push(d);
                return None;
            }
        }
    }
    Some(review)
}
