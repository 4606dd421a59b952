//! Runs the pipeline: content → figures → checks → Markdown → DOCX, and
//! writes the outputs so that a failed run writes nothing: every file goes
//! to a temporary file beside its destination and is renamed into place
//! only when all outputs of the run are ready.

use std::path::{Path, PathBuf};

use crate::content::Content;
use crate::diag::{Diagnostic, Diagnostics};
use crate::docx::{self, Profile};
use crate::figures::Figures;
use crate::{check, render};

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
    pub profile: Profile,
    /// `bao-cao-chinh-tri-du-thao-lan-3`.
    pub stem: String,
    pub markdown: String,
    /// Consistency findings (warnings; errors under `--strict`).
    pub findings: Vec<Diagnostic>,
}

impl Built {
    /// The DOCX, made from the Markdown.
    #[allow(clippy::result_large_err)] // a diagnostic is the error, as everywhere
    pub fn docx(&self) -> Result<Vec<u8>, Diagnostic> {
        docx::markdown_to_docx(&self.markdown, &self.profile)
            .map_err(|e| Diagnostic::error("docx", format!("cannot write the DOCX: {e}")))
    }
}

/// The DOCX format profile of the content: the named profile with the
/// report's settings applied.
pub fn profile(content: &Content, diags: &mut Diagnostics) -> Option<Profile> {
    let spec = &content.report.format;
    let name = spec.profile.as_deref().unwrap_or("36-HD/VPTW");
    let Some(mut p) = Profile::named(name) else {
        diags.push(
            Diagnostic::error(
                "unknown-profile",
                format!("there is no format profile `{name}`"),
            )
            .at_loc(content.report_src.loc("format.profile"))
            .expected(format!("one of: {}", Profile::NAMES.join(", ")))
            .hint("leave `profile:` out for the default (36-HD/VPTW)"),
        );
        return None;
    };
    p.apply(&spec.settings);
    Some(p)
}

/// Loads, resolves, checks and renders; all problems go to `diags`, the
/// consistency findings to `Built::findings`.
///
/// Every stage that can run does, so that one run reports as much as it
/// can: all files are read even when one of them is broken; once they are
/// all read, the figures are resolved and every sentence is rendered even
/// when a figure has a problem (a figure that cannot be used reports where
/// it is used as well).
pub fn build(inputs: &Inputs, diags: &mut Diagnostics) -> Option<Built> {
    // The layout templates are compiled while the content is read; their
    // diagnostics come after the content's, as when run one after the other.
    let (content, (templates, found)) = rayon::join(
        || Content::load(&inputs.content, diags),
        || {
            crate::tmark!("templates: start");
            let mut found = Diagnostics::default();
            let templates = render::load_templates(inputs.templates.as_deref(), &mut found);
            crate::tmark!("templates: compiled");
            (templates, found)
        },
    );
    diags.extend(found.items);
    crate::tmark!("content loaded");
    // (load_templates gives nothing when any error is known by then)
    let templates = templates.filter(|_| !diags.has_errors());
    let content = content?;
    let (tera, paths) = templates?;
    // (the profile's problems are reported after the figures')
    let mut profile_diags = Diagnostics::default();
    let profile = profile(&content, &mut profile_diags);
    let mut rendering = Diagnostics::default();
    let (figures, rendered, mut findings) = {
        let figures = Figures::resolve(&content, diags);
        diags.extend(profile_diags.items);
        crate::tmark!("figures resolved");
        // The checks (and the source positions their findings need) run
        // beside the rendering (rayon::join); they only matter for content
        // without errors.
        let checkable = !diags.has_errors();
        let (rendered, findings) = rayon::join(
            || render::render(&content, &figures, &tera, &mut rendering),
            || {
                if checkable {
                    check::check(&content, &figures)
                } else {
                    Vec::new()
                }
            },
        );
        (figures, rendered, findings)
    };
    crate::tmark!("rendered and checked");
    crate::diag::template::relocate(&mut rendering, &paths);
    diags.extend(rendering.items);
    if diags.has_errors() {
        return None;
    }
    let rendered = rendered?;
    let render::Rendered {
        markdown,
        findings: numbering,
        ..
    } = rendered;
    findings.extend(numbering);
    let stem = render::output_stem(&content);
    Some(Built {
        content,
        figures,
        profile: profile?,
        stem,
        markdown,
        findings,
    })
}

/// Writes all `files` (name → bytes) into `dir` atomically as a set: each is
/// written to a temporary file in `dir` first; only when every one is
/// written are they renamed into place. On error nothing is replaced: a
/// rename that fails after others succeeded puts the earlier files back.
#[allow(clippy::result_large_err)] // a diagnostic is the error, as everywhere
pub fn write_outputs(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<Vec<PathBuf>, Diagnostic> {
    let mut staged = Staged::new(dir)?;
    for (name, bytes) in files {
        staged.write(name, bytes)?;
    }
    staged.commit()
}

fn io_err(what: String, e: std::io::Error) -> Diagnostic {
    Diagnostic::error("io", format!("{what}: {}", crate::content::io_reason(&e)))
        .hint("pass --out DIR with a folder you may write to")
}

/// Outputs written to temporary files beside their destinations, not yet
/// in place ([`write_outputs`] in steps, so that one output can be written
/// while another is still being made). Dropped without
/// [`commit`](Staged::commit), the temporary files are removed and nothing
/// has changed.
pub struct Staged {
    dir: PathBuf,
    files: Vec<Staging>,
}

/// One output on its way: its temporary file, where it goes, and the
/// output it replaces, kept as a hard link until the whole set is in place.
struct Staging {
    tmp: tempfile::NamedTempFile,
    dest: PathBuf,
    backup: Option<PathBuf>,
}

impl Staged {
    /// Checks (and creates) the output directory.
    #[allow(clippy::result_large_err)] // a diagnostic is the error, as everywhere
    pub fn new(dir: &Path) -> Result<Staged, Diagnostic> {
        if dir.exists() && !dir.is_dir() {
            return Err(Diagnostic::error(
                "io",
                format!(
                    "the output path {} exists and is not a directory",
                    dir.display()
                ),
            )
            .hint("pass --out DIR with a directory"));
        }
        std::fs::create_dir_all(dir).map_err(|e| {
            io_err(
                format!("cannot create the output directory {}", dir.display()),
                e,
            )
        })?;
        Ok(Staged {
            dir: dir.to_path_buf(),
            files: Vec::new(),
        })
    }

    /// Makes the temporary file for `dir/name` (empty until
    /// [`write`](Staged::write)), and keeps the present `dir/name`, if any,
    /// as `dir/.name.previous` until the set is in place: a set that fails
    /// half-way puts it back.
    #[allow(clippy::result_large_err)] // a diagnostic is the error, as everywhere
    pub fn open(&mut self, name: &str) -> Result<(), Diagnostic> {
        let dir = &self.dir;
        if self.files.iter().any(|f| f.dest == dir.join(name)) {
            return Ok(());
        }
        let tmp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(|e| io_err(format!("cannot write in {}", dir.display()), e))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = tmp
                .as_file()
                .set_permissions(std::fs::Permissions::from_mode(0o644));
        }
        let dest = dir.join(name);
        let backup = if dest.is_file() {
            let b = dir.join(format!(".{name}.previous"));
            let _ = std::fs::remove_file(&b);
            std::fs::hard_link(&dest, &b)
                .or_else(|_| std::fs::copy(&dest, &b).map(|_| ()))
                .map_err(|e| io_err(format!("cannot keep a copy of {}", dest.display()), e))?;
            Some(b)
        } else {
            None
        };
        self.files.push(Staging { tmp, dest, backup });
        Ok(())
    }

    /// Writes `bytes` to the temporary file for `dir/name` (made now if
    /// [`open`](Staged::open) was not called for it).
    #[allow(clippy::result_large_err)] // a diagnostic is the error, as everywhere
    pub fn write(&mut self, name: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        self.open(name)?;
        let dest = self.dir.join(name);
        let f = self
            .files
            .iter_mut()
            .find(|f| f.dest == dest)
            .expect("opened above");
        use std::io::Write;
        f.tmp
            .write_all(bytes)
            .map_err(|e| io_err(format!("cannot write {}", dest.display()), e))
    }

    /// Renames every staged file into place, as a set (see
    /// [`write_outputs`]); the paths written, in the order opened.
    #[allow(clippy::result_large_err)] // a diagnostic is the error, as everywhere
    pub fn commit(mut self) -> Result<Vec<PathBuf>, Diagnostic> {
        // Each rename is atomic; so that the set is too, the earlier outputs
        // were kept (as hard links, or copies) when opened, and are put back
        // if a rename fails half-way.
        let staged = std::mem::take(&mut self.files);
        let mut written: Vec<(PathBuf, Option<PathBuf>)> = Vec::new();
        let mut failure = None;
        let mut rest = staged.into_iter();
        for Staging { tmp, dest, backup } in rest.by_ref() {
            match tmp.persist(&dest) {
                Ok(_) => written.push((dest, backup)),
                Err(e) => {
                    if let Some(b) = backup {
                        let _ = std::fs::remove_file(b);
                    }
                    failure = Some(io_err(
                        format!("cannot replace {}", dest.display()),
                        e.error,
                    ));
                    break;
                }
            }
        }
        if let Some(d) = failure {
            for Staging { backup, .. } in rest {
                if let Some(b) = backup {
                    let _ = std::fs::remove_file(b);
                }
            }
            for (dest, backup) in written {
                match backup {
                    Some(b) => {
                        let _ = std::fs::rename(b, &dest);
                    }
                    None => {
                        let _ = std::fs::remove_file(&dest);
                    }
                }
            }
            return Err(d);
        }
        // Removing a replaced output frees its blocks, the slowest step
        // here: the outputs' are removed at the same time.
        use rayon::prelude::*;
        written.par_iter().with_max_len(1).for_each(|(_, backup)| {
            if let Some(b) = backup {
                let _ = std::fs::remove_file(b);
            }
        });
        Ok(written.into_iter().map(|(dest, _)| dest).collect())
    }
}

impl Drop for Staged {
    /// Not committed: the temporary files go (tempfile removes them) and
    /// so do the copies of the earlier outputs, which stay in place.
    fn drop(&mut self) {
        for f in &self.files {
            if let Some(b) = &f.backup {
                let _ = std::fs::remove_file(b);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staged_outputs_dropped_without_commit_leave_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        std::fs::write(dir.join("a.md"), "bản cũ").unwrap();
        let mut s = Staged::new(dir).unwrap();
        s.write("a.md", "bản mới".as_bytes()).unwrap();
        s.write("b.docx", b"PK").unwrap();
        drop(s);
        let names: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec!["a.md"]);
        assert_eq!(std::fs::read_to_string(dir.join("a.md")).unwrap(), "bản cũ");
        // committed, both are in place
        let mut s = Staged::new(dir).unwrap();
        s.write("a.md", "bản mới".as_bytes()).unwrap();
        s.write("b.docx", b"PK").unwrap();
        let written = s.commit().unwrap();
        assert_eq!(written, vec![dir.join("a.md"), dir.join("b.docx")]);
        assert_eq!(
            std::fs::read_to_string(dir.join("a.md")).unwrap(),
            "bản mới"
        );
        // the copies of the replaced outputs are gone
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        assert_eq!(names, vec!["a.md", "b.docx"]);
        // opened early, written later: the same
        let mut s = Staged::new(dir).unwrap();
        s.open("b.docx").unwrap();
        s.write("a.md", "bản thứ ba".as_bytes()).unwrap();
        s.write("b.docx", b"PK\x03").unwrap();
        let written = s.commit().unwrap();
        assert_eq!(written, vec![dir.join("b.docx"), dir.join("a.md")]);
        assert_eq!(std::fs::read(dir.join("b.docx")).unwrap(), b"PK\x03");
    }
}
