//! What a clerk sees when the content is wrong: every broken content tree
//! under `tests/broken/<case>/` is run through `baocao`, and its output is
//! compared with `tests/broken/<case>/expected.txt`.
//!
//! A case is the small valid tree `tests/broken/_base/` with one mistake (or
//! several) in it; `case.txt` says which. Its folder holds only what differs
//! from `_base/` (an overlay): the files it changes or adds, and in
//! `removed` the paths of `_base/` it takes away. The test lays the folder
//! over a copy of `_base/` in a temporary directory and runs the command
//! there: `check --content content` (so the paths in the messages read
//! `content/economy.yaml`), or the one in `cmd`. Every `check` case is
//! run as `build` as well, which must report the same diagnostics, exit
//! with the same status and write nothing; and with `--format json`, which
//! must give the same diagnostics.
//!
//! The messages are in Vietnamese, as a clerk runs the tool; a sample of
//! cases also has `expected.en.txt`, the same run with `BAOCAO_LANG=en`.
//!
//! `BLESS=1 cargo test --test diagnostics` rewrites the expected.txt files
//! (and the expected.en.txt files there are); read each change as a
//! secretariat clerk would before committing it.

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_baocao");

fn broken_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken")
}

/// The file of a case listing the paths of `_base/` it removes, one a line,
/// relative to the case folder (`content/report.yaml`; `content` for the
/// whole folder).
const REMOVED: &str = "removed";

fn cases() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(broken_dir())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_dir() && !p.file_name().unwrap().to_string_lossy().starts_with('_'))
        .collect();
    v.sort();
    v
}

/// Copies every file under `src` except `skip` to the same place under `dst`.
fn copy_over(src: &Path, dst: &Path, skip: &Path) {
    for e in walkdir::WalkDir::new(src).min_depth(1) {
        let e = e.unwrap();
        let rel = e.path().strip_prefix(src).unwrap();
        if rel == skip {
            continue;
        }
        let to = dst.join(rel);
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&to).unwrap();
        } else {
            std::fs::copy(e.path(), &to).unwrap();
        }
    }
}

/// The tree of a case put back together in a temporary directory: a copy
/// of `_base/`, the case's folder laid over it, the paths in its `removed`
/// taken away.
fn assemble(case: &Path) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    copy_over(&broken_dir().join("_base"), dir, Path::new(""));
    copy_over(case, dir, Path::new(REMOVED));
    if let Ok(list) = std::fs::read_to_string(case.join(REMOVED)) {
        for rel in list.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let p = dir.join(rel);
            if p.is_dir() {
                std::fs::remove_dir_all(&p).unwrap();
            } else {
                std::fs::remove_file(&p)
                    .unwrap_or_else(|e| panic!("{}: cannot remove `{rel}`: {e}", case.display()));
            }
        }
    }
    tmp
}

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

fn run(dir: &Path, args: &[&str]) -> Run {
    run_in(dir, args, None)
}

/// Runs baocao in `dir`, in Vietnamese or (`Some("en")`) another language.
fn run_in(dir: &Path, args: &[&str], lang: Option<&str>) -> Run {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .current_dir(dir)
        .env_remove("RUST_BACKTRACE")
        .env_remove("BAOCAO_LANG");
    if let Some(l) = lang {
        cmd.env("BAOCAO_LANG", l);
    }
    let out = cmd.output().expect("run baocao");
    Run {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn command_of(case: &Path) -> String {
    std::fs::read_to_string(case.join("cmd"))
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|_| "check --content content".to_string())
}

/// The snapshot: the command, what it printed, its exit status.
fn transcript(cmd: &str, r: &Run) -> String {
    let mut s = format!("$ baocao {cmd}\n");
    s.push_str(&r.stdout);
    s.push_str(&r.stderr);
    if !s.ends_with('\n') {
        s.push('\n');
    }
    s.push_str(&format!("[exit status: {}]\n", r.status));
    s
}

/// The diagnostics of a human-format run, without the closing summary.
fn diagnostics_part(stderr: &str) -> String {
    let mut lines: Vec<&str> = stderr.lines().collect();
    let summary = |l: &str| {
        ["lỗi:", "kiểm tra xong:", "error:", "check:"]
            .iter()
            .any(|p| l.starts_with(p))
    };
    while lines.last().is_some_and(|l| l.is_empty() || summary(l)) {
        lines.pop();
    }
    lines.join("\n")
}

/// `file:line:column` of each diagnostic header's location in a human run
/// (`--> content/a.yaml, dòng 9, cột 5` in Vietnamese).
fn human_locations(stderr: &str) -> Vec<String> {
    let mut v = Vec::new();
    let mut want = false;
    for l in stderr.lines() {
        let header = ["lỗi[", "cảnh báo[", "error[", "warning["]
            .iter()
            .any(|p| l.starts_with(p));
        if header {
            want = true;
            v.push(String::new());
        } else if want {
            if let Some(at) = l.trim_start().strip_prefix("--> ") {
                let at = match at.rsplit_once(", dòng ") {
                    Some((file, rest)) => {
                        let (line, col) = rest.split_once(", cột ").unwrap_or((rest, ""));
                        format!("{file}:{line}:{col}")
                    }
                    None => at.to_string(),
                };
                *v.last_mut().unwrap() = at;
            }
            want = false;
        }
    }
    v
}

fn check_case(case: &Path, bless: bool) -> Result<(), String> {
    let name = case.file_name().unwrap().to_string_lossy().to_string();
    let cmd = command_of(case);
    let args: Vec<&str> = cmd.split_whitespace().collect();
    let tree = assemble(case);
    let dir = tree.path();
    let r = run(dir, &args);
    let got = transcript(&cmd, &r);
    let expected_path = case.join("expected.txt");
    if bless {
        std::fs::write(&expected_path, &got).unwrap();
    } else {
        let want = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if want != got {
            return Err(format!(
                "{name}: output differs from expected.txt (BLESS=1 to accept)\n--- expected\n{want}--- got\n{got}"
            ));
        }
    }
    // the English sample: the same run with BAOCAO_LANG=en
    let en_path = case.join("expected.en.txt");
    if en_path.exists() {
        let en = transcript(&cmd, &run_in(dir, &args, Some("en"))).replacen(
            "$ baocao",
            "$ BAOCAO_LANG=en baocao",
            1,
        );
        if bless {
            std::fs::write(&en_path, &en).unwrap();
        } else {
            let want = std::fs::read_to_string(&en_path).unwrap_or_default();
            if want != en {
                return Err(format!(
                    "{name}: English output differs from expected.en.txt (BLESS=1 to accept)\n--- expected\n{want}--- got\n{en}"
                ));
            }
        }
    }
    if r.status == 0 {
        return Err(format!("{name}: a broken tree must not pass\n{got}"));
    }
    if r.stderr.contains("panicked") {
        return Err(format!("{name}: baocao panicked\n{got}"));
    }
    if args.first() != Some(&"check") || args.contains(&"json") {
        return Ok(());
    }

    // `build` reports the same and writes nothing.
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let mut bargs: Vec<&str> = vec!["build"];
    bargs.extend(&args[1..]);
    let out_s = out.to_string_lossy().to_string();
    bargs.extend(["--out", &out_s]);
    let b = run(dir, &bargs);
    if b.status != r.status {
        return Err(format!(
            "{name}: build exits {} but check {}",
            b.status, r.status
        ));
    }
    if diagnostics_part(&b.stderr) != diagnostics_part(&r.stderr) {
        return Err(format!(
            "{name}: build reports differently from check\n--- check\n{}\n--- build\n{}",
            r.stderr, b.stderr
        ));
    }
    if out.exists() {
        return Err(format!("{name}: a failed build wrote {}", out.display()));
    }

    // `--format json` gives the same diagnostics.
    let mut jargs = args.clone();
    jargs.extend(["--format", "json"]);
    let j = run(dir, &jargs);
    if j.status != r.status {
        return Err(format!(
            "{name}: --format json exits {} but human {}",
            j.status, r.status
        ));
    }
    let doc: serde_json::Value = serde_json::from_str(&j.stdout)
        .map_err(|e| format!("{name}: --format json is not JSON ({e}):\n{}", j.stdout))?;
    let list = doc["diagnostics"].as_array().cloned().unwrap_or_default();
    let json_locs: Vec<String> = list
        .iter()
        .map(|d| match d.get("location") {
            Some(l) if !l.is_null() => format!(
                "{}:{}:{}",
                l["file"].as_str().unwrap_or(""),
                l["line"],
                l["column"]
            ),
            _ => String::new(),
        })
        .collect();
    let human = human_locations(&r.stderr);
    if json_locs != human {
        return Err(format!(
            "{name}: JSON and human diagnostics differ\njson: {json_locs:?}\nhuman: {human:?}"
        ));
    }
    if doc["errors"].as_u64()
        != Some(list.iter().filter(|d| d["severity"] == "error").count() as u64)
    {
        return Err(format!("{name}: JSON error count is wrong"));
    }
    Ok(())
}

#[test]
fn broken_trees_give_their_expected_diagnostics() {
    let bless = std::env::var_os("BLESS").is_some();
    let cases = cases();
    assert!(cases.len() >= 25, "the corpus has {} cases", cases.len());
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|c| check_case(c, bless).err())
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

#[test]
fn base_tree_is_clean() {
    let base = broken_dir().join("_base");
    let r = run(&base, &["check", "--content", "content"]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(!r.stderr.contains("cảnh báo["), "{}", r.stderr);
}

/// A copy of the base tree in a temporary directory.
fn scratch() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let src = broken_dir().join("_base/content");
    let dst = tmp.path().join("content");
    std::fs::create_dir(&dst).unwrap();
    for e in std::fs::read_dir(src).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), dst.join(e.file_name())).unwrap();
    }
    tmp
}

/// The files of an output folder, with their bytes (but the folder's lock,
/// which stays).
fn listing(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name() != ".baocao-lock")
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

fn edit(path: &Path, old: &str, new: &str) {
    let s = std::fs::read_to_string(path).unwrap();
    assert!(s.contains(old), "{old}");
    std::fs::write(path, s.replacen(old, new, 1)).unwrap();
}

#[test]
fn failed_build_leaves_earlier_outputs_untouched() {
    let tmp = scratch();
    let dir = tmp.path();
    let r = run(dir, &["build", "--content", "content", "--out", "out"]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    let before = listing(&dir.join("out"));
    assert_eq!(
        before.len(),
        2,
        "{:?}",
        before.iter().map(|b| &b.0).collect::<Vec<_>>()
    );

    // a mistake found while reading, one found while rendering, and one
    // of each kind together: exit 1, the outputs byte for byte as they
    // were, no temporary file left beside them
    let economy = dir.join("content/economy.yaml");
    let original = std::fs::read_to_string(&economy).unwrap();
    let breaks: [&[(&str, &str)]; 3] = [
        &[("    value: 202.18", "    value: abc")],
        &[(
            "{{ f.gtsx_nong_nghiep.value | num }}",
            "{{ f.gtsx_nong_nghep.value | num }}",
        )],
        &[
            (
                "{{ f.gtsx_nong_nghiep.value | num }}",
                "{{ f.gtsx_nong_nghep.value | num }}",
            ),
            ("title: Kinh tế", "title: Kinh tế\ntitle: Kinh tế"),
        ],
    ];
    for edits in breaks {
        std::fs::write(&economy, &original).unwrap();
        for (old, new) in edits {
            edit(&economy, old, new);
        }
        let r = run(dir, &["build", "--content", "content", "--out", "out"]);
        assert_eq!(r.status, 1, "{}", r.stderr);
        assert!(r.stderr.contains("chưa ghi tệp nào"), "{}", r.stderr);
        assert!(
            listing(&dir.join("out")) == before,
            "a failed build changed the outputs"
        );
    }

    // and a good build again replaces them
    std::fs::write(&economy, original.replace("2732.16", "2732.17")).unwrap();
    let r = run(dir, &["build", "--content", "content", "--out", "out"]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    let after = listing(&dir.join("out"));
    assert_eq!(after.len(), 2);
    assert!(after != before);
}

#[test]
fn unwritable_out_exits_2_and_writes_nothing() {
    let tmp = scratch();
    let dir = tmp.path();
    std::fs::write(dir.join("out"), "a file\n").unwrap();
    let r = run(
        dir,
        &["build", "--content", "content", "--out", "out/reports"],
    );
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert!(r.stderr.contains("lỗi[io]"), "{}", r.stderr);
    assert_eq!(
        std::fs::read_to_string(dir.join("out")).unwrap(),
        "a file\n"
    );
    // --out naming a regular file
    let r = run(dir, &["build", "--content", "content", "--out", "out"]);
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert_eq!(
        std::fs::read_to_string(dir.join("out")).unwrap(),
        "a file\n"
    );
}

#[test]
fn exit_status_is_2_for_usage_errors() {
    let tmp = scratch();
    let r = run(tmp.path(), &["check", "--content", "nowhere"]);
    assert_eq!(r.status, 2, "{}", r.stderr);
    let r = run(tmp.path(), &["check", "--no-such-flag"]);
    assert_eq!(r.status, 2, "{}", r.stderr);
    let r = run(tmp.path(), &["check", "--content", "content"]);
    assert_eq!(r.status, 0, "{}", r.stderr);
}

#[test]
fn a_rename_failing_half_way_puts_the_earlier_outputs_back() {
    let tmp = scratch();
    let dir = tmp.path();
    let r = run(dir, &["build", "--content", "content", "--out", "out"]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    let out = dir.join("out");
    let md = listing(&out)
        .into_iter()
        .find(|(n, _)| n.ends_with(".md"))
        .unwrap();
    let docx = listing(&out)
        .into_iter()
        .find(|(n, _)| n.ends_with(".docx"))
        .unwrap();
    // the DOCX cannot be replaced: a folder stands where it goes
    std::fs::remove_file(out.join(&docx.0)).unwrap();
    std::fs::create_dir(out.join(&docx.0)).unwrap();
    let before = listing_names(&out);
    edit(&dir.join("content/economy.yaml"), "2732.16", "2732.17");
    let r = run(dir, &["build", "--content", "content", "--out", "out"]);
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("các tệp đã có được giữ nguyên"),
        "{}",
        r.stderr
    );
    assert_eq!(
        std::fs::read(out.join(&md.0)).unwrap(),
        md.1,
        "the Markdown was replaced"
    );
    assert_eq!(listing_names(&out), before, "files left behind");
}

fn listing_names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}
