//! Runs the pipeline: content → figures → numbered report → Markdown (and
//! checks) → DOCX, and writes the outputs so that a failed run writes
//! nothing: every file goes to a temporary file beside its destination and
//! is renamed into place only when all outputs of the run are ready.

use std::path::{Path, PathBuf};

use crate::content::{Content, Files};
use crate::diag::{Diagnostic, Diagnostics};
use crate::docx::{self, Profile};
use crate::figures::Figures;
use crate::{appendix, check, numbered, render, t, timing};

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
    /// The appendices' tables, computed.
    pub appendices: Vec<appendix::Appendix>,
    pub profile: Profile,
    /// `bao-cao-chinh-tri-du-thao-lan-3`.
    pub stem: String,
    pub markdown: String,
    /// The title and author of the DOCX's properties: the report's title
    /// (rendered) and its issuing body.
    pub identity: docx::tree::Identity,
    /// The Markdown with the provenance markers of every text
    /// ([`crate::provenance`]): what the DOCX is made from.
    pub marked: String,
    /// Consistency findings (warnings; errors under `--strict`), located.
    pub findings: Vec<Diagnostic>,
}

impl Built {
    /// The DOCX, made from the Markdown.
    pub fn docx(&self) -> Result<Vec<u8>, Diagnostic> {
        let (mut doc, marks) = docx::parse_marked(&self.marked);
        doc.identity = Some(self.identity.clone());
        docx::write_docx_marked(&doc, &self.profile, &marks)
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
    check_profile(&p, content, diags).then_some(p)
}

/// The profile's figures a DOCX can be made with: sizes above zero,
/// margins and spaces not below it, margins that leave a text area, a
/// language tag and a font name that are plain words. False, and each
/// problem located at its setting, otherwise.
fn check_profile(p: &Profile, content: &Content, diags: &mut Diagnostics) -> bool {
    let mut ok = true;
    let mut bad = |key: &str, value: String, expected: String| {
        ok = false;
        diags.push(
            Diagnostic::error(
                "bad-value",
                t!("build-bad-setting", key = key, value = value),
            )
            .at_loc(content.report_src.loc(&format!("format.settings.{key}")))
            .expected(expected),
        );
    };
    let positive = [
        ("page_width_mm", p.page_width_mm),
        ("page_height_mm", p.page_height_mm),
        ("body_size_pt", p.body_size_pt),
        ("header_size_pt", p.header_size_pt),
        ("party_name_size_pt", p.party_name_size_pt),
        ("kind_size_pt", p.kind_size_pt),
        ("title_size_pt", p.title_size_pt),
        ("subtitle_size_pt", p.subtitle_size_pt),
        ("page_number_size_pt", p.page_number_size_pt),
        ("table_size_pt", p.table_size_pt),
    ];
    for (key, v) in positive {
        if !(v.is_finite() && v > 0.0 && v < 10_000.0) {
            bad(key, v.to_string(), t!("build-setting-positive"));
        }
    }
    let not_negative = [
        ("margin_top_mm", p.margin_top_mm),
        ("margin_bottom_mm", p.margin_bottom_mm),
        ("margin_left_mm", p.margin_left_mm),
        ("margin_right_mm", p.margin_right_mm),
        ("header_distance_mm", p.header_distance_mm),
        ("footer_distance_mm", p.footer_distance_mm),
        ("first_line_indent_mm", p.first_line_indent_mm),
        ("space_before_pt", p.space_before_pt),
        ("space_after_pt", p.space_after_pt),
        ("header_date_space_before_pt", p.header_date_space_before_pt),
        ("kind_space_before_pt", p.kind_space_before_pt),
        ("subtitle_space_after_pt", p.subtitle_space_after_pt),
    ];
    for (key, v) in not_negative {
        if !(v.is_finite() && (0.0..10_000.0).contains(&v)) {
            bad(key, v.to_string(), t!("build-setting-not-negative"));
        }
    }
    // margins that leave a text area, when each is a usable number itself;
    // said at the larger margin the report sets (else the page size it sets)
    let usable = |v: f32| v.is_finite() && (0.0..10_000.0).contains(&v);
    let o = &content.report.format.settings;
    let pairs = [
        [
            (
                "margin_left_mm",
                p.margin_left_mm,
                o.margin_left_mm.is_some(),
            ),
            (
                "margin_right_mm",
                p.margin_right_mm,
                o.margin_right_mm.is_some(),
            ),
            ("page_width_mm", p.page_width_mm, o.page_width_mm.is_some()),
        ],
        [
            ("margin_top_mm", p.margin_top_mm, o.margin_top_mm.is_some()),
            (
                "margin_bottom_mm",
                p.margin_bottom_mm,
                o.margin_bottom_mm.is_some(),
            ),
            (
                "page_height_mm",
                p.page_height_mm,
                o.page_height_mm.is_some(),
            ),
        ],
    ];
    for (i, [a, b, page]) in pairs.into_iter().enumerate() {
        if !(usable(a.1) && usable(b.1) && usable(page.1) && page.1 > 0.0) || a.1 + b.1 < page.1 {
            continue;
        }
        let (big, small) = if b.1 > a.1 { (b, a) } else { (a, b) };
        let (key, v, _) = [big, small, page].into_iter().find(|x| x.2).unwrap_or(big);
        let (a, b, page) = (a.1.to_string(), b.1.to_string(), page.1.to_string());
        let expected = if i == 0 {
            t!(
                "build-setting-margins-width",
                left = a,
                right = b,
                page = page
            )
        } else {
            t!(
                "build-setting-margins-height",
                top = a,
                bottom = b,
                page = page
            )
        };
        bad(key, v.to_string(), expected);
    }
    let tag_ok = {
        let mut parts = p.lang.split('-');
        let first = parts.next().unwrap_or("");
        (2..=3).contains(&first.len())
            && first.chars().all(|c| c.is_ascii_alphabetic())
            && parts
                .all(|x| (1..=8).contains(&x.len()) && x.chars().all(|c| c.is_ascii_alphanumeric()))
    };
    if !tag_ok {
        bad("lang", p.lang.clone(), t!("build-setting-lang"));
    }
    let font_ok = !p.font.trim().is_empty()
        && p.font.len() <= 64
        && p.font
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'));
    if !font_ok {
        bad("font", p.font.clone(), t!("build-setting-font"));
    }
    ok
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
    // The templates are compiled while the content is read; their problems
    // are reported whatever the content's, after them.
    let mut found = Diagnostics::default();
    let (content, templates) = rayon::join(
        || Content::load(&inputs.content, diags),
        || render::load_templates(inputs.templates.as_deref(), &mut found),
    );
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
    let appendices = appendix::build(&content, &figures, &report, diags);
    timing::mark("figures resolved, report numbered");
    let rendered = render::render(&content, &figures, &report, &appendices, &templates, diags);
    timing::mark("rendered");
    if diags.has_errors() {
        return None;
    }
    let rendered = rendered?;
    let identity = docx::tree::Identity {
        title: crate::provenance::strip(rendered.view.doc["title"].as_str().unwrap_or("")),
        author: content.report.document.issuing_body.clone(),
    };
    let marked = rendered.markdown;
    let markdown = render::tidy_markdown(&crate::provenance::strip(&marked));
    let mut findings = check::check(&content, &figures, &report);
    findings.extend(appendix::check::check(&content, &figures, &appendices));
    findings.extend(check::stated_counts(&rendered.listed));
    timing::mark("checked");
    let stem = render::output_stem(&content);
    Some(Built {
        content,
        figures,
        report,
        appendices,
        profile: profile?,
        stem,
        markdown,
        identity,
        marked,
        findings,
    })
}

/// The journal of a set of outputs being renamed into place: one line a
/// file, `temporary name` TAB `name`. Written (and synced) before the
/// first rename, removed after the last; found by a later run, it means
/// that run was killed half-way, and the set is completed first.
const JOURNAL: &str = ".baocao-journal";

/// The lock of an output folder: two runs writing into one folder take
/// turns, so their files cannot mix.
const LOCK: &str = ".baocao-lock";

/// Writes all `files` (name → bytes) into `dir` as a set: each is written
/// (and synced) to a temporary file in `dir` first; only when every one is
/// written are they renamed into place. On error nothing is replaced: a
/// rename that fails after others succeeded puts the earlier files back.
/// A run killed between the renames leaves a journal from which the next
/// run into `dir` completes the set before it writes its own; the
/// temporary files a killed run leaves are removed then too.
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
        .map(|(name, bytes)| {
            debug_assert!(plain_output_name(name), "{name}");
            (dir.join(name), bytes.as_slice())
        })
        .collect();
    write_set(&files)
}

/// [`write_outputs`] for files that go to several directories (which
/// must exist, or are created): all of them are written, or none.
pub fn write_files(files: &[(PathBuf, Vec<u8>)]) -> Result<Vec<PathBuf>, Diagnostic> {
    for (path, _) in files {
        let dir = parent(path);
        if dir.exists() && !dir.is_dir() {
            return Err(
                Diagnostic::error("io", t!("build-out-not-dir", dir = dir.display()))
                    .hint(t!("build-out-not-dir-hint")),
            );
        }
        std::fs::create_dir_all(&dir)
            .map_err(|e| io_err(t!("build-cannot-create-out", dir = dir.display()), e))?;
    }
    let files: Vec<(PathBuf, &[u8])> = files
        .iter()
        .map(|(p, bytes)| (p.clone(), bytes.as_slice()))
        .collect();
    write_set(&files)
}

/// The folder a file is written into.
fn parent(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Writes each file to a temporary file beside it, then renames them all
/// into place, each folder locked and journalled (see [`write_outputs`]).
fn write_set(files: &[(PathBuf, &[u8])]) -> Result<Vec<PathBuf>, Diagnostic> {
    use std::io::Write;
    let mut dirs: Vec<PathBuf> = files.iter().map(|(p, _)| parent(p)).collect();
    dirs.sort();
    dirs.dedup();
    // (locked in one order, so that two runs cannot wait for each other)
    let mut locks = Vec::new();
    for dir in &dirs {
        let lock = std::fs::File::create(dir.join(LOCK))
            .and_then(|f| f.lock().map(|_| f))
            .map_err(|e| io_err(t!("build-cannot-write-in", dir = dir.display()), e))?;
        locks.push(lock);
        recover(dir);
    }
    // Every output to a temporary file beside its destination (removed
    // when dropped, if not renamed into place).
    let mut staged = Vec::new();
    for (dest, bytes) in files {
        let dir = parent(dest);
        let name = dest.file_name().unwrap_or_default().to_string_lossy();
        let mut tmp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .tempfile_in(&dir)
            .map_err(|e| io_err(t!("build-cannot-write-in", dir = dir.display()), e))?;
        tmp.write_all(bytes)
            .and_then(|_| tmp.as_file().sync_all())
            .map_err(|e| io_err(t!("build-cannot-write", file = dest.display()), e))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = tmp
                .as_file()
                .set_permissions(std::fs::Permissions::from_mode(0o644));
        }
        staged.push((tmp, dest.clone()));
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
    // the journal of each folder: its files' temporary and final names
    for dir in &dirs {
        let name = |p: &Path| {
            p.file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned()
        };
        let journal: String = staged
            .iter()
            .filter(|(_, dest)| parent(dest) == *dir)
            .map(|(tmp, dest)| format!("{}\t{}\n", name(tmp.path()), name(dest)))
            .collect();
        std::fs::write(dir.join(JOURNAL), journal)
            .and_then(|_| std::fs::File::open(dir.join(JOURNAL))?.sync_all())
            .map_err(|e| io_err(t!("build-cannot-write-in", dir = dir.display()), e))?;
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
    for dir in &dirs {
        sync_dir(dir);
        let _ = std::fs::remove_file(dir.join(JOURNAL));
    }
    for b in backups.into_iter().flatten() {
        let _ = std::fs::remove_file(b);
    }
    drop(locks);
    match failure {
        Some(d) => Err(d),
        None => Ok(written),
    }
}

/// What a killed run left in `dir` (its lock held): a journal's set is
/// completed, then its temporary files and copies of replaced outputs are
/// removed.
fn recover(dir: &Path) {
    if let Ok(journal) = std::fs::read_to_string(dir.join(JOURNAL)) {
        for line in journal.lines() {
            if let Some((tmp, dest)) = line.split_once('\t') {
                if plain_output_name(tmp.trim_start_matches('.')) && plain_output_name(dest) {
                    let _ = std::fs::rename(dir.join(tmp), dir.join(dest));
                }
            }
        }
        sync_dir(dir);
        let _ = std::fs::remove_file(dir.join(JOURNAL));
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let ours = [".md.", ".docx.", ".json."]
            .iter()
            .any(|x| name.contains(x))
            && name.starts_with('.')
            && (name.ends_with(".tmp") || name.ends_with(".previous"));
        if ours && e.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// An output's name: a file name without a folder, not hidden.
fn plain_output_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && !name.contains(['/', '\\'])
        && !name.chars().any(char::is_control)
}

/// Makes the renames in `dir` durable (where the system allows).
fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
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
        assert_eq!(names, vec![".baocao-lock", "a.md", "b.docx"]);
    }

    #[test]
    fn a_set_left_half_renamed_by_a_killed_run_is_completed_by_the_next() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        // a killed run: a.md renamed already, b.docx still a temporary file,
        // and the journal; plus a temporary file and a copy of another run
        std::fs::write(dir.join("a.md"), "mới").unwrap();
        std::fs::write(dir.join("b.docx"), "cũ").unwrap();
        std::fs::write(dir.join(".b.docx.Xy12ab.tmp"), "mới").unwrap();
        std::fs::write(dir.join(".c.md.Zz99zz.tmp"), "rác").unwrap();
        std::fs::write(dir.join(".b.docx.previous"), "cũ").unwrap();
        std::fs::write(
            dir.join(JOURNAL),
            ".a.md.Aa11aa.tmp\ta.md\n.b.docx.Xy12ab.tmp\tb.docx\n",
        )
        .unwrap();
        // a user's own hidden file stays
        std::fs::write(dir.join(".ghi-chu"), "của người dùng").unwrap();
        write_outputs(dir, &[("c.md".to_string(), b"c".to_vec())]).unwrap();
        assert_eq!(std::fs::read_to_string(dir.join("b.docx")).unwrap(), "mới");
        assert_eq!(std::fs::read_to_string(dir.join("a.md")).unwrap(), "mới");
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(
            names,
            vec![".baocao-lock", ".ghi-chu", "a.md", "b.docx", "c.md"]
        );
    }

    #[test]
    fn two_runs_writing_into_one_folder_do_not_mix_their_files() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        let runs: Vec<_> = (0..4)
            .map(|k| {
                let dir = dir.clone();
                std::thread::spawn(move || {
                    for i in 0..25 {
                        let v = format!("{k}-{i}").into_bytes();
                        let files = [("a.md".to_string(), v.clone()), ("b.docx".to_string(), v)];
                        write_outputs(&dir, &files).unwrap();
                        // each run's pair is whole when it returns
                    }
                })
            })
            .collect();
        for r in runs {
            r.join().unwrap();
        }
        assert_eq!(
            std::fs::read(dir.join("a.md")).unwrap(),
            std::fs::read(dir.join("b.docx")).unwrap()
        );
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
        assert_eq!(names, vec![".baocao-lock", "a.md", "b.docx"]);
    }
}
