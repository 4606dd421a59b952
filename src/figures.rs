//! Stage 2 — figures: every structured figure of the content with what can
//! be derived from it (percent of target, change against the baseline,
//! totals of parts, area × yield, average annual growth). The derived values
//! are what templates print; `check` compares them with what the draft states.

use std::collections::BTreeMap;

use indexmap::IndexMap;
use rust_decimal::prelude::*;

use crate::content::{Content, FigureSpec, PartValue, Source};
use crate::diag::{Diagnostic, Diagnostics, Span};

/// The names of the derived quantities, in the order they are documented.
pub const DERIVED: &[(&str, &str)] = &[
    (
        "value",
        "the value (or the sum of `parts`, or area × yield)",
    ),
    ("change", "value − baseline"),
    ("change_pct", "(value − baseline) ÷ baseline × 100"),
    (
        "pct_baseline",
        "value ÷ baseline × 100 (“bằng X% so với năm 2020”)",
    ),
    ("pct_target", "value ÷ target × 100 (“đạt X% mục tiêu”)"),
    ("over_target", "value − target"),
    (
        "over_target_pct",
        "(value − target) ÷ target × 100 (“vượt X%”)",
    ),
    ("pct_of", "value ÷ of × 100 (“11/16, tỷ lệ 68,8%”)"),
    (
        "growth",
        "average annual growth from baseline to value, in % a year",
    ),
    (
        "growth_over_target",
        "growth − growth_target, in percentage points",
    ),
    ("per_year", "value ÷ years"),
    ("output", "area × yield × yield_scale"),
    ("total", "sum of the parts"),
];

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

    /// The figure as a template sees it: `f.<id>.<key>`.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::{json, Map, Value};
        let mut m = Map::new();
        let keys: Vec<&str> = DERIVED.iter().map(|(k, _)| *k).collect();
        for k in keys {
            if let Some(v) = self.shown(k) {
                m.insert(k.to_string(), dec_json(v));
            }
        }
        for (k, v) in [
            ("baseline", self.spec.baseline),
            ("target", self.spec.target),
            ("of", self.spec.of),
            ("area", self.spec.area),
            ("yield", self.spec.yield_),
            ("growth_target", self.spec.growth_target),
            ("years", self.spec.years),
        ] {
            if let Some(v) = v {
                m.insert(k.to_string(), dec_json(v.0));
            }
        }
        m.insert("id".into(), json!(self.id));
        m.insert("label".into(), json!(self.spec.label));
        if let Some(u) = &self.spec.unit {
            m.insert("unit".into(), json!(u));
        }
        if let Some(y) = self.spec.year {
            m.insert("year".into(), json!(y));
        }
        if let Some(y) = self.baseline_year {
            m.insert("baseline_year".into(), json!(y));
        }
        m.insert(
            "verb".into(),
            json!(if self.spec.estimate {
                "ước đạt"
            } else {
                "đạt"
            }),
        );
        m.insert("estimate".into(), json!(self.spec.estimate));
        let parts: Map<String, Value> = self
            .parts
            .iter()
            .map(|(k, v)| (k.clone(), dec_json(*v)))
            .collect();
        m.insert("parts".into(), Value::Object(parts));
        m.insert("items".into(), json!(self.spec.items));
        m.insert("count".into(), json!(self.spec.items.len()));
        Value::Object(m)
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
        if !DERIVED.iter().any(|(d, _)| d == k) {
            let names: Vec<&str> = DERIVED.iter().map(|(d, _)| *d).collect();
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
    let scale = spec.yield_scale.map(|n| n.0).unwrap_or(Decimal::new(1, 1));
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

    #[test]
    fn idents() {
        assert!(is_ident("gia_tri_san_xuat_2025"));
        assert!(!is_ident("Gia"));
        assert!(!is_ident("giá"));
        assert!(!is_ident("2025"));
        assert!(!is_ident("a-b"));
    }
}
