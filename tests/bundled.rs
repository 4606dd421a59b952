//! The bundled report (content/): it builds, `check` finds the draft's real
//! slips and nothing else, and editing one of its figures changes exactly
//! the sentences that state it or derive from it.

mod common;
use common::*;

fn bundled() -> tempfile::TempDir {
    copy_tree(&root().join("content"))
}

#[test]
fn check_lists_the_drafts_slips_and_no_false_alarms() {
    let b = build(&root().join("content")).unwrap_or_else(|d| panic!("{:#?}", d.items));
    let mut got: Vec<String> = b
        .findings
        .iter()
        .map(|d| {
            let loc = d.location().unwrap();
            format!(
                "{} {}:{}",
                d.code,
                loc.file.file_name().unwrap().to_string_lossy(),
                d.message.split('`').nth(1).unwrap_or("")
            )
        })
        .collect();
    got.sort();
    let mut want = vec![
        // Phụ lục số 01: the rows the draft gives no target for (it says "đạt
        // mục tiêu nghị quyết" without the target), and the 25% of 1.2
        "appendix-row culture-society.yaml:gia_dinh_van_hoa",
        "appendix-row culture-society.yaml:ho_ngheo",
        "appendix-row culture-society.yaml:suy_dinh_duong",
        "appendix-row culture-society.yaml:xuat_khau_lao_dong",
        "appendix-row economy.yaml:duong_giao_thong_cung_hoa",
        "appendix-row economy.yaml:khu_pho_kieu_mau",
        "appendix-row economy.yaml:nuoc_hop_ve_sinh",
        "appendix-row economy.yaml:nuoc_sach",
        "appendix-verdict economy.yaml:huy_dong_von_dau_tu_phat_trien",
        // Phụ lục số 02: target (18) is a year, with no value or unit
        "appendix-row culture-society.yaml:don_vi_kieu_mau_2028",
        "area-yield economy.yaml:san_luong_lua_2030",
        "growth-rate economy.yaml:gia_tri_san_xuat",
        "numbering general.yaml:",
        "parts-sum economy.yaml:gia_tri_san_xuat",
        "parts-sum economy.yaml:tong_dan_2030",
        "same-figure general.yaml:khu_pho_kieu_mau_danh_gia",
        "same-figure general.yaml:truong_kieu_mau_danh_gia",
        "same-figure general.yaml:von_dau_tu_xay_dung_co_ban",
        "stated-vs-computed culture-society.yaml:lao_dong_qua_dao_tao",
        "stated-vs-computed economy.yaml:huy_dong_von_dau_tu_phat_trien",
    ];
    want.sort();
    assert_eq!(got, want);
    // each names the stated and the computed value
    let rice = b.findings.iter().find(|d| d.code == "area-yield").unwrap();
    assert!(
        rice.message.contains("992") && rice.message.contains("960"),
        "{}",
        rice.message
    );
}

#[test]
fn the_computed_group_count_corrects_the_drafts_09() {
    let b = build(&root().join("content")).unwrap();
    assert!(b
        .markdown
        .contains("#### 1. Chỉ tiêu về kinh tế (10 chỉ tiêu) {.item}"));
    for n in 1..=24 {
        assert!(
            b.markdown.contains(&format!("\n({n}) ")),
            "target ({n}) missing"
        );
    }
    assert!(!b.markdown.contains("\n(25) "));
}

#[test]
fn a_sector_value_flows_into_the_total_its_change_and_its_percent_of_target() {
    let dir = bundled();
    let before = build(dir.path()).unwrap().markdown;
    edit(dir.path(), "economy.yaml", "value: 202.18", "value: 212.18");
    let after = build(dir.path()).unwrap().markdown;
    let ch = changed(&before, &after);
    assert_eq!(ch.len(), 3, "{ch:#?}");
    // Phụ lục số 01: the total's row and the sector's, value and percentage
    let (old_table, new_table) = &ch[2];
    assert_eq!(
        changed_lines(old_table, new_table),
        vec![
            "| 2 | Giá trị sản xuất | tỷ đồng | 1.786 | 2.742,16 | 153,54 | Vượt |",
            "| 3 | Giá trị sản xuất ngành nông, lâm nghiệp, thủy sản | tỷ đồng | 200,4 | 212,18 | 105,88 | Vượt |",
        ]
    );
    let (_, total) = &ch[0];
    assert!(total.contains("Giá trị sản xuất năm 2025 ước đạt 2.742,16 tỷ đồng, tăng 1.927,76 tỷ đồng so với năm 2020 (đạt 154% mục tiêu nghị quyết)"), "{total}");
    let (old, new) = &ch[1];
    assert!(old.contains("ước đạt 202,18 tỷ đồng, tăng 64,37% so với năm 2020 (tăng 0,9% so với mục tiêu Nghị quyết)"), "{old}");
    assert!(new.contains("ước đạt 212,18 tỷ đồng, tăng 72,5% so với năm 2020 (tăng 5,9% so với mục tiêu Nghị quyết)"), "{new}");
}

#[test]
fn a_part_two_target_figure_changes_its_line_and_the_total_it_feeds() {
    let dir = bundled();
    let before = build(dir.path()).unwrap().markdown;
    edit(dir.path(), "economy.yaml", "area: 30", "area: 40");
    let after = build(dir.path()).unwrap().markdown;
    let ch = changed(&before, &after);
    let news: Vec<&str> = ch.iter().map(|(_, n)| n.as_str()).collect();
    assert!(
        news.iter()
            .any(|n| n.starts_with("(2) Tổng sản lượng lương thực bình quân hàng năm: 1.160 tấn")),
        "{news:#?}"
    );
    assert!(
        news.iter().any(|n| n.contains("Diện tích: 40 ha")),
        "{news:#?}"
    );
    assert!(
        news.iter().any(|n| n.contains("Sản lượng: 168 tấn")),
        "{news:#?}"
    );
    // and Phụ lục số 02: the total's row and the maize's
    let (old_table, new_table) = &ch[3];
    assert_eq!(
        changed_lines(old_table, new_table),
        vec![
            "| (2) | Tổng sản lượng lương thực bình quân hàng năm đến năm 2030 | tấn | 1.354 | 1.160 |",
            "| | \\- Sản lượng ngô năm 2030 | tấn | | 168 |",
        ]
    );
    assert_eq!(ch.len(), 4, "{ch:#?}");
}

/// The lines of `after` that are not the same line of `before` (a table's
/// changed rows, with their empty cells written `| |`).
fn changed_lines(before: &str, after: &str) -> Vec<String> {
    let squash = |l: &str| l.split_whitespace().collect::<Vec<_>>().join(" ");
    before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .map(|(_, b)| squash(b))
        .collect()
}
