//! Consistency checks on the figures — the rules a careful reviewer with a
//! calculator applies: parts add up to their total; a stated percentage
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
use crate::diag::{Diagnostic, Span};
use crate::figures::{formula, Figure, Figures};
use crate::format;
use crate::numbered::{Lead, Report};
use crate::t;

/// True when `computed`, rounded to the precision `stated` is written
/// with, equals `stated`.
pub fn agrees(stated: Decimal, computed: Decimal) -> bool {
    let dp = stated.normalize().scale();
    format::round(computed, dp) == stated.normalize()
}

fn describe(f: &Figure) -> String {
    format!("`{}` ({})", f.id, f.spec.label)
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
        let what = match &item.lead {
            Lead::Heading(t) | Lead::RunIn(t, _) | Lead::Numbered(t) => &t.template,
            Lead::None => continue,
        };
        if item.number == item.computed {
            continue;
        }
        let short: String = what.chars().take(60).collect();
        let (number, computed) = (&item.number, &item.computed);
        out.push(
            Diagnostic::warning(
                "numbering",
                format!("“{short}” is numbered {number}. as the draft states it, but its position gives {computed}."),
            )
            .at_loc(Some(item.src.field("number")))
            .expected(format!("{computed}. (the number its position in the outline gives)"))
            .hint("remove `number:` to print the computed number"),
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
            let d = Diagnostic::error(
                "unknown-slot",
                format!("`{slot}` is not a slot of the outline, so its material would not appear"),
            )
            .at_loc(src.key_loc(&format!("slots.{slot}")))
            .expected(format!(
                "one of the slots named in report.yaml's outline: {}",
                outline_slots.join(", ")
            ));
            out.push(match crate::diag::nearest(slot, outline_slots.iter().copied()) {
                Some(n) => d.hint(format!("did you mean `{n}`?")),
                None => d.hint(format!(
                    "add the slot to the outline in report.yaml or move this material in {name}.yaml"
                )),
            });
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
                    let code = match key.as_str() {
                        "output" => "area-yield",
                        "growth" => "growth-rate",
                        "total" | "value" if !f.parts.is_empty() => "parts-sum",
                        _ => "stated-vs-computed",
                    };
                    let what = crate::figures::derived()
                        .find(|(k, _)| k == key)
                        .map(|(_, d)| d)
                        .unwrap_or("");
                    out.push(
                        Diagnostic::warning(
                            code,
                            format!(
                                "{}: the draft states {key} = {}, but the data give {} = {}",
                                describe(f),
                                fmt(*stated),
                                formula(f, key),
                                fmt_like(*computed, *stated)
                            ),
                        )
                        .at_loc(stated_loc(content, f, key))
                        .expected(format!("{key}: {what}"))
                        .hint("correct whichever figure is wrong: the stated value, or the data it derives from"),
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
                        format!(
                            "{}: the parts add up to {} = {}, not to the stated total {}",
                            describe(f),
                            formula(f, "total"),
                            fmt(*total),
                            fmt(v)
                        ),
                    )
                    .at_loc(value_loc(content, f))
                    .expected("the total equals the sum of its parts")
                    .hint("check the total and each part; remove `value:` to have baocao compute the total"),
                );
            }
        }
        // The targets and baselines of the parts add up to the total's.
        for (field, word) in [("target", "targets"), ("baseline", "baselines")] {
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
                let mut msg = format!(
                    "{}: the {word} of its parts add up to {} = {}, but its own {field} is {}",
                    describe(f),
                    names.join(" + "),
                    fmt(sum),
                    fmt(own)
                );
                if field == "target" {
                    if let (Some(v), Some(p)) = (f.shown("value"), f.shown("pct_target")) {
                        if !sum.is_zero() {
                            msg.push_str(&format!(
                                "; against {} the value {} is {}% of target, not {}%",
                                fmt(sum),
                                fmt(v),
                                format::number(v * Decimal::ONE_HUNDRED / sum, None),
                                format::number(p, None)
                            ));
                        }
                    }
                }
                out.push(
                    Diagnostic::warning("parts-sum", msg)
                        .at_loc(loc)
                        .expected(format!(
                            "the {field} of a total equals the sum of its parts' {word}"
                        ))
                        .hint(format!("check the {word}: the total's and each part's")),
                );
            }
        }
        // A count and the items it counts.
        if let (Some(v), false) = (f.spec.value.map(|x| x.0), f.spec.items.is_empty()) {
            let n = Decimal::from(f.spec.items.len());
            if v != n {
                out.push(
                    Diagnostic::warning(
                        "count",
                        format!(
                            "{}: the draft states {} but lists {} item(s): {}",
                            describe(f),
                            fmt(v),
                            f.spec.items.len(),
                            f.spec.items.join("; ")
                        ),
                    )
                    .at_loc(value_loc(content, f))
                    .expected("the count equals the number of items listed")
                    .hint("print the count with `{{ f.<id>.count | pad }}` so it follows the list"),
                );
            }
        }
        // Internal agreement of two stated percentages about the same target or baseline.
        for (a, b, offset) in [
            ("pct_target", "over_target_pct", 100),
            ("pct_baseline", "change_pct", 100),
        ] {
            if let (Some(pa), Some(pb)) = (f.stated.get(a), f.stated.get(b)) {
                let implied = *pa - Decimal::from(offset);
                if !agrees(*pb, implied) && !agrees(*pa, *pb + Decimal::from(offset)) {
                    out.push(
                        Diagnostic::warning(
                            "stated-vs-computed",
                            format!(
                                "{}: the draft states {a} = {}% and {b} = {}%, but {}% − {offset} = {}%",
                                describe(f),
                                fmt(*pa),
                                fmt(*pb),
                                fmt(*pa),
                                fmt(implied)
                            ),
                        )
                        .at_loc(stated_loc(content, f, b))
                        .related(a.to_string(), stated_loc(content, f, a))
                        .expected(format!("{b} = {a} − {offset}"))
                        .hint("one of the two percentages is wrong"),
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
                                format!(
                                    "{} states {} {}, but {} states {} for the same figure",
                                    describe(f),
                                    fmt(a),
                                    f.spec.unit.clone().unwrap_or_default(),
                                    describe(o),
                                    fmt(b)
                                ),
                            )
                            .at_loc(value_loc(content, f))
                            .related(format!("`{}` is stated", o.id), value_loc(content, o))
                            .expected("the same value in both places")
                            .hint("refer to one figure in both sentences (`f.<id>`) so the number is typed once"),
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
                                    format!(
                                        "{} states {key} = {}, but the same figure {} gives {key} = {}",
                                        describe(f),
                                        fmt(*stated),
                                        describe(o),
                                        fmt_like(theirs, *stated)
                                    ),
                                )
                                .at_loc(stated_loc(content, f, key))
                                .related(format!("`{}`", o.id), fig_loc(content, o))
                                .expected("the derived percentages of one figure agree wherever it is stated")
                                .hint("derive both from the same figure, or correct the one that is wrong"),
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
                    let word = match verdict {
                        Verdict::Exceeded => "vượt (exceeded)",
                        Verdict::Met => "đạt (met)",
                        Verdict::NotMet => "không đạt (not met)",
                    };
                    out.push(
                        Diagnostic::warning(
                            "verdict",
                            format!(
                                "{} is called “{word}”, but it is {}% of its target",
                                describe(f),
                                fmt_like(p, Decimal::ONE)
                            ),
                        )
                        .at_loc(
                            content
                                .loc(&f.section, &format!("figures.{}.verdict", f.id))
                                .or_else(|| fig_loc(content, f)),
                        )
                        .expected(if f.spec.lower_is_better {
                            "the target is a ceiling (lower_is_better): vượt: below 100% of target; đạt: at most 100%; không đạt: above 100%"
                        } else {
                            "vượt: above 100% of target; đạt: at least 100%; không đạt: below 100%"
                        })
                        .hint(if f.spec.lower_is_better {
                            "correct the wording or the figures"
                        } else {
                            "correct the wording or the figures; for a rate that should fall (poverty, malnutrition) add `lower_is_better: true`"
                        }),
                    );
                }
            }
        }
    }
    out
}

/// A count a text states for the list it introduces ("Kết quả thực hiện
/// 02 khâu đột phá", "… 06 nhiệm vụ trọng tâm sau:") that is not how many
/// things the list has: the last count-like number of the text (a number
/// of at most three digits followed by a word) against the list's length.
pub fn stated_counts(listed: &[crate::numbered::Listed]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for l in listed {
        let Some(stated) = counts_in(&l.rendered).last().copied() else {
            continue;
        };
        if stated == l.count {
            continue;
        }
        let short: String = l.rendered.chars().take(60).collect();
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
