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

/// Runs `baocao schema --out <out>` in Vietnamese.
fn schema_into(out: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_baocao"))
        .env_remove("BAOCAO_LANG")
        .args(["schema", "--out"])
        .arg(out)
        .output()
        .unwrap()
}

/// The names and bytes of the files in `dir` (but the folder's lock).
fn listing(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_name() != ".baocao-lock")
        .map(|e| {
            let bytes = if e.path().is_file() {
                std::fs::read(e.path()).unwrap()
            } else {
                b"(folder)".to_vec()
            };
            (e.file_name().to_string_lossy().into_owned(), bytes)
        })
        .collect();
    v.sort();
    v
}

#[test]
fn a_schema_write_that_fails_leaves_the_earlier_schemas_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("schema");
    assert!(schema_into(&out).status.success());
    // earlier schemas, told apart from new ones; the last one cannot be
    // replaced (a folder stands where it goes), so the set fails after the
    // first is renamed into place
    let first = Kind::ALL[0].file_name();
    let last = Kind::ALL[Kind::ALL.len() - 1].file_name();
    assert_ne!(first, last);
    std::fs::write(out.join(first), "{\"earlier\": true}\n").unwrap();
    std::fs::remove_file(out.join(last)).unwrap();
    std::fs::create_dir(out.join(last)).unwrap();
    std::fs::write(out.join(last).join("x"), "").unwrap();
    let before = listing(&out);
    let o = schema_into(&out);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains(&format!("không thay được {}", out.join(last).display())),
        "{err}"
    );
    assert!(!o.status.success());
    assert_eq!(
        listing(&out),
        before,
        "a failed schema write changed a file or left one behind"
    );

    // --out naming a regular file: said, exit 2, the file as it was
    let file = tmp.path().join("a-file");
    std::fs::write(&file, "của người dùng\n").unwrap();
    let o = schema_into(&file);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("đã có và không phải là thư mục"), "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "của người dùng\n");
}
