//! The consistency rules of the appendices, beside the figures' own
//! ([`crate::check`]): a row whose verdict contradicts its value and
//! target; a row lacking what its columns need (a target, a unit, a
//! value); a count the report states about a table (`summary:`) that the
//! table, declared complete, does not give. Every finding is located at the
//! figure, with the row in report.yaml as related.

use rust_decimal::Decimal;

use super::{verdict_agrees, verdict_word, Appendix, Kind, Row};
use crate::content::{Content, Source, Verdict};
use crate::diag::{Diagnostic, Span};
use crate::figures::{Figure, Figures};
use crate::t;

fn source<'a>(content: &'a Content, section: &str) -> Option<&'a Source> {
    content
        .sections
        .iter()
        .find(|(n, _, _)| n == section)
        .map(|(_, _, s)| s)
}

fn key_loc(content: &Content, f: &Figure) -> Option<Span> {
    source(content, &f.section)?.key_loc(&format!("figures.{}", f.id))
}

/// The value at `field` of figure `f`, else the figure's key.
fn field_loc(content: &Content, f: &Figure, field: &str) -> Option<Span> {
    source(content, &f.section)
        .and_then(|s| s.loc(&format!("figures.{}.{field}", f.id)))
        .or_else(|| key_loc(content, f))
}

fn number(d: Decimal) -> String {
    crate::format::number(d, None)
}

/// How a row is named in messages: `Phụ lục số 01, dòng 3 (`bhyt`, …)`.
fn row_name(a: &Appendix, r: &Row, f: &Figure) -> String {
    let number = if r.number.is_empty() {
        "-"
    } else {
        r.number.as_str()
    };
    t!(
        "appendix-row-name",
        appendix = &a.label,
        row = number,
        figure = &f.id,
        label = &f.spec.label
    )
}

fn missing_word(what: &str) -> String {
    match what {
        "target" => t!("appendix-needs-target"),
        "unit" => t!("appendix-needs-unit"),
        _ => t!("appendix-needs-value"),
    }
}

fn verdict_name(v: Verdict) -> String {
    verdict_word(v).to_lowercase()
}

/// Whether the figures' own verdict rule reports `f` (its `verdict:`
/// against the percentage of the target templates print): the same
/// contradiction is not reported twice.
fn figure_rule_reports(f: &Figure) -> bool {
    let (Some(v), Some(p)) = (f.spec.verdict, f.shown("pct_target")) else {
        return false;
    };
    let computed = super::verdict_of(p, Decimal::ONE_HUNDRED, f.spec.lower_is_better);
    !verdict_agrees(v, computed)
}

/// The findings of every appendix.
pub fn check(content: &Content, figures: &Figures, appendices: &[Appendix]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for a in appendices {
        for r in a
            .rows
            .iter()
            .filter(|r| matches!(r.kind, Kind::Item | Kind::Sub))
        {
            let Some(f) = r.figure.as_deref().and_then(|id| figures.get(id)) else {
                continue;
            };
            // a verdict the row's own numbers contradict
            if let (Some(stated), Some(computed)) = (r.verdict, r.computed_verdict) {
                if !verdict_agrees(stated, computed) && !figure_rule_reports(f) {
                    // what to correct: the draft's verdict, else the
                    // percentage it states, which the printed verdict follows
                    let loc = if f.spec.verdict.is_some() {
                        field_loc(content, f, "verdict")
                    } else if f.stated.contains_key("pct_target") {
                        field_loc(content, f, "stated.pct_target")
                    } else {
                        key_loc(content, f)
                    };
                    let value = super::row_number(f, r.measure, "value")
                        .map(number)
                        .unwrap_or_default();
                    let target = super::row_number(f, r.measure, "target")
                        .map(number)
                        .unwrap_or_default();
                    out.push(
                        Diagnostic::warning(
                            "appendix-verdict",
                            t!(
                                "appendix-verdict",
                                row = row_name(a, r, f),
                                stated = verdict_name(stated),
                                value = value,
                                target = target,
                                computed = verdict_name(computed)
                            ),
                        )
                        .at_loc(loc)
                        .related(t!("appendix-the-row"), Some(r.src.clone()))
                        .expected(t!("appendix-verdict-expected"))
                        .hint(t!("appendix-verdict-hint")),
                    );
                }
            }
            // what the row's columns need
            if !r.missing.is_empty() {
                let words: Vec<String> = r.missing.iter().map(|m| missing_word(m)).collect();
                let keys: Vec<String> = r.missing.iter().map(|m| format!("`{m}:`")).collect();
                out.push(
                    Diagnostic::warning(
                        "appendix-row",
                        t!(
                            "appendix-row-lacks",
                            row = row_name(a, r, f),
                            missing = words.join(", ")
                        ),
                    )
                    .at_loc(key_loc(content, f))
                    .related(t!("appendix-the-row"), Some(r.src.clone()))
                    .expected(t!("appendix-row-lacks-expected", keys = keys.join(", ")))
                    .hint(t!("appendix-row-lacks-hint")),
                );
            }
        }
        // the counts the report states, against a complete table's
        if a.complete {
            for s in &a.stated {
                let (Some(stated), Some(counted)) = (s.value, a.counts.get(s.count)) else {
                    continue;
                };
                if stated == Decimal::from(counted) {
                    continue;
                }
                let Some(f) = figures.get(&s.figure) else {
                    continue;
                };
                let loc = match &s.part {
                    Some(p) => field_loc(content, f, &format!("parts.{p}")),
                    None => field_loc(content, f, "value"),
                };
                let c = &a.counts;
                out.push(
                    Diagnostic::warning(
                        "appendix-summary",
                        t!(
                            "appendix-summary",
                            appendix = &a.label,
                            figure = &f.id,
                            count = t_count(s.count),
                            stated = number(stated),
                            counted = counted,
                            total = c.total,
                            met = c.met,
                            exceeded = c.exceeded
                        ),
                    )
                    .at_loc(loc)
                    .related(t!("appendix-the-table"), Some(a.src.clone()))
                    .expected(t!("appendix-summary-expected"))
                    .hint(t!(
                        "appendix-summary-hint",
                        id = &a.id,
                        count_key = s.count
                    )),
                );
            }
        }
    }
    out
}

/// A count's name in messages.
fn t_count(count: &str) -> String {
    match count {
        "total" => t!("appendix-count-total"),
        "met" => t!("appendix-count-met"),
        "exceeded" => t!("appendix-count-exceeded"),
        _ => t!("appendix-count-not-met"),
    }
}
