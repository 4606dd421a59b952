//! `appendices:` in report.yaml: the indicator tables (Phụ lục) that go to
//! the congress with the report. Which appendices there are, their titles,
//! columns and order are content; their rows and numbers are computed from
//! the figures and the numbered report ([`crate::appendix`]), never typed.

use indexmap::IndexMap;
use serde::{Deserialize, Deserializer};

/// One appendix: a title and a table computed from the figures.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AppendixSpec {
    /// The appendix's name for sentences: `{{ a.<id>.met }}` prints what its
    /// table counts (lower-case ASCII letters, digits and `_`).
    #[schemars(regex(pattern = r"^[a-z][a-z0-9_]*$"))]
    pub id: String,
    /// The title, printed in capitals under "Phụ lục số 01" (a template).
    pub title: String,
    /// The line under the title, without its parentheses (a template):
    /// `Kèm theo Báo cáo chính trị …`.
    #[serde(default)]
    pub note: Option<String>,
    /// `landscape` or `portrait`; left out: landscape when the table has
    /// more than five columns.
    #[serde(default)]
    pub orientation: Option<Orientation>,
    /// What the rows are: `figures` (the figures listed under `groups`, the
    /// default) or `targets` (the report's main targets (1)…(n), numbered
    /// and grouped as the report has them).
    #[serde(default)]
    pub rows: RowSource,
    /// The columns, left to right.
    pub columns: Vec<ColumnSpec>,
    /// With `rows: figures`: the groups of rows, each a group row with its
    /// title and a row for each figure.
    #[serde(default)]
    pub groups: Vec<GroupSpec>,
    /// With `rows: targets`: for a target's figure, the figure of what the
    /// term achieved (`thu_nhap_2030: thu_nhap_binh_quan`); the columns
    /// `current.<field>` show it. Targets without one leave those cells empty.
    #[serde(default, deserialize_with = "unique_map")]
    #[schemars(extend("propertyNames" = { "pattern": "^[a-z][a-z0-9_]*$" }))]
    pub current: IndexMap<String, String>,
    /// A total row after the last group: its label (`Tổng cộng`). The
    /// columns with `sum: true` are added up.
    #[serde(default)]
    pub total: Option<String>,
    /// The counts the report states about this table, as figures:
    /// `check` compares them with the table's when `complete` is true.
    #[serde(default)]
    pub summary: Option<SummarySpec>,
    /// The table lists every target the counts of `summary` count. While it
    /// does not (the draft does not list them all), the stated counts are
    /// printed as stated and not compared.
    #[serde(default)]
    pub complete: bool,
}

/// How an appendix's page is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Orientation {
    Portrait,
    Landscape,
}

/// Where an appendix's rows come from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RowSource {
    /// The figures listed under `groups`.
    #[default]
    Figures,
    /// The report's main targets, as the report numbers and groups them.
    Targets,
}

/// A column: what it shows (`value`, or a map with its title and more).
#[derive(Debug, Clone)]
pub enum ColumnSpec {
    /// What the column shows, with its default title.
    Show(String),
    /// What the column shows, its title and more.
    Full(ColumnFull),
}

/// A column written out.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ColumnFull {
    /// What each cell shows: `number` (STT), `label` (the indicator), `unit`,
    /// `verdict` (vượt / đạt / không đạt), a figure field (`value`,
    /// `target`, `pct_target`, `baseline`, `year`, …) or, with
    /// `rows: targets`, `current.<field>` (the field of the term's figure).
    pub show: String,
    /// The column's heading.
    #[serde(default)]
    pub title: Option<String>,
    /// The heading of a group of columns this one is under: columns side by
    /// side with the same `group` share one merged heading cell above their own.
    #[serde(default)]
    pub group: Option<String>,
    /// The column's share of the table's width, relative to the others'
    /// (default by what it shows: 5 for `number`, 30 for `label` …).
    #[serde(default)]
    pub width: Option<u32>,
    /// Decimals of its numbers (default: at most two, zeros dropped).
    #[serde(default)]
    pub decimals: Option<u32>,
    /// Add its numbers up in the total rows.
    #[serde(default)]
    pub sum: bool,
}

impl ColumnSpec {
    /// The column written out.
    pub fn full(&self) -> ColumnFull {
        match self {
            ColumnSpec::Show(s) => ColumnFull {
                show: s.clone(),
                title: None,
                group: None,
                width: None,
                decimals: None,
                sum: false,
            },
            ColumnSpec::Full(f) => f.clone(),
        }
    }
}

/// A group of rows: a group row with its title, then one row a figure.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupSpec {
    /// The group row's text (a template): `Chỉ tiêu về kinh tế`.
    pub title: String,
    /// The rows: a figure id, or a map with the figure and what to show of it.
    #[serde(default)]
    pub figures: Vec<RowSpec>,
    /// A total row after the group's rows: its label (`Cộng`). The columns
    /// with `sum: true` are added up.
    #[serde(default)]
    pub total: Option<String>,
}

/// A row of a group: a figure id, or the figure with what to show of it.
#[derive(Debug, Clone)]
pub enum RowSpec {
    /// The id of a figure: its label, unit, value against its target.
    Figure(String),
    /// The figure with what to show of it.
    Full(RowFull),
}

/// A row written out.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RowFull {
    /// The figure's id.
    pub figure: String,
    /// The indicator's name in the table (default: the figure's label).
    #[serde(default)]
    pub label: Option<String>,
    /// `value` (the value against `target`, the default) or `growth` (the
    /// average annual growth against `growth_target`, in %).
    #[serde(default)]
    pub measure: Measure,
}

impl RowSpec {
    pub fn figure(&self) -> &str {
        match self {
            RowSpec::Figure(id) => id,
            RowSpec::Full(f) => &f.figure,
        }
    }

    pub fn label(&self) -> Option<&str> {
        match self {
            RowSpec::Figure(_) => None,
            RowSpec::Full(f) => f.label.as_deref(),
        }
    }

    pub fn measure(&self) -> Measure {
        match self {
            RowSpec::Figure(_) => Measure::Value,
            RowSpec::Full(f) => f.measure,
        }
    }
}

/// What a row measures against what.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// The value against `target`.
    #[default]
    Value,
    /// The average annual growth against `growth_target`.
    Growth,
}

/// The counts the report states about an appendix's table, each the
/// figure that states it: `<id>` (its value) or `<id>.parts.<name>`.
#[derive(Debug, Clone, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SummarySpec {
    /// How many targets there are ("26 chỉ tiêu").
    #[serde(default)]
    pub total: Option<String>,
    /// How many were met or exceeded ("đạt 23/26").
    #[serde(default)]
    pub met: Option<String>,
    /// How many were exceeded ("trong đó 10 chỉ tiêu vượt").
    #[serde(default)]
    pub exceeded: Option<String>,
    /// How many were not met ("03 chỉ tiêu không đạt").
    #[serde(default)]
    pub not_met: Option<String>,
}

impl SummarySpec {
    /// (count, figure reference) of the counts given.
    pub fn refs(&self) -> Vec<(&'static str, &str)> {
        [
            ("total", &self.total),
            ("met", &self.met),
            ("exceeded", &self.exceeded),
            ("not_met", &self.not_met),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.as_deref().map(|v| (k, v)))
        .collect()
    }
}

/// A text or a map, deserialised by hand rather than `#[serde(untagged)]`,
/// which would hide a mistake inside the map (an unknown key, a wrong
/// type) behind "data did not match any variant".
macro_rules! text_or_map {
    ($ty:ident, $text:ident, $map:ident, $full:ty, $expecting:literal, $description:literal) => {
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> serde::de::Visitor<'de> for V {
                    type Value = $ty;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str($expecting)
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$ty, E> {
                        Ok($ty::$text(v.to_string()))
                    }
                    fn visit_map<A: serde::de::MapAccess<'de>>(
                        self,
                        map: A,
                    ) -> Result<$ty, A::Error> {
                        <$full>::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                            .map($ty::$map)
                    }
                }
                d.deserialize_any(V)
            }
        }

        impl schemars::JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($ty).into()
            }
            fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let full = g.subschema_for::<$full>();
                schemars::json_schema!({
                    "description": $description,
                    "anyOf": [{ "type": "string" }, full]
                })
            }
        }
    };
}

text_or_map!(
    ColumnSpec,
    Show,
    Full,
    ColumnFull,
    "a column: what it shows (`value`), or a map with `show`, `title`, `group`, `width`, `decimals`, `sum`",
    "A column: what it shows (`number`, `label`, `unit`, `verdict`, a figure field such as `value`, `target` or `pct_target`, or `current.<field>`), or a map with `show`, `title`, `group`, `width`, `decimals`, `sum`."
);
text_or_map!(
    RowSpec,
    Figure,
    Full,
    RowFull,
    "a figure id, or a map with `figure`, `label`, `measure`",
    "A row: the id of a figure, or a map with `figure`, `label`, `measure`."
);

fn unique_map<'de, D: Deserializer<'de>>(d: D) -> Result<IndexMap<String, String>, D::Error> {
    super::unique_map(d)
}
