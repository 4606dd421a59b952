//! The pipeline as an editor uses it: change a figure in YAML, rebuild, and
//! exactly the sentences that state it or derive from it change.

mod common;
use common::*;

fn mini() -> tempfile::TempDir {
    copy_tree(&root().join("tests/fixtures/mini"))
}

#[test]
fn renders_figures_the_vietnamese_way() {
    let dir = mini();
    let md = build(dir.path()).unwrap().markdown;
    let p = paragraphs(&md);
    assert!(p.contains(&"Giá trị sản xuất năm 2025 ước đạt 2.732,16 tỷ đồng, tăng 1.917,76 tỷ đồng so với năm 2020 (đạt 153% mục tiêu).".to_string()), "{md}");
    assert!(p.contains(&"Thu nhập bình quân đầu người đạt 76,6 triệu đồng, đạt 88,05% kế hoạch, tăng 10,6 triệu đồng (16,06%) so với năm 2020.".to_string()));
    assert!(p.contains(&"11/16 khu phố đạt kiểu mẫu, tỷ lệ 68,8%.".to_string()));
    assert!(
        p.contains(&"Đảng bộ có 24 chi bộ.".to_string()),
        "a total computed from its parts"
    );
    assert!(
        p.contains(&"(1) Tổng sản lượng lương thực: 1.086 tấn.".to_string()),
        "output = area × yield, total of two crops"
    );
}

#[test]
fn a_part_one_figure_changes_its_percent_of_plan_and_its_change_and_nothing_else() {
    let dir = mini();
    let before = build(dir.path()).unwrap().markdown;
    edit(dir.path(), "economy.yaml", "value: 2732.16", "value: 3000");
    let after = build(dir.path()).unwrap().markdown;
    assert_eq!(
        changed(&before, &after),
        vec![(
            "Giá trị sản xuất năm 2025 ước đạt 2.732,16 tỷ đồng, tăng 1.917,76 tỷ đồng so với năm 2020 (đạt 153% mục tiêu).".to_string(),
            "Giá trị sản xuất năm 2025 ước đạt 3.000 tỷ đồng, tăng 2.185,6 tỷ đồng so với năm 2020 (đạt 168% mục tiêu).".to_string()
        )]
    );
}

#[test]
fn a_baseline_changes_the_absolute_and_relative_change() {
    let dir = mini();
    let before = build(dir.path()).unwrap().markdown;
    edit(dir.path(), "economy.yaml", "baseline: 66", "baseline: 70");
    let after = build(dir.path()).unwrap().markdown;
    assert_eq!(
        changed(&before, &after),
        vec![(
            "Thu nhập bình quân đầu người đạt 76,6 triệu đồng, đạt 88,05% kế hoạch, tăng 10,6 triệu đồng (16,06%) so với năm 2020.".to_string(),
            "Thu nhập bình quân đầu người đạt 76,6 triệu đồng, đạt 88,05% kế hoạch, tăng 6,6 triệu đồng (9,43%) so với năm 2020.".to_string()
        )]
    );
}

#[test]
fn a_part_two_figure_changes_the_target_and_the_total_it_feeds() {
    let dir = mini();
    let before = build(dir.path()).unwrap().markdown;
    edit(dir.path(), "economy.yaml", "area: 160", "area: 170");
    let after = build(dir.path()).unwrap().markdown;
    assert_eq!(
        changed(&before, &after),
        vec![
            (
                "(1) Tổng sản lượng lương thực: 1.086 tấn.".to_string(),
                "(1) Tổng sản lượng lương thực: 1.146 tấn.".to_string()
            ),
            (
                "(2) Cây lúa: 160 ha, 60 tạ/ha, 960 tấn.".to_string(),
                "(2) Cây lúa: 170 ha, 60 tạ/ha, 1.020 tấn.".to_string()
            ),
        ]
    );
}

#[test]
fn a_part_count_changes_the_total() {
    let dir = mini();
    edit(dir.path(), "economy.yaml", "khu_pho: 16", "khu_pho: 17");
    let md = build(dir.path()).unwrap().markdown;
    assert!(md.contains("Đảng bộ có 25 chi bộ."));
}

#[test]
fn adding_a_target_renumbers_the_rest_and_updates_the_group_count() {
    let dir = mini();
    edit(
        dir.path(),
        "economy.yaml",
        "      targets:\n        - figure: luong_thuc",
        "      targets:\n        - text: \"Chỉ tiêu mới.\"\n        - figure: luong_thuc",
    );
    let md = build(dir.path()).unwrap().markdown;
    let p = paragraphs(&md);
    let idx = |s: &str| {
        p.iter()
            .position(|x| x == s)
            .unwrap_or_else(|| panic!("missing {s}\n{md}"))
    };
    let order = [
        idx("#### 1. Chỉ tiêu về kinh tế (03 chỉ tiêu) {.item}"),
        idx("(1) Chỉ tiêu mới."),
        idx("(2) Tổng sản lượng lương thực: 1.086 tấn."),
        idx("(3) Cây lúa: 160 ha, 60 tạ/ha, 960 tấn."),
        idx("#### 2. Chỉ tiêu về xã hội (01 chỉ tiêu) {.item}"),
        idx("(4) Tỉ lệ khu phố kiểu mẫu: 87,5%."),
    ];
    assert!(order.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn removing_a_target_renumbers_and_updates_the_count() {
    let dir = mini();
    edit(
        dir.path(),
        "economy.yaml",
        "        - figure: luong_thuc\n          text: \"Tổng sản lượng lương thực: {{ value | num }} {{ unit }}.\"\n",
        "",
    );
    let md = build(dir.path()).unwrap().markdown;
    assert!(md.contains("#### 1. Chỉ tiêu về kinh tế (01 chỉ tiêu) {.item}"));
    assert!(md.contains("(1) Cây lúa: 160 ha"));
    assert!(md.contains("(2) Tỉ lệ khu phố kiểu mẫu: 87,5%."));
    assert!(!md.contains("(3)"));
}

#[test]
fn headings_are_numbered_by_position() {
    let dir = mini();
    edit(
        dir.path(),
        "economy.yaml",
        "  results:\n    - heading: Về kinh tế",
        "  results:\n    - heading: Mục mới\n    - heading: Về kinh tế",
    );
    let md = build(dir.path()).unwrap().markdown;
    assert!(md.contains("#### 1. Mục mới {.item}"));
    assert!(md.contains("#### 2. Về kinh tế {.item}"));
    assert!(md.contains("#### 3. Về xã hội {.item}"));
}

#[test]
fn markdown_characters_from_yaml_stay_text() {
    let dir = mini();
    edit(
        dir.path(),
        "economy.yaml",
        "- Đoạn văn không có số liệu.",
        "- \"1. Mục *quan trọng* _a_ #1 | x\"",
    );
    let md = build(dir.path()).unwrap().markdown;
    assert!(
        md.contains("1\\. Mục \\*quan trọng\\* \\_a\\_ \\#1 \\| x"),
        "{md}"
    );
    let doc = baocao::docx::parse_markdown(&md);
    let texts = doc.paragraph_texts();
    assert!(
        texts.iter().any(|t| t == "1. Mục *quan trọng* _a_ #1 | x"),
        "{texts:?}"
    );
}

#[test]
fn the_output_is_deterministic() {
    let dir = mini();
    let a = build(dir.path()).unwrap();
    let b = build(dir.path()).unwrap();
    assert_eq!(a.markdown, b.markdown);
    assert_eq!(a.docx().unwrap(), b.docx().unwrap());
}

#[test]
fn the_stem_carries_the_draft_number() {
    let dir = mini();
    assert_eq!(
        build(dir.path()).unwrap().stem,
        "bao-cao-chinh-tri-du-thao-lan-1"
    );
    edit(dir.path(), "report.yaml", "  draft: 1\n", "");
    edit(
        dir.path(),
        "report.yaml",
        "  date:\n",
        "  date: 2025-02-05\n",
    );
    let b = build(dir.path()).unwrap();
    assert_eq!(b.stem, "bao-cao-chinh-tri");
    assert!(b.markdown.contains("*Thử, ngày 05 tháng 02 năm 2025*"));
    assert!(!b.markdown.contains("Dự thảo"));
}

#[test]
fn a_templates_directory_overrides_one_template_and_keeps_the_rest() {
    let dir = mini();
    let tpl = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tpl.path().join("sections")).unwrap();
    std::fs::write(
        tpl.path().join("sections/society.part_one.md"),
        "{% for b in blocks %}{% if b.kind == \"heading\" %}#### {{ b.number }}. {{ b.title | upper }} {.item}\n\n{% else %}> {{ b.text }}\n\n{% endif %}{% endfor %}",
    )
    .unwrap();
    let mut diags = baocao::diag::Diagnostics::default();
    let inputs = baocao::build::Inputs {
        content: dir.path().to_path_buf(),
        templates: Some(tpl.path().to_path_buf()),
    };
    let md = baocao::build::build(&inputs, &mut diags).unwrap().markdown;
    assert!(md.contains("#### 2. VỀ XÃ HỘI {.item}"), "{md}");
    assert!(
        md.contains("> 11/16 khu phố đạt kiểu mẫu, tỷ lệ 68,8%."),
        "{md}"
    );
    // everything else still comes from the built-in templates
    assert!(md.contains("#### 1. Về kinh tế {.item}"));
    assert!(md.contains("# BÁO CÁO {.kind}"));
}

#[test]
fn the_docx_names_its_title_author_and_language() {
    let dir = mini();
    let bytes = build(dir.path()).unwrap().docx().unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut core = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("docProps/core.xml").unwrap(), &mut core)
        .unwrap();
    assert!(core.contains("<dc:title>TIÊU ĐỀ THỬ</dc:title>"), "{core}");
    assert!(
        core.contains("<dc:creator>ĐẢNG ỦY XÃ THỬ</dc:creator>"),
        "{core}"
    );
    assert!(core.contains("<dc:language>vi-VN</dc:language>"), "{core}");
    assert!(!core.contains("unknown"));
}

#[test]
fn without_a_superior_body_the_issuing_body_stands_beside_the_partys_name() {
    let dir = mini();
    edit(
        dir.path(),
        "report.yaml",
        "  superior_body: ĐẢNG BỘ HUYỆN THỬ\n",
        "",
    );
    let b = build(dir.path()).unwrap();
    let first_row = b.markdown.lines().next().unwrap();
    assert_eq!(
        first_row,
        "| **ĐẢNG ỦY XÃ THỬ** | **ĐẢNG CỘNG SẢN VIỆT NAM** |"
    );
    assert!(
        b.markdown.contains("| \\* | *Thử, ngày"),
        "{}",
        &b.markdown[..300]
    );
    let docx = b.docx().unwrap();
    // the DOCX: the header table's first row, and the author from the
    // content's issuing body, not from a cell
    let text = baocao::docx::document_text(&docx);
    assert_eq!(text[0], "ĐẢNG ỦY XÃ THỬ");
    assert_eq!(text[1], "ĐẢNG CỘNG SẢN VIỆT NAM");
    let core = baocao::docx::package::read_part(&docx, "docProps/core.xml").unwrap();
    let core = String::from_utf8(core).unwrap();
    assert!(
        core.contains("<dc:creator>ĐẢNG ỦY XÃ THỬ</dc:creator>"),
        "{core}"
    );
    // with a superior body the author is still the issuing body, whatever the cells say
    let dir = mini();
    edit(
        dir.path(),
        "report.yaml",
        "  superior_body: ĐẢNG BỘ HUYỆN THỬ\n",
        "  superior_body: ĐẢNG BỘ TỈNH THỬ\n",
    );
    let b = build(dir.path()).unwrap();
    assert!(b
        .markdown
        .starts_with("| ĐẢNG BỘ TỈNH THỬ | **ĐẢNG CỘNG SẢN VIỆT NAM** |"));
    let core = baocao::docx::package::read_part(&b.docx().unwrap(), "docProps/core.xml").unwrap();
    assert!(String::from_utf8(core)
        .unwrap()
        .contains("<dc:creator>ĐẢNG ỦY XÃ THỬ</dc:creator>"));
}

#[test]
fn a_list_counts_itself_and_feeds_a_total() {
    let dir = mini();
    edit(
        dir.path(),
        "economy.yaml",
        "    parts: { khu_pho: 16, co_quan: 8 }",
        "    parts: { khu_pho: 16, co_quan: co_quan }\n  co_quan:\n    label: Chi bộ cơ quan\n    items: [a, b, c, d, e, f, g, h]",
    );
    assert!(build(dir.path())
        .unwrap()
        .markdown
        .contains("Đảng bộ có 24 chi bộ."));
    edit(
        dir.path(),
        "economy.yaml",
        "[a, b, c, d, e, f, g, h]",
        "[a, b, c, d, e, f, g]",
    );
    assert!(build(dir.path())
        .unwrap()
        .markdown
        .contains("Đảng bộ có 23 chi bộ."));
}

#[cfg(unix)]
#[test]
fn json_diagnostics_of_a_folder_whose_name_is_not_utf8() {
    use std::os::unix::ffi::OsStrExt;
    let tmp = tempfile::tempdir().unwrap();
    let name = std::ffi::OsStr::from_bytes(b"n\xff\xfei dung");
    let dir = tmp.path().join(name);
    std::fs::create_dir(&dir).unwrap();
    for e in std::fs::read_dir(root().join("tests/fixtures/mini")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), dir.join(e.file_name())).unwrap();
    }
    // a mistake, so that a diagnostic names a file in that folder
    edit(
        &dir,
        "economy.yaml",
        "    value: 76.6\n",
        "    value: 76,6,6\n",
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_baocao"))
        .arg("check")
        .arg("--content")
        .arg(&dir)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let file = doc["diagnostics"][0]["location"]["file"].as_str().unwrap();
    assert!(file.ends_with("i dung/economy.yaml"), "{file}");
    assert!(file.contains('\u{FFFD}'), "{file}");
}

#[cfg(unix)]
#[test]
fn content_files_that_lead_out_of_the_folder_or_are_no_files_are_refused_unread() {
    let check = |dir: &std::path::Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_baocao"))
            .arg("check")
            .arg("--content")
            .arg(dir)
            .env_remove("BAOCAO_LANG")
            .output()
            .unwrap()
    };
    // a section file that is a link to the process's environment
    let dir = mini();
    let economy = dir.path().join("economy.yaml");
    std::fs::remove_file(&economy).unwrap();
    std::os::unix::fs::symlink("/proc/self/environ", &economy).unwrap();
    let out = check(dir.path());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("trỏ ra ngoài thư mục chứa nó"), "{err}");
    assert!(
        !err.contains("PATH="),
        "the environment must not be quoted: {err}"
    );
    // report.yaml itself as such a link
    let dir = mini();
    let report = dir.path().join("report.yaml");
    let outside = tempfile::NamedTempFile::new().unwrap();
    std::fs::copy(&report, outside.path()).unwrap();
    std::fs::remove_file(&report).unwrap();
    std::os::unix::fs::symlink(outside.path(), &report).unwrap();
    let out = check(dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("trỏ ra ngoài"));
    // a template of --templates linking out of its folder
    let dir = mini();
    let tpl = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("/etc/hostname", tpl.path().join("title.md")).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_baocao"))
        .arg("check")
        .arg("--content")
        .arg(dir.path())
        .arg("--templates")
        .arg(tpl.path())
        .env_remove("BAOCAO_LANG")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("title.md là một liên kết"));
    // a link inside the folder is fine
    let dir = mini();
    let economy = dir.path().join("economy.yaml");
    std::fs::rename(&economy, dir.path().join("kinh-te.yaml")).unwrap();
    std::os::unix::fs::symlink("kinh-te.yaml", &economy).unwrap();
    assert_eq!(check(dir.path()).status.code(), Some(0));
    // a folder, and a FIFO, named as a section file
    let dir = mini();
    let economy = dir.path().join("economy.yaml");
    std::fs::remove_file(&economy).unwrap();
    std::fs::create_dir(&economy).unwrap();
    let err = String::from_utf8_lossy(&check(dir.path()).stderr).into_owned();
    assert!(err.contains("là một thư mục, không phải một tệp"), "{err}");
    let dir = mini();
    let economy = dir.path().join("economy.yaml");
    std::fs::remove_file(&economy).unwrap();
    let mkfifo = std::process::Command::new("mkfifo").arg(&economy).status();
    if mkfifo.is_ok_and(|s| s.success()) {
        let err = String::from_utf8_lossy(&check(dir.path()).stderr).into_owned();
        assert!(err.contains("không phải là một tệp thường"), "{err}");
    }
}

#[test]
fn text_from_the_content_never_becomes_markup() {
    let dir = mini();
    edit(
        dir.path(),
        "economy.yaml",
        "    - heading: Về kinh tế\n",
        "    - heading: Về kinh tế A&amp;B\n      number: \"**9** [a](b) <i>\"\n",
    );
    edit(
        dir.path(),
        "economy.yaml",
        "      count_label: chỉ tiêu",
        "      count_label: \"chỉ *tiêu* &lt;\"",
    );
    let b = build(dir.path()).unwrap();
    let text = baocao::docx::document_text(&b.docx().unwrap());
    assert!(
        text.iter()
            .any(|t| t == "**9** [a](b) <i>. Về kinh tế A&amp;B"),
        "{text:#?}"
    );
    assert!(
        text.iter().any(|t| t.ends_with("(02 chỉ *tiêu* &lt;)")),
        "{text:#?}"
    );
    // a line break in a number is an error, not a heading of its own
    let dir = mini();
    edit(
        dir.path(),
        "economy.yaml",
        "    - heading: Về kinh tế\n",
        "    - heading: Về kinh tế\n      number: \"9\\n\\n# X {.title}\"\n",
    );
    let d = build(dir.path()).err().expect("an error");
    assert!(
        d.items
            .iter()
            .any(|d| d.message.contains("`number:` phải nằm trên một dòng")),
        "{:?}",
        d.items
    );
}

#[test]
fn a_huge_figure_printed_with_ten_decimals_is_printed_not_a_panic() {
    // `num(p=10)` of 1.0e+22 panicked ("CapacityError") in the formatter
    let dir = mini();
    edit(
        dir.path(),
        "economy.yaml",
        "    value: 76.6\n",
        "    value: 1.0e+22\n",
    );
    edit(
        dir.path(),
        "economy.yaml",
        "{{ f.thu_nhap.value | num }}",
        "{{ f.thu_nhap.value | num(p=10) }}",
    );
    let b = build(dir.path()).unwrap();
    assert!(
        b.markdown.contains(
            "Thu nhập bình quân đầu người đạt 10.000.000.000.000.000.000.000,0000000000 triệu đồng"
        ),
        "{}",
        b.markdown
    );
    let text = baocao::docx::document_text(&b.docx().unwrap());
    assert!(
        text.iter()
            .any(|t| t.contains("10.000.000.000.000.000.000.000,0000000000")),
        "{text:#?}"
    );
}
