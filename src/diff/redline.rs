//! The redline tree: the NEW draft's document tree with the OLD draft's
//! text merged in as tracked changes.
//!
//! Blocks are aligned ([`align`](super::align)); a block only in NEW has all
//! its runs inserted, one only in OLD all its runs deleted (the writer then
//! tracks the paragraph mark or table row too); a paired paragraph or
//! heading gets a word-level difference. Accepting every change gives the
//! NEW tree's text, rejecting every change the OLD tree's, paragraph by
//! paragraph.

use super::align::{self, Pair, Step};
use crate::docx::tree::{self, Block, Cell, Change, ChangeKind, Row, Run};

/// Who made the changes and when: the `w:author` and `w:date` of every
/// tracked change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    pub author: String,
    /// W3C date-time (`2025-02-05T00:00:00Z`).
    pub date: String,
}

impl Stamp {
    fn change(&self, kind: ChangeKind) -> Change {
        Change {
            kind,
            author: self.author.clone(),
            date: self.date.clone(),
        }
    }
}

/// What happened to a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditKind {
    Added,
    Removed,
    Edited,
}

/// What kind of paragraph it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    Heading,
    Paragraph,
    TableRow,
}

/// One paragraph (heading, table row) added, removed or edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub kind: EditKind,
    pub what: What,
    /// Where it is: the part, chapter and section headings above it (as
    /// they read in NEW); empty before the first part.
    pub section: Vec<String>,
    /// Its text in OLD (empty if added).
    pub old: String,
    /// Its text in NEW (empty if removed).
    pub new: String,
    /// The merged runs (changes marked), for showing the edit in context.
    pub runs: Vec<Run>,
}

/// The text of runs with every change rejected (inserted runs left out,
/// deleted ones kept), a line break as `\n`.
pub fn reject_text(runs: &[Run]) -> String {
    let mut s = String::new();
    for r in runs {
        if matches!(&r.change, Some(c) if c.kind == ChangeKind::Ins) {
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

/// The text of runs with every change accepted.
pub fn accept_text(runs: &[Run]) -> String {
    tree::runs_text(runs)
}

/// The merged document of `old` and `new`, and the list of edits.
pub fn diff_documents(
    old: &tree::Document,
    new: &tree::Document,
    stamp: &Stamp,
) -> (tree::Document, Vec<Edit>) {
    let merged = diff_blocks(&old.blocks, &new.blocks, stamp);
    let mut blocks = Vec::with_capacity(merged.len());
    let mut edits = Vec::new();
    let mut path: [Option<String>; 3] = Default::default();
    for (block, block_edits) in merged {
        if let Block::Heading { level, class, runs } = &block {
            if let Some(depth) = outline_depth(*level, class.as_deref()) {
                let text = match accept_text(runs) {
                    t if t.is_empty() => reject_text(runs),
                    t => t,
                };
                path[depth] = Some(text);
                for p in path.iter_mut().skip(depth + 1) {
                    *p = None;
                }
            }
        }
        let section: Vec<String> = path.iter().flatten().cloned().collect();
        for mut e in block_edits {
            e.section = section.clone();
            edits.push(e);
        }
        blocks.push(block);
    }
    (
        tree::Document {
            blocks,
            identity: new.identity.clone(),
        },
        edits,
    )
}

/// The depth in the outline a heading sets: part 0, chapter 1, section 2;
/// `None` for the title block and for items below a section.
fn outline_depth(level: u8, class: Option<&str>) -> Option<usize> {
    match class {
        Some("part" | "appendix") => Some(0),
        Some("chapter") => Some(1),
        Some("section") => Some(2),
        Some(_) => None,
        None if (1..=3).contains(&level) => Some(level as usize - 1),
        None => None,
    }
}

fn block_key(b: &Block) -> String {
    format!("{b:?}")
}

fn block_text(b: &Block) -> String {
    match b {
        Block::Heading { runs, .. } | Block::Paragraph { runs } => accept_text(runs),
        Block::Table { rows, .. } => rows.iter().map(row_text).collect::<Vec<_>>().join("\n"),
        Block::List { items, .. } => items
            .iter()
            .flat_map(|i| i.iter().map(block_text))
            .collect::<Vec<_>>()
            .join("\n"),
        Block::BlockQuote { blocks } => {
            blocks.iter().map(block_text).collect::<Vec<_>>().join("\n")
        }
        Block::PageBreak | Block::Section { .. } => String::new(),
    }
}

fn ncols(rows: &[Row]) -> usize {
    rows.iter().map(|r| r.cells.len()).max().unwrap_or(0)
}

/// A block with its words counted once, for pairing.
struct Profiled<'a> {
    block: &'a Block,
    bag: align::Bag,
}

fn profiled(blocks: &[Block]) -> Vec<Profiled<'_>> {
    blocks
        .iter()
        .map(|block| Profiled {
            block,
            bag: align::Bag::of(&block_text(block)),
        })
        .collect()
}

fn block_similarity(o: &Profiled, n: &Profiled) -> Option<f64> {
    let dice = || o.bag.dice(&n.bag);
    match (o.block, n.block) {
        (
            Block::Heading {
                level: l1,
                class: c1,
                ..
            },
            Block::Heading {
                level: l2,
                class: c2,
                ..
            },
        ) if l1 == l2 && c1 == c2 => Some(dice()),
        (Block::Paragraph { .. }, Block::Paragraph { .. }) => Some(dice()),
        (Block::Table { rows: a, .. }, Block::Table { rows: b, .. }) if ncols(a) == ncols(b) => {
            Some(0.5 + 0.5 * dice())
        }
        (Block::BlockQuote { .. }, Block::BlockQuote { .. }) => Some(dice()),
        (Block::PageBreak, Block::PageBreak) => Some(1.0),
        (Block::Section { landscape: a }, Block::Section { landscape: b }) => {
            Some(if a == b { 1.0 } else { 0.5 })
        }
        _ => None,
    }
}

/// Blocks that stand for the same place even when their words differ: a
/// renamed heading, the header block.
fn block_pairs_anyway(o: &Profiled, n: &Profiled) -> bool {
    match (o.block, n.block) {
        (
            Block::Heading {
                level: l1,
                class: c1,
                ..
            },
            Block::Heading {
                level: l2,
                class: c2,
                ..
            },
        ) => l1 == l2 && c1 == c2,
        (Block::Table { rows: a, .. }, Block::Table { rows: b, .. }) => ncols(a) == ncols(b),
        (Block::BlockQuote { .. }, Block::BlockQuote { .. })
        | (Block::PageBreak, Block::PageBreak)
        | (Block::Section { .. }, Block::Section { .. }) => true,
        _ => false,
    }
}

/// Lists become plain paragraphs with their markers as literal text (as the
/// writer prints them) so that their items can be aligned one by one; done
/// only where a list differs (unchanged lists stay lists).
fn lower_lists(blocks: &[Block]) -> Vec<Block> {
    fn lower(b: &Block, marker: Option<&str>, out: &mut Vec<Block>) {
        match b {
            Block::List { start, items } => {
                for (i, item) in items.iter().enumerate() {
                    let m = tree::list_marker(*start, i);
                    if item.is_empty() {
                        out.push(Block::Paragraph {
                            runs: vec![Run::text(m.trim_end())],
                        });
                    }
                    for (k, blk) in item.iter().enumerate() {
                        let inner = match blk {
                            Block::List { .. } => None,
                            _ if k == 0 => Some(m.as_str()),
                            _ => None,
                        };
                        lower(blk, inner, out);
                    }
                }
            }
            Block::Paragraph { runs } => {
                let mut runs = runs.clone();
                if let Some(m) = marker.filter(|m| !m.is_empty()) {
                    runs.insert(0, Run::text(m));
                }
                out.push(Block::Paragraph { runs });
            }
            Block::BlockQuote { blocks } => out.push(Block::BlockQuote {
                blocks: lower_lists(blocks),
            }),
            other => out.push(other.clone()),
        }
    }
    let mut out = Vec::new();
    for b in blocks {
        lower(b, None, &mut out);
    }
    out
}

/// Aligns and merges two block lists: each merged block with its edits.
pub fn diff_blocks(old: &[Block], new: &[Block], st: &Stamp) -> Vec<(Block, Vec<Edit>)> {
    let ok: Vec<String> = old.iter().map(block_key).collect();
    let nk: Vec<String> = new.iter().map(block_key).collect();
    let mut out = Vec::new();
    for chunk in align::exact(&ok, &nk) {
        match chunk {
            align::Chunk::Equal(_, n) => out.extend(new[n].iter().map(|b| (b.clone(), Vec::new()))),
            align::Chunk::Hunk(o, n) => {
                let (o, n) = (lower_lists(&old[o]), lower_lists(&new[n]));
                let (po, pn) = (profiled(&o), profiled(&n));
                for p in align::pair(&po, &pn, block_similarity, block_pairs_anyway) {
                    match p {
                        Pair::Same(_, j) => out.push((n[j].clone(), Vec::new())),
                        Pair::Edited(i, j) => out.push(merge_block(&o[i], &n[j], st)),
                        Pair::Removed(i) => out.extend(removed_block(&o[i], st)),
                        Pair::Added(j) => out.push(added_block(&n[j], st)),
                    }
                }
            }
        }
    }
    out
}

fn marked(runs: &[Run], change: &Change) -> Vec<Run> {
    runs.iter()
        .cloned()
        .map(|r| r.with_change(change.clone()))
        .collect()
}

fn what(b: &Block) -> What {
    match b {
        Block::Heading { .. } => What::Heading,
        _ => What::Paragraph,
    }
}

fn edit(kind: EditKind, what: What, old: String, new: String, runs: Vec<Run>) -> Edit {
    Edit {
        kind,
        what,
        section: Vec::new(),
        old,
        new,
        runs,
    }
}

/// A block only in NEW: every run inserted.
fn added_block(b: &Block, st: &Stamp) -> (Block, Vec<Edit>) {
    whole_block(b, &st.change(ChangeKind::Ins), EditKind::Added)
}

/// A block only in OLD: every run deleted. A page or section break is
/// dropped.
fn removed_block(b: &Block, st: &Stamp) -> Option<(Block, Vec<Edit>)> {
    if matches!(b, Block::PageBreak | Block::Section { .. }) {
        return None;
    }
    Some(whole_block(
        b,
        &st.change(ChangeKind::Del),
        EditKind::Removed,
    ))
}

fn whole_block(b: &Block, change: &Change, kind: EditKind) -> (Block, Vec<Edit>) {
    let texts = |t: String| match kind {
        EditKind::Added => (String::new(), t),
        _ => (t, String::new()),
    };
    match b {
        Block::Heading { level, class, runs } => {
            let runs = marked(runs, change);
            let (o, n) = texts(block_text(b));
            let e = edit(kind, What::Heading, o, n, runs.clone());
            (
                Block::Heading {
                    level: *level,
                    class: class.clone(),
                    runs,
                },
                vec![e],
            )
        }
        Block::Paragraph { runs } => {
            let runs = marked(runs, change);
            let (o, n) = texts(block_text(b));
            let e = edit(kind, What::Paragraph, o, n, runs.clone());
            (Block::Paragraph { runs }, vec![e])
        }
        Block::Table {
            align,
            rows,
            widths,
        } => {
            let mut edits = Vec::new();
            let rows = rows
                .iter()
                .map(|r| {
                    let row = whole_row(r, change);
                    let (o, n) = texts(row_text(r));
                    edits.push(edit(kind, What::TableRow, o, n, row_runs(&row)));
                    row
                })
                .collect();
            (
                Block::Table {
                    align: align.clone(),
                    rows,
                    widths: widths.clone(),
                },
                edits,
            )
        }
        Block::BlockQuote { blocks } => {
            let mut edits = Vec::new();
            let blocks = lower_lists(blocks)
                .iter()
                .filter(|b| {
                    kind == EditKind::Added
                        || !matches!(b, Block::PageBreak | Block::Section { .. })
                })
                .map(|b| {
                    let (blk, e) = whole_block(b, change, kind);
                    edits.extend(e);
                    blk
                })
                .collect();
            (Block::BlockQuote { blocks }, edits)
        }
        Block::List { .. } => {
            // lists are lowered before they get here; keep this total
            let lowered = lower_lists(std::slice::from_ref(b));
            let (blk, e) = whole_block(&Block::BlockQuote { blocks: lowered }, change, kind);
            match blk {
                Block::BlockQuote { blocks } => (
                    Block::List {
                        start: None,
                        items: vec![blocks],
                    },
                    e,
                ),
                other => (other, e),
            }
        }
        Block::PageBreak => (Block::PageBreak, Vec::new()),
        Block::Section { landscape } => (
            Block::Section {
                landscape: *landscape,
            },
            Vec::new(),
        ),
    }
}

fn whole_row(r: &Row, change: &Change) -> Row {
    Row {
        cells: r
            .cells
            .iter()
            .map(|c| Cell {
                paragraphs: c.paragraphs.iter().map(|p| marked(p, change)).collect(),
                ..c.clone()
            })
            .collect(),
        header: r.header,
    }
}

fn row_text(r: &Row) -> String {
    r.cells
        .iter()
        .map(|c| {
            c.paragraphs
                .iter()
                .map(|p| accept_text(p))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" | ")
}

/// The runs of a merged row, cells separated by ` | `, for showing it.
fn row_runs(r: &Row) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    for c in &r.cells {
        let runs: Vec<Run> = c.paragraphs.iter().flatten().cloned().collect();
        if runs.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(Run::text(" | "));
        }
        out.extend(runs);
    }
    out
}

/// Two paired blocks merged.
fn merge_block(o: &Block, n: &Block, st: &Stamp) -> (Block, Vec<Edit>) {
    match (o, n) {
        (
            Block::Heading { runs: ro, .. },
            Block::Heading {
                level,
                class,
                runs: rn,
            },
        ) => {
            let runs = diff_runs(ro, rn, st);
            let e = edit(
                EditKind::Edited,
                what(n),
                accept_text(ro),
                accept_text(rn),
                runs.clone(),
            );
            (
                Block::Heading {
                    level: *level,
                    class: class.clone(),
                    runs,
                },
                vec![e],
            )
        }
        (Block::Paragraph { runs: ro }, Block::Paragraph { runs: rn }) => {
            let runs = diff_runs(ro, rn, st);
            let e = edit(
                EditKind::Edited,
                what(n),
                accept_text(ro),
                accept_text(rn),
                runs.clone(),
            );
            (Block::Paragraph { runs }, vec![e])
        }
        (
            Block::Table { rows: ro, .. },
            Block::Table {
                align,
                rows: rn,
                widths,
            },
        ) => {
            let (rows, edits) = diff_rows(ro, rn, st);
            (
                Block::Table {
                    align: align.clone(),
                    rows,
                    widths: widths.clone(),
                },
                edits,
            )
        }
        (Block::BlockQuote { blocks: bo }, Block::BlockQuote { blocks: bn }) => {
            let mut edits = Vec::new();
            let blocks = diff_blocks(bo, bn, st)
                .into_iter()
                .map(|(b, e)| {
                    edits.extend(e);
                    b
                })
                .collect();
            (Block::BlockQuote { blocks }, edits)
        }
        (_, Block::PageBreak) => (Block::PageBreak, Vec::new()),
        (_, Block::Section { landscape }) => (
            Block::Section {
                landscape: *landscape,
            },
            Vec::new(),
        ),
        // never paired (their similarity is None); keep the merge total
        _ => {
            let mut out = Vec::new();
            let mut edits = Vec::new();
            for (b, e) in removed_block(o, st)
                .into_iter()
                .chain(std::iter::once(added_block(n, st)))
            {
                out.push(b);
                edits.extend(e);
            }
            (Block::BlockQuote { blocks: out }, edits)
        }
    }
}

fn diff_rows(old: &[Row], new: &[Row], st: &Stamp) -> (Vec<Row>, Vec<Edit>) {
    let pairs = align::align(
        old,
        new,
        |r| format!("{r:?}"),
        |a, b| {
            (a.cells.len() == b.cells.len()).then(|| align::similarity(&row_text(a), &row_text(b)))
        },
        |a, b| a.cells.len() == b.cells.len(),
    );
    let mut rows = Vec::new();
    let mut edits = Vec::new();
    for p in pairs {
        match p {
            Pair::Same(_, j) => rows.push(new[j].clone()),
            Pair::Edited(i, j) => {
                let cells = old[i]
                    .cells
                    .iter()
                    .zip(&new[j].cells)
                    .map(|(co, cn)| Cell {
                        paragraphs: diff_paragraphs(&co.paragraphs, &cn.paragraphs, st),
                        ..cn.clone()
                    })
                    .collect();
                let row = Row {
                    cells,
                    header: new[j].header,
                };
                edits.push(edit(
                    EditKind::Edited,
                    What::TableRow,
                    row_text(&old[i]),
                    row_text(&new[j]),
                    row_runs(&row),
                ));
                rows.push(row);
            }
            Pair::Removed(i) => {
                let row = whole_row(&old[i], &st.change(ChangeKind::Del));
                edits.push(edit(
                    EditKind::Removed,
                    What::TableRow,
                    row_text(&old[i]),
                    String::new(),
                    row_runs(&row),
                ));
                rows.push(row);
            }
            Pair::Added(j) => {
                let row = whole_row(&new[j], &st.change(ChangeKind::Ins));
                edits.push(edit(
                    EditKind::Added,
                    What::TableRow,
                    String::new(),
                    row_text(&new[j]),
                    row_runs(&row),
                ));
                rows.push(row);
            }
        }
    }
    (rows, edits)
}

/// The paragraphs of two table cells, merged.
fn diff_paragraphs(old: &[Vec<Run>], new: &[Vec<Run>], st: &Stamp) -> Vec<Vec<Run>> {
    let pairs = align::align(
        old,
        new,
        |p| format!("{p:?}"),
        |a, b| Some(align::similarity(&accept_text(a), &accept_text(b))),
        |_, _| true,
    );
    pairs
        .into_iter()
        .map(|p| match p {
            Pair::Same(_, j) => new[j].clone(),
            Pair::Edited(i, j) => diff_runs(&old[i], &new[j], st),
            Pair::Removed(i) => marked(&old[i], &st.change(ChangeKind::Del)),
            Pair::Added(j) => marked(&new[j], &st.change(ChangeKind::Ins)),
        })
        .collect()
}

/// A token of a paragraph: text with its formatting, or a line break.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Tok {
    text: String,
    bold: bool,
    italic: bool,
    line_break: bool,
}

fn tokens(runs: &[Run]) -> Vec<Tok> {
    let mut out = Vec::new();
    for r in runs {
        if r.line_break {
            out.push(Tok {
                text: String::new(),
                bold: r.bold,
                italic: r.italic,
                line_break: true,
            });
            continue;
        }
        for t in align::tokenize(&r.text) {
            out.push(Tok {
                text: t.to_string(),
                bold: r.bold,
                italic: r.italic,
                line_break: false,
            });
        }
    }
    out
}

fn push_tok(out: &mut Vec<Run>, t: &Tok, change: Option<&Change>) {
    if t.line_break {
        out.push(Run {
            line_break: true,
            bold: t.bold,
            italic: t.italic,
            change: change.cloned(),
            ..Run::default()
        });
        return;
    }
    match out.last_mut() {
        Some(last)
            if !last.line_break
                && last.bold == t.bold
                && last.italic == t.italic
                && last.change.as_ref() == change =>
        {
            last.text.push_str(&t.text)
        }
        _ => out.push(Run {
            text: t.text.clone(),
            bold: t.bold,
            italic: t.italic,
            line_break: false,
            change: change.cloned(),
        }),
    }
}

/// The word-level difference of two paragraphs' runs: equal words as in
/// NEW, replaced words as deleted old words followed by inserted new ones.
/// A difference in bold or italic counts as a change of those words.
pub fn diff_runs(old: &[Run], new: &[Run], st: &Stamp) -> Vec<Run> {
    let (a, b) = (tokens(old), tokens(new));
    let (ins, del) = (st.change(ChangeKind::Ins), st.change(ChangeKind::Del));
    let mut out = Vec::new();
    for s in align::steps(&a, &b, |t| !t.line_break && t.text.trim().is_empty()) {
        match s {
            Step::Equal(_, n) => b[n].iter().for_each(|t| push_tok(&mut out, t, None)),
            Step::Change(o, n) => {
                a[o].iter().for_each(|t| push_tok(&mut out, t, Some(&del)));
                b[n].iter().for_each(|t| push_tok(&mut out, t, Some(&ins)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st() -> Stamp {
        Stamp {
            author: "Ban soạn thảo".into(),
            date: "2025-02-05T00:00:00Z".into(),
        }
    }

    #[test]
    fn a_changed_number_is_a_word_change() {
        let old = vec![Run::text("(4) Tổng đàn: 10.510 con.")];
        let new = vec![Run::text("(3) Tổng đàn: 10.600 con.")];
        let runs = diff_runs(&old, &new, &st());
        assert_eq!(accept_text(&runs), "(3) Tổng đàn: 10.600 con.");
        assert_eq!(reject_text(&runs), "(4) Tổng đàn: 10.510 con.");
        let del: Vec<&str> = runs
            .iter()
            .filter(|r| matches!(&r.change, Some(c) if c.kind == ChangeKind::Del))
            .map(|r| r.text.as_str())
            .collect();
        assert_eq!(del, vec!["4", "10.510"]);
    }

    #[test]
    fn formatting_is_kept_on_both_sides() {
        let old = vec![
            Run::text("1.1. Về:").bold().italic(),
            Run::text(" nội dung cũ"),
        ];
        let new = vec![
            Run::text("1.2. Về:").bold().italic(),
            Run::text(" nội dung mới"),
        ];
        let runs = diff_runs(&old, &new, &st());
        assert_eq!(accept_text(&runs), "1.2. Về: nội dung mới");
        assert_eq!(reject_text(&runs), "1.1. Về: nội dung cũ");
        assert!(runs
            .iter()
            .filter(|r| r.text.contains("1."))
            .all(|r| r.bold && r.italic));
    }

    #[test]
    fn added_and_removed_paragraphs_and_a_renamed_heading() {
        let old = tree::parse(
            "# Phần thứ nhất {.part}\n\n## A. CŨ {.chapter}\n\nmột hai ba\n\nbốn năm sáu\n",
        );
        let new = tree::parse(
            "# Phần thứ nhất {.part}\n\n## A. MỚI {.chapter}\n\nmột hai ba\n\nbảy tám chín mười\n",
        );
        let (doc, edits) = diff_documents(&old, &new, &st());
        let accepted: Vec<String> = doc
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading { runs, .. } | Block::Paragraph { runs } => Some(accept_text(runs)),
                _ => None,
            })
            .filter(|t| !t.is_empty())
            .collect();
        assert_eq!(accepted, new.paragraph_texts());
        let kinds: Vec<(EditKind, What)> = edits.iter().map(|e| (e.kind, e.what)).collect();
        assert_eq!(
            kinds,
            vec![
                (EditKind::Edited, What::Heading),
                (EditKind::Removed, What::Paragraph),
                (EditKind::Added, What::Paragraph)
            ]
        );
        assert_eq!(edits[0].section, vec!["Phần thứ nhất", "A. MỚI"]);
        assert_eq!(edits[2].section, vec!["Phần thứ nhất", "A. MỚI"]);
    }
}
