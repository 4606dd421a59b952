//! The appendices (Phụ lục) of the bundled report: tables computed from the
//! figures — their rows, percentages, verdicts and counts in the Markdown;
//! one figure changed changes its cells and nothing else; the checks of a
//! table against its figures and against what the report states.

mod common;
use common::*;

use baocao::diag::Diagnostic;

fn bundled() -> tempfile::TempDir {
    copy_tree(&root().join("content"))
}

/// The Markdown's lines, each with its whitespace folded (a table's empty
/// cells read `| |`).
fn lines(md: &str) -> Vec<String> {
    md.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// The rows of the `n`-th appendix's table (1-based), header included.
fn table(md: &str, n: usize) -> Vec<String> {
    let all = lines(md);
    let start = all
        .iter()
        .position(|l| l == &format!("# Phụ lục số {n:02} {{.appendix}}"))
        .unwrap_or_else(|| panic!("no Phụ lục số {n:02}"));
    all[start..]
        .iter()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .cloned()
        .collect()
}

fn has(rows: &[String], row: &str) {
    assert!(
        rows.iter().any(|r| r == row),
        "no row {row:?} in\n{}",
        rows.join("\n")
    );
}

fn findings(dir: &std::path::Path) -> Vec<Diagnostic> {
    build(dir)
        .unwrap_or_else(|d| panic!("{:#?}", d.items))
        .findings
}

fn with_code<'a>(found: &'a [Diagnostic], code: &str) -> Vec<&'a Diagnostic> {
    found.iter().filter(|d| d.code == code).collect()
}

fn line_of(d: &Diagnostic) -> usize {
    d.location().expect("located").line
}

/// The line (1-based) of the first line of `file` in `dir` containing `text`.
fn line_in(dir: &std::path::Path, file: &str, text: &str) -> usize {
    let s = std::fs::read_to_string(dir.join(file)).unwrap();
    s.lines()
        .position(|l| l.contains(text))
        .unwrap_or_else(|| panic!("`{text}` not in {file}"))
        + 1
}

#[test]
fn phu_luc_01_shows_each_figure_against_its_target() {
    let b = build(&root().join("content")).unwrap();
    let rows = table(&b.markdown, 1);
    assert_eq!(
        rows[0],
        "| STT | Chỉ tiêu | Đơn vị tính | Mục tiêu Nghị quyết | Kết quả thực hiện đến năm 2025 › Thực hiện | Kết quả thực hiện đến năm 2025 › So với mục tiêu (%) | Đánh giá |"
    );
    assert_eq!(rows[1], "|:---:|:---|:---:|---:|---:|---:|:---:|");
    has(&rows, "| **I** | **Chỉ tiêu về kinh tế** | | | | | |");
    // the growth rate against its target, the value against its target
    has(
        &rows,
        "| 1 | Tốc độ tăng giá trị sản xuất bình quân hàng năm | %/năm | 20,5 | 27,2 | 132,68 | Vượt |",
    );
    has(
        &rows,
        "| 2 | Giá trị sản xuất | tỷ đồng | 1.786 | 2.732,16 | 152,98 | Vượt |",
    );
    // the draft's verdict where it states one
    has(
        &rows,
        "| 6 | Thu nhập bình quân đầu người | triệu đồng | 87 | 76,6 | 88,05 | Không đạt |",
    );
    has(
        &rows,
        "| 7 | Sản lượng lương thực cây có hạt bình quân hàng năm | tấn | 1.354 | 1.354 | 100 | Đạt |",
    );
    // no target in the draft: the verdict as stated, the target's cells empty
    has(
        &rows,
        "| 11 | Tỷ lệ đường giao thông cứng hóa | % | | 100 | | Đạt |",
    );
    // the 25% the draft states, and the verdict it gives
    has(
        &rows,
        "| 12 | Tổng huy động vốn đầu tư phát triển (hơn) | tỷ đồng | 250 | 1.813 | 25 | Không đạt |",
    );
    has(
        &rows,
        "| **III** | **Chỉ tiêu về xây dựng Đảng** | | | | | |",
    );
    assert_eq!(
        rows.last().unwrap(),
        "| 26 | Đảng viên mới kết nạp trong nhiệm kỳ 2020-2025 | đồng chí | 50 | 54 | 108 | Vượt |"
    );
    // the page, the label, the title and the note before it
    let md = lines(&b.markdown);
    let at = md
        .iter()
        .position(|l| l == "# Phụ lục số 01 {.appendix}")
        .unwrap();
    assert_eq!(md[at - 2], "<!-- section: landscape -->");
    assert!(md[at + 2].starts_with("# KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ THỊ TRẤN LẦN THỨ V, NHIỆM KỲ 2020 - 2025 {.appendix-title}"));
    assert!(md[at + 4].starts_with("# (Kèm theo Báo cáo chính trị"));
    assert_eq!(md[at + 6], "<!-- table: widths=6,34,10,11,11,11,10 -->");
}

#[test]
fn phu_luc_02_numbers_the_targets_as_the_report_does() {
    let b = build(&root().join("content")).unwrap();
    let rows = table(&b.markdown, 2);
    assert_eq!(
        rows[0],
        "| STT | Chỉ tiêu | Đơn vị tính | Thực hiện đến năm 2025 | Mục tiêu đến năm 2030 |"
    );
    let numbers: Vec<String> = rows
        .iter()
        .filter_map(|r| r.split('|').nth(1).map(str::trim).map(str::to_string))
        .filter(|n| n.starts_with('('))
        .collect();
    let want: Vec<String> = (1..=24).map(|n| format!("({n})")).collect();
    assert_eq!(numbers, want);
    has(&rows, "| **1** | **Chỉ tiêu về kinh tế** | | | |");
    has(&rows, "| **5** | **Các chỉ tiêu về xây dựng Đảng** | | | |");
    // the term's figure where the content has the same indicator
    has(
        &rows,
        "| (1) | Thu nhập bình quân đầu người/năm năm 2030 | triệu đồng | 76,6 | 92 |",
    );
    has(
        &rows,
        "| (7) | Tỉ lệ tăng thu ngân sách bình quân hàng năm giai đoạn 2026-2030 | % | | 12 |",
    );
    // a target restating (2)'s figure is named by its sentence; the
    // figures its lines state are rows of their own
    has(
        &rows,
        "| (4) | Diện tích, năng suất, sản lượng các cây trồng chủ yếu năm 2030 | | | |",
    );
    has(&rows, "| | \\- Sản lượng lúa năm 2030 | tấn | | 992 |");
    has(&rows, "| | \\- Sản lượng ngô năm 2030 | tấn | | 126 |");
    has(
        &rows,
        "| | \\- Tỉ lệ chi bộ đảng hoàn thành xuất sắc nhiệm vụ hàng năm | % | | 20 |",
    );
    // five columns fit the portrait page
    assert!(b.markdown.contains(
        "<!-- section: portrait -->\n\n# Phụ lục số 02 {.appendix}\n\n# CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025 - 2030 {.appendix-title}"
    ));
}

#[test]
fn the_counts_of_a_table_are_available_to_the_sentences() {
    let dir = bundled();
    edit(
        dir.path(),
        "report.yaml",
        "  - >-\n    Tuy nhiên, quá trình",
        "  - >-\n    Bảng: {{ a.ket_qua_nhiem_ky.met }}/{{ a.ket_qua_nhiem_ky.total }} đạt,\n    {{ a.ket_qua_nhiem_ky.exceeded }} vượt, {{ a.ket_qua_nhiem_ky.not_met }} không đạt,\n    {{ a.ket_qua_nhiem_ky.unassessed }} chưa đánh giá; {{ a.ket_qua_nhiem_ky.label }}.\n  - >-\n    Tuy nhiên, quá trình",
    );
    let b = build(dir.path()).unwrap_or_else(|d| panic!("{:#?}", d.items));
    assert!(
        b.markdown
            .contains("\nBảng: 22/26 đạt, 10 vượt, 4 không đạt, 0 chưa đánh giá; Phụ lục số 01.\n"),
        "{}",
        &b.markdown[..3000]
    );
    // the draft's own sentence is as it states it
    assert!(b
        .markdown
        .contains("kết thúc nhiệm kỳ đạt 23/26 chỉ tiêu, trong đó có 10 chỉ tiêu vượt kế hoạch."));
}

#[test]
fn changing_one_figure_changes_its_cells_its_percentage_and_its_verdict_and_nothing_else() {
    let dir = bundled();
    let before = build(dir.path()).unwrap().markdown;
    edit(
        dir.path(),
        "economy.yaml",
        "    value: 81\n    unit: doanh nghiệp",
        "    value: 79\n    unit: doanh nghiệp",
    );
    let after = build(dir.path()).unwrap().markdown;
    let (a, b) = (lines(&before), lines(&after));
    assert_eq!(a.len(), b.len());
    let changed: Vec<(&String, &String)> = a.iter().zip(&b).filter(|(x, y)| x != y).collect();
    type Pairs<'a> = Vec<(&'a String, &'a String)>;
    let (tables, text): (Pairs, Pairs) = changed.into_iter().partition(|(x, _)| x.starts_with('|'));
    // its sentence …
    assert_eq!(text.len(), 1, "{text:#?}");
    assert!(text[0]
        .1
        .contains("có 79/80 doanh nghiệp được thành lập mới, đạt 98,8% mục tiêu"));
    // … its row of Phụ lục 01: value, percentage, verdict; and the term's
    // value of Phụ lục 02's target (8)
    let rows: Vec<(&str, &str)> = tables
        .iter()
        .map(|(x, y)| (x.as_str(), y.as_str()))
        .collect();
    assert_eq!(
        rows,
        vec![
            (
                "| 13 | Số doanh nghiệp thành lập mới trong nhiệm kỳ | doanh nghiệp | 80 | 81 | 101,25 | Vượt |",
                "| 13 | Số doanh nghiệp thành lập mới trong nhiệm kỳ | doanh nghiệp | 80 | 79 | 98,75 | Không đạt |"
            ),
            (
                "| (8) | Số doanh nghiệp thành lập mới giai đoạn 2026-2030 | doanh nghiệp | 81 | 75 |",
                "| (8) | Số doanh nghiệp thành lập mới giai đoạn 2026-2030 | doanh nghiệp | 79 | 75 |"
            ),
        ]
    );
}

#[test]
fn a_complete_table_is_compared_with_the_counts_the_report_states() {
    let dir = bundled();
    // not complete (the bundled report): the stated 23/26 stands
    assert!(with_code(&findings(dir.path()), "appendix-summary").is_empty());
    edit(
        dir.path(),
        "report.yaml",
        "complete: false",
        "complete: true",
    );
    let found = findings(dir.path());
    let summary = with_code(&found, "appendix-summary");
    // the table counts 22 met and 4 not met; the opening states 23 and 3
    // (the 25% of "tổng huy động vốn đầu tư phát triển"); 26 and 10 agree
    assert_eq!(summary.len(), 2, "{summary:#?}");
    let met = summary
        .iter()
        .find(|d| d.message.contains("23"))
        .expect("the met count");
    assert!(
        met.message.contains("`chi_tieu_nghi_quyet`"),
        "{}",
        met.message
    );
    assert!(met.message.contains("22"), "{}", met.message);
    let loc = met.location().unwrap();
    assert!(loc.file.ends_with("general.yaml"));
    assert_eq!(
        loc.line,
        line_in(dir.path(), "general.yaml", "parts: { dat: 23")
    );
    let not_met = summary.iter().find(|d| !std::ptr::eq(**d, *met)).unwrap();
    assert!(not_met.message.contains('3') && not_met.message.contains('4'));
}

#[test]
fn a_verdict_its_row_contradicts_is_reported_at_the_verdict() {
    let dir = bundled();
    // the percentage stated agrees with "đạt", the value and target do not
    edit(
        dir.path(),
        "economy.yaml",
        "    target: 87\n    verdict: not_met ",
        "    target: 87\n    stated: { pct_target: 101 }\n    verdict: met  # changed",
    );
    let found = findings(dir.path());
    let v = with_code(&found, "appendix-verdict");
    let mine: Vec<&&Diagnostic> = v
        .iter()
        .filter(|d| d.message.contains("`thu_nhap_binh_quan`"))
        .collect();
    assert_eq!(mine.len(), 1, "{v:#?}");
    let d = mine[0];
    assert!(
        d.message.contains("76,6") && d.message.contains("87"),
        "{}",
        d.message
    );
    assert!(d.message.contains("Phụ lục số 01, dòng 6"), "{}", d.message);
    assert_eq!(
        line_of(d),
        line_in(dir.path(), "economy.yaml", "verdict: met  # changed")
    );
    // and the figures' own rule is not repeated
    assert!(with_code(&found, "verdict").is_empty());
}

#[test]
fn a_row_lacking_its_target_is_reported_at_the_figure_until_it_has_one() {
    let dir = bundled();
    let lacks = |found: &[Diagnostic]| {
        with_code(found, "appendix-row")
            .into_iter()
            .filter(|d| d.message.contains("`nuoc_sach`"))
            .cloned()
            .collect::<Vec<_>>()
    };
    let found = findings(dir.path());
    let d = lacks(&found);
    assert_eq!(d.len(), 1);
    assert_eq!(
        line_of(&d[0]),
        line_in(dir.path(), "economy.yaml", "  nuoc_sach:")
    );
    assert!(d[0].message.contains("mục tiêu"), "{}", d[0].message);
    edit(
        dir.path(),
        "economy.yaml",
        "    value: 98\n    unit: \"%\"\n    year: 2025\n    verdict: met",
        "    value: 98\n    unit: \"%\"\n    year: 2025\n    target: 95\n    verdict: met",
    );
    let b = build(dir.path()).unwrap();
    assert!(lacks(&b.findings).is_empty());
    has(
        &table(&b.markdown, 1),
        "| 16 | Tỷ lệ dân số được dùng nước sạch | % | 95 | 98 | 103,16 | Đạt |",
    );
}

#[test]
fn a_unit_can_add_a_table_of_its_own_with_totals() {
    let dir = bundled();
    let p = dir.path().join("report.yaml");
    let mut yaml = std::fs::read_to_string(&p).unwrap();
    yaml.push_str(
        r#"  - id: cong_trinh
    title: DANH MỤC CÔNG TRÌNH
    columns:
      - number
      - label
      - { show: value, title: Kinh phí, sum: true }
      - unit
    groups:
      - title: Văn hóa
        figures: [von_di_tich_lo_cao, von_den_duc_ong_phu_sung]
        total: Cộng
      - title: Đô thị
        figures: [kinh_phi_do_thi_van_minh]
    total: Tổng cộng
"#,
    );
    std::fs::write(&p, yaml).unwrap();
    let b = build(dir.path()).unwrap_or_else(|d| panic!("{:#?}", d.items));
    let rows = table(&b.markdown, 3);
    assert_eq!(rows[0], "| STT | Chỉ tiêu | Kinh phí | Đơn vị tính |");
    has(
        &rows,
        "| 1 | Vốn trùng tu, tôn tạo Di tích Lò Cao kháng chiến Hải Vân (hơn) | 36 | tỷ đồng |",
    );
    has(&rows, "| | **Cộng** | **38** | |");
    // 36 + 2 + (14,8 + 11,5 + 5,1)
    assert_eq!(rows.last().unwrap(), "| | **Tổng cộng** | **69,4** | |");
    // four columns: a portrait page
    assert!(b
        .markdown
        .contains("<!-- section: portrait -->\n\n# Phụ lục số 03 {.appendix}"));
}

#[test]
fn an_unknown_column_or_figure_is_an_error_in_report_yaml() {
    let dir = bundled();
    edit(
        dir.path(),
        "report.yaml",
        "      - verdict\n",
        "      - verdic\n",
    );
    edit(
        dir.path(),
        "report.yaml",
        "          - nuoc_sach\n",
        "          - nuoc_sachh\n",
    );
    let d = build(dir.path()).err().expect("errors");
    let col = d
        .items
        .iter()
        .find(|x| x.code == "unknown-column")
        .expect("the column");
    assert!(col.message.contains("verdic"), "{}", col.message);
    assert!(
        format!("{col:?}").contains("verdict"),
        "a suggestion: {col:?}"
    );
    assert_eq!(
        line_of(col),
        line_in(dir.path(), "report.yaml", "      - verdic")
    );
    let fig = d
        .items
        .iter()
        .find(|x| x.code == "unknown-figure")
        .expect("the figure");
    assert_eq!(
        line_of(fig),
        line_in(dir.path(), "report.yaml", "          - nuoc_sachh")
    );
}

#[test]
fn the_findings_speak_english_on_request() {
    baocao::i18n::set_for_this_thread(Some(baocao::i18n::Lang::En));
    let found = findings(&root().join("content"));
    baocao::i18n::set_for_this_thread(None);
    let d = with_code(&found, "appendix-row")
        .into_iter()
        .find(|d| d.message.contains("`nuoc_sach`"))
        .unwrap();
    assert!(
        d.message
            .starts_with("Phụ lục số 01, row 16 (`nuoc_sach` — ")
            && d.message.contains("the table needs a target"),
        "{}",
        d.message
    );
}

// ---------------------------------------------------------------- the DOCX

use baocao::docx::fixup::{self, Node};

type Elem = fixup::Elem<'static>;

/// `word/document.xml` of a DOCX, parsed.
fn document(docx: &[u8]) -> Elem {
    let xml = baocao::docx::package::read_part(docx, "word/document.xml").unwrap();
    fixup::parse(&xml)
        .unwrap()
        .into_iter()
        .find_map(|n| match n {
            Node::Elem(e) => Some(e.into_owned()),
            _ => None,
        })
        .unwrap()
}

fn all<'a>(e: &'a Elem, name: &str) -> Vec<&'a Elem> {
    fn walk<'a>(e: &'a Elem, name: &str, out: &mut Vec<&'a Elem>) {
        for c in e.elems() {
            if c.name == name {
                out.push(c);
            }
            walk(c, name, out);
        }
    }
    let mut v = Vec::new();
    walk(e, name, &mut v);
    v
}

fn text_of(e: &Elem) -> String {
    all(e, "w:t")
        .iter()
        .flat_map(|t| t.children.iter())
        .filter_map(|n| match n {
            Node::Text(x) => Some(x.to_string()),
            _ => None,
        })
        .collect::<String>()
        .replace("&amp;", "&")
}

fn val<'a>(e: &'a Elem, child: &str) -> Option<&'a str> {
    e.child(child).and_then(|c| c.attr("w:val"))
}

fn kids<'a>(e: &'a Elem, name: &str) -> Vec<&'a Elem> {
    e.elems().filter(|c| c.name == name).collect()
}

fn bundled_docx() -> Vec<u8> {
    build(&root().join("content")).unwrap().docx().unwrap()
}

/// The rows' cell texts of the `n`-th data table (1: Phụ lục số 01).
fn docx_rows(doc: &Elem, n: usize) -> Vec<Vec<String>> {
    let body = doc.child("w:body").unwrap();
    let tbl = kids(body, "w:tbl")[n];
    kids(tbl, "w:tr")
        .iter()
        .map(|tr| kids(tr, "w:tc").iter().map(|tc| text_of(tc)).collect())
        .collect()
}

#[test]
fn the_appendices_are_sections_of_their_own_landscape_where_the_table_is_wide() {
    let doc = document(&bundled_docx());
    let body = doc.child("w:body").unwrap();
    // the sections' properties: on the last paragraph of each section, the
    // last section's in the body
    let ends: Vec<&Elem> = kids(body, "w:p")
        .into_iter()
        .filter(|p| p.child("w:pPr").and_then(|x| x.child("w:sectPr")).is_some())
        .collect();
    assert_eq!(ends.len(), 2);
    assert!(text_of(ends[0]).starts_with("Với phương châm và tinh thần"));
    let sect = |p: &Elem| p.child("w:pPr").unwrap().child("w:sectPr").unwrap().clone();
    let sections = [
        sect(ends[0]),
        sect(ends[1]),
        body.child("w:sectPr").unwrap().clone(),
    ];
    let size = |s: &Elem| {
        let sz = s.child("w:pgSz").unwrap();
        (
            sz.attr("w:w").unwrap().to_string(),
            sz.attr("w:h").unwrap().to_string(),
            sz.attr("w:orient").map(str::to_string),
        )
    };
    // the report: A4 portrait, its first page unnumbered
    assert_eq!(size(&sections[0]), ("11906".into(), "16838".into(), None));
    assert!(sections[0].child("w:titlePg").is_some());
    // Phụ lục số 01: seven columns, landscape; Phụ lục số 02: portrait
    assert_eq!(
        size(&sections[1]),
        ("16838".into(), "11906".into(), Some("landscape".into()))
    );
    assert_eq!(
        size(&sections[2]),
        ("11906".into(), "16838".into(), Some("portrait".into()))
    );
    // the page numbers go on: the same numbered header, no restart, and
    // the appendix's first page numbered too
    let default_header = |s: &Elem| {
        kids(s, "w:headerReference")
            .into_iter()
            .find(|h| h.attr("w:type") == Some("default"))
            .and_then(|h| h.attr("r:id"))
            .map(str::to_string)
    };
    for s in &sections[1..] {
        assert_eq!(default_header(s), default_header(&sections[0]));
        assert!(s.child("w:pgNumType").is_none());
        assert!(s.child("w:titlePg").is_none());
        assert_eq!(s.child("w:pgMar"), sections[0].child("w:pgMar"));
    }
    // each appendix starts its section with its label, title and note
    let after = |p: &Elem| {
        let all_p = kids(body, "w:p");
        let i = all_p.iter().position(|x| std::ptr::eq(*x, p)).unwrap();
        text_of(all_p[i + 1])
    };
    assert_eq!(after(ends[0]), "Phụ lục số 01");
    assert_eq!(after(ends[1]), "Phụ lục số 02");
}

#[test]
fn the_table_repeats_its_heading_rows_and_merges_the_group_heading() {
    let doc = document(&bundled_docx());
    let body = doc.child("w:body").unwrap();
    let tbl = kids(body, "w:tbl")[1];
    let rows = kids(tbl, "w:tr");
    let header = |tr: &Elem| {
        tr.child("w:trPr")
            .and_then(|p| p.child("w:tblHeader"))
            .is_some()
    };
    assert!(header(rows[0]) && header(rows[1]));
    assert!(rows[2..].iter().all(|r| !header(r)));
    // no row is split across two pages
    assert!(rows.iter().all(|r| r
        .child("w:trPr")
        .and_then(|p| p.child("w:cantSplit"))
        .is_some()));
    let tc_pr = |tc: &Elem| tc.child("w:tcPr").unwrap().clone();
    let first: Vec<&Elem> = kids(rows[0], "w:tc");
    let second: Vec<&Elem> = kids(rows[1], "w:tc");
    assert_eq!(first.len(), 6);
    assert_eq!(second.len(), 7);
    let texts: Vec<String> = first.iter().map(|tc| text_of(tc)).collect();
    assert_eq!(
        texts,
        vec![
            "STT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Mục tiêu Nghị quyết",
            "Kết quả thực hiện đến năm 2025",
            "Đánh giá"
        ]
    );
    assert_eq!(val(&tc_pr(first[4]), "w:gridSpan"), Some("2"));
    for i in [0, 1, 2, 3, 5] {
        assert_eq!(val(&tc_pr(first[i]), "w:vMerge"), Some("restart"), "{i}");
    }
    let texts: Vec<String> = second.iter().map(|tc| text_of(tc)).collect();
    assert_eq!(
        texts,
        vec!["", "", "", "", "Thực hiện", "So với mục tiêu (%)", ""]
    );
    for i in [0, 1, 2, 3, 6] {
        let pr = tc_pr(second[i]);
        let vm = pr.child("w:vMerge").expect("merged down");
        assert_ne!(vm.attr("w:val"), Some("restart"), "{i}");
    }
    // the grid: seven columns across the landscape page's text width
    // (297 − 30 − 15 mm), the label's the widest
    let cols: Vec<usize> = all(tbl, "w:gridCol")
        .iter()
        .map(|c| c.attr("w:w").unwrap().parse().unwrap())
        .collect();
    assert_eq!(cols.len(), 7);
    assert_eq!(cols.iter().sum::<usize>(), 14287);
    assert_eq!(cols.iter().max(), Some(&cols[1]));
    // single borders all round and inside
    let borders = all(tbl, "w:tblBorders")[0];
    for side in [
        "w:top",
        "w:left",
        "w:bottom",
        "w:right",
        "w:insideH",
        "w:insideV",
    ] {
        let b = borders.child(side).unwrap_or_else(|| panic!("{side}"));
        assert_eq!(b.attr("w:val"), Some("single"), "{side}");
    }
}

#[test]
fn the_rows_read_back_with_their_numbers_right_aligned() {
    let doc = document(&bundled_docx());
    let rows = docx_rows(&doc, 1);
    let row = |label: &str| -> Vec<String> {
        rows.iter()
            .find(|r| r.get(1).map(String::as_str) == Some(label))
            .unwrap_or_else(|| panic!("no row {label}"))
            .clone()
    };
    assert_eq!(
        row("Giá trị sản xuất"),
        vec![
            "2",
            "Giá trị sản xuất",
            "tỷ đồng",
            "1.786",
            "2.732,16",
            "152,98",
            "Vượt"
        ]
    );
    assert_eq!(
        row("Tổng thu ngân sách Nhà nước trong 5 năm"),
        vec![
            "17",
            "Tổng thu ngân sách Nhà nước trong 5 năm",
            "tỷ đồng",
            "1.400",
            "198,75",
            "14,2",
            "Không đạt"
        ]
    );
    assert_eq!(
        row("Tỷ lệ hộ nghèo"),
        vec!["22", "Tỷ lệ hộ nghèo", "%", "", "1,1", "", "Đạt"]
    );
    assert_eq!(rows.len(), 2 + 3 + 26);
    // Phụ lục số 02: the targets as the report numbers them
    let rows2 = docx_rows(&doc, 2);
    assert_eq!(
        rows2[2],
        vec![
            "(1)",
            "Thu nhập bình quân đầu người/năm năm 2030",
            "triệu đồng",
            "76,6",
            "92"
        ]
    );
    // alignment: STT centred, the label left, numbers right, the verdict centred
    let body = doc.child("w:body").unwrap();
    let tbl = kids(body, "w:tbl")[1];
    let tr = kids(tbl, "w:tr")
        .into_iter()
        .find(|tr| text_of(tr).contains("Giá trị sản xuất ngành dịch vụ"))
        .unwrap();
    let jc: Vec<String> = kids(tr, "w:tc")
        .iter()
        .map(|tc| {
            let p = all(tc, "w:p")[0];
            val(p.child("w:pPr").unwrap(), "w:jc").unwrap().to_string()
        })
        .collect();
    assert_eq!(
        jc,
        vec!["center", "left", "center", "right", "right", "right", "center"]
    );
    // a group row is bold
    let group = kids(tbl, "w:tr")
        .into_iter()
        .find(|tr| text_of(tr) == "IChỉ tiêu về kinh tế")
        .unwrap();
    assert!(all(group, "w:r")
        .iter()
        .all(|r| r.child("w:rPr").and_then(|p| p.child("w:b")).is_some()));
}

#[test]
fn the_docx_with_its_appendices_is_schema_valid() {
    let tool = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/tools/validate-docx.py"
    );
    let have_xmllint = std::process::Command::new("xmllint")
        .arg("--version")
        .output()
        .is_ok();
    if !std::path::Path::new(tool).exists() || !have_xmllint {
        eprintln!("skipping schema validation: no {tool} or xmllint");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.docx");
    std::fs::write(&path, bundled_docx()).unwrap();
    let out = std::process::Command::new("python3")
        .arg(tool)
        .arg(&path)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{report}");
    assert!(report.contains("schema errors 0 in"), "{report}");
}

// ---------------------------------------------------------------- the redline

/// The redline of the bundled report against itself with one figure changed.
fn redline_of_one_figure() -> (tempfile::TempDir, tempfile::TempDir, baocao::diff::Redline) {
    let (old, new) = (bundled(), bundled());
    edit(
        new.path(),
        "economy.yaml",
        "    value: 81\n    unit: doanh nghiệp",
        "    value: 79\n    unit: doanh nghiệp",
    );
    let mut diags = baocao::diag::Diagnostics::default();
    let req = baocao::diff::Request {
        old: baocao::diff::Old::Dir(old.path().to_path_buf()),
        new: new.path().to_path_buf(),
        templates: None,
        author: baocao::diff::DEFAULT_AUTHOR.to_string(),
        date: Some("2025-02-05".into()),
    };
    let r = baocao::diff::run(&req, &mut diags).unwrap_or_else(|| panic!("{:#?}", diags.items));
    (old, new, r)
}

/// The texts of the `w:del` / `w:ins` in a cell.
fn tracked(tc: &Elem, name: &str, text: &str) -> Vec<String> {
    all(tc, name)
        .iter()
        .map(|e| {
            all(e, text)
                .iter()
                .flat_map(|t| t.children.iter())
                .filter_map(|n| match n {
                    Node::Text(x) => Some(x.to_string()),
                    _ => None,
                })
                .collect::<String>()
        })
        .collect()
}

#[test]
fn the_redline_tracks_a_changed_figure_inside_its_table_cells() {
    let (_old, _new, r) = redline_of_one_figure();
    let doc = document(&r.docx);
    let body = doc.child("w:body").unwrap();
    let tbl = kids(body, "w:tbl")[1];
    let tr = kids(tbl, "w:tr")
        .into_iter()
        .find(|tr| text_of(tr).contains("Số doanh nghiệp thành lập mới trong nhiệm kỳ"))
        .unwrap();
    let cells = kids(tr, "w:tc");
    // value, percentage and verdict: each cell deletes the old and inserts the new
    let changes: Vec<(Vec<String>, Vec<String>)> = cells
        .iter()
        .map(|tc| {
            (
                tracked(tc, "w:del", "w:delText"),
                tracked(tc, "w:ins", "w:t"),
            )
        })
        .collect();
    assert_eq!(
        changes,
        vec![
            (vec![], vec![]),
            (vec![], vec![]),
            (vec![], vec![]),
            (vec![], vec![]),
            (vec!["81".to_string()], vec!["79".to_string()]),
            (vec!["101,25".to_string()], vec!["98,75".to_string()]),
            (vec!["Vượt".to_string()], vec!["Không đạt".to_string()]),
        ]
    );
    // the row itself stays (no row inserted or deleted), stamped as every change
    assert!(tr.child("w:trPr").unwrap().child("w:ins").is_none());
    assert!(tr.child("w:trPr").unwrap().child("w:del").is_none());
    for e in all(tr, "w:ins").into_iter().chain(all(tr, "w:del")) {
        assert_eq!(e.attr("w:author"), Some(baocao::diff::DEFAULT_AUTHOR));
        assert_eq!(e.attr("w:date"), Some("2025-02-05T00:00:00Z"));
    }
    // the summary lists the table rows that changed
    assert!(
        r.summary
            .contains("~~81~~**79** \\| ~~101,25~~**98,75** \\| ~~Vượt~~**Không đạt**"),
        "{}",
        r.summary
    );
    let rows: Vec<_> = r
        .edits
        .iter()
        .filter(|e| e.what == baocao::diff::What::TableRow)
        .map(|e| e.section.join(" › "))
        .collect();
    assert_eq!(rows, vec!["Phụ lục số 01", "Phụ lục số 02"]);
}

/// `office.py text [--accept|--reject]` of a DOCX, when LibreOffice's
/// Python bridge is there.
fn office_text(docx: &[u8], option: Option<&str>) -> Option<String> {
    let tool = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/tools/office.py");
    let python = "/usr/bin/python3";
    let has_uno = std::process::Command::new(python)
        .args(["-c", "import uno"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !std::path::Path::new(tool).exists() || !has_uno {
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.docx");
    std::fs::write(&path, docx).unwrap();
    let mut cmd = std::process::Command::new(python);
    cmd.arg(tool).arg("text").arg(&path);
    if let Some(o) = option {
        cmd.arg(o);
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).unwrap())
}

#[test]
fn accepting_the_redline_gives_the_new_draft_and_rejecting_it_the_old_in_libreoffice() {
    let (old, new, r) = redline_of_one_figure();
    let Some(accepted) = office_text(&r.docx, Some("--accept")) else {
        eprintln!("skipping: no ../shared/tools/office.py or LibreOffice's Python bridge");
        return;
    };
    let rejected = office_text(&r.docx, Some("--reject")).unwrap();
    let docx = |dir: &tempfile::TempDir| build(dir.path()).unwrap().docx().unwrap();
    let (old_text, new_text) = (
        office_text(&docx(&old), None).unwrap(),
        office_text(&docx(&new), None).unwrap(),
    );
    assert_eq!(accepted, new_text);
    assert_eq!(rejected, old_text);
    // the two drafts differ in the sentence and the two rows
    let differ: Vec<(&str, &str)> = old_text
        .lines()
        .zip(new_text.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(differ.len(), 3, "{differ:#?}");
    assert_eq!(
        differ[1].1,
        "13\tSố doanh nghiệp thành lập mới trong nhiệm kỳ\tdoanh nghiệp\t80\t79\t98,75\tKhông đạt"
    );
    assert_eq!(
        differ[2].1,
        "(8)\tSố doanh nghiệp thành lập mới giai đoạn 2026-2030\tdoanh nghiệp\t79\t75"
    );
}

#[test]
fn an_appendix_can_have_a_layout_of_its_own() {
    let tpl = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tpl.path().join("appendices")).unwrap();
    std::fs::write(
        tpl.path().join("appendices/chi_tieu_nhiem_ky_moi.md"),
        "<!-- section: portrait -->\n\n# {{ a.label }} {.appendix}\n\nRiêng: {{ a.rows | length }} dòng, {{ a.total }} chỉ tiêu.\n",
    )
    .unwrap();
    let mut diags = baocao::diag::Diagnostics::default();
    let inputs = baocao::build::Inputs {
        content: root().join("content"),
        templates: Some(tpl.path().to_path_buf()),
    };
    let b =
        baocao::build::build(&inputs, &mut diags).unwrap_or_else(|| panic!("{:#?}", diags.items));
    // 5 groups, 24 targets, 5 figures their sentences add
    assert!(b
        .markdown
        .ends_with("# Phụ lục số 02 {.appendix}\n\nRiêng: 34 dòng, 24 chỉ tiêu.\n"));
    // the other keeps the built-in layout
    assert!(b
        .markdown
        .contains("# Phụ lục số 01 {.appendix}\n\n# KẾT QUẢ THỰC HIỆN"));
}
