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
use crate::diag::{nearest, Diagnostic, Span};

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
    nearest(word, candidates).map(|n| format!("did you mean `{n}`?"))
}

/// What a report says, in the content's terms: (code, message, expected, hint).
type Explained = (&'static str, String, Option<String>, Option<String>);

/// Where an undefined expression starts and how long it is, when tera's
/// span covers only its first name (`doc` of `doc.titel`).
fn expression_span(r: &Report) -> Option<(usize, usize)> {
    let m = r.message.as_str();
    if m.starts_with("Invalid type for the value")
        || m.starts_with("Tried to render a variable that is undefined")
    {
        let (expr, start) = expression_at(&r.source_line, r.col);
        return (!expr.is_empty()).then(|| (start, expr.chars().count()));
    }
    None
}

fn explain(r: &Report, origin: Origin) -> Explained {
    let templates: Vec<String> = match origin {
        Origin::Layout(paths) => paths.iter().map(|(n, _)| n.clone()).collect(),
        Origin::Yaml(..) => Vec::new(),
    };
    let m = r.message.as_str();
    let yaml = matches!(origin, Origin::Yaml(..));
    if let Some(rest) = m.strip_prefix("Unknown filter ") {
        let f = first_quoted(rest);
        let list = crate::filters::names().collect::<Vec<_>>().join(", ");
        return (
            "unknown-filter",
            format!("there is no filter `{f}`"),
            Some(format!(
                "one of baocao's filters: {list} (or one of tera's own)"
            )),
            Some(
                did_you_mean(&f, crate::filters::names())
                    .or_else(|| did_you_mean(&f, TERA_FILTERS.iter().copied()))
                    .unwrap_or_else(|| "see docs/content.md, “Filters”".into()),
            ),
        );
    }
    if let Some(rest) = m.strip_prefix("Unknown template ") {
        let t = first_quoted(rest);
        return (
            "missing-template",
            format!("the template `{t}` does not exist"),
            Some(
                "the name of a built-in template or of a file in the --templates directory".into(),
            ),
            Some(
                did_you_mean(&t, templates.iter().map(String::as_str)).unwrap_or_else(|| {
                    "check the name, or add the file to the --templates directory".into()
                }),
            ),
        );
    }
    for what in ["test", "function", "component"] {
        if let Some(rest) = m.strip_prefix(&format!("Unknown {what} ")) {
            let t = first_quoted(rest);
            return (
                "template",
                format!("there is no {what} `{t}`"),
                None,
                Some("check the spelling; see tera's documentation".into()),
            );
        }
    }
    if m.starts_with("Variable ") && m.contains("is not defined") {
        let v = first_quoted(m);
        let avail = available(m);
        let mut hint = did_you_mean(&v, avail.iter().map(String::as_str));
        if yaml && template_fields().contains(&v.as_str()) {
            hint = Some(format!(
                "`{{{{ {v} }}}}` works only in a target that names its figure (`figure: <id>`); elsewhere write `f.<id>.{v}`"
            ));
        }
        return (
            "unknown-variable",
            format!("`{v}` is not defined here"),
            Some(if avail.is_empty() {
                "a defined variable".into()
            } else {
                format!("one of: {}", avail.join(", "))
            }),
            Some(hint.unwrap_or_else(|| {
                "figures are written `f.<id>.<field>`, the document's details `doc.<field>`".into()
            })),
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
            format!("`{expr}` is not defined here"),
            None,
            Some(if yaml && template_fields().contains(&expr.as_str()) {
                format!("`{{{{ {expr} }}}}` works only in a target that names its figure (`figure: <id>`); elsewhere write `f.<id>.{expr}`")
            } else {
                "figures are written `f.<id>.<field>`, the document's details `doc.<field>`".into()
            }),
        );
    }
    if let Some(rest) = m.strip_prefix("Invalid type for the value, expected ") {
        // "`Number` but got `string`"
        let words: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
        let (want, got) = (
            words.first().copied().unwrap_or("?"),
            words.get(1).copied().unwrap_or("?"),
        );
        let (full, start) = expression_at(&r.source_line, r.col);
        let filter = filter_after(&r.source_line, start + full.chars().count()).unwrap_or_default();
        let kind = |t: &str| match t.to_lowercase().as_str() {
            "number" | "i64" | "f64" | "integer" | "float" => "a number".to_string(),
            "string" => "a text".to_string(),
            "array" | "vec" => "a list".to_string(),
            "map" => "a map".to_string(),
            "none" => "empty".to_string(),
            o => o.to_string(),
        };
        return (
            "template",
            format!("the filter `{filter}` needs {}, but `{full}` is {}", kind(want), kind(got)),
            Some(format!("{} before `| {filter}`", kind(want))),
            Some("check that the expression names the figure field you mean (`f.<id>.value`, not `f.<id>.unit`)".into()),
        );
    }
    if m.starts_with("Found ") || m.starts_with("Unexpected") {
        let found = first_quoted(m);
        let message = if m.starts_with("Unexpected end of input") {
            "the text ends before a `{{ … }}` or `{% … %}` is closed".to_string()
        } else if m.contains("but expected }}") {
            format!("`{found}` where `}}}}` should close the expression")
        } else if m.contains("but expected %}") {
            format!("`{found}` where `%}}` should close the tag")
        } else if m.contains("expected one of: integer") {
            format!("unexpected `{found}`: a value was expected here")
        } else {
            lower_first(&m.replace(" but expected ", ", expected "))
        };
        return (
            "template-syntax",
            format!("the template cannot be read: {message}"),
            Some("`{{ expression }}`, `{% tag %}` and `{# comment #}`, each closed on the same text".into()),
            Some("check the braces around here: each `{{` needs its `}}`; a filter's argument is written `num(p=1)`".into()),
        );
    }
    (
        "template",
        format!("in a template: {}", lower_first(m)),
        None,
        Some("see docs/content.md for the figure fields and filters".into()),
    )
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
            format!("no figure with id `{field}`"),
            Some("the id of a figure defined under `figures:` in one of the section files".into()),
            Some(
                from_list(avail).unwrap_or_else(|| {
                    "define the figure under `figures:`, or correct the id".into()
                }),
            ),
        );
    }
    if let Some(id) = parent.strip_prefix("f.").filter(|id| !id.contains('.')) {
        let fields = template_fields();
        let known = fields.contains(&field);
        let hint = match (known, field_needs(field)) {
            (true, Some(needs)) => format!("`{field}` needs {needs} in figure `{id}`"),
            _ => did_you_mean(field, fields.iter().copied())
                .or_else(|| from_list(avail))
                .unwrap_or_else(|| "see docs/content.md, “Figures”, for the fields".into()),
        };
        return (
            "unknown-field",
            if known {
                format!("figure `{id}` has no `{field}`")
            } else {
                format!("`{field}` is not a field of a figure (in `f.{id}.{field}`)")
            },
            Some(if avail.is_empty() {
                format!("a field figure `{id}` has (see docs/content.md, “Figures”)")
            } else {
                format!("one of the fields figure `{id}` has: {}", avail.join(", "))
            }),
            Some(hint),
        );
    }
    if parent == "doc" {
        let avail: Vec<String> = if avail.is_empty() {
            DOC_FIELDS.iter().map(|s| s.to_string()).collect()
        } else {
            avail.to_vec()
        };
        return (
            "unknown-field",
            format!("the document has no `{field}`"),
            Some(format!("one of: {}", avail.join(", "))),
            Some(
                from_list(&avail)
                    .unwrap_or_else(|| "see docs/content.md for the `doc` fields".into()),
            ),
        );
    }
    (
        "unknown-field",
        format!("`{parent}` has no `{field}`"),
        (!avail.is_empty()).then(|| format!("one of: {}", avail.join(", "))),
        Some(from_list(avail).unwrap_or_else(|| "check the name".into())),
    )
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
        .map(|mut r| {
            let (code, message, expected, hint) = explain(&r, origin);
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
                            label.clone(),
                            Some(Span::pos(layout_path(paths, name), *line, col + 1)),
                            *width,
                        );
                    }
                }
            }
            d
        })
        .collect()
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

    #[test]
    fn expressions() {
        assert_eq!(expression_at("a {{ f.gdp.vlue | num }}", 5).0, "f.gdp.vlue");
        assert_eq!(
            filter_after("a {{ f.gdp.unit | num }}", 15).as_deref(),
            Some("num")
        );
    }
}
