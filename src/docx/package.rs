//! The package step: docx-rs's parts, through the fix pass, into a
//! deterministic zip (fixed entry order, fixed times and permissions), and
//! reading text back from a DOCX.

use super::fixup::{fix_fragment, FixOptions, Fixed, Fixer};
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

/// The document's title (the `.title` heading) and author (the issuing body:
/// the left cell of the header block's second row), as plain text.
pub fn document_identity(doc: &super::tree::Document) -> (String, String) {
    use super::tree::{runs_text, Block};
    let mut title = String::new();
    let mut creator = String::new();
    for b in &doc.blocks {
        match b {
            Block::Heading {
                class: Some(c),
                runs,
                ..
            } if c == "title" && title.is_empty() => {
                title = runs_text(runs);
            }
            Block::Table { rows, .. } if creator.is_empty() => {
                if let Some(cell) = rows.get(1).and_then(|r| r.cells.first()) {
                    creator = cell
                        .paragraphs
                        .iter()
                        .map(|p| runs_text(p))
                        .collect::<Vec<_>>()
                        .join(" ");
                }
                if creator.trim().is_empty() {
                    creator = "baocao".into();
                }
            }
            _ => {}
        }
    }
    let squash = |s: String| s.split_whitespace().collect::<Vec<_>>().join(" ");
    (squash(title), squash(creator))
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
/// the fix pass, entries in the given order with `[Content_Types].xml`
/// first, all with the same time (1980-01-01) and permissions, deflated
/// (fast level).
pub fn pack(mut entries: Vec<(String, Vec<u8>)>, opts: &FixOptions) -> Result<Vec<u8>, DocxError> {
    entries.sort_by_key(|(n, _)| n != "[Content_Types].xml");
    let size: usize = entries.iter().map(|(_, d)| d.len()).sum();
    let mut zip = Packer::new(size);
    for (name, data) in entries {
        if Fixer::wants(&name) {
            let fixed =
                fix_fragment(&data, opts).map_err(|e| DocxError::Xml(format!("{name}: {e}")))?;
            zip.fixed(&name, &fixed)?;
        } else {
            zip.entry(&name, &data)?;
        }
    }
    zip.finish()
}

/// Parts smaller than this are stored: setting up a deflate stream costs
/// more than it saves on them (relationships, settings, font table).
const DEFLATE_FROM: usize = 8 * 1024;

/// The zip [`pack`] writes, entry by entry: parts through the fix pass
/// ([`Fixed`], ids numbered from 1) get their ids numbered on from those of
/// the parts before them, as if the package were fixed in one go. A part
/// can also be written in pieces ([`Packer::piece`]), deflated as they
/// come, in [`deflate_segment`]s so that the deflate stream is the one
/// of the whole part written at once.
pub struct Packer {
    zout: ZipWriter<Cursor<Vec<u8>>>,
    options: SimpleFileOptions,
    /// paragraph and revision ids written so far
    paras: u32,
    revs: u32,
    /// the part being written in pieces
    open: Option<Open>,
}

/// A part being written in pieces.
struct Open {
    name: String,
    /// whether its entry is started (it is deflated)
    started: bool,
    /// bytes given to the deflater
    written: usize,
    /// what is not yet in the zip
    pending: Vec<u8>,
}

/// How many bytes of a part to give the deflater next, once `written` are:
/// what one write of the whole part would let it read next. zlib-rs (level
/// 1, 32 KiB window) reads input only to fill its 64 KiB window: 64 KiB
/// first, then 32 KiB each time the window slides; a read at any other
/// point (input running out) changes the hash table and so the output.
/// Checked by the tests (same bytes whole and in pieces).
pub fn deflate_segment(written: usize) -> usize {
    if written == 0 {
        64 * 1024
    } else {
        32 * 1024
    }
}

impl Packer {
    pub fn new(size_hint: usize) -> Packer {
        Packer {
            zout: ZipWriter::new(Cursor::new(Vec::with_capacity(size_hint / 3))),
            options: SimpleFileOptions::default()
                .compression_method(CompressionMethod::Deflated)
                .compression_level(Some(1))
                .last_modified_time(DateTime::DEFAULT)
                .unix_permissions(0o644),
            paras: 0,
            revs: 0,
            open: None,
        }
    }

    fn start(&mut self, name: &str, len: usize) -> Result<(), DocxError> {
        let options = if len < DEFLATE_FROM {
            self.options
                .compression_method(CompressionMethod::Stored)
                .compression_level(None)
        } else {
            self.options
        };
        self.zout
            .start_file(name, options)
            .map_err(|e| DocxError::Zip(e.to_string()))
    }

    fn write(&mut self, data: &[u8]) -> Result<(), DocxError> {
        self.zout
            .write_all(data)
            .map_err(|e| DocxError::Zip(e.to_string()))
    }

    /// An entry as it is (not through the fix pass).
    pub fn entry(&mut self, name: &str, data: &[u8]) -> Result<(), DocxError> {
        self.start(name, data.len())?;
        self.write(data)
    }

    /// A part through the fix pass, its ids numbered on.
    pub fn fixed(&mut self, name: &str, part: &Fixed) -> Result<(), DocxError> {
        let (paras, revs) = (self.paras, self.revs);
        self.paras += part.paras;
        self.revs += part.revs;
        if paras == 0 && revs == 0 {
            return self.entry(name, part.bytes());
        }
        let mut data = Vec::with_capacity(part.bytes().len() + 64);
        part.write_shifted(&mut data, paras, revs);
        self.entry(name, &data)
    }

    /// Starts a part written in pieces.
    pub fn open(&mut self, name: &str) {
        self.open = Some(Open {
            name: name.to_string(),
            started: false,
            written: 0,
            pending: Vec::new(),
        });
    }

    /// The next piece of the part being written, its ids numbered on. The
    /// entry starts once the part is known to be deflated (at 8 KiB).
    pub fn piece(&mut self, part: &Fixed) -> Result<(), DocxError> {
        let Some(mut open) = self.open.take() else {
            return Err(DocxError::Zip("a piece of no part".into()));
        };
        part.write_shifted(&mut open.pending, self.paras, self.revs);
        self.paras += part.paras;
        self.revs += part.revs;
        if !open.started && open.pending.len() >= DEFLATE_FROM {
            self.start(&open.name, open.pending.len())?;
            open.started = true;
        }
        if open.started {
            let mut at = 0;
            loop {
                let n = deflate_segment(open.written);
                if open.pending.len() - at < n {
                    break;
                }
                self.write(&open.pending[at..at + n])?;
                open.written += n;
                at += n;
            }
            open.pending.drain(..at);
        }
        self.open = Some(open);
        Ok(())
    }

    /// Ends the part being written in pieces.
    pub fn close(&mut self) -> Result<(), DocxError> {
        match self.open.take() {
            Some(Open {
                started: false,
                name,
                pending,
                ..
            }) => self.entry(&name, &pending),
            Some(Open { pending, .. }) => self.write(&pending),
            None => Ok(()),
        }
    }

    /// The zip's bytes.
    pub fn finish(mut self) -> Result<Vec<u8>, DocxError> {
        self.close()?;
        let cur = self
            .zout
            .finish()
            .map_err(|e| DocxError::Zip(e.to_string()))?;
        Ok(cur.into_inner())
    }
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
    pack(entries, opts)
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
            Event::GeneralRef(r) if in_t => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    cur.push(c);
                } else {
                    match &*r as &[u8] {
                        b"amp" => cur.push('&'),
                        b"lt" => cur.push('<'),
                        b"gt" => cur.push('>'),
                        b"quot" => cur.push('"'),
                        b"apos" => cur.push('\''),
                        _ => {}
                    }
                }
            }
            Event::CData(c) if in_t => cur.push_str(&String::from_utf8_lossy(&c)),
            Event::Eof => break,
            _ => {}
        }
    }
    out
}
