//! The tera filters — the Vietnamese formatting of [`crate::format`] —
//! declared once each in [`FILTERS`]: the name, what it does, an example
//! and the function. [`register`] registers them, [`names`] lists them for
//! the diagnostics' suggestions, [`docs_table`] is their table in
//! docs/content.md (tests/docs.rs keeps the file current), and a test
//! renders every example.

use rust_decimal::prelude::*;
use tera::{Kwargs, Number, State, Tera, TeraResult};

use crate::format;
use crate::t;

/// One filter.
pub struct Filter {
    pub name: &'static str,
    /// Its arguments as the docs write them (`(p=N)`), or "".
    pub args: &'static str,
    /// What it gives, for the docs.
    pub doc: &'static str,
    /// Templates using it, and what each prints (a test renders them).
    pub examples: &'static [(&'static str, &'static str)],
    /// Registers the function under the filter's name.
    register: fn(&mut Tera, &'static str),
}

/// Every filter baocao adds to tera's own.
pub const FILTERS: &[Filter] = &[
    Filter {
        name: "num",
        args: "(p=N)",
        doc: "a number the Vietnamese way: at most 2 decimals, zeros dropped; with `p=N`, exactly N decimals",
        examples: &[("{{ 2732.16 | num }}", "2.732,16"), ("{{ 1 | num(p=1) }}", "1,0")],
        register: |t, name| t.register_filter(name, num),
    },
    Filter {
        name: "pct",
        args: "(p=N)",
        doc: "a percentage, as `num` with `%`",
        examples: &[("{{ 343.49 | pct(p=1) }}", "343,5%")],
        register: |t, name| t.register_filter(name, pct),
    },
    Filter {
        name: "signed",
        args: "(p=N)",
        doc: "as `num`, with `+` before a positive number",
        examples: &[("{{ 14.69 | signed }}", "+14,69"), ("{{ -14.69 | signed }}", "-14,69")],
        register: |t, name| t.register_filter(name, signed),
    },
    Filter {
        name: "abs",
        args: "",
        doc: "the size of a number, for “giảm X” of a change (`f.<id>.change | abs | num`)",
        examples: &[("{{ -14.69 | abs | num }}", "14,69")],
        register: |t, name| t.register_filter(name, abs),
    },
    Filter {
        name: "pad",
        args: "",
        doc: "a count written with a leading zero below 10",
        examples: &[("{{ 3 | pad }} chỉ tiêu", "03 chỉ tiêu")],
        register: |t, name| t.register_filter(name, pad),
    },
    Filter {
        name: "qty",
        args: "(p=N)",
        doc: "a figure's value with its unit (`%` right after the number): what “value | num” and “unit” print together",
        examples: &[
            ("{{ {\"value\": 2732.16, \"unit\": \"tỷ đồng\"} | qty }}", "2.732,16 tỷ đồng"),
            ("{{ {\"value\": 27.2, \"unit\": \"%\"} | qty(p=1) }}", "27,2%"),
        ],
        register: |t, name| t.register_filter(name, qty),
    },
    Filter {
        name: "change",
        args: "(p=N, pct=true, both=true, since=false)",
        doc: "a figure's change against its baseline: “tăng” or “giảm”, the size with the unit, “so với năm” and the baseline year; `pct=true`: the change in percent (`change_pct`); `both=true`: the size, then the percent in brackets; `since=false`: without “so với năm …”",
        examples: &[
            ("{{ {\"change\": 1917.76, \"change_pct\": 235.48, \"unit\": \"tỷ đồng\", \"baseline_year\": 2020} | change }}", "tăng 1.917,76 tỷ đồng so với năm 2020"),
            ("{{ {\"change\": -2.1, \"change_pct\": -0.18, \"unit\": \"tấn\", \"baseline_year\": 2020} | change(pct=true, since=false) }}", "giảm 0,18%"),
            ("{{ {\"change\": 10.6, \"change_pct\": 16.06, \"unit\": \"triệu đồng\", \"baseline_year\": 2020} | change(both=true) }}", "tăng 10,6 triệu đồng (16,06%) so với năm 2020"),
        ],
        register: |t, name| t.register_filter(name, change),
    },
    Filter {
        name: "since",
        args: "",
        doc: "“so với năm” and a figure's baseline year",
        examples: &[("{{ {\"baseline_year\": 2020} | since }}", "so với năm 2020")],
        register: |t, name| t.register_filter(name, since),
    },
    Filter {
        name: "reached",
        args: "(p=N, of=\"…\")",
        doc: "a figure's percent of its target, as the reports say it: “đạt X% mục tiêu”; `of=\"kế hoạch\"` says what instead of “mục tiêu”",
        examples: &[
            ("{{ {\"pct_target\": 153.02} | reached(p=0) }}", "đạt 153% mục tiêu"),
            ("{{ {\"pct_target\": 88.05} | reached(of=\"kế hoạch\") }}", "đạt 88,05% kế hoạch"),
        ],
        register: |t, name| t.register_filter(name, reached),
    },
    Filter {
        name: "ratio",
        args: "",
        doc: "a figure's value out of its whole (`of`), else out of its target: “11/16”",
        examples: &[("{{ {\"value\": 11, \"of\": 16} | ratio }}", "11/16")],
        register: |t, name| t.register_filter(name, ratio),
    },
    Filter {
        name: "roman",
        args: "",
        doc: "a Roman numeral (1–3999)",
        examples: &[("{{ 6 | roman }}", "VI")],
        register: |t, name| t.register_filter(name, roman),
    },
    Filter {
        name: "ordinal",
        args: "",
        doc: "the ordinal word of 1–10, as in “Phần thứ nhất”",
        examples: &[("Phần thứ {{ 1 | ordinal }}", "Phần thứ nhất")],
        register: |t, name| t.register_filter(name, ordinal),
    },
    Filter {
        name: "md",
        args: "",
        doc: "a text with the characters Markdown would read as markup escaped (layout templates print the document's fields with it)",
        examples: &[("{{ \"đạt *100%*\" | md }}", "đạt \\*100%\\*")],
        register: |t, name| t.register_filter(name, md),
    },
];

/// Registers every filter of [`FILTERS`].
pub fn register(tera: &mut Tera) {
    for f in FILTERS {
        (f.register)(tera, f.name);
    }
}

/// The filters' names, for suggestions.
pub fn names() -> impl Iterator<Item = &'static str> + Clone {
    FILTERS.iter().map(|f| f.name)
}

/// The filters, as docs/content.md lists them.
pub fn docs_table() -> String {
    let cell = |s: &str| s.replace('|', "\\|");
    let mut out = String::from("| filter | gives | examples |\n|---|---|---|\n");
    for f in FILTERS {
        let examples: Vec<String> = f
            .examples
            .iter()
            .map(|(template, prints)| format!("`{}` → `{}`", cell(template), cell(prints)))
            .collect();
        out.push_str(&format!(
            "| `{}{}` | {} | {} |\n",
            f.name,
            f.args,
            cell(f.doc),
            examples.join("; ")
        ));
    }
    out
}

/// The error of filter `filter` that cannot write its value: `message`
/// (from the catalog), which tera passes on as the text of the error and
/// [`own_error`] takes back.
fn failed(filter: &'static str, message: String) -> tera::Error {
    tera::Error::message(format!("{filter}: {message}"))
}

/// The filter and the message of an error [`failed`] made, from tera's
/// text of it.
pub fn own_error(text: &str) -> Option<(&str, &str)> {
    let (filter, message) = text.split_once(": ")?;
    names().any(|n| n == filter).then_some((filter, message))
}

/// An integer in a message, the Vietnamese way (`4.000`).
fn shown(x: i64) -> String {
    format::number(Decimal::from(x), None)
}

fn num_arg(n: Number) -> Decimal {
    match n {
        Number::Integer(i) => Decimal::from_i128_with_scale(i, 0),
        Number::Float(f) => format::decimal_from_f64(f).unwrap_or_default(),
        #[allow(unreachable_patterns)]
        _ => Decimal::ZERO,
    }
}

fn precision(kwargs: &Kwargs) -> TeraResult<Option<u32>> {
    Ok(kwargs.get::<i64>("p")?.map(|p| p.clamp(0, 10) as u32))
}

fn num(x: Number, k: Kwargs, _: &State) -> TeraResult<String> {
    Ok(format::number(num_arg(x), precision(&k)?))
}

fn pct(x: Number, k: Kwargs, _: &State) -> TeraResult<String> {
    Ok(format::percent(num_arg(x), precision(&k)?))
}

fn signed(x: Number, k: Kwargs, _: &State) -> TeraResult<String> {
    Ok(format::signed(num_arg(x), precision(&k)?))
}

fn abs(x: Number, _: Kwargs, _: &State) -> f64 {
    num_arg(x).abs().to_f64().unwrap_or(0.0)
}

fn pad(x: i64, _: Kwargs, _: &State) -> String {
    format::padded(x)
}

fn roman(x: i64, _: Kwargs, _: &State) -> TeraResult<String> {
    u32::try_from(x)
        .ok()
        .and_then(format::roman)
        .ok_or_else(|| failed("roman", t!("render-filter-roman", value = shown(x))))
}

fn ordinal(x: i64, _: Kwargs, _: &State) -> TeraResult<String> {
    u32::try_from(x)
        .ok()
        .and_then(format::ordinal)
        .map(str::to_string)
        .ok_or_else(|| failed("ordinal", t!("render-filter-ordinal", value = shown(x))))
}

// ---------------------------------------------------------------- figures

/// A field of the figure `fig` a figure filter prints: its number, or the
/// filter's error saying what the figure lacks (or that the value is no
/// figure).
fn figure_number(filter: &'static str, fig: &tera::Value, field: &str) -> TeraResult<Decimal> {
    if fig.is_undefined() || fig.as_map().is_none() {
        return Err(not_a_figure(filter, fig));
    }
    match fig.get_from_path(field).and_then(|v| v.as_number()) {
        Some(n) => Ok(num_arg(n)),
        None => Err(lacks(filter, fig, field)),
    }
}

fn figure_text(filter: &'static str, fig: &tera::Value, field: &str) -> TeraResult<String> {
    if fig.as_map().is_none() {
        return Err(not_a_figure(filter, fig));
    }
    match fig.get_from_path(field) {
        Some(v) if v.is_string() => Ok(v.as_str().unwrap_or("").to_string()),
        Some(v) if v.is_number() => Ok(v.to_string()),
        _ => Err(lacks(filter, fig, field)),
    }
}

/// "the filter `qty` prints a figure": what was given is no figure.
fn not_a_figure(filter: &'static str, v: &tera::Value) -> tera::Error {
    if v.is_undefined() {
        // a name that is not there (`{{ gtt | qty }}`): said as tera says
        // it of any undefined value, so that it is explained as one
        return tera::Error::new(tera::ErrorKind::InvalidArgument {
            expected_type: "Map".into(),
            actual_type: "undefined".into(),
        });
    }
    failed(
        filter,
        t!(
            "editing-filter-not-a-figure",
            filter = filter,
            value = v.to_string()
        ),
    )
}

/// "figure `x` has no `unit`, which `qty` prints".
fn lacks(filter: &'static str, fig: &tera::Value, field: &str) -> tera::Error {
    let id = fig
        .get_from_path("id")
        .and_then(|v| v.as_str())
        .unwrap_or("?")
        .to_string();
    let needs = crate::content::fields::field_needs(field).unwrap_or_else(|| "—".into());
    failed(
        filter,
        t!(
            "editing-filter-figure-lacks",
            filter = filter,
            id = id,
            field = field,
            needs = needs
        ),
    )
}

/// A number with a unit, as the reports write it: `27,2%`, `2.732,16 tỷ đồng`.
fn with_unit(x: Decimal, unit: &str, p: Option<u32>) -> String {
    let n = format::number(x, p);
    match unit {
        "" => n,
        "%" => format!("{n}%"),
        u => format!("{n} {u}"),
    }
}

fn qty(fig: tera::Value, k: Kwargs, _: &State) -> TeraResult<String> {
    let v = figure_number("qty", &fig, "value")?;
    let unit = figure_text("qty", &fig, "unit")?;
    Ok(with_unit(v, &unit, precision(&k)?))
}

fn change(fig: tera::Value, k: Kwargs, _: &State) -> TeraResult<String> {
    let p = precision(&k)?;
    let pct = k.get::<bool>("pct")?.unwrap_or(false);
    let both = k.get::<bool>("both")?.unwrap_or(false);
    let since = k.get::<bool>("since")?.unwrap_or(true);
    let (sign, size) = if pct {
        let c = figure_number("change", &fig, "change_pct")?;
        (c, format::percent(c.abs(), p))
    } else {
        let c = figure_number("change", &fig, "change")?;
        let unit = figure_text("change", &fig, "unit")?;
        let mut size = with_unit(c.abs(), &unit, p);
        if both {
            let cp = figure_number("change", &fig, "change_pct")?;
            size.push_str(&format!(" ({})", format::percent(cp.abs(), p)));
        }
        (c, size)
    };
    let word = if sign < Decimal::ZERO {
        "giảm"
    } else {
        "tăng"
    };
    let mut out = format!("{word} {size}");
    if since {
        out.push(' ');
        out.push_str(&since_text("change", &fig)?);
    }
    Ok(out)
}

fn since_text(filter: &'static str, fig: &tera::Value) -> TeraResult<String> {
    Ok(format!(
        "so với năm {}",
        figure_text(filter, fig, "baseline_year")?
    ))
}

fn since(fig: tera::Value, _: Kwargs, _: &State) -> TeraResult<String> {
    since_text("since", &fig)
}

fn reached(fig: tera::Value, k: Kwargs, _: &State) -> TeraResult<String> {
    let pct = figure_number("reached", &fig, "pct_target")?;
    let of = k.get::<&str>("of")?.unwrap_or("mục tiêu").to_string();
    Ok(format!("đạt {} {of}", format::percent(pct, precision(&k)?)))
}

fn ratio(fig: tera::Value, _: Kwargs, _: &State) -> TeraResult<String> {
    let v = figure_number("ratio", &fig, "value")?;
    let whole = if fig.get_from_path("of").is_some() {
        figure_number("ratio", &fig, "of")?
    } else {
        figure_number("ratio", &fig, "target")?
    };
    Ok(format!(
        "{}/{}",
        format::number(v, None),
        format::number(whole, None)
    ))
}

/// Takes any value so that an undefined one (`{{ doc.titel | md }}`) is
/// reported rather than printed as nothing.
fn md(v: tera::Value, _: Kwargs, _: &State) -> TeraResult<String> {
    if v.is_undefined() {
        return Err(tera::Error::new(tera::ErrorKind::InvalidArgument {
            expected_type: "String".into(),
            actual_type: "undefined".into(),
        }));
    }
    let s = v.to_string();
    // a field marked with its provenance: the marker is no markup, and the
    // text after it is what starts the line
    Ok(match crate::provenance::opening_len(&s) {
        Some(n) => format!("{}{}", &s[..n], format::escape_markdown(&s[n..])),
        None => format::escape_markdown(&s),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(tera: &mut Tera, template: &str) -> TeraResult<String> {
        tera.render_str(template, &tera::Context::new(), false)
    }

    #[test]
    fn every_filter_is_registered() {
        let mut tera = Tera::new();
        register(&mut tera);
        // the filters of a figure take a map: their examples show them
        let of_numbers = FILTERS
            .iter()
            .filter(|f| !f.examples[0].0.starts_with("{{ {"));
        for f in of_numbers.map(|f| f.name) {
            let r = render(&mut tera, &format!("{{{{ 3 | {f} }}}}"));
            assert!(r.is_ok(), "filter `{f}`: {:?}", r.err());
        }
        assert!(render(&mut tera, "{{ 3 | nosuch }}").is_err());
    }

    #[test]
    fn every_example_prints_what_the_docs_say() {
        let mut tera = Tera::new();
        register(&mut tera);
        for f in FILTERS {
            assert!(!f.examples.is_empty(), "{}", f.name);
            for (template, prints) in f.examples {
                assert!(template.contains(&format!("| {}", f.name)), "{}", f.name);
                assert_eq!(render(&mut tera, template).unwrap(), *prints, "{}", f.name);
            }
        }
    }

    #[test]
    fn a_value_a_filter_cannot_write_is_its_own_error() {
        let mut tera = Tera::new();
        register(&mut tera);
        let e = render(&mut tera, "{{ 0 | roman }}").unwrap_err();
        let text = format!("{e}");
        let (filter, message) = text
            .lines()
            .find_map(|l| l.strip_prefix("error: "))
            .and_then(own_error)
            .unwrap_or_else(|| panic!("{text}"));
        assert_eq!(filter, "roman");
        assert!(
            message.contains("roman") && message.contains('0'),
            "{message}"
        );
        assert_eq!(own_error("Unknown filter `nm`"), None);
    }

    #[test]
    fn names_are_unique() {
        let mut v: Vec<&str> = names().collect();
        v.sort();
        v.dedup();
        assert_eq!(v.len(), FILTERS.len());
    }
}
