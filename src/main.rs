//! The `baocao` command line: thin commands over the library's pipeline.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use baocao::build::{self, Inputs};
use baocao::diag::{render_human, Diagnostic, Diagnostics, Severity};

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
}

fn templates_dir(arg: Option<PathBuf>) -> Option<PathBuf> {
    arg.or_else(|| {
        let d = PathBuf::from("templates");
        d.is_dir().then_some(d)
    })
}

fn emit(diags: &Diagnostics, format: Format) {
    match format {
        Format::Human => {
            let read = |p: &Path| std::fs::read_to_string(p).ok();
            for d in diags.sorted() {
                eprintln!("{}", render_human(d, &read));
            }
        }
        Format::Json => {
            let list: Vec<&Diagnostic> = diags.sorted();
            let doc = serde_json::json!({
                "errors": diags.errors(),
                "warnings": diags.warnings(),
                "diagnostics": list,
            });
            println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        }
    }
}

/// Exit 2 when every error is a usage or I/O problem, 1 for content errors.
fn error_status(diags: &Diagnostics) -> ExitCode {
    let io_only = diags
        .items
        .iter()
        .filter(|d| d.is_error())
        .all(|d| matches!(d.code, "io"));
    ExitCode::from(if io_only { 2 } else { 1 })
}

fn run(common: Common, out: Option<PathBuf>) -> ExitCode {
    let mut diags = Diagnostics::default();
    let inputs = Inputs {
        content: common.content.clone(),
        templates: templates_dir(common.templates.clone()),
    };
    let built = build::build(&inputs, &mut diags);
    let Some(built) = built else {
        emit(&diags, common.format);
        if common.format == Format::Human {
            eprintln!("error: {} error(s); nothing was written", diags.errors());
        }
        return error_status(&diags);
    };
    for mut f in built.findings.clone() {
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
                "check: {} error(s), {} warning(s)",
                diags.errors(),
                diags.warnings()
            );
        }
        return if failed {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        };
    };
    if failed {
        emit(&diags, common.format);
        if common.format == Format::Human {
            eprintln!(
                "error: {} error(s) (--strict); nothing was written",
                diags.errors()
            );
        }
        return ExitCode::from(1);
    }
    let docx = match built.docx() {
        Ok(b) => b,
        Err(d) => {
            diags.push(d);
            emit(&diags, common.format);
            return ExitCode::from(1);
        }
    };
    let files = vec![
        (
            format!("{}.md", built.stem),
            built.markdown.clone().into_bytes(),
        ),
        (format!("{}.docx", built.stem), docx),
    ];
    match build::write_outputs(&out, &files) {
        Ok(paths) => {
            emit(&diags, common.format);
            for p in paths {
                if common.format == Format::Human {
                    println!("wrote {}", p.display());
                }
            }
            ExitCode::SUCCESS
        }
        Err(d) => {
            diags.push(d);
            emit(&diags, common.format);
            ExitCode::from(2)
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build { common, out } => run(common, Some(out)),
        Command::Check { common } => run(common, None),
    }
}
