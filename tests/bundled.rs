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
    assert_eq!(ch.len(), 2, "{ch:#?}");
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
    assert_eq!(ch.len(), 3, "{ch:#?}");
}
