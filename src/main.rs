use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use baocao::build::{self, Inputs};
use baocao::diag::{render_human, Diagnostics};

/// baocao — a Party committee's political report, kept as YAML, built into
/// Markdown and DOCX.
#[derive(Parser)]
#[command(name = "baocao", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the report: writes <out>/<stem>.md and <out>/<stem>.docx.
    Build {
        /// The content directory (report.yaml and the section files).
        #[arg(long, default_value = "content")]
        content: PathBuf,
        /// A directory of templates overriding the built-in ones
        /// (default: ./templates if it exists).
        #[arg(long)]
        templates: Option<PathBuf>,
        /// Where to write the outputs.
        #[arg(long, default_value = "output")]
        out: PathBuf,
    },
}

fn templates_dir(arg: Option<PathBuf>) -> Option<PathBuf> {
    arg.or_else(|| {
        let d = PathBuf::from("templates");
        d.is_dir().then_some(d)
    })
}

fn print_diags(diags: &Diagnostics) {
    let read = |p: &std::path::Path| std::fs::read_to_string(p).ok();
    for d in diags.sorted() {
        eprint!("{}", render_human(d, &read));
        eprintln!();
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build { content, templates, out } => {
            let mut diags = Diagnostics::default();
            let inputs = Inputs { content, templates: templates_dir(templates) };
            let built = build::build(&inputs, &mut diags);
            print_diags(&diags);
            let Some(built) = built else {
                eprintln!("error: build failed with {} error(s); nothing was written", diags.errors());
                return ExitCode::from(1);
            };
            let files = vec![(format!("{}.md", built.stem), built.markdown.into_bytes())];
            match build::write_outputs(&out, &files) {
                Ok(paths) => {
                    for p in paths {
                        println!("wrote {}", p.display());
                    }
                    ExitCode::SUCCESS
                }
                Err(d) => {
                    let mut ds = Diagnostics::default();
                    ds.push(d);
                    print_diags(&ds);
                    ExitCode::from(2)
                }
            }
        }
    }
}
