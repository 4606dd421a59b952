//! Editing without programming (issue 12), on a second report unlike
//! Bến Sung's (tests/fixtures/merged: a commune formed by merger, its first
//! congress, no superior body, its own files, slots and groups): counts of
//! any list, no silent blanks, short names and the filters of a figure,
//! every error of a file at once.

mod common;
use baocao::diag::{Diagnostic, Severity};
use common::*;

fn merged() -> tempfile::TempDir {
    copy_tree(&root().join("tests/fixtures/merged"))
}

fn errors(dir: &std::path::Path) -> Vec<Diagnostic> {
    match build(dir) {
        Ok(b) => panic!("built, with findings {:?}", b.findings),
        Err(d) => d
            .items
            .into_iter()
            .filter(|d| d.severity == Severity::Error)
            .collect(),
    }
}

fn line_of(d: &Diagnostic) -> (String, usize) {
    let s = d.span.as_ref().expect("a located diagnostic");
    match &s.at {
        baocao::diag::At::Pos { line, .. } => (
            s.file.file_name().unwrap().to_string_lossy().into_owned(),
            *line,
        ),
        other => panic!("unresolved span {other:?}"),
    }
}

/// The 1-based line of the first line of `file` in `dir` containing `text`.
fn line_with(dir: &std::path::Path, file: &str, text: &str) -> usize {
    std::fs::read_to_string(dir.join(file))
        .unwrap()
        .lines()
        .position(|l| l.contains(text))
        .unwrap_or_else(|| panic!("`{text}` not in {file}"))
        + 1
}

fn vi() {
    baocao::i18n::set_for_this_thread(Some(baocao::i18n::Lang::Vi));
}

#[test]
fn the_merged_commune_builds_and_checks_clean_with_its_header_and_counts() {
    vi();
    let dir = merged();
    let b = build(dir.path()).unwrap();
    assert!(b.findings.is_empty(), "{:#?}", b.findings);
    let md = &b.markdown;
    // header block: no superior body, the issuing body beside the Party's name
    let lines: Vec<&str> = md.lines().collect();
    assert_eq!(
        lines[0],
        "| **ĐẢNG ỦY XÃ YÊN THỌ** | **ĐẢNG CỘNG SẢN VIỆT NAM** |"
    );
    assert_eq!(lines[2], "| \\* | *Yên Thọ, ngày 20 tháng 8 năm 2025* |");
    assert!(md.contains("Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030"));
    // counts from the lists they count: all targets, the key tasks, the breakthroughs
    let p = paragraphs(md);
    assert!(
        p.contains(&"Nhiệm kỳ 2025 - 2030 là nhiệm kỳ đầu tiên của xã sau hợp nhất. Đảng bộ xác định 16 chỉ tiêu chủ yếu, 06 nhiệm vụ trọng tâm và 03 khâu đột phá.".to_string()),
        "{md}"
    );
    assert!(p.contains(&"Từ thực tiễn lãnh đạo, rút ra 03 bài học kinh nghiệm:".to_string()));
    // groups unlike Bến Sung's, counted
    assert!(md.contains("#### 1. Chỉ tiêu về kinh tế - môi trường (07 chỉ tiêu) {.item}"));
    assert!(md.contains("#### 2. Chỉ tiêu về văn hóa - xã hội (06 chỉ tiêu) {.item}"));
    assert!(md
        .contains("#### 3. Chỉ tiêu về xây dựng Đảng và hệ thống chính trị (03 chỉ tiêu) {.item}"));
    assert!(md.contains("(16) Mặt trận và các đoàn thể"));
    assert!(!md.contains("Chỉ tiêu về quốc phòng"));
    assert_eq!(b.report.counts["targets"], 16);
    assert_eq!(b.report.counts["nhiem_vu_trong_tam"], 6);
    assert_eq!(b.report.counts["khau_dot_pha"], 3);
    assert_eq!(b.report.counts["bai_hoc"], 3);
    // the figure filters, with short names
    assert!(p.contains(&"Tổng giá trị sản xuất năm 2025 ước đạt 1.250,5 tỷ đồng, tăng 450,5 tỷ đồng so với năm 2020 (đạt 104,21% mục tiêu Nghị quyết). Thu nhập bình quân đầu người đạt 68,4 triệu đồng, đạt 97,71% kế hoạch, tăng 23,4 triệu đồng (52%) so với năm 2020.".to_string()), "{md}");
    assert!(p.contains(&"Tỷ lệ hộ nghèo còn 1,2%, giảm 2,3% so với năm 2020.".to_string()));
    assert!(p.contains(&"(9) Số trường đạt chuẩn quốc gia: 7/7 trường.".to_string()));
    // the DOCX: its header block and its author, from the content
    let docx = b.docx().unwrap();
    let text = baocao::docx::document_text(&docx);
    assert_eq!(text[0], "ĐẢNG ỦY XÃ YÊN THỌ");
    assert_eq!(text[1], "ĐẢNG CỘNG SẢN VIỆT NAM");
    assert_eq!(text[2], "*");
    assert_eq!(text[3], "Yên Thọ, ngày 20 tháng 8 năm 2025");
    let core = baocao::docx::package::read_part(&docx, "docProps/core.xml").unwrap();
    let core = String::from_utf8(core).unwrap();
    assert!(
        core.contains("<dc:creator>ĐẢNG ỦY XÃ YÊN THỌ</dc:creator>"),
        "{core}"
    );
    assert!(
        core.contains("<dc:title>ĐOÀN KẾT, DÂN CHỦ, ĐỔI MỚI;"),
        "{core}"
    );
}

#[test]
fn a_count_follows_its_list() {
    let dir = merged();
    edit(
        dir.path(),
        "chung.yaml",
        "    - text: Bảo đảm quốc phòng, an ninh, trật tự an toàn xã hội.\n",
        "",
    );
    edit(
        dir.path(),
        "kinh-te-xa-hoi.yaml",
        "        - figure: che_phu_2030\n          text: \"Độ che phủ rừng đạt {{ value | pct }}.\"\n",
        "",
    );
    let b = build(dir.path()).unwrap();
    assert!(b.findings.is_empty(), "{:#?}", b.findings);
    assert!(b.markdown.contains(
        "Đảng bộ xác định 15 chỉ tiêu chủ yếu, 05 nhiệm vụ trọng tâm và 03 khâu đột phá."
    ));
    assert!(b.markdown.contains("(06 chỉ tiêu) {.item}"));
}

#[test]
fn the_bundled_breakthroughs_are_counted_from_their_items() {
    let dir = copy_tree(&root().join("content"));
    let before = build(dir.path()).unwrap().markdown;
    assert!(before.contains("#### 2. Kết quả thực hiện 02 khâu đột phá {.item}"));
    // a third breakthrough under 2.: the heading counts it
    edit(
        dir.path(),
        "general.yaml",
        "      items:\n        - heading: \"Tăng cường lãnh đạo",
        "      items:\n        - heading: Khâu đột phá thứ ba\n        - heading: \"Tăng cường lãnh đạo",
    );
    let after = build(dir.path()).unwrap().markdown;
    assert!(
        after.contains("#### 2. Kết quả thực hiện 03 khâu đột phá {.item}"),
        "{after}"
    );
}

#[test]
fn check_reports_a_count_written_by_hand_that_its_list_contradicts() {
    vi();
    let dir = merged();
    edit(
        dir.path(),
        "chung.yaml",
        "rút ra {{ count.bai_hoc | pad }} bài học",
        "rút ra 04 bài học",
    );
    let b = build(dir.path()).unwrap();
    let found: Vec<&Diagnostic> = b.findings.iter().filter(|d| d.code == "count").collect();
    assert_eq!(found.len(), 1, "{:#?}", b.findings);
    let d = found[0];
    assert!(
        d.message.contains("04") && d.message.contains("3 mục"),
        "{}",
        d.message
    );
    assert_eq!(
        line_of(d),
        (
            "chung.yaml".into(),
            line_with(dir.path(), "chung.yaml", "rút ra 04")
        )
    );
    assert!(d.hint.as_deref().unwrap().contains("count.bai_hoc"));
    // a heading that states the right count is no finding
    edit(
        dir.path(),
        "chung.yaml",
        "rút ra 04 bài học",
        "rút ra 03 bài học",
    );
    assert!(build(dir.path()).unwrap().findings.is_empty());
}

#[test]
fn a_first_congress_has_no_previous_one_and_a_sentence_printing_it_is_an_error() {
    vi();
    let dir = merged();
    // the bundled Part One title, copied as a new user would
    edit(
        dir.path(),
        "report.yaml",
        "ĐẠI HỘI CÁC ĐẢNG BỘ XÃ TRƯỚC HỢP NHẤT, NHIỆM KỲ",
        "ĐẠI HỘI ĐẢNG BỘ XÃ LẦN THỨ {{ doc.previous_congress_roman }}, NHIỆM KỲ",
    );
    let e = errors(dir.path());
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(e[0].code, "blank");
    assert!(
        e[0].message.contains("doc.previous_congress_roman"),
        "{}",
        e[0].message
    );
    assert!(e[0].message.contains("lần thứ nhất"), "{}", e[0].message);
    assert!(e[0]
        .hint
        .as_deref()
        .unwrap()
        .contains("Đại hội lần thứ nhất"));
    assert_eq!(
        line_of(&e[0]),
        (
            "report.yaml".into(),
            line_with(dir.path(), "report.yaml", "previous_congress_roman")
        )
    );
    // `previous_congress` is no `0` either
    let dir = merged();
    edit(
        dir.path(),
        "chung.yaml",
        "là nhiệm kỳ đầu tiên",
        "sau Đại hội lần thứ {{ doc.previous_congress }}, là nhiệm kỳ đầu tiên",
    );
    let e = errors(dir.path());
    assert_eq!((e.len(), e[0].code), (1, "blank"), "{e:#?}");
}

#[test]
fn an_absent_superior_body_or_an_empty_list_printed_is_an_error_at_the_sentence() {
    vi();
    let dir = merged();
    edit(
        dir.path(),
        "chung.yaml",
        "Kinh tế phát triển chưa đồng đều",
        "Theo chỉ đạo của {{ doc.superior_body }}, kinh tế phát triển chưa đồng đều",
    );
    let e = errors(dir.path());
    assert_eq!((e.len(), e[0].code), (1, "blank"), "{e:#?}");
    assert!(
        e[0].message.contains("cơ quan cấp trên"),
        "{}",
        e[0].message
    );
    assert_eq!(
        line_of(&e[0]),
        (
            "chung.yaml".into(),
            line_with(dir.path(), "chung.yaml", "doc.superior_body")
        )
    );
    // an empty list joined prints nothing: an error, not a blank
    let dir = merged();
    edit(
        dir.path(),
        "xay-dung-dang.yaml",
        "figures:\n",
        "figures:\n  san_pham:\n    label: Sản phẩm\n    items: []\n",
    );
    edit(
        dir.path(),
        "xay-dung-dang.yaml",
        "đúng quy định.",
        "đúng quy định, gồm {{ f.san_pham.items | join(sep=\", \") }}.",
    );
    let e = errors(dir.path());
    assert_eq!((e.len(), e[0].code), (1, "blank"), "{e:#?}");
    assert!(
        e[0].message.contains("f.san_pham.items"),
        "{}",
        e[0].message
    );
}

#[test]
fn a_wrong_short_name_or_field_is_explained_with_did_you_mean() {
    vi();
    let dir = merged();
    edit(
        dir.path(),
        "kinh-te-xa-hoi.yaml",
        "{{ gt | qty }}",
        "{{ gtt | qty }}",
    );
    let e = errors(dir.path());
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(e[0].hint.as_deref(), Some("có phải là `gt`?"), "{e:#?}");
    let dir = merged();
    edit(
        dir.path(),
        "kinh-te-xa-hoi.yaml",
        "{{ gt.year }}",
        "{{ gt.yaer }}",
    );
    let e = errors(dir.path());
    assert_eq!(e.len(), 1, "{e:#?}");
    assert!(e[0].message.contains("gt.yaer"), "{}", e[0].message);
    assert_eq!(e[0].hint.as_deref(), Some("có phải là `year`?"), "{e:#?}");
    assert_eq!(
        line_of(&e[0]),
        (
            "kinh-te-xa-hoi.yaml".into(),
            line_with(dir.path(), "kinh-te-xa-hoi.yaml", "gt.yaer")
        )
    );
    // a short name for a figure that does not exist
    let dir = merged();
    edit(
        dir.path(),
        "kinh-te-xa-hoi.yaml",
        "tn: thu_nhap }",
        "tn: thu_nhapp }",
    );
    let e = errors(dir.path());
    assert_eq!((e.len(), e[0].code), (1, "unknown-figure"), "{e:#?}");
    assert_eq!(e[0].hint.as_deref(), Some("có phải là `thu_nhap`?"));
    // a figure filter on a figure that lacks what it prints
    let dir = merged();
    edit(
        dir.path(),
        "kinh-te-xa-hoi.yaml",
        "{{ gt | change }}",
        "{{ f.thu_nhap_2030 | change }}",
    );
    let e = errors(dir.path());
    assert_eq!(e.len(), 1, "{e:#?}");
    assert!(
        e[0].message.contains("`change`") && e[0].message.contains("thu_nhap_2030"),
        "{}",
        e[0].message
    );
}

#[test]
fn check_reports_every_error_of_a_file_at_once() {
    vi();
    let dir = merged();
    let f = "kinh-te-xa-hoi.yaml";
    edit(dir.path(), f, "    value: 1250.5\n", "    value: 1.250,5\n");
    edit(dir.path(), f, "    baseline: 45\n", "    baselin: 45\n");
    edit(
        dir.path(),
        f,
        "    - heading: Phát triển kinh tế\n",
        "    - heading: Phát triển kinh tế\n      run_in: yes please\n",
    );
    edit(
        dir.path(),
        f,
        "        - figure: lua_2030\n",
        "        - figure: lua_2030\n          txt: x\n",
    );
    let e = errors(dir.path());
    let codes: Vec<&str> = e.iter().map(|d| d.code).collect();
    assert_eq!(
        codes,
        ["bad-number", "unknown-key", "wrong-type", "unknown-key"],
        "{e:#?}"
    );
    let lines: Vec<usize> = e.iter().map(|d| line_of(d).1).collect();
    assert_eq!(
        lines,
        [
            line_with(dir.path(), f, "1.250,5"),
            line_with(dir.path(), f, "baselin:"),
            line_with(dir.path(), f, "yes please"),
            line_with(dir.path(), f, "txt: x"),
        ]
    );
}
