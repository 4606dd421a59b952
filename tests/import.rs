//! `baocao import`: the reference draft in its three forms (the text; a
//! DOCX with the numbers typed; a DOCX with Word's automatic numbering)
//! imports into a content tree that builds back into the draft, with the
//! same outline; small fixture drafts of each kind; bad inputs.

mod common;
use common::*;

use std::path::{Path, PathBuf};
use std::process::Command;

use baocao::import::{self, Mapping};

/// The reference draft, when ../shared is beside the repository.
fn reference() -> Option<PathBuf> {
    let p = root().join("../shared/seed/bao-cao-chinh-tri-du-thao-lan-3.txt");
    p.is_file().then_some(p)
}

fn fidelity_tool() -> Option<PathBuf> {
    let p = root().join("../shared/tools/fidelity.py");
    (p.is_file() && Command::new("python3").arg("--version").output().is_ok()).then_some(p)
}

/// Imports `draft` into a fresh directory.
fn import_into(draft: &Path) -> (import::Imported, tempfile::TempDir) {
    let imp = import::import(draft, &Mapping::builtin()).unwrap_or_else(|d| panic!("{d:#?}"));
    let dir = tempfile::tempdir().unwrap();
    import::write_files(dir.path(), &imp.tree).unwrap();
    (imp, dir)
}

/// `fidelity.py` on the Markdown the imported tree builds: (ratio, found, total).
fn fidelity(markdown: &str) -> Option<(f64, usize, usize, String)> {
    let tool = fidelity_tool()?;
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("out.md");
    std::fs::write(&md, markdown).unwrap();
    let out = Command::new("python3")
        .arg(&tool)
        .arg(&md)
        .arg("--show")
        .arg("5")
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let last = text.lines().last()?.to_string();
    // "fidelity 0.9970 headings 137/137"
    let w: Vec<&str> = last.split_whitespace().collect();
    let ratio: f64 = w.get(1)?.parse().ok()?;
    let (found, total) = w.get(3)?.split_once('/')?;
    Some((ratio, found.parse().ok()?, total.parse().ok()?, text))
}

#[test]
fn the_text_draft_builds_back_into_the_draft() {
    let Some(txt) = reference() else {
        eprintln!("../shared/seed not here: skipped");
        return;
    };
    let (imp, dir) = import_into(&txt);
    let b = build(dir.path()).unwrap_or_else(|d| panic!("{:#?}", d.items));
    let info = &imp.doc.info;
    assert_eq!(info.issuing_body, "ĐẢNG ỦY THỊ TRẤN BẾN SUNG");
    assert_eq!(
        info.superior_body.as_deref(),
        Some("ĐẢNG BỘ HUYỆN NHƯ THANH")
    );
    assert_eq!(info.place, "Bến Sung");
    assert_eq!(info.draft, Some(3));
    assert_eq!(info.congress, Some(6));
    assert_eq!(info.motto, "Đoàn kết - Dân chủ - Sáng tạo - Phát triển");
    assert_eq!(imp.doc.parts.len(), 2);
    assert_eq!(imp.doc.ignored, 15, "the web page's furniture after “./.”");
    match fidelity(&b.markdown) {
        Some((ratio, found, total, text)) => {
            assert!(ratio >= 0.99, "{text}");
            assert_eq!((found, total), (137, 137), "{text}");
        }
        None => eprintln!("fidelity.py or python3 not here: fidelity not measured"),
    }
}
