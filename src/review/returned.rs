//! Reading a returned DOCX: the reviewers' tracked changes (`w:ins`,
//! `w:del`, `w:moveFrom`, `w:moveTo`, inserted and deleted paragraph
//! marks, formatting changes), their comments (`word/comments.xml`,
//! anchored by `w:commentRangeStart`/`End`) and baocao's provenance
//! bookmarks.
//!
//! `word/document.xml` is read into one stream of [`Atom`]s — characters,
//! paragraph marks, bookmark and comment anchors — each character and mark
//! with the revision it belongs to. From the stream come the document as it
//! was before the reviewers ([`Returned::original`]: deleted text kept,
//! inserted text left out) and every change as a place in it.

use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};

use crate::docx::package::{entity_char, read_part};

/// What a tracked change does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RevKind {
    Ins,
    Del,
    MoveFrom,
    MoveTo,
}

impl RevKind {
    /// Whether text of this revision is in the document as it was.
    pub fn in_original(self) -> bool {
        matches!(self, RevKind::Del | RevKind::MoveFrom)
    }
}

/// A tracked change's stamp.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Rev {
    pub kind: RevKind,
    pub author: String,
    pub date: String,
}

/// One item of the document, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Atom {
    /// A character (`w:t`, `w:delText`, a tab, a line break) and its
    /// revision (an index into [`Returned::revs`]).
    Char(char, Option<usize>),
    /// The end of a paragraph, and the revision of its mark.
    Mark(Option<usize>),
    BookmarkStart(String),
    BookmarkEnd(String),
    CommentStart(String),
    CommentEnd(String),
    /// A formatting change (`w:rPrChange`, `w:pPrChange`): its revision.
    Format(usize),
}

/// A comment of `word/comments.xml`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Comment {
    pub id: String,
    pub author: String,
    pub date: String,
    /// Its text, paragraphs joined by a newline.
    pub text: String,
}

/// A returned DOCX, read.
#[derive(Debug, Clone, Default)]
pub struct Returned {
    pub atoms: Vec<Atom>,
    pub revs: Vec<Rev>,
    /// By id, in the order of `comments.xml`.
    pub comments: Vec<Comment>,
}

/// Why a file cannot be read as a returned DOCX.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Not a zip package with `word/document.xml`.
    NotDocx,
    /// `word/document.xml` is not well-formed XML.
    BadXml(String),
}

/// A position in the document as it was before the reviewers: the
/// paragraph (its index among all paragraphs, empty ones included) and a
/// character offset in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub para: usize,
    pub offset: usize,
}

/// A paragraph of the document as it was.
#[derive(Debug, Clone, Default)]
pub struct OrigParagraph {
    pub text: String,
    /// Bookmarks whose start is in this paragraph: name, start and end
    /// offsets (the end in this paragraph, else its length).
    pub bookmarks: Vec<(String, usize, usize)>,
    /// The range of atoms up to and including its mark.
    pub atoms: std::ops::Range<usize>,
}

/// One change: consecutive characters and marks of one revision.
#[derive(Debug, Clone)]
pub struct Group {
    pub rev: usize,
    /// Its text; a paragraph mark is `\n`.
    pub text: String,
    pub start: Pos,
    /// For an insertion, `start`.
    pub end: Pos,
    /// The atoms it is made of.
    pub atoms: std::ops::Range<usize>,
    /// Whether it holds a paragraph mark.
    pub marks: bool,
}

impl Returned {
    /// Reads a DOCX (the bytes of the file).
    pub fn read(docx: &[u8]) -> Result<Returned, ReadError> {
        let xml = read_part(docx, "word/document.xml").ok_or(ReadError::NotDocx)?;
        let mut r = Reader::default();
        r.document(&xml)?;
        let mut out = Returned {
            atoms: r.atoms,
            revs: r.revs,
            comments: Vec::new(),
        };
        if let Some(c) = read_part(docx, "word/comments.xml") {
            out.comments = comments(&c)?;
        }
        Ok(out)
    }

    /// Takes the changes of `authors` as made: their insertions become
    /// plain text, their deletions go. (A redline that `baocao diff` made
    /// carries the drafting team's own changes; the committee's markup is
    /// what is left.)
    pub fn accept_authors(&mut self, authors: &[String]) {
        let accept: Vec<Option<bool>> = self
            .revs
            .iter()
            .map(|r| authors.contains(&r.author).then(|| r.kind.in_original()))
            .collect();
        self.atoms.retain_mut(|a| {
            let rev = match a {
                Atom::Char(_, rev) | Atom::Mark(rev) => rev,
                _ => return true,
            };
            match rev.and_then(|r| accept[r]) {
                // deleted by them: gone
                Some(true) => false,
                // inserted by them: plain text
                Some(false) => {
                    *rev = None;
                    true
                }
                None => true,
            }
        });
    }

    /// Whether the document has a bookmark `pred` accepts.
    pub fn has_bookmark(&self, pred: impl Fn(&str) -> bool) -> bool {
        self.atoms
            .iter()
            .any(|a| matches!(a, Atom::BookmarkStart(n) if pred(n)))
    }

    /// The position of every atom in the document as it was (an inserted
    /// character sits where it was inserted: before the original
    /// character at that position).
    pub fn positions(&self) -> Vec<Pos> {
        let mut out = Vec::with_capacity(self.atoms.len());
        let mut p = Pos::default();
        for a in &self.atoms {
            out.push(p);
            match a {
                Atom::Char(_, rev) if self.original_has(*rev) => p.offset += 1,
                Atom::Mark(rev) if self.original_has(*rev) => {
                    p.para += 1;
                    p.offset = 0;
                }
                _ => {}
            }
        }
        out
    }

    /// Whether text of revision `rev` (`None`: no change) is in the
    /// document as it was.
    pub fn original_has(&self, rev: Option<usize>) -> bool {
        rev.is_none_or(|r| self.revs[r].kind.in_original())
    }

    /// The paragraphs of the document as it was.
    pub fn original(&self) -> Vec<OrigParagraph> {
        let pos = self.positions();
        let mut out = vec![OrigParagraph::default()];
        let mut open: HashMap<&str, (usize, usize)> = HashMap::new();
        let mut from = 0;
        for (i, a) in self.atoms.iter().enumerate() {
            let cur = out.len() - 1;
            match a {
                Atom::Char(c, rev) if self.original_has(*rev) => out[cur].text.push(*c),
                Atom::BookmarkStart(n) => {
                    open.insert(n, (pos[i].para, pos[i].offset));
                }
                Atom::BookmarkEnd(n) => {
                    if let Some((para, start)) = open.remove(n.as_str()) {
                        let end = if para == pos[i].para {
                            pos[i].offset
                        } else {
                            usize::MAX
                        };
                        if let Some(p) = out.get_mut(para) {
                            p.bookmarks.push((n.clone(), start, end));
                        }
                    }
                }
                Atom::Mark(rev) if self.original_has(*rev) => {
                    out[cur].atoms = from..i + 1;
                    from = i + 1;
                    out.push(OrigParagraph::default());
                }
                _ => {}
            }
        }
        let last = out.len() - 1;
        out[last].atoms = from..self.atoms.len();
        if from == self.atoms.len() && out.len() > 1 {
            // nothing after the last mark
            out.pop();
        }
        for p in &mut out {
            let len = p.text.chars().count();
            for b in &mut p.bookmarks {
                b.2 = b.2.min(len);
            }
        }
        for (n, (para, start)) in open {
            if let Some(p) = out.get_mut(para) {
                let len = p.text.chars().count();
                p.bookmarks.push((n.to_string(), start, len));
            }
        }
        for p in &mut out {
            p.bookmarks.sort_by_key(|b| (b.1, b.2));
        }
        out
    }

    /// The changes, in document order: runs of characters and marks of
    /// the same revision (author, date, kind), anchors between them not
    /// counted.
    pub fn groups(&self) -> Vec<Group> {
        let pos = self.positions();
        let mut out: Vec<Group> = Vec::new();
        let mut cur: Option<Group> = None;
        for (i, a) in self.atoms.iter().enumerate() {
            let (rev, ch) = match a {
                Atom::Char(c, rev) => (*rev, Some(*c)),
                Atom::Mark(rev) => (*rev, None),
                _ => continue,
            };
            let same = match (&cur, rev) {
                (Some(g), Some(r)) => self.revs[g.rev] == self.revs[r],
                _ => false,
            };
            if !same {
                out.extend(cur.take());
            }
            let Some(r) = rev else {
                continue;
            };
            let g = cur.get_or_insert_with(|| Group {
                rev: r,
                text: String::new(),
                start: pos[i],
                end: pos[i],
                atoms: i..i,
                marks: false,
            });
            g.text.push(ch.unwrap_or('\n'));
            g.marks |= ch.is_none();
            g.atoms.end = i + 1;
            // the end: after this atom, in the document as it was
            let mut end = pos[i];
            if self.revs[r].kind.in_original() {
                match a {
                    Atom::Mark(_) => {
                        end.para += 1;
                        end.offset = 0;
                    }
                    _ => end.offset += 1,
                }
            }
            g.end = end;
        }
        out.extend(cur);
        out
    }

    /// Comment anchors: id → (start, end) in the document as it was.
    pub fn comment_ranges(&self) -> HashMap<String, (Pos, Pos)> {
        let pos = self.positions();
        let mut out: HashMap<String, (Pos, Pos)> = HashMap::new();
        for (i, a) in self.atoms.iter().enumerate() {
            match a {
                Atom::CommentStart(id) => {
                    out.insert(id.clone(), (pos[i], pos[i]));
                }
                Atom::CommentEnd(id) => {
                    let e = out.entry(id.clone()).or_insert((pos[i], pos[i]));
                    e.1 = pos[i];
                }
                _ => {}
            }
        }
        out
    }

    /// Formatting changes: (revision, where).
    pub fn formats(&self) -> Vec<(usize, Pos)> {
        let pos = self.positions();
        self.atoms
            .iter()
            .enumerate()
            .filter_map(|(i, a)| match a {
                Atom::Format(r) => Some((*r, pos[i])),
                _ => None,
            })
            .collect()
    }
}

#[derive(Default)]
struct Reader {
    atoms: Vec<Atom>,
    revs: Vec<Rev>,
    rev_index: HashMap<Rev, usize>,
    /// Open revision containers (`w:ins` … around runs).
    stack: Vec<(Vec<u8>, usize)>,
    /// Bookmark id → name.
    bookmarks: HashMap<String, String>,
    /// Depth in `w:pPr` / `w:rPr` (a `w:pPrChange` holds another).
    in_ppr: usize,
    in_rpr: usize,
    in_text: bool,
    /// The revision of the current paragraph's mark.
    mark_rev: Option<usize>,
    depth_p: usize,
}

fn attr(s: &BytesStart, name: &[u8]) -> Option<String> {
    s.attributes().flatten().find_map(|a| {
        (a.key.as_ref() == name).then(|| {
            let raw = String::from_utf8_lossy(&a.value).into_owned();
            quick_xml::escape::unescape(&raw)
                .map(|v| v.into_owned())
                .unwrap_or(raw)
        })
    })
}

fn rev_kind(name: &[u8]) -> Option<RevKind> {
    match name {
        b"w:ins" => Some(RevKind::Ins),
        b"w:del" => Some(RevKind::Del),
        b"w:moveFrom" => Some(RevKind::MoveFrom),
        b"w:moveTo" => Some(RevKind::MoveTo),
        _ => None,
    }
}

impl Reader {
    fn rev(&mut self, kind: RevKind, s: &BytesStart) -> usize {
        let r = Rev {
            kind,
            author: attr(s, b"w:author").unwrap_or_default(),
            date: attr(s, b"w:date").unwrap_or_default(),
        };
        if let Some(i) = self.rev_index.get(&r) {
            return *i;
        }
        self.revs.push(r.clone());
        self.rev_index.insert(r, self.revs.len() - 1);
        self.revs.len() - 1
    }

    fn current(&self) -> Option<usize> {
        self.stack.last().map(|(_, r)| *r)
    }

    fn push_char(&mut self, c: char) {
        let r = self.current();
        self.atoms.push(Atom::Char(c, r));
    }

    /// An element start (or empty element: `empty`).
    fn start(&mut self, s: &BytesStart, empty: bool) {
        let name = s.name().as_ref().to_vec();
        let name = name.as_slice();
        match name {
            b"w:p" => {
                if !empty {
                    self.depth_p += 1;
                    self.mark_rev = None;
                } else {
                    self.atoms.push(Atom::Mark(None));
                }
            }
            b"w:pPr" if !empty => self.in_ppr += 1,
            b"w:rPr" if !empty => self.in_rpr += 1,
            b"w:rPrChange" | b"w:pPrChange" => {
                let r = self.rev(RevKind::Ins, s);
                self.atoms.push(Atom::Format(r));
            }
            n if rev_kind(n).is_some() => {
                let kind = rev_kind(n).expect("a revision");
                if self.in_ppr > 0 && self.in_rpr > 0 {
                    // the paragraph mark's revision
                    self.mark_rev = Some(self.rev(kind, s));
                } else if self.in_ppr == 0 && self.in_rpr == 0 && !empty {
                    let r = self.rev(kind, s);
                    self.stack.push((name.to_vec(), r));
                }
            }
            b"w:t" | b"w:delText" if !empty => self.in_text = true,
            b"w:tab" if self.in_ppr == 0 => self.push_char('\t'),
            b"w:br" | b"w:cr" if self.in_ppr == 0 => self.push_char('\n'),
            b"w:noBreakHyphen" => self.push_char('\u{2011}'),
            b"w:bookmarkStart" => {
                let id = attr(s, b"w:id").unwrap_or_default();
                let n = attr(s, b"w:name").unwrap_or_default();
                self.bookmarks.insert(id, n.clone());
                self.atoms.push(Atom::BookmarkStart(n));
            }
            b"w:bookmarkEnd" => {
                let id = attr(s, b"w:id").unwrap_or_default();
                if let Some(n) = self.bookmarks.get(&id).cloned() {
                    self.atoms.push(Atom::BookmarkEnd(n));
                }
            }
            b"w:commentRangeStart" => {
                let id = attr(s, b"w:id").unwrap_or_default();
                self.atoms.push(Atom::CommentStart(id));
            }
            b"w:commentRangeEnd" => {
                let id = attr(s, b"w:id").unwrap_or_default();
                self.atoms.push(Atom::CommentEnd(id));
            }
            b"w:commentReference" => {
                // a comment without a range sits where it is referenced
                let id = attr(s, b"w:id").unwrap_or_default();
                let has_range = self
                    .atoms
                    .iter()
                    .any(|a| matches!(a, Atom::CommentStart(x) if *x == id));
                if !has_range {
                    self.atoms.push(Atom::CommentStart(id.clone()));
                    self.atoms.push(Atom::CommentEnd(id));
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &[u8]) {
        match name {
            b"w:p" => {
                self.depth_p = self.depth_p.saturating_sub(1);
                let r = self.mark_rev.take();
                self.atoms.push(Atom::Mark(r));
            }
            b"w:pPr" => self.in_ppr = self.in_ppr.saturating_sub(1),
            b"w:rPr" => self.in_rpr = self.in_rpr.saturating_sub(1),
            b"w:t" | b"w:delText" => self.in_text = false,
            n if rev_kind(n).is_some()
                && self.in_ppr == 0
                && self.in_rpr == 0
                && self.stack.last().is_some_and(|(x, _)| x == n) =>
            {
                self.stack.pop();
            }
            _ => {}
        }
    }

    fn document(&mut self, xml: &[u8]) -> Result<(), ReadError> {
        let mut reader = quick_xml::Reader::from_reader(xml);
        let mut body = false;
        loop {
            let ev = reader
                .read_event()
                .map_err(|e| ReadError::BadXml(e.to_string()))?;
            match ev {
                Event::Start(s) => {
                    if s.name().as_ref() == b"w:body" {
                        body = true;
                    } else if body {
                        self.start(&s, false);
                    }
                }
                Event::Empty(s) if body => self.start(&s, true),
                Event::End(e) => {
                    if e.name().as_ref() == b"w:body" {
                        body = false;
                    } else if body {
                        self.end(e.name().as_ref());
                    }
                }
                Event::Text(t) if self.in_text => {
                    let s = t
                        .decode()
                        .map_err(|e| ReadError::BadXml(e.to_string()))?
                        .into_owned();
                    let s = quick_xml::escape::unescape(&s)
                        .map(|c| c.into_owned())
                        .unwrap_or(s);
                    for c in s.chars() {
                        self.push_char(c);
                    }
                }
                Event::GeneralRef(r) if self.in_text => {
                    if let Some(c) = entity_char(&r) {
                        self.push_char(c);
                    }
                }
                Event::CData(c) if self.in_text => {
                    for ch in String::from_utf8_lossy(&c).chars() {
                        self.push_char(ch);
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(())
    }
}

/// The comments of `word/comments.xml`.
fn comments(xml: &[u8]) -> Result<Vec<Comment>, ReadError> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut out = Vec::new();
    let mut cur: Option<Comment> = None;
    let mut in_t = false;
    let mut paras = 0;
    loop {
        let ev = reader
            .read_event()
            .map_err(|e| ReadError::BadXml(e.to_string()))?;
        match ev {
            Event::Start(s) => match s.name().as_ref() {
                b"w:comment" => {
                    cur = Some(Comment {
                        id: attr(&s, b"w:id").unwrap_or_default(),
                        author: attr(&s, b"w:author").unwrap_or_default(),
                        date: attr(&s, b"w:date").unwrap_or_default(),
                        text: String::new(),
                    });
                    paras = 0;
                }
                b"w:p" => {
                    if let Some(c) = &mut cur {
                        if paras > 0 {
                            c.text.push('\n');
                        }
                        paras += 1;
                    }
                }
                b"w:t" => in_t = true,
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                b"w:comment" => out.extend(cur.take()),
                b"w:t" => in_t = false,
                _ => {}
            },
            Event::Text(t) if in_t => {
                if let Some(c) = &mut cur {
                    let s = t.decode().map(|s| s.into_owned()).unwrap_or_default();
                    let s = quick_xml::escape::unescape(&s)
                        .map(|x| x.into_owned())
                        .unwrap_or(s);
                    c.text.push_str(&s);
                }
            }
            Event::GeneralRef(r) if in_t => {
                if let (Some(c), Some(ch)) = (&mut cur, entity_char(&r)) {
                    c.text.push(ch);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_xml(body: &str) -> Returned {
        let xml = format!(r#"<w:document xmlns:w="x"><w:body>{body}</w:body></w:document>"#);
        let mut r = Reader::default();
        r.document(xml.as_bytes()).unwrap();
        Returned {
            atoms: r.atoms,
            revs: r.revs,
            comments: Vec::new(),
        }
    }

    #[test]
    fn moves_formatting_and_comments() {
        let r = read_xml(concat!(
            r#"<w:p><w:moveFrom w:author="A" w:date="d"><w:r><w:t>cũ</w:t></w:r></w:moveFrom>"#,
            r#"<w:r><w:rPr><w:b/><w:rPrChange w:author="B" w:date="e"><w:rPr/></w:rPrChange></w:rPr><w:t> giữa</w:t></w:r>"#,
            r#"<w:commentRangeStart w:id="0"/><w:r><w:t> đây</w:t></w:r><w:commentRangeEnd w:id="0"/>"#,
            r#"<w:moveTo w:author="A" w:date="d"><w:r><w:t>cũ</w:t></w:r></w:moveTo></w:p>"#,
        ));
        let orig = r.original();
        // moved-from text is in the document as it was, moved-to text not
        assert_eq!(orig[0].text, "cũ giữa đây");
        let kinds: Vec<RevKind> = r.groups().iter().map(|g| r.revs[g.rev].kind).collect();
        assert_eq!(kinds, vec![RevKind::MoveFrom, RevKind::MoveTo]);
        let formats = r.formats();
        assert_eq!(formats.len(), 1);
        assert_eq!(r.revs[formats[0].0].author, "B");
        let c = r.comment_ranges();
        let p = |para, offset| Pos { para, offset };
        assert_eq!(c["0"], (p(0, 7), p(0, 11)));
    }

    #[test]
    fn original_text_changes_and_bookmarks() {
        let r = read_xml(concat!(
            r#"<w:p><w:bookmarkStart w:id="1" w:name="_bc1"/><w:r><w:t xml:space="preserve">đạt </w:t></w:r>"#,
            r#"<w:del w:author="A" w:date="d"><w:r><w:delText>2.732,16</w:delText></w:r></w:del>"#,
            r#"<w:ins w:author="A" w:date="d"><w:bookmarkEnd w:id="1"/><w:r><w:t>2.740,5</w:t></w:r></w:ins></w:p>"#,
            r#"<w:p><w:pPr><w:rPr><w:ins w:author="A" w:date="d"/></w:rPr></w:pPr><w:r><w:t>một</w:t></w:r></w:p>"#,
            r#"<w:p><w:ins w:author="A" w:date="d"><w:r><w:t>mới</w:t></w:r></w:ins></w:p>"#,
        ));
        let orig = r.original();
        let texts: Vec<&str> = orig.iter().map(|p| p.text.as_str()).collect();
        // the inserted mark joins "một" and the new paragraph's (empty) text
        assert_eq!(texts, vec!["đạt 2.732,16", "một"]);
        assert_eq!(orig[0].bookmarks, vec![("_bc1".to_string(), 0, 12)]);
        let groups = r.groups();
        let summary: Vec<(RevKind, &str, Pos, Pos)> = groups
            .iter()
            .map(|g| (r.revs[g.rev].kind, g.text.as_str(), g.start, g.end))
            .collect();
        let p = |para, offset| Pos { para, offset };
        assert_eq!(
            summary,
            vec![
                (RevKind::Del, "2.732,16", p(0, 4), p(0, 12)),
                (RevKind::Ins, "2.740,5", p(0, 12), p(0, 12)),
                (RevKind::Ins, "\nmới", p(1, 3), p(1, 3)),
            ]
        );
    }
}
