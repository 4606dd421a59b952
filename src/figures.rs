//! Stage 2 — figures: every structured figure of the content with what can
//! be derived from it (percent of target, change against the baseline,
//! totals of parts, area × yield, average annual growth). The derived values
//! are what templates print; `check` compares them with what the draft states.

use std::collections::BTreeMap;

use indexmap::IndexMap;
use rust_decimal::prelude::*;

use serde_json::{json, Value as Json};

pub use crate::content::fields::{derived, field_needs, shows, template_fields};
use crate::content::fields::{Shown, FIELDS};
use crate::content::{Content, FigureSpec, Num, PartValue, Source};
use crate::diag::{Diagnostic, Diagnostics, Span};
use crate::{format, t};

/// A number as `check`'s formulas write it; `?` when the figure lacks it.
fn n(d: Option<Decimal>) -> String {
    d.map(|x| format::number(x, Some(x.scale().min(4))))
        .unwrap_or_else(|| "?".into())
}

fn num(x: Option<Num>) -> Option<Decimal> {
    x.map(|x| x.0)
}

fn dec(x: Option<Num>) -> Option<Json> {
    x.map(|x| dec_json(x.0))
}

/// `yield_scale` when a figure leaves it out: ha × tạ/ha → tấn.
pub const DEFAULT_YIELD_SCALE: Decimal = Decimal::from_parts(1, 0, 0, false, 1);

/// How the derived field `key` is computed from `f`'s numbers, for
/// messages (`202,18 − 123`); the key itself for a field that is not
/// derived.
pub fn formula(f: &Figure, key: &str) -> String {
    let (v, b, t) = (
        n(f.shown("value")),
        n(num(f.spec.baseline)),
        n(num(f.spec.target)),
    );
    let year = |y: Option<i32>| y.map(|y| y.to_string()).unwrap_or_default();
    let parts = |or: &str| {
        if f.parts.is_empty() {
            return or.to_string();
        }
        let p: Vec<String> = f.parts.values().map(|p| n(Some(*p))).collect();
        p.join(" + ")
    };
    match key {
        "value" => parts("value"),
        "total" => parts("total"),
        "change" | "over_target" => format!("{v} − {}", if key == "change" { &b } else { &t }),
        "change_pct" => format!("({v} − {b}) ÷ {b} × 100"),
        "over_target_pct" => format!("({v} − {t}) ÷ {t} × 100"),
        "pct_baseline" => format!("{v} ÷ {b} × 100"),
        "pct_target" => format!("{v} ÷ {t} × 100"),
        "pct_of" => format!("{v} ÷ {} × 100", n(num(f.spec.of))),
        "growth" => t!(
            "figures-growth-formula",
            baseline = b,
            baseline_year = year(f.baseline_year),
            value = v,
            year = year(f.spec.year)
        ),
        "growth_over_target" => format!(
            "{} − {}",
            n(f.shown("growth")),
            n(num(f.spec.growth_target))
        ),
        "per_year" => format!("{v} ÷ {}", n(num(f.spec.years))),
        "output" => format!(
            "{} × {} × {}",
            n(num(f.spec.area)),
            n(num(f.spec.yield_)),
            n(Some(num(f.spec.yield_scale).unwrap_or(DEFAULT_YIELD_SCALE)))
        ),
        _ => key.to_string(),
    }
}

/// The keys a derived field is computed from, as a formula
/// (`` `value` − `baseline` ``), for the message of an overflow.
fn overflow_inputs(field: &str, yield_scale: bool) -> String {
    match field {
        "total" => "`parts`".into(),
        "output" if yield_scale => "`area` × `yield` × `yield_scale`".into(),
        "output" => "`area` × `yield`".into(),
        "change" => "`value` − `baseline`".into(),
        "over_target" => "`value` − `target`".into(),
        "growth_over_target" => "`growth` − `growth_target`".into(),
        "per_year" => "`value` ÷ `years`".into(),
        _ => format!("`{field}`"),
    }
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

    /// What templates see as `f.<id>.<name>` of a field that is not
    /// derived, if the figure has it.
    fn direct(&self, name: &str) -> Option<Json> {
        let s = &self.spec;
        match name {
            "id" => Some(json!(self.id)),
            "label" => Some(json!(s.label)),
            "unit" => s.unit.as_ref().map(|u| json!(u)),
            "year" => s.year.map(|y| json!(y)),
            "verb" => Some(json!(if s.estimate {
                "ước đạt"
            } else {
                "đạt"
            })),
            "estimate" => Some(json!(s.estimate)),
            "baseline" => dec(s.baseline),
            "baseline_year" => self.baseline_year.map(|y| json!(y)),
            "target" => dec(s.target),
            "of" => dec(s.of),
            "area" => dec(s.area),
            "yield" => dec(s.yield_),
            "growth_target" => dec(s.growth_target),
            "years" => dec(s.years),
            "parts" => Some(Json::Object(
                self.parts
                    .iter()
                    .map(|(k, v)| (k.clone(), dec_json(*v)))
                    .collect(),
            )),
            "items" => Some(json!(s.items)),
            "count" => Some(json!(s.items.len())),
            _ => None,
        }
    }

    /// The figure as a template sees it: `f.<id>.<field>`, for the
    /// fields of [`FIELDS`] templates see (and the figure has).
    pub fn to_json(&self) -> Json {
        let mut m = serde_json::Map::new();
        for f in FIELDS {
            let v = match f.shown {
                Shown::Hidden => None,
                Shown::Direct => self.direct(f.name),
                Shown::Derived => self.shown(f.name).map(dec_json),
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
                if let Some((_, _, osrc)) = specs.get(id) {
                    let first = osrc.path.file_name().unwrap_or_default().to_string_lossy();
                    diags.push(
                        Diagnostic::error("duplicate-id", t!("figures-duplicate-id", id = id))
                            .at_loc(src.key_loc(&format!("figures.{id}")))
                            .related(
                                t!("figures-duplicate-id-first", file = first),
                                osrc.key_loc(&format!("figures.{id}")),
                            )
                            .hint(t!("figures-duplicate-id-hint", id = id)),
                    );
                    continue;
                }
                if !is_ident(id) {
                    let hint = match suggest_ident(id) {
                        Some(s) => t!("figures-bad-id-suggestion", suggestion = s),
                        None => t!("figures-bad-id-hint"),
                    };
                    diags.push(
                        Diagnostic::error("bad-id", t!("figures-bad-id", id = id))
                            .at_loc(src.key_loc(&format!("figures.{id}")))
                            .expected(t!("figures-bad-id-expected"))
                            .hint(hint),
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

/// A valid id close to `s`: without accents, lower-case, `_` for
/// anything else (`Giá trị-SX` → `gia_tri_sx`); `None` when that is no id.
pub fn suggest_ident(s: &str) -> Option<String> {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    for c in s.nfd() {
        let c = match c {
            'đ' | 'Đ' => 'd',
            c if unicode_normalization::char::is_combining_mark(c) => continue,
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    let out = out.trim_end_matches('_').to_string();
    (is_ident(&out) && out != s).then_some(out)
}

pub fn unknown_figure<'a>(
    id: &str,
    loc: Option<Span>,
    known: impl Iterator<Item = &'a String>,
) -> Diagnostic {
    let known: Vec<&String> = known.collect();
    let d = Diagnostic::error("unknown-figure", t!("figures-unknown", id = id))
        .at_loc(loc)
        .expected(t!("figures-unknown-expected"));
    match crate::diag::nearest(id, known.iter().map(|s| s.as_str())) {
        Some(n) => d.hint(t!("content-did-you-mean", name = n)),
        None => d.hint(t!("figures-unknown-hint")),
    }
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
    if let Some(start) = resolving.iter().position(|r| r == id) {
        // `a` → `b` → `a`
        let chain: Vec<String> = resolving[start..]
            .iter()
            .chain(std::iter::once(&id.to_string()))
            .map(|r| format!("`{r}`"))
            .collect();
        diags.push(
            Diagnostic::error(
                "cycle",
                t!("figures-cycle", id = id, chain = chain.join(" → ")),
            )
            .at_loc(src.key_loc(&format!("figures.{id}")))
            .hint(t!("figures-cycle-hint")),
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
        if !derived().any(|d| d == k) {
            let names: Vec<&str> = derived().collect();
            let listed: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            let mut d = Diagnostic::error("unknown-key", t!("figures-unknown-stated", key = k))
                .at_loc(src.key_loc(&format!("figures.{id}.stated.{k}")))
                .expected(t!(
                    "content-one-of-keys",
                    keys = crate::diag::or_list(&listed)
                ));
            if let Some(n) = crate::diag::nearest(k, names.iter().copied()) {
                d = d.hint(t!("content-did-you-mean", name = n));
            } else if crate::content::fields::field(k).is_some_and(|f| f.key) {
                d = d.hint(t!("figures-unknown-stated-is-key-hint", key = k));
            }
            diags.push(d);
        }
    }
    // Every computation is checked: a result too large for a decimal is
    // an error naming the figure and the field, never a panic.
    let mut overflowed: Vec<&str> = Vec::new();
    let mut put = |field: &'static str,
                   v: Option<Decimal>,
                   computed: &mut BTreeMap<String, Decimal>| match v {
        Some(v) => {
            computed.insert(field.to_string(), v);
        }
        None => overflowed.push(field),
    };
    if !parts.is_empty() && parts.len() == spec.parts.len() {
        let total = parts
            .values()
            .try_fold(Decimal::ZERO, |sum, p| sum.checked_add(*p));
        put("total", total, &mut computed);
    }
    let scale = spec.yield_scale.map(|n| n.0).unwrap_or(DEFAULT_YIELD_SCALE);
    if let (Some(a), Some(y)) = (spec.area, spec.yield_) {
        let output = a.0.checked_mul(y.0).and_then(|o| o.checked_mul(scale));
        put("output", output, &mut computed);
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
            put("change", v.checked_sub(b), &mut computed);
            if let Some(p) = v.checked_sub(b).and_then(|d| pct(d, b)) {
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
            put("over_target", v.checked_sub(t), &mut computed);
            if let Some(p) = v.checked_sub(t).and_then(|d| pct(d, t)) {
                computed.insert("over_target_pct".into(), p);
            }
        }
        if let Some(y) = spec.years.map(|n| n.0) {
            if !y.is_zero() {
                put("per_year", v.checked_div(y), &mut computed);
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
            put("growth_over_target", g.checked_sub(gt), &mut computed);
        }
    }
    for field in overflowed {
        diags.push(
            Diagnostic::error("overflow", t!("figures-overflow", id = id, field = field))
                .at_loc(src.key_loc(&format!("figures.{id}")))
                .expected(t!("figures-overflow-expected"))
                .hint(t!(
                    "figures-overflow-hint",
                    field = field,
                    inputs = overflow_inputs(field, spec.yield_scale.is_some())
                )),
        );
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
    fn a_full_figure_computes_every_derived_field_and_shows_every_field() {
        let f = full_figure();
        let computed: Vec<String> = f.computed.keys().cloned().collect();
        assert_eq!(computed, sorted(derived()));
        assert_eq!(json_keys(&f), sorted(template_fields()));
        for k in derived() {
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
            .filter(|f| f.shown != Shown::Hidden && !f.needs)
            .map(|f| f.name);
        assert_eq!(json_keys(&f), sorted(needing_nothing));
    }

    #[test]
    fn ids_suggested_for_bad_ones() {
        assert_eq!(suggest_ident("Giá trị-SX").as_deref(), Some("gia_tri_sx"));
        assert_eq!(
            suggest_ident("đường giao thông").as_deref(),
            Some("duong_giao_thong")
        );
        assert_eq!(suggest_ident("2025"), None);
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
