//! A data table (any pipe table but the header block): single borders,
//! the columns' widths from the Markdown's `<!-- table: widths=… -->` line
//! (else equal), heading rows bold and centred, repeated on every page the
//! table runs onto (`w:tblHeader`), merged heading cells (`w:gridSpan`,
//! `w:vMerge`), the other rows aligned as their column says (numbers to
//! the right) and never split across two pages.

use docx_rs::{
    AlignmentType, BorderType, HeightRule, Paragraph, Table, TableBorder, TableBorderPosition,
    TableBorders, TableCell, TableLayoutType, TableRow, VAlignType, VMergeType, WidthType,
};

use super::tree::{self, Align, Merge};
use super::writer::{mark_row, paragraph_with_runs, style_id, RunFormat};

/// Border weight, in eighths of a point (½ pt).
const BORDER_EIGHTHS: usize = 4;

/// The grid: `total` twips shared by `ncols` columns in proportion to
/// `widths` (equal shares when they do not name every column).
pub fn grid(total: usize, ncols: usize, widths: &[u32]) -> Vec<usize> {
    let ncols = ncols.max(1);
    if widths.len() != ncols {
        return vec![total / ncols; ncols];
    }
    let sum: u64 = widths.iter().map(|w| *w as u64).sum::<u64>().max(1);
    let mut out: Vec<usize> = widths
        .iter()
        .map(|w| (total as u64 * *w as u64 / sum) as usize)
        .collect();
    // what rounding left goes to the widest column
    let left = total.saturating_sub(out.iter().sum());
    if let Some(i) = (0..ncols).max_by_key(|i| (widths[*i], usize::MAX - i)) {
        out[i] += left;
    }
    out
}

fn borders() -> TableBorders {
    let b = |p| {
        TableBorder::new(p)
            .border_type(BorderType::Single)
            .size(BORDER_EIGHTHS)
            .color("auto")
    };
    TableBorders::with_empty()
        .set(b(TableBorderPosition::Top))
        .set(b(TableBorderPosition::Left))
        .set(b(TableBorderPosition::Bottom))
        .set(b(TableBorderPosition::Right))
        .set(b(TableBorderPosition::InsideH))
        .set(b(TableBorderPosition::InsideV))
}

/// The table, `total` twips wide.
pub fn data_table(total: usize, aligns: &[Align], rows: &[tree::Row], widths: &[u32]) -> Table {
    let ncols = rows
        .iter()
        .map(|r| r.cells.iter().map(tree::Cell::columns).sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(1);
    let grid = grid(total, ncols, widths);
    let mut trs = Vec::new();
    for row in rows {
        let mut tcs = Vec::new();
        let mut col = 0;
        for cell in &row.cells {
            let span = cell.columns().min(ncols.saturating_sub(col)).max(1);
            let w: usize = grid[col.min(ncols - 1)..(col + span).min(ncols)]
                .iter()
                .sum();
            tcs.push(cell_of(cell, row.header, aligns.get(col).copied(), w, span));
            col += span;
        }
        // a row shorter than the grid: empty cells to its end
        while col < ncols {
            tcs.push(cell_of(
                &tree::Cell::default(),
                row.header,
                None,
                grid[col],
                1,
            ));
            col += 1;
        }
        let mut tr = TableRow::new(tcs).cant_split();
        if row.header {
            // the fix pass's mark for `w:tblHeader` (docx-rs has none)
            tr = tr.row_height(0.0).height_rule(HeightRule::Auto);
        }
        trs.push(mark_row(tr, row));
    }
    Table::new(trs)
        .set_borders(borders())
        .set_grid(grid.clone())
        .width(grid.iter().sum(), WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
}

fn cell_of(
    cell: &tree::Cell,
    header: bool,
    align: Option<Align>,
    w: usize,
    span: usize,
) -> TableCell {
    let jc = match (header, align.unwrap_or_default()) {
        (true, _) | (false, Align::Center) => AlignmentType::Center,
        (false, Align::Right) => AlignmentType::Right,
        _ => AlignmentType::Left,
    };
    let f = RunFormat {
        bold: header,
        ..RunFormat::default()
    };
    let mut tc = TableCell::new().width(w, WidthType::Dxa);
    if span > 1 {
        tc = tc.grid_span(span);
    }
    match cell.merge {
        Merge::Restart => tc = tc.vertical_merge(VMergeType::Restart),
        Merge::Continue => tc = tc.vertical_merge(VMergeType::Continue),
        Merge::None => {}
    }
    if header {
        tc = tc.vertical_align(VAlignType::Center);
    }
    let paragraphs: Vec<&Vec<tree::Run>> = cell.paragraphs.iter().collect();
    if paragraphs.is_empty() {
        return tc.add_paragraph(Paragraph::new().style(style_id::TABLE_TEXT).align(jc));
    }
    for runs in paragraphs {
        let para = Paragraph::new().style(style_id::TABLE_TEXT).align(jc);
        tc = tc.add_paragraph(paragraph_with_runs(para, runs, &f));
    }
    tc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grid_shares_the_width_in_proportion() {
        assert_eq!(grid(1000, 2, &[1, 3]), vec![250, 750]);
        assert_eq!(grid(1000, 3, &[]), vec![333, 333, 333]);
        // the rounding's remainder to the widest column
        let g = grid(1001, 3, &[1, 1, 2]);
        assert_eq!(g.iter().sum::<usize>(), 1001);
        assert_eq!(g, vec![250, 250, 501]);
        // widths that do not name every column: equal
        assert_eq!(grid(900, 3, &[1, 2]), vec![300, 300, 300]);
    }
}
