//! The DOCX read back: page, fonts and language, header block, heading
//! styles, page numbers, no Word numbering, text equal to the Markdown,
//! tracked changes, determinism, schema validity.

use baocao::docx::fixup::{self, Node};

/// Parts are read back into owned trees.
type Elem = fixup::Elem<'static>;
use baocao::docx::package::read_part;
use baocao::docx::tree::{Block, Change, ChangeKind, Document, Run};
use baocao::docx::*;

fn sample_md() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/sample.md"
    ))
    .unwrap()
}

fn sample_docx() -> Vec<u8> {
    markdown_to_docx(&sample_md(), &Profile::default()).unwrap()
}

/// The root element of a part.
fn part(docx: &[u8], name: &str) -> Elem {
    let xml = read_part(docx, name).unwrap_or_else(|| panic!("no part {name}"));
    fixup::parse(&xml)
        .unwrap()
        .into_iter()
        .find_map(|n| match n {
            Node::Elem(e) => Some(e.into_owned()),
            _ => None,
        })
        .unwrap()
}

fn descendants<'a>(e: &'a Elem, name: &str, out: &mut Vec<&'a Elem>) {
    for c in e.elems() {
        if c.name == name {
            out.push(c);
        }
        descendants(c, name, out);
    }
}

fn all<'a>(e: &'a Elem, name: &str) -> Vec<&'a Elem> {
    let mut v = Vec::new();
    descendants(e, name, &mut v);
    v
}

fn first<'a>(e: &'a Elem, name: &str) -> &'a Elem {
    all(e, name)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no {name} in {}", e.name))
}

fn text_of(e: &Elem) -> String {
    let mut s = String::new();
    for t in all(e, "w:t") {
        for n in &t.children {
            if let Node::Text(x) = n {
                s.push_str(x);
            }
        }
    }
    s
}

fn val<'a>(e: &'a Elem, child: &str) -> Option<&'a str> {
    e.child(child).and_then(|c| c.attr("w:val"))
}

fn style<'a>(styles: &'a Elem, id: &str) -> &'a Elem {
    styles
        .elems()
        .find(|s| s.name == "w:style" && s.attr("w:styleId") == Some(id))
        .unwrap_or_else(|| panic!("no style {id}"))
}

fn on(rpr: Option<&Elem>, name: &str) -> bool {
    rpr.and_then(|r| r.child(name))
        .map(|b| !matches!(b.attr("w:val"), Some("0") | Some("false")))
        .unwrap_or(false)
}

fn pstyle(p: &Elem) -> Option<&str> {
    p.child("w:pPr").and_then(|ppr| val(ppr, "w:pStyle"))
}

fn body_paragraphs(doc: &Elem) -> Vec<&Elem> {
    let body = first(doc, "w:body");
    body.elems().filter(|e| e.name == "w:p").collect()
}

fn paragraph_with<'a>(doc: &'a Elem, text: &str) -> &'a Elem {
    all(doc, "w:p")
        .into_iter()
        .find(|p| text_of(p) == text)
        .unwrap_or_else(|| panic!("no paragraph {text:?}"))
}

#[test]
fn page_is_a4_with_profile_margins() {
    let d = part(&sample_docx(), "word/document.xml");
    let sect = first(&d, "w:sectPr");
    let sz = sect.child("w:pgSz").unwrap();
    assert_eq!(sz.attr("w:w"), Some("11906"));
    assert_eq!(sz.attr("w:h"), Some("16838"));
    let m = sect.child("w:pgMar").unwrap();
    // 20, 20, 30, 15 mm
    assert_eq!(m.attr("w:top"), Some("1134"));
    assert_eq!(m.attr("w:bottom"), Some("1134"));
    assert_eq!(m.attr("w:left"), Some("1701"));
    assert_eq!(m.attr("w:right"), Some("850"));
}

#[test]
fn overrides_change_margins_and_spacing() {
    let o: ProfileOverrides =
        serde_yaml::from_str("margin_left_mm: 35\nline_spacing: {exact: 18}\n").unwrap();
    let mut p = Profile::named("36-HD/VPTW").unwrap();
    p.apply(&o);
    let docx = markdown_to_docx(&sample_md(), &p).unwrap();
    let d = part(&docx, "word/document.xml");
    assert_eq!(first(&d, "w:pgMar").attr("w:left"), Some("1984"));
    let s = part(&docx, "word/styles.xml");
    let sp = style(&s, "Normal")
        .child("w:pPr")
        .unwrap()
        .child("w:spacing")
        .unwrap();
    assert_eq!(sp.attr("w:line"), Some("360"));
    assert_eq!(sp.attr("w:lineRule"), Some("exact"));
}

#[test]
fn times_new_roman_and_vietnamese_everywhere() {
    let s = part(&sample_docx(), "word/styles.xml");
    let rpr = first(first(&s, "w:rPrDefault"), "w:rPr");
    let f = rpr.child("w:rFonts").unwrap();
    for a in ["w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"] {
        assert_eq!(f.attr(a), Some("Times New Roman"), "{a}");
    }
    assert_eq!(val(rpr, "w:lang"), Some("vi-VN"));
    assert_eq!(
        rpr.child("w:lang").unwrap().attr("w:eastAsia"),
        Some("vi-VN")
    );
    let styles: Vec<&Elem> = s.elems().filter(|e| e.name == "w:style").collect();
    assert!(styles.len() >= 12);
    for st in styles {
        let lang = st.child("w:rPr").and_then(|r| val(r, "w:lang"));
        assert_eq!(lang, Some("vi-VN"), "style {:?}", st.attr("w:styleId"));
    }
    // one Normal, the default paragraph style
    let normals: Vec<_> = s
        .elems()
        .filter(|e| e.attr("w:styleId") == Some("Normal"))
        .collect();
    assert_eq!(normals.len(), 1);
    assert_eq!(normals[0].attr("w:default"), Some("1"));
}

#[test]
fn body_text_style() {
    let s = part(&sample_docx(), "word/styles.xml");
    let n = style(&s, "Normal");
    let ppr = n.child("w:pPr").unwrap();
    assert_eq!(val(ppr, "w:jc"), Some("both"));
    assert_eq!(ppr.child("w:ind").unwrap().attr("w:firstLine"), Some("567"));
    let sp = ppr.child("w:spacing").unwrap();
    let after: i32 = sp.attr("w:after").unwrap().parse().unwrap();
    assert!(after >= 120, "{after}");
    assert_eq!(sp.attr("w:line"), Some("276"));
    assert_eq!(sp.attr("w:lineRule"), Some("auto"));
    assert_eq!(val(n.child("w:rPr").unwrap(), "w:sz"), Some("28"));
}

/// (text, bold, italic, size in half-points) of a cell's paragraph runs.
fn cell_format(tc: &Elem) -> (String, bool, bool, Option<String>) {
    let r = first(tc, "w:r");
    let rpr = r.child("w:rPr");
    (
        text_of(tc),
        on(rpr, "w:b"),
        on(rpr, "w:i"),
        rpr.and_then(|r| val(r, "w:sz")).map(str::to_string),
    )
}

#[test]
fn header_block_is_a_borderless_two_column_table() {
    let d = part(&sample_docx(), "word/document.xml");
    let body = first(&d, "w:body");
    let tbl = body.elems().next().unwrap();
    assert_eq!(tbl.name, "w:tbl", "the header block comes first");
    let borders = first(tbl, "w:tblBorders");
    let sides: Vec<&str> = borders.elems().map(|b| b.name.as_ref()).collect();
    assert_eq!(
        sides,
        [
            "w:top",
            "w:left",
            "w:bottom",
            "w:right",
            "w:insideH",
            "w:insideV"
        ]
    );
    for b in borders.elems() {
        assert!(
            matches!(b.attr("w:val"), Some("none") | Some("nil")),
            "border {} is {:?}",
            b.name,
            b.attr("w:val")
        );
    }
    let cols: Vec<i32> = all(tbl, "w:gridCol")
        .iter()
        .map(|g| g.attr("w:w").unwrap().parse().unwrap())
        .collect();
    assert_eq!(cols.len(), 2);
    let total: i32 = cols.iter().sum();
    assert!((total - 9354).abs() < 10, "across the text width: {total}");
    let left = cols[0] as f32 / total as f32;
    assert!((0.42..0.50).contains(&left), "left column {left}");

    let rows: Vec<&Elem> = tbl.elems().filter(|e| e.name == "w:tr").collect();
    let cell = |r: usize, c: usize| -> &Elem {
        rows[r].elems().filter(|e| e.name == "w:tc").nth(c).unwrap()
    };
    let want = |r, c, text: &str, bold, italic, sz: &str| {
        let (t, b, i, s) = cell_format(cell(r, c));
        assert_eq!(t, text);
        assert_eq!((b, i), (bold, italic), "bold/italic of {text}");
        assert_eq!(s.as_deref(), Some(sz), "size of {text}");
    };
    want(0, 0, "ĐẢNG BỘ HUYỆN NHƯ THANH", false, false, "28");
    want(0, 1, "ĐẢNG CỘNG SẢN VIỆT NAM", true, false, "30");
    want(1, 0, "ĐẢNG ỦY THỊ TRẤN BẾN SUNG", true, false, "28");
    want(
        1,
        1,
        "Bến Sung, ngày      tháng      năm 2025",
        false,
        true,
        "28",
    );
    want(2, 0, "*", false, false, "28");
    want(3, 0, "(Dự thảo lần 3)", false, false, "28");
    // every header-block paragraph centred (style), the party name ruled
    let s = part(&sample_docx(), "word/styles.xml");
    assert_eq!(
        val(style(&s, "HeaderBlock").child("w:pPr").unwrap(), "w:jc"),
        Some("center")
    );
    for p in all(tbl, "w:p") {
        assert_eq!(pstyle(p), Some("HeaderBlock"));
    }
    let party = first(cell(0, 1), "w:p");
    let bottom = first(party, "w:pBdr").child("w:bottom").unwrap();
    assert_eq!(bottom.attr("w:val"), Some("single"));
    // the rule is about as long as the text: the indents leave 70-80 mm
    let ind = first(party, "w:ind");
    let l: i32 = ind.attr("w:left").unwrap().parse().unwrap();
    let r: i32 = ind.attr("w:right").unwrap().parse().unwrap();
    let rule_mm = (cols[1] - l - r) as f32 * 25.4 / 1440.0;
    assert!((70.0..80.0).contains(&rule_mm), "rule {rule_mm} mm");
}

#[test]
fn title_paragraphs() {
    let docx = sample_docx();
    let d = part(&docx, "word/document.xml");
    let s = part(&docx, "word/styles.xml");
    assert_eq!(pstyle(paragraph_with(&d, "BÁO CÁO")), Some("DocKind"));
    let title = body_paragraphs(&d)
        .into_iter()
        .find(|p| text_of(p).starts_with("NÂNG CAO NĂNG LỰC"))
        .unwrap();
    assert_eq!(pstyle(title), Some("Title"));
    let sub = body_paragraphs(&d)
        .into_iter()
        .find(|p| text_of(p).starts_with("(Báo cáo chính trị"))
        .unwrap();
    assert_eq!(pstyle(sub), Some("Subtitle"));
    for (id, bold, italic, sz) in [
        ("DocKind", true, false, "30"),
        ("Title", true, false, "28"),
        ("Subtitle", false, true, "28"),
    ] {
        let st = style(&s, id);
        assert_eq!(
            val(st.child("w:pPr").unwrap(), "w:jc"),
            Some("center"),
            "{id}"
        );
        assert!(
            st.child("w:pPr").unwrap().child("w:outlineLvl").is_none(),
            "{id}"
        );
        let rpr = st.child("w:rPr");
        assert_eq!((on(rpr, "w:b"), on(rpr, "w:i")), (bold, italic), "{id}");
        assert_eq!(rpr.and_then(|r| val(r, "w:sz")), Some(sz), "{id}");
    }
}

#[test]
fn headings_are_word_heading_styles() {
    let docx = sample_docx();
    let d = part(&docx, "word/document.xml");
    let s = part(&docx, "word/styles.xml");
    let cases = [
        ("Phần thứ nhất", "Heading1", 0, true, false, "center"),
        (
            "A. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC",
            "Heading2",
            1,
            true,
            false,
            "both",
        ),
        (
            "I. LÃNH ĐẠO NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI, QUỐC PHÒNG, AN NINH",
            "Heading3",
            2,
            true,
            false,
            "both",
        ),
        (
            "1. Về phát triển kinh tế",
            "Heading4",
            3,
            true,
            false,
            "both",
        ),
        (
            "2.2. Công tác Giáo dục và đào tạo",
            "Heading5",
            4,
            true,
            true,
            "both",
        ),
    ];
    for (text, id, lvl, bold, italic, jc) in cases {
        assert_eq!(pstyle(paragraph_with(&d, text)), Some(id), "{text}");
        let st = style(&s, id);
        assert_eq!(
            val(st, "w:name"),
            Some(format!("heading {}", lvl + 1).as_str())
        );
        let ppr = st.child("w:pPr").unwrap();
        assert_eq!(
            val(ppr, "w:outlineLvl"),
            Some(lvl.to_string().as_str()),
            "{id}"
        );
        assert_eq!(val(ppr, "w:jc"), Some(jc), "{id}");
        assert!(ppr.child("w:keepNext").is_some(), "{id}");
        let rpr = st.child("w:rPr");
        assert_eq!((on(rpr, "w:b"), on(rpr, "w:i")), (bold, italic), "{id}");
        // A. and I. in capitals; Phần thứ nhất, 1. and 1.1. as typed
        let caps = matches!(id, "Heading2" | "Heading3");
        assert_eq!(on(rpr, "w:caps"), caps, "{id} caps");
    }
    // the part's name: centred bold, on the outline with the part marker
    let pt = paragraph_with(
        &d,
        "ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ THỊ TRẤN LẦN THỨ V, NHIỆM KỲ 2020 - 2025",
    );
    assert_eq!(pstyle(pt), Some("PartTitle"));
    let st = style(&s, "PartTitle");
    assert_eq!(val(st, "w:basedOn"), Some("Heading1"));
    assert!(on(st.child("w:rPr"), "w:caps"));
    assert!(on(st.child("w:rPr"), "w:b"));
    assert_eq!(val(st.child("w:pPr").unwrap(), "w:jc"), Some("center"));
}

#[test]
fn run_in_heading_is_a_body_paragraph_with_bold_italic_lead() {
    let d = part(&sample_docx(), "word/document.xml");
    let p = body_paragraphs(&d)
        .into_iter()
        .find(|p| text_of(p).starts_with("1.1. Sản xuất nông"))
        .unwrap();
    assert_eq!(pstyle(p), None, "Normal");
    let runs = all(p, "w:r");
    let lead = runs[0];
    assert_eq!(text_of(lead), "1.1. Sản xuất nông, lâm nghiệp, thủy sản:");
    assert!(on(lead.child("w:rPr"), "w:b") && on(lead.child("w:rPr"), "w:i"));
    let rest = runs[1];
    assert!(text_of(rest).starts_with(" Tổng giá trị"));
    assert!(!on(rest.child("w:rPr"), "w:b") && !on(rest.child("w:rPr"), "w:i"));
}

#[test]
fn page_number_centred_in_header_from_page_two() {
    let docx = sample_docx();
    let d = part(&docx, "word/document.xml");
    let sect = first(&d, "w:sectPr");
    assert!(sect.child("w:titlePg").is_some(), "different first page");
    let rels = part(&docx, "word/_rels/document.xml.rels");
    let target = |rid: &str| -> String {
        let r = rels.elems().find(|r| r.attr("Id") == Some(rid)).unwrap();
        format!("word/{}", r.attr("Target").unwrap())
    };
    let refs = all(sect, "w:headerReference");
    let by_type = |t: &str| {
        refs.iter()
            .find(|r| r.attr("w:type") == Some(t))
            .unwrap_or_else(|| panic!("no {t} header"))
            .attr("r:id")
            .unwrap()
            .to_string()
    };
    let default = part(&docx, &target(&by_type("default")));
    let instr: Vec<String> = all(&default, "w:instrText")
        .iter()
        .map(|i| match &i.children[0] {
            Node::Text(t) => t.trim().to_string(),
            _ => String::new(),
        })
        .collect();
    assert_eq!(instr, vec!["PAGE"]);
    assert_eq!(all(&default, "w:fldChar").len(), 3);
    let hp = first(&default, "w:p");
    assert_eq!(pstyle(hp), Some("Header"));
    let s = part(&docx, "word/styles.xml");
    assert_eq!(
        val(style(&s, "Header").child("w:pPr").unwrap(), "w:jc"),
        Some("center")
    );
    let first_page = part(&docx, &target(&by_type("first")));
    assert!(
        all(&first_page, "w:instrText").is_empty(),
        "page 1 unnumbered"
    );
    assert_eq!(text_of(&first_page), "");
}

#[test]
fn no_word_numbering_anywhere() {
    let md = format!(
        "{}\n\n- một\n- hai\n\n1. ba\n2. bốn\n\n> trích dẫn\n",
        sample_md()
    );
    let docx = markdown_to_docx(&md, &Profile::default()).unwrap();
    for name in [
        "word/document.xml",
        "word/styles.xml",
        "word/header1.xml",
        "word/header2.xml",
    ] {
        let xml = String::from_utf8(read_part(&docx, name).unwrap()).unwrap();
        assert!(!xml.contains("w:numPr"), "{name}");
    }
    let text = document_text(&docx);
    let n = text.len();
    assert_eq!(
        &text[n - 5..],
        ["- một", "- hai", "1. ba", "2. bốn", "trích dẫn"]
    );
}

/// Markdown paragraphs with the markup stripped, by a method independent
/// of the writer: blocks split at blank lines; table rows split at `|`
/// (the delimiter row dropped); `#` and `{.class}` dropped; `*` dropped
/// unless escaped; `\X` → `X`.
fn markdown_paragraph_texts(md: &str) -> Vec<String> {
    fn inline(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    if let Some(n) = chars.next() {
                        out.push(n);
                    }
                }
                '*' => {}
                _ => out.push(c),
            }
        }
        out.trim().to_string()
    }
    let mut out = Vec::new();
    for block in md.split("\n\n") {
        let block = block.trim();
        if block.starts_with('|') {
            for line in block.lines() {
                if line.replace(['|', ':', '-', ' '], "").is_empty() {
                    continue;
                }
                let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
                for cell in inner.split(" |") {
                    out.push(inline(cell));
                }
            }
        } else if block.starts_with('#') {
            let t = block.trim_start_matches('#');
            let t = match t.rfind(" {") {
                Some(i) if t.ends_with('}') => &t[..i],
                _ => t,
            };
            out.push(inline(t));
        } else {
            out.push(inline(&block.replace('\n', " ")));
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

#[test]
fn paragraph_texts_equal_the_markdown() {
    let md = sample_md();
    let docx = markdown_to_docx(&md, &Profile::default()).unwrap();
    let got = document_text(&docx);
    let want = markdown_paragraph_texts(&md);
    assert_eq!(got.len(), want.len(), "paragraph count");
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        assert_eq!(g, w, "paragraph {i}");
    }
    // and the tree agrees with both
    assert_eq!(parse_markdown(&md).paragraph_texts(), got);
    // the escapes came through as text
    assert!(got.iter().any(|t| t == "*"));
    assert!(got.iter().any(|t| t.starts_with("- Cây lúa")));
    assert!(got.iter().any(|t| t.starts_with("+ Năng suất")));
    assert!(got.iter().any(|t| t.starts_with("(3) Diện tích")));
}

#[test]
fn builds_are_byte_identical() {
    let a = sample_docx();
    let b = sample_docx();
    assert_eq!(a, b);
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(&a)).unwrap();
    assert_eq!(z.by_index(0).unwrap().name(), "[Content_Types].xml");
    for i in 0..z.len() {
        let f = z.by_index(i).unwrap();
        assert_eq!(
            f.last_modified(),
            Some(zip::DateTime::DEFAULT),
            "{}",
            f.name()
        );
    }
    let core = String::from_utf8(read_part(&a, "docProps/core.xml").unwrap()).unwrap();
    assert!(core.contains("2000-01-01T00:00:00Z"), "{core}");
}

fn tracked_doc() -> Document {
    let ch = |kind| Change {
        kind,
        author: "baocao".into(),
        date: "2025-02-05T00:00:00Z".into(),
    };
    Document {
        identity: None,
        blocks: vec![
            Block::Paragraph {
                runs: vec![
                    Run::text("Tổng đàn gia súc đạt "),
                    Run::text("18.805").with_change(ch(ChangeKind::Del)),
                    Run::text("18.850").with_change(ch(ChangeKind::Ins)),
                    Run::text(" con."),
                ],
            },
            Block::Paragraph {
                runs: vec![Run::text("Đoạn mới.").with_change(ch(ChangeKind::Ins))],
            },
            Block::Paragraph {
                runs: vec![Run::text("Đoạn bỏ.")
                    .bold()
                    .with_change(ch(ChangeKind::Del))],
            },
        ],
    }
}

#[test]
fn tracked_changes_become_ins_and_del() {
    let docx = write_docx(&tracked_doc(), &Profile::default()).unwrap();
    let d = part(&docx, "word/document.xml");
    let p = first(&d, "w:p");
    let del = first(p, "w:del");
    let ins = first(p, "w:ins");
    assert_eq!(del.attr("w:author"), Some("baocao"));
    assert_eq!(ins.attr("w:date"), Some("2025-02-05T00:00:00Z"));
    assert_ne!(del.attr("w:id"), ins.attr("w:id"));
    let dt = first(del, "w:delText");
    assert!(matches!(&dt.children[0], Node::Text(t) if t == "18.805"));
    assert!(all(del, "w:t").is_empty());
    assert_eq!(text_of(ins), "18.850");
    // the first paragraph's mark is not a change; the other two are
    let marks: Vec<Option<&str>> = body_paragraphs(&d)
        .iter()
        .map(|p| {
            let rpr = p.child("w:pPr").and_then(|x| x.child("w:rPr"));
            rpr.and_then(|r| r.elems().next())
                .map(|e| e.name.as_ref())
                .filter(|n| *n == "w:ins" || *n == "w:del")
        })
        .collect();
    assert_eq!(marks, vec![None, Some("w:ins"), Some("w:del")]);
    assert_eq!(
        document_text(&docx),
        vec!["Tổng đàn gia súc đạt 18.850 con.", "Đoạn mới."]
    );
    assert_eq!(tracked_doc().paragraph_texts(), document_text(&docx));
    // ids are stable from build to build
    assert_eq!(
        docx,
        write_docx(&tracked_doc(), &Profile::default()).unwrap()
    );
}

/// Runs ../shared/tools/validate-docx.py when it and xmllint are present.
fn validate(docx: &[u8], name: &str) {
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
    let path = dir.path().join(name);
    std::fs::write(&path, docx).unwrap();
    let out = std::process::Command::new("python3")
        .arg(tool)
        .arg(&path)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{report}");
    assert!(report.contains("schema errors 0 in"), "{report}");
}

#[test]
fn schema_valid() {
    validate(&sample_docx(), "sample.docx");
    validate(
        &write_docx(&tracked_doc(), &Profile::default()).unwrap(),
        "tracked.docx",
    );
    let md = "| a | b | c |\n|---|:-:|--:|\n| 1 | **2** | 3 |\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n- a\n  - b\n\n> q\n\n---\n\ntext  \nbreak\n";
    validate(
        &markdown_to_docx(md, &Profile::default()).unwrap(),
        "misc.docx",
    );
}

#[test]
fn our_part_list_matches_docx_rs_packing() {
    let md = format!("{}\n\n- một\n\n> hai\n", sample_md());
    let tree = parse_markdown(&md);
    let p = Profile::default();
    let mut raw = std::io::Cursor::new(Vec::new());
    writer::build(&tree, &p).build().pack(&mut raw).unwrap();
    let opts = fixup::FixOptions {
        lang: "vi-VN".into(),
    };
    let via_docx_rs = package::repack(raw.get_ref(), &opts).unwrap();
    // the same parts, in the same order, with the same bytes — except the
    // core properties, where ours carry the title and the author
    let entries = |bytes: Vec<u8>| {
        let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        (0..z.len())
            .map(|i| {
                let mut f = z.by_index(i).unwrap();
                let mut data = Vec::new();
                std::io::Read::read_to_end(&mut f, &mut data).unwrap();
                (f.name().to_string(), data)
            })
            .collect::<Vec<_>>()
    };
    let ours = entries(write_docx(&tree, &p).unwrap());
    let theirs = entries(via_docx_rs);
    assert_eq!(
        ours.iter().map(|(n, _)| n).collect::<Vec<_>>(),
        theirs.iter().map(|(n, _)| n).collect::<Vec<_>>()
    );
    for ((name, a), (_, b)) in ours.iter().zip(&theirs) {
        if name == "docProps/core.xml" {
            assert!(String::from_utf8_lossy(a).contains("<dc:title>"));
        } else {
            assert_eq!(a, b, "{name}");
        }
    }
}
