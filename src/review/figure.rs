//! A number a figure prints, changed: which field of which figure it is,
//! whether that field is an input (written in the YAML: `value`, `unit`,
//! `target` …) or derived (computed from inputs: a percentage, a change, a
//! total), and the new value the reviewer's text means.

use rust_decimal::prelude::*;

use crate::content::PartValue;
use crate::figures::{Figure, Figures};
use crate::format;

/// What a changed field is.
#[derive(Debug, Clone, PartialEq)]
pub enum Field {
    /// An input at `figures.<id>.<key>` of the figure's file: `number` for
    /// a numeric key, else text.
    Input {
        id: String,
        key: String,
        number: bool,
    },
    /// Derived from the inputs `inputs` ((figure id, key) each) by
    /// `formula`; `stated`: the draft states the value (`stated.<key>`).
    Derived {
        id: String,
        key: String,
        formula: String,
        inputs: Vec<(String, String)>,
        stated: bool,
    },
    /// Printed from something that is no number of the YAML (`verb` from
    /// `estimate:`, a default baseline year, a count).
    Generated { id: String, key: String },
}

/// The field `field` (`value`, `parts.vang`) of figure `id`.
pub fn classify(figures: &Figures, id: &str, field: &str) -> Option<Field> {
    let f = figures.get(id)?;
    let input = |key: &str, number: bool| Field::Input {
        id: id.to_string(),
        key: key.to_string(),
        number,
    };
    let s = &f.spec;
    if let Some(name) = field.strip_prefix("parts.") {
        return match s.parts.get(name)? {
            PartValue::Number(_) => Some(input(field, true)),
            PartValue::Figure(other) => classify(figures, other, "value"),
        };
    }
    let derived = |key: &str, inputs: Vec<(String, String)>| Field::Derived {
        id: id.to_string(),
        key: key.to_string(),
        formula: crate::figures::formula(f, key),
        inputs,
        stated: f.stated.contains_key(key),
    };
    let keys = |ks: &[&str]| -> Vec<(String, String)> {
        let mut out = Vec::new();
        for k in ks {
            if *k == "value" {
                out.extend(value_inputs(figures, f));
            } else {
                out.push((id.to_string(), k.to_string()));
            }
        }
        out
    };
    Some(match field {
        "unit" | "label" => input(field, false),
        "year" | "baseline" | "target" | "of" | "area" | "yield" | "growth_target" | "years" => {
            input(field, true)
        }
        "baseline_year" if s.baseline_year.is_some() => input(field, true),
        "value" if s.value.is_some() && !f.stated.contains_key("value") => input("value", true),
        "value" | "total" => derived(field, value_inputs(figures, f)),
        "change" | "change_pct" | "pct_baseline" => derived(field, keys(&["value", "baseline"])),
        "pct_target" | "over_target" | "over_target_pct" => {
            derived(field, keys(&["value", "target"]))
        }
        "pct_of" => derived(field, keys(&["value", "of"])),
        "growth" => derived(field, keys(&["value", "baseline", "year"])),
        "growth_over_target" => {
            derived(field, keys(&["value", "baseline", "year", "growth_target"]))
        }
        "per_year" => derived(field, keys(&["value", "years"])),
        "output" => derived(field, keys(&["area", "yield"])),
        _ => Field::Generated {
            id: id.to_string(),
            key: field.to_string(),
        },
    })
}

/// The inputs that give a figure's value: itself, or its parts (a part
/// that is another figure: that figure's value inputs), or area and yield.
fn value_inputs(figures: &Figures, f: &Figure) -> Vec<(String, String)> {
    let s = &f.spec;
    if s.value.is_some() {
        return vec![(f.id.clone(), "value".into())];
    }
    if !s.parts.is_empty() {
        let mut out = Vec::new();
        for (name, p) in &s.parts {
            match p {
                PartValue::Number(_) => out.push((f.id.clone(), format!("parts.{name}"))),
                PartValue::Figure(other) => match figures.get(other) {
                    Some(o) if o.id != f.id => out.extend(value_inputs(figures, o)),
                    _ => {}
                },
            }
        }
        return out;
    }
    if s.area.is_some() || s.yield_.is_some() {
        return vec![
            (f.id.clone(), "area".into()),
            (f.id.clone(), "yield".into()),
        ];
    }
    vec![(f.id.clone(), "value".into())]
}

/// The value of an input key as a template prints it plainly.
pub fn input_value(figures: &Figures, id: &str, key: &str) -> Option<String> {
    let f = figures.get(id)?;
    let s = &f.spec;
    let d = |x: Option<crate::content::Num>| x.map(|n| format::number(n.0, None));
    match key {
        "value" => f.shown("value").map(|v| format::number(v, None)),
        "unit" => s.unit.clone(),
        "label" => Some(s.label.clone()),
        "year" => s.year.map(|y| y.to_string()),
        "baseline_year" => f.baseline_year.map(|y| y.to_string()),
        "baseline" => d(s.baseline),
        "target" => d(s.target),
        "of" => d(s.of),
        "area" => d(s.area),
        "yield" => d(s.yield_),
        "growth_target" => d(s.growth_target),
        "years" => d(s.years),
        k => match k.strip_prefix("parts.") {
            Some(name) => f.parts.get(name).map(|v| format::number(*v, None)),
            None => f.shown(k).map(|v| format::number(v, None)),
        },
    }
}

/// The value of an input key as the YAML writes it (`2732.16`, `tỷ đồng`).
pub fn yaml_value(figures: &Figures, id: &str, key: &str) -> Option<String> {
    let f = figures.get(id)?;
    let s = &f.spec;
    let d = |x: Option<crate::content::Num>| x.map(|n| yaml_number(n.0));
    match key {
        "value" => d(s.value),
        "unit" => s.unit.clone(),
        "label" => Some(s.label.clone()),
        "year" => s.year.map(|y| y.to_string()),
        "baseline_year" => s.baseline_year.map(|y| y.to_string()),
        "baseline" => d(s.baseline),
        "target" => d(s.target),
        "of" => d(s.of),
        "area" => d(s.area),
        "yield" => d(s.yield_),
        "growth_target" => d(s.growth_target),
        "years" => d(s.years),
        k => k
            .strip_prefix("parts.")
            .and_then(|name| f.parts.get(name))
            .map(|v| yaml_number(*v)),
    }
}

/// A number written the way the report writes numbers (`2.740,5`,
/// `18.805`, `-3`, `27,2%`, `+14,69`): thousands with `.`, decimals with
/// `,`. `None` for anything else.
pub fn parse_number(s: &str) -> Option<Decimal> {
    let s = s.trim();
    let s = s.strip_suffix('%').unwrap_or(s).trim_end();
    let (neg, s) = match s.strip_prefix('-').or_else(|| s.strip_prefix('−')) {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (int, frac) = match s.split_once(',') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let groups: Vec<&str> = int.split('.').collect();
    if groups.is_empty()
        || groups[0].is_empty()
        || groups[0].len() > 3 && groups.len() > 1
        || groups
            .iter()
            .any(|g| !g.bytes().all(|b| b.is_ascii_digit()))
        || groups[1..].iter().any(|g| g.len() != 3)
    {
        return None;
    }
    let mut digits: String = groups.concat();
    if let Some(f) = frac {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.push('.');
        digits.push_str(f);
    }
    let d = Decimal::from_str(&digits).ok()?;
    Some(if neg { -d } else { d })
}

/// The new value of a number a template printed with `filters` (as
/// [`super::template::Expr::parts`] gives them), from what the reviewer
/// wrote; `old` is the value printed before, for the sign `abs` drops.
/// With the value, whether printing it through the same filters gives the
/// reviewer's text back.
pub fn new_value(
    text: &str,
    filters: &[(String, String)],
    old: Option<Decimal>,
) -> Option<(Decimal, bool)> {
    let mut v = parse_number(text)?;
    if filters.iter().any(|(f, _)| f == "abs") && old.is_some_and(|o| o.is_sign_negative()) {
        v = -v;
    }
    let mut printed: Option<String> = None;
    let mut x = v;
    for (f, args) in filters {
        let p = args.split(',').find_map(|a| {
            a.trim()
                .strip_prefix("p=")
                .and_then(|n| n.trim().parse::<u32>().ok())
        });
        printed = Some(match f.as_str() {
            "abs" => {
                x = x.abs();
                continue;
            }
            "num" => format::number(x, p),
            "pct" => format::percent(x, p),
            "signed" => format::signed(x, p),
            "pad" => format::padded(x.to_i64()?),
            _ => return Some((v, false)),
        });
    }
    let printed = printed.unwrap_or_else(|| format::number(x, None));
    Some((v, printed == text.trim()))
}

/// A decimal as YAML writes it: `2740.5`, `80`.
pub fn yaml_number(d: Decimal) -> String {
    d.normalize().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_the_report_way() {
        let d = |s: &str| Decimal::from_str(s).unwrap();
        assert_eq!(parse_number("2.740,5"), Some(d("2740.5")));
        assert_eq!(parse_number("18.805"), Some(d("18805")));
        assert_eq!(parse_number("80"), Some(d("80")));
        assert_eq!(parse_number("27,2%"), Some(d("27.2")));
        assert_eq!(parse_number("-3"), Some(d("-3")));
        assert_eq!(parse_number("2740.5"), None);
        assert_eq!(parse_number("abc"), None);
        let f = |s: &str| vec![(s.to_string(), String::new())];
        assert_eq!(
            new_value("2.740,5", &f("num"), None),
            Some((d("2740.5"), true))
        );
        assert_eq!(
            new_value("2.740,50", &f("num"), None),
            Some((d("2740.50"), false))
        );
        let abs_pct = vec![
            ("abs".to_string(), String::new()),
            ("pct".to_string(), String::new()),
        ];
        assert_eq!(
            new_value("12%", &abs_pct, Some(d("-14.69"))),
            Some((d("-12"), true))
        );
        assert_eq!(yaml_number(d("2740.50")), "2740.5");
    }
}
