//! Tree → docx-rs. Every figure comes from the [`Profile`]; the styles are
//! real Word styles (Normal, Heading1..Heading5, Title, Subtitle, ...), so
//! Word's navigation pane and a table of contents see the outline.
//!
//! The run/paragraph building is factored out ([`paragraph_with_runs`]) so
//! that a caller can build paragraphs from runs that carry a
//! [`Change`](super::tree::Change): those runs are wrapped in `w:ins` /
//! `w:del` (deleted text as `w:delText`).

use super::profile::{HeadingFormat, LineSpacing as Spacing, ParaAlign, Profile};
use super::tree::{self, Block, ChangeKind, Document};
use docx_rs::{
    AlignmentType, BorderType, BreakType, Delete, Docx, Header, Insert, LineSpacing,
    LineSpacingType, PageMargin, PageNum, Paragraph, ParagraphBorder, ParagraphBorderPosition,
    ParagraphBorders, Run, RunFonts, SpecialIndentType, Style, StyleType, Table, TableBorders,
    TableCell, TableCellMargins, TableLayoutType, TableRow, WidthType,
};

/// Style ids the writer defines.
pub mod style_id {
    pub const NORMAL: &str = "Normal";
    pub const HEADINGS: [&str; 5] = ["Heading1", "Heading2", "Heading3", "Heading4", "Heading5"];
    pub const PART_TITLE: &str = "PartTitle";
    pub const KIND: &str = "DocKind";
    pub const TITLE: &str = "Title";
    pub const SUBTITLE: &str = "Subtitle";
    pub const HEADER_BLOCK: &str = "HeaderBlock";
    pub const TABLE_TEXT: &str = "TableText";
    pub const QUOTE: &str = "Quote";
    pub const PAGE_HEADER: &str = "Header";
}

/// Fixed document properties (deterministic output).
pub const FIXED_DATE: &str = "2000-01-01T00:00:00Z";

pub fn mm_to_twips(mm: f32) -> i32 {
    (mm * 1440.0 / 25.4).round() as i32
}

pub fn pt_to_twips(pt: f32) -> i32 {
    (pt * 20.0).round() as i32
}

pub fn half_points(pt: f32) -> usize {
    (pt * 2.0).round().max(2.0) as usize
}

fn align(a: ParaAlign) -> AlignmentType {
    match a {
        ParaAlign::Left => AlignmentType::Left,
        ParaAlign::Center => AlignmentType::Center,
        ParaAlign::Right => AlignmentType::Right,
        ParaAlign::Both => AlignmentType::Both,
    }
}

fn body_spacing(p: &Profile, before_pt: f32, after_pt: f32) -> LineSpacing {
    let s = LineSpacing::new()
        .before(pt_to_twips(before_pt).max(0) as u32)
        .after(pt_to_twips(after_pt).max(0) as u32);
    match p.line_spacing {
        Spacing::Lines(l) => s
            .line((l * 240.0).round() as i32)
            .line_rule(LineSpacingType::Auto),
        Spacing::Exact(pt) => s.line(pt_to_twips(pt)).line_rule(LineSpacingType::Exact),
        Spacing::AtLeast(pt) => s.line(pt_to_twips(pt)).line_rule(LineSpacingType::AtLeast),
    }
}

fn single_spacing(before_pt: f32, after_pt: f32) -> LineSpacing {
    LineSpacing::new()
        .before(pt_to_twips(before_pt).max(0) as u32)
        .after(pt_to_twips(after_pt).max(0) as u32)
        .line(240)
        .line_rule(LineSpacingType::Auto)
}

fn no_indent() -> (
    Option<i32>,
    Option<SpecialIndentType>,
    Option<i32>,
    Option<i32>,
) {
    (Some(0), Some(SpecialIndentType::FirstLine(0)), None, None)
}

fn fonts(p: &Profile) -> RunFonts {
    RunFonts::new()
        .ascii(&p.font)
        .hi_ansi(&p.font)
        .east_asia(&p.font)
        .cs(&p.font)
}

/// Heading style for outline level `n` (1..=5).
fn heading_style(p: &Profile, n: usize, h: &HeadingFormat) -> Style {
    let first = if h.first_line_indent {
        mm_to_twips(p.first_line_indent_mm)
    } else {
        0
    };
    let mut s = Style::new(style_id::HEADINGS[n - 1], StyleType::Paragraph)
        .name(format!("heading {n}"))
        .based_on(style_id::NORMAL)
        .next(style_id::NORMAL)
        .q_format(true)
        .ui_priority(9)
        .align(align(h.align))
        .indent(
            Some(0),
            Some(SpecialIndentType::FirstLine(first)),
            None,
            None,
        )
        .line_spacing(body_spacing(p, h.space_before_pt, h.space_after_pt))
        .outline_lvl(n - 1)
        .size(half_points(h.size_pt));
    s.paragraph_property = s.paragraph_property.keep_next(true).keep_lines(true);
    if h.bold {
        s = s.bold();
    }
    if h.italic {
        s = s.italic();
    }
    if h.caps {
        s.run_property = s.run_property.caps();
    }
    s
}

fn centred_style(id: &str, name: &str, size_pt: f32, before: f32, after: f32) -> Style {
    let (l, sp, e, c) = no_indent();
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on(style_id::NORMAL)
        .next(style_id::NORMAL)
        .q_format(true)
        .align(AlignmentType::Center)
        .indent(l, sp, e, c)
        .line_spacing(single_spacing(before, after))
        .size(half_points(size_pt))
}

/// The styles part: Normal (body), Heading1..5, the title styles, the header
/// block and table styles, the page header.
pub fn styles(p: &Profile) -> Vec<Style> {
    let body = Style::new(style_id::NORMAL, StyleType::Paragraph)
        .name("Normal")
        .q_format(true)
        .align(AlignmentType::Both)
        .indent(
            Some(0),
            Some(SpecialIndentType::FirstLine(mm_to_twips(
                p.first_line_indent_mm,
            ))),
            None,
            None,
        )
        .line_spacing(body_spacing(p, p.space_before_pt, p.space_after_pt))
        .fonts(fonts(p))
        .size(half_points(p.body_size_pt));
    let mut out = vec![body];
    for (i, h) in p.headings.iter().enumerate() {
        out.push(heading_style(p, i + 1, h));
    }
    // The part's name: looks like Heading 1, sits right under the part
    // marker, and is in the outline with it.
    let h1 = &p.headings[0];
    let mut part_title = heading_style(p, 1, h1);
    part_title.style_id = style_id::PART_TITLE.into();
    if p.part_title_caps {
        part_title.run_property = part_title.run_property.caps();
    }
    part_title = part_title
        .name("Part Title")
        .based_on(style_id::HEADINGS[0])
        .line_spacing(body_spacing(p, 0.0, h1.space_after_pt.max(6.0)));
    out.push(part_title);
    let kind = centred_style(
        style_id::KIND,
        "Document Kind",
        p.kind_size_pt,
        p.kind_space_before_pt,
        6.0,
    )
    .bold();
    let title = centred_style(style_id::TITLE, "Title", p.title_size_pt, 0.0, 6.0).bold();
    let subtitle = centred_style(
        style_id::SUBTITLE,
        "Subtitle",
        p.subtitle_size_pt,
        0.0,
        p.subtitle_space_after_pt,
    )
    .italic();
    let header_block = centred_style(
        style_id::HEADER_BLOCK,
        "Header Block",
        p.header_size_pt,
        0.0,
        0.0,
    );
    let (l, sp, e, c) = no_indent();
    let table_text = Style::new(style_id::TABLE_TEXT, StyleType::Paragraph)
        .name("Table Text")
        .based_on(style_id::NORMAL)
        .q_format(true)
        .align(AlignmentType::Left)
        .indent(l, sp, e, c)
        .line_spacing(single_spacing(2.0, 2.0))
        .size(half_points(p.table_size_pt));
    let quote = Style::new(style_id::QUOTE, StyleType::Paragraph)
        .name("Quote")
        .based_on(style_id::NORMAL)
        .next(style_id::NORMAL)
        .q_format(true)
        .indent(
            Some(mm_to_twips(p.first_line_indent_mm)),
            Some(SpecialIndentType::FirstLine(0)),
            Some(mm_to_twips(p.first_line_indent_mm)),
            None,
        )
        .italic();
    let page_header = centred_style(
        style_id::PAGE_HEADER,
        "header",
        p.page_number_size_pt,
        0.0,
        0.0,
    );
    out.extend([
        kind,
        title,
        subtitle,
        header_block,
        table_text,
        quote,
        page_header,
    ]);
    out
}

/// Extra run formatting applied on top of a tree run.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct RunFormat {
    /// Font size in points, if the paragraph style's is not right.
    pub size_pt: Option<f32>,
    pub bold: bool,
    pub italic: bool,
}

/// One docx-rs run for one tree run (deleted text as `w:delText`).
pub fn docx_run(r: &tree::Run, f: &RunFormat) -> Run {
    let deleted = matches!(&r.change, Some(c) if c.kind == ChangeKind::Del);
    let mut run = Run::new();
    if r.line_break {
        run = run.add_break(BreakType::TextWrapping);
    } else if deleted {
        run = run.add_delete_text(&r.text);
    } else {
        run = run.add_text(&r.text);
    }
    if r.bold || f.bold {
        run = run.bold();
    }
    if r.italic || f.italic {
        run = run.italic();
    }
    if let Some(s) = f.size_pt {
        run = run.size(half_points(s));
    }
    run
}

/// Adds tree runs to a paragraph. Consecutive runs with the same
/// [`Change`](tree::Change) are wrapped in one `w:ins` or `w:del`; when
/// every run of the paragraph is inserted (or deleted) by the same change,
/// the paragraph mark is too, so accepting or rejecting the change leaves
/// no empty paragraph behind.
pub fn paragraph_with_runs(mut p: Paragraph, runs: &[tree::Run], f: &RunFormat) -> Paragraph {
    if let Some(Some(c)) = runs.first().map(|r| &r.change) {
        if runs.iter().all(|r| r.change.as_ref() == Some(c)) {
            p = match c.kind {
                ChangeKind::Ins => p.insert(&c.author, &c.date),
                ChangeKind::Del => p.delete(&c.author, &c.date),
            };
        }
    }
    let mut i = 0;
    while i < runs.len() {
        let change = &runs[i].change;
        let mut j = i + 1;
        while j < runs.len() && &runs[j].change == change {
            j += 1;
        }
        let group = &runs[i..j];
        match change {
            None => {
                for r in group {
                    p = p.add_run(docx_run(r, f));
                }
            }
            Some(c) => match c.kind {
                ChangeKind::Ins => {
                    let mut ins = Insert::new_with_empty().author(&c.author).date(&c.date);
                    for r in group {
                        ins = ins.add_run(docx_run(r, f));
                    }
                    p = p.add_insert(ins);
                }
                ChangeKind::Del => {
                    let mut del = Delete::new().author(&c.author).date(&c.date);
                    for r in group {
                        del = del.add_run(docx_run(r, f));
                    }
                    p = p.add_delete(del);
                }
            },
        }
        i = j;
    }
    p
}

/// Tracks the paragraph mark of a paragraph added or removed as a whole
/// ([`tree::whole_change`]): `w:pPr/w:rPr/w:ins` or `w:del`.
pub fn mark_paragraph(p: Paragraph, runs: &[tree::Run]) -> Paragraph {
    match tree::whole_change(runs) {
        Some(c) if c.kind == ChangeKind::Ins => p.insert(&c.author, &c.date),
        Some(c) => p.delete(&c.author, &c.date),
        None => p,
    }
}

/// Tracks a table row added or removed as a whole (every run of every cell
/// inserted, or every one deleted): `w:trPr/w:ins` or `w:del`.
pub fn mark_row(tr: TableRow, row: &tree::Row) -> TableRow {
    let runs: Vec<tree::Run> = row
        .cells
        .iter()
        .flat_map(|c| c.paragraphs.iter().flatten().cloned())
        .collect();
    match tree::whole_change(&runs) {
        Some(c) if c.kind == ChangeKind::Ins => {
            tr.insert(Insert::new_with_empty().author(&c.author).date(&c.date))
        }
        Some(c) => tr.delete(Delete::new().author(&c.author).date(&c.date)),
        None => tr,
    }
}

/// Advance widths (1/1000 em) of Times New Roman, regular and bold, for
/// estimating how long a line of text is (the rule under the party name).
fn glyph_width(c: char, bold: bool) -> u32 {
    const UPPER_R: [u32; 26] = [
        722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667,
        556, 611, 722, 722, 944, 722, 722, 611,
    ];
    const UPPER_B: [u32; 26] = [
        722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722,
        556, 667, 722, 722, 1000, 722, 722, 667,
    ];
    const LOWER_R: [u32; 26] = [
        444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333,
        389, 278, 500, 500, 722, 500, 500, 444,
    ];
    const LOWER_B: [u32; 26] = [
        500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444,
        389, 333, 556, 500, 722, 500, 500, 444,
    ];
    use unicode_normalization::UnicodeNormalization;
    let base = match c {
        'Đ' => 'D',
        'đ' => 'd',
        _ => std::iter::once(c).nfd().next().unwrap_or(c),
    };
    match base {
        'A'..='Z' => {
            let i = base as usize - 'A' as usize;
            if bold {
                UPPER_B[i]
            } else {
                UPPER_R[i]
            }
        }
        'a'..='z' => {
            let i = base as usize - 'a' as usize;
            if bold {
                LOWER_B[i]
            } else {
                LOWER_R[i]
            }
        }
        ' ' | ',' | '.' => 250,
        '0'..='9' => 500,
        _ => 500,
    }
}

/// Estimated width of `text` set in Times New Roman at `size_pt`, in twips.
pub fn text_width_twips(text: &str, size_pt: f32, bold: bool) -> i32 {
    let em: u32 = text.chars().map(|c| glyph_width(c, bold)).sum();
    (em as f32 / 1000.0 * size_pt * 20.0).round() as i32
}

/// Room left beside an estimated line so that it surely fits (2 mm).
const FIT_SLACK_TWIPS: i32 = 113;

/// Estimated width of the longest line of these runs (bold runs at bold
/// widths), in twips.
pub fn runs_width_twips(runs: &[tree::Run], size_pt: f32) -> i32 {
    let mut longest = 0;
    let mut cur = 0;
    for r in runs {
        if r.line_break {
            longest = longest.max(cur);
            cur = 0;
        } else if !matches!(&r.change, Some(c) if c.kind == ChangeKind::Del) {
            cur += text_width_twips(&r.text, size_pt, r.bold);
        }
    }
    longest.max(cur)
}

struct Writer<'a> {
    p: &'a Profile,
    /// Always `Some` between calls: docx-rs's builders take the document by
    /// value, and `Option::take` is free where `mem::take` would build (and
    /// drop) a whole default `Docx` for every paragraph.
    docx: Option<Docx>,
    tables_seen: usize,
    /// The section being written is landscape.
    landscape: bool,
}

/// Builds the docx-rs document for a tree (before the fix pass).
pub fn build(doc: &Document, p: &Profile) -> Docx {
    let mut docx = Docx::new()
        .page_size(
            mm_to_twips(p.page_width_mm) as u32,
            mm_to_twips(p.page_height_mm) as u32,
        )
        .page_margin(
            PageMargin::new()
                .top(mm_to_twips(p.margin_top_mm))
                .bottom(mm_to_twips(p.margin_bottom_mm))
                .left(mm_to_twips(p.margin_left_mm))
                .right(mm_to_twips(p.margin_right_mm))
                .header(mm_to_twips(p.header_distance_mm))
                .footer(mm_to_twips(p.footer_distance_mm))
                .gutter(0),
        )
        .default_fonts(fonts(p))
        .default_size(half_points(p.body_size_pt))
        .created_at(FIXED_DATE)
        .updated_at(FIXED_DATE);
    for s in styles(p) {
        docx = docx.add_style(s);
    }
    if p.page_numbers {
        let numbered = Header::new().add_paragraph(
            Paragraph::new()
                .style(style_id::PAGE_HEADER)
                .add_page_num(PageNum::new()),
        );
        docx = docx.header(numbered);
        if !p.number_first_page {
            let blank = Header::new().add_paragraph(Paragraph::new().style(style_id::PAGE_HEADER));
            docx = docx.first_header(blank).title_pg();
        }
    }
    let mut w = Writer {
        p,
        docx: Some(docx),
        tables_seen: 0,
        landscape: false,
    };
    let ctx = Ctx::default();
    for b in &doc.blocks {
        w.block(b, &ctx);
    }
    w.docx.expect("the writer holds its document")
}

#[derive(Debug, Clone, Default)]
struct Ctx {
    /// Extra left indent (nested lists, block quotes), twips.
    left: i32,
    quote: bool,
    /// Literal list marker for the first paragraph of a list item.
    marker: Option<String>,
}

impl Writer<'_> {
    fn add(&mut self, p: Paragraph) {
        let docx = self.docx.take().expect("the writer holds its document");
        self.docx = Some(docx.add_paragraph(p));
    }

    fn body_paragraph(&self, ctx: &Ctx) -> Paragraph {
        let mut para = Paragraph::new();
        if ctx.quote {
            para = para.style(style_id::QUOTE);
        }
        if ctx.left > 0 {
            let base = if ctx.quote {
                mm_to_twips(self.p.first_line_indent_mm)
            } else {
                0
            };
            let first = if ctx.quote {
                0
            } else {
                mm_to_twips(self.p.first_line_indent_mm)
            };
            para = para.indent(
                Some(base + ctx.left),
                Some(SpecialIndentType::FirstLine(first)),
                None,
                None,
            );
        }
        para
    }

    fn block(&mut self, b: &Block, ctx: &Ctx) {
        match b {
            Block::Heading { level, class, runs } => {
                let style = heading_style_for(*level, class.as_deref());
                let para = Paragraph::new().style(style);
                let para = paragraph_with_runs(para, runs, &RunFormat::default());
                self.add(mark_paragraph(para, runs));
            }
            Block::Paragraph { runs } => {
                let mut para = self.body_paragraph(ctx);
                if let Some(m) = &ctx.marker {
                    para = para.add_run(Run::new().add_text(m));
                }
                let para = paragraph_with_runs(para, runs, &RunFormat::default());
                let para = if ctx.marker.is_none() {
                    mark_paragraph(para, runs)
                } else {
                    para
                };
                self.add(para);
            }
            Block::Table {
                align,
                rows,
                widths,
            } => {
                self.tables_seen += 1;
                let t = if self.tables_seen == 1 {
                    self.header_block(rows)
                } else {
                    let width = mm_to_twips(self.p.text_width_mm_in(self.landscape)) as usize;
                    super::table::data_table(width, align, rows, widths)
                };
                let docx = self.docx.take().expect("the writer holds its document");
                self.docx = Some(docx.add_table(t));
            }
            Block::List { start, items } => {
                for (i, item) in items.iter().enumerate() {
                    let marker = tree::list_marker(*start, i);
                    for (k, blk) in item.iter().enumerate() {
                        let mut c = ctx.clone();
                        if ctx.marker.is_some() {
                            // a list nested in a list item
                            c.left += mm_to_twips(self.p.first_line_indent_mm);
                        }
                        c.marker = (k == 0).then(|| marker.clone());
                        if matches!(blk, Block::List { .. }) {
                            c.marker = Some(String::new());
                        }
                        if k > 0 && !matches!(blk, Block::List { .. }) {
                            c.left += mm_to_twips(self.p.first_line_indent_mm);
                        }
                        self.block(blk, &c);
                    }
                    if item.is_empty() {
                        let para = self
                            .body_paragraph(ctx)
                            .add_run(Run::new().add_text(marker.trim_end()));
                        self.add(para);
                    }
                }
            }
            Block::BlockQuote { blocks } => {
                let c = Ctx {
                    quote: true,
                    marker: None,
                    left: ctx.left,
                };
                for blk in blocks {
                    self.block(blk, &c);
                }
            }
            Block::PageBreak => {
                self.add(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)));
            }
            Block::Section { landscape } => self.section_break(*landscape),
        }
    }

    /// Ends the section being written and starts one in the orientation
    /// given. The ending section's properties go on its last paragraph (an
    /// empty one if it ends with a table); the body's own `w:sectPr` is
    /// the last section's. The new section has the same margins and page
    /// header (by reference: page numbers go on) and numbers its first page.
    fn section_break(&mut self, landscape: bool) {
        let docx = self.docx.as_mut().expect("the writer holds its document");
        let mut ending = docx.document.section_property.clone();
        // the header parts are the body's; the section refers to them
        ending.header = None;
        ending.first_header = None;
        ending.even_header = None;
        let last = docx.document.children.last_mut();
        match last {
            Some(docx_rs::DocumentChild::Paragraph(p)) if p.property.section_property.is_none() => {
                p.property.section_property = Some(ending);
            }
            _ => {
                let p = Paragraph::new().section_property(ending);
                let d = self.docx.take().expect("the writer holds its document");
                self.docx = Some(d.add_paragraph(p));
            }
        }
        let docx = self.docx.as_mut().expect("the writer holds its document");
        let (w, h) = (
            mm_to_twips(self.p.page_width_mm) as u32,
            mm_to_twips(self.p.page_height_mm) as u32,
        );
        let size = if landscape {
            docx_rs::PageSize::new()
                .size(h, w)
                .orient(docx_rs::PageOrientationType::Landscape)
        } else {
            docx_rs::PageSize::new()
                .size(w, h)
                .orient(docx_rs::PageOrientationType::Portrait)
        };
        let sp = &mut docx.document.section_property;
        sp.page_size = size;
        sp.title_pg = false;
        sp.first_header_reference = None;
        self.landscape = landscape;
    }

    /// The header block: a borderless two-column table without horizontal
    /// cell margins, both columns centred; the party name (first row, last
    /// column) in its size with a rule under it as long as the text. The
    /// column split is the profile's, moved (if the other column still
    /// fits) so that the longest line of each column fits on one line.
    fn header_block(&self, rows: &[tree::Row]) -> Table {
        let p = self.p;
        let total = mm_to_twips(p.text_width_mm());
        let ncols = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0).max(1);
        let empty = tree::Cell::default();
        let cell_at = |ri: usize, ci: usize| rows[ri].cells.get(ci).unwrap_or(&empty);
        let is_party = |ri: usize, ci: usize| ri == 0 && ci + 1 == ncols && ncols > 1;
        let size_of = |ri, ci| {
            if is_party(ri, ci) {
                p.party_name_size_pt
            } else {
                p.header_size_pt
            }
        };
        let widths: Vec<i32> = if ncols == 2 {
            let mut l = (total as f32 * p.header_left_pct / 100.0).round() as i32;
            let mut r = (total as f32 * p.header_right_pct / 100.0).round() as i32;
            let need = |ci: usize| {
                (0..rows.len())
                    .flat_map(|ri| {
                        cell_at(ri, ci)
                            .paragraphs
                            .iter()
                            .map(move |runs| (ri, runs))
                    })
                    .map(|(ri, runs)| runs_width_twips(runs, size_of(ri, ci)) + FIT_SLACK_TWIPS)
                    .max()
                    .unwrap_or(0)
            };
            let (need_l, need_r) = (need(0), need(1));
            if need_l > l && r - (need_l - l) >= need_r {
                r -= need_l - l;
                l = need_l;
            } else if need_r > r && l - (need_r - r) >= need_l {
                l -= need_r - r;
                r = need_r;
            }
            vec![l, r]
        } else {
            vec![total / ncols as i32; ncols]
        };
        let mut trs = Vec::new();
        for ri in 0..rows.len() {
            let mut tcs = Vec::new();
            for (ci, w) in widths.iter().enumerate() {
                let cell = cell_at(ri, ci);
                let party = is_party(ri, ci);
                let f = RunFormat {
                    size_pt: Some(size_of(ri, ci)),
                    ..RunFormat::default()
                };
                let mut tc = TableCell::new().width(*w as usize, WidthType::Dxa);
                if cell.paragraphs.is_empty() {
                    tc = tc.add_paragraph(Paragraph::new().style(style_id::HEADER_BLOCK));
                }
                for runs in &cell.paragraphs {
                    let mut para = Paragraph::new().style(style_id::HEADER_BLOCK);
                    if ri == 1 && ci + 1 == ncols && ncols > 1 && !runs.is_empty() {
                        // the place-and-date line, clear of the rule above
                        para =
                            para.line_spacing(single_spacing(p.header_date_space_before_pt, 0.0));
                    }
                    if party && p.party_name_rule && !runs.is_empty() {
                        let longest = runs_width_twips(runs, p.party_name_size_pt);
                        let ind = ((*w - longest - FIT_SLACK_TWIPS) / 2).max(0);
                        para = para.indent(
                            Some(ind),
                            Some(SpecialIndentType::FirstLine(0)),
                            Some(ind),
                            None,
                        );
                        para.property = para.property.set_borders(
                            ParagraphBorders::with_empty().set(
                                ParagraphBorder::new(ParagraphBorderPosition::Bottom)
                                    .val(BorderType::Single)
                                    .size(p.party_name_rule_eighths as usize)
                                    .space(2)
                                    .color("auto"),
                            ),
                        );
                    }
                    tc = tc.add_paragraph(paragraph_with_runs(para, runs, &f));
                }
                tcs.push(tc);
            }
            trs.push(mark_row(
                TableRow::new(tcs),
                rows.get(ri).unwrap_or(&tree::Row::default()),
            ));
        }
        Table::new(trs)
            .set_borders(TableBorders::new().clear_all())
            .set_grid(widths.iter().map(|w| *w as usize).collect())
            .width(widths.iter().sum::<i32>() as usize, WidthType::Dxa)
            .margins(TableCellMargins::new().margin(0, 0, 0, 0))
            .layout(TableLayoutType::Fixed)
    }
}

/// The paragraph style of a heading: its class first (docs/markdown.md),
/// else its Markdown level (capped at 5).
pub fn heading_style_for(level: u8, class: Option<&str>) -> &'static str {
    match class {
        Some("kind") => style_id::KIND,
        Some("title") => style_id::TITLE,
        Some("subtitle") => style_id::SUBTITLE,
        Some("part") => style_id::HEADINGS[0],
        Some("part-title") => style_id::PART_TITLE,
        Some("chapter") => style_id::HEADINGS[1],
        Some("section") => style_id::HEADINGS[2],
        Some("item") => style_id::HEADINGS[3],
        Some("subitem") => style_id::HEADINGS[4],
        // an appendix: its label like a part's, its title like a part's
        // name, the note under it like the report's subtitle
        Some("appendix") => style_id::HEADINGS[0],
        Some("appendix-title") => style_id::PART_TITLE,
        Some("appendix-note") => style_id::SUBTITLE,
        _ => style_id::HEADINGS[(level.clamp(1, 5) - 1) as usize],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units() {
        assert_eq!(mm_to_twips(10.0), 567);
        assert_eq!(mm_to_twips(210.0), 11906);
        assert_eq!(mm_to_twips(297.0), 16838);
        assert_eq!(half_points(14.0), 28);
        assert_eq!(pt_to_twips(6.0), 120);
    }

    #[test]
    fn party_name_width_is_plausible() {
        // about 73 mm at 15 pt bold
        let w = text_width_twips("ĐẢNG CỘNG SẢN VIỆT NAM", 15.0, true);
        assert!((4000..4300).contains(&w), "{w}");
    }

    #[test]
    fn heading_styles_by_class_then_level() {
        assert_eq!(heading_style_for(1, Some("part")), "Heading1");
        assert_eq!(heading_style_for(1, Some("kind")), "DocKind");
        assert_eq!(heading_style_for(5, Some("subitem")), "Heading5");
        assert_eq!(heading_style_for(6, None), "Heading5");
        assert_eq!(heading_style_for(3, Some("unknown")), "Heading3");
    }
}
