//! The appendices laid out as Markdown: each through `appendix.md` (or its
//! own `appendices/<id>.md`), after the report. Their labels are rendered
//! like the report's sentences; their numbers are formatted the Vietnamese
//! way here, so the table and the sentences print a figure alike.

use serde::Serialize;

use super::{finish_text, Renderer, Templates};
use crate::appendix::{Align, Appendix, Cell, Label};
use crate::diag::Diagnostics;
use crate::format;

/// An appendix as its layout template sees it (`a`).
#[derive(Debug, Clone, Serialize)]
pub struct AppendixView {
    pub id: String,
    pub index: usize,
    /// `Phụ lục số 01`.
    pub label: String,
    pub title: String,
    /// The line under the title, without its parentheses.
    pub note: Option<String>,
    /// `landscape` or `portrait`.
    pub orientation: &'static str,
    /// The columns' shares of the table's width.
    pub widths: Vec<u32>,
    /// The heading of each column; a column under a group of columns is
    /// `group › title` (docs/markdown.md).
    pub header: Vec<String>,
    /// The delimiter row's cell of each column: `:---:`, `:---`, `---:`.
    pub rules: Vec<String>,
    pub rows: Vec<RowView>,
    pub total: usize,
    pub met: usize,
    pub exceeded: usize,
    pub not_met: usize,
    pub complete: bool,
}

/// A row: `group`, `item`, `sub` or `total`, and its cells (escaped).
#[derive(Debug, Clone, Serialize)]
pub struct RowView {
    pub kind: &'static str,
    pub cells: Vec<String>,
}

/// The separator of a column's group heading and its own in a header cell.
pub const GROUP_SEPARATOR: &str = " › ";

impl Renderer<'_> {
    fn label(&mut self, label: &Label) -> String {
        match label {
            Label::Plain(s) => finish_text(s),
            Label::Template(t, _) => {
                // a sentence as a name (its figure bound as in the report):
                // without its closing colon or stop, and without its
                // provenance (the sentence's paragraph has it)
                let s = crate::provenance::strip(&self.text(t));
                s.trim_end_matches([':', '.', ' ']).to_string()
            }
        }
    }

    /// The view of an appendix: its texts rendered, its numbers formatted.
    pub(super) fn appendix(&mut self, a: &Appendix) -> AppendixView {
        let title = self.text(&a.title);
        let note = a.note.as_ref().map(|n| self.text(n));
        let header = a
            .columns
            .iter()
            .map(|c| {
                let own = finish_text(&c.title);
                match &c.group {
                    Some(g) => format!("{}{GROUP_SEPARATOR}{own}", finish_text(g)),
                    None => own,
                }
            })
            .collect();
        let rules = a
            .columns
            .iter()
            .map(|c| {
                match c.align {
                    Align::Left => ":---",
                    Align::Center => ":---:",
                    Align::Right => "---:",
                }
                .to_string()
            })
            .collect();
        let mut rows = Vec::new();
        for r in &a.rows {
            let label = self.label(&r.label);
            let cells = r
                .cells
                .iter()
                .zip(&a.columns)
                .map(|(cell, c)| match cell {
                    Cell::Empty => String::new(),
                    Cell::Label => label.clone(),
                    Cell::Text(s) => finish_text(s),
                    Cell::Number(n) => format::number(*n, c.decimals),
                })
                .collect();
            rows.push(RowView {
                kind: r.kind.name(),
                cells,
            });
        }
        let c = &a.counts;
        AppendixView {
            id: a.id.clone(),
            index: a.index,
            label: a.label.clone(),
            title,
            note,
            orientation: if a.landscape { "landscape" } else { "portrait" },
            widths: a.columns.iter().map(|c| c.width).collect(),
            header,
            rules,
            rows,
            total: c.total,
            met: c.met,
            exceeded: c.exceeded,
            not_met: c.not_met,
            complete: a.complete,
        }
    }
}

/// The Markdown of the appendices, each through its template.
pub(super) fn markdown(
    views: &[AppendixView],
    doc: &serde_json::Value,
    templates: &Templates,
    diags: &mut Diagnostics,
) -> String {
    let mut out = String::new();
    for a in views {
        let own = format!("appendices/{}.md", a.id);
        let tpl = if templates.has(&own) {
            own.as_str()
        } else {
            "appendix.md"
        };
        let mut ctx = tera::Context::new();
        ctx.insert("a", a);
        ctx.insert("doc", doc);
        out.push_str("\n\n");
        out.push_str(&templates.render(tpl, &ctx, diags));
    }
    out
}
