//! The `baocao` command line: thin commands over the library's pipeline.

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

use baocao::build::{self, Inputs};
use baocao::diag::{count, render_human, Diagnostic, Diagnostics, Severity};

/// baocao — a Party committee's political report, kept as YAML, built into
/// Markdown and DOCX in the Party's document format.
///
/// Exit status: 0 clean, 1 content errors (or findings under --strict),
/// 2 usage or I/O errors.
#[derive(Parser)]
#[command(name = "baocao", version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    /// rustc-style messages with the source line and a caret
    Human,
    /// one JSON document with every diagnostic
    Json,
}

#[derive(clap::Args, Clone)]
struct Common {
    /// The content directory (report.yaml and the section files).
    #[arg(long, default_value = "content", value_name = "DIR")]
    content: PathBuf,
    /// A directory of templates overriding the built-in ones, file by file
    /// [default: ./templates if it exists].
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
    /// How to print diagnostics.
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
    /// Treat consistency findings as errors (for a content repository's CI).
    #[arg(long)]
    strict: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Build the report: writes <out>/<stem>.md and <out>/<stem>.docx, where
    /// the stem comes from report.yaml and includes the draft number.
    /// Consistency findings are printed as warnings. A failed build writes
    /// nothing and leaves earlier outputs untouched.
    Build {
        #[command(flatten)]
        common: Common,
        /// Where to write the outputs.
        #[arg(long, default_value = "output", value_name = "DIR")]
        out: PathBuf,
    },
    /// Check the content without writing anything: every input error, and
    /// the consistency of the figures (parts and totals, percentages, area ×
    /// yield, counts, figures stated twice, growth rates, "vượt/đạt/không đạt",
    /// numbering).
    Check {
        #[command(flatten)]
        common: Common,
    },
    /// Compare two drafts: writes <out>/<stem>.redline.docx (the NEW draft
    /// with Word tracked changes against OLD) and <out>/<stem>.changes.md
    /// (changed figures; paragraphs added, removed, edited per section).
    /// See docs/redline.md.
    ///
    ///   baocao diff OLD_DIR NEW_DIR
    ///   baocao diff --from-rev HEAD~1 [NEW_DIR]   (NEW_DIR default: content)
    Diff {
        /// OLD and NEW content directories; with --from-rev only NEW.
        #[arg(value_name = "DIR", num_args = 0..=2)]
        dirs: Vec<PathBuf>,
        /// Compare against NEW's content as committed at this git revision.
        #[arg(long, value_name = "REV")]
        from_rev: Option<String>,
        /// Where to write the outputs.
        #[arg(long, default_value = "output", value_name = "DIR")]
        out: PathBuf,
        /// The author of the tracked changes.
        #[arg(long, default_value = baocao::diff::DEFAULT_AUTHOR, value_name = "NAME")]
        author: String,
        /// The date of the tracked changes [default: NEW's `date:`, else undated].
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// A directory of templates overriding the built-in ones, for both
        /// drafts [default: ./templates if it exists].
        #[arg(long, value_name = "DIR")]
        templates: Option<PathBuf>,
    },
    /// Write the JSON Schemas of the content files (report.schema.json,
    /// section.schema.json), for editors: with the YAML extension of VS Code
    /// they give completion, validation as you type and hovers (docs/editor.md).
    Schema {
        /// Where to write the schemas.
        #[arg(long, default_value = "schema", value_name = "DIR")]
        out: PathBuf,
    },
}

fn templates_dir(arg: Option<PathBuf>) -> Option<PathBuf> {
    arg.or_else(|| {
        let d = PathBuf::from("templates");
        d.is_dir().then_some(d)
    })
}

fn emit(diags: &Diagnostics, format: Format) {
    print_emitted(&emitted(diags, format));
}

/// What [`emit`] prints: (standard error, standard output).
fn emitted(diags: &Diagnostics, format: Format) -> (String, String) {
    use std::fmt::Write;
    let mut err = String::new();
    let mut out = String::new();
    match format {
        Format::Human => {
            // lossy: a file that is not UTF-8 still shows its line; each
            // file is read once however many diagnostics point into it
            let cache = std::cell::RefCell::new(std::collections::HashMap::new());
            let read = |p: &Path| -> Option<std::sync::Arc<str>> {
                cache
                    .borrow_mut()
                    .entry(p.to_path_buf())
                    .or_insert_with(|| {
                        baocao::diag::template::builtin_source(p)
                            .or_else(|| {
                                std::fs::read(p)
                                    .ok()
                                    .map(|b| String::from_utf8_lossy(&b).into_owned())
                            })
                            .map(Into::into)
                    })
                    .clone()
            };
            for d in diags.sorted() {
                let _ = writeln!(err, "{}", render_human(d, &read));
            }
        }
        Format::Json => {
            let list: Vec<&Diagnostic> = diags.sorted();
            let doc = serde_json::json!({
                "errors": diags.errors(),
                "warnings": diags.warnings(),
                "diagnostics": list,
            });
            let _ = writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&doc).unwrap_or_default()
            );
        }
    }
    (err, out)
}

fn print_emitted((err, out): &(String, String)) {
    if !err.is_empty() {
        eprint!("{err}");
    }
    if !out.is_empty() {
        print!("{out}");
    }
}

/// Exit 2 when every error is a usage or I/O problem, 1 for content errors.
fn error_status(diags: &Diagnostics) -> u8 {
    diags.exit_status()
}

#[allow(clippy::result_large_err)] // a diagnostic is the error, as everywhere
fn run(common: Common, out: Option<PathBuf>) -> u8 {
    let mut diags = Diagnostics::default();
    let inputs = Inputs {
        content: common.content.clone(),
        templates: templates_dir(common.templates.clone()),
    };
    let built = build::build(&inputs, &mut diags);
    let Some(built) = built else {
        emit(&diags, common.format);
        if common.format == Format::Human {
            eprintln!(
                "error: {}; nothing was written",
                count(diags.errors(), "error")
            );
        }
        return error_status(&diags);
    };
    let findings = |diags: &mut Diagnostics, found: Vec<Diagnostic>| {
        for mut f in found {
            if common.strict {
                f.severity = Severity::Error;
            }
            diags.push(f);
        }
    };
    findings(&mut diags, built.findings.clone());
    let failed = diags.has_errors();
    let Some(out) = out else {
        emit(&diags, common.format);
        if common.format == Format::Human {
            eprintln!(
                "check: {}, {}",
                count(diags.errors(), "error"),
                count(diags.warnings(), "warning")
            );
        }
        return if failed { error_status(&diags) } else { 0 };
    };
    if failed {
        emit(&diags, common.format);
        if common.format == Format::Human {
            eprintln!(
                "error: {} (--strict); nothing was written",
                count(diags.errors(), "error")
            );
        }
        return 1;
    }
    // The diagnostics are formatted and the Markdown written (not yet in
    // place) while the DOCX is made; the diagnostics are printed as they are
    // once the outputs are in place (else with the I/O error).
    let md_name = format!("{}.md", built.stem);
    let docx_name = format!("{}.docx", built.stem);
    let (docx, (report, staged)) = rayon::join(
        || built.docx(),
        || {
            let staged = build::Staged::new(&out).and_then(|mut s| {
                s.write(&md_name, built.markdown.as_bytes())?;
                s.open(&docx_name)?;
                Ok(s)
            });
            (emitted(&diags, common.format), staged)
        },
    );
    let docx = match docx {
        Ok(b) => b,
        Err(d) => {
            diags.push(d);
            emit(&diags, common.format);
            return 1;
        }
    };
    baocao::tmark!("docx made");
    let written = staged.and_then(|mut s| {
        s.write(&docx_name, &docx)?;
        s.commit()
    });
    // The content, the figures and the outputs are freed by the exit, not
    // piece by piece (a large share of a build's last millisecond).
    std::mem::forget((built, docx));
    match written {
        Ok(paths) => {
            baocao::tmark!("outputs in place");
            print_emitted(&report);
            for p in paths {
                if common.format == Format::Human {
                    println!("wrote {}", p.display());
                }
            }
            0
        }
        Err(d) => {
            diags.push(d);
            emit(&diags, common.format);
            if common.format == Format::Human {
                eprintln!("error: the outputs could not be written; earlier outputs are unchanged");
            }
            2
        }
    }
}

/// `baocao diff`: see [`baocao::diff`] and docs/redline.md.
fn diff(cmd: Command) -> u8 {
    use baocao::diff::{self, Old, Request};
    let Command::Diff {
        mut dirs,
        from_rev,
        out,
        author,
        date,
        templates,
    } = cmd
    else {
        return 2;
    };
    let usage = |m: &str| {
        eprintln!("error: {m}\n  usage: baocao diff OLD_DIR NEW_DIR | baocao diff --from-rev REV [NEW_DIR]");
        2
    };
    let (old, new) = match (from_rev, dirs.len()) {
        (Some(rev), 0) => (Old::Rev(rev), PathBuf::from("content")),
        (Some(rev), 1) => (Old::Rev(rev), dirs.remove(0)),
        (Some(_), _) => return usage("with --from-rev give only the NEW content directory"),
        (None, 2) => (Old::Dir(dirs.remove(0)), dirs.remove(0)),
        (None, _) => {
            return usage("give the OLD and the NEW content directories, or --from-rev REV")
        }
    };
    let req = Request {
        old,
        new,
        templates: templates_dir(templates),
        author,
        date,
    };
    let mut diags = Diagnostics::default();
    let written = diff::run(&req, &mut diags)
        .ok_or(())
        .and_then(|r| build::write_outputs(&out, &r.files()).map_err(|d| diags.push(d)));
    emit(&diags, Format::Human);
    match written {
        Ok(paths) => {
            paths.iter().for_each(|p| println!("wrote {}", p.display()));
            0
        }
        Err(()) => error_status(&diags),
    }
}

fn main() {
    baocao::tmark!("start");
    let cli = Cli::parse();
    baocao::tmark!("arguments read");
    // The work is shared with rayon. This thread is one of its workers, so
    // a join does half its work here rather than waiting for another thread
    // to wake. The pool is built last thing before the work: an idle worker
    // falls asleep, and waking it costs up to a millisecond or two, so the
    // other one is best still starting when the first work is handed out.
    // (A pool of our own, unlike the global one, does not wait here for its
    // workers to start.)
    let _pool = rayon::ThreadPoolBuilder::new().use_current_thread().build();
    let status = match cli.command {
        Command::Build { common, out } => {
            let r = run(common, Some(out));
            baocao::tmark!("end");
            r
        }
        Command::Check { common } => run(common, None),
        cmd @ Command::Diff { .. } => diff(cmd),
        Command::Schema { out } => match baocao::schema::write(&out) {
            Ok(paths) => {
                for p in paths {
                    println!("wrote {}", p.display());
                }
                0
            }
            Err(e) => {
                eprintln!(
                    "error[io]: cannot write the schemas into {}: {}",
                    out.display(),
                    baocao::content::io_reason(&e)
                );
                2
            }
        },
    };
    // Exit at once: what is left (the content, the outputs, the worker
    // thread) goes with the process rather than piece by piece, a millisecond
    // or two of a build.
    use std::io::Write;
    let _ = std::io::stdout().flush();
    std::process::exit(i32::from(status))
}
