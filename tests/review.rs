//! `baocao review`: a returned DOCX's tracked changes and comments, located
//! in the YAML and applied. The returned files here are marked up in their
//! XML the way Word and LibreOffice write tracked changes
//! (tests/common/tracked.rs); tests/review_office.rs does the same with
//! LibreOffice itself.

mod common;

use std::path::Path;

use baocao::diag::Diagnostics;
use baocao::review::{self, Kind, Request, Review, Status};
use common::tracked::Markup;
use common::{build, copy_tree, root};

fn review(docx: &[u8], content: &Path, apply: bool) -> Result<Review, Diagnostics> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tra-lai.docx");
    std::fs::write(&path, docx).unwrap();
    let req = Request {
        docx: path,
        content: content.to_path_buf(),
        templates: Some(root().join("templates")),
        apply,
        accept_authors: vec![baocao::diff::DEFAULT_AUTHOR.to_string()],
    };
    let mut diags = Diagnostics::default();
    match review::run(&req, &mut diags) {
        Some(r) => Ok(r),
        None => Err(diags),
    }
}

/// The line (1-based) of `file` in `dir` where `needle` is.
fn line_of(dir: &Path, file: &str, needle: &str) -> usize {
    let text = std::fs::read_to_string(dir.join(file)).unwrap();
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` in {file}"));
    text[..at].matches('\n').count() + 1
}

fn item<'r>(r: &'r Review, old: &str) -> &'r review::Item {
    r.items
        .iter()
        .find(|i| i.old.contains(old) || i.new.contains(old))
        .unwrap_or_else(|| panic!("an item with `{old}` in {:#?}", r.items))
}

fn write_edited(r: &Review) {
    for (p, bytes) in &r.edited {
        std::fs::write(p, bytes).unwrap();
    }
}

#[test]
fn changes_are_located_applied_and_built_as_the_reviewer_wrote_them() {
    let dir = copy_tree(&root().join("content"));
    let built = build(dir.path()).unwrap();
    let docx = built.docx().unwrap();
    let before: Vec<String> = baocao::docx::document_text(&docx);
    let mut m = Markup::new(&docx);
    m.replace("thường xuyên quan tâm", "luôn được quan tâm")
        .replace("14,43", "15,2")
        .replace("88,05%", "90%")
        .replace("2.732,16", "2.740,5")
        .replace("Về phát triển kinh tế", "Về phát triển kinh tế địa phương")
        .insert_paragraph_after(
            "Công tác quản lý nhà nước về đất đai triển khai",
            "Đoạn văn mới do người duyệt thêm.",
        )
        .delete_paragraph("Chỉ đạo đồng bộ các giải pháp theo hướng dẫn của huyện")
        .comment("Độ che phủ rừng", "Kiểm tra số liệu")
        .comment("Cơ cấu các ngành kinh tế", "Bổ sung");
    let returned = m.docx();
    let r = review(&returned, dir.path(), false).unwrap();
    assert_eq!(r.items.len(), 9, "{:#?}", r.items);
    assert_eq!((r.stale, r.unmatched), (0, 0));

    let eco = "economy.yaml";
    let word = item(&r, "thường xuyên quan tâm");
    assert_eq!(
        (word.kind, word.status),
        (Kind::Replace, Status::Applicable)
    );
    let src = word.source.as_ref().unwrap();
    assert_eq!(
        src.line,
        line_of(dir.path(), eco, "Lĩnh vực chăn nuôi thường xuyên")
    );
    assert!(src.file.ends_with("economy.yaml"), "{src:?}");
    assert_eq!(word.sentence.old, "thường xuyên quan tâm");
    assert_eq!(word.author, common::tracked::AUTHOR);
    assert!(!word.heading_path.is_empty());
    assert_eq!(word.heading_path[0], "Phần thứ nhất");

    let value = item(&r, "14,43");
    assert_eq!(value.status, Status::Applicable);
    let f = value.figure.as_ref().unwrap();
    assert_eq!(
        (f.id.as_str(), f.field.as_str()),
        ("dien_tich_nuoi_trong_thuy_san", "value")
    );
    assert_eq!(
        f.place.as_ref().unwrap().line,
        line_of(dir.path(), eco, "value: 14.43")
    );
    assert_eq!(
        (f.old_value.as_deref(), f.new_value.as_deref()),
        (Some("14.43"), Some("15.2"))
    );

    let pct = item(&r, "88,05%");
    assert_eq!(pct.status, Status::NotApplicable);
    assert_eq!(pct.reason.as_ref().unwrap().code, "derived");
    let f = pct.figure.as_ref().unwrap();
    assert_eq!(
        (f.id.as_str(), f.field.as_str()),
        ("thu_nhap_binh_quan", "pct_target")
    );
    let inputs: Vec<&str> = f.inputs.iter().map(|i| i.field.as_str()).collect();
    assert_eq!(
        inputs,
        vec!["thu_nhap_binh_quan.value", "thu_nhap_binh_quan.target"]
    );
    assert_eq!(
        f.inputs[0].place.as_ref().unwrap().line,
        line_of(dir.path(), eco, "value: 76.6")
    );

    // the sum of three sectors: derived, its inputs named
    let sum = item(&r, "2.732,16");
    assert_eq!(sum.reason.as_ref().unwrap().code, "derived");
    assert_eq!(sum.figure.as_ref().unwrap().inputs.len(), 3);

    let heading = item(&r, "địa phương");
    assert_eq!(heading.status, Status::Applicable);
    assert_eq!(
        heading.source.as_ref().unwrap().line,
        line_of(dir.path(), eco, "- heading: Về phát triển kinh tế")
    );

    let new = item(&r, "Đoạn văn mới");
    assert_eq!(
        (new.kind, new.status),
        (Kind::NewParagraph, Status::Applicable)
    );
    let gone = item(&r, "Chỉ đạo đồng bộ các giải pháp");
    assert_eq!(
        (gone.kind, gone.status),
        (Kind::DeletedParagraph, Status::Applicable)
    );
    assert_eq!(
        gone.source.as_ref().unwrap().line,
        line_of(
            dir.path(),
            eco,
            "Chỉ đạo đồng bộ các giải pháp theo hướng dẫn của huyện"
        )
    );

    let comments: Vec<&review::Item> = r.items.iter().filter(|i| i.kind == Kind::Comment).collect();
    assert_eq!(comments.len(), 2);
    let forest = item(&r, "Độ che phủ rừng");
    assert_eq!(forest.comment.as_deref(), Some("Kiểm tra số liệu"));
    assert_eq!(
        forest.source.as_ref().unwrap().line,
        line_of(dir.path(), eco, "tấn/ha). Độ che phủ rừng")
    );

    // the lists
    let md = baocao::review::report::markdown(&r);
    assert!(
        md.contains("~~thường xuyên quan tâm~~ **luôn được quan tâm**"),
        "{md}"
    );
    let json: serde_json::Value = serde_json::from_str(&baocao::review::report::json(&r)).unwrap();
    assert_eq!(json["items"].as_array().unwrap().len(), 9);

    // --apply
    let r = review(&returned, dir.path(), true).unwrap();
    let applied: Vec<&str> = r
        .items
        .iter()
        .filter(|i| i.status == Status::Applied)
        .map(|i| i.old.as_str())
        .collect();
    assert_eq!(applied.len(), 5, "{:#?}", r.items);
    assert!(r.consequences.is_empty(), "{:#?}", r.consequences);
    let yaml_before = std::fs::read_to_string(dir.path().join(eco)).unwrap();
    write_edited(&r);
    let yaml_after = std::fs::read_to_string(dir.path().join(eco)).unwrap();
    // every comment of the file is kept
    let comments = |s: &str| {
        s.lines()
            .filter(|l| l.trim_start().starts_with('#'))
            .count()
    };
    assert_eq!(comments(&yaml_before), comments(&yaml_after));
    let changed = similar::TextDiff::from_lines(&yaml_before, &yaml_after)
        .iter_all_changes()
        .filter(|c| c.tag() != similar::ChangeTag::Equal)
        .count();
    assert!(changed < 24, "{changed} lines changed");

    // built again: the reviewer's text, but for what was not applied
    let after = build(dir.path()).unwrap();
    let got = baocao::docx::document_text(&after.docx().unwrap());
    let mut want = before.clone();
    let first = |want: &mut Vec<String>, from: &str, to: &str| {
        let p = want.iter_mut().find(|p| p.contains(from)).unwrap();
        *p = p.replacen(from, to, 1);
    };
    first(&mut want, "thường xuyên quan tâm", "luôn được quan tâm");
    first(&mut want, "14,43", "15,2");
    first(
        &mut want,
        "Về phát triển kinh tế",
        "Về phát triển kinh tế địa phương",
    );
    let at = want
        .iter()
        .position(|p| p.contains("Công tác quản lý nhà nước về đất đai triển khai"))
        .unwrap();
    want.insert(at + 1, "Đoạn văn mới do người duyệt thêm.".to_string());
    let at = want
        .iter()
        .position(|p| p.starts_with("Chỉ đạo đồng bộ các giải pháp"))
        .unwrap();
    want.remove(at);
    assert_eq!(got, want);
}

#[test]
fn a_changed_figure_lists_what_follows_from_it() {
    let dir = copy_tree(&root().join("content"));
    let docx = build(dir.path()).unwrap().docx().unwrap();
    let mut m = Markup::new(&docx);
    m.replace("76,6 triệu", "80 triệu");
    let r = review(&m.docx(), dir.path(), true).unwrap();
    let it = item(&r, "76,6");
    assert_eq!(it.status, Status::Applied, "{:#?}", r.items);
    assert_eq!(it.figure.as_ref().unwrap().new_value.as_deref(), Some("80"));
    // 80 ÷ 87 × 100: the percentage of the plan changes with it
    assert!(
        r.consequences.iter().any(|c| c.new.contains("91,95%")),
        "{:#?}",
        r.consequences
    );
    write_edited(&r);
    let text = std::fs::read_to_string(dir.path().join("economy.yaml")).unwrap();
    assert!(text.contains("    value: 80\n"), "the value, in place");
}

#[test]
fn an_earlier_draft_maps_what_matches_and_says_what_does_not() {
    let dir = copy_tree(&root().join("content"));
    let docx = build(dir.path()).unwrap().docx().unwrap();
    // the content moves on after the DOCX was sent out
    common::edit(
        dir.path(),
        "economy.yaml",
        "Lĩnh vực chăn nuôi thường xuyên quan tâm chỉ đạo.",
        "Lĩnh vực chăn nuôi được quan tâm chỉ đạo.",
    );
    let mut m = Markup::new(&docx);
    m.replace("tiêm phòng vắc xin", "tiêm vắc xin")
        .replace("Đảng ủy đã tập trung chỉ đạo", "Đảng ủy đã chỉ đạo");
    // and someone edits a paragraph without Track Changes
    m.xml = m
        .xml
        .replacen("Công tác bảo vệ rừng", "Việc bảo vệ rừng", 1);
    let r = review(&m.docx(), dir.path(), true).unwrap();
    assert_eq!(r.stale, 2, "{:#?}", r.items);
    let untracked = item(&r, "Việc");
    assert_eq!(untracked.kind, Kind::Untracked);
    assert_eq!(untracked.old, "Công tác");
    assert_eq!(untracked.reason.as_ref().unwrap().code, "untracked");
    assert_eq!(
        untracked.source.as_ref().unwrap().line,
        line_of(
            dir.path(),
            "economy.yaml",
            "Diện tích đất rừng trên địa bàn là {{"
        )
    );
    let old = item(&r, "tiêm phòng vắc xin");
    assert_eq!(old.status, Status::NotApplicable);
    assert_eq!(old.reason.as_ref().unwrap().code, "changed-since");
    assert!(old.source.is_some(), "still located: {old:#?}");
    // a run-in paragraph that still matches: applied
    let ok = item(&r, "tập trung");
    assert_eq!(ok.status, Status::Applied, "{:#?}", r.items);
}

#[test]
fn a_docx_of_another_report_maps_nothing() {
    let mini = copy_tree(&root().join("tests/fixtures/mini"));
    let docx = build(mini.path()).unwrap().docx().unwrap();
    let texts = baocao::docx::document_text(&docx);
    let some = texts
        .iter()
        .rev()
        .find(|t| t.split(' ').count() > 8)
        .unwrap();
    let word = some
        .split(' ')
        .skip(3)
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    let mut m = Markup::new(&docx);
    m.replace(&word, "XYZ");
    let dir = copy_tree(&root().join("content"));
    let r = review(&m.docx(), dir.path(), true).unwrap();
    assert!(r.unmatched > 0);
    assert!(r
        .items
        .iter()
        .all(|i| i.status == Status::NotApplicable && i.reason.is_some()));
    assert!(r.edited.is_empty());
}

fn cli(args: &[&str], cwd: &Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_baocao"))
        .args(args)
        .current_dir(cwd)
        .env_remove("BAOCAO_LANG")
        .output()
        .unwrap()
}

#[test]
fn not_a_docx_or_no_provenance_is_an_error_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let content = root().join("content");
    let content = content.to_str().unwrap();
    std::fs::write(tmp.path().join("notes.docx"), "not a zip").unwrap();
    let o = cli(
        &["review", "notes.docx", "--content", content, "--out", "out"],
        tmp.path(),
    );
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("không phải là tệp DOCX"), "{err}");
    assert!(!tmp.path().join("out").exists());
    // a DOCX that baocao did not make (no bookmarks)
    let plain =
        baocao::docx::markdown_to_docx("# BÁO CÁO {.kind}\n\nMột đoạn.\n", &Default::default())
            .unwrap();
    std::fs::write(tmp.path().join("plain.docx"), plain).unwrap();
    let o = cli(
        &[
            "review",
            "plain.docx",
            "--content",
            content,
            "--out",
            "out",
            "--lang",
            "en",
        ],
        tmp.path(),
    );
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("was not made by baocao"), "{err}");
    assert!(!tmp.path().join("out").exists());
    let o = cli(
        &["review", "missing.docx", "--content", content],
        tmp.path(),
    );
    assert_ne!(o.status.code(), Some(0));
}

#[test]
fn the_command_writes_the_lists_and_with_apply_the_yaml() {
    let dir = copy_tree(&root().join("content"));
    let docx = build(dir.path()).unwrap().docx().unwrap();
    let mut m = Markup::new(&docx);
    m.replace("thường xuyên quan tâm", "luôn được quan tâm")
        .comment("Độ che phủ rừng", "Kiểm tra số liệu");
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("tra-lai.docx"), m.docx()).unwrap();
    let content = dir.path().to_str().unwrap();
    let o = cli(
        &[
            "review",
            "tra-lai.docx",
            "--content",
            content,
            "--out",
            "out",
        ],
        tmp.path(),
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("1 thay đổi, 1 ý kiến."), "{out}");
    assert!(
        out.contains("[-thường xuyên quan tâm-]{+luôn được quan tâm+}"),
        "{out}"
    );
    let md = std::fs::read_to_string(tmp.path().join("out/tra-lai.review.md")).unwrap();
    assert!(
        md.starts_with("# Các thay đổi và ý kiến trong tệp tra-lai.docx"),
        "{md}"
    );
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(tmp.path().join("out/tra-lai.review.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(json["items"][0]["status"], "applicable");
    assert_eq!(json["items"][1]["kind"], "comment");
    let yaml = std::fs::read_to_string(dir.path().join("economy.yaml")).unwrap();
    assert!(
        yaml.contains("thường xuyên quan tâm"),
        "without --apply the YAML is left alone"
    );
    let o = cli(
        &[
            "review",
            "tra-lai.docx",
            "--content",
            content,
            "--out",
            "out",
            "--apply",
            "--lang",
            "en",
        ],
        tmp.path(),
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("1 applied to the YAML; 1 not applied"),
        "{out}"
    );
    assert!(out.contains("changed "), "{out}");
    let yaml = std::fs::read_to_string(dir.path().join("economy.yaml")).unwrap();
    assert!(yaml.contains("Lĩnh vực chăn nuôi luôn được quan tâm chỉ đạo."));
}

#[test]
fn markup_on_the_redline_leaves_the_drafting_teams_changes_out() {
    let new = copy_tree(&root().join("content"));
    common::edit(
        new.path(),
        "economy.yaml",
        "Lĩnh vực chăn nuôi thường xuyên quan tâm chỉ đạo.",
        "Lĩnh vực chăn nuôi luôn được quan tâm chỉ đạo.",
    );
    let req = baocao::diff::Request {
        old: baocao::diff::Old::Dir(root().join("content")),
        new: new.path().to_path_buf(),
        templates: Some(root().join("templates")),
        author: baocao::diff::DEFAULT_AUTHOR.into(),
        date: Some("2025-02-05".into()),
    };
    let mut diags = Diagnostics::default();
    let redline = baocao::diff::run(&req, &mut diags).expect("the redline");
    let mut m = Markup::new(&redline.docx);
    m.replace("tiêm phòng vắc xin", "tiêm vắc xin");
    let r = review(&m.docx(), new.path(), true).unwrap();
    assert_eq!(r.items.len(), 1, "{:#?}", r.items);
    assert_eq!(r.items[0].status, Status::Applied, "{:#?}", r.items);
    assert_eq!((r.stale, r.unmatched), (0, 0));
}
