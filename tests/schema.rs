//! The JSON Schemas of the content files: the committed ones under
//! `schema/` are what `baocao schema` generates from the content types, and
//! every bundled content file validates against its schema (the editor's
//! view agrees with baocao's). `baocao schema` regenerates them.

use std::path::{Path, PathBuf};
use std::process::Command;

use baocao::schema::{self, Kind};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn committed_schemas_are_generated_ones() {
    let tmp = tempfile::tempdir().unwrap();
    // in the default language, Vietnamese, whatever the environment says
    let out = Command::new(env!("CARGO_BIN_EXE_baocao"))
        .env_remove("BAOCAO_LANG")
        .args(["schema", "--out"])
        .arg(tmp.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for kind in Kind::ALL {
        let generated = std::fs::read_to_string(tmp.path().join(kind.file_name())).unwrap();
        assert_eq!(generated, schema::schema_text(kind));
        let committed = std::fs::read_to_string(root().join("schema").join(kind.file_name()))
            .unwrap_or_default();
        assert!(
            committed == generated,
            "schema/{} is out of date: run `cargo run -- schema` and commit it",
            kind.file_name()
        );
    }
}

fn yaml_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    v.sort();
    v
}

/// The schema problems of a content file, as "path: message" lines.
fn problems(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let doc: serde_json::Value = serde_yaml::from_str(&text).unwrap();
    let validator = jsonschema::validator_for(schema::schema(schema::kind_of(path))).unwrap();
    validator
        .iter_errors(&doc)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn bundled_content_validates_against_its_schema() {
    let mut files = yaml_files(&root().join("content"));
    files.extend(yaml_files(&root().join("tests/broken/_base/content")));
    assert!(files.len() > 3);
    let mut bad = Vec::new();
    for f in &files {
        let p = problems(f);
        if !p.is_empty() {
            bad.push(format!("{}:\n  {}", f.display(), p.join("\n  ")));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn schema_rejects_what_baocao_rejects() {
    let broken = root().join("tests/broken");
    for (case, file, needle) in [
        ("unknown-key-figure", "economy.yaml", "yaer"),
        ("unknown-key-paragraph", "society.yaml", "clauss"),
        ("wrong-type-bool", "economy.yaml", "run_in"),
        ("missing-key-figure", "economy.yaml", "label"),
        ("bad-number-text", "economy.yaml", "abc"),
        ("bad-verdict", "economy.yaml", "exceded"),
        ("wrong-type-number", "report.yaml", "sáu"),
    ] {
        let p = problems(&broken.join(case).join("content").join(file));
        assert!(p.iter().any(|m| m.contains(needle)), "{case}: {p:?}");
    }
}

#[test]
fn bundled_content_files_name_their_schema() {
    for f in yaml_files(&root().join("content")) {
        let first = std::fs::read_to_string(&f)
            .unwrap()
            .lines()
            .next()
            .unwrap_or("")
            .to_string();
        let want = format!(
            "# yaml-language-server: $schema=../schema/{}",
            schema::kind_of(&f).file_name()
        );
        assert_eq!(first, want, "{}", f.display());
    }
}

#[test]
fn schemas_describe_the_keys() {
    // what VS Code shows on hover, in Vietnamese
    baocao::i18n::set_for_this_thread(Some(baocao::i18n::Lang::Vi));
    let s = schema::schema(Kind::Section);
    let fig = &s["definitions"]["FigureSpec"]["properties"];
    assert!(fig["label"]["markdownDescription"]
        .as_str()
        .unwrap()
        .starts_with("Tên của số liệu"));
    assert!(fig["stated"]["properties"]["pct_target"]["description"].is_string());
    let r = schema::schema(Kind::Report);
    assert!(
        r["definitions"]["ProfileOverrides"]["properties"]["margin_left_mm"]["description"]
            .is_string()
    );
}
