//! Stage 3b — the appendices (Phụ lục): the indicator tables of
//! `report.yaml`'s `appendices:`, computed from the figures and the
//! numbered report, never typed. Each row is a figure (or a main target and
//! its figure); its cells are the figure's numbers as the report prints them
//! (the stated value where the draft states one), the percentage of the
//! target and the verdict (vượt / đạt / không đạt) derived from them, and
//! the table's counts ("đạt N/M chỉ tiêu, trong đó K chỉ tiêu vượt") are
//! counted from the rows. Sentences print those counts as `a.<id>.met`;
//! rendering lays the tables out ([`crate::render`], `templates/appendix.md`)
//! and [`check`] compares them with what the report states.

pub mod check;

use std::collections::HashSet;

use rust_decimal::Decimal;
use serde_json::{json, Value as Json};

use crate::content::appendix::{AppendixSpec, ColumnFull, Measure, Orientation, RowSource};
use crate::content::{Content, Verdict};
use crate::diag::{Diagnostic, Diagnostics, Span};
use crate::figures::{Figure, Figures};
use crate::numbered::{self, Lead, Text};
use crate::t;

/// An appendix, computed.
#[derive(Debug, Clone)]
pub struct Appendix {
    pub id: String,
    /// 1-based, in the order of `appendices:`.
    pub index: usize,
    /// `Phụ lục số 01`; `Phụ lục` when the report has only one.
    pub label: String,
    pub title: Text,
    pub note: Option<Text>,
    pub landscape: bool,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    pub counts: Counts,
    /// The table lists every target its stated counts count.
    pub complete: bool,
    /// The counts the report states about the table.
    pub stated: Vec<StatedCount>,
    /// The appendix in report.yaml.
    pub src: Span,
}

/// What a column shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Show {
    /// STT: the row's number.
    Number,
    /// The indicator.
    Label,
    Unit,
    /// Vượt / Đạt / Không đạt.
    Verdict,
    /// A numeric field of the row's figure.
    Field(String),
    /// A numeric field of the figure of what the term achieved (`current:`).
    Current(String),
}

/// How a column's cells are aligned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// A column, with its defaults filled in.
#[derive(Debug, Clone)]
pub struct Column {
    pub show: Show,
    pub title: String,
    /// The heading of the group of columns it is under.
    pub group: Option<String>,
    /// Its share of the table's width (relative).
    pub width: u32,
    pub decimals: Option<u32>,
    pub sum: bool,
    pub align: Align,
}

/// What a row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The title of a group of rows ("I. Chỉ tiêu về kinh tế").
    Group,
    /// An indicator.
    Item,
    /// A figure a target's sentence states besides its own ("trong đó …").
    Sub,
    /// A total of the rows above.
    Total,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Group => "group",
            Kind::Item => "item",
            Kind::Sub => "sub",
            Kind::Total => "total",
        }
    }
}

/// The text of a row's label.
#[derive(Debug, Clone)]
pub enum Label {
    /// Printed as it is (a figure's label).
    Plain(String),
    /// A template of the content, rendered with `f`, `doc` and `a`, and the
    /// fields of the figure (a target's sentence: `{{ value }}`).
    Template(Text, Option<String>),
}

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    /// The row's label (rendered with the report's sentences).
    Label,
    Text(String),
    Number(Decimal),
}

/// One row.
#[derive(Debug, Clone)]
pub struct Row {
    pub kind: Kind,
    /// What the STT column prints: `I`, `1`, `(3)`, or nothing.
    pub number: String,
    pub label: Label,
    /// The figure the row shows.
    pub figure: Option<String>,
    /// The figure of what the term achieved (`current:`).
    pub current: Option<String>,
    pub measure: Measure,
    /// One a column.
    pub cells: Vec<Cell>,
    /// The verdict the row prints: the draft's (`verdict:`) where it
    /// states one, else what the percentage of the target the row prints
    /// gives (the stated one where the draft states it).
    pub verdict: Option<Verdict>,
    /// What the row's value and target give, compared directly.
    pub computed_verdict: Option<Verdict>,
    /// What the row's columns need that its figure lacks: `target`,
    /// `unit`, `value`.
    pub missing: Vec<&'static str>,
    /// The row in report.yaml (or the target in its section file).
    pub src: Span,
}

/// What a table counts, over its indicator rows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub total: usize,
    /// Met or exceeded.
    pub met: usize,
    pub exceeded: usize,
    pub not_met: usize,
    /// Without a verdict (no target, no `verdict:`).
    pub unassessed: usize,
}

impl Counts {
    pub fn get(&self, name: &str) -> Option<usize> {
        Some(match name {
            "total" => self.total,
            "met" => self.met,
            "exceeded" => self.exceeded,
            "not_met" => self.not_met,
            "unassessed" => self.unassessed,
            _ => return None,
        })
    }
}

/// A count the report states about a table, and the figure that states it.
#[derive(Debug, Clone)]
pub struct StatedCount {
    /// `total`, `met`, `exceeded`, `not_met`.
    pub count: &'static str,
    pub figure: String,
    /// The part of the figure (`<id>.parts.<name>`), if it is one.
    pub part: Option<String>,
    pub value: Option<Decimal>,
    /// Where the reference is, in report.yaml.
    pub src: Span,
}

/// The words the verdict column prints.
pub fn verdict_word(v: Verdict) -> &'static str {
    match v {
        Verdict::Exceeded => "Vượt",
        Verdict::Met => "Đạt",
        Verdict::NotMet => "Không đạt",
    }
}

/// The verdict `value` against `target` gives.
pub fn verdict_of(value: Decimal, target: Decimal, lower_is_better: bool) -> Verdict {
    use std::cmp::Ordering::*;
    match (value.cmp(&target), lower_is_better) {
        (Equal, _) => Verdict::Met,
        (Greater, false) | (Less, true) => Verdict::Exceeded,
        _ => Verdict::NotMet,
    }
}

/// Whether the draft's verdict `stated` agrees with `computed` ("đạt" is
/// at least the target, so an exceeded target is also met).
pub fn verdict_agrees(stated: Verdict, computed: Verdict) -> bool {
    matches!(
        (stated, computed),
        (Verdict::Exceeded, Verdict::Exceeded)
            | (Verdict::Met, Verdict::Met | Verdict::Exceeded)
            | (Verdict::NotMet, Verdict::NotMet)
    )
}

/// The numeric fields a column may show of a figure, besides the derived ones.
const DIRECT_NUMBERS: &[&str] = &[
    "baseline",
    "baseline_year",
    "target",
    "of",
    "area",
    "yield",
    "growth_target",
    "years",
    "year",
    "count",
];

/// What a column may show, for messages and suggestions.
pub fn shows() -> Vec<String> {
    let mut v: Vec<String> = ["number", "label", "unit", "verdict"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    v.extend(crate::figures::derived().map(|k| k.to_string()));
    v.extend(DIRECT_NUMBERS.iter().map(|s| s.to_string()));
    v.extend(
        crate::figures::derived()
            .chain(DIRECT_NUMBERS.iter().copied())
            .map(|k| format!("current.{k}")),
    );
    v
}

fn is_number_field(name: &str) -> bool {
    crate::figures::derived().any(|k| k == name) || DIRECT_NUMBERS.contains(&name)
}

/// A numeric field of a figure, as templates print it.
pub fn figure_number(f: &Figure, field: &str) -> Option<Decimal> {
    let d = |n: Option<crate::content::Num>| n.map(|n| n.0);
    match field {
        "baseline" => d(f.spec.baseline),
        "baseline_year" => f.baseline_year.map(Decimal::from),
        "target" => d(f.spec.target),
        "of" => d(f.spec.of),
        "area" => d(f.spec.area),
        "yield" => d(f.spec.yield_),
        "growth_target" => d(f.spec.growth_target),
        "years" => d(f.spec.years),
        "year" => f.spec.year.map(Decimal::from),
        "count" => Some(Decimal::from(f.spec.items.len())),
        _ => f.shown(field),
    }
}

/// A row's numbers for what it measures: value, target and what derives
/// from them; for a growth row the growth rate against its target.
pub(crate) fn row_number(f: &Figure, measure: Measure, field: &str) -> Option<Decimal> {
    match (measure, field) {
        (Measure::Value, _) => figure_number(f, field),
        (Measure::Growth, "value") => f.shown("growth"),
        (Measure::Growth, "target") => d_num(f.spec.growth_target),
        (Measure::Growth, "over_target") => f.shown("growth_over_target"),
        (Measure::Growth, "pct_target") => {
            let (g, t) = (f.shown("growth")?, d_num(f.spec.growth_target)?);
            (!t.is_zero()).then(|| g * Decimal::ONE_HUNDRED / t)
        }
        (Measure::Growth, "over_target_pct") => {
            let (g, t) = (f.shown("growth")?, d_num(f.spec.growth_target)?);
            (!t.is_zero()).then(|| (g - t) * Decimal::ONE_HUNDRED / t)
        }
        (Measure::Growth, _) => figure_number(f, field),
    }
}

fn d_num(n: Option<crate::content::Num>) -> Option<Decimal> {
    n.map(|n| n.0)
}

/// A column's defaults by what it shows: title, width, alignment.
fn defaults(show: &Show) -> (&'static str, u32, Align) {
    match show {
        Show::Number => ("STT", 6, Align::Center),
        Show::Label => ("Chỉ tiêu", 34, Align::Left),
        Show::Unit => ("Đơn vị tính", 10, Align::Center),
        Show::Verdict => ("Đánh giá", 10, Align::Center),
        Show::Field(f) | Show::Current(f) => {
            let title = match (show, f.as_str()) {
                (Show::Current(_), "value") => "Thực hiện",
                (_, "value") => "Thực hiện",
                (_, "target") => "Mục tiêu",
                (_, "pct_target") => "So sánh với mục tiêu (%)",
                (_, "over_target") => "Vượt mục tiêu",
                (_, "over_target_pct") => "Vượt mục tiêu (%)",
                (_, "baseline") => "Năm gốc",
                (_, "change") => "Tăng, giảm",
                (_, "change_pct") => "Tăng, giảm (%)",
                (_, "pct_baseline") => "So với năm gốc (%)",
                (_, "growth") => "Tăng bình quân (%/năm)",
                (_, "year") => "Năm",
                _ => "",
            };
            (title, 11, Align::Right)
        }
    }
}

/// Reads the appendices of the content and computes their tables. A
/// problem of the content (an unknown figure, an unknown column) is an
/// error in `diags`, located in report.yaml.
pub fn build(
    content: &Content,
    figures: &Figures,
    report: &numbered::Report,
    diags: &mut Diagnostics,
) -> Vec<Appendix> {
    let specs = &content.report.appendices;
    let src = &content.report_src;
    let mut out = Vec::new();
    let mut ids: Vec<&str> = Vec::new();
    for (i, spec) in specs.iter().enumerate() {
        let at = format!("appendices[{i}]");
        if !crate::figures::is_ident(&spec.id) {
            diags.push(
                Diagnostic::error("bad-id", t!("appendix-bad-id", id = &spec.id))
                    .at_loc(src.loc(&format!("{at}.id")))
                    .expected(t!("appendix-bad-id-expected")),
            );
        } else if ids.contains(&spec.id.as_str()) {
            diags.push(
                Diagnostic::error("duplicate-id", t!("appendix-duplicate-id", id = &spec.id))
                    .at_loc(src.loc(&format!("{at}.id")))
                    .hint(t!("appendix-duplicate-id-hint")),
            );
        }
        ids.push(&spec.id);
        let label = if specs.len() > 1 {
            format!("Phụ lục số {:02}", i + 1)
        } else {
            "Phụ lục".to_string()
        };
        let b = Builder {
            content,
            figures,
            spec,
            at: &at,
        };
        let columns = b.columns(diags);
        let rows = match spec.rows {
            RowSource::Figures => b.figure_rows(&columns, diags),
            RowSource::Targets => b.target_rows(&columns, report, diags),
        };
        let counts = count(&rows);
        let stated = b.stated_counts(diags);
        let landscape = match spec.orientation {
            Some(Orientation::Landscape) => true,
            Some(Orientation::Portrait) => false,
            None => columns.len() > 5,
        };
        out.push(Appendix {
            id: spec.id.clone(),
            index: i + 1,
            label,
            title: Text {
                names: Default::default(),
                template: spec.title.clone(),
                src: Span::value(&src.path, format!("{at}.title")),
            },
            note: spec.note.as_ref().map(|n| Text {
                names: Default::default(),
                template: n.clone(),
                src: Span::value(&src.path, format!("{at}.note")),
            }),
            landscape,
            columns,
            rows,
            counts,
            complete: spec.complete,
            stated,
            src: Span::key(&src.path, at.clone()),
        });
    }
    out
}

fn count(rows: &[Row]) -> Counts {
    let mut c = Counts::default();
    for r in rows.iter().filter(|r| r.kind == Kind::Item) {
        c.total += 1;
        match r.verdict {
            Some(Verdict::Exceeded) => {
                c.exceeded += 1;
                c.met += 1;
            }
            Some(Verdict::Met) => c.met += 1,
            Some(Verdict::NotMet) => c.not_met += 1,
            None => c.unassessed += 1,
        }
    }
    c
}

/// The counts of every appendix as templates see them: `a.<id>.met`.
pub fn to_json(appendices: &[Appendix]) -> Json {
    Json::Object(
        appendices
            .iter()
            .map(|a| {
                let c = &a.counts;
                (
                    a.id.clone(),
                    json!({
                        "label": a.label,
                        "total": c.total,
                        "met": c.met,
                        "exceeded": c.exceeded,
                        "not_met": c.not_met,
                        "unassessed": c.unassessed,
                        "complete": a.complete,
                    }),
                )
            })
            .collect(),
    )
}

/// The fields of `a.<id>` (a test keeps them in step with [`to_json`]).
pub const COUNT_FIELDS: &[&str] = &[
    "complete",
    "exceeded",
    "label",
    "met",
    "not_met",
    "total",
    "unassessed",
];

struct Builder<'a> {
    content: &'a Content,
    figures: &'a Figures,
    spec: &'a AppendixSpec,
    /// `appendices[i]`.
    at: &'a str,
}

impl Builder<'_> {
    fn span(&self, path: &str) -> Span {
        Span::value(&self.content.report_src.path, format!("{}.{path}", self.at))
    }

    fn loc(&self, path: &str) -> Option<Span> {
        self.content.report_src.loc(&format!("{}.{path}", self.at))
    }

    fn unknown_figure(&self, id: &str, path: &str) -> Diagnostic {
        crate::figures::unknown_figure(id, self.loc(path), self.figures.by_id.keys())
    }

    fn columns(&self, diags: &mut Diagnostics) -> Vec<Column> {
        let mut out = Vec::new();
        for (i, c) in self.spec.columns.iter().enumerate() {
            let ColumnFull {
                show,
                title,
                group,
                width,
                decimals,
                sum,
            } = c.full();
            let parsed = match show.as_str() {
                "number" => Some(Show::Number),
                "label" => Some(Show::Label),
                "unit" => Some(Show::Unit),
                "verdict" => Some(Show::Verdict),
                s => match s.strip_prefix("current.") {
                    Some(f) if is_number_field(f) => Some(Show::Current(f.to_string())),
                    None if is_number_field(s) => Some(Show::Field(s.to_string())),
                    _ => None,
                },
            };
            let path = match c {
                crate::content::appendix::ColumnSpec::Show(_) => format!("columns[{i}]"),
                crate::content::appendix::ColumnSpec::Full(_) => format!("columns[{i}].show"),
            };
            let Some(parsed) = parsed else {
                let all = shows();
                let mut d = Diagnostic::error(
                    "unknown-column",
                    t!("appendix-unknown-column", show = &show),
                )
                .at_loc(self.loc(&path))
                .expected(t!(
                    "appendix-unknown-column-expected",
                    shows = all.join(", ")
                ));
                if let Some(n) = crate::diag::nearest(&show, all.iter().map(String::as_str)) {
                    d = d.hint(t!("appendix-did-you-mean", name = n));
                }
                diags.push(d);
                continue;
            };
            if matches!(parsed, Show::Current(_)) && self.spec.rows != RowSource::Targets {
                diags.push(
                    Diagnostic::error(
                        "unknown-column",
                        t!("appendix-current-needs-targets", show = &show),
                    )
                    .at_loc(self.loc(&path))
                    .hint(t!("appendix-current-needs-targets-hint")),
                );
                continue;
            }
            let (t, w, align) = defaults(&parsed);
            let t = if t.is_empty() { show.as_str() } else { t };
            out.push(Column {
                title: title.unwrap_or_else(|| t.to_string()),
                group,
                width: width.unwrap_or(w).max(1),
                decimals,
                sum,
                align,
                show: parsed,
            });
        }
        out
    }

    /// The cells of an indicator row of figure `f` (with the term's
    /// figure `current`), and what the row's columns need that it lacks.
    fn cells(
        &self,
        columns: &[Column],
        f: Option<&Figure>,
        current: Option<&Figure>,
        measure: Measure,
        number: &str,
        verdict: Option<Verdict>,
    ) -> (Vec<Cell>, Vec<&'static str>) {
        let mut missing = Vec::new();
        let mut need = |what: &'static str| {
            if !missing.contains(&what) {
                missing.push(what);
            }
        };
        let cells = columns
            .iter()
            .map(|c| match &c.show {
                Show::Number => Cell::Text(number.to_string()),
                Show::Label => Cell::Label,
                Show::Unit => {
                    let unit = match (f, measure) {
                        (Some(_), Measure::Growth) => Some("%/năm".to_string()),
                        (Some(f), Measure::Value) => f.spec.unit.clone(),
                        (None, _) => None,
                    };
                    match unit {
                        Some(u) => Cell::Text(u),
                        None => {
                            if f.is_some() {
                                need("unit");
                            }
                            Cell::Empty
                        }
                    }
                }
                Show::Verdict => match verdict {
                    Some(v) => Cell::Text(verdict_word(v).to_string()),
                    None => {
                        if f.is_some() {
                            need("target");
                        }
                        Cell::Empty
                    }
                },
                Show::Field(name) => match f.and_then(|f| row_number(f, measure, name)) {
                    Some(n) => Cell::Number(n),
                    None => {
                        if f.is_some() {
                            match name.as_str() {
                                "target" | "pct_target" | "over_target" | "over_target_pct" => {
                                    need("target")
                                }
                                "value" => need("value"),
                                _ => {}
                            }
                        }
                        Cell::Empty
                    }
                },
                // where the content has it: an empty cell is no gap
                Show::Current(name) => current
                    .and_then(|c| figure_number(c, name))
                    .map(Cell::Number)
                    .unwrap_or(Cell::Empty),
            })
            .collect();
        (cells, missing)
    }

    /// The row of figure `id`.
    #[allow(clippy::too_many_arguments)]
    fn figure_row(
        &self,
        columns: &[Column],
        kind: Kind,
        number: String,
        id: &str,
        label: Option<Label>,
        measure: Measure,
        src: Span,
    ) -> Row {
        let f = self.figures.get(id);
        let current_id = self.spec.current.get(id).cloned();
        let current = current_id.as_deref().and_then(|c| self.figures.get(c));
        let computed_verdict = f.and_then(|f| {
            let v = row_number(f, measure, "value")?;
            let t = row_number(f, measure, "target")?;
            Some(verdict_of(v, t, f.spec.lower_is_better))
        });
        let stated = match measure {
            Measure::Value => f.and_then(|f| f.spec.verdict),
            Measure::Growth => None,
        };
        // as the report words it: the draft's verdict, else what the
        // percentage the report prints gives
        let from_pct = f.and_then(|f| {
            let p = row_number(f, measure, "pct_target")?;
            Some(verdict_of(p, Decimal::ONE_HUNDRED, f.spec.lower_is_better))
        });
        let verdict = stated.or(from_pct).or(computed_verdict);
        let (cells, missing) = self.cells(columns, f, current, measure, &number, verdict);
        let label = label.unwrap_or_else(|| {
            Label::Plain(match (f, measure) {
                (Some(f), Measure::Value) => f.spec.label.clone(),
                (Some(f), Measure::Growth) => {
                    format!("{} (tốc độ tăng bình quân hàng năm)", f.spec.label)
                }
                (None, _) => String::new(),
            })
        });
        Row {
            kind,
            number,
            label,
            figure: f.map(|f| f.id.clone()),
            current: current_id,
            measure,
            cells,
            verdict,
            computed_verdict,
            missing,
            src,
        }
    }

    /// A row with only its number and label (a group row, a target without
    /// a figure of its own).
    fn plain_row(
        &self,
        columns: &[Column],
        kind: Kind,
        number: String,
        label: Label,
        src: Span,
    ) -> Row {
        let cells = columns
            .iter()
            .map(|c| match c.show {
                Show::Number => Cell::Text(number.clone()),
                Show::Label => Cell::Label,
                _ => Cell::Empty,
            })
            .collect();
        Row {
            kind,
            number,
            label,
            figure: None,
            current: None,
            measure: Measure::Value,
            cells,
            verdict: None,
            computed_verdict: None,
            missing: Vec::new(),
            src,
        }
    }

    /// A total row: the `sum: true` columns added up over `rows`.
    fn total_row(&self, columns: &[Column], rows: &[Row], label: &str, src: Span) -> Row {
        let mut row = self.plain_row(
            columns,
            Kind::Total,
            String::new(),
            Label::Plain(label.to_string()),
            src,
        );
        for (ci, c) in columns.iter().enumerate() {
            if !c.sum {
                continue;
            }
            let mut sum = Decimal::ZERO;
            let mut any = false;
            for r in rows.iter().filter(|r| r.kind == Kind::Item) {
                if let Cell::Number(n) = r.cells[ci] {
                    sum += n;
                    any = true;
                }
            }
            if any {
                row.cells[ci] = Cell::Number(sum);
            }
        }
        row
    }

    fn figure_rows(&self, columns: &[Column], diags: &mut Diagnostics) -> Vec<Row> {
        let mut rows = Vec::new();
        let mut n = 0;
        for (gi, g) in self.spec.groups.iter().enumerate() {
            let gat = format!("groups[{gi}]");
            rows.push(self.plain_row(
                columns,
                Kind::Group,
                crate::format::roman(gi as u32 + 1).unwrap_or_default(),
                Label::Template(
                    Text {
                        names: Default::default(),
                        template: g.title.clone(),
                        src: self.span(&format!("{gat}.title")),
                    },
                    None,
                ),
                self.span(&gat),
            ));
            let first = rows.len();
            for (ri, r) in g.figures.iter().enumerate() {
                let path = match r {
                    crate::content::appendix::RowSpec::Figure(_) => format!("{gat}.figures[{ri}]"),
                    crate::content::appendix::RowSpec::Full(_) => {
                        format!("{gat}.figures[{ri}].figure")
                    }
                };
                if self.figures.get(r.figure()).is_none() {
                    diags.push(self.unknown_figure(r.figure(), &path));
                    continue;
                }
                n += 1;
                let label = r.label().map(|l| Label::Plain(l.to_string()));
                rows.push(self.figure_row(
                    columns,
                    Kind::Item,
                    n.to_string(),
                    r.figure(),
                    label,
                    r.measure(),
                    self.span(&path),
                ));
            }
            if let Some(total) = &g.total {
                let row = self.total_row(
                    columns,
                    &rows[first..],
                    total,
                    self.span(&format!("{gat}.total")),
                );
                rows.push(row);
            }
        }
        if !self.spec.groups.is_empty() {
            self.check_current_ids(diags);
        }
        if let Some(total) = &self.spec.total {
            let row = self.total_row(columns, &rows, total, self.span("total"));
            rows.push(row);
        }
        rows
    }

    fn check_current_ids(&self, diags: &mut Diagnostics) {
        for (k, v) in &self.spec.current {
            if self.figures.get(k).is_none() {
                diags.push(crate::figures::unknown_figure(
                    k,
                    self.content
                        .report_src
                        .key_loc(&format!("{}.current.{k}", self.at)),
                    self.figures.by_id.keys(),
                ));
            }
            if self.figures.get(v).is_none() {
                diags.push(self.unknown_figure(v, &format!("current.{k}")));
            }
        }
    }

    fn target_rows(
        &self,
        columns: &[Column],
        report: &numbered::Report,
        diags: &mut Diagnostics,
    ) -> Vec<Row> {
        if !self.spec.groups.is_empty() {
            diags.push(
                Diagnostic::warning("unused-groups", t!("appendix-groups-unused"))
                    .at_loc(
                        self.content
                            .report_src
                            .key_loc(&format!("{}.groups", self.at)),
                    )
                    .hint(t!("appendix-groups-unused-hint")),
            );
        }
        self.check_current_ids(diags);
        let mut rows = Vec::new();
        let mut shown: HashSet<String> = HashSet::new();
        for item in report.items() {
            if item.targets.is_empty() {
                continue;
            }
            if let Lead::Heading(h) | Lead::RunIn(h, _) = &item.lead {
                rows.push(self.plain_row(
                    columns,
                    Kind::Group,
                    item.number.clone(),
                    Label::Template(h.clone(), None),
                    item.src.clone(),
                ));
            }
            for t in &item.targets {
                let number = format!("({})", t.number);
                let own = t
                    .figure
                    .as_deref()
                    .filter(|id| self.figures.get(id).is_some());
                match own {
                    // a target restating an earlier target's figure shows its
                    // own sentence, and the figures it adds
                    Some(id) if !shown.contains(id) => {
                        shown.insert(id.to_string());
                        rows.push(self.figure_row(
                            columns,
                            Kind::Item,
                            number,
                            id,
                            None,
                            Measure::Value,
                            t.src.clone(),
                        ));
                    }
                    _ => rows.push(self.plain_row(
                        columns,
                        Kind::Item,
                        number,
                        Label::Template(t.text.clone(), t.figure.clone()),
                        t.src.clone(),
                    )),
                }
                let texts = std::iter::once(&t.text).chain(t.lines.iter());
                for id in figure_refs(texts.map(|x| (x.template.as_str(), &x.names))) {
                    if Some(id.as_str()) == t.figure.as_deref() || shown.contains(&id) {
                        continue;
                    }
                    let Some(f) = self.figures.get(&id) else {
                        continue;
                    };
                    shown.insert(id.clone());
                    rows.push(self.figure_row(
                        columns,
                        Kind::Sub,
                        String::new(),
                        &id,
                        Some(Label::Plain(format!("- {}", f.spec.label))),
                        Measure::Value,
                        t.src.clone(),
                    ));
                }
            }
        }
        if let Some(total) = &self.spec.total {
            let row = self.total_row(columns, &rows, total, self.span("total"));
            rows.push(row);
        }
        rows
    }

    fn stated_counts(&self, diags: &mut Diagnostics) -> Vec<StatedCount> {
        let Some(s) = &self.spec.summary else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (count, reference) in s.refs() {
            let path = format!("summary.{count}");
            let (id, part) = match reference.split_once(".parts.") {
                Some((id, part)) => (id, Some(part.to_string())),
                None => (reference, None),
            };
            let Some(f) = self.figures.get(id) else {
                diags.push(self.unknown_figure(id, &path));
                continue;
            };
            let value = match &part {
                Some(p) => match f.parts.get(p) {
                    Some(v) => Some(*v),
                    None => {
                        let names: Vec<&str> = f.parts.keys().map(String::as_str).collect();
                        diags.push(
                            Diagnostic::error(
                                "unknown-part",
                                t!("appendix-unknown-part", figure = id, part = p),
                            )
                            .at_loc(self.loc(&path))
                            .expected(t!(
                                "appendix-unknown-part-expected",
                                parts = names.join(", ")
                            )),
                        );
                        continue;
                    }
                },
                None => f.shown("value"),
            };
            out.push(StatedCount {
                count,
                figure: id.to_string(),
                part,
                value,
                src: self.span(&path),
            });
        }
        out
    }
}

/// The figure ids the templates `texts` print, in order, once each: as
/// `f.<id>`, or by a short name their paragraph binds (`with:`).
pub fn figure_refs<'a>(
    texts: impl Iterator<Item = (&'a str, &'a crate::numbered::Names)>,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let ident = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_';
    for (t, names) in texts {
        let b = t.as_bytes();
        let mut i = 0;
        while i < t.len() {
            let Some(c) = t[i..].chars().next() else {
                break;
            };
            let before = i.checked_sub(1).map(|k| b[k]);
            let starts = ident(c)
                && !before.is_some_and(|p| p.is_ascii_alphanumeric() || p == b'_' || p == b'.');
            if !starts {
                i += c.len_utf8();
                continue;
            }
            let word: String = t[i..].chars().take_while(|c| ident(*c)).collect();
            i += word.len();
            let id = if word == "f" && t[i..].starts_with('.') {
                let id: String = t[i + 1..].chars().take_while(|c| ident(*c)).collect();
                i += 1 + id.len();
                Some(id)
            } else {
                names.id_of(&word).map(str::to_string)
            };
            if let Some(id) = id.filter(|id| !id.is_empty()) {
                if !out.contains(&id) {
                    out.push(id);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figure_references_in_order_once() {
        let none = crate::numbered::Names::default();
        let with = crate::numbered::Names {
            figure: None,
            with: vec![("sll30".into(), "san_luong_lua_2030".into())],
        };
        let refs = figure_refs(
            [
                (
                    "{{ f.a_1.value }} và {{ f.b.area | num }}, {{ f.a_1.unit }}",
                    &none,
                ),
                ("{{ value }} {{ elf.x }} {{f.c}}", &none),
                ("{{ sll30.area | num }} ha, {{ sll30 | qty }}", &with),
            ]
            .into_iter(),
        );
        assert_eq!(refs, vec!["a_1", "b", "c", "san_luong_lua_2030"]);
    }

    #[test]
    fn verdicts_from_numbers() {
        let d = |n: i64| Decimal::from(n);
        assert_eq!(verdict_of(d(5), d(4), false), Verdict::Exceeded);
        assert_eq!(verdict_of(d(4), d(4), false), Verdict::Met);
        assert_eq!(verdict_of(d(3), d(4), false), Verdict::NotMet);
        assert_eq!(verdict_of(d(3), d(4), true), Verdict::Exceeded);
        assert!(verdict_agrees(Verdict::Met, Verdict::Exceeded));
        assert!(!verdict_agrees(Verdict::Exceeded, Verdict::Met));
        assert!(!verdict_agrees(Verdict::NotMet, Verdict::Met));
    }

    #[test]
    fn every_column_a_table_may_show_has_a_default_width() {
        for s in shows() {
            let show = match s.as_str() {
                "number" => Show::Number,
                "label" => Show::Label,
                "unit" => Show::Unit,
                "verdict" => Show::Verdict,
                x => match x.strip_prefix("current.") {
                    Some(f) => Show::Current(f.to_string()),
                    None => Show::Field(x.to_string()),
                },
            };
            let (_, w, _) = defaults(&show);
            assert!(w > 0, "{s}");
        }
    }
}
