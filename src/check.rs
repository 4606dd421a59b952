//! Consistency checks on the figures — the rules a careful reviewer with a
//! calculator applies: parts add up to their total (and so do their
//! targets and baselines, those the stated percentages imply where the
//! draft states none); a stated percentage
//! equals value ÷ reference within its rounding; area × yield = output; a
//! stated count equals the number of items it counts; the same figure stated
//! in two places agrees, and so do the percentages derived from it; a stated
//! average annual growth rate matches the baseline and final values; "vượt",
//! "đạt", "không đạt" agree with the numbers; headings carry the number
//! their position gives them.
//!
//! A finding is reported only when the numbers really disagree at the
//! precision the draft states them: a stated `27,2` is compared with the
//! computed value rounded to one decimal.

use rust_decimal::prelude::*;

use crate::content::{Content, Source, Verdict};
use crate::diag::or_list;
use crate::diag::{Diagnostic, Span};
use crate::figures::{formula, Figure, Figures};
use crate::numbered::{Lead, Report};
use crate::{format, t};

/// True when `computed`, rounded to the precision `stated` is written
/// with, equals `stated`.
pub fn agrees(stated: Decimal, computed: Decimal) -> bool {
    let dp = stated.normalize().scale();
    format::round(computed, dp) == stated.normalize()
}

fn describe(f: &Figure) -> String {
    t!("check-figure", id = f.id, label = f.spec.label)
}

/// Whether the derived field `key` is a percentage (`pct_target`, `growth`).
fn is_pct(key: &str) -> bool {
    key.contains("pct") || key == "growth"
}

/// `"27,2"`, `"27,2%"` for a percentage.
fn with_pct(number: String, key: &str) -> String {
    if is_pct(key) {
        format!("{number}%")
    } else {
        number
    }
}

/// A number with its unit: `1.832 tỷ đồng`.
fn with_unit(number: String, unit: Option<&String>) -> String {
    match unit {
        Some(u) if !u.is_empty() => format!("{number} {u}"),
        _ => number,
    }
}

fn fmt(d: Decimal) -> String {
    let dp = d.normalize().scale().min(4);
    format::number(d, Some(dp))
}

fn fmt_like(d: Decimal, like: Decimal) -> String {
    let dp = (like.normalize().scale() + 2).min(4);
    format::number(format::round(d, dp), None)
}

/// The section files, for the spans of the findings.
struct Sources<'a> {
    content: &'a Content,
}

impl<'a> Sources<'a> {
    fn source(&self, section: &str) -> Option<&'a Source> {
        self.content
            .sections
            .iter()
            .find(|(n, _, _)| n == section)
            .map(|(_, _, s)| s)
    }

    /// The value at `path` of `section`'s file.
    fn loc(&self, section: &str, path: &str) -> Option<Span> {
        self.source(section)?.loc(path)
    }

    /// The key of the entry at `path` of `section`'s file.
    fn key_loc(&self, section: &str, path: &str) -> Option<Span> {
        self.source(section)?.key_loc(path)
    }
}

/// Where a figure is defined (its key under `figures:`).
fn fig_loc(content: &Sources, f: &Figure) -> Option<Span> {
    content.key_loc(&f.section, &format!("figures.{}", f.id))
}

fn stated_loc(content: &Sources, f: &Figure, key: &str) -> Option<Span> {
    content
        .loc(&f.section, &format!("figures.{}.stated.{key}", f.id))
        .or_else(|| fig_loc(content, f))
}

fn value_loc(content: &Sources, f: &Figure) -> Option<Span> {
    content
        .loc(&f.section, &format!("figures.{}.value", f.id))
        .or_else(|| fig_loc(content, f))
}

/// Runs every rule over the figures and the numbered report. Findings
/// are warnings; `--strict` turns them into errors.
pub fn check(content: &Content, figures: &Figures, report: &Report) -> Vec<Diagnostic> {
    let mut found = rules(&Sources { content }, figures);
    found.extend(numbering(report));
    found
}

/// A number the draft states (`number:`) that is not the one its position
/// gives.
fn numbering(report: &Report) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for item in report.items() {
        let (what, heading) = match &item.lead {
            Lead::Heading(t) | Lead::RunIn(t, _) => (&t.template, true),
            Lead::Numbered(t) => (&t.template, false),
            Lead::None => continue,
        };
        if item.number == item.computed {
            continue;
        }
        let mut short: String = what.chars().take(60).collect();
        if what.chars().count() > 60 {
            short.push_str(" …");
        }
        let (number, computed) = (&item.number, &item.computed);
        let message = if heading {
            t!(
                "check-numbering",
                heading = short,
                number = number,
                computed = computed
            )
        } else {
            t!(
                "check-numbering-paragraph",
                heading = short,
                number = number,
                computed = computed
            )
        };
        out.push(
            Diagnostic::warning("numbering", message)
                .at_loc(Some(item.src.field("number")))
                .expected(t!("check-numbering-expected", computed = computed))
                .hint(t!("check-numbering-hint", computed = computed)),
        );
    }
    out
}

/// Material under a slot that the outline does not name: it would not
/// appear in the report. An error, found before rendering.
pub fn slots(content: &Content) -> Vec<Diagnostic> {
    let mut outline_slots: Vec<&str> = Vec::new();
    for p in &content.report.outline {
        outline_slots.extend(p.intro.as_deref());
        for c in &p.chapters {
            outline_slots.extend(c.slot.as_deref());
            outline_slots.extend(c.sections.iter().map(|s| s.slot.as_str()));
        }
    }
    let mut out = Vec::new();
    for (name, file, src) in &content.sections {
        for slot in file.slots.keys() {
            if outline_slots.contains(&slot.as_str()) {
                continue;
            }
            let listed: Vec<String> = outline_slots.iter().map(|s| format!("`{s}`")).collect();
            let d = Diagnostic::error("unknown-slot", t!("check-unknown-slot", slot = slot))
                .at_loc(src.key_loc(&format!("slots.{slot}")))
                .expected(t!("check-unknown-slot-expected", slots = or_list(&listed)));
            out.push(
                match crate::diag::nearest(slot, outline_slots.iter().copied()) {
                    Some(n) => d.hint(t!("content-did-you-mean", name = n)),
                    None => d.hint(t!("check-unknown-slot-hint", file = format!("{name}.yaml"))),
                },
            );
        }
    }
    out
}

fn rules(content: &Sources, figures: &Figures) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for f in figures.by_id.values() {
        // Stated derived values against the computed ones.
        for (key, stated) in &f.stated {
            if let Some(computed) = f.computed.get(key) {
                if !agrees(*stated, *computed) {
                    let (figure, formula) = (describe(f), formula(f, key));
                    // the figure's unit where the field is in it, `%` for a percentage
                    let unit = matches!(key.as_str(), "value" | "total" | "output")
                        .then_some(f.spec.unit.as_ref())
                        .flatten();
                    let computed = with_unit(with_pct(fmt_like(*computed, *stated), key), unit);
                    let stated = with_unit(with_pct(fmt(*stated), key), unit);
                    let (code, message) = match key.as_str() {
                        "output" => (
                            "area-yield",
                            t!(
                                "check-area-yield",
                                figure = figure,
                                stated = stated,
                                formula = formula,
                                computed = computed
                            ),
                        ),
                        "growth" => (
                            "growth-rate",
                            t!(
                                "check-growth-rate",
                                figure = figure,
                                stated = stated,
                                formula = formula,
                                computed = computed
                            ),
                        ),
                        "total" | "value" if !f.parts.is_empty() => (
                            "parts-sum",
                            t!(
                                "check-stated-parts",
                                figure = figure,
                                key = key,
                                stated = stated,
                                formula = formula,
                                computed = computed
                            ),
                        ),
                        _ => (
                            "stated-vs-computed",
                            t!(
                                "check-stated",
                                figure = figure,
                                key = key,
                                stated = stated,
                                formula = formula,
                                computed = computed
                            ),
                        ),
                    };
                    let shows = crate::figures::shows(key).unwrap_or_default();
                    out.push(
                        Diagnostic::warning(code, message)
                            .at_loc(stated_loc(content, f, key))
                            .expected(t!("check-stated-expected", key = key, shows = shows))
                            .hint(t!("check-stated-hint", key = key)),
                    );
                }
            }
        }
        // Parts add up to a total that is given as a value.
        if let (Some(v), Some(total)) = (f.spec.value.map(|x| x.0), f.computed.get("total")) {
            if f.parts.len() == f.spec.parts.len() && !agrees(v, *total) {
                out.push(
                    Diagnostic::warning(
                        "parts-sum",
                        t!(
                            "check-parts-value",
                            figure = describe(f),
                            formula = formula(f, "total"),
                            total = fmt(*total),
                            value = fmt(v)
                        ),
                    )
                    .at_loc(value_loc(content, f))
                    .expected(t!("check-parts-value-expected"))
                    .hint(t!("check-parts-value-hint")),
                );
            }
        }
        // The targets and baselines of the parts add up to the total's.
        for field in ["target", "baseline"] {
            let own = match field {
                "target" => f.spec.target,
                _ => f.spec.baseline,
            };
            let Some(own) = own.map(|x| x.0) else {
                continue;
            };
            let mut sum = Decimal::ZERO;
            let mut all = !f.spec.parts.is_empty();
            let mut names = Vec::new();
            for pv in f.spec.parts.values() {
                let part = match pv {
                    crate::content::PartValue::Figure(id) => figures.get(id),
                    crate::content::PartValue::Number(_) => None,
                };
                let v = part.and_then(|p| match field {
                    "target" => p.spec.target,
                    _ => p.spec.baseline,
                });
                match (part, v) {
                    (Some(p), Some(v)) => {
                        sum += v.0;
                        names.push(format!("{} ({})", fmt(v.0), p.id));
                    }
                    _ => all = false,
                }
            }
            if all && !agrees(own, sum) {
                let loc = content
                    .loc(&f.section, &format!("figures.{}.{field}", f.id))
                    .or_else(|| fig_loc(content, f));
                let (figure, sum_formula, own) = (describe(f), names.join(" + "), fmt(own));
                let pcts = match (f.shown("value"), f.shown("pct_target")) {
                    (Some(v), Some(p)) if field == "target" && !sum.is_zero() => Some((v, p)),
                    _ => None,
                };
                let sum_text = fmt(sum);
                let (msg, expected, hint) = match (field, pcts) {
                    ("target", Some((v, p))) => (
                        t!(
                            "check-parts-targets-pct",
                            figure = figure,
                            sum_formula = sum_formula,
                            sum = sum_text,
                            own = own,
                            value = fmt(v),
                            pct = format::number(v * Decimal::ONE_HUNDRED / sum, None),
                            stated_pct = format::number(p, None)
                        ),
                        t!("check-parts-targets-expected"),
                        t!("check-parts-targets-hint"),
                    ),
                    ("target", None) => (
                        t!(
                            "check-parts-targets",
                            figure = figure,
                            sum_formula = sum_formula,
                            sum = sum_text,
                            own = own
                        ),
                        t!("check-parts-targets-expected"),
                        t!("check-parts-targets-hint"),
                    ),
                    _ => (
                        t!(
                            "check-parts-baselines",
                            figure = figure,
                            sum_formula = sum_formula,
                            sum = sum_text,
                            own = own
                        ),
                        t!("check-parts-baselines-expected"),
                        t!("check-parts-baselines-hint"),
                    ),
                };
                out.push(
                    Diagnostic::warning("parts-sum", msg)
                        .at_loc(loc)
                        .expected(expected)
                        .hint(hint),
                );
            }
        }
        // The same, with targets or baselines the percentages imply.
        out.extend(implied_parts(content, figures, f));
        // A count and the items it counts.
        if let (Some(v), false) = (f.spec.value.map(|x| x.0), f.spec.items.is_empty()) {
            let n = Decimal::from(f.spec.items.len());
            if v != n {
                let count = f.spec.items.len();
                out.push(
                    Diagnostic::warning(
                        "count",
                        t!(
                            "check-count",
                            figure = describe(f),
                            stated = fmt(v),
                            count = count,
                            items = f.spec.items.join("; ")
                        ),
                    )
                    .at_loc(value_loc(content, f))
                    .expected(t!("check-count-expected"))
                    .hint(t!("check-count-hint", count = count, id = f.id)),
                );
            }
        }
        // Internal agreement of two stated percentages about the same target or baseline.
        // (X% of the target is X − 100% over it)
        for (a, b) in [
            ("pct_target", "over_target_pct"),
            ("pct_baseline", "change_pct"),
        ] {
            if let (Some(pa), Some(pb)) = (f.stated.get(a), f.stated.get(b)) {
                let implied = *pa - Decimal::ONE_HUNDRED;
                if !agrees(*pb, implied) && !agrees(*pa, *pb + Decimal::ONE_HUNDRED) {
                    let hint = if a == "pct_target" {
                        t!("check-pct-pair-target-hint")
                    } else {
                        t!("check-pct-pair-baseline-hint")
                    };
                    out.push(
                        Diagnostic::warning(
                            "stated-vs-computed",
                            t!(
                                "check-pct-pair",
                                figure = describe(f),
                                a = a,
                                pa = fmt(*pa),
                                b = b,
                                pb = fmt(*pb),
                                implied = fmt(implied)
                            ),
                        )
                        .at_loc(stated_loc(content, f, b))
                        .related(
                            t!("check-pct-pair-related", a = a),
                            stated_loc(content, f, a),
                        )
                        .expected(t!("check-pct-pair-expected", a = a, b = b))
                        .hint(hint),
                    );
                }
            }
        }
        // The same quantity stated twice.
        if let Some(other_id) = &f.spec.same_as {
            if let Some(o) = figures.get(other_id) {
                if let (Some(a), Some(b)) = (f.shown("value"), o.shown("value")) {
                    if a != b {
                        out.push(
                            Diagnostic::warning(
                                "same-figure",
                                t!(
                                    "check-same-value",
                                    figure = describe(f),
                                    value = with_unit(fmt(a), f.spec.unit.as_ref()),
                                    other = describe(o),
                                    other_value = with_unit(fmt(b), o.spec.unit.as_ref())
                                ),
                            )
                            .at_loc(value_loc(content, f))
                            .related(
                                t!("check-same-value-related", id = o.id),
                                value_loc(content, o),
                            )
                            .expected(t!("check-same-value-expected"))
                            .hint(t!("check-same-value-hint", id = o.id)),
                        );
                    }
                }
                for (key, stated) in &f.stated {
                    if f.computed.contains_key(key) {
                        continue;
                    }
                    if let Some(theirs) = o.shown(key) {
                        if !agrees(*stated, theirs) {
                            out.push(
                                Diagnostic::warning(
                                    "same-figure",
                                    t!(
                                        "check-same-derived",
                                        figure = describe(f),
                                        key = key,
                                        stated = with_pct(fmt(*stated), key),
                                        other = describe(o),
                                        theirs = with_pct(fmt_like(theirs, *stated), key)
                                    ),
                                )
                                .at_loc(stated_loc(content, f, key))
                                .related(
                                    t!("check-same-derived-related", id = o.id),
                                    fig_loc(content, o),
                                )
                                .expected(t!("check-same-derived-expected"))
                                .hint(t!("check-same-derived-hint")),
                            );
                        }
                    }
                }
            }
        }
        // "vượt" / "đạt" / "không đạt" against the numbers.
        if let Some(verdict) = f.spec.verdict {
            let pct = f.shown("pct_target");
            if let Some(p) = pct {
                let hundred = Decimal::ONE_HUNDRED;
                let ok = match (verdict, f.spec.lower_is_better) {
                    (Verdict::Exceeded, false) => p > hundred,
                    (Verdict::Met, false) => p >= hundred,
                    (Verdict::NotMet, false) => p < hundred,
                    (Verdict::Exceeded, true) => p < hundred,
                    (Verdict::Met, true) => p <= hundred,
                    (Verdict::NotMet, true) => p > hundred,
                };
                if !ok {
                    // the verdict the numbers give: the strictest that holds
                    let right = match (p.cmp(&hundred), f.spec.lower_is_better) {
                        (std::cmp::Ordering::Equal, _) => Verdict::Met,
                        (std::cmp::Ordering::Greater, false) | (std::cmp::Ordering::Less, true) => {
                            Verdict::Exceeded
                        }
                        _ => Verdict::NotMet,
                    };
                    let pct = fmt_like(p, Decimal::ONE);
                    let (figure, word, value) =
                        (describe(f), verdict_word(verdict), verdict_value(verdict));
                    let message = if p < hundred {
                        t!(
                            "check-verdict",
                            figure = figure,
                            word = word,
                            verdict = value,
                            pct = pct
                        )
                    } else {
                        t!(
                            "check-verdict-over",
                            figure = figure,
                            word = word,
                            verdict = value,
                            pct = pct
                        )
                    };
                    let (right_word, right_value) = (verdict_word(right), verdict_value(right));
                    let (expected, hint) = if f.spec.lower_is_better {
                        (
                            t!("check-verdict-ceiling-expected"),
                            t!(
                                "check-verdict-ceiling-hint",
                                word = right_word,
                                verdict = right_value
                            ),
                        )
                    } else {
                        (
                            t!("check-verdict-expected"),
                            t!(
                                "check-verdict-hint",
                                word = right_word,
                                verdict = right_value
                            ),
                        )
                    };
                    out.push(
                        Diagnostic::warning("verdict", message)
                            .at_loc(
                                content
                                    .loc(&f.section, &format!("figures.{}.verdict", f.id))
                                    .or_else(|| fig_loc(content, f)),
                            )
                            .expected(expected)
                            .hint(hint),
                    );
                }
            }
        }
    }
    out
}

/// Half a unit of the last digit `d` is written with: the rounding a
/// stated number may hide (`0,9` → 0,05).
fn half_unit(d: Decimal) -> Decimal {
    Decimal::new(5, d.normalize().scale() + 1)
}

/// What a figure says of its target or baseline (`field`): the number it
/// states, or the range its value and the percentage it states imply
/// (`value ÷ pct × 100`, for every value and percentage that round to
/// the stated ones).
struct Implied {
    /// The smallest and largest the reference can be, and the middle.
    lo: Decimal,
    hi: Decimal,
    mid: Decimal,
    /// How it is had: `202,18 ÷ 100,9%`, or the stated number.
    formula: Option<String>,
    /// The number, printed: `200,38`.
    shown: String,
}

fn implied(f: &Figure, field: &str) -> Option<Implied> {
    let own = match field {
        "target" => f.spec.target,
        _ => f.spec.baseline,
    };
    if let Some(own) = own.map(|x| x.0) {
        return Some(Implied {
            lo: own,
            hi: own,
            mid: own,
            formula: None,
            shown: fmt(own),
        });
    }
    let hundred = Decimal::ONE_HUNDRED;
    let (pct_key, over_key) = match field {
        "target" => ("pct_target", "over_target_pct"),
        _ => ("pct_baseline", "change_pct"),
    };
    // the percentage of the reference, and the rounding it may hide
    let (pct, h) = match (f.stated.get(pct_key), f.stated.get(over_key)) {
        (Some(p), _) => (*p, half_unit(*p)),
        (None, Some(q)) => (hundred.checked_add(*q)?, half_unit(*q)),
        _ => return None,
    };
    let v = f.shown("value")?;
    if v <= Decimal::ZERO || pct - h <= Decimal::ZERO {
        return None;
    }
    let hv = half_unit(v);
    let lo = (v - hv)
        .checked_mul(hundred)?
        .checked_div(pct.checked_add(h)?)?;
    let hi = v
        .checked_add(hv)?
        .checked_mul(hundred)?
        .checked_div(pct - h)?;
    let mid = v.checked_mul(hundred)?.checked_div(pct)?;
    // at the value's precision, one decimal at least (`187,5`)
    let dp = v.normalize().scale().max(1);
    Some(Implied {
        lo,
        hi,
        mid,
        formula: Some(format!("{} ÷ {}%", fmt(v), fmt(pct))),
        shown: format::number(format::round(mid, dp), None),
    })
}

/// A total whose parts are figures, when the total or a part states no
/// target (or baseline) but a percentage of it: the targets the
/// percentages imply, `value ÷ pct`, add up to the total's. Reported only
/// when they cannot, for any percentages that round to the stated ones.
fn implied_parts(content: &Sources, figures: &Figures, f: &Figure) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if f.spec.parts.is_empty() {
        return out;
    }
    for field in ["target", "baseline"] {
        let Some(own) = implied(f, field) else {
            continue;
        };
        let mut parts = Vec::new();
        for pv in f.spec.parts.values() {
            let crate::content::PartValue::Figure(id) = pv else {
                break;
            };
            let Some((p, i)) = figures.get(id).and_then(|p| Some((p, implied(p, field)?))) else {
                break;
            };
            parts.push((p, i));
        }
        // every part says it; one at least by its percentage (the
        // stated numbers alone are the rule above)
        if parts.len() != f.spec.parts.len()
            || own.formula.is_none() && parts.iter().all(|(_, i)| i.formula.is_none())
        {
            continue;
        }
        // (a sum too large for a decimal is no finding, never a panic)
        let Some((lo, hi, mid)) = parts.iter().try_fold(
            (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO),
            |(l, h, m), (_, i)| {
                Some((
                    l.checked_add(i.lo)?,
                    h.checked_add(i.hi)?,
                    m.checked_add(i.mid)?,
                ))
            },
        ) else {
            continue;
        };
        if hi >= own.lo && lo <= own.hi {
            continue;
        }
        let dp = parts
            .iter()
            .filter_map(|(p, _)| p.shown("value"))
            .map(|v| v.normalize().scale())
            .max()
            .unwrap_or(0)
            .max(1);
        let sum = format::number(format::round(mid, dp), None);
        let sum_formula: Vec<String> = parts
            .iter()
            .map(|(p, i)| match &i.formula {
                Some(how) => format!("{how} = {} ({})", i.shown, p.id),
                None => format!("{} ({})", i.shown, p.id),
            })
            .collect();
        let own_text = match &own.formula {
            Some(how) => format!("{how} = {}", own.shown),
            None => own.shown.clone(),
        };
        let (figure, sum_formula) = (describe(f), sum_formula.join(" + "));
        let (msg, expected) = if field == "target" {
            (
                t!(
                    "check-parts-implied-targets",
                    figure = figure,
                    sum_formula = sum_formula,
                    sum = sum,
                    own = own_text
                ),
                t!("check-parts-implied-targets-expected"),
            )
        } else {
            (
                t!(
                    "check-parts-implied-baselines",
                    figure = figure,
                    sum_formula = sum_formula,
                    sum = sum,
                    own = own_text
                ),
                t!("check-parts-implied-baselines-expected"),
            )
        };
        // what the total's percentage of target would be against the parts' sum
        let (pct_key, over_key) = match field {
            "target" => ("pct_target", "over_target_pct"),
            _ => ("pct_baseline", "change_pct"),
        };
        let stated_key = [pct_key, over_key]
            .into_iter()
            .find(|k| f.stated.contains_key(*k));
        let stated_pct = match (f.stated.get(pct_key), f.stated.get(over_key)) {
            (Some(p), _) => Some(*p),
            (None, Some(q)) => Decimal::ONE_HUNDRED.checked_add(*q),
            _ => None,
        };
        let against = f.shown("value").and_then(|v| {
            let pct = v.checked_mul(Decimal::ONE_HUNDRED)?.checked_div(mid)?;
            Some((v, pct))
        });
        let hint = match (field, against, stated_pct, &own.formula) {
            ("target", Some((v, pct)), Some(stated), Some(_)) => t!(
                "check-parts-implied-targets-hint",
                sum = sum.clone(),
                value = fmt(v),
                pct = format::number(format::round(pct, 2), None),
                stated_pct = fmt(stated)
            ),
            ("target", ..) => t!("check-parts-implied-targets-parts-hint"),
            _ => t!("check-parts-implied-baselines-hint"),
        };
        let loc = stated_key
            .and_then(|k| stated_loc(content, f, k))
            .or_else(|| fig_loc(content, f));
        out.push(
            Diagnostic::warning("parts-sum", msg)
                .at_loc(loc)
                .expected(expected)
                .hint(hint),
        );
    }
    out
}

/// “vượt”, “đạt”, “không đạt” (with the English word in English).
fn verdict_word(v: Verdict) -> String {
    match v {
        Verdict::Exceeded => t!("check-verdict-word-exceeded"),
        Verdict::Met => t!("check-verdict-word-met"),
        Verdict::NotMet => t!("check-verdict-word-not-met"),
    }
}

/// The value of `verdict:` in YAML.
fn verdict_value(v: Verdict) -> &'static str {
    match v {
        Verdict::Exceeded => "exceeded",
        Verdict::Met => "met",
        Verdict::NotMet => "not_met",
    }
}

/// A count a text states for the list it introduces ("Kết quả thực hiện
/// 02 khâu đột phá", "… 06 nhiệm vụ trọng tâm sau:") that is not how many
/// things the list has: the last count-like number of the text (a number
/// of at most three digits followed by a word) against the list's length.
pub fn stated_counts(listed: &[crate::numbered::Listed]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for l in listed {
        // (the rendered text carries provenance markers: not part of it)
        let text = crate::provenance::strip(&l.rendered);
        let Some(stated) = counts_in(&text).last().copied() else {
            continue;
        };
        if stated == l.count {
            continue;
        }
        let short: String = text.chars().take(60).collect();
        let hint = match &l.id {
            Some(id) => t!("editing-count-hint-id", id = id),
            None => t!("editing-count-hint"),
        };
        out.push(
            Diagnostic::warning(
                "count",
                t!(
                    "editing-count-differs",
                    text = short,
                    stated = format::padded(stated as i64),
                    count = l.count
                ),
            )
            .at_loc(Some(l.src.clone()))
            .expected(t!(
                "editing-count-expected",
                count = format::padded(l.count as i64)
            ))
            .hint(hint),
        );
    }
    out
}

/// The numbers of a text that read as counts: at most three digits, not
/// part of a date, a fraction or a document number, followed by a word.
fn counts_in(text: &str) -> Vec<usize> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        let before = start.checked_sub(1).map(|k| chars[k]);
        let glued = |c: Option<char>| c.is_some_and(|c| !c.is_whitespace() && c != '(');
        let word_after =
            chars.get(i) == Some(&' ') && chars.get(i + 1).is_some_and(|c| c.is_alphabetic());
        if i - start <= 3 && !glued(before) && word_after {
            let n: String = chars[start..i].iter().collect();
            out.extend(n.parse::<usize>().ok());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn agreement_is_at_the_stated_precision() {
        assert!(agrees(d("27.4"), d("27.3899")));
        assert!(!agrees(d("27.2"), d("27.3899")));
        assert!(agrees(d("68.8"), d("68.75")));
        assert!(agrees(d("153"), d("152.5")));
        assert!(!agrees(d("153"), d("152.49")));
        assert!(agrees(d("14.2"), d("14.196")));
        assert!(agrees(d("1.0"), d("1")));
    }
}
