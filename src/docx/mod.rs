//! The DOCX writer: Markdown (docs/markdown.md) → our document tree →
//! docx-rs → the XML fix pass → a deterministic, schema-valid DOCX that
//! looks like a Party document (../shared/FORMAT.md, as a [`Profile`]).
//!
//! ```no_run
//! use baocao::docx::{markdown_to_docx, document_text, Profile};
//! let bytes = markdown_to_docx("# BÁO CÁO {.kind}\n", &Profile::default()).unwrap();
//! assert_eq!(document_text(&bytes), vec!["BÁO CÁO"]);
//! ```

pub mod fixup;
pub mod package;
pub mod profile;
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
pub fn write_docx(doc: &tree::Document, profile: &Profile) -> Result<Vec<u8>, DocxError> {
    let xml = writer::build(doc, profile).build();
    crate::tmark!("docx-rs built");
    crate::tmark!("x");
    let opts = fixup::FixOptions {
        lang: profile.lang.clone(),
    };
    let mut parts = package::parts(xml);
    // docx-rs writes "unknown" as author and no title: Word's File › Info
    // and the congress pack's file list show ours instead.
    let (title, creator) = package::document_identity(doc);
    for (name, data) in parts.iter_mut() {
        if name == "docProps/core.xml" {
            *data = package::core_properties(&title, &creator, &profile.lang);
        }
    }
    package::pack(parts, &opts)
}

/// Markdown → DOCX bytes.
pub fn markdown_to_docx(md: &str, profile: &Profile) -> Result<Vec<u8>, DocxError> {
    crate::tmark!("docx start");
    let d = parse_markdown(md);
    crate::tmark!("md parsed");
    write_docx(&d, profile)
    //    write_docx(&parse_markdown(md), profile)
}
