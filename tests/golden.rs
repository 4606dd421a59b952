//! Golden snapshots of the bundled report (content/): its Markdown exactly
//! as built, and the paragraph texts of its DOCX, so that any change in the
//! output shows as a diff to review.
//!
//! `tests/golden/<stem>.md` is the Markdown byte for byte.
//! `tests/golden/<stem>.docx.txt` is what `baocao::docx::document_text`
//! reads back from the DOCX: one paragraph a line, in document order,
//! table cells (the header block) included, empty paragraphs left out. A
//! line break inside a paragraph is written `\n`, a tab `\t`, a backslash
//! `\\`, so that every line is one paragraph.
//!
//! After a change in the output you mean to make:
//! `BLESS=1 cargo test --test golden`, then review the diff of tests/golden/
//! before committing it.

use std::path::Path;

mod common;
use common::{build, root};

/// The DOCX's paragraphs as the text of the `.docx.txt` snapshot.
fn docx_text(docx: &[u8]) -> String {
    let mut s = String::new();
    for p in baocao::docx::document_text(docx) {
        for c in p.chars() {
            match c {
                '\\' => s.push_str("\\\\"),
                '\n' => s.push_str("\\n"),
                '\t' => s.push_str("\\t"),
                c => s.push(c),
            }
        }
        s.push('\n');
    }
    s
}

/// At most this many lines of diff are shown.
const DIFF_LINES: usize = 60;

/// A short unified diff of `want` (the snapshot) and `got`: its first hunks.
fn short_diff(name: &str, want: &str, got: &str) -> String {
    let diff = similar::TextDiff::from_lines(want, got);
    let full = diff
        .unified_diff()
        .context_radius(2)
        .header(&format!("tests/golden/{name}"), "built from content/")
        .to_string();
    let lines: Vec<&str> = full.lines().collect();
    let mut s = lines[..lines.len().min(DIFF_LINES)].join("\n");
    if lines.len() > DIFF_LINES {
        s.push_str(&format!("\n… {} more diff lines", lines.len() - DIFF_LINES));
    }
    s.push_str(&first_difference(want, got));
    s
}

/// Where the first differing line differs, with a little text either side:
/// a paragraph is one long line, and one changed word is hard to spot in it.
fn first_difference(want: &str, got: &str) -> String {
    const AROUND: usize = 30;
    let (mut w, mut g) = (want.split('\n'), got.split('\n'));
    for n in 1.. {
        let (a, b) = (w.next(), g.next());
        if a == b {
            if a.is_none() {
                break;
            }
            continue;
        }
        let (a, b) = (a.unwrap_or(""), b.unwrap_or(""));
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let col = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
        let start = col.saturating_sub(AROUND);
        let cut = |v: &[char]| -> String {
            let end = v.len().min(col + AROUND);
            let mut t: String = v[start.min(end)..end].iter().collect();
            if start > 0 {
                t.insert(0, '…');
            }
            if end < v.len() {
                t.push('…');
            }
            t
        };
        return format!(
            "\nfirst difference at line {n}, column {}:\n  golden: {}\n  built:  {}",
            col + 1,
            cut(&a),
            cut(&b)
        );
    }
    String::new()
}

/// Compares `got` with the snapshot `name`, or rewrites it under BLESS.
fn check(name: &str, got: &str, bless: bool) -> Result<(), String> {
    let path = root().join("tests/golden").join(name);
    if bless {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, got).unwrap();
        return Ok(());
    }
    let Ok(want) = std::fs::read_to_string(&path) else {
        return Err(format!("{} is missing", display(&path)));
    };
    if want == got {
        return Ok(());
    }
    Err(format!(
        "{} differs from what content/ builds:\n{}",
        display(&path),
        short_diff(name, &want, got)
    ))
}

fn display(p: &Path) -> String {
    p.strip_prefix(root()).unwrap_or(p).display().to_string()
}

#[test]
fn bundled_report_matches_its_golden_markdown_and_docx_text() {
    let bless = std::env::var_os("BLESS").is_some();
    // templates/, which the built-in templates are compiled from
    let b = build(&root().join("content"))
        .unwrap_or_else(|d| panic!("content/ does not build: {:#?}", d.items));
    let docx = b.docx().unwrap_or_else(|d| panic!("{d:#?}"));
    let failures: Vec<String> = [
        check(&format!("{}.md", b.stem), &b.markdown, bless),
        check(&format!("{}.docx.txt", b.stem), &docx_text(&docx), bless),
    ]
    .into_iter()
    .filter_map(Result::err)
    .collect();
    assert!(
        failures.is_empty(),
        "{}\n\nIf the change is meant: BLESS=1 cargo test --test golden, \
         then review and commit the diff of tests/golden/",
        failures.join("\n\n")
    );
}
