//! Provenance in the DOCX: every text of the content that a paragraph
//! prints is wrapped in a bookmark named after its source
//! ([`crate::provenance`]): `<w:bookmarkStart w:id="7"
//! w:name="_bc3fa9c2d1e0b4"/>` before its first character,
//! `<w:bookmarkEnd w:id="7"/>` after its last.
//!
//! Bookmarks are plain WordprocessingML (CT_Bookmark, allowed wherever a
//! run is), invisible in print and on screen, hidden in Word's bookmark
//! list (the name starts with `_`), and kept by Word and LibreOffice when
//! they open and save a file, through tracked changes too.
//!
//! The Markdown the renderer makes carries the markers; [`extract`] takes
//! them out of the document tree (which is then the tree of the plain
//! Markdown) and says where each was, paragraph by paragraph; [`insert`]
//! puts the bookmarks into `word/document.xml` as docx-rs wrote it, before
//! the fix pass.

use std::borrow::Cow;

use super::fixup::{Elem, Node};
use super::tree::{list_marker, runs_text, Block, Document, Run};
use crate::provenance::{self, CLOSE, OPEN, SEP};

/// A marked text in a paragraph: the bookmark's name and the characters
/// it spans, as offsets into the paragraph's text (the text
/// [`document_text`](super::document_text) reads back).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub name: String,
    pub start: usize,
    pub end: usize,
}

/// A paragraph of the document (in the order, and with the text, of
/// [`Document::paragraph_texts`]) and its marks.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MarkedParagraph {
    pub text: String,
    pub marks: Vec<Mark>,
}

/// Takes the provenance markers out of `doc`'s runs; gives every
/// paragraph (non-empty, in document order) with where its marks were.
pub fn extract(doc: &mut Document) -> Vec<MarkedParagraph> {
    let mut out = Vec::new();
    walk(&mut doc.blocks, "", &mut out);
    out
}

fn walk(blocks: &mut [Block], prefix: &str, out: &mut Vec<MarkedParagraph>) {
    for b in blocks {
        match b {
            Block::Heading { runs, .. } | Block::Paragraph { runs } => {
                paragraph(runs, prefix, out);
            }
            Block::Table { rows, .. } => {
                for row in rows {
                    for cell in &mut row.cells {
                        for p in &mut cell.paragraphs {
                            paragraph(p, "", out);
                        }
                    }
                }
            }
            Block::List { start, items } => {
                for (i, item) in items.iter_mut().enumerate() {
                    let marker = list_marker(*start, i);
                    for (k, blk) in item.iter_mut().enumerate() {
                        let p = if k == 0 {
                            format!("{prefix}{marker}")
                        } else {
                            String::new()
                        };
                        walk(std::slice::from_mut(blk), &p, out);
                    }
                }
            }
            Block::BlockQuote { blocks } => walk(blocks, prefix, out),
            Block::PageBreak | Block::Section { .. } => {}
        }
    }
}

/// Strips the markers of one paragraph's runs; records the paragraph.
fn paragraph(runs: &mut Vec<Run>, prefix: &str, out: &mut Vec<MarkedParagraph>) {
    let mut marks = Vec::new();
    let mut open: Vec<(String, usize)> = Vec::new();
    let mut at = prefix.chars().count();
    let mut name: Option<String> = None;
    for r in runs.iter_mut() {
        if r.line_break {
            at += 1;
            continue;
        }
        if !provenance::has_markers(&r.text) && name.is_none() {
            at += r.text.chars().count();
            continue;
        }
        let mut text = String::with_capacity(r.text.len());
        for c in r.text.chars() {
            match (c, &mut name) {
                (OPEN, _) => name = Some(String::new()),
                (SEP, n @ Some(_)) => {
                    let hex = n.take().unwrap_or_default();
                    open.push((provenance::marker_name(&hex), at));
                }
                (CLOSE, None) => {
                    if let Some((name, start)) = open.pop() {
                        if at > start {
                            marks.push(Mark {
                                name,
                                start,
                                end: at,
                            });
                        }
                    }
                }
                (c, Some(n)) => n.push(c),
                (c, None) => {
                    text.push(c);
                    at += 1;
                }
            }
        }
        r.text = text;
    }
    runs.retain(|r| r.line_break || !r.text.is_empty());
    let text = format!("{prefix}{}", runs_text(runs));
    if !text.is_empty() {
        marks.sort_by_key(|m| (m.start, m.end));
        out.push(MarkedParagraph { text, marks });
    }
}

/// Puts the bookmarks of `paragraphs` into `word/document.xml` (its nodes): the
/// k-th non-empty paragraph of the part (as
/// [`paragraph_texts`](super::package::paragraph_texts) counts them)
/// gets the marks of `paragraphs[k]`, when its text is that paragraph's
/// (a paragraph whose text is not is left without). Bookmark ids are
/// numbered from 1 in document order.
///
/// Runs on the nodes the fix pass parsed ([`super::package::pack`]), so
/// `word/document.xml` is parsed and written once.
pub fn insert(nodes: &mut [Node], paragraphs: &[MarkedParagraph]) {
    if paragraphs.iter().all(|p| p.marks.is_empty()) {
        return;
    }
    let mut st = State {
        paragraphs,
        next: 0,
        id: 1,
        placed: std::collections::HashSet::new(),
    };
    for n in nodes {
        if let Node::Elem(e) = n {
            st.elem(e);
        }
    }
}

struct State<'p> {
    paragraphs: &'p [MarkedParagraph],
    /// The index of the next non-empty paragraph.
    next: usize,
    id: usize,
    /// Names given so far: a text a custom template prints twice gets its
    /// bookmark once (names are unique in a document).
    placed: std::collections::HashSet<&'p str>,
}

impl State<'_> {
    fn elem(&mut self, e: &mut Elem) {
        if e.name == "w:p" {
            let text = accepted_text(&e.children);
            if text.is_empty() {
                return;
            }
            let k = self.next;
            self.next += 1;
            let Some(p) = self.paragraphs.get(k) else {
                return;
            };
            if p.text != text {
                return;
            }
            // ends first, from the last: an end and a start at the same
            // offset then sit end-before-start
            let mut placed = Vec::new();
            for m in &p.marks {
                if self.placed.insert(m.name.as_str()) {
                    placed.push((m, self.id));
                    self.id += 1;
                }
            }
            for (m, id) in placed.iter().rev() {
                let end = bookmark("w:bookmarkEnd", *id, None);
                place(&mut e.children, m.end, end, true, &mut 0);
            }
            for (m, id) in placed.iter().rev() {
                let start = bookmark("w:bookmarkStart", *id, Some(&m.name));
                place(&mut e.children, m.start, start, false, &mut 0);
            }
            return;
        }
        for c in &mut e.children {
            if let Node::Elem(c) = c {
                self.elem(c);
            }
        }
    }
}

fn bookmark(name: &'static str, id: usize, bookmark: Option<&str>) -> Node<'static> {
    let mut e = Elem::new(name);
    e.attrs
        .push((Cow::Borrowed("w:id"), Cow::Owned(id.to_string())));
    if let Some(b) = bookmark {
        e.attrs
            .push((Cow::Borrowed("w:name"), Cow::Owned(b.to_string())));
    }
    Node::Elem(e)
}

/// The text (unescaped) of a paragraph's children with changes accepted:
/// `w:t`, `w:tab` as a tab, `w:br`/`w:cr` as a newline; deleted text and
/// field codes left out.
pub fn accepted_text(children: &[Node]) -> String {
    let mut s = String::new();
    for n in children {
        collect(n, &mut s);
    }
    s
}

fn collect(n: &Node, out: &mut String) {
    let Node::Elem(e) = n else {
        return;
    };
    match e.name.as_ref() {
        "w:t" => out.push_str(&text_of(e)),
        "w:tab" => out.push('\t'),
        "w:br" | "w:cr" => out.push('\n'),
        "w:del" | "w:moveFrom" | "w:delText" | "w:instrText" | "w:pPr" | "w:rPr" => {}
        _ => e.children.iter().for_each(|c| collect(c, out)),
    }
}

/// The unescaped text of a `w:t`.
fn text_of(e: &Elem) -> String {
    let mut raw = String::new();
    for c in &e.children {
        if let Node::Text(t) = c {
            raw.push_str(t);
        }
    }
    match quick_xml::escape::unescape(&raw) {
        Ok(s) => s.into_owned(),
        Err(_) => raw,
    }
}

/// The length in characters of what [`collect`] gives for `n`, counted
/// without building it (`place` asks for it of every child it passes).
fn node_len(n: &Node) -> usize {
    let Node::Elem(e) = n else {
        return 0;
    };
    match e.name.as_ref() {
        "w:t" => e
            .children
            .iter()
            .map(|c| match c {
                Node::Text(t) if t.contains('&') => match quick_xml::escape::unescape(t) {
                    Ok(s) => s.chars().count(),
                    Err(_) => t.chars().count(),
                },
                Node::Text(t) => t.chars().count(),
                _ => 0,
            })
            .sum(),
        "w:tab" | "w:br" | "w:cr" => 1,
        "w:del" | "w:moveFrom" | "w:delText" | "w:instrText" | "w:pPr" | "w:rPr" => 0,
        _ => e.children.iter().map(node_len).sum(),
    }
}

/// Puts `mark` at character `target` of `children` (counting from `acc`):
/// a start before the first character at `target`, an end after the last
/// character before it. A run that `target` falls inside is split in two.
fn place<'a>(
    children: &mut Vec<Node<'a>>,
    target: usize,
    mark: Node<'a>,
    is_end: bool,
    acc: &mut usize,
) -> bool {
    let mut i = 0;
    let mut mark = Some(mark);
    while i < children.len() {
        let len = node_len(&children[i]);
        if len == 0 {
            i += 1;
            continue;
        }
        if !is_end && *acc == target {
            children.insert(i, mark.take().expect("placed once"));
            return true;
        }
        if *acc < target && target < *acc + len {
            let at = target - *acc;
            let is_run = matches!(&children[i], Node::Elem(e) if e.name == "w:r");
            if is_run {
                let Node::Elem(run) = children.remove(i) else {
                    unreachable!("a run")
                };
                let (left, right) = split_run(run, at);
                children.insert(i, Node::Elem(right));
                children.insert(i, mark.take().expect("placed once"));
                children.insert(i, Node::Elem(left));
                return true;
            }
            if let Node::Elem(c) = &mut children[i] {
                return place(
                    &mut c.children,
                    target,
                    mark.take().expect("placed once"),
                    is_end,
                    acc,
                );
            }
        }
        if is_end && *acc + len == target {
            children.insert(i + 1, mark.take().expect("placed once"));
            return true;
        }
        *acc += len;
        i += 1;
    }
    if *acc == target {
        children.push(mark.take().expect("placed once"));
        return true;
    }
    false
}

/// A run split before its `at`-th character: two runs with the same
/// properties.
fn split_run(run: Elem<'_>, at: usize) -> (Elem<'_>, Elem<'_>) {
    let mut left = Elem {
        name: run.name.clone(),
        attrs: run.attrs.clone(),
        children: Vec::new(),
    };
    let mut right = left.clone();
    let mut acc = 0;
    for c in run.children {
        let props = matches!(&c, Node::Elem(e) if e.name == "w:rPr");
        if props {
            left.children.push(c.clone());
            right.children.push(c);
            continue;
        }
        let len = node_len(&c);
        if acc >= at {
            right.children.push(c);
        } else if acc + len <= at {
            left.children.push(c);
        } else {
            // a `w:t` the split falls in
            let Node::Elem(t) = c else {
                unreachable!("text has a length")
            };
            let text: Vec<char> = text_of(&t).chars().collect();
            let cut = at - acc;
            let piece = |s: String| {
                let mut e = Elem {
                    name: t.name.clone(),
                    attrs: vec![(Cow::Borrowed("xml:space"), Cow::Borrowed("preserve"))],
                    children: Vec::new(),
                };
                e.children.push(Node::Text(Cow::Owned(
                    quick_xml::escape::partial_escape(&s).into_owned(),
                )));
                Node::Elem(e)
            };
            left.children
                .push(piece(text[..cut].iter().collect::<String>()));
            right
                .children
                .push(piece(text[cut..].iter().collect::<String>()));
        }
        acc += len;
    }
    (left, right)
}

#[cfg(test)]
mod tests {
    #[test]
    fn node_len_counts_what_collect_gives() {
        let xml = r#"<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:t>A&amp;B “đạt” </w:t><w:tab/></w:r><w:del><w:r><w:delText>bỏ</w:delText></w:r></w:del><w:ins><w:r><w:t xml:space="preserve">thêm &lt;x&gt;</w:t><w:br/></w:r></w:ins></w:p>"#;
        let nodes = crate::docx::fixup::parse(xml.as_bytes()).unwrap();
        let mut all = Vec::new();
        fn walk<'a>(n: &'a Node<'a>, all: &mut Vec<&'a Node<'a>>) {
            all.push(n);
            if let Node::Elem(e) = n {
                e.children.iter().for_each(|c| walk(c, all));
            }
        }
        nodes.iter().for_each(|n| walk(n, &mut all));
        for n in all {
            let mut s = String::new();
            collect(n, &mut s);
            assert_eq!(node_len(n), s.chars().count(), "{n:?}");
        }
        assert_eq!(accepted_text(&nodes), "A&B “đạt” \tthêm <x>\n");
    }

    fn insert_xml(xml: &[u8], paragraphs: &[MarkedParagraph]) -> Result<Vec<u8>, String> {
        let mut nodes = crate::docx::fixup::parse(xml).map_err(|e| e.to_string())?;
        super::insert(&mut nodes, paragraphs);
        Ok(crate::docx::fixup::serialize(&nodes))
    }

    use super::*;
    use crate::docx::tree::parse;

    fn m(name: &str, text: &str) -> String {
        provenance::wrap(name, text)
    }

    #[test]
    fn markers_come_out_of_the_tree_with_their_places() {
        let md = format!(
            "# 1. {} {{.item}}\n\n***1.1. {}:*** {}\n\n| {} | b |\n|:-:|:-:|\n",
            m("_bc000000000001", "Về kinh tế"),
            m("_bc000000000002", "Nông nghiệp"),
            m("_bc000000000003", "Tổng giá trị \\*"),
            m("_bc000000000004", "ĐẢNG BỘ")
        );
        let plain = parse(&provenance::strip(&md));
        let mut doc = parse(&md);
        let marks = extract(&mut doc);
        assert_eq!(doc, plain, "the tree is the plain Markdown's");
        assert_eq!(
            marks.iter().map(|p| p.text.as_str()).collect::<Vec<_>>(),
            plain.paragraph_texts()
        );
        let spans: Vec<(String, &str)> = marks
            .iter()
            .flat_map(|p| {
                p.marks.iter().map(move |k| {
                    let t: String = p.text.chars().skip(k.start).take(k.end - k.start).collect();
                    (t, k.name.as_str())
                })
            })
            .collect();
        assert_eq!(
            spans,
            vec![
                ("Về kinh tế".to_string(), "_bc000000000001"),
                ("Nông nghiệp".to_string(), "_bc000000000002"),
                ("Tổng giá trị *".to_string(), "_bc000000000003"),
                ("ĐẢNG BỘ".to_string(), "_bc000000000004"),
            ]
        );
    }

    #[test]
    fn bookmarks_go_around_the_marked_characters() {
        let xml = r#"<w:document><w:body><w:p><w:pPr/><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">1. Về &amp; kinh tế</w:t></w:r></w:p><w:p/></w:body></w:document>"#;
        let paragraphs = vec![MarkedParagraph {
            text: "1. Về & kinh tế".into(),
            marks: vec![Mark {
                name: "_bc000000000001".into(),
                start: 3,
                end: 15,
            }],
        }];
        let out = String::from_utf8(insert_xml(xml.as_bytes(), &paragraphs).unwrap()).unwrap();
        assert_eq!(
            out,
            concat!(
                r#"<w:document><w:body><w:p><w:pPr/><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">1. </w:t></w:r>"#,
                r#"<w:bookmarkStart w:id="1" w:name="_bc000000000001"/>"#,
                r#"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Về &amp; kinh tế</w:t></w:r>"#,
                r#"<w:bookmarkEnd w:id="1"/></w:p><w:p/></w:body></w:document>"#
            )
        );
        // a paragraph whose text is not the expected one gets none
        let other = vec![MarkedParagraph {
            text: "khác".into(),
            ..paragraphs[0].clone()
        }];
        let out = insert_xml(xml.as_bytes(), &other).unwrap();
        assert_eq!(out, xml.as_bytes());
    }
}
