//! `baocao import` and `baocao check DRAFT` on the command line: thin
//! over [`baocao::import`].

#![allow(clippy::result_large_err)] // a Diagnostic is the error type, by design

use std::path::Path;

use baocao::diag::{render_human, Diagnostic, Diagnostics};
use baocao::import::{self, Mapping};
use baocao::t;

fn fail(d: Diagnostic) -> u8 {
    let mut diags = Diagnostics::default();
    diags.push(d);
    let files = baocao::content::Files::new();
    for d in diags.sorted() {
        eprintln!("{}", render_human(d, &files));
    }
    diags.exit_status()
}

fn mapping(areas: Option<&Path>) -> Result<Mapping, Diagnostic> {
    match areas {
        Some(p) => Mapping::read(p),
        None => Ok(Mapping::builtin()),
    }
}

/// `baocao import DRAFT [--out DIR] [--force] [--areas FILE] [--print-areas]`.
pub fn import(
    draft: Option<&Path>,
    out: &Path,
    force: bool,
    areas: Option<&Path>,
    print_areas: bool,
) -> u8 {
    if print_areas {
        print!("{}", import::areas::DEFAULT);
        return 0;
    }
    let Some(draft) = draft else {
        return 2;
    };
    let map = match mapping(areas) {
        Ok(m) => m,
        Err(d) => return fail(d),
    };
    let imported = match import::import(draft, &map) {
        Ok(i) => i,
        Err(d) => return fail(d),
    };
    match import::write_tree(out, &imported.tree, force) {
        Ok(paths) => {
            for line in import::summary(&imported) {
                println!("{line}");
            }
            for p in paths {
                println!("{}", t!("import-wrote", path = p.display()));
            }
            println!("{}", t!("import-next", dir = out.display()));
            0
        }
        Err(d) => fail(d),
    }
}

/// `baocao check DRAFT`: imports in memory, checks, and reports each
/// finding at the draft's headings and sentence.
pub fn check(draft: &Path, areas: Option<&Path>, json: bool, strict: bool) -> u8 {
    let map = match mapping(areas) {
        Ok(m) => m,
        Err(d) => return fail(d),
    };
    let imported = match import::import(draft, &map) {
        Ok(i) => i,
        Err(d) => return fail(d),
    };
    match import::locate::check(&imported) {
        Ok(findings) => {
            let text = if json {
                import::locate::to_json(&findings)
            } else {
                import::locate::render(&findings, draft)
            };
            if json {
                println!("{text}");
            } else {
                eprint!("{text}");
                eprintln!(
                    "{}",
                    t!(
                        "cli-checked",
                        errors = t!(
                            "diag-errors",
                            count = if strict { findings.len() } else { 0 }
                        ),
                        warnings = t!(
                            "diag-warnings",
                            count = if strict { 0 } else { findings.len() }
                        )
                    )
                );
            }
            if strict && !findings.is_empty() {
                1
            } else {
                0
            }
        }
        Err(d) => fail(d),
    }
}
