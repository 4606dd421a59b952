//! The shared tools of the real-client tests: LibreOffice through
//! `office.py`, the schema check `validate-docx.py` (../shared/tools, or
//! `$BAOCAO_TOOLS`). A test that needs one that is missing prints a note
//! and passes (CI installs LibreOffice, so there they run).
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The folder of the shared tools, if it is there.
pub fn tools() -> Option<PathBuf> {
    let dir = std::env::var_os("BAOCAO_TOOLS")
        .map(PathBuf::from)
        .unwrap_or_else(|| super::root().join("../shared/tools"));
    dir.join("office.py").is_file().then_some(dir)
}

fn python() -> &'static str {
    if Path::new("/usr/bin/python3").exists() {
        "/usr/bin/python3"
    } else {
        "python3"
    }
}

fn soffice() -> bool {
    Path::new("/usr/bin/soffice").exists()
        || std::env::var_os("PATH")
            .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join("soffice").is_file()))
}

/// `office.py` if LibreOffice and the tool are installed; else a note.
pub fn office(test: &str) -> Option<PathBuf> {
    match tools() {
        Some(t) if soffice() => Some(t.join("office.py")),
        _ => {
            eprintln!("note: {test} skipped: LibreOffice (soffice) or ../shared/tools/office.py is not installed");
            None
        }
    }
}

/// Runs `office.py ARGS`; its standard output.
pub fn run(office: &Path, args: &[&str]) -> String {
    let o = Command::new(python())
        .arg(office)
        .args(args)
        .output()
        .expect("office.py runs");
    assert!(
        o.status.success(),
        "office.py {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The schema errors of a DOCX, if `validate-docx.py` (and xmllint) can
/// tell; `None` (with a note) when they are not installed.
pub fn schema_errors(docx: &Path, test: &str) -> Option<usize> {
    let tool = tools()
        .map(|t| t.join("validate-docx.py"))
        .filter(|t| t.is_file());
    let Some(tool) = tool else {
        eprintln!("note: {test}: schema check skipped: validate-docx.py is not installed");
        return None;
    };
    let o = Command::new(python()).arg(&tool).arg(docx).output().ok()?;
    let out = String::from_utf8_lossy(&o.stdout);
    let line = out.lines().find(|l| l.starts_with("schema errors "));
    let Some(line) = line else {
        eprintln!(
            "note: {test}: schema check skipped: {}",
            String::from_utf8_lossy(&o.stderr)
                .lines()
                .next()
                .unwrap_or("")
        );
        return None;
    };
    line.split_whitespace().nth(2)?.parse().ok()
}
