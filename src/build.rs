//! Runs the pipeline: content → figures → Markdown (→ DOCX), and writes the
//! outputs so that a failed run writes nothing: every file goes to a
//! temporary file beside its destination and is renamed into place only
//! when all outputs of the run are ready.

use std::path::{Path, PathBuf};

use crate::content::Content;
use crate::diag::{Diagnostic, Diagnostics};
use crate::figures::Figures;
use crate::render;

/// Where the inputs are.
#[derive(Debug, Clone)]
pub struct Inputs {
    pub content: PathBuf,
    /// `None`: the built-in templates.
    pub templates: Option<PathBuf>,
}

/// A built report, in memory.
pub struct Built {
    pub content: Content,
    pub figures: Figures,
    pub stem: String,
    pub markdown: String,
}

/// Loads, resolves and renders; all problems go to `diags`.
pub fn build(inputs: &Inputs, diags: &mut Diagnostics) -> Option<Built> {
    let content = Content::load(&inputs.content, diags);
    let templates = render::load_templates(inputs.templates.as_deref(), diags);
    let content = content?;
    let (tera, _) = templates?;
    let figures = Figures::resolve(&content, diags);
    if diags.has_errors() {
        return None;
    }
    let rendered = render::render(&content, &figures, &tera, diags)?;
    let stem = render::output_stem(&content);
    Some(Built { content, figures, stem, markdown: rendered.markdown })
}

/// Writes all `files` (name → bytes) into `dir` atomically as a set: each is
/// written to a temporary file in `dir` first; only when every one is
/// written are they renamed into place. On error nothing is replaced.
pub fn write_outputs(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<Vec<PathBuf>, Diagnostic> {
    let io_err = |what: String, e: std::io::Error| {
        Diagnostic::error("io", format!("{what}: {e}"))
            .hint("check that the output directory is writable (or pass --out DIR)")
    };
    std::fs::create_dir_all(dir).map_err(|e| io_err(format!("cannot create output directory {}", dir.display()), e))?;
    let mut staged = Vec::new();
    for (name, bytes) in files {
        let mut tmp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(|e| io_err(format!("cannot write in {}", dir.display()), e))?;
        use std::io::Write;
        tmp.write_all(bytes)
            .and_then(|_| tmp.as_file().sync_all())
            .map_err(|e| io_err(format!("cannot write {}", dir.join(name).display()), e))?;
        staged.push((tmp, dir.join(name)));
    }
    let mut written = Vec::new();
    for (tmp, dest) in staged {
        tmp.persist(&dest).map_err(|e| io_err(format!("cannot replace {}", dest.display()), e.error))?;
        written.push(dest);
    }
    Ok(written)
}
