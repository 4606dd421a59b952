//! Runs the pipeline: content → figures → numbered report → Markdown (and
//! checks) → DOCX, and writes the outputs so that a failed run writes
//! nothing: every file goes to a temporary file beside its destination and
//! is renamed into place only when all outputs of the run are ready.

use std::path::{Path, PathBuf};

use crate::content::{Content, Files};
use crate::diag::{Diagnostic, Diagnostics};
use crate::docx::{self, Profile};
use crate::figures::Figures;
use crate::{check, numbered, render, t, timing};

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
    /// The numbered report the Markdown was rendered from.
    pub report: numbered::Report,
    pub profile: Profile,
    /// `bao-cao-chinh-tri-du-thao-lan-3`.
    pub stem: String,
    pub markdown: String,
    /// The Markdown with the provenance markers of every text
    /// ([`crate::provenance`]): what the DOCX is made from.
    pub marked: String,
    /// Consistency findings (warnings; errors under `--strict`), located.
    pub findings: Vec<Diagnostic>,
}

impl Built {
    /// The DOCX, made from the Markdown.
    pub fn docx(&self) -> Result<Vec<u8>, Diagnostic> {
        docx::marked_markdown_to_docx(&self.marked, &self.profile)
            .map_err(|e| Diagnostic::error("docx", t!("build-docx-failed", reason = e)))
    }
}

/// The DOCX format profile of the content: the named profile with the
/// report's settings applied.
pub fn profile(content: &Content, diags: &mut Diagnostics) -> Option<Profile> {
    let spec = &content.report.format;
    let name = spec.profile.as_deref().unwrap_or("36-HD/VPTW");
    let Some(mut p) = Profile::named(name) else {
        diags.push(
            Diagnostic::error("unknown-profile", t!("build-unknown-profile", name = name))
                .at_loc(content.report_src.loc("format.profile"))
                .expected(t!(
                    "build-unknown-profile-expected",
                    names = Profile::NAMES.join(", ")
                ))
                .hint(t!("build-unknown-profile-hint")),
        );
        return None;
    };
    p.apply(&spec.settings);
    Some(p)
}

/// Loads, resolves, numbers, renders and checks; all problems go to
/// `diags`, the consistency findings to `Built::findings`, every one
/// located (its span resolved to a line and column).
///
/// Every stage that can run does, so that one run reports as much as it
/// can: all files are read even when one of them is broken; once they are
/// all read, the figures are resolved and every sentence is rendered even
/// when a figure has a problem (a figure that cannot be used reports where
/// it is used as well).
pub fn build(inputs: &Inputs, diags: &mut Diagnostics) -> Option<Built> {
    let built = run(inputs, diags);
    let files = Files::new();
    if let Some(b) = &built {
        for (_, _, src) in &b.content.sections {
            files.add(src.clone());
        }
        files.add(b.content.report_src.clone());
    }
    diags.resolve(&files);
    built.map(|mut b| {
        for f in &mut b.findings {
            f.resolve(&files);
        }
        b
    })
}

fn run(inputs: &Inputs, diags: &mut Diagnostics) -> Option<Built> {
    let content = Content::load(&inputs.content, diags);
    // the templates' problems are reported whatever the content's
    let mut found = Diagnostics::default();
    let templates = render::load_templates(inputs.templates.as_deref(), &mut found);
    diags.extend(found.items);
    let (content, templates) = (content?, templates?);
    if diags.has_errors() {
        return None;
    }
    timing::mark("content and templates read");
    let figures = Figures::resolve(&content, diags);
    let profile = profile(&content, diags);
    diags.extend(check::slots(&content));
    let report = numbered::number(&content, &figures, diags);
    timing::mark("figures resolved, report numbered");
    let rendered = render::render(&content, &figures, &report, &templates, diags);
    timing::mark("rendered");
    if diags.has_errors() {
        return None;
    }
    let marked = rendered?.markdown;
    let markdown = render::tidy_markdown(&crate::provenance::strip(&marked));
    let findings = check::check(&content, &figures, &report);
    timing::mark("checked");
    let stem = render::output_stem(&content);
    Some(Built {
        content,
        figures,
        report,
        profile: profile?,
        stem,
        markdown,
        marked,
        findings,
    })
}

/// Writes all `files` (name → bytes) into `dir` atomically as a set: each is
/// written to a temporary file in `dir` first; only when every one is
/// written are they renamed into place. On error nothing is replaced: a
/// rename that fails after others succeeded puts the earlier files back.
pub fn write_outputs(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<Vec<PathBuf>, Diagnostic> {
    if dir.exists() && !dir.is_dir() {
        return Err(
            Diagnostic::error("io", t!("build-out-not-dir", dir = dir.display()))
                .hint(t!("build-out-not-dir-hint")),
        );
    }
    std::fs::create_dir_all(dir)
        .map_err(|e| io_err(t!("build-cannot-create-out", dir = dir.display()), e))?;
    let files: Vec<(PathBuf, &[u8])> = files
        .iter()
        .map(|(name, bytes)| (dir.join(name), bytes.as_slice()))
        .collect();
    write_set(&files)
}

/// [`write_outputs`] for files that go to several directories (which
/// must exist, or are created): all of them are written, or none.
pub fn write_files(files: &[(PathBuf, Vec<u8>)]) -> Result<Vec<PathBuf>, Diagnostic> {
    for (path, _) in files {
        let dir = path.parent().unwrap_or(Path::new("."));
        if dir.exists() && !dir.is_dir() {
            return Err(
                Diagnostic::error("io", t!("build-out-not-dir", dir = dir.display()))
                    .hint(t!("build-out-not-dir-hint")),
            );
        }
        if !dir.as_os_str().is_empty() {
            std::fs::create_dir_all(dir)
                .map_err(|e| io_err(t!("build-cannot-create-out", dir = dir.display()), e))?;
        }
    }
    let files: Vec<(PathBuf, &[u8])> = files
        .iter()
        .map(|(p, bytes)| (p.clone(), bytes.as_slice()))
        .collect();
    write_set(&files)
}

/// Writes each file to a temporary file beside it, then renames them all
/// into place (see [`write_outputs`]).
fn write_set(files: &[(PathBuf, &[u8])]) -> Result<Vec<PathBuf>, Diagnostic> {
    use std::io::Write;
    // Every output to a temporary file beside its destination (removed
    // when dropped, if not renamed into place).
    let mut staged = Vec::new();
    for (dest, bytes) in files {
        let dest = dest.clone();
        let dir = match dest.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let dir = dir.as_path();
        let name = dest
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut tmp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(|e| io_err(t!("build-cannot-write-in", dir = dir.display()), e))?;
        tmp.write_all(bytes)
            .map_err(|e| io_err(t!("build-cannot-write", file = dest.display()), e))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = tmp
                .as_file()
                .set_permissions(std::fs::Permissions::from_mode(0o644));
        }
        staged.push((tmp, dest));
    }
    // Each rename is atomic; so that the set is too, the earlier outputs
    // are kept (as hard links, or copies) until all are in place, and put
    // back if a rename fails half-way.
    let mut backups = Vec::new();
    for (_, dest) in &staged {
        if dest.is_file() {
            let name = dest.file_name().unwrap_or_default().to_string_lossy();
            let b = dest.with_file_name(format!(".{name}.previous"));
            let _ = std::fs::remove_file(&b);
            let kept =
                std::fs::hard_link(dest, &b).or_else(|_| std::fs::copy(dest, &b).map(|_| ()));
            if let Err(e) = kept {
                backups.into_iter().flatten().for_each(|b: PathBuf| {
                    let _ = std::fs::remove_file(b);
                });
                return Err(io_err(t!("build-cannot-keep", file = dest.display()), e));
            }
            backups.push(Some(b));
        } else {
            backups.push(None);
        }
    }
    let mut written: Vec<PathBuf> = Vec::new();
    let mut failure = None;
    for (tmp, dest) in staged {
        match tmp.persist(&dest) {
            Ok(_) => written.push(dest),
            Err(e) => {
                failure = Some(io_err(
                    t!("build-cannot-replace", file = dest.display()),
                    e.error,
                ));
                break;
            }
        }
    }
    if failure.is_some() {
        for (dest, backup) in written.iter().zip(&backups) {
            match backup {
                Some(b) => {
                    let _ = std::fs::rename(b, dest);
                }
                None => {
                    let _ = std::fs::remove_file(dest);
                }
            }
        }
    }
    for b in backups.into_iter().flatten() {
        let _ = std::fs::remove_file(b);
    }
    match failure {
        Some(d) => Err(d),
        None => Ok(written),
    }
}

fn io_err(what: String, e: std::io::Error) -> Diagnostic {
    Diagnostic::error("io", format!("{what}: {}", crate::content::io_reason(&e)))
        .hint(t!("build-io-hint"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outputs_are_written_as_a_set_and_leave_no_copies() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        std::fs::write(dir.join("a.md"), "bản cũ").unwrap();
        let files = vec![
            ("a.md".to_string(), "bản mới".as_bytes().to_vec()),
            ("b.docx".to_string(), b"PK".to_vec()),
        ];
        let written = write_outputs(dir, &files).unwrap();
        assert_eq!(written, vec![dir.join("a.md"), dir.join("b.docx")]);
        assert_eq!(
            std::fs::read_to_string(dir.join("a.md")).unwrap(),
            "bản mới"
        );
        // the copies of the replaced outputs and the temporary files are gone
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        assert_eq!(names, vec!["a.md", "b.docx"]);
    }

    #[test]
    fn a_set_that_cannot_be_renamed_into_place_puts_the_earlier_files_back() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        std::fs::write(dir.join("a.md"), "bản cũ").unwrap();
        // a directory where the second output should go: its rename fails
        std::fs::create_dir(dir.join("b.docx")).unwrap();
        std::fs::write(dir.join("b.docx/x"), "").unwrap();
        let files = vec![
            ("a.md".to_string(), "bản mới".as_bytes().to_vec()),
            ("b.docx".to_string(), b"PK".to_vec()),
        ];
        assert!(write_outputs(dir, &files).is_err());
        assert_eq!(std::fs::read_to_string(dir.join("a.md")).unwrap(), "bản cũ");
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        assert_eq!(names, vec!["a.md", "b.docx"]);
    }
}
