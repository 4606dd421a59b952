//! The `baocao` command line: thin commands over the library's pipeline.
//! Its help and messages come from the message catalog (`locales/`), in
//! Vietnamese unless `--lang en` or `BAOCAO_LANG=en` asks for English.

use std::path::PathBuf;

use clap::{ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use baocao::build::{self, Inputs};
use baocao::content::{Files, Source};
use baocao::diag::{render_human, Diagnostics, Severity};
use baocao::i18n::{self, Lang};
use baocao::{t, timing};

mod import_cli;

// The help texts are the catalog's (`cli-…` keys), filled in when the
// command is built, after the language is known (see `command`).
#[derive(Parser)]
#[command(name = "baocao", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// (help: cli-lang)
    #[arg(long, global = true, value_name = "vi|en")]
    lang: Option<String>,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    #[value(help = t!("cli-format-human"))]
    Human,
    #[value(help = t!("cli-format-json"))]
    Json,
}

#[derive(clap::Args, Clone)]
struct Common {
    #[arg(long, default_value = "content", value_name = "DIR")]
    content: PathBuf,
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
    #[arg(long)]
    strict: bool,
}

#[derive(Subcommand)]
enum Command {
    Build {
        #[command(flatten)]
        common: Common,
        #[arg(long, default_value = "output", value_name = "DIR")]
        out: PathBuf,
    },
    Check {
        #[arg(value_name = "DRAFT")]
        draft: Option<PathBuf>,
        #[command(flatten)]
        common: Common,
        #[arg(long, value_name = "FILE")]
        areas: Option<PathBuf>,
    },
    Import {
        #[arg(value_name = "DRAFT", required_unless_present = "print_areas")]
        draft: Option<PathBuf>,
        #[arg(long, default_value = "content", value_name = "DIR")]
        out: PathBuf,
        #[arg(long)]
        force: bool,
        #[arg(long, value_name = "FILE")]
        areas: Option<PathBuf>,
        #[arg(long)]
        print_areas: bool,
    },
    Diff {
        #[arg(value_name = "DIR", num_args = 0..=2)]
        dirs: Vec<PathBuf>,
        #[arg(long, value_name = "REV")]
        from_rev: Option<String>,
        #[arg(long, default_value = "output", value_name = "DIR")]
        out: PathBuf,
        #[arg(long, default_value = baocao::diff::DEFAULT_AUTHOR, value_name = "NAME")]
        author: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        #[arg(long, value_name = "DIR")]
        templates: Option<PathBuf>,
    },
    Review {
        #[arg(value_name = "DOCX")]
        docx: PathBuf,
        #[arg(long, default_value = "content", value_name = "DIR")]
        content: PathBuf,
        #[arg(long, value_name = "DIR")]
        templates: Option<PathBuf>,
        #[arg(long, default_value = "output", value_name = "DIR")]
        out: PathBuf,
        #[arg(long)]
        apply: bool,
        #[arg(long = "accept-author", value_name = "NAME", default_value = baocao::diff::DEFAULT_AUTHOR)]
        accept_author: Vec<String>,
    },
    Schema {
        #[arg(long, default_value = "schema", value_name = "DIR")]
        out: PathBuf,
    },
}

/// The help of an argument of a command, by the argument's id.
fn arg_help(command: &str, arg: &str) -> Option<String> {
    Some(match (command, arg) {
        (_, "lang") => t!("cli-lang"),
        (_, "content") => t!("cli-content"),
        ("diff", "templates") => t!("cli-diff-templates"),
        (_, "templates") => t!("cli-templates"),
        (_, "format") => t!("cli-format"),
        (_, "strict") => t!("cli-strict"),
        ("build", "out") | ("diff", "out") => t!("cli-out"),
        ("review", "out") => t!("cli-review-out"),
        ("review", "docx") => t!("cli-review-docx"),
        ("review", "apply") => t!("cli-review-apply"),
        ("review", "accept_author") => t!("cli-review-accept-author"),
        ("schema", "out") => t!("cli-schema-out"),
        ("diff", "dirs") => t!("cli-diff-dirs"),
        ("diff", "from_rev") => t!("cli-diff-from-rev"),
        ("diff", "author") => t!("cli-diff-author"),
        ("diff", "date") => t!("cli-diff-date"),
        ("import", "draft") => t!("cli-import-draft"),
        ("import", "out") => t!("cli-import-out"),
        ("import", "force") => t!("cli-import-force"),
        ("import", "print_areas") => t!("cli-import-print-areas"),
        (_, "areas") => t!("cli-areas"),
        ("check", "draft") => t!("cli-check-draft"),
        _ => return None,
    })
}

/// The command line with its help in the current language.
fn command() -> clap::Command {
    let heading = |c: clap::Command| {
        let name = c.get_name().to_string();
        let c = c
            .help_template(format!(
                "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}\n",
                t!("cli-usage")
            ))
            .subcommand_help_heading(t!("cli-commands"))
            .disable_help_flag(true)
            .disable_help_subcommand(true)
            .arg(
                clap::Arg::new("help")
                    .short('h')
                    .long("help")
                    .action(ArgAction::Help)
                    .help(t!("cli-help")),
            )
            .mut_args(|a| {
                let positional = a.is_positional();
                let help = arg_help(&name, a.get_id().as_str());
                let a = a.help_heading(if positional {
                    t!("cli-arguments")
                } else {
                    t!("cli-options")
                });
                let Some(mut help) = help else {
                    return a;
                };
                // clap's own "[default: …]" and "Possible values:" are
                // English: said here instead
                let values: Vec<String> = a
                    .get_possible_values()
                    .iter()
                    .filter_map(|v| Some(format!("{} — {}", v.get_name(), v.get_help()?)))
                    .collect();
                let defaults: Vec<String> = a
                    .get_default_values()
                    .iter()
                    .map(|v| v.to_string_lossy().into_owned())
                    .collect();
                let mut a = a;
                let names: Vec<String> = a
                    .get_value_names()
                    .unwrap_or_default()
                    .iter()
                    .map(|n| match n.as_str() {
                        "DIR" => t!("cli-value-dir"),
                        "REV" => t!("cli-value-rev"),
                        "NAME" => t!("cli-value-name"),
                        "DRAFT" => t!("cli-value-draft"),
                        "FILE" => t!("cli-value-file"),
                        other => other.to_string(),
                    })
                    .collect();
                if !names.is_empty() {
                    a = a.value_names(names);
                }
                if !values.is_empty() {
                    help = format!("{help}: {}", values.join("; "));
                    a = a.hide_possible_values(true);
                }
                if !defaults.is_empty() && a.get_action().takes_values() {
                    help = format!(
                        "{help} [{}]",
                        t!("cli-default", value = defaults.join(", "))
                    );
                    a = a.hide_default_value(true);
                }
                a.help(help)
            });
        c
    };
    let mut root = heading(Cli::command())
        .about(t!("cli-about"))
        .long_about(t!("cli-about-long"))
        .override_usage(t!("cli-usage-root"))
        .disable_version_flag(true)
        .arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t!("cli-version"))
                .help_heading(t!("cli-options")),
        );
    let subs: Vec<String> = root
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in subs {
        root = root.mut_subcommand(&name, |c| {
            let (about, long) = match name.as_str() {
                "build" => (t!("cli-build"), t!("cli-build-long")),
                "check" => (t!("cli-check"), t!("cli-check-long")),
                "diff" => (t!("cli-diff"), t!("cli-diff-long")),
                "review" => (t!("cli-review"), t!("cli-review-long")),
                "import" => (t!("cli-import"), t!("cli-import-long")),
                _ => (t!("cli-schema"), t!("cli-schema-long")),
            };
            let usage = match name.as_str() {
                "diff" => t!("cli-usage-diff"),
                "review" => t!("cli-usage-review"),
                "import" => t!("cli-usage-import"),
                "check" => t!("cli-usage-check"),
                n => t!("cli-usage-command", command = n),
            };
            heading(c)
                .about(about)
                .long_about(long)
                .override_usage(usage)
        });
    }
    root
}

/// The language asked for: `--lang X` anywhere on the command line, else
/// `BAOCAO_LANG`, else Vietnamese.
fn language() -> Lang {
    // (args_os: an argument that is not UTF-8, a folder's name, is no panic)
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let from_args = args
        .iter()
        .enumerate()
        .find_map(|(i, a)| match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1).cloned(),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        });
    from_args
        .or_else(|| std::env::var("BAOCAO_LANG").ok())
        .and_then(|l| Lang::parse(&l))
        .unwrap_or(Lang::Vi)
}

/// Parses the command line; help, version and usage errors are printed
/// here (usage errors in the current language) and end the run.
fn parse() -> Result<Cli, u8> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let mut cmd = command();
    let matches = cmd.try_get_matches_from_mut(std::env::args_os());
    let err = match matches.and_then(|m| Cli::from_arg_matches(&m)) {
        Ok(cli) => return Ok(cli),
        Err(e) => e,
    };
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = err.print();
            return Err(0);
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            let _ = cmd.print_help();
            return Err(2);
        }
        _ => {}
    }
    if i18n::lang() == Lang::En {
        let _ = err.print();
        return Err(2);
    }
    let ctx = |k: ContextKind| match err.get(k) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(v)) => v
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let arg = ctx(ContextKind::InvalidArg);
    let message = match err.kind() {
        ErrorKind::UnknownArgument => t!("cli-error-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => {
            t!(
                "cli-error-unknown-command",
                command = ctx(ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::InvalidValue => t!(
            "cli-error-invalid-value",
            arg = arg,
            value = ctx(ContextKind::InvalidValue),
            valid = ctx(ContextKind::ValidValue)
        ),
        ErrorKind::NoEquals | ErrorKind::ValueValidation => t!(
            "cli-error-bad-value",
            arg = arg,
            value = ctx(ContextKind::InvalidValue)
        ),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            t!("cli-error-values", arg = arg)
        }
        ErrorKind::ArgumentConflict => t!("cli-error-conflict", arg = arg),
        ErrorKind::MissingRequiredArgument => t!("cli-error-missing", arg = arg),
        _ => err.to_string(),
    };
    let suggested = ctx(ContextKind::SuggestedArg);
    let suggested = if suggested.is_empty() {
        ctx(ContextKind::SuggestedSubcommand)
    } else {
        suggested
    };
    eprintln!("{}: {message}", t!("diag-error"));
    if !suggested.is_empty() {
        eprintln!(
            "  {}: {}",
            t!("diag-hint"),
            t!("cli-did-you-mean", name = suggested)
        );
    }
    eprintln!("  {}", t!("cli-see-help"));
    Err(2)
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
                "{}: {}",
                t!("diag-error"),
                t!(
                    "cli-failed",
                    errors = t!("diag-errors", count = diags.errors())
                )
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
                "{}",
                t!(
                    "cli-checked",
                    errors = t!("diag-errors", count = diags.errors()),
                    warnings = t!("diag-warnings", count = diags.warnings())
                )
            );
        }
        return if failed { diags.exit_status() } else { 0 };
    };
    if failed {
        emit(&diags, common.format);
        if common.format == Format::Human {
            eprintln!(
                "{}: {}",
                t!("diag-error"),
                t!(
                    "cli-failed-strict",
                    errors = t!("diag-errors", count = diags.errors())
                )
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
                    println!("{}", t!("cli-wrote", path = p.display()));
                }
            }
            0
        }
        Err(d) => {
            diags.push(d);
            emit(&diags, common.format);
            if common.format == Format::Human {
                eprintln!("{}: {}", t!("diag-error"), t!("cli-not-written"));
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
    let usage = |m: String| {
        eprintln!(
            "{}: {m}\n  {} {}",
            t!("diag-error"),
            t!("cli-usage"),
            t!("cli-usage-diff")
        );
        2
    };
    let (old, new) = match (from_rev, dirs.len()) {
        (Some(rev), 0) => (Old::Rev(rev), PathBuf::from("content")),
        (Some(rev), 1) => (Old::Rev(rev), dirs.remove(0)),
        (Some(_), _) => return usage(t!("cli-diff-only-new")),
        (None, 2) => (Old::Dir(dirs.remove(0)), dirs.remove(0)),
        (None, _) => return usage(t!("cli-diff-two-dirs")),
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
            for p in paths {
                println!("{}", t!("cli-wrote", path = p.display()));
            }
            0
        }
        Err(()) => diags.exit_status(),
    }
}

/// `baocao review`: see [`baocao::review`] and the README.
fn review(cmd: Command) -> u8 {
    let Command::Review {
        docx,
        content,
        templates,
        out,
        apply,
        accept_author,
    } = cmd
    else {
        return 2;
    };
    let req = baocao::review::Request {
        docx,
        content,
        templates: templates_dir(templates),
        apply,
        accept_authors: accept_author,
    };
    let mut diags = Diagnostics::default();
    let Some(r) = baocao::review::run(&req, &mut diags) else {
        emit(&diags, Format::Human);
        eprintln!("{}: {}", t!("diag-error"), t!("cli-review-failed"));
        return diags.exit_status().max(1);
    };
    let mut files: Vec<(PathBuf, Vec<u8>)> = r
        .files()
        .into_iter()
        .map(|(name, bytes)| (out.join(name), bytes))
        .collect();
    let edited: Vec<PathBuf> = r.edited.iter().map(|(p, _)| p.clone()).collect();
    files.extend(r.edited.iter().cloned());
    match build::write_files(&files) {
        Ok(paths) => {
            emit(&diags, Format::Human);
            print!("{}", baocao::review::report::terminal(&r));
            println!();
            for p in paths {
                if edited.contains(&p) {
                    println!("{}", t!("review-edited", path = p.display()));
                } else {
                    println!("{}", t!("cli-wrote", path = p.display()));
                }
            }
            0
        }
        Err(d) => {
            diags.push(d);
            emit(&diags, Format::Human);
            eprintln!("{}: {}", t!("diag-error"), t!("cli-review-not-written"));
            2
        }
    }
}

fn main() -> std::process::ExitCode {
    timing::mark("start");
    i18n::set(language());
    let cli = match parse() {
        Ok(cli) => cli,
        Err(status) => return std::process::ExitCode::from(status),
    };
    let status = match cli.command {
        Command::Build { common, out } => run(common, Some(out)),
        Command::Check {
            draft: Some(draft),
            common,
            areas,
        } => import_cli::check(
            &draft,
            areas.as_deref(),
            common.format == Format::Json,
            common.strict,
        ),
        Command::Check { common, .. } => run(common, None),
        Command::Import {
            draft,
            out,
            force,
            areas,
            print_areas,
        } => import_cli::import(draft.as_deref(), &out, force, areas.as_deref(), print_areas),
        cmd @ Command::Diff { .. } => diff(cmd),
        cmd @ Command::Review { .. } => review(cmd),
        Command::Schema { out } => match build::write_outputs(&out, &baocao::schema::files()) {
            Ok(paths) => {
                for p in paths {
                    println!("{}", t!("cli-wrote", path = p.display()));
                }
                0
            }
            Err(d) => {
                let mut diags = Diagnostics::default();
                diags.push(d);
                emit(&diags, Format::Human);
                2
            }
        },
    };
    timing::mark("end");
    std::process::ExitCode::from(status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_well_formed_in_both_languages() {
        for lang in Lang::ALL {
            i18n::set_for_this_thread(Some(lang));
            command().debug_assert();
            let help = command().render_long_help().to_string();
            assert!(help.contains("--lang"), "{help}");
        }
        i18n::set_for_this_thread(Some(Lang::Vi));
        let mut c = command();
        let build = c.find_subcommand_mut("build").unwrap();
        let help = build.render_long_help().to_string();
        for words in [
            "Cách dùng: baocao build [TÙY CHỌN]",
            "Tùy chọn:",
            "[mặc định: output]",
            "json — một tài liệu JSON",
        ] {
            assert!(help.contains(words), "`{words}` in:\n{help}");
        }
        assert!(
            !help.contains("default:") && !help.contains("Possible values"),
            "{help}"
        );
    }
}
