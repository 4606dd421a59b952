//! Our own small document tree, between the Markdown and the DOCX.
//!
//! The Markdown (docs/markdown.md) is parsed into this tree by
//! [`parse`](fn@parse); the writer turns the tree into WordprocessingML. The
//! tree knows nothing of Word: a later `diff` feature can build a tree whose
//! runs carry a [`Change`] (inserted or deleted text) and hand it to the same
//! writer, which then emits `w:ins` / `w:del`.

use pulldown_cmark::{Alignment, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// A character no XML 1.0 part may hold.
pub fn xml_forbidden(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// A whole document: a list of blocks in reading order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    pub blocks: Vec<Block>,
    /// The document's title and author for its properties (Word's File ›
    /// Info), from the content; without them, the `.title` heading and
    /// "baocao".
    pub identity: Option<Identity>,
}

/// A document's title and author, as its properties give them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Identity {
    pub title: String,
    pub author: String,
}

/// A block-level element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// `#`..`######`; `class` is the first `{.class}` of the heading
    /// attributes (`kind`, `title`, `subtitle`, `part`, `part-title`,
    /// `chapter`, `section`, `item`, `subitem`), if any.
    Heading {
        level: u8,
        class: Option<String>,
        runs: Vec<Run>,
    },
    Paragraph {
        runs: Vec<Run>,
    },
    /// A pipe table. The first table of the document is the header block.
    /// `widths`: the columns' shares of the text width, from a
    /// `<!-- table: widths=5,30,… -->` line before it (empty: equal columns).
    Table {
        align: Vec<Align>,
        rows: Vec<Row>,
        widths: Vec<u32>,
    },
    /// A list. `start` is `Some(n)` for an ordered list starting at n. The
    /// writer never uses Word numbering: the marker becomes literal text.
    List {
        start: Option<u64>,
        items: Vec<Vec<Block>>,
    },
    BlockQuote {
        blocks: Vec<Block>,
    },
    /// A thematic break (`---`) or an HTML block mentioning `pagebreak` /
    /// `page-break` (e.g. `<!-- pagebreak -->`).
    PageBreak,
    /// `<!-- section: landscape -->` or `<!-- section: portrait -->`: a new
    /// section, from a new page, in that orientation (page numbers go on).
    Section {
        landscape: bool,
    },
}

/// Horizontal alignment of a table column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    #[default]
    None,
    Left,
    Center,
    Right,
}

/// One row of a table.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Row {
    pub cells: Vec<Cell>,
    /// A heading row (a pipe table's first row, or the rows it is split
    /// into): repeated at the top of every page the table runs onto.
    pub header: bool,
}

/// One cell: a list of paragraphs, each a list of runs. (A Markdown pipe
/// table cell is always exactly one paragraph, possibly empty.)
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Cell {
    pub paragraphs: Vec<Vec<Run>>,
    /// How many grid columns it spans (0 and 1: one).
    pub span: usize,
    /// Merged with the cells above or below it.
    pub merge: Merge,
}

/// A cell's vertical merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Merge {
    #[default]
    None,
    /// The first cell of a merged column: it holds the text.
    Restart,
    /// Below a `Restart` cell: merged into it, empty.
    Continue,
}

impl Cell {
    /// A cell of one paragraph.
    pub fn of(runs: Vec<Run>) -> Cell {
        Cell {
            paragraphs: vec![runs],
            ..Cell::default()
        }
    }

    /// The grid columns it takes.
    pub fn columns(&self) -> usize {
        self.span.max(1)
    }
}

/// Between a column's group heading and its own in a header cell
/// (`Kết quả › Thực hiện`): the flattened form of a merged heading.
pub const HEADER_SEPARATOR: &str = "›";

/// A stretch of text with one formatting. `line_break` marks a hard line
/// break (its `text` is empty).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Run {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    pub line_break: bool,
    /// A tracked change; `None` for ordinary text.
    pub change: Option<Change>,
}

/// A tracked change carried by a run: emitted as `w:ins` or `w:del`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub kind: ChangeKind,
    pub author: String,
    /// W3C date-time, e.g. `2025-02-05T00:00:00Z`; empty: undated (the
    /// fix pass drops the empty `w:date`).
    pub date: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    Ins,
    Del,
}

impl Run {
    /// A plain run.
    pub fn text(text: impl Into<String>) -> Run {
        Run {
            text: text.into(),
            ..Run::default()
        }
    }

    /// A hard line break.
    pub fn line_break() -> Run {
        Run {
            line_break: true,
            ..Run::default()
        }
    }

    pub fn bold(mut self) -> Run {
        self.bold = true;
        self
    }

    pub fn italic(mut self) -> Run {
        self.italic = true;
        self
    }

    pub fn with_change(mut self, change: Change) -> Run {
        self.change = Some(change);
        self
    }

    fn same_format(&self, other: &Run) -> bool {
        !self.line_break
            && !other.line_break
            && self.bold == other.bold
            && self.italic == other.italic
            && self.change == other.change
    }
}

/// The text a reader sees in these runs once changes are accepted: deleted
/// runs are left out, a line break is `\n`.
pub fn runs_text(runs: &[Run]) -> String {
    let mut s = String::new();
    for r in runs {
        if matches!(&r.change, Some(c) if c.kind == ChangeKind::Del) {
            continue;
        }
        if r.line_break {
            s.push('\n');
        } else {
            s.push_str(&r.text);
        }
    }
    s
}

/// The change a whole paragraph carries: `Some` when the paragraph has runs
/// and every one of them is inserted (or every one deleted) — a paragraph
/// added or removed as a whole. The writer then tracks its paragraph mark
/// too, so that rejecting (accepting) all changes really removes the
/// paragraph instead of leaving an empty one.
pub fn whole_change(runs: &[Run]) -> Option<&Change> {
    let first = runs.first()?.change.as_ref()?;
    runs.iter()
        .all(|r| matches!(&r.change, Some(c) if c.kind == first.kind))
        .then_some(first)
}

/// The literal marker a list item gets in the DOCX (no Word numbering).
pub fn list_marker(start: Option<u64>, index: usize) -> String {
    match start {
        None => "- ".to_string(),
        Some(n) => format!("{}. ", n + index as u64),
    }
}

impl Document {
    /// The texts of the paragraphs the writer makes from this tree, in
    /// document order, empty paragraphs left out: what
    /// [`document_text`](crate::docx::document_text) reads back from the DOCX.
    pub fn paragraph_texts(&self) -> Vec<String> {
        let mut out = Vec::new();
        collect_texts(&self.blocks, "", &mut out);
        out
    }
}

fn push_nonempty(out: &mut Vec<String>, s: String) {
    if !s.is_empty() {
        out.push(s);
    }
}

fn collect_texts(blocks: &[Block], prefix: &str, out: &mut Vec<String>) {
    for b in blocks {
        match b {
            Block::Heading { runs, .. } | Block::Paragraph { runs } => {
                push_nonempty(out, format!("{prefix}{}", runs_text(runs)))
            }
            Block::Table { rows, .. } => {
                for row in rows {
                    for cell in &row.cells {
                        for p in &cell.paragraphs {
                            push_nonempty(out, runs_text(p));
                        }
                    }
                }
            }
            Block::List { start, items } => {
                for (i, item) in items.iter().enumerate() {
                    let marker = list_marker(*start, i);
                    let mut first = true;
                    for blk in item {
                        let p = if first {
                            format!("{prefix}{marker}")
                        } else {
                            String::new()
                        };
                        first = false;
                        collect_texts(std::slice::from_ref(blk), &p, out);
                    }
                }
            }
            Block::BlockQuote { blocks } => collect_texts(blocks, prefix, out),
            Block::PageBreak | Block::Section { .. } => {}
        }
    }
}

/// Parse Markdown with the options of docs/markdown.md: tables and heading
/// attributes on, smart punctuation off.
pub fn parse(md: &str) -> Document {
    // The one place text enters the document: a character XML 1.0 does
    // not allow (C0 controls but tab and line breaks, U+FFFE, U+FFFF) is
    // replaced by U+FFFD. The content reader refuses them where they are
    // typed; this keeps any Markdown from making a malformed part.
    let clean: std::borrow::Cow<str> = if md.chars().any(xml_forbidden) {
        md.chars()
            .map(|c| if xml_forbidden(c) { '\u{FFFD}' } else { c })
            .collect::<String>()
            .into()
    } else {
        md.into()
    };
    let md = clean.as_ref();
    let opts = Options::ENABLE_TABLES | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut events = Parser::new_ext(md, opts);
    let blocks = parse_blocks(&mut events);
    Document {
        blocks,
        identity: None,
    }
}

#[derive(Default)]
struct Inline {
    runs: Vec<Run>,
    bold: u32,
    italic: u32,
}

impl Inline {
    fn push_text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let run = Run {
            text: text.to_string(),
            bold: self.bold > 0,
            italic: self.italic > 0,
            ..Run::default()
        };
        match self.runs.last_mut() {
            Some(last) if last.same_format(&run) => last.text.push_str(text),
            _ => self.runs.push(run),
        }
    }

    /// Handles an inline event; returns false if the event is not inline.
    fn event(&mut self, ev: &Event) -> bool {
        match ev {
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) => self.push_text(t),
            Event::SoftBreak => self.push_text(" "),
            Event::HardBreak => self.runs.push(Run::line_break()),
            Event::InlineHtml(h) => {
                let h = h.trim().to_ascii_lowercase();
                if h.starts_with("<br") {
                    self.runs.push(Run::line_break());
                }
            }
            Event::FootnoteReference(t) => self.push_text(&format!("[{t}]")),
            Event::TaskListMarker(done) => self.push_text(if *done { "[x] " } else { "[ ] " }),
            Event::Start(Tag::Strong) => self.bold += 1,
            Event::End(TagEnd::Strong) => self.bold = self.bold.saturating_sub(1),
            Event::Start(Tag::Emphasis) => self.italic += 1,
            Event::End(TagEnd::Emphasis) => self.italic = self.italic.saturating_sub(1),
            Event::Start(
                Tag::Link { .. }
                | Tag::Image { .. }
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript,
            )
            | Event::End(
                TagEnd::Link
                | TagEnd::Image
                | TagEnd::Strikethrough
                | TagEnd::Superscript
                | TagEnd::Subscript,
            ) => {}
            _ => return false,
        }
        true
    }

    fn finish(self) -> Vec<Run> {
        trim_runs(self.runs)
    }
}

/// Trims leading whitespace of the first text run and trailing whitespace
/// of the last one; drops runs left empty.
fn trim_runs(mut runs: Vec<Run>) -> Vec<Run> {
    if let Some(first) = runs.iter_mut().find(|r| !r.line_break) {
        let t = first.text.trim_start().to_string();
        first.text = t;
    }
    if let Some(last) = runs.iter_mut().rev().find(|r| !r.line_break) {
        let t = last.text.trim_end().to_string();
        last.text = t;
    }
    runs.retain(|r| r.line_break || !r.text.is_empty());
    runs
}

fn inline_until<'a>(events: &mut impl Iterator<Item = Event<'a>>, end: TagEnd) -> Vec<Run> {
    let mut inl = Inline::default();
    for ev in events.by_ref() {
        if ev == Event::End(end) {
            break;
        }
        inl.event(&ev);
    }
    inl.finish()
}

fn heading_level(l: HeadingLevel) -> u8 {
    match l {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// What an HTML comment line of the convention says (docs/markdown.md).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Directive {
    PageBreak,
    Section { landscape: bool },
    Table { widths: Vec<u32> },
}

fn directive(html: &str) -> Option<Directive> {
    let h = html.to_ascii_lowercase();
    if h.contains("pagebreak") || h.contains("page-break") {
        return Some(Directive::PageBreak);
    }
    let body = h
        .trim()
        .strip_prefix("<!--")?
        .trim_end()
        .strip_suffix("-->")?
        .trim();
    if let Some(rest) = body.strip_prefix("section:") {
        return match rest.trim() {
            "landscape" => Some(Directive::Section { landscape: true }),
            "portrait" => Some(Directive::Section { landscape: false }),
            _ => None,
        };
    }
    let rest = body.strip_prefix("table:")?;
    let mut widths = Vec::new();
    for item in rest.split_whitespace() {
        if let Some(list) = item.strip_prefix("widths=") {
            widths = list
                .split(',')
                .map(|w| w.trim().parse::<u32>().ok().filter(|w| *w > 0))
                .collect::<Option<Vec<u32>>>()
                .unwrap_or_default();
        }
    }
    Some(Directive::Table { widths })
}

/// A header row whose cells say `group › own` becomes two (or more)
/// heading rows: the group's heading once over its columns (`span`), each
/// column's own under it, and a column without a group merged down
/// (`Merge::Restart`, then `Continue`).
fn split_header(rows: &mut Vec<Row>) {
    let Some(first) = rows.first().filter(|r| r.header) else {
        return;
    };
    let paths: Vec<Vec<String>> = first
        .cells
        .iter()
        .map(|c| {
            let text: Vec<String> = c.paragraphs.iter().map(|p| runs_text(p)).collect();
            text.join(" ")
                .split(HEADER_SEPARATOR)
                .map(|s| s.trim().to_string())
                .collect()
        })
        .collect();
    let depth = paths.iter().map(Vec::len).max().unwrap_or(1);
    if depth < 2 {
        return;
    }
    let text = |s: &str| {
        if s.is_empty() {
            Vec::new()
        } else {
            vec![Run::text(s)]
        }
    };
    let mut out = Vec::new();
    for level in 0..depth {
        let mut cells = Vec::new();
        let mut c = 0;
        while c < paths.len() {
            let p = &paths[c];
            let last = p.len() - 1;
            if level < last {
                let mut span = 1;
                while c + span < paths.len()
                    && paths[c + span].len() - 1 > level
                    && paths[c + span][..=level] == p[..=level]
                {
                    span += 1;
                }
                cells.push(Cell {
                    paragraphs: vec![text(&p[level])],
                    span,
                    merge: Merge::None,
                });
                c += span;
                continue;
            }
            cells.push(if level == last {
                Cell {
                    paragraphs: vec![text(&p[last])],
                    span: 1,
                    merge: if last + 1 < depth {
                        Merge::Restart
                    } else {
                        Merge::None
                    },
                }
            } else {
                Cell {
                    paragraphs: vec![Vec::new()],
                    span: 1,
                    merge: Merge::Continue,
                }
            });
            c += 1;
        }
        out.push(Row {
            cells,
            header: true,
        });
    }
    rows.splice(0..1, out);
}

/// Parses blocks until the end of the enclosing container (or of input).
fn parse_blocks<'a>(events: &mut impl Iterator<Item = Event<'a>>) -> Vec<Block> {
    let mut blocks = Vec::new();
    // the widths a `<!-- table: … -->` line gives the next table
    let mut widths: Vec<u32> = Vec::new();
    // inline content directly inside a container (tight list items)
    let mut loose = Inline::default();
    let flush = |loose: &mut Inline, blocks: &mut Vec<Block>| {
        let inl = std::mem::take(loose);
        let runs = inl.finish();
        if !runs.is_empty() {
            blocks.push(Block::Paragraph { runs });
        }
    };
    while let Some(ev) = events.next() {
        if loose.event(&ev) {
            continue;
        }
        flush(&mut loose, &mut blocks);
        match ev {
            Event::Start(Tag::Paragraph) => {
                let runs = inline_until(events, TagEnd::Paragraph);
                if !runs.is_empty() {
                    blocks.push(Block::Paragraph { runs });
                }
            }
            Event::Start(Tag::Heading { level, classes, .. }) => {
                let runs = inline_until(events, TagEnd::Heading(level));
                blocks.push(Block::Heading {
                    level: heading_level(level),
                    class: classes.first().map(|c| c.to_string()),
                    runs,
                });
            }
            Event::Start(Tag::Table(aligns)) => {
                let align = aligns
                    .iter()
                    .map(|a| match a {
                        Alignment::None => Align::None,
                        Alignment::Left => Align::Left,
                        Alignment::Center => Align::Center,
                        Alignment::Right => Align::Right,
                    })
                    .collect();
                let mut rows = parse_table(events);
                split_header(&mut rows);
                blocks.push(Block::Table {
                    align,
                    rows,
                    widths: std::mem::take(&mut widths),
                });
            }
            Event::Start(Tag::List(start)) => {
                let mut items = Vec::new();
                while let Some(ev) = events.next() {
                    match ev {
                        Event::Start(Tag::Item) => items.push(parse_blocks(events)),
                        Event::End(TagEnd::List(_)) => break,
                        _ => {}
                    }
                }
                blocks.push(Block::List { start, items });
            }
            Event::Start(Tag::BlockQuote(_)) => {
                blocks.push(Block::BlockQuote {
                    blocks: parse_blocks(events),
                });
            }
            Event::Start(Tag::CodeBlock(_)) => {
                let mut text = String::new();
                for ev in events.by_ref() {
                    match ev {
                        Event::Text(t) => text.push_str(&t),
                        Event::End(TagEnd::CodeBlock) => break,
                        _ => {}
                    }
                }
                let mut runs = Vec::new();
                for (i, line) in text.trim_end_matches('\n').split('\n').enumerate() {
                    if i > 0 {
                        runs.push(Run::line_break());
                    }
                    if !line.is_empty() {
                        runs.push(Run::text(line));
                    }
                }
                if !runs.is_empty() {
                    blocks.push(Block::Paragraph { runs });
                }
            }
            Event::Start(Tag::HtmlBlock) => {
                let mut html = String::new();
                for ev in events.by_ref() {
                    match ev {
                        Event::Html(t) | Event::Text(t) => html.push_str(&t),
                        Event::End(TagEnd::HtmlBlock) => break,
                        _ => {}
                    }
                }
                match directive(&html) {
                    Some(Directive::PageBreak) => blocks.push(Block::PageBreak),
                    Some(Directive::Section { landscape }) => {
                        blocks.push(Block::Section { landscape })
                    }
                    Some(Directive::Table { widths: w }) => widths = w,
                    None => {}
                }
            }
            Event::Rule => blocks.push(Block::PageBreak),
            Event::Start(tag) => {
                // footnote definitions, definition lists, metadata: keep
                // their text as paragraphs
                let _ = tag;
                blocks.extend(parse_blocks(events));
            }
            Event::End(_) => break,
            _ => {}
        }
    }
    flush(&mut loose, &mut blocks);
    blocks
}

fn parse_table<'a>(events: &mut impl Iterator<Item = Event<'a>>) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut row: Option<Row> = None;
    while let Some(ev) = events.next() {
        match ev {
            Event::Start(Tag::TableHead) => {
                row = Some(Row {
                    header: true,
                    ..Row::default()
                });
            }
            Event::Start(Tag::TableRow) => {
                row = Some(Row::default());
            }
            Event::End(TagEnd::TableHead) | Event::End(TagEnd::TableRow) => {
                if let Some(r) = row.take() {
                    rows.push(r);
                }
            }
            Event::Start(Tag::TableCell) => {
                let runs = inline_until(events, TagEnd::TableCell);
                row.get_or_insert_with(Row::default)
                    .cells
                    .push(Cell::of(runs));
            }
            Event::End(TagEnd::Table) => break,
            _ => {}
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_with_class_and_runs() {
        let d = parse("# BÁO CÁO {.kind}\n\n***1.1. Về:*** nội dung \\*\n");
        assert_eq!(
            d.blocks[0],
            Block::Heading {
                level: 1,
                class: Some("kind".into()),
                runs: vec![Run::text("BÁO CÁO")]
            }
        );
        assert_eq!(
            d.blocks[1],
            Block::Paragraph {
                runs: vec![
                    Run::text("1.1. Về:").bold().italic(),
                    Run::text(" nội dung *")
                ]
            }
        );
    }

    #[test]
    fn table_rows_and_empty_cells() {
        let d = parse("| a | **b** |\n|:---:|:---:|\n| \\* | |\n");
        let Block::Table { align, rows, .. } = &d.blocks[0] else {
            panic!("{d:?}")
        };
        assert_eq!(align, &vec![Align::Center, Align::Center]);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].cells[1].paragraphs[0], vec![Run::text("b").bold()]);
        assert_eq!(rows[1].cells[0].paragraphs[0], vec![Run::text("*")]);
        assert!(rows[1].cells[1].paragraphs[0].is_empty());
    }

    #[test]
    fn directives_give_sections_and_column_widths() {
        let d = parse(
            "text\n\n<!-- section: landscape -->\n\n<!-- table: widths=5,30 -->\n\n| a | b |\n|:---:|---:|\n| 1 | 2 |\n\n| c |\n|---|\n| 3 |\n\n<!-- section: portrait -->\n",
        );
        assert_eq!(d.blocks[1], Block::Section { landscape: true });
        let Block::Table { widths, rows, .. } = &d.blocks[2] else {
            panic!("{d:?}")
        };
        assert_eq!(widths, &vec![5, 30]);
        assert!(rows[0].header && !rows[1].header);
        // the widths are the next table's only
        let Block::Table { widths, .. } = &d.blocks[3] else {
            panic!("{d:?}")
        };
        assert!(widths.is_empty());
        assert_eq!(d.blocks[4], Block::Section { landscape: false });
        assert_eq!(
            d.paragraph_texts(),
            vec!["text", "a", "b", "1", "2", "c", "3"]
        );
    }

    #[test]
    fn a_flattened_header_is_split_into_merged_heading_rows() {
        let d = parse("| STT | Kết quả › Thực hiện | Kết quả › So sánh (%) | Đánh giá |\n|---|---|---|---|\n| 1 | 2 | 3 | Đạt |\n");
        let Block::Table { rows, .. } = &d.blocks[0] else {
            panic!("{d:?}")
        };
        assert_eq!(rows.len(), 3);
        let shape = |r: &Row| -> Vec<(String, usize, Merge)> {
            r.cells
                .iter()
                .map(|c| (runs_text(&c.paragraphs[0]), c.columns(), c.merge))
                .collect()
        };
        assert_eq!(
            shape(&rows[0]),
            vec![
                ("STT".into(), 1, Merge::Restart),
                ("Kết quả".into(), 2, Merge::None),
                ("Đánh giá".into(), 1, Merge::Restart)
            ]
        );
        assert_eq!(
            shape(&rows[1]),
            vec![
                (String::new(), 1, Merge::Continue),
                ("Thực hiện".into(), 1, Merge::None),
                ("So sánh (%)".into(), 1, Merge::None),
                (String::new(), 1, Merge::Continue)
            ]
        );
        assert!(rows[0].header && rows[1].header && !rows[2].header);
        assert_eq!(
            d.paragraph_texts(),
            vec![
                "STT",
                "Kết quả",
                "Đánh giá",
                "Thực hiện",
                "So sánh (%)",
                "1",
                "2",
                "3",
                "Đạt"
            ]
        );
    }

    #[test]
    fn tight_list_soft_break_and_texts() {
        let d = parse("- một\n- hai\n  ba\n\n1. x\n2. y\n");
        assert_eq!(
            d.paragraph_texts(),
            vec!["- một", "- hai ba", "1. x", "2. y"]
        );
    }

    #[test]
    fn deleted_runs_are_not_text() {
        let c = Change {
            kind: ChangeKind::Del,
            author: "a".into(),
            date: "2025-01-01T00:00:00Z".into(),
        };
        let runs = vec![Run::text("giữ "), Run::text("bỏ").with_change(c)];
        assert_eq!(runs_text(&runs), "giữ ");
    }
}
