//! tera errors → diagnostics.
//!
//! Two kinds of template are rendered: the layout templates (`report.md`,
//! …, overridable with `--templates DIR`) and the sentences of the YAML
//! files, each a one-off template. tera reports problems as text reports
//! ("error: Unknown filter `nm`\n --> name:1:20\n …", several joined for
//! unknown filters and includes) or as structured errors with a span. Both
//! are taken apart here; a problem in a sentence is located in the YAML
//! file, by following the sentence's characters through the YAML text
//! (folded lines, quotes, indentation).

use std::path::PathBuf;

use crate::content::Source;
use crate::diag::{nearest, or_list, Diagnostic, Span};
use crate::t;

use super::DOC_FIELDS;
use crate::figures::{field_needs, template_fields};

/// tera's own filters, for suggestions.
const TERA_FILTERS: &[&str] = &[
    "safe",
    "default",
    "upper",
    "lower",
    "wordcount",
    "escape",
    "escape_html",
    "escape_xml",
    "newlines_to_br",
    "pluralize",
    "trim",
    "trim_start",
    "trim_end",
    "replace",
    "capitalize",
    "title",
    "truncate",
    "indent",
    "str",
    "int",
    "float",
    "length",
    "reverse",
    "split",
    "round",
    "first",
    "last",
    "nth",
    "join",
    "sort",
    "unique",
    "get",
    "values",
    "keys",
    "pairs",
    "group_by",
];

/// Where the template that failed comes from.
#[derive(Clone, Copy)]
pub enum Origin<'a> {
    /// A layout template; the file each template was read from, by name
    /// (`report.md`, `sections/economy.part_one.md`).
    Layout(&'a [(String, PathBuf)]),
    /// A sentence of a YAML file: the file and the path of the value.
    Yaml(&'a Source, &'a str),
}

/// One tera report taken apart.
#[derive(Debug, Default, Clone)]
struct Report {
    message: String,
    /// The template's name (`__tera_one_off` for a sentence).
    name: String,
    line: usize,
    /// 0-based, in characters.
    col: usize,
    width: usize,
    /// The template's source line.
    source_line: String,
    /// "called from" notes: (label, name, line, col 0-based, width).
    notes: Vec<(String, String, usize, usize, usize)>,
    /// An error that is no report, taken from its kind.
    known: Option<Known>,
}

/// Parses tera's text reports (one or several, joined by blank lines).
fn parse_reports(text: &str) -> Vec<Report> {
    let mut out: Vec<Report> = Vec::new();
    let mut in_note = false;
    for line in text.lines() {
        if let Some(m) = line.strip_prefix("error: ") {
            out.push(Report {
                message: m.to_string(),
                ..Default::default()
            });
            in_note = false;
            continue;
        }
        let Some(r) = out.last_mut() else { continue };
        if let Some(rest) = line.strip_prefix("note: ") {
            // "note: called from a.md:2:12"
            if let Some((label, at)) = rest.rsplit_once(' ') {
                if let Some((name, l, c)) = name_line_col(at) {
                    r.notes
                        .push((label.to_string(), name, l, c.saturating_sub(1), 1));
                }
            }
            in_note = true;
            continue;
        }
        if in_note {
            if let (Some(n), Some((_, src))) = (r.notes.last_mut(), line.split_once(" | ")) {
                if src.contains('^') {
                    n.4 = src.matches('^').count();
                }
            }
            continue;
        }
        let t = line.trim_start();
        if let Some(at) = t.strip_prefix("--> ") {
            if let Some((name, l, c)) = name_line_col(at) {
                r.name = name;
                r.line = l;
                r.col = c.saturating_sub(1);
            }
        } else if let Some((num, src)) = line.split_once(" | ").or_else(|| line.split_once(" |")) {
            if num.trim().is_empty() {
                if src.contains('^') {
                    r.width = src.matches('^').count();
                }
            } else if num.trim().parse::<usize>().is_ok() {
                r.source_line = src.to_string();
            }
        } else if r.line == 0 && !t.is_empty() {
            // a message running over several lines
            r.message.push('\n');
            r.message.push_str(line);
        }
    }
    out
}

fn name_line_col(at: &str) -> Option<(String, usize, usize)> {
    let (rest, col) = at.trim().rsplit_once(':')?;
    let (name, line) = rest.rsplit_once(':')?;
    Some((name.to_string(), line.parse().ok()?, col.parse().ok()?))
}

/// The whole dotted expression around character `col` of `line`
/// (`f.gdp.value` for a span on `gdp`): (expression, start column).
fn expression_at(line: &str, col: usize) -> (String, usize) {
    let chars: Vec<char> = line.chars().collect();
    let is_part = |c: char| c.is_alphanumeric() || c == '_' || c == '.';
    let mut start = col.min(chars.len());
    while start > 0 && is_part(chars[start - 1]) {
        start -= 1;
    }
    let mut end = col.min(chars.len());
    while end < chars.len() && is_part(chars[end]) {
        end += 1;
    }
    (chars[start..end].iter().collect(), start)
}

/// The filter applied right after character `from` of `line`: `| num` → `num`.
fn filter_after(line: &str, from: usize) -> Option<String> {
    let rest: String = line.chars().skip(from).collect();
    let after = rest.split_once('|')?.1.trim_start();
    let name: String = after
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    (!name.is_empty()).then_some(name)
}

/// The filter call right after character `from` of `line`, with its
/// arguments: `| num(p="a") }}` → (`num(p="a")`, start column), when the
/// filter has arguments.
fn filter_call_after(line: &str, from: usize) -> Option<(String, usize)> {
    let chars: Vec<char> = line.chars().collect();
    let mut i = from + chars.get(from..)?.iter().position(|c| *c == '|')? + 1;
    while chars.get(i).is_some_and(|c| c.is_whitespace()) {
        i += 1;
    }
    let start = i;
    while chars
        .get(i)
        .is_some_and(|c| c.is_alphanumeric() || *c == '_')
    {
        i += 1;
    }
    if i == start || chars.get(i) != Some(&'(') {
        return None;
    }
    let close = i + chars[i..].iter().position(|c| *c == ')')?;
    Some((chars[start..=close].iter().collect(), start))
}

/// A filter's argument of the wrong type (`num(p="a")`, where tera says
/// it expected an `i64`): the call and where it starts.
fn wrong_argument(r: &Report) -> Option<(String, usize)> {
    let rest = r
        .message
        .strip_prefix("Invalid type for the value, expected `")?;
    // the value of every filter is a number or a text; an integer is an argument
    if kind(rest.split('`').next().unwrap_or(""), true) != "integer" {
        return None;
    }
    let (full, start) = expression_at(&r.source_line, r.col);
    filter_call_after(&r.source_line, start + full.chars().count())
}

/// "Available fields: a, b, c" → [a, b, c].
fn available(message: &str) -> Vec<String> {
    let Some(i) = message.find("Available ") else {
        return Vec::new();
    };
    let rest = &message[i..];
    let Some((_, list)) = rest.split_once(": ") else {
        return Vec::new();
    };
    list.split(',')
        .map(|s| s.trim().trim_end_matches('.').to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// The first backticked word of a message.
fn first_quoted(s: &str) -> String {
    s.split('`').nth(1).unwrap_or("").to_string()
}

fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    nearest(word, candidates).map(|n| t!("render-did-you-mean", name = n))
}

/// What a report says, in the content's terms: (code, message, expected, hint).
type Explained = (&'static str, String, Option<String>, Option<String>);

/// Where an undefined expression starts and how long it is, when tera's
/// span covers only its first name (`doc` of `doc.titel`).
fn expression_span(r: &Report) -> Option<(usize, usize)> {
    let m = r.message.as_str();
    if let Some((call, start)) = wrong_argument(r) {
        return Some((start, call.chars().count()));
    }
    if m.starts_with("Invalid type for the value")
        || m.starts_with("Tried to render a variable that is undefined")
    {
        let (expr, start) = expression_at(&r.source_line, r.col);
        return (!expr.is_empty()).then(|| (start, expr.chars().count()));
    }
    None
}

/// What the catalog's `$in` says the failed text is: a sentence of a YAML
/// file or a layout template.
fn text_kind(origin: Origin) -> &'static str {
    match origin {
        Origin::Yaml(..) => "sentence",
        Origin::Layout(..) => "template",
    }
}

/// A token as tera names it (`` `)` ``, `identifier`, `raw content`), in
/// the user's words.
fn token(t: &str) -> String {
    let t = t.trim();
    let word = match t {
        "raw content" => "raw",
        "attribute name" | "ident" => "identifier",
        _ => t,
    };
    t!("render-token", token = word)
}

/// What tera expected, as a token (`}}`, `identifier`, `` `/` ``), or
/// `None` for an expectation in tera's English words.
fn expected_token(e: &str) -> Option<String> {
    let e = e.trim().trim_end_matches('.');
    let known = ["identifier", "attribute name", "string"];
    if known.contains(&e) || (e.starts_with('`') && e.ends_with('`') && e.matches('`').count() == 2)
    {
        return Some(token(e));
    }
    (!e.is_empty() && !e.contains(char::is_whitespace) && !e.contains('`'))
        .then(|| format!("`{e}`"))
}

/// A tera type (`Number`, `i64`, `string`) as the catalog's kinds name it:
/// what a filter wants (`want`), or what it got.
fn kind(t: &str, want: bool) -> String {
    let t = t.to_lowercase();
    let integer = |t: &str| {
        t.len() > 1
            && (t.starts_with('i') || t.starts_with('u'))
            && (t[1..].bytes().all(|b| b.is_ascii_digit()) || &t[1..] == "size")
    };
    match t.as_str() {
        "integer" => "integer".into(),
        t if integer(t) => "integer".into(),
        "f32" | "f64" | "float" if !want => "decimal".into(),
        "number" | "f32" | "f64" | "float" => "number".into(),
        "bool" => "bool".into(),
        "string" | "str" | "&str" => "text".into(),
        "array" | "vec" | "vec<value>" | "&[value]" => "list".into(),
        "map" | "map/struct" => "map".into(),
        "none" => "none".into(),
        _ => t,
    }
}

/// The hint for a name of a target's figure (`value`) used elsewhere.
fn target_field_hint(name: &str) -> String {
    t!("render-target-field-hint", name = name)
}

fn explain(r: &Report, origin: Origin) -> Explained {
    let templates: Vec<String> = match origin {
        Origin::Layout(paths) => paths.iter().map(|(n, _)| n.clone()).collect(),
        Origin::Yaml(..) => Vec::new(),
    };
    let m = r.message.as_str();
    let yaml = matches!(origin, Origin::Yaml(..));
    let kind_of_text = text_kind(origin);
    if let Some(known) = &r.known {
        return known.explain();
    }
    if let Some((filter, message)) = crate::filters::own_error(m) {
        return (
            "template",
            message.to_string(),
            None,
            Some(t!("render-filter-failed-hint", filter = filter)),
        );
    }
    if let Some(rest) = m.strip_prefix("Unknown filter ") {
        let f = first_quoted(rest);
        let names: Vec<&str> = crate::filters::names().collect();
        return (
            "unknown-filter",
            t!("render-unknown-filter", filter = f),
            Some(t!(
                "render-unknown-filter-expected",
                filters = or_list(&names)
            )),
            Some(
                did_you_mean(&f, crate::filters::names())
                    .or_else(|| did_you_mean(&f, TERA_FILTERS.iter().copied()))
                    .unwrap_or_else(|| t!("render-unknown-filter-hint")),
            ),
        );
    }
    if let Some(rest) = m.strip_prefix("Unknown template ") {
        let name = first_quoted(rest);
        return (
            "missing-template",
            t!("render-missing-template", name = name),
            Some(t!("render-missing-template-expected")),
            Some(
                did_you_mean(&name, templates.iter().map(String::as_str))
                    .unwrap_or_else(|| t!("render-missing-template-hint")),
            ),
        );
    }
    for what in ["test", "function", "component"] {
        if let Some(rest) = m.strip_prefix(&format!("Unknown {what} ")) {
            let name = first_quoted(rest);
            let message = match what {
                "test" => t!("render-unknown-test", name = name),
                "function" => t!("render-unknown-function", name = name),
                _ => t!("render-unknown-component", name = name),
            };
            return (
                "template",
                message,
                None,
                Some(t!("render-unknown-tera-hint")),
            );
        }
    }
    if m.starts_with("Variable ") && m.contains("is not defined") {
        let v = first_quoted(m);
        let avail = available(m);
        let mut hint = did_you_mean(&v, avail.iter().map(String::as_str));
        if yaml && template_fields().contains(&v.as_str()) {
            hint = Some(target_field_hint(&v));
        }
        return (
            "unknown-variable",
            t!("render-unknown-variable", name = v),
            (!avail.is_empty())
                .then(|| t!("render-unknown-variable-expected", names = or_list(&avail))),
            Some(hint.unwrap_or_else(|| t!("render-unknown-variable-hint"))),
        );
    }
    let (expr, _) = expression_at(&r.source_line, r.col);
    if m.starts_with("Field ") && m.contains("is not defined") {
        let field = first_quoted(m);
        let avail = available(m);
        let parent = expr
            .split('.')
            .take_while(|s| *s != field)
            .collect::<Vec<_>>()
            .join(".");
        return undefined_field(&parent, &field, &avail);
    }
    if m.contains("but got `undefined`")
        || m.starts_with("Tried to render a variable that is undefined")
    {
        let parts: Vec<&str> = expr.split('.').collect();
        if parts.len() >= 2 {
            let parent = parts[..parts.len() - 1].join(".");
            return undefined_field(&parent, parts[parts.len() - 1], &[]);
        }
        return (
            "unknown-variable",
            t!("render-unknown-variable", name = expr),
            None,
            Some(if yaml && template_fields().contains(&expr.as_str()) {
                target_field_hint(&expr)
            } else {
                t!("render-unknown-variable-hint")
            }),
        );
    }
    if let Some(rest) = m.strip_prefix("Invalid type for the value, expected ") {
        // "`Number` but got `string`"
        let words: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
        let (want, got) = (
            kind(words.first().copied().unwrap_or("?"), true),
            kind(words.get(1).copied().unwrap_or("?"), false),
        );
        if let Some((call, _)) = wrong_argument(r) {
            let filter = call.split('(').next().unwrap_or("").to_string();
            let ours = crate::filters::FILTERS
                .iter()
                .find(|f| f.name == filter && !f.args.is_empty());
            return (
                "template",
                t!(
                    "render-wrong-argument",
                    call = call,
                    filter = filter,
                    want = want
                ),
                ours.map(|f| {
                    t!(
                        "render-wrong-argument-expected",
                        example = format!("{}(p=1)", f.name)
                    )
                }),
                Some(t!("render-wrong-argument-hint")),
            );
        }
        let (full, start) = expression_at(&r.source_line, r.col);
        let filter = filter_after(&r.source_line, start + full.chars().count());
        // a literal (`"ha"`, `3.5`): what is written up to the filter
        let full = if full.is_empty() || full.chars().all(|c| c.is_ascii_digit() || c == '.') {
            let rest: String = r.source_line.chars().skip(start).collect();
            let upto = rest.split(['|', '}']).next().unwrap_or("").trim();
            if upto.is_empty() {
                full
            } else {
                upto.to_string()
            }
        } else {
            full
        };
        let message = match &filter {
            Some(filter) => t!(
                "render-wrong-type",
                filter = filter,
                want = want,
                expr = full,
                got = got
            ),
            None => t!(
                "render-wrong-type-no-filter",
                want = want,
                expr = full,
                got = got
            ),
        };
        return (
            "template",
            message,
            filter.map(|filter| t!("render-wrong-type-expected", want = want, filter = filter)),
            Some(t!("render-wrong-type-hint")),
        );
    }
    if m.starts_with("Found ") || m.starts_with("Unexpected") {
        let (message, value) = syntax_message(m, r, kind_of_text);
        return (
            "template-syntax",
            message,
            Some(if value {
                t!("render-syntax-value-expected-expected")
            } else {
                t!("render-syntax-expected", in = kind_of_text)
            }),
            Some(t!("render-syntax-hint")),
        );
    }
    (
        "template",
        t!("render-failed", in = kind_of_text, reason = lower_first(m)),
        None,
        Some(t!("render-failed-hint")),
    )
}

/// The message of a syntax error tera reports as `m` (`Found `)` but
/// expected one of: …`, `Unexpected end of input`, …), and whether a value
/// was what tera wanted.
fn syntax_message(m: &str, r: &Report, kind_of_text: &str) -> (String, bool) {
    if m.starts_with("Unexpected end of input") {
        return (t!("render-syntax-unclosed", in = kind_of_text), false);
    }
    if m.starts_with("Unexpected character") {
        if let Some(c) = r.source_line.chars().nth(r.col) {
            let message = t!("render-syntax-unexpected-char", in = kind_of_text, char = c);
            return (message, false);
        }
    }
    if let Some(rest) = m.strip_prefix("Found ") {
        let split = rest
            .split_once(" but expected ")
            .or_else(|| rest.split_once(" but was expecting "));
        if let Some((found, expected)) = split {
            let found = token(found);
            let expected = expected.trim().trim_end_matches('.');
            let message = if expected == "}}" {
                t!("render-syntax-close-expression", in = kind_of_text, found = found)
            } else if expected == "%}" {
                t!("render-syntax-close-tag", in = kind_of_text, found = found)
            } else if expected.starts_with("one of: integer") {
                let message = t!("render-syntax-value-expected", in = kind_of_text, found = found);
                return (message, true);
            } else if let Some(expected) = expected_token(expected) {
                t!(
                    "render-syntax-found-expected",
                    in = kind_of_text,
                    found = found,
                    expected = expected
                )
            } else {
                t!("render-syntax-other", in = kind_of_text, reason = lower_first(m))
            };
            return (message, false);
        }
    }
    let message = t!("render-syntax-other", in = kind_of_text, reason = lower_first(m));
    (message, false)
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// `parent.field` does not exist: an unknown figure, a figure field that is
/// not set, a document field, or something else.
fn undefined_field(parent: &str, field: &str, avail: &[String]) -> Explained {
    let from_list = |list: &[String]| did_you_mean(field, list.iter().map(String::as_str));
    if parent == "f" {
        return (
            "unknown-figure",
            t!("render-unknown-figure", id = field),
            Some(t!("render-unknown-figure-expected")),
            Some(from_list(avail).unwrap_or_else(|| t!("render-unknown-figure-hint"))),
        );
    }
    if let Some(id) = parent.strip_prefix("f.").filter(|id| !id.contains('.')) {
        let fields = template_fields();
        let known = fields.contains(&field);
        let hint = match (known, field_needs(field)) {
            (true, Some(needs)) => t!(
                "render-figure-field-needs",
                field = field,
                needs = needs,
                id = id
            ),
            _ => did_you_mean(field, fields.iter().copied())
                .or_else(|| from_list(avail))
                .unwrap_or_else(|| t!("render-figure-fields-hint")),
        };
        return (
            "unknown-field",
            if known {
                t!("render-figure-lacks-field", id = id, field = field)
            } else {
                t!(
                    "render-not-a-figure-field",
                    field = field,
                    expr = format!("f.{id}.{field}")
                )
            },
            Some(if avail.is_empty() {
                t!("render-figure-fields-expected-docs", id = id)
            } else {
                t!(
                    "render-figure-fields-expected",
                    id = id,
                    fields = or_list(avail)
                )
            }),
            Some(hint),
        );
    }
    if parent == "doc" {
        // a field the document has not got here: a blank, said as one
        if let Some((message, hint)) = absent_doc_field(field) {
            return ("blank", message, None, Some(hint));
        }
        let avail: Vec<String> = if avail.is_empty() {
            DOC_FIELDS.iter().map(|s| s.to_string()).collect()
        } else {
            avail.to_vec()
        };
        return (
            "unknown-field",
            t!("render-doc-lacks-field", field = field),
            Some(t!("render-doc-fields-expected", fields = or_list(&avail))),
            Some(from_list(&avail).unwrap_or_else(|| t!("render-doc-fields-hint"))),
        );
    }
    (
        "unknown-field",
        t!("render-lacks-field", parent = parent, field = field),
        (!avail.is_empty()).then(|| t!("render-fields-expected", fields = or_list(avail))),
        Some(from_list(avail).unwrap_or_else(|| t!("render-check-name-hint"))),
    )
}

/// An error tera gives as a kind of its own rather than as a report.
#[derive(Debug, Clone)]
enum Known {
    CircularInclude { tpl: String, chain: Vec<String> },
    CircularExtend { tpl: String, chain: Vec<String> },
    MissingParent { current: String, parent: String },
}

impl Known {
    fn from_tera(kind: &tera::ErrorKind) -> Option<Known> {
        Some(match kind {
            tera::ErrorKind::CircularInclude { tpl, include_chain } => Known::CircularInclude {
                tpl: tpl.clone(),
                chain: include_chain.clone(),
            },
            tera::ErrorKind::CircularExtend {
                tpl,
                inheritance_chain,
            } => Known::CircularExtend {
                tpl: tpl.clone(),
                chain: inheritance_chain.clone(),
            },
            tera::ErrorKind::MissingParent { current, parent } => Known::MissingParent {
                current: current.clone(),
                parent: parent.clone(),
            },
            _ => return None,
        })
    }

    fn explain(&self) -> Explained {
        let chain = |c: &[String]| {
            c.iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(" → ")
        };
        match self {
            Known::CircularInclude { tpl, chain: c } => (
                "template",
                t!("render-circular-include", name = tpl, chain = chain(c)),
                None,
                Some(t!("render-circular-include-hint")),
            ),
            Known::CircularExtend { tpl, chain: c } => (
                "template",
                t!("render-circular-extend", name = tpl, chain = chain(c)),
                None,
                None,
            ),
            Known::MissingParent { current, parent } => (
                "missing-template",
                t!("render-missing-parent", name = current, parent = parent),
                Some(t!("render-missing-template-expected")),
                Some(t!("render-missing-template-hint")),
            ),
        }
    }
}

/// A "note" of a tera report (`called from`, `first defined here`, `the
/// for loop starts here`), in the user's words.
fn note_label(label: &str) -> String {
    match label {
        "called from" => return t!("render-note-called-from"),
        "first defined here" => return t!("render-note-first-defined"),
        _ => {}
    }
    if let Some(what) = label
        .strip_prefix("the ")
        .and_then(|l| l.strip_suffix(" starts here"))
    {
        let what = match what {
            "for loop" => "for",
            "if statement" => "if",
            "block" => "block",
            "filter section" => "filter",
            "component definition" => "component",
            other => other,
        };
        return t!("render-note-starts-here", what = what);
    }
    label.to_string()
}

/// The reports of an error: parsed from its text, or, for errors that are
/// no report (a missing include found while rendering, a circular include),
/// one report without a place.
fn reports(e: &tera::Error) -> Vec<Report> {
    let text = e.to_string();
    let mut rs = parse_reports(&text);
    if let tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) = e.kind() {
        if let Some(first) = rs.first_mut() {
            first.message = r.message().to_string();
            first.name = r.filename().to_string();
            first.line = r.span().start_line;
            first.col = r.span().start_col;
            if r.span().end_line == r.span().start_line && r.span().end_col > r.span().start_col {
                first.width = r.span().end_col - r.span().start_col;
            }
        }
    }
    if rs.is_empty() {
        if let Some(known) = Known::from_tera(e.kind()) {
            rs.push(Report {
                known: Some(known),
                ..Default::default()
            });
            return rs;
        }
        let mut m = text;
        let mut src = std::error::Error::source(e);
        while let Some(s) = src {
            m.push_str(": ");
            m.push_str(&s.to_string());
            src = s.source();
        }
        rs.push(Report {
            message: m,
            ..Default::default()
        });
    }
    rs
}

/// The file of layout template `name`: where it was read from, or
/// `templates/<name>` for a name that is not a template.
fn layout_path(paths: &[(String, PathBuf)], name: &str) -> PathBuf {
    paths
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, p)| p.clone())
        .unwrap_or_else(|| PathBuf::from("templates").join(name))
}

/// How a built-in template is named in diagnostics: `<built-in>/report.md`.
pub fn builtin_path(name: &str) -> PathBuf {
    PathBuf::from("<built-in>").join(name)
}

/// The built-in templates as diagnostics name them, with their texts.
pub fn builtin_sources() -> impl Iterator<Item = (PathBuf, &'static str)> {
    super::DEFAULT_TEMPLATES
        .iter()
        .map(|(n, s)| (builtin_path(n), *s))
}

/// A tera error → diagnostics (tera reports every unknown filter and
/// include of a template at once).
pub fn from_tera(e: &tera::Error, origin: Origin) -> Vec<Diagnostic> {
    reports(e)
        .into_iter()
        .map(|r| {
            let explained = explain(&r, origin);
            one(r, origin, explained)
        })
        .collect()
}

/// The diagnostic of one report, explained, placed where it is.
fn one(mut r: Report, origin: Origin, (code, message, expected, hint): Explained) -> Diagnostic {
    if let Some((col, width)) = expression_span(&r) {
        r.col = col;
        r.width = width;
    }
    let mut d = Diagnostic::error(code, message);
    d.expected = expected;
    d.hint = hint;
    match origin {
        Origin::Yaml(src, vpath) => {
            let start = src.value_pos(vpath).unwrap_or((1, 1));
            let pos = if r.line == 0 {
                start
            } else {
                locate_in_yaml(&src.text, start, r.line, &r.source_line, r.col)
            };
            d = d.at(&src.path, pos.0, pos.1);
            if r.line > 0 {
                d = d.spanning(r.width.max(1));
            }
        }
        Origin::Layout(paths) => {
            if r.line > 0 {
                d = d
                    .at(layout_path(paths, &r.name), r.line, r.col + 1)
                    .spanning(r.width.max(1));
            }
            for (label, name, line, col, width) in &r.notes {
                d = d.related_span(
                    note_label(label),
                    Some(Span::pos(layout_path(paths, name), *line, col + 1)),
                    *width,
                );
            }
        }
    }
    d
}

/// Finds character `col` of line `tpl_line` of a sentence template in the
/// YAML text, whose value starts at `start` (1-based line and column):
/// skips a block indicator (`>-`, `|`) or the opening quote, then walks the
/// sentence and the YAML text together, letting any run of spaces, line
/// breaks and indentation in the YAML stand for a space of the (folded)
/// sentence. Returns a 1-based (line, column).
pub fn locate_in_yaml(
    text: &str,
    start: (usize, usize),
    tpl_line_no: usize,
    tpl_line: &str,
    col: usize,
) -> (usize, usize) {
    let lines: Vec<Vec<char>> = text.lines().map(|l| l.chars().collect()).collect();
    if lines.is_empty() {
        return start;
    }
    let (mut l, mut c) = (
        start.0.saturating_sub(1).min(lines.len() - 1),
        start.1.saturating_sub(1),
    );
    let at = |l: usize, c: usize| lines.get(l).and_then(|x| x.get(c)).copied();
    let block = matches!(at(l, c), Some('>' | '|'));
    if block {
        l += 1;
        c = 0;
    } else if matches!(at(l, c), Some('"' | '\'')) {
        c += 1;
    }
    // a later line of the sentence (a literal block, `|`) is a later line of the YAML
    if tpl_line_no > 1 {
        l += tpl_line_no - 1;
        c = 0;
    }
    let skip_ws = |l: &mut usize, c: &mut usize| {
        while *l < lines.len() {
            match lines[*l].get(*c) {
                Some(ch) if ch.is_whitespace() => *c += 1,
                Some(_) => return,
                None => {
                    *l += 1;
                    *c = 0;
                }
            }
        }
    };
    if block || tpl_line_no > 1 {
        skip_ws(&mut l, &mut c);
    }
    for t in tpl_line.chars().take(col) {
        if l >= lines.len() {
            break;
        }
        if t.is_whitespace() {
            let ws = at(l, c).is_none_or(char::is_whitespace);
            if ws {
                skip_ws(&mut l, &mut c);
            }
            continue;
        }
        if at(l, c).is_none_or(char::is_whitespace) {
            skip_ws(&mut l, &mut c);
        }
        match at(l, c) {
            Some(ch) if ch == t => c += 1,
            Some('\\') => c += 2,
            _ => {
                // an escape or a quote the sentence does not have
                match lines[l][c.min(lines[l].len())..]
                    .iter()
                    .position(|ch| *ch == t)
                {
                    Some(p) => c += p + 1,
                    None => c += 1,
                }
            }
        }
    }
    if at(l, c).is_none_or(char::is_whitespace) {
        skip_ws(&mut l, &mut c);
    }
    if l >= lines.len() {
        return start;
    }
    (l + 1, c + 1)
}

/// The `{{ … }}` expressions of a sentence, in order: (the expression
/// inside the braces, trimmed; where it starts in the sentence, in
/// characters, at the opening braces).
pub fn print_expressions(template: &str) -> Vec<(String, usize)> {
    let chars: Vec<char> = template.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < chars.len() {
        if chars[i] == '{' && chars[i + 1] == '{' {
            let start = i;
            let mut j = i + 2;
            let mut quote: Option<char> = None;
            while j + 1 < chars.len() {
                match (quote, chars[j]) {
                    (None, '"' | '\'') => quote = Some(chars[j]),
                    (Some(q), c) if c == q => quote = None,
                    (None, '}') if chars[j + 1] == '}' => break,
                    _ => {}
                }
                j += 1;
            }
            let inner: String = chars[start + 2..j.min(chars.len())].iter().collect();
            let inner = inner.trim_matches(|c: char| c == '-' || c.is_whitespace());
            out.push((inner.to_string(), start));
            i = j + 2;
        } else {
            i += 1;
        }
    }
    out
}

/// The error of a sentence that prints a value as nothing: located at the
/// expression `culprit` (its text and where it starts in `template`), or
/// at the sentence; what the blank means — the previous congress of a
/// first congress, an absent superior body, an undated or final document
/// — and a hint.
pub fn blank(
    src: Option<&Source>,
    path: &str,
    template: &str,
    culprit: Option<(String, usize)>,
    doc: &crate::content::DocumentInfo,
) -> Diagnostic {
    let expr = culprit.as_ref().map(|(e, _)| e.as_str()).unwrap_or("");
    let head = expr.split('|').next().unwrap_or("").trim();
    let field = head.strip_prefix("doc.").unwrap_or("");
    let _ = doc;
    let (message, hint) = match absent_doc_field(field) {
        Some(explained) => explained,
        None if culprit.is_some() => (t!("editing-blank", expr = expr), t!("editing-blank-hint")),
        None => (t!("editing-blank-somewhere"), t!("editing-blank-hint")),
    };
    let mut d = Diagnostic::error("blank", message).hint(hint);
    let Some(src) = src else {
        return d;
    };
    let start = src.value_pos(path).unwrap_or((1, 1));
    let pos = match &culprit {
        Some((e, at)) => {
            let before: String = template.chars().take(*at).collect();
            let line_no = before.matches('\n').count() + 1;
            let line = template.lines().nth(line_no - 1).unwrap_or("");
            let col = before.rsplit('\n').next().unwrap_or("").chars().count();
            d = d.spanning(e.chars().count() + 6);
            locate_in_yaml(&src.text, start, line_no, line, col)
        }
        None => start,
    };
    d.at(&src.path, pos.0, pos.1)
}

/// What it means that the document field `field` is absent — the
/// previous congress of a first congress, an absent superior body, an
/// undated or final document — and a hint; `None` for a field that is
/// always there or is no field.
fn absent_doc_field(field: &str) -> Option<(String, String)> {
    let expr = format!("doc.{field}");
    Some(match field {
        "previous_congress" | "previous_congress_roman" => (
            t!("editing-blank-previous-congress", expr = expr),
            t!("editing-blank-previous-congress-hint"),
        ),
        "superior_body" => (
            t!("editing-blank-superior-body", expr = expr),
            t!("editing-blank-superior-body-hint"),
        ),
        "date" => (
            t!("editing-blank-date", expr = expr),
            t!("editing-blank-date-hint"),
        ),
        "draft" | "draft_marker" => (
            t!("editing-blank-draft", expr = expr),
            t!("editing-blank-draft-hint"),
        ),
        _ => return None,
    })
}

/// A tera error of a sentence whose paragraph gives figures short names:
/// an expression on a short name (`gtsx.vlue`) is explained as the same
/// expression on the figure (`f.gia_tri_san_xuat.vlue`), so that the
/// message names the figure and suggests its fields.
pub fn from_tera_named(
    e: &tera::Error,
    origin: Origin,
    names: &crate::numbered::Names,
) -> Vec<Diagnostic> {
    if names.with.is_empty() {
        return from_tera(e, origin);
    }
    reports(e)
        .into_iter()
        .map(|mut r| {
            let (expr, start) = expression_at(&r.source_line, r.col);
            let head = expr.split('.').next().unwrap_or("");
            if let Some(id) = names.id_of(head).filter(|_| expr.contains('.')) {
                // read the line as if it said `f.<id>.…`
                let chars: Vec<char> = r.source_line.chars().collect();
                let before: String = chars[..start].iter().collect();
                let after: String = chars[start + head.chars().count()..].iter().collect();
                let mut as_figure = r.clone();
                as_figure.source_line = format!("{before}f.{id}{after}");
                as_figure.col = start;
                let (code, message, expected, hint) = explain(&as_figure, origin);
                let message = message.replace(&format!("f.{id}."), &format!("{head}."));
                r.width = r.width.max(1);
                return one(r, origin, (code, message, expected, hint));
            }
            let mut explained = explain(&r, origin);
            if explained.0 == "unknown-variable" {
                // a short name mistyped: the paragraph's names are the candidates
                let short = names.with.iter().map(|(n, _)| n.as_str());
                if let Some(hint) = did_you_mean(head, short) {
                    explained.3 = Some(hint);
                }
            }
            one(r, origin, explained)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_joined_reports() {
        let text = "error: Unknown filter `nm`\n --> __tera_one_off:1:19\n  |\n1 | a {{ x | nm }} b\n  |          ^^\n\nerror: Unknown template `c.md`\n --> a.md:2:32\n  |\n2 | {% include \"c.md\" %}\n  |            ^^^^^^";
        let r = parse_reports(text);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].message, "Unknown filter `nm`");
        assert_eq!((r[0].line, r[0].col, r[0].width), (1, 18, 2));
        assert_eq!(r[1].name, "a.md");
    }

    #[test]
    fn finds_sentence_positions_in_folded_yaml() {
        let yaml = "body:\n  - >-\n    Giá trị {{ f.a.value\n    | num }} và {{ f.b.vlue }} tỷ.\n";
        let tpl = "Giá trị {{ f.a.value | num }} và {{ f.b.vlue }} tỷ.";
        let col = tpl.find("vlue").map(|b| tpl[..b].chars().count()).unwrap();
        // from the block indicator, or from the first line of the text
        assert_eq!(locate_in_yaml(yaml, (2, 5), 1, tpl, col), (4, 24));
        assert_eq!(locate_in_yaml(yaml, (3, 5), 1, tpl, col), (4, 24));
        let yaml = "text: \"Thu nhập {{ value | nm }}.\"\n";
        let tpl = "Thu nhập {{ value | nm }}.";
        let col = tpl.find("nm").map(|b| tpl[..b].chars().count()).unwrap();
        assert_eq!(locate_in_yaml(yaml, (1, 7), 1, tpl, col), (1, 28));
    }

    use crate::i18n::{set_for_this_thread, Lang};

    /// The diagnostics of rendering `template` as a layout template, in `lang`.
    fn diagnose(template: &str, lang: Lang) -> Vec<Diagnostic> {
        let mut tera = tera::Tera::new();
        crate::filters::register(&mut tera);
        let ctx = tera::Context::new();
        let e = tera.render_str(template, &ctx, false).unwrap_err();
        set_for_this_thread(Some(lang));
        let d = from_tera(&e, Origin::Layout(&[]));
        set_for_this_thread(None);
        d
    }

    #[test]
    fn messages_come_from_the_catalog() {
        let d = &diagnose("{{ 3 | nm }}", Lang::Vi)[0];
        assert_eq!(
            (d.code, d.message.as_str()),
            ("unknown-filter", "không có bộ lọc `nm`")
        );
        assert_eq!(d.hint.as_deref(), Some("có phải là `num`?"));
        assert!(d.expected.as_deref().unwrap().contains("ordinal hoặc md"));
        let d = &diagnose("{{ 3 | nm }}", Lang::En)[0];
        assert_eq!(d.message, "there is no filter `nm`");
        assert_eq!(d.hint.as_deref(), Some("did you mean `num`?"));

        let d = &diagnose("{{ 3 | num(p=) }}", Lang::Vi)[0];
        assert_eq!(d.code, "template-syntax");
        assert_eq!(
            d.message,
            "không đọc được mẫu: ở chỗ này cần một giá trị nhưng lại gặp `)`"
        );
        let d = &diagnose("{{ 3 | num }", Lang::En)[0];
        assert_eq!(
            d.message,
            "the template cannot be read: `}` where `}}` should close the expression"
        );

        let d = &diagnose("{{ 0 | roman }}", Lang::Vi)[0];
        assert!(
            d.message.starts_with("bộ lọc `roman` chỉ viết được"),
            "{}",
            d.message
        );
        assert!(!d.message.contains("roman: "), "{}", d.message);

        let d = &diagnose("{{ 3 | num(p=\"1\") }}", Lang::Vi)[0];
        assert_eq!(
            d.message,
            "trong `num(p=\"1\")`, tham số của bộ lọc `num` phải là một số nguyên"
        );
        let d = &diagnose("{{ \"ha\" | num }}", Lang::En)[0];
        assert_eq!(
            d.message,
            "the filter `num` needs a number, but `\"ha\"` is a text"
        );
    }

    #[test]
    fn notes_and_tokens_in_the_users_words() {
        set_for_this_thread(Some(Lang::Vi));
        assert_eq!(note_label("called from"), "được gọi từ đây");
        assert_eq!(
            note_label("the for loop starts here"),
            "vòng `for` bắt đầu ở đây"
        );
        assert_eq!(token("identifier"), "một tên");
        assert_eq!(token("`)`"), "`)`");
        set_for_this_thread(Some(Lang::En));
        assert_eq!(
            note_label("the if statement starts here"),
            "the if statement starts here"
        );
        assert_eq!(note_label("something new"), "something new");
        set_for_this_thread(None);
    }

    #[test]
    fn expressions() {
        assert_eq!(expression_at("a {{ f.gdp.vlue | num }}", 5).0, "f.gdp.vlue");
        assert_eq!(
            filter_after("a {{ f.gdp.unit | num }}", 15).as_deref(),
            Some("num")
        );
    }
}
