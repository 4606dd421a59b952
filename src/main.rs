//! The `baocao` command line: thin commands over the library's pipeline.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use baocao::build::{self, Inputs};
use baocao::content::{Files, Source};
use baocao::diag::{count, render_human, Diagnostics, Severity};
use baocao::timing;

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

/// What diagnostics point into: the files, read again, and the built-in
/// templates by their names.
fn files() -> Files {
    let files = Files::new();
    for (path, text) in baocao::render::errors::builtin_sources() {
        files.add(Source::new(path, text.to_string()));
    }
    files
}

/// Prints the diagnostics: human ones on standard error, JSON on standard
/// output.
fn emit(diags: &Diagnostics, format: Format) {
    let files = files();
    match format {
        Format::Human => {
            for d in diags.sorted() {
                eprintln!("{}", render_human(d, &files));
            }
        }
        Format::Json => {
            let list: Vec<serde_json::Value> = diags
                .sorted()
                .into_iter()
                .map(|d| {
                    let mut d = d.clone();
                    d.resolve(&files);
                    d.to_json()
                })
                .collect();
            let doc = serde_json::json!({
                "errors": diags.errors(),
                "warnings": diags.warnings(),
                "diagnostics": list,
            });
            println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        }
    }
}

/// `baocao build` (with `out`) and `baocao check`.
fn run(common: Common, out: Option<PathBuf>) -> u8 {
    let mut diags = Diagnostics::default();
    let inputs = Inputs {
        content: common.content.clone(),
        templates: templates_dir(common.templates.clone()),
    };
    let Some(built) = build::build(&inputs, &mut diags) else {
        emit(&diags, common.format);
        if common.format == Format::Human {
            eprintln!(
                "error: {}; nothing was written",
                count(diags.errors(), "error")
            );
        }
        return diags.exit_status();
    };
    for mut f in built.findings.iter().cloned() {
        if common.strict {
            f.severity = Severity::Error;
        }
        diags.push(f);
    }
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
        return if failed { diags.exit_status() } else { 0 };
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
    let docx = match built.docx() {
        Ok(b) => b,
        Err(d) => {
            diags.push(d);
            emit(&diags, common.format);
            return 1;
        }
    };
    timing::mark("docx made");
    let files = [
        (format!("{}.md", built.stem), built.markdown.into_bytes()),
        (format!("{}.docx", built.stem), docx),
    ];
    match build::write_outputs(&out, &files) {
        Ok(paths) => {
            timing::mark("outputs in place");
            emit(&diags, common.format);
            if common.format == Format::Human {
                for p in paths {
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
        Err(()) => diags.exit_status(),
    }
}

fn main() -> std::process::ExitCode {
    timing::mark("start");
    let cli = Cli::parse();
    let status = match cli.command {
        Command::Build { common, out } => run(common, Some(out)),
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
    timing::mark("end");
    std::process::ExitCode::from(status)
}
