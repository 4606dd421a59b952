//! Tracked changes and comments made in a built DOCX's XML, the way Word
//! and LibreOffice write them: for tests that need a returned file but
//! not a word processor (tests/review_office.rs uses LibreOffice itself).
#![allow(dead_code)]

use std::io::{Cursor, Read, Write};

pub const AUTHOR: &str = "Nguyễn Văn A";
pub const DATE: &str = "2025-03-01T00:00:00Z";

/// A DOCX's `word/document.xml`, being marked up.
pub struct Markup {
    parts: Vec<(String, Vec<u8>)>,
    pub xml: String,
    next_id: usize,
    comments: Vec<(usize, String, String)>,
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

impl Markup {
    pub fn new(docx: &[u8]) -> Markup {
        let mut z = zip::ZipArchive::new(Cursor::new(docx)).unwrap();
        let mut parts = Vec::new();
        let mut xml = String::new();
        for i in 0..z.len() {
            let mut f = z.by_index(i).unwrap();
            let mut buf = Vec::new();
            f.read_to_end(&mut buf).unwrap();
            if f.name() == "word/document.xml" {
                xml = String::from_utf8(buf.clone()).unwrap();
            }
            parts.push((f.name().to_string(), buf));
        }
        Markup {
            parts,
            xml,
            next_id: 9000,
            comments: Vec::new(),
        }
    }

    fn id(&mut self) -> usize {
        self.next_id += 1;
        self.next_id
    }

    fn stamp(&mut self, name: &str) -> String {
        let id = self.id();
        format!(r#"<{name} w:id="{id}" w:author="{AUTHOR}" w:date="{DATE}""#)
    }

    /// The run holding `text` (its `nth` occurrence in the body, 1-based):
    /// (run start, run end, properties, text before, text after).
    fn run_with(&self, text: &str, nth: usize) -> (usize, usize, String, String, String) {
        let t = esc(text);
        let mut from = 0;
        let mut at = 0;
        for _ in 0..nth {
            at = from
                + self.xml[from..]
                    .find(&t)
                    .unwrap_or_else(|| panic!("`{text}` is in the document"));
            from = at + t.len();
        }
        let run = self.xml[..at].rfind("<w:r>").expect("in a run");
        let tstart = run + self.xml[run..].find("<w:t").unwrap();
        let content = tstart + self.xml[tstart..].find('>').unwrap() + 1;
        let tend = at + self.xml[at..].find("</w:t>").unwrap();
        let rend = tend + self.xml[tend..].find("</w:r>").unwrap() + "</w:r>".len();
        assert!(content <= at, "`{text}` is inside one w:t");
        let rpr = self.xml[run + "<w:r>".len()..tstart].to_string();
        let before = self.xml[content..at].to_string();
        let after = self.xml[at + t.len()..tend].to_string();
        (run, rend, rpr, before, after)
    }

    fn t(rpr: &str, s: &str) -> String {
        if s.is_empty() {
            return String::new();
        }
        format!(r#"<w:r>{rpr}<w:t xml:space="preserve">{s}</w:t></w:r>"#)
    }

    /// `old` replaced by `new` (a tracked deletion and insertion).
    pub fn replace(&mut self, old: &str, new: &str) -> &mut Self {
        self.replace_nth(old, new, 1)
    }

    pub fn replace_nth(&mut self, old: &str, new: &str, nth: usize) -> &mut Self {
        let (rs, re, rpr, before, after) = self.run_with(old, nth);
        let del = self.stamp("w:del");
        let ins = self.stamp("w:ins");
        let mut s = Self::t(&rpr, &before);
        s.push_str(&format!(
            r#"{del}><w:r>{rpr}<w:delText xml:space="preserve">{}</w:delText></w:r></w:del>"#,
            esc(old)
        ));
        if !new.is_empty() {
            s.push_str(&format!("{ins}>{}</w:ins>", Self::t(&rpr, &esc(new))));
        }
        s.push_str(&Self::t(&rpr, &after));
        self.xml.replace_range(rs..re, &s);
        self
    }

    /// The paragraph holding `text`: (start, end).
    fn paragraph_with(&self, text: &str) -> (usize, usize) {
        let at = self
            .xml
            .find(&esc(text))
            .unwrap_or_else(|| panic!("`{text}` is in the document"));
        let ps = self.xml[..at]
            .rfind("<w:p ")
            .max(self.xml[..at].rfind("<w:p>"))
            .unwrap();
        let pe = at + self.xml[at..].find("</w:p>").unwrap() + "</w:p>".len();
        (ps, pe)
    }

    /// A new paragraph after the one holding `text`.
    pub fn insert_paragraph_after(&mut self, text: &str, new: &str) -> &mut Self {
        let (ps, pe) = self.paragraph_with(text);
        let mark = self.stamp("w:ins");
        let ins = self.stamp("w:ins");
        let mut p = self.xml[ps..pe].to_string();
        p = p.replacen(
            "<w:rPr/></w:pPr>",
            &format!("<w:rPr>{mark}/></w:rPr></w:pPr>"),
            1,
        );
        let new_p = format!(
            r#"<w:p><w:pPr><w:rPr/></w:pPr>{ins}><w:r><w:t xml:space="preserve">{}</w:t></w:r></w:ins></w:p>"#,
            esc(new)
        );
        self.xml.replace_range(ps..pe, &format!("{p}{new_p}"));
        self
    }

    /// The paragraph holding `text`, deleted with its mark.
    pub fn delete_paragraph(&mut self, text: &str) -> &mut Self {
        let (ps, pe) = self.paragraph_with(text);
        let mark = self.stamp("w:del");
        let del = self.stamp("w:del");
        let p = self.xml[ps..pe].to_string();
        let head_end = p.find("</w:pPr>").map(|i| i + "</w:pPr>".len()).unwrap();
        let head = p[..head_end].replacen(
            "<w:rPr/></w:pPr>",
            &format!("<w:rPr>{mark}/></w:rPr></w:pPr>"),
            1,
        );
        let body = p[head_end..p.len() - "</w:p>".len()]
            .replace(
                "<w:t xml:space=\"preserve\">",
                "<w:delText xml:space=\"preserve\">",
            )
            .replace("</w:t>", "</w:delText>");
        self.xml
            .replace_range(ps..pe, &format!("{head}{del}>{body}</w:del></w:p>"));
        self
    }

    /// A comment on `anchor`.
    pub fn comment(&mut self, anchor: &str, text: &str) -> &mut Self {
        let (rs, re, rpr, before, after) = self.run_with(anchor, 1);
        let id = self.comments.len();
        let s = format!(
            r#"{}<w:commentRangeStart w:id="{id}"/>{}<w:commentRangeEnd w:id="{id}"/><w:r><w:commentReference w:id="{id}"/></w:r>{}"#,
            Self::t(&rpr, &before),
            Self::t(&rpr, &esc(anchor)),
            Self::t(&rpr, &after)
        );
        self.xml.replace_range(rs..re, &s);
        self.comments
            .push((id, "Trần Thị B".to_string(), text.to_string()));
        self
    }

    /// The marked-up DOCX.
    pub fn docx(&self) -> Vec<u8> {
        let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default();
        for (name, data) in &self.parts {
            z.start_file(name.as_str(), opts).unwrap();
            if name == "word/document.xml" {
                z.write_all(self.xml.as_bytes()).unwrap();
            } else if name == "word/comments.xml" && !self.comments.is_empty() {
                z.write_all(self.comments_xml().as_bytes()).unwrap();
            } else {
                z.write_all(data).unwrap();
            }
        }
        if !self.parts.iter().any(|(n, _)| n == "word/comments.xml") && !self.comments.is_empty() {
            z.start_file("word/comments.xml", opts).unwrap();
            z.write_all(self.comments_xml().as_bytes()).unwrap();
        }
        z.finish().unwrap().into_inner()
    }

    fn comments_xml(&self) -> String {
        let mut s = String::from(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
        );
        for (id, author, text) in &self.comments {
            s.push_str(&format!(
                r#"<w:comment w:id="{id}" w:author="{author}" w:date="{DATE}"><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:comment>"#,
                esc(text)
            ));
        }
        s.push_str("</w:comments>");
        s
    }
}
