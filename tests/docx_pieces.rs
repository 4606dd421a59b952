//! The DOCX made in pieces (body cut into runs of blocks, each built by
//! docx-rs and fixed on its own, in parallel, deflated as they come) has
//! the bytes of the DOCX made in one go, for any cut: the bundled report,
//! a redline of it, and documents with tables, lists, quotes, headings and
//! tracked changes.

mod common;

use baocao::docx::fixup::{fix_fragment, FixOptions};
use baocao::docx::package::{pack, Packer};
use baocao::docx::tree::{Block, Change, ChangeKind, Document, Run};
use baocao::docx::{
    markdown_to_docx, parse_markdown, write_docx, write_docx_in_pieces, write_docx_whole, Profile,
};
use common::{build, copy_tree, edit, root};

/// Every number of pieces from 1 to one per block (and more than blocks).
fn assert_same_in_pieces(doc: &Document, profile: &Profile, what: &str) {
    let whole = write_docx_whole(doc, profile).unwrap();
    let n = doc.blocks.len();
    let counts: Vec<usize> = if n <= 40 {
        (1..=n + 2).collect()
    } else {
        vec![1, 2, 3, 4, 5, 7, 8, 13, 16, 31, n / 2, n - 1, n, n + 1]
    };
    for k in counts {
        let pieces = write_docx_in_pieces(doc, profile, k).unwrap();
        assert!(pieces == whole, "{what}: {k} pieces differ from the whole");
    }
    assert!(write_docx(doc, profile).unwrap() == whole, "{what}: auto");
}

fn revisions(docx: &[u8]) -> usize {
    let xml = baocao::docx::package::read_part(docx, "word/document.xml").unwrap();
    let xml = String::from_utf8(xml).unwrap();
    xml.matches("<w:ins ").count() + xml.matches("<w:del ").count()
}

#[test]
fn bundled_report_same_in_pieces() {
    let b = build(&root().join("content")).unwrap_or_else(|d| panic!("{:#?}", d.items));
    let doc = parse_markdown(&b.markdown);
    assert!(doc.blocks.len() > 100);
    assert_same_in_pieces(&doc, &b.profile, "bundled report");
    let whole = write_docx_whole(&doc, &b.profile).unwrap();
    assert!(markdown_to_docx(&b.markdown, &b.profile).unwrap() == whole);
    // the build's fixed parts, made beside the figures, serve every DOCX
    // made from it
    assert!(b.docx().unwrap() == whole, "prepared parts");
    assert!(b.docx().unwrap() == whole, "prepared parts, used again");
}

#[test]
fn redline_same_in_pieces() {
    let old = build(&root().join("content")).unwrap_or_else(|d| panic!("{:#?}", d.items));
    let dir = copy_tree(&root().join("content"));
    edit(
        dir.path(),
        "general.yaml",
        "Trong nhiệm kỳ 3 lần luân chuyển",
        "Trong nhiệm kỳ 4 lần luân chuyển",
    );
    edit(
        dir.path(),
        "general.yaml",
        "Việc phát triển các doanh nghiệp có quy mô lớn",
        "Việc phát triển các doanh nghiệp có quy mô vừa và lớn",
    );
    // a figure: every sentence stating it or derived from it changes
    edit(dir.path(), "economy.yaml", "value: 76.6", "value: 78.1");
    let new = build(dir.path()).unwrap_or_else(|d| panic!("{:#?}", d.items));
    let stamp = baocao::diff::redline::Stamp {
        author: "baocao".into(),
        date: "2025-03-01T00:00:00Z".into(),
    };
    let (doc, _) = baocao::diff::redline::diff_documents(
        &parse_markdown(&old.markdown),
        &parse_markdown(&new.markdown),
        &stamp,
    );
    let docx = write_docx_whole(&doc, &new.profile).unwrap();
    assert!(revisions(&docx) >= 4, "{}", revisions(&docx));
    assert_same_in_pieces(&doc, &new.profile, "redline");
}

#[test]
fn tables_lists_quotes_headings_same_in_pieces() {
    let sample = std::fs::read_to_string(root().join("tests/fixtures/sample.md")).unwrap();
    let misc = concat!(
        "Mở đầu.\n\n",
        "> | trích | dẫn |\n> |---|---|\n> | 1 | 2 |\n\n",
        "- một\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n\n  - hai\n\n",
        "| a | b | c |\n|---|:-:|--:|\n| 1 | **2** | 3 |\n\n",
        "# PHẦN I {.part}\n\n## Chương {.chapter}\n\n1. một\n2. hai\n\n",
        "> q\n\n---\n\ntext  \nbreak\n\n###### sáu\n"
    );
    for (md, what) in [(sample.as_str(), "sample"), (misc, "misc")] {
        let p = Profile::default();
        assert_same_in_pieces(&parse_markdown(md), &p, what);
        let mut p2 = p.clone();
        p2.page_numbers = false;
        assert_same_in_pieces(&parse_markdown(md), &p2, what);
        let mut p3 = p.clone();
        p3.number_first_page = true;
        assert_same_in_pieces(&parse_markdown(md), &p3, what);
    }
}

#[test]
fn tracked_changes_same_in_pieces() {
    let ch = |kind, date: &str| Change {
        kind,
        author: "baocao".into(),
        date: date.into(),
    };
    let mut blocks = Vec::new();
    for i in 0..25 {
        let date = if i % 3 == 0 {
            ""
        } else {
            "2025-02-05T00:00:00Z"
        };
        blocks.push(Block::Paragraph {
            runs: vec![
                Run::text("Tổng đàn gia súc đạt "),
                Run::text(format!("{i}.805")).with_change(ch(ChangeKind::Del, date)),
                Run::text(format!("{i}.850")).with_change(ch(ChangeKind::Ins, date)),
                Run::text(" con."),
            ],
        });
        if i % 4 == 1 {
            blocks.push(Block::Paragraph {
                runs: vec![Run::text("Đoạn mới.").with_change(ch(ChangeKind::Ins, date))],
            });
        }
        if i % 5 == 2 {
            blocks.push(Block::Heading {
                level: 2,
                class: None,
                runs: vec![Run::text("Đoạn bỏ.")
                    .bold()
                    .with_change(ch(ChangeKind::Del, date))],
            });
        }
    }
    let doc = Document { blocks };
    let docx = write_docx_whole(&doc, &Profile::default()).unwrap();
    assert!(revisions(&docx) > 60);
    assert_same_in_pieces(&doc, &Profile::default(), "tracked");
}

/// A part written in pieces of any size (ids numbered on across them)
/// is deflated to the bytes of the part written at once.
#[test]
fn part_in_pieces_same_as_whole() {
    let opts = FixOptions {
        lang: "vi-VN".into(),
    };
    let mut seed = 7u64;
    let mut rnd = || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    // paragraphs of varied text, some with revisions (ids of every width)
    let frags: Vec<String> = (0..3000)
        .map(|i| {
            let words: String = (0..rnd() % 40)
                .map(|_| ["đất ", "nông ", "nghiệp ", "x", "&amp; ", "1.234 "][rnd() % 6])
                .collect();
            let rev = if i % 7 == 0 {
                format!(
                    r#"<w:ins w:id="{}" w:author="a"><w:r><w:t>{i}</w:t></w:r></w:ins>"#,
                    rnd()
                )
            } else {
                String::new()
            };
            format!(
                r#"<w:p w14:paraId="{:08X}"><w:r><w:t>{words}</w:t></w:r>{rev}</w:p>"#,
                rnd() as u32
            )
        })
        .collect();
    let head = r#"<w:document><w:body>"#;
    let tail = r#"<w:sectPr/></w:body></w:document>"#;
    let whole = format!("{head}{}{tail}", frags.concat());
    assert!(whole.len() > 300_000);
    let one = pack(
        vec![("word/document.xml".into(), whole.into_bytes())],
        &opts,
    )
    .unwrap();
    for max in [1, 2, 5, 17, 100, 3000] {
        let mut z = Packer::new(0);
        z.open("word/document.xml");
        let skeleton = fix_fragment(format!("{head}{tail}").as_bytes(), &opts).unwrap();
        let (h, t) = skeleton.split_at(head.len());
        z.piece(&h).unwrap();
        let mut i = 0;
        while i < frags.len() {
            let n = 1 + rnd() % max;
            let piece = frags[i..(i + n).min(frags.len())].concat();
            z.piece(&fix_fragment(piece.as_bytes(), &opts).unwrap())
                .unwrap();
            i += n;
        }
        z.piece(&t).unwrap();
        z.close().unwrap();
        assert!(
            z.finish().unwrap() == one,
            "pieces of up to {max} paragraphs"
        );
    }
}
