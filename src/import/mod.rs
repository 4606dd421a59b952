//! `baocao import`: from a draft (a Word file, or its text) to a content
//! tree that `baocao build` turns back into the draft — and, for `baocao
//! check DRAFT`, the same in memory, with each finding located at the
//! draft's headings and sentences.
//!
//! ```text
//! DRAFT ──► draft (paragraphs, Word's numbers, emphasis, header table)
//!       ──► outline (parts, chapters, sections, items, targets, paragraphs)
//!       ──► emit (report.yaml + section files by area, figures from
//!           sentences, a side table draft ↔ YAML)
//! ```
//!
//! Nothing of the draft's wording or numbers changes on the way: what the
//! content model cannot keep as the draft has it is said in the summary.

pub mod areas;
mod docx;
pub mod draft;
mod emit;
mod figures;
pub mod locate;
pub mod outline;
mod xml;
mod yaml;

use std::path::{Path, PathBuf};

pub use areas::Mapping;
pub use emit::{Origin, Origins, Stats, Tree};

use crate::diag::Diagnostic;
use crate::t;

/// A draft, imported.
pub struct Imported {
    pub draft: draft::Draft,
    pub doc: outline::Doc,
    pub tree: Tree,
}

/// Reads and imports a draft file.
pub fn import(path: &Path, map: &Mapping) -> Result<Imported, Diagnostic> {
    let draft = draft::read(path)?;
    crate::timing::mark("draft read");
    import_draft(draft, map)
}

/// Imports a draft already read.
pub fn import_draft(draft: draft::Draft, map: &Mapping) -> Result<Imported, Diagnostic> {
    import_with(draft, map, true)
}

/// Imports a draft; without `figures`, every sentence stays prose (the
/// stated counts of target groups still become figures, for `check`).
pub fn import_with(
    draft: draft::Draft,
    map: &Mapping,
    figures: bool,
) -> Result<Imported, Diagnostic> {
    let doc = outline::read(&draft)?;
    crate::timing::mark("outline read");
    let name = draft
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut emitter = emit::Emitter::new(&doc, map, &name);
    emitter.ex.enabled = figures;
    let tree = emitter.emit();
    crate::timing::mark("content tree made");
    Ok(Imported { draft, doc, tree })
}

/// Writes the tree's files into a fresh directory `dir`.
pub fn write_files(dir: &Path, tree: &Tree) -> std::io::Result<()> {
    for (name, text) in &tree.files {
        std::fs::write(dir.join(name), text)?;
    }
    Ok(())
}

/// Whether `dir` exists and holds anything.
pub fn non_empty(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|mut d| d.next().is_some())
}

fn io_err(what: String, e: std::io::Error) -> Diagnostic {
    Diagnostic::error("io", format!("{what}: {}", crate::content::io_reason(&e)))
        .hint(t!("import-io-hint"))
}

/// Writes the tree into `out` atomically: into a temporary directory
/// beside it, checked to build, then renamed into place. A non-empty `out`
/// is an error unless `force`, which replaces the tree's files in it as one
/// set (other files stay).
pub fn write_tree(out: &Path, tree: &Tree, force: bool) -> Result<Vec<PathBuf>, Diagnostic> {
    if out.exists() && !out.is_dir() {
        return Err(
            Diagnostic::error("io", t!("import-out-not-dir", dir = out.display()))
                .hint(t!("import-out-hint")),
        );
    }
    let occupied = non_empty(out);
    if occupied && !force {
        return Err(Diagnostic::error(
            "import-out",
            t!("import-out-not-empty", dir = out.display()),
        )
        .hint(t!("import-out-not-empty-hint")));
    }
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent)
        .map_err(|e| io_err(t!("import-cannot-create", dir = parent.display()), e))?;
    let tmp = tempfile::Builder::new()
        .prefix(".baocao-import.")
        .tempdir_in(&parent)
        .map_err(|e| io_err(t!("import-cannot-create", dir = parent.display()), e))?;
    write_files(tmp.path(), tree)
        .map_err(|e| io_err(t!("import-cannot-write", dir = tmp.path().display()), e))?;
    crate::timing::mark("tree written");
    // what is written must build: else it is the import's fault, and nothing is written
    verify(tmp.path())?;
    crate::timing::mark("tree built");
    let names: Vec<PathBuf> = tree.files.iter().map(|(n, _)| out.join(n)).collect();
    if occupied {
        let files: Vec<(String, Vec<u8>)> = tree
            .files
            .iter()
            .map(|(n, t)| (n.clone(), t.clone().into_bytes()))
            .collect();
        crate::build::write_outputs(out, &files)?;
        return Ok(names);
    }
    if out.is_dir() {
        // empty: replaced by the new one
        std::fs::remove_dir(out)
            .map_err(|e| io_err(t!("import-cannot-create", dir = out.display()), e))?;
    }
    let kept = tmp.keep();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&kept, std::fs::Permissions::from_mode(0o755));
    }
    if let Err(e) = std::fs::rename(&kept, out) {
        let _ = std::fs::remove_dir_all(&kept);
        return Err(io_err(t!("import-cannot-create", dir = out.display()), e));
    }
    crate::timing::mark("tree in place");
    Ok(names)
}

/// Builds the tree in `dir`: an error (the import's) when it does not.
pub fn verify(dir: &Path) -> Result<(), Diagnostic> {
    let mut diags = crate::diag::Diagnostics::default();
    let inputs = crate::build::Inputs {
        content: dir.to_path_buf(),
        templates: None,
    };
    let built = crate::build::build(&inputs, &mut diags);
    if built.is_some() && !diags.has_errors() {
        return Ok(());
    }
    let first = diags
        .items
        .iter()
        .find(|d| d.is_error())
        .map(|d| {
            let at = d
                .location()
                .map(|l| {
                    format!(
                        " ({}:{})",
                        l.file.file_name().unwrap_or_default().to_string_lossy(),
                        l.line
                    )
                })
                .unwrap_or_default();
            format!("{}{at}", d.message)
        })
        .unwrap_or_default();
    Err(
        Diagnostic::error("import-bug", t!("import-does-not-build", reason = first))
            .hint(t!("import-does-not-build-hint")),
    )
}

/// The summary of an import: what it read and made, and what it could not
/// keep as the draft has it.
pub fn summary(imp: &Imported) -> Vec<String> {
    let s = &imp.tree.stats;
    let mut out = vec![t!(
        "import-summary",
        paragraphs = s.paragraphs,
        headings = s.headings,
        targets = s.targets,
        figures = s.figures
    )];
    out.push(t!(
        "import-summary-numbers",
        in_figures = s.numbers_in_figures,
        stated = s.numbers_stated,
        prose = s.numbers_as_prose
    ));
    if imp.doc.ignored > 0 {
        out.push(t!("import-summary-ignored", count = imp.doc.ignored));
    }
    if imp.draft.table_paragraphs > 0 {
        out.push(t!(
            "import-summary-tables",
            count = imp.draft.table_paragraphs
        ));
    }
    if s.emphasis_dropped > 0 {
        out.push(t!("import-summary-emphasis", count = s.emphasis_dropped));
    }
    for n in imp.doc.notes.iter().chain(&imp.tree.notes) {
        let mut args: Vec<(&str, String)> = n.args.iter().map(|(k, v)| (*k, v.clone())).collect();
        args.push(("at", n.at.to_string()));
        out.push(crate::i18n::message(n.key, &args));
    }
    out
}
