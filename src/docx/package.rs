//! The package step: docx-rs's parts, through the fix pass, into a
//! deterministic zip (fixed entry order, fixed times and permissions), and
//! reading text back from a DOCX.

use super::bookmarks::MarkedParagraph;
use super::fixup::{self, FixOptions, Fixer};
use super::DocxError;
use std::io::{Cursor, Read, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

/// The package parts of a built docx-rs document, named and ordered as
/// docx-rs's own zipper names and orders them (`[Content_Types].xml`
/// first). Kept in step with docx-rs 0.4 `zipper::zip`.
pub fn parts(xml: docx_rs::XMLDocx) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = vec![
        ("[Content_Types].xml".into(), xml.content_type),
        ("_rels/.rels".into(), xml.rels),
        ("docProps/app.xml".into(), xml.doc_props.app),
        ("docProps/core.xml".into(), xml.doc_props.core),
        ("docProps/custom.xml".into(), xml.doc_props.custom),
        ("word/_rels/document.xml.rels".into(), xml.document_rels),
        ("word/document.xml".into(), xml.document),
        ("word/styles.xml".into(), xml.styles),
        ("word/settings.xml".into(), xml.settings),
        ("word/fontTable.xml".into(), xml.font_table),
        ("word/comments.xml".into(), xml.comments),
        ("word/numbering.xml".into(), xml.numberings),
        ("word/commentsExtended.xml".into(), xml.comments_extended),
        ("word/footnotes.xml".into(), xml.footnotes),
    ];
    let mut header_rels = xml.header_rels.into_iter();
    for (i, h) in xml.headers.into_iter().enumerate() {
        out.push((format!("word/header{}.xml", i + 1), h));
        if let Some(r) = header_rels.next() {
            out.push((format!("word/_rels/header{}.xml.rels", i + 1), r));
        }
    }
    let mut footer_rels = xml.footer_rels.into_iter();
    for (i, f) in xml.footers.into_iter().enumerate() {
        out.push((format!("word/footer{}.xml", i + 1), f));
        if let Some(r) = footer_rels.next() {
            out.push((format!("word/_rels/footer{}.xml.rels", i + 1), r));
        }
    }
    for (name, data) in xml.media {
        out.push((format!("word/media/{name}.png"), data));
    }
    if let Some(t) = xml.taskpanes {
        out.push(("word/webextensions/taskpanes.xml".into(), t));
        out.push((
            "word/webextensions/_rels/taskpanes.xml.rels".into(),
            xml.taskpanes_rels,
        ));
        for (i, ext) in xml.web_extensions.into_iter().enumerate() {
            out.push((format!("word/webextensions/webextension{}.xml", i + 1), ext));
        }
    }
    let mut item_rels = xml.custom_item_rels.into_iter();
    let mut item_props = xml.custom_item_props.into_iter();
    for (i, item) in xml.custom_items.into_iter().enumerate() {
        let n = i + 1;
        if let Some(r) = item_rels.next() {
            out.push((format!("customXml/_rels/item{n}.xml.rels"), r));
        }
        out.push((format!("customXml/item{n}.xml"), item));
        if let Some(p) = item_props.next() {
            out.push((format!("customXml/itemProps{n}.xml"), p));
        }
    }
    out
}

/// The document's title and author: as the content gives them, else the
/// `.title` heading and "baocao".
pub fn document_identity(doc: &super::tree::Document) -> (String, String) {
    use super::tree::{runs_text, Block};
    let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(id) = &doc.identity {
        return (squash(&id.title), squash(&id.author));
    }
    let title = doc.blocks.iter().find_map(|b| match b {
        Block::Heading {
            class: Some(c),
            runs,
            ..
        } if c == "title" => Some(runs_text(runs)),
        _ => None,
    });
    (squash(&title.unwrap_or_default()), "baocao".to_string())
}

/// `docProps/core.xml` with the title, author and language, and fixed
/// dates (same input, same bytes).
pub fn core_properties(title: &str, creator: &str, lang: &str) -> Vec<u8> {
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#,
            r#"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#,
            r#"xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
            "<dc:title>{}</dc:title><dc:creator>{}</dc:creator><cp:lastModifiedBy>{}</cp:lastModifiedBy>",
            "<dc:language>{}</dc:language>",
            r#"<dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created>"#,
            r#"<dcterms:modified xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:modified>"#,
            "<cp:revision>1</cp:revision></cp:coreProperties>"
        ),
        esc(title),
        esc(creator),
        esc(creator),
        esc(lang)
    )
    .into_bytes()
}

/// Zips package parts deterministically: every `word/*.xml` part through
/// the fix pass (one [`Fixer`], so ids are numbered across the parts),
/// entries in the given order with `[Content_Types].xml` first, all with
/// the same time (1980-01-01) and permissions, deflated (fast level) or,
/// under 8 KiB, stored. `word/document.xml` gets the provenance bookmarks
/// of `marks` ([`bookmarks`](super::bookmarks)) in the same pass.
pub fn pack(
    mut entries: Vec<(String, Vec<u8>)>,
    opts: &FixOptions,
    marks: &[MarkedParagraph],
) -> Result<Vec<u8>, DocxError> {
    entries.sort_by_key(|(n, _)| n != "[Content_Types].xml");
    let deflated = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(1))
        .last_modified_time(DateTime::DEFAULT)
        .unix_permissions(0o644);
    let stored = deflated
        .compression_method(CompressionMethod::Stored)
        .compression_level(None);
    let mut fixer = Fixer::new(opts.clone());
    let mut zout = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data) in entries {
        let data = if name == "word/document.xml" {
            let mut nodes =
                fixup::parse(&data).map_err(|e| DocxError::Xml(format!("{name}: {e}")))?;
            super::bookmarks::insert(&mut nodes, marks);
            fixer.fix_nodes(&mut nodes);
            fixup::serialize(&nodes)
        } else if Fixer::wants(&name) {
            fixer
                .fix_part(&data)
                .map_err(|e| DocxError::Xml(format!("{name}: {e}")))?
        } else {
            data
        };
        // Setting up a deflate stream costs more than it saves on the small
        // parts (relationships, settings, font table): those are stored.
        let options = if data.len() < 8 * 1024 {
            stored
        } else {
            deflated
        };
        zout.start_file(name, options).map_err(zip_err)?;
        zout.write_all(&data).map_err(zip_err)?;
    }
    let cur = zout.finish().map_err(zip_err)?;
    Ok(cur.into_inner())
}

fn zip_err(e: impl std::fmt::Display) -> DocxError {
    DocxError::Zip(e.to_string())
}

/// Re-packs a DOCX (as docx-rs wrote it): every `word/*.xml` part goes
/// through the fix pass; entries keep docx-rs's order with
/// `[Content_Types].xml` first; directory entries are dropped; every entry
/// gets the same time (1980-01-01) and permissions, and is deflated.
pub fn repack(raw: &[u8], opts: &FixOptions) -> Result<Vec<u8>, DocxError> {
    let mut zin = ZipArchive::new(Cursor::new(raw)).map_err(|e| DocxError::Zip(e.to_string()))?;
    let mut entries: Vec<(String, Vec<u8>)> = Vec::with_capacity(zin.len());
    for i in 0..zin.len() {
        let mut f = zin.by_index(i).map_err(|e| DocxError::Zip(e.to_string()))?;
        if f.is_dir() {
            continue;
        }
        let name = f.name().to_string();
        let mut buf = Vec::with_capacity(f.size() as usize);
        f.read_to_end(&mut buf)
            .map_err(|e| DocxError::Zip(e.to_string()))?;
        entries.push((name, buf));
    }
    pack(entries, opts, &[])
}

/// The character an entity or character reference of a part stands for
/// (`&amp;`, `&#8220;`; quick-xml reports them apart from the text); none
/// for an entity XML does not predefine.
pub fn entity_char(r: &quick_xml::events::BytesRef) -> Option<char> {
    match r.resolve_char_ref() {
        Ok(Some(c)) => Some(c),
        _ => match &**r {
            b"amp" => Some('&'),
            b"lt" => Some('<'),
            b"gt" => Some('>'),
            b"quot" => Some('"'),
            b"apos" => Some('\''),
            _ => None,
        },
    }
}

/// One part of a DOCX package, if present.
pub fn read_part(docx: &[u8], name: &str) -> Option<Vec<u8>> {
    let mut z = ZipArchive::new(Cursor::new(docx)).ok()?;
    let mut f = z.by_name(name).ok()?;
    let mut buf = Vec::new();
    f.read_to_end(&mut buf).ok()?;
    Some(buf)
}

/// Texts of the paragraphs (`w:p`) of `word/document.xml`, in document
/// order, table cells included: `w:t` text, `w:tab` as a tab, `w:br` /
/// `w:cr` as a newline. Deleted text (`w:delText`) and field codes are
/// left out (the text as it reads with changes accepted). Empty paragraphs
/// are skipped. An unreadable package gives an empty list.
pub fn document_text(docx: &[u8]) -> Vec<String> {
    match read_part(docx, "word/document.xml") {
        Some(xml) => paragraph_texts(&xml),
        None => Vec::new(),
    }
}

/// [`document_text`] for one WordprocessingML part's XML.
pub fn paragraph_texts(xml: &[u8]) -> Vec<String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut out = Vec::new();
    let mut depth_p = 0usize;
    let mut cur = String::new();
    let mut in_t = false;
    while let Ok(ev) = reader.read_event() {
        match ev {
            Event::Start(s) => match s.name().as_ref() {
                b"w:p" => {
                    if depth_p == 0 {
                        cur.clear();
                    }
                    depth_p += 1;
                }
                b"w:t" => in_t = true,
                _ => {}
            },
            Event::Empty(s) => match s.name().as_ref() {
                b"w:p" if depth_p == 0 => {}
                b"w:tab" if depth_p > 0 => cur.push('\t'),
                b"w:br" | b"w:cr" if depth_p > 0 => cur.push('\n'),
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                b"w:p" => {
                    depth_p = depth_p.saturating_sub(1);
                    if depth_p == 0 && !cur.is_empty() {
                        out.push(std::mem::take(&mut cur));
                    }
                }
                b"w:t" => in_t = false,
                _ => {}
            },
            Event::Text(t) if in_t => {
                if let Ok(s) = t.decode() {
                    cur.push_str(&s);
                }
            }
            Event::GeneralRef(r) if in_t => cur.extend(entity_char(&r)),
            Event::CData(c) if in_t => cur.push_str(&String::from_utf8_lossy(&c)),
            Event::Eof => break,
            _ => {}
        }
    }
    out
}
