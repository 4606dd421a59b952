//! Draft revisions and the redline (docs/redline.md), on copies of the
//! bundled content/: each kind of edit a drafting team makes, built into a
//! redline whose "Accept all changes" text is exactly the NEW draft's DOCX
//! text and whose "Reject all changes" text is exactly the OLD draft's,
//! paragraph by paragraph; and the draft numbering of `build`.

mod common;

use std::path::{Path, PathBuf};

use baocao::build::Built;
use baocao::diff::{self, Edit, EditKind, Redline, Side, What};
use baocao::docx::document_text;
use common::{build, copy_tree, root};
use serde_yaml::Value;

// ---------------------------------------------------------------------------
// helpers

fn content() -> tempfile::TempDir {
    copy_tree(&root().join("content"))
}

/// Edits a YAML file of a content copy as data.
fn edit_yaml(dir: &Path, file: &str, f: impl FnOnce(&mut Value)) {
    let p = dir.join(file);
    let mut v: Value = serde_yaml::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
    f(&mut v);
    std::fs::write(&p, serde_yaml::to_string(&v).unwrap()).unwrap();
}

fn built(dir: &Path) -> Built {
    build(dir).unwrap_or_else(|d| panic!("{} does not build: {:#?}", dir.display(), d.items))
}

fn side(dir: &Path) -> Side {
    Side {
        dir: dir.to_path_buf(),
        label: None,
        commit: None,
    }
}

const DATE: &str = "2025-03-01";

fn redline(old: &Path, new: &Path) -> (Built, Built, Redline) {
    let (o, n) = (built(old), built(new));
    let date = chrono::NaiveDate::parse_from_str(DATE, "%Y-%m-%d").unwrap();
    let r = diff::compare(&o, &n, &side(old), &side(new), diff::DEFAULT_AUTHOR, date).unwrap();
    (o, n, r)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Ins,
    Del,
}

/// One `w:p` of document.xml: its text with changes accepted, with changes
/// rejected, and whether its paragraph mark is tracked.
#[derive(Debug, Default)]
struct Para {
    accept: String,
    reject: String,
    mark: Option<Mark>,
}

fn read_part(docx: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut s = String::new();
    z.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

/// The paragraphs of word/document.xml as Word sees their revisions.
fn revision_paragraphs(docx: &[u8]) -> Vec<Para> {
    use quick_xml::events::Event;
    let xml = read_part(docx, "word/document.xml");
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut out = Vec::new();
    let mut cur: Option<Para> = None;
    let (mut ins, mut del, mut ppr, mut in_t) = (0, 0, 0, false);
    let push = |cur: &mut Option<Para>, s: &str, ins: i32, del: i32| {
        if let Some(p) = cur {
            if del == 0 {
                p.accept.push_str(s);
            }
            if ins == 0 {
                p.reject.push_str(s);
            }
        }
    };
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) => match e.name().as_ref() {
                b"w:p" => cur = Some(Para::default()),
                b"w:pPr" => ppr += 1,
                b"w:ins" => ins += 1,
                b"w:del" => del += 1,
                b"w:t" | b"w:delText" => in_t = true,
                _ => {}
            },
            Event::Empty(e) => match e.name().as_ref() {
                b"w:ins" if ppr > 0 => cur.as_mut().unwrap().mark = Some(Mark::Ins),
                b"w:del" if ppr > 0 => cur.as_mut().unwrap().mark = Some(Mark::Del),
                b"w:br" | b"w:cr" => push(&mut cur, "\n", ins, del),
                b"w:tab" => push(&mut cur, "\t", ins, del),
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                b"w:p" => out.extend(cur.take()),
                b"w:pPr" => ppr -= 1,
                b"w:ins" => ins -= 1,
                b"w:del" => del -= 1,
                b"w:t" | b"w:delText" => in_t = false,
                _ => {}
            },
            Event::Text(t) if in_t => push(&mut cur, &t.decode().unwrap(), ins, del),
            Event::GeneralRef(r) if in_t => {
                let s = match &*r as &[u8] {
                    b"amp" => "&".to_string(),
                    b"lt" => "<".to_string(),
                    b"gt" => ">".to_string(),
                    b"quot" => "\"".to_string(),
                    b"apos" => "'".to_string(),
                    _ => r
                        .resolve_char_ref()
                        .unwrap()
                        .map(String::from)
                        .unwrap_or_default(),
                };
                push(&mut cur, &s, ins, del)
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// The text after "Accept all changes" (`accept`) or "Reject all changes":
/// a paragraph whose mark goes away (deleted on accept, inserted on
/// reject) runs into the next one; empty paragraphs are left out, as
/// `document_text` leaves them out.
fn resolved(paras: &[Para], accept: bool) -> Vec<String> {
    let gone = if accept { Mark::Del } else { Mark::Ins };
    let mut out = Vec::new();
    let mut pending = String::new();
    for p in paras {
        pending.push_str(if accept { &p.accept } else { &p.reject });
        if p.mark == Some(gone) {
            continue;
        }
        let text = std::mem::take(&mut pending);
        if !text.is_empty() {
            out.push(text);
        }
    }
    if !pending.is_empty() {
        out.push(pending);
    }
    out
}

/// The whole contract of a redline: accept-all is NEW, reject-all is OLD,
/// paragraph by paragraph; every change has the author and the date.
fn assert_redline(old: &Built, new: &Built, r: &Redline) {
    let paras = revision_paragraphs(&r.docx);
    let new_text = document_text(&new.docx().unwrap());
    let old_text = document_text(&old.docx().unwrap());
    let accepted = resolved(&paras, true);
    let rejected = resolved(&paras, false);
    assert_eq!(accepted.len(), new_text.len(), "accept-all paragraph count");
    for (i, (a, b)) in accepted.iter().zip(&new_text).enumerate() {
        assert_eq!(a, b, "accept-all paragraph {i}");
    }
    assert_eq!(rejected.len(), old_text.len(), "reject-all paragraph count");
    for (i, (a, b)) in rejected.iter().zip(&old_text).enumerate() {
        assert_eq!(a, b, "reject-all paragraph {i}");
    }
    // accept-all is also what document_text reads from the redline itself
    assert_eq!(document_text(&r.docx), accepted);
    let xml = read_part(&r.docx, "word/document.xml");
    let stamp = format!(
        "w:author=\"{}\" w:date=\"{DATE}T00:00:00Z\"",
        diff::DEFAULT_AUTHOR
    );
    let revisions = xml.matches("<w:ins ").count() + xml.matches("<w:del ").count();
    assert_eq!(
        xml.matches(&stamp).count(),
        revisions,
        "every change stamped"
    );
}

fn count(r: &Redline, kind: EditKind, what: What) -> usize {
    r.edits
        .iter()
        .filter(|e| e.kind == kind && e.what == what)
        .count()
}

fn opening_mut(v: &mut Value) -> &mut Vec<Value> {
    v["opening"]
        .as_sequence_mut()
        .expect("report.yaml has `opening:` paragraphs")
}

/// Replaces the `n`-th plain word (letters only, outside `{{ }}`) of `s`.
fn replace_word(s: &str, n: usize, by: &str) -> String {
    let mut seen = 0;
    let mut depth = 0;
    let words: Vec<String> = s
        .split(' ')
        .map(|w| {
            depth += w.matches("{{").count() as i32 - w.matches("}}").count() as i32;
            if depth == 0 && !w.is_empty() && w.chars().all(char::is_alphabetic) {
                seen += 1;
                if seen == n {
                    return by.to_string();
                }
            }
            w.to_string()
        })
        .collect();
    assert!(seen >= n, "not enough plain words in {s}");
    words.join(" ")
}

/// Adds a figure to economy.yaml and a paragraph stating it at the end of
/// the opening, so that a figure edit has a sentence to change.
fn add_test_figure(dir: &Path, value: f64) {
    edit_yaml(dir, "economy.yaml", |v| {
        let figs = &mut v["figures"];
        if figs.is_null() {
            *figs = Value::Mapping(Default::default());
        }
        let f: Value = serde_yaml::from_str(&format!(
            "{{ label: Giá trị sản xuất thử nghiệm, value: {value}, unit: tỷ đồng, year: 2025 }}"
        ))
        .unwrap();
        figs.as_mapping_mut()
            .unwrap()
            .insert("gtsx_thu_nghiem".into(), f);
    });
    edit_yaml(dir, "report.yaml", |v| {
        opening_mut(v).push(
            "Giá trị sản xuất năm {{ f.gtsx_thu_nghiem.year }} ước đạt {{ f.gtsx_thu_nghiem.value | num }} {{ f.gtsx_thu_nghiem.unit }}.".into(),
        )
    });
}

/// Removes the first target (without further lines) of the first node with
/// two or more targets, in report order, so that every later (n) shifts.
/// Returns the file it was removed from.
fn remove_a_target(dir: &Path) -> String {
    fn walk(v: &mut Value) -> bool {
        if let Some(ts) = v.get_mut("targets").and_then(Value::as_sequence_mut) {
            if ts.len() >= 2 {
                if let Some(k) = (0..ts.len() - 1).find(|k| ts[*k].get("lines").is_none()) {
                    ts.remove(k);
                    return true;
                }
            }
        }
        match v {
            Value::Sequence(s) => s.iter_mut().any(walk),
            Value::Mapping(m) => m.iter_mut().any(|(_, x)| walk(x)),
            _ => false,
        }
    }
    let report: Value =
        serde_yaml::from_str(&std::fs::read_to_string(dir.join("report.yaml")).unwrap()).unwrap();
    for name in report["sections"].as_sequence().unwrap() {
        let file = format!("{}.yaml", name.as_str().unwrap());
        let mut removed = false;
        edit_yaml(dir, &file, |v| removed = walk(&mut v["slots"]));
        if removed {
            return file;
        }
    }
    panic!("no node with two or more targets in the content");
}

/// The title of Part 1 › Chapter A › Section I.
fn section_title(v: &mut Value) -> &mut Value {
    &mut v["outline"][0]["chapters"][0]["sections"][0]["title"]
}

// ---------------------------------------------------------------------------
// one kind of edit at a time

#[test]
fn a_figure_changes_as_a_word_inside_its_sentence_and_is_listed() {
    let (old, new) = (content(), content());
    add_test_figure(old.path(), 2732.16);
    add_test_figure(new.path(), 2750.5);
    let (o, n, r) = redline(old.path(), new.path());
    assert_redline(&o, &n, &r);
    assert_eq!(count(&r, EditKind::Edited, What::Paragraph), 1);
    assert_eq!(
        r.edits
            .iter()
            .filter(|e| e.kind != EditKind::Edited)
            .count(),
        0
    );
    let e = &r.edits[0];
    assert!(
        e.old.contains("2.732,16 tỷ đồng") && e.new.contains("2.750,5 tỷ đồng"),
        "{e:?}"
    );
    // the figure in the summary: label, id, old → new, where
    assert_eq!(r.figures.len(), 1, "{:?}", r.figures);
    let f = &r.figures[0];
    assert_eq!(f.id, "gtsx_thu_nghiem");
    assert_eq!(f.label, "Giá trị sản xuất thử nghiệm");
    assert_eq!(f.old.as_deref(), Some("2.732,16 tỷ đồng"));
    assert_eq!(f.new.as_deref(), Some("2.750,5 tỷ đồng"));
    assert!(f.location.ends_with(&format!(
        "economy.yaml:{}",
        f.location.rsplit(':').next().unwrap()
    )));
    let row =
        "| Giá trị sản xuất thử nghiệm | `gtsx_thu_nghiem` | 2.732,16 tỷ đồng | 2.750,5 tỷ đồng |";
    assert!(r.summary.contains(row), "{}", r.summary);
    assert!(
        r.summary.contains("~~2.732,16~~**2.750,5**"),
        "{}",
        r.summary
    );
}

#[test]
fn a_real_figure_of_the_report_changes_everywhere_it_is_stated() {
    use rust_decimal::Decimal;
    let (old, new) = (content(), content());
    let o = built(old.path());
    // the first figure with a value of its own
    let Some(f) = o.figures.by_id.values().find(|f| f.spec.value.is_some()) else {
        eprintln!("the content has no figure with a value: skipped");
        return;
    };
    let before: Decimal = f.spec.value.as_ref().unwrap().0;
    let after = before + Decimal::ONE;
    let (id, file) = (f.id.clone(), format!("{}.yaml", f.section));
    edit_yaml(new.path(), &file, |v| {
        v["figures"][id.as_str()]["value"] = serde_yaml::from_str(&after.to_string()).unwrap()
    });
    let (o, n, r) = redline(old.path(), new.path());
    assert_redline(&o, &n, &r);
    let exact = |d: Decimal| {
        let d = d.normalize();
        baocao::format::number(d, Some(d.scale()))
    };
    let c = r
        .figures
        .iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("{id} not listed: {:#?}", r.figures));
    assert!(
        c.old.as_deref().unwrap().starts_with(&exact(before)),
        "{c:?}"
    );
    assert!(
        c.new.as_deref().unwrap().starts_with(&exact(after)),
        "{c:?}"
    );
    assert!(
        c.location
            .starts_with(&format!("{}/{file}:", new.path().display())),
        "{c:?}"
    );
    assert!(r.summary.contains(&format!("| `{id}` |")));
    // only edited paragraphs: a figure never adds or removes one
    assert!(
        r.edits.iter().all(|e| e.kind == EditKind::Edited),
        "{:#?}",
        r.edits
    );
}

#[test]
fn a_word_changed_in_a_paragraph_is_a_word_level_change() {
    let (old, new) = (content(), content());
    edit_yaml(new.path(), "report.yaml", |v| {
        let p = &mut opening_mut(v)[0];
        *p = replace_word(p.as_str().unwrap(), 5, "thêmtừ").into();
    });
    let (o, n, r) = redline(old.path(), new.path());
    assert_redline(&o, &n, &r);
    assert_eq!(r.edits.len(), 1, "{:?}", r.edits);
    assert_eq!(count(&r, EditKind::Edited, What::Paragraph), 1);
    let xml = read_part(&r.docx, "word/document.xml");
    assert_eq!(xml.matches("<w:ins ").count(), 1, "one inserted word");
    assert_eq!(xml.matches("<w:del ").count(), 1, "one deleted word");
    assert!(xml.contains(">thêmtừ</w:t></w:r></w:ins>"));
    assert!(r.summary.contains("Phần mở đầu"), "{}", r.summary);
}

#[test]
fn an_added_paragraph_is_inserted_whole_with_its_paragraph_mark() {
    let (old, new) = (content(), content());
    let text = "Đoạn này được thêm vào dự thảo mới để thử bản so sánh.";
    edit_yaml(new.path(), "report.yaml", |v| {
        opening_mut(v).insert(1, text.into())
    });
    let (o, n, r) = redline(old.path(), new.path());
    assert_redline(&o, &n, &r);
    assert_eq!(r.edits.len(), 1);
    assert_eq!(count(&r, EditKind::Added, What::Paragraph), 1);
    let paras = revision_paragraphs(&r.docx);
    let p = paras.iter().find(|p| p.accept == text).unwrap();
    assert_eq!(p.mark, Some(Mark::Ins));
    assert_eq!(p.reject, "");
    assert!(
        r.summary.contains(&format!("**Thêm** đoạn: {text}")),
        "{}",
        r.summary
    );
}

#[test]
fn a_removed_paragraph_is_deleted_whole_with_its_paragraph_mark() {
    let (old, new) = (content(), content());
    let mut removed = String::new();
    edit_yaml(new.path(), "report.yaml", |v| {
        removed = opening_mut(v).remove(1).as_str().unwrap().to_string();
    });
    let (o, n, r) = redline(old.path(), new.path());
    assert_redline(&o, &n, &r);
    assert_eq!(r.edits.len(), 1);
    assert_eq!(count(&r, EditKind::Removed, What::Paragraph), 1);
    let paras = revision_paragraphs(&r.docx);
    assert_eq!(
        paras.iter().filter(|p| p.mark == Some(Mark::Del)).count(),
        1
    );
    assert!(removed
        .split_whitespace()
        .take(5)
        .all(|w| r.edits[0].old.contains(w)));
}

#[test]
fn a_removed_target_shows_the_numbers_changing_not_paragraphs_replaced() {
    let (old, new) = (content(), content());
    let file = remove_a_target(new.path());
    let (o, n, r) = redline(old.path(), new.path());
    assert_redline(&o, &n, &r);
    // one paragraph removed, nothing added: the later targets are edited
    assert_eq!(
        count(&r, EditKind::Removed, What::Paragraph),
        1,
        "{file}: {:#?}",
        r.edits
    );
    assert_eq!(
        r.edits.iter().filter(|e| e.kind == EditKind::Added).count(),
        0
    );
    let renumbered: Vec<_> = r
        .edits
        .iter()
        .filter(|e| e.kind == EditKind::Edited && e.what == What::Paragraph)
        .collect();
    assert!(renumbered.len() >= 2, "{renumbered:#?}");
    for e in &renumbered {
        // only the number changed: "(n)" → "(n-1)"
        let num = |s: &str| -> (u32, String) {
            let close = s.find(')').unwrap();
            (s[1..close].parse().unwrap(), s[close..].to_string())
        };
        let ((a, rest_a), (b, rest_b)) = (num(&e.old), num(&e.new));
        assert_eq!(a, b + 1, "{e:?}");
        assert_eq!(rest_a, rest_b);
        let changed: Vec<&str> = e
            .runs
            .iter()
            .filter(|r| r.change.is_some())
            .map(|r| r.text.as_str())
            .collect();
        assert_eq!(changed, vec![a.to_string(), b.to_string()], "{e:?}");
    }
    // Phụ lục số 02 loses the target's row; the rows after it renumber
    let rows: Vec<&Edit> = r
        .edits
        .iter()
        .filter(|e| e.what == What::TableRow)
        .collect();
    assert!(
        rows.iter().all(|e| e.section == vec!["Phụ lục số 02"]),
        "{rows:#?}"
    );
    let removed: Vec<&&Edit> = rows
        .iter()
        .filter(|e| e.kind == EditKind::Removed)
        .collect();
    assert_eq!(removed.len(), 1, "{rows:#?}");
    let cells = removed[0].old.split(" | ").count();
    assert!(rows[1..].iter().all(|e| e.kind == EditKind::Edited));
    // the tracked changes in the document: one paragraph mark, and those of
    // the removed row's cells; no insertion of a whole paragraph
    let paras = revision_paragraphs(&r.docx);
    assert_eq!(
        paras.iter().filter(|p| p.mark == Some(Mark::Del)).count(),
        1 + cells
    );
    assert_eq!(
        paras.iter().filter(|p| p.mark == Some(Mark::Ins)).count(),
        0
    );
}

#[test]
fn a_renamed_section_heading_is_an_edited_heading() {
    let (old, new) = (content(), content());
    let title = "TÊN MỚI CỦA MỤC NÀY";
    edit_yaml(new.path(), "report.yaml", |v| {
        *section_title(v) = title.into()
    });
    let (o, n, r) = redline(old.path(), new.path());
    assert_redline(&o, &n, &r);
    assert_eq!(r.edits.len(), 1, "{:?}", r.edits);
    assert_eq!(count(&r, EditKind::Edited, What::Heading), 1);
    let e = &r.edits[0];
    assert_eq!(e.new, format!("I. {title}"));
    assert_eq!(
        e.section.last().unwrap(),
        &e.new,
        "listed under its new name"
    );
    let paras = revision_paragraphs(&r.docx);
    assert!(paras.iter().all(|p| p.mark.is_none()));
}

// ---------------------------------------------------------------------------
// everything at once, and the draft number

#[test]
fn many_edits_at_once_with_the_next_draft_number() {
    let (old, new) = (content(), content());
    add_test_figure(old.path(), 100.0);
    add_test_figure(new.path(), 120.25);
    let mut draft = 0;
    edit_yaml(new.path(), "report.yaml", |v| {
        draft = v["document"]["draft"].as_u64().unwrap_or(0) + 1;
        v["document"]["draft"] = draft.into();
        let op = opening_mut(v);
        op[0] = replace_word(op[0].as_str().unwrap(), 3, "sửa").into();
        op.insert(1, "Một đoạn mới.".into());
        *section_title(v) = "MỤC ĐỔI TÊN".into();
    });
    remove_a_target(new.path());
    let (o, n, r) = redline(old.path(), new.path());
    assert_redline(&o, &n, &r);
    assert_eq!(r.stem, format!("bao-cao-chinh-tri-du-thao-lan-{draft}"));
    assert_eq!(r.docx_name(), format!("{}.redline.docx", n.stem));
    assert_eq!(r.summary_name(), format!("{}.changes.md", n.stem));
    assert!(r.summary.starts_with(&format!(
        "# Tóm tắt thay đổi: Dự thảo lần {draft} so với Dự thảo lần {}",
        draft - 1
    )));
    // the draft marker in the header block: a word change in a table row
    // (the others are Phụ lục số 02's, renumbered)
    let header_rows = r
        .edits
        .iter()
        .filter(|e| e.kind == EditKind::Edited && e.what == What::TableRow && e.section.is_empty())
        .count();
    assert_eq!(header_rows, 1);
    assert!(
        r.summary
            .contains(&format!("(Dự thảo lần ~~{}~~**{draft}**)", draft - 1)),
        "{}",
        r.summary
    );
    assert!(r
        .summary
        .contains("| `gtsx_thu_nghiem` | 100 tỷ đồng | 120,25 tỷ đồng |"));
    // deterministic: the same inputs give the same bytes
    let (_, _, again) = redline(old.path(), new.path());
    assert_eq!(again.docx, r.docx);
    assert_eq!(again.summary, r.summary);
}

#[test]
fn a_final_version_drops_the_draft_marker_and_fills_the_date() {
    let (old, fin) = (content(), content());
    edit_yaml(fin.path(), "report.yaml", |v| {
        let d = v["document"].as_mapping_mut().unwrap();
        d.remove("draft");
        d.insert("date".into(), "2025-08-20".into());
    });
    let b = built(fin.path());
    assert_eq!(b.stem, "bao-cao-chinh-tri");
    assert!(!b.markdown.contains("Dự thảo"), "no draft marker");
    let place = &b.content.report.document.place;
    let line =
        baocao::format::place_date(place, chrono::NaiveDate::from_ymd_opt(2025, 8, 20), 2025);
    assert!(
        line.contains("ngày 20 tháng") && line.contains("năm 2025"),
        "{line}"
    );
    assert!(b.markdown.contains(&line), "{line}");
    let text = document_text(&b.docx().unwrap());
    assert!(text.iter().any(|t| t == &line));
    assert!(!text.iter().any(|t| t.contains("Dự thảo")));

    // the redline from the last draft to the final version: dated by the
    // final version's date, the draft marker's row deleted whole
    let (o, n) = (built(old.path()), b);
    let r = diff::compare(
        &o,
        &n,
        &side(old.path()),
        &side(fin.path()),
        "Văn phòng",
        chrono::NaiveDate::from_ymd_opt(2025, 8, 1).unwrap(),
    )
    .unwrap();
    let xml = read_part(&r.docx, "word/document.xml");
    assert!(
        !xml.contains("w:date=\"2025-08-20") && xml.contains("w:date=\"2025-08-01"),
        "compare takes the date it is given"
    );
    let mut diags = baocao::diag::Diagnostics::default();
    let req = diff::Request {
        old: diff::Old::Dir(old.path().to_path_buf()),
        new: fin.path().to_path_buf(),
        templates: Some(root().join("templates")),
        author: "Văn phòng".into(),
        date: None,
    };
    let r = diff::run(&req, &mut diags).unwrap();
    let xml = read_part(&r.docx, "word/document.xml");
    assert!(xml.contains("w:author=\"Văn phòng\" w:date=\"2025-08-20T00:00:00Z\""));
    assert!(
        xml.contains("<w:trPr><w:del "),
        "the draft marker's row is deleted"
    );
    let paras = revision_paragraphs(&r.docx);
    assert!(resolved(&paras, true) == document_text(&n.docx().unwrap()));
    assert!(resolved(&paras, false) == document_text(&o.docx().unwrap()));
    assert!(r
        .summary
        .starts_with("# Tóm tắt thay đổi: bản chính thức so với Dự thảo lần"));
}

#[test]
fn an_undated_redline_is_refused_with_a_hint() {
    let old = content();
    let new = content();
    edit_yaml(new.path(), "report.yaml", |v| {
        v["document"]["date"] = Value::Null;
        opening_mut(v).push("Thêm.".into());
    });
    let mut diags = baocao::diag::Diagnostics::default();
    let req = diff::Request {
        old: diff::Old::Dir(old.path().to_path_buf()),
        new: new.path().to_path_buf(),
        templates: Some(root().join("templates")),
        author: diff::DEFAULT_AUTHOR.into(),
        date: None,
    };
    assert!(diff::run(&req, &mut diags).is_none());
    let d = diags
        .items
        .iter()
        .find(|d| d.code == "usage")
        .expect("a usage error");
    assert!(d.message.contains("cần có ngày"), "{}", d.message);
    assert!(d.hint.as_deref().unwrap_or("").contains("--date"), "{d:?}");
    assert_eq!(diags.exit_status(), 2, "a usage error");
}

#[test]
fn building_draft_n_never_touches_draft_n_minus_1() {
    let dir = content();
    let out = tempfile::tempdir().unwrap();
    let write = |b: &Built| {
        let files = vec![
            (format!("{}.md", b.stem), b.markdown.clone().into_bytes()),
            (format!("{}.docx", b.stem), b.docx().unwrap()),
        ];
        baocao::build::write_outputs(out.path(), &files).unwrap()
    };
    let first = built(dir.path());
    let n = first
        .content
        .report
        .document
        .draft
        .expect("the bundled content is a draft");
    let written = write(&first);
    let before: Vec<(PathBuf, Vec<u8>)> = written
        .iter()
        .map(|p| (p.clone(), std::fs::read(p).unwrap()))
        .collect();
    edit_yaml(dir.path(), "report.yaml", |v| {
        v["document"]["draft"] = (n + 1).into();
        opening_mut(v).push("Một đoạn của dự thảo sau.".into());
    });
    let second = built(dir.path());
    assert_eq!(
        second.stem,
        format!("bao-cao-chinh-tri-du-thao-lan-{}", n + 1)
    );
    assert_ne!(second.stem, first.stem);
    write(&second);
    for (p, bytes) in &before {
        assert_eq!(
            &std::fs::read(p).unwrap(),
            bytes,
            "{} untouched",
            p.display()
        );
    }
    // and the redline of the two sits beside both
    let r = diff::compare(
        &first,
        &second,
        &side(dir.path()),
        &side(dir.path()),
        "x",
        chrono::NaiveDate::from_ymd_opt(2025, 3, 1).unwrap(),
    )
    .unwrap();
    baocao::build::write_outputs(out.path(), &r.files()).unwrap();
    for (p, bytes) in &before {
        assert_eq!(&std::fs::read(p).unwrap(), bytes);
    }
    let mut names: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let s1 = &first.stem;
    let s2 = &second.stem;
    let mut want = vec![
        format!("{s1}.docx"),
        format!("{s1}.md"),
        format!("{s2}.changes.md"),
        format!("{s2}.docx"),
        format!("{s2}.md"),
        format!("{s2}.redline.docx"),
        ".baocao-lock".to_string(),
    ];
    want.sort();
    assert_eq!(names, want);
}

// ---------------------------------------------------------------------------
// the command line

/// A fresh folder holding a copy of the bundled content in `content/`
/// (for a git repository made there): the folder and `content/`.
fn repo_with_the_bundled_content() -> (tempfile::TempDir, PathBuf) {
    let repo = tempfile::tempdir().unwrap();
    let content = repo.path().join("content");
    std::fs::create_dir(&content).unwrap();
    let src = copy_tree(&root().join("content"));
    for e in std::fs::read_dir(src.path()).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), content.join(e.file_name())).unwrap();
    }
    (repo, content)
}

fn git(dir: &Path, args: &[&str]) {
    let st = std::process::Command::new("git")
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@t",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        st.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&st.stderr)
    );
}

#[test]
fn cli_diff_from_an_earlier_git_revision() {
    if std::process::Command::new("git")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("git not available: skipped");
        return;
    }
    let (repo, content) = repo_with_the_bundled_content();
    add_test_figure(&content, 10.0);
    git(repo.path(), &["init", "-q"]);
    git(repo.path(), &["add", "."]);
    git(repo.path(), &["commit", "-qm", "draft"]);
    // the working content: the figure edited, not committed
    edit_yaml(&content, "economy.yaml", |v| {
        v["figures"]["gtsx_thu_nghiem"]["value"] = 12.5.into()
    });
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_baocao"))
        .args([
            "diff",
            "--from-rev",
            "HEAD",
            "--out",
            "out",
            "--date",
            "2025-04-02",
        ])
        .current_dir(repo.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stem = "bao-cao-chinh-tri-du-thao-lan";
    assert!(
        stdout.contains(&format!("out/{stem}")) && stdout.contains(".redline.docx"),
        "{stdout}"
    );
    let md = std::fs::read_dir(repo.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().ends_with(".changes.md"))
        .unwrap();
    let summary = std::fs::read_to_string(md).unwrap();
    assert!(summary.contains("(`HEAD:content/`, commit "), "{summary}");
    assert!(
        summary
            .contains("| `gtsx_thu_nghiem` | 10 tỷ đồng | 12,5 tỷ đồng | `content/economy.yaml:"),
        "{summary}"
    );
    // the working tree is untouched
    let status = std::process::Command::new("git")
        .args(["status", "--porcelain"])
        .current_dir(repo.path())
        .output()
        .unwrap();
    let status: Vec<String> = String::from_utf8_lossy(&status.stdout)
        .lines()
        .map(|l| l.trim().to_string())
        .collect();
    assert_eq!(status, vec!["M content/economy.yaml", "?? out/"]);
}

#[test]
fn cli_diff_usage_errors_exit_2() {
    let bin = env!("CARGO_BIN_EXE_baocao");
    let run = |args: &[&str]| std::process::Command::new(bin).args(args).output().unwrap();
    let o = run(&["diff", "content"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("Cách dùng: baocao diff"));
    let o = run(&["diff", "--from-rev", "HEAD", "a", "b"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["diff", "/nonexistent/old", "/nonexistent/new"]);
    assert_ne!(o.status.code(), Some(0));
    // an author no XML can hold (U+FFFE, U+FFFF), or on two lines: said,
    // exit 2, nothing written
    let tmp = tempfile::tempdir().unwrap();
    for author in ["A\u{FFFE}B", "A\u{FFFF}B", "A\nB"] {
        let o = std::process::Command::new(bin)
            .args(["diff", "content", "content", "--date", "2025-03-01"])
            .args(["--author", author, "--out"])
            .arg(tmp.path().join("out"))
            .env_remove("BAOCAO_LANG")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{author:?}: {err}");
        assert!(
            err.contains(&format!(
                "tên người thay đổi “{}” không dùng được",
                author.escape_debug()
            )),
            "{author:?}: {err}"
        );
        assert!(err.contains("không có ký tự điều khiển"), "{err}");
        assert!(!tmp.path().join("out").exists(), "{author:?}: out written");
    }
    // a date that does not exist is a usage error, like the others
    let o = run(&["diff", "content", "content", "--date", "2025-02-30"]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("2025-02-30"));
}

/// `../shared/tools/office.py` with LibreOffice, if both are here.
fn office() -> Option<PathBuf> {
    let tool = root().join("../shared/tools/office.py");
    let soffice = std::process::Command::new("soffice")
        .arg("--version")
        .output();
    if tool.is_file() && soffice.is_ok_and(|o| o.status.success()) {
        Some(tool)
    } else {
        eprintln!("LibreOffice or ../shared/tools/office.py not available: skipped");
        None
    }
}

#[test]
fn an_undated_draft_compared_with_git_carries_the_newest_commits_date_in_libreoffice() {
    let Some(office) = office() else { return };
    let (repo, content) = repo_with_the_bundled_content();
    // the bundled draft is undated (`date:` empty)
    let report = std::fs::read_to_string(content.join("report.yaml")).unwrap();
    assert!(report.contains("\n  date:"), "the bundled draft is undated");
    git(repo.path(), &["init", "-q"]);
    git(repo.path(), &["add", "."]);
    let commit = std::process::Command::new("git")
        .args([
            "-c",
            "user.name=Ban soạn thảo",
            "-c",
            "user.email=bst@example.org",
        ])
        .args(["commit", "-qm", "Dự thảo lần 3"])
        .env("GIT_COMMITTER_DATE", "2025-03-15T10:00:00+07:00")
        .env("GIT_AUTHOR_DATE", "2025-03-15T10:00:00+07:00")
        .current_dir(repo.path())
        .status()
        .unwrap();
    assert!(commit.success());
    edit_yaml(&content, "report.yaml", |v| {
        opening_mut(v).push("Thêm một đoạn.".into())
    });
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_baocao"))
        .args(["diff", "--from-rev", "HEAD", "--out", "out"])
        .current_dir(repo.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let redline = std::fs::read_dir(repo.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().ends_with(".redline.docx"))
        .unwrap();
    let changes = std::process::Command::new("/usr/bin/python3")
        .arg(&office)
        .arg("changes")
        .arg(&redline)
        .output()
        .unwrap();
    assert!(
        changes.status.success(),
        "{}",
        String::from_utf8_lossy(&changes.stderr)
    );
    let tsv = String::from_utf8_lossy(&changes.stdout);
    let rows: Vec<&str> = tsv
        .lines()
        .skip(1)
        .filter(|l| l.starts_with("change"))
        .collect();
    assert!(!rows.is_empty(), "{tsv}");
    for row in rows {
        let date = row.split('\t').nth(3).unwrap_or("");
        assert!(date.starts_with("2025-03-15"), "{row}");
    }
}

#[test]
fn a_revision_whose_tree_leads_out_of_the_export_is_refused_before_anything_is_written() {
    if std::process::Command::new("git")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("git not available: skipped");
        return;
    }
    let (repo, _content) = repo_with_the_bundled_content();
    git(repo.path(), &["init", "-q"]);
    git(repo.path(), &["add", "."]);
    git(repo.path(), &["commit", "-qm", "draft"]);
    // a crafted commit: content/ holds an entry named `..` with a file in it
    let sh = |cmd: &str| {
        let o = std::process::Command::new("sh")
            .arg("-c")
            .arg(cmd)
            .current_dir(repo.path())
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "{cmd}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8_lossy(&o.stdout).trim().to_string()
    };
    let name = format!("baocao-escaped-{}", std::process::id());
    let blob = sh("echo written-outside | git hash-object -w --stdin");
    let evil = sh(&format!(
        "printf '100644 blob {blob}\\t{name}\\n' | git mktree"
    ));
    let listing = sh("git ls-tree HEAD:content");
    let content_tree = sh(&format!(
        "(printf '%s\\n' \"$(git ls-tree HEAD:content)\"; printf '040000 tree {evil}\\t..\\n') | git mktree"
    ));
    assert!(!listing.is_empty());
    let root_tree = sh(&format!(
        "printf '040000 tree {content_tree}\\tcontent\\n' | git mktree"
    ));
    let commit = sh(&format!(
        "git -c user.name=x -c user.email=x@example.org commit-tree {root_tree} -p HEAD -m crafted"
    ));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_baocao"))
        .args([
            "diff",
            "--from-rev",
            &commit,
            "--out",
            "out",
            "--date",
            "2025-03-01",
        ])
        .current_dir(repo.path())
        .env_remove("BAOCAO_LANG")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("đường dẫn không dùng được"), "{err}");
    // nothing was written: not the outputs, not the crafted file anywhere near
    assert!(!repo.path().join("out").exists());
    let tmp = std::env::temp_dir();
    assert!(
        !tmp.join(&name).exists(),
        "a file was written outside the export"
    );
    assert!(!repo.path().join(&name).exists());
}
