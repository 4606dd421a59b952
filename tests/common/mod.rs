//! Shared helpers for the integration tests: copy a content tree, edit it
//! the way an editor would (text replacement in one file), build it.
#![allow(dead_code)]

pub mod office;
pub mod tracked;

use std::path::{Path, PathBuf};

use baocao::build::{self, Built, Inputs};
use baocao::diag::Diagnostics;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies `src` (a content directory) into a fresh temporary directory.
pub fn copy_tree(src: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for e in walkdir::WalkDir::new(src)
        .into_iter()
        .filter_map(|e| e.ok())
    {
        let rel = e.path().strip_prefix(src).unwrap();
        let dest = dir.path().join(rel);
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(e.path(), &dest).unwrap();
        }
    }
    dir
}

/// Replaces `from` by `to` in `file` of `dir`; the text must occur exactly once.
pub fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let p = dir.join(file);
    let text = std::fs::read_to_string(&p).unwrap();
    assert_eq!(
        text.matches(from).count(),
        1,
        "`{from}` must occur once in {file}"
    );
    std::fs::write(&p, text.replacen(from, to, 1)).unwrap();
}

/// Builds the content in `dir` with the built-in templates.
pub fn build(dir: &Path) -> Result<Built, Diagnostics> {
    let mut diags = Diagnostics::default();
    let inputs = Inputs {
        content: dir.to_path_buf(),
        templates: Some(root().join("templates")),
    };
    match build::build(&inputs, &mut diags) {
        Some(b) if !diags.has_errors() => Ok(b),
        _ => Err(diags),
    }
}

/// The paragraphs (blocks separated by blank lines) of a Markdown text.
pub fn paragraphs(md: &str) -> Vec<String> {
    md.split("\n\n")
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// The paragraphs that differ between two renderings (same count expected).
pub fn changed(before: &str, after: &str) -> Vec<(String, String)> {
    let a = paragraphs(before);
    let b = paragraphs(after);
    assert_eq!(a.len(), b.len(), "paragraph count changed");
    a.into_iter().zip(b).filter(|(x, y)| x != y).collect()
}
