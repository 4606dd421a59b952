//! Stage 2 — figures: every structured figure of the content with what can
//! be derived from it (percent of target, change against the baseline,
//! totals of parts, area × yield, average annual growth). The derived values
//! are what templates print; `check` compares them with what the draft states.

use std::collections::BTreeMap;

use indexmap::IndexMap;
use rust_decimal::prelude::*;

use serde_json::{json, Value as Json};

use crate::content::{Content, FigureSpec, Num, PartValue, Source};
use crate::diag::{Diagnostic, Diagnostics, Span};
use crate::format;

/// A field of a figure: a key a section file may write under
/// `figures.<id>:`, a field templates print as `f.<id>.<name>`, or both.
///
/// [`FIELDS`] declares them all, once. From it come the keys of the
/// template's view of a figure ([`Figure::to_json`]), the field names the
/// diagnostics suggest from ([`template_fields`], [`field_needs`]), the keys
/// `stated:` takes ([`derived`], and its JSON Schema), `check`'s formulas
/// ([`formula`]) and the tables of docs/content.md ([`docs_keys`],
/// [`docs_derived`], [`docs_direct`]). The keys are the fields of [`FigureSpec`],
/// which serde needs as a struct: a test keeps the two in step, and others
/// the computed values of [`Figures::resolve`] and the docs.
pub struct Field {
    pub name: &'static str,
    /// What the key means under `figures.<id>:`; `None` for a field only
    /// templates see.
    pub key: Option<&'static str>,
    /// What templates see as `f.<id>.<name>`.
    pub shown: Shown,
    /// What a figure needs to have the field in templates, for the hint of
    /// an `unknown-field` diagnostic; `None` when every figure has it.
    pub needs: Option<&'static str>,
}

/// How templates see a field.
#[derive(Clone, Copy)]
pub enum Shown {
    /// Not at all: the key is for baocao (`check`, the computations).
    Hidden,
    /// As `get` gives it from the figure; `what` says what it is.
    Direct {
        what: &'static str,
        get: fn(&Figure) -> Option<Json>,
    },
    /// Derived from other keys, as `how` says (the docs, `stated:`'s
    /// schema, `check`'s expected); the value the draft states under
    /// `stated:`, where it states one, is what templates print. `formula`
    /// writes the computation with a figure's numbers, for `check`'s
    /// messages.
    Derived {
        how: &'static str,
        formula: fn(&Figure) -> String,
    },
}

/// A number as `check`'s formulas write it; `?` when the figure lacks it.
fn n(d: Option<Decimal>) -> String {
    d.map(|x| format::number(x, Some(x.scale().min(4))))
        .unwrap_or_else(|| "?".into())
}

fn num(x: Option<Num>) -> Option<Decimal> {
    x.map(|x| x.0)
}

/// The value, the baseline and the target as formulas write them.
fn v(f: &Figure) -> String {
    n(f.shown("value"))
}
fn b(f: &Figure) -> String {
    n(num(f.spec.baseline))
}
fn t(f: &Figure) -> String {
    n(num(f.spec.target))
}

/// `a + b + c` of the parts; `or` for a figure without parts.
fn parts_sum(f: &Figure, or: &str) -> String {
    if f.parts.is_empty() {
        return or.to_string();
    }
    f.parts
        .values()
        .map(|p| n(Some(*p)))
        .collect::<Vec<_>>()
        .join(" + ")
}

fn dec(x: Option<Num>) -> Option<Json> {
    x.map(|x| dec_json(x.0))
}

/// Every field of a figure, in the order diagnostics suggest them (the
/// derived ones first) and the docs list them.
pub const FIELDS: &[Field] = &[
    Field {
        name: "value",
        key: Some("the figure; may be left out when `parts`, `area`×`yield` or `items` give it"),
        shown: Shown::Derived {
            how: "the value (or the sum of `parts`, or area × yield)",
            formula: |f| parts_sum(f, "value"),
        },
        needs: Some("`value:` (or `parts:`, or `area:` and `yield:`)"),
    },
    Field {
        name: "change",
        key: None,
        shown: Shown::Derived {
            how: "value − baseline",
            formula: |f| format!("{} − {}", v(f), b(f)),
        },
        needs: Some("`baseline:`"),
    },
    Field {
        name: "change_pct",
        key: None,
        shown: Shown::Derived {
            how: "(value − baseline) ÷ baseline × 100",
            formula: |f| format!("({} − {b}) ÷ {b} × 100", v(f), b = b(f)),
        },
        needs: Some("`baseline:`"),
    },
    Field {
        name: "pct_baseline",
        key: None,
        shown: Shown::Derived {
            how: "value ÷ baseline × 100 (“bằng X% so với năm 2020”)",
            formula: |f| format!("{} ÷ {} × 100", v(f), b(f)),
        },
        needs: Some("`baseline:`"),
    },
    Field {
        name: "pct_target",
        key: None,
        shown: Shown::Derived {
            how: "value ÷ target × 100 (“đạt X% mục tiêu”)",
            formula: |f| format!("{} ÷ {} × 100", v(f), t(f)),
        },
        needs: Some("`target:`"),
    },
    Field {
        name: "over_target",
        key: None,
        shown: Shown::Derived {
            how: "value − target",
            formula: |f| format!("{} − {}", v(f), t(f)),
        },
        needs: Some("`target:`"),
    },
    Field {
        name: "over_target_pct",
        key: None,
        shown: Shown::Derived {
            how: "(value − target) ÷ target × 100 (“vượt X%”)",
            formula: |f| format!("({} − {t}) ÷ {t} × 100", v(f), t = t(f)),
        },
        needs: Some("`target:`"),
    },
    Field {
        name: "pct_of",
        key: None,
        shown: Shown::Derived {
            how: "value ÷ of × 100 (“11/16, tỷ lệ 68,8%”)",
            formula: |f| format!("{} ÷ {} × 100", v(f), n(num(f.spec.of))),
        },
        needs: Some("`of:`"),
    },
    Field {
        name: "growth",
        key: None,
        shown: Shown::Derived {
            how: "average annual growth from baseline to value, in % a year",
            formula: |f| {
                format!(
                    "average annual growth from {} ({}) to {} ({})",
                    b(f),
                    f.baseline_year.map(|y| y.to_string()).unwrap_or_default(),
                    v(f),
                    f.spec.year.map(|y| y.to_string()).unwrap_or_default()
                )
            },
        },
        needs: Some("`baseline:` and `year:`"),
    },
    Field {
        name: "growth_over_target",
        key: None,
        shown: Shown::Derived {
            how: "growth − growth_target, in percentage points",
            formula: |f| {
                format!(
                    "{} − {}",
                    n(f.shown("growth")),
                    n(num(f.spec.growth_target))
                )
            },
        },
        needs: Some("`growth_target:` (and what `growth` needs: `baseline:` and `year:`)"),
    },
    Field {
        name: "per_year",
        key: None,
        shown: Shown::Derived {
            how: "value ÷ years",
            formula: |f| format!("{} ÷ {}", v(f), n(num(f.spec.years))),
        },
        needs: Some("`years:`"),
    },
    Field {
        name: "output",
        key: None,
        shown: Shown::Derived {
            how: "area × yield × yield_scale",
            formula: |f| {
                format!(
                    "{} × {} × {}",
                    n(num(f.spec.area)),
                    n(num(f.spec.yield_)),
                    n(Some(num(f.spec.yield_scale).unwrap_or(DEFAULT_YIELD_SCALE)))
                )
            },
        },
        needs: Some("`area:` and `yield:`"),
    },
    Field {
        name: "total",
        key: None,
        shown: Shown::Derived {
            how: "sum of the parts",
            formula: |f| parts_sum(f, "total"),
        },
        needs: Some("`parts:`"),
    },
    Field {
        name: "id",
        key: None,
        shown: Shown::Direct {
            what: "the figure's id",
            get: |f| Some(json!(f.id)),
        },
        needs: None,
    },
    Field {
        name: "label",
        key: Some("what the figure is, in words (required)"),
        shown: Shown::Direct {
            what: "as written",
            get: |f| Some(json!(f.spec.label)),
        },
        needs: None,
    },
    Field {
        name: "unit",
        key: Some("the unit, as printed: `tỷ đồng`, `ha`, `%`"),
        shown: Shown::Direct {
            what: "as written",
            get: |f| f.spec.unit.as_ref().map(|u| json!(u)),
        },
        needs: Some("`unit:`"),
    },
    Field {
        name: "year",
        key: Some("the year the value refers to"),
        shown: Shown::Direct {
            what: "as written",
            get: |f| f.spec.year.map(|y| json!(y)),
        },
        needs: Some("`year:`"),
    },
    Field {
        name: "verb",
        key: None,
        shown: Shown::Direct {
            what: "“ước đạt” for an estimate, “đạt” otherwise",
            get: |f| Some(json!(if f.spec.estimate { "ước đạt" } else { "đạt" })),
        },
        needs: None,
    },
    Field {
        name: "estimate",
        key: Some("`true`: an estimate (“ước đạt”) rather than a final figure (“đạt”)"),
        shown: Shown::Direct {
            what: "as written (`false` when left out)",
            get: |f| Some(json!(f.spec.estimate)),
        },
        needs: None,
    },
    Field {
        name: "baseline",
        key: Some("the value in the baseline year"),
        shown: Shown::Direct {
            what: "as written",
            get: |f| dec(f.spec.baseline),
        },
        needs: Some("`baseline:`"),
    },
    Field {
        name: "baseline_year",
        key: Some("the year of `baseline` (default: the start of the previous term, 2020)"),
        shown: Shown::Direct {
            what: "as written, or the default when `baseline` is given",
            get: |f| f.baseline_year.map(|y| json!(y)),
        },
        needs: Some("`baseline:` (or `baseline_year:`)"),
    },
    Field {
        name: "target",
        key: Some("the resolution's target or the plan"),
        shown: Shown::Direct {
            what: "as written",
            get: |f| dec(f.spec.target),
        },
        needs: Some("`target:`"),
    },
    Field {
        name: "of",
        key: Some("the whole of a count: `11/16` is `value: 11, of: 16`"),
        shown: Shown::Direct {
            what: "as written",
            get: |f| dec(f.spec.of),
        },
        needs: Some("`of:`"),
    },
    Field {
        name: "area",
        key: Some("the area (ha) of a crop; with `yield`, gives `output`"),
        shown: Shown::Direct {
            what: "as written",
            get: |f| dec(f.spec.area),
        },
        needs: Some("`area:`"),
    },
    Field {
        name: "yield",
        key: Some("the yield per unit of area; `output` = area × yield × yield_scale"),
        shown: Shown::Direct {
            what: "as written",
            get: |f| dec(f.spec.yield_),
        },
        needs: Some("`yield:`"),
    },
    Field {
        name: "yield_scale",
        key: Some("converts area × yield to the output's unit (default 0.1: ha × tạ/ha → tấn)"),
        shown: Shown::Hidden,
        needs: None,
    },
    Field {
        name: "growth_target",
        key: Some("the target of the average annual growth rate (`growth`), in % a year"),
        shown: Shown::Direct {
            what: "as written",
            get: |f| dec(f.spec.growth_target),
        },
        needs: Some("`growth_target:`"),
    },
    Field {
        name: "years",
        key: Some("the number of years the value is spread over (gives `per_year`)"),
        shown: Shown::Direct {
            what: "as written",
            get: |f| dec(f.spec.years),
        },
        needs: Some("`years:`"),
    },
    Field {
        name: "parts",
        key: Some("the parts of a total: name → number, or name → id of another figure"),
        shown: Shown::Direct {
            what: "the parts' values, by name: `parts.<name>`",
            get: |f| {
                Some(Json::Object(
                    f.parts
                        .iter()
                        .map(|(k, v)| (k.clone(), dec_json(*v)))
                        .collect(),
                ))
            },
        },
        needs: None,
    },
    Field {
        name: "items",
        key: Some("the things a stated count counts (`03 chỉ tiêu: a; b; c`); without `value`, the value is their number"),
        shown: Shown::Direct {
            what: "as written (empty when left out)",
            get: |f| Some(json!(f.spec.items)),
        },
        needs: None,
    },
    Field {
        name: "count",
        key: None,
        shown: Shown::Direct {
            what: "the number of `items`",
            get: |f| Some(json!(f.spec.items.len())),
        },
        needs: None,
    },
    Field {
        name: "stated",
        key: Some("what the draft states where the data cannot derive it exactly: the derived fields below, by name"),
        shown: Shown::Hidden,
        needs: None,
    },
    Field {
        name: "same_as",
        key: Some("the id of another figure that states the same quantity elsewhere: `check` compares them"),
        shown: Shown::Hidden,
        needs: None,
    },
    Field {
        name: "verdict",
        key: Some("`exceeded`, `met` or `not_met`, as the draft words the result; `check` compares it with the numbers"),
        shown: Shown::Hidden,
        needs: None,
    },
    Field {
        name: "lower_is_better",
        key: Some("the target is a ceiling (a poverty or malnutrition rate): `met` means at or below it"),
        shown: Shown::Hidden,
        needs: None,
    },
    Field {
        name: "note",
        key: Some("free text for editors; not printed"),
        shown: Shown::Hidden,
        needs: None,
    },
];

/// `yield_scale` when a figure leaves it out: ha × tạ/ha → tấn.
pub const DEFAULT_YIELD_SCALE: Decimal = Decimal::from_parts(1, 0, 0, false, 1);

/// The field named `name`.
pub fn field(name: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|f| f.name == name)
}

/// The keys a figure may have under `figures.<id>:` (the fields of
/// [`FigureSpec`]).
pub fn keys() -> impl Iterator<Item = &'static str> {
    FIELDS.iter().filter(|f| f.key.is_some()).map(|f| f.name)
}

/// The fields templates may print (`f.<id>.<field>`), for suggestions.
pub fn template_fields() -> Vec<&'static str> {
    FIELDS
        .iter()
        .filter(|f| !matches!(f.shown, Shown::Hidden))
        .map(|f| f.name)
        .collect()
}

/// The derived fields — the keys `stated:` takes — with how each is
/// computed.
pub fn derived() -> impl Iterator<Item = (&'static str, &'static str)> {
    FIELDS.iter().filter_map(|f| match f.shown {
        Shown::Derived { how, .. } => Some((f.name, how)),
        _ => None,
    })
}

/// What a figure needs for templates to have `field`.
pub fn field_needs(field: &str) -> Option<&'static str> {
    self::field(field)?.needs
}

/// How the derived `key` is computed from `f`'s numbers, for messages
/// (`202,18 − 123`); the key itself for a field that is not derived.
pub fn formula(f: &Figure, key: &str) -> String {
    match field(key).map(|d| d.shown) {
        Some(Shown::Derived { formula, .. }) => formula(f),
        _ => key.to_string(),
    }
}

/// A table cell's text: `|` escaped.
fn cell(s: &str) -> String {
    s.replace('|', "\\|")
}

/// The keys of a figure, as docs/content.md lists them (tests/docs.rs
/// keeps the file current).
pub fn docs_keys() -> String {
    let mut out = String::from("| key | meaning |\n|---|---|\n");
    for f in FIELDS {
        if let Some(meaning) = f.key {
            out.push_str(&format!("| `{}` | {} |\n", f.name, cell(meaning)));
        }
    }
    out
}

/// The derived fields, as docs/content.md lists them.
pub fn docs_derived() -> String {
    let mut out = String::from("| field | computed as | needs |\n|---|---|---|\n");
    for f in FIELDS {
        if let Shown::Derived { how, .. } = f.shown {
            out.push_str(&format!(
                "| `{}` | {} | {} |\n",
                f.name,
                cell(how),
                cell(f.needs.unwrap_or("—"))
            ));
        }
    }
    out
}

/// The other fields templates print, as docs/content.md lists them.
pub fn docs_direct() -> String {
    let mut out = String::from("| field | what it is | needs |\n|---|---|---|\n");
    for f in FIELDS {
        if let Shown::Direct { what, .. } = f.shown {
            out.push_str(&format!(
                "| `{}` | {} | {} |\n",
                f.name,
                cell(what),
                cell(f.needs.unwrap_or("—"))
            ));
        }
    }
    out
}

/// One figure, resolved.
#[derive(Debug, Clone)]
pub struct Figure {
    pub id: String,
    pub spec: FigureSpec,
    /// The section file it is defined in.
    pub section: String,
    /// Values computed from the data (no stated values involved).
    pub computed: BTreeMap<String, Decimal>,
    /// Values as the draft states them.
    pub stated: BTreeMap<String, Decimal>,
    /// Resolved parts (name → value).
    pub parts: IndexMap<String, Decimal>,
    pub baseline_year: Option<i32>,
}

impl Figure {
    /// What templates print for `key`: the stated value where the draft
    /// states one, the computed value otherwise.
    pub fn shown(&self, key: &str) -> Option<Decimal> {
        self.stated
            .get(key)
            .or_else(|| self.computed.get(key))
            .copied()
    }

    /// The figure as a template sees it: `f.<id>.<field>`, for the
    /// fields of [`FIELDS`] templates see (and the figure has).
    pub fn to_json(&self) -> Json {
        let mut m = serde_json::Map::new();
        for f in FIELDS {
            let v = match f.shown {
                Shown::Hidden => None,
                Shown::Direct { get, .. } => get(self),
                Shown::Derived { .. } => self.shown(f.name).map(dec_json),
            };
            if let Some(v) = v {
                m.insert(f.name.to_string(), v);
            }
        }
        Json::Object(m)
    }
}

/// A decimal as a template sees it: an integer when it has no fraction
/// (so `{{ x }}` prints `11`, not `11.0`), a float otherwise.
pub fn dec_json(d: Decimal) -> serde_json::Value {
    let n = d.normalize();
    if n.scale() == 0 {
        if let Some(i) = n.to_i64() {
            return serde_json::json!(i);
        }
    }
    serde_json::json!(d.to_f64().unwrap_or(f64::NAN))
}

/// All figures of the content, by id.
#[derive(Debug, Clone, Default)]
pub struct Figures {
    pub by_id: IndexMap<String, Figure>,
}

fn pct(a: Decimal, b: Decimal) -> Option<Decimal> {
    if b.is_zero() {
        None
    } else {
        a.checked_mul(Decimal::ONE_HUNDRED)?.checked_div(b)
    }
}

/// Average annual growth in % from `from` to `to` over `years` years.
pub fn growth(from: Decimal, to: Decimal, years: i32) -> Option<Decimal> {
    if years <= 0 || from <= Decimal::ZERO || to <= Decimal::ZERO {
        return None;
    }
    let r = (to.to_f64()? / from.to_f64()?).powf(1.0 / years as f64) - 1.0;
    crate::format::decimal_from_f64(r * 100.0)
}

impl Figures {
    pub fn resolve(content: &Content, diags: &mut Diagnostics) -> Figures {
        let mut figs = Figures::default();
        let default_baseline_year = content.report.document.previous_term[0];
        let mut specs: IndexMap<String, (FigureSpec, String, &Source)> = IndexMap::new();
        for (name, file, src) in &content.sections {
            for (id, spec) in &file.figures {
                if let Some((_, other, osrc)) = specs.get(id) {
                    diags.push(
                        Diagnostic::error(
                            "duplicate-id",
                            format!("figure id `{id}` is defined twice"),
                        )
                        .at_loc(src.key_loc(&format!("figures.{id}")))
                        .related(
                            format!("first defined in {other}"),
                            osrc.key_loc(&format!("figures.{id}")),
                        )
                        .hint("figure ids are shared by all section files; rename one of them"),
                    );
                    continue;
                }
                if !is_ident(id) {
                    diags.push(
                        Diagnostic::error("bad-id", format!("figure id `{id}` is not a valid name"))
                            .at_loc(src.key_loc(&format!("figures.{id}")))
                            .expected("lower-case ASCII letters, digits and `_`, starting with a letter (e.g. gia_tri_san_xuat)")
                            .hint("templates write `f.<id>`, so the id must be a plain name without accents or spaces"),
                    );
                    continue;
                }
                specs.insert(id.clone(), (spec.clone(), name.clone(), src));
            }
        }
        // Resolve parts that refer to other figures, in dependency order.
        let ids: Vec<String> = specs.keys().cloned().collect();
        let mut resolving = Vec::new();
        for id in &ids {
            resolve_one(
                id,
                &specs,
                &mut figs,
                &mut resolving,
                default_baseline_year,
                diags,
            );
        }
        // `same_as` references.
        for (id, (spec, _, src)) in &specs {
            if let Some(other) = &spec.same_as {
                if !specs.contains_key(other) {
                    diags.push(unknown_figure(
                        other,
                        src.loc(&format!("figures.{id}.same_as")),
                        specs.keys(),
                    ));
                }
            }
        }
        figs
    }

    pub fn get(&self, id: &str) -> Option<&Figure> {
        self.by_id.get(id)
    }

    pub fn to_json(&self) -> serde_json::Value {
        serde_json::Value::Object(
            self.by_id
                .iter()
                .map(|(k, f)| (k.clone(), f.to_json()))
                .collect(),
        )
    }
}

pub fn is_ident(s: &str) -> bool {
    let mut c = s.chars();
    matches!(c.next(), Some(ch) if ch.is_ascii_lowercase())
        && c.all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_')
}

pub fn unknown_figure<'a>(
    id: &str,
    loc: Option<Span>,
    known: impl Iterator<Item = &'a String>,
) -> Diagnostic {
    let known: Vec<&String> = known.collect();
    let mut d = Diagnostic::error("unknown-figure", format!("no figure with id `{id}`"))
        .at_loc(loc)
        .expected("the id of a figure defined under `figures:` in one of the section files");
    d = match crate::diag::nearest(id, known.iter().map(|s| s.as_str())) {
        Some(n) => d.hint(format!("did you mean `{n}`?")),
        None => d.hint("define the figure under `figures:` or correct the id"),
    };
    d
}

fn resolve_one(
    id: &str,
    specs: &IndexMap<String, (FigureSpec, String, &Source)>,
    figs: &mut Figures,
    resolving: &mut Vec<String>,
    default_baseline_year: i32,
    diags: &mut Diagnostics,
) -> Option<Decimal> {
    if let Some(f) = figs.by_id.get(id) {
        return f.shown("value");
    }
    let (spec, section, src) = specs.get(id)?;
    if resolving.iter().any(|r| r == id) {
        diags.push(
            Diagnostic::error(
                "cycle",
                format!(
                    "figure `{id}` is part of itself (through {})",
                    resolving.join(" → ")
                ),
            )
            .at_loc(src.key_loc(&format!("figures.{id}")))
            .hint("a figure's parts must not refer back to it"),
        );
        return None;
    }
    resolving.push(id.to_string());
    let mut parts = IndexMap::new();
    for (name, pv) in &spec.parts {
        let v = match pv {
            PartValue::Number(n) => Some(n.0),
            PartValue::Figure(other) => {
                if specs.contains_key(other) {
                    resolve_one(other, specs, figs, resolving, default_baseline_year, diags)
                } else {
                    diags.push(unknown_figure(
                        other,
                        src.loc(&format!("figures.{id}.parts.{name}")),
                        specs.keys(),
                    ));
                    None
                }
            }
        };
        if let Some(v) = v {
            parts.insert(name.clone(), v);
        }
    }
    resolving.pop();

    let mut computed = BTreeMap::new();
    let stated: BTreeMap<String, Decimal> =
        spec.stated.iter().map(|(k, v)| (k.clone(), v.0)).collect();
    for k in stated.keys() {
        if !derived().any(|(d, _)| d == k) {
            let names: Vec<&str> = derived().map(|(d, _)| d).collect();
            let mut d = Diagnostic::error(
                "unknown-key",
                format!("`stated.{k}` is not a derived figure"),
            )
            .at_loc(src.key_loc(&format!("figures.{id}.stated.{k}")))
            .expected(format!("one of: {}", names.join(", ")));
            if let Some(n) = crate::diag::nearest(k, names.iter().copied()) {
                d = d.hint(format!("did you mean `{n}`?"));
            }
            diags.push(d);
        }
    }
    if !parts.is_empty() && parts.len() == spec.parts.len() {
        computed.insert("total".to_string(), parts.values().copied().sum());
    }
    let scale = spec.yield_scale.map(|n| n.0).unwrap_or(DEFAULT_YIELD_SCALE);
    if let (Some(a), Some(y)) = (spec.area, spec.yield_) {
        computed.insert("output".into(), a.0 * y.0 * scale);
    }
    let value = spec
        .value
        .map(|n| n.0)
        .or_else(|| computed.get("total").copied())
        .or_else(|| {
            stated
                .get("output")
                .copied()
                .or_else(|| computed.get("output").copied())
        })
        // a list with no stated count counts itself
        .or_else(|| (!spec.items.is_empty()).then(|| Decimal::from(spec.items.len())));
    let baseline_year = spec
        .baseline_year
        .or(spec.baseline.map(|_| default_baseline_year));
    if let Some(v) = value {
        if spec.value.is_some()
            || !spec.parts.is_empty()
            || spec.area.is_some()
            || !spec.items.is_empty()
        {
            computed.insert("value".into(), v);
        }
        if let Some(b) = spec.baseline.map(|n| n.0) {
            computed.insert("change".into(), v - b);
            if let Some(p) = pct(v - b, b) {
                computed.insert("change_pct".into(), p);
            }
            if let Some(p) = pct(v, b) {
                computed.insert("pct_baseline".into(), p);
            }
            if let (Some(y), Some(by)) = (spec.year, baseline_year) {
                if let Some(g) = growth(b, v, y - by) {
                    computed.insert("growth".into(), g);
                }
            }
        }
        if let Some(t) = spec.target.map(|n| n.0) {
            if let Some(p) = pct(v, t) {
                computed.insert("pct_target".into(), p);
            }
            computed.insert("over_target".into(), v - t);
            if let Some(p) = pct(v - t, t) {
                computed.insert("over_target_pct".into(), p);
            }
        }
        if let Some(y) = spec.years.map(|n| n.0) {
            if !y.is_zero() {
                computed.insert("per_year".into(), v / y);
            }
        }
        if let Some(o) = spec.of.map(|n| n.0) {
            if let Some(p) = pct(v, o) {
                computed.insert("pct_of".into(), p);
            }
        }
    }
    if let Some(gt) = spec.growth_target.map(|n| n.0) {
        let g = stated.get("growth").or(computed.get("growth")).copied();
        if let Some(g) = g {
            computed.insert("growth_over_target".into(), g - gt);
        }
    }
    // A figure with no value of its own but a stated one (e.g. a total the
    // draft gives while its parts do not add up) still has a value to show.
    let fig = Figure {
        id: id.to_string(),
        spec: spec.clone(),
        section: section.clone(),
        computed,
        stated,
        parts,
        baseline_year,
    };
    let shown = fig.shown("value");
    figs.by_id.insert(id.to_string(), fig);
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growth_rate() {
        let g = growth(Decimal::new(8144, 1), Decimal::new(273216, 2), 5).unwrap();
        assert_eq!(crate::format::number(g, Some(1)), "27,4");
        assert!(growth(Decimal::ZERO, Decimal::ONE, 5).is_none());
        assert!(growth(Decimal::ONE, Decimal::ONE, 0).is_none());
    }

    /// A figure with every key that gives a field, resolved.
    fn full_figure() -> Figure {
        let d = |s: &str| Some(Num(Decimal::from_str(s).unwrap()));
        let spec = FigureSpec {
            label: "Giá trị sản xuất".into(),
            value: d("120"),
            unit: Some("tỷ đồng".into()),
            year: Some(2025),
            estimate: true,
            baseline: d("100"),
            target: d("110"),
            of: d("200"),
            parts: [("a", "70"), ("b", "50")]
                .into_iter()
                .map(|(k, v)| (k.to_string(), PartValue::Number(d(v).unwrap())))
                .collect(),
            area: d("10"),
            yield_: d("50"),
            growth_target: d("3"),
            years: d("5"),
            items: vec!["x".into()],
            ..Default::default()
        };
        resolve_spec(spec)
    }

    fn resolve_spec(spec: FigureSpec) -> Figure {
        let src = Source::new("economy.yaml".into(), String::new());
        let specs: IndexMap<String, (FigureSpec, String, &Source)> =
            [("x".to_string(), (spec, "economy".to_string(), &src))].into();
        let mut figs = Figures::default();
        let mut diags = Diagnostics::default();
        resolve_one("x", &specs, &mut figs, &mut Vec::new(), 2020, &mut diags);
        assert!(diags.items.is_empty(), "{:?}", diags.items);
        figs.by_id.swap_remove("x").unwrap()
    }

    fn json_keys(f: &Figure) -> Vec<String> {
        let mut keys: Vec<String> = f.to_json().as_object().unwrap().keys().cloned().collect();
        keys.sort();
        keys
    }

    fn sorted(names: impl IntoIterator<Item = &'static str>) -> Vec<String> {
        let mut v: Vec<String> = names.into_iter().map(str::to_string).collect();
        v.sort();
        v
    }

    #[test]
    fn field_names_are_unique() {
        let names = sorted(FIELDS.iter().map(|f| f.name));
        let mut unique = names.clone();
        unique.dedup();
        assert_eq!(names, unique);
    }

    #[test]
    fn the_keys_are_the_fields_of_figure_spec() {
        let schema = crate::schema::schema(crate::schema::Kind::Section);
        let props = schema["definitions"]["FigureSpec"]["properties"]
            .as_object()
            .expect("FigureSpec's properties");
        let mut spec: Vec<String> = props.keys().cloned().collect();
        spec.sort();
        assert_eq!(spec, sorted(keys()));
    }

    #[test]
    fn a_full_figure_computes_every_derived_field_and_shows_every_field() {
        let f = full_figure();
        let computed: Vec<String> = f.computed.keys().cloned().collect();
        assert_eq!(computed, sorted(derived().map(|(k, _)| k)));
        assert_eq!(json_keys(&f), sorted(template_fields()));
        for (k, _) in derived() {
            let text = formula(&f, k);
            assert!(text != k && !text.contains('?'), "{k}: {text}");
        }
    }

    #[test]
    fn a_bare_figure_shows_the_fields_that_need_nothing() {
        let f = resolve_spec(FigureSpec {
            label: "Nhãn".into(),
            ..Default::default()
        });
        let needing_nothing = FIELDS
            .iter()
            .filter(|f| !matches!(f.shown, Shown::Hidden) && f.needs.is_none())
            .map(|f| f.name);
        assert_eq!(json_keys(&f), sorted(needing_nothing));
    }

    #[test]
    fn what_a_field_needs_is_keys() {
        for f in FIELDS {
            for word in f.needs.unwrap_or("").split('`').skip(1).step_by(2) {
                let name = word.strip_suffix(':').unwrap_or(word);
                assert!(
                    field(name).is_some_and(|n| n.key.is_some() || word == name),
                    "`{}` needs `{word}`, which is no key",
                    f.name
                );
            }
        }
    }

    #[test]
    fn idents() {
        assert!(is_ident("gia_tri_san_xuat_2025"));
        assert!(!is_ident("Gia"));
        assert!(!is_ident("giá"));
        assert!(!is_ident("2025"));
        assert!(!is_ident("a-b"));
    }
}
