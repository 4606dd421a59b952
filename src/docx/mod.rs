//! The DOCX writer: Markdown (docs/markdown.md) → our document tree →
//! docx-rs → the XML fix pass → a deterministic, schema-valid DOCX that
//! looks like a Party document (../shared/FORMAT.md, as a [`Profile`]).
//!
//! ```no_run
//! use baocao::docx::{markdown_to_docx, document_text, Profile};
//! let bytes = markdown_to_docx("# BÁO CÁO {.kind}\n", &Profile::default()).unwrap();
//! assert_eq!(document_text(&bytes), vec!["BÁO CÁO"]);
//! ```

pub mod bookmarks;
pub mod fixup;
pub mod package;
pub mod profile;
pub mod table;
pub mod tree;
pub mod writer;

pub use package::document_text;
pub use profile::{HeadingFormat, LineSpacing, ParaAlign, Profile, ProfileOverrides};

use std::fmt;

/// Why a DOCX could not be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocxError {
    /// docx-rs or the zip writer/reader failed.
    Zip(String),
    /// A part docx-rs wrote could not be parsed by the fix pass.
    Xml(String),
}

impl fmt::Display for DocxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocxError::Zip(m) => write!(f, "DOCX package: {m}"),
            DocxError::Xml(m) => write!(f, "DOCX XML: {m}"),
        }
    }
}

impl std::error::Error for DocxError {}

/// Markdown → document tree (pulldown-cmark with tables and heading
/// attributes, smart punctuation off).
pub fn parse_markdown(md: &str) -> tree::Document {
    tree::parse(md)
}

/// Document tree → DOCX bytes. Runs that carry a
/// [`Change`](tree::Change) become tracked changes (`w:ins` / `w:del`).
///
/// docx-rs builds the whole document; its parts go through the fix pass
/// and are zipped in one go ([`package::pack`]).
pub fn write_docx(doc: &tree::Document, profile: &Profile) -> Result<Vec<u8>, DocxError> {
    write_docx_marked(doc, profile, &[])
}

/// [`write_docx`] with the provenance bookmarks of `marks` (the document's
/// paragraphs in order, see [`bookmarks`]).
pub fn write_docx_marked(
    doc: &tree::Document,
    profile: &Profile,
    marks: &[bookmarks::MarkedParagraph],
) -> Result<Vec<u8>, DocxError> {
    let xml = writer::build(doc, profile).build();
    let mut parts = package::parts(xml);
    for (name, data) in parts.iter_mut() {
        if name == "docProps/core.xml" {
            *data = core_xml(doc, profile);
        }
    }
    let opts = fixup::FixOptions {
        lang: profile.lang.clone(),
    };
    package::pack(parts, &opts, marks)
}

/// Markdown with provenance markers ([`crate::provenance`]) → the tree of
/// the plain Markdown and the marks of its paragraphs.
pub fn parse_marked(md: &str) -> (tree::Document, Vec<bookmarks::MarkedParagraph>) {
    let mut doc = parse_markdown(md);
    let marks = bookmarks::extract(&mut doc);
    (doc, marks)
}

/// Markdown with provenance markers → DOCX bytes with a bookmark around
/// every marked text.
pub fn marked_markdown_to_docx(md: &str, profile: &Profile) -> Result<Vec<u8>, DocxError> {
    let (doc, marks) = parse_marked(md);
    write_docx_marked(&doc, profile, &marks)
}

/// Markdown → DOCX bytes.
pub fn markdown_to_docx(md: &str, profile: &Profile) -> Result<Vec<u8>, DocxError> {
    write_docx(&parse_markdown(md), profile)
}

/// `docProps/core.xml`: docx-rs writes "unknown" as author and no title;
/// Word's File › Info and the congress pack's file list show ours instead.
fn core_xml(doc: &tree::Document, profile: &Profile) -> Vec<u8> {
    let (title, creator) = package::document_identity(doc);
    package::core_properties(&title, &creator, &profile.lang)
}
