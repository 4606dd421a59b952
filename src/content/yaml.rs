//! serde_yaml (and libyaml) errors → diagnostics a clerk can act on.
//!
//! serde_yaml reports one error per file, as text: an optional path to the
//! value (`figures.gdp.value: …`), serde's or libyaml's message, and
//! `at line L column C` (libyaml adds `, while <context> at line …`). This
//! module takes that apart, says what went wrong in the content's terms,
//! points at the right place (the key of an entry that misses a field, the
//! quote that was never closed) and adds what was expected and a hint.

use super::schema;
use crate::content::{suggest_number, Source, NUMBER_EXPECTED, PARA_EXPECTED};
use crate::diag::{nearest, or_list, Diagnostic, Span};

/// A serde_yaml error message taken apart.
#[derive(Debug, Default, PartialEq)]
struct Parts {
    /// `figures.gdp.value`; empty at the top level.
    path: String,
    message: String,
    mark: Option<(usize, usize)>,
    /// libyaml's "while scanning a quoted scalar" and where that began.
    context: Option<String>,
    context_mark: Option<(usize, usize)>,
}

/// Splits " at line L column C" off the end of `s`.
fn strip_mark(s: &str) -> (String, Option<(usize, usize)>) {
    if let Some(i) = s.rfind(" at line ") {
        let rest = &s[i + " at line ".len()..];
        let mut it = rest.split(" column ");
        let line = it.next().and_then(|l| l.trim().parse().ok());
        let col = it.next().and_then(|c| c.trim().parse().ok());
        if let (Some(l), Some(c)) = (line, col) {
            return (s[..i].to_string(), Some((l, c)));
        }
    }
    (s.to_string(), None)
}

fn split(raw: &str) -> Parts {
    let (head, context) = match raw.split_once(", while ") {
        Some((h, c)) => (h, Some(c)),
        None => (raw, None),
    };
    let (mut message, mark) = strip_mark(head);
    let (context, context_mark) = match context {
        Some(c) => {
            let (c, m) = strip_mark(c);
            (Some(format!("while {c}")), m)
        }
        None => (None, None),
    };
    let mut path = String::new();
    if let Some((p, rest)) = message.split_once(": ") {
        let is_path = !p.is_empty()
            && !p.contains(char::is_whitespace)
            && !p.contains('`')
            && p.chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '[');
        if is_path {
            path = p.to_string();
            message = rest.to_string();
        }
    }
    Parts {
        path,
        message,
        mark,
        context,
        context_mark,
    }
}

/// The words between backticks: "unknown field `x`, expected `a` or `b`".
fn quoted(s: &str) -> Vec<&str> {
    s.split('`').skip(1).step_by(2).collect()
}

/// The key a path ends with (`figures.gdp.value` → `value`), if it ends with one.
fn last_key(path: &str) -> Option<&str> {
    let last = path.rsplit('.').next()?;
    (!last.is_empty() && !last.ends_with(']')).then_some(last)
}

/// Where the value at `path` sits, in words: "in figure `gdp`".
pub fn describe(path: &str) -> String {
    let segs: Vec<&str> = path.split('.').collect();
    let base = |s: &str| s.split('[').next().unwrap_or(s).to_string();
    match segs.as_slice() {
        [""] => "at the top of the file".into(),
        ["figures", id, ..] => {
            let rest = &segs[2..];
            match rest.first().copied() {
                None => format!("in figure `{id}`"),
                Some(f) => format!("in `{}` of figure `{id}`", base(f)),
            }
        }
        [s, ..] if s.starts_with("slots") || base(s) == "slots" => {
            let slot = segs.get(1).map(|s| base(s)).unwrap_or_default();
            let last = segs.last().copied().unwrap_or("");
            let what = if last.starts_with("targets[")
                || segs.iter().rev().take(2).any(|s| s.starts_with("targets["))
            {
                "a target"
            } else if last.starts_with("body[")
                || last.starts_with("clauses[")
                || last.starts_with("counted[")
                || (segs.len() > 2 && segs.iter().rev().skip(1).any(|s| s.starts_with("body[")))
            {
                "a paragraph"
            } else if last.starts_with("items[") {
                "an item"
            } else {
                "an entry"
            };
            format!("in {what} of slot `{slot}`")
        }
        ["format", "settings", ..] => "in the format settings".into(),
        [s, ..] if s.starts_with("outline") => "in the outline".into(),
        [s, ..] if s.starts_with("opening") => "in the opening paragraphs".into(),
        [s, ..] if s.starts_with("closing") => "in the closing paragraphs".into(),
        _ => format!("in `{}`", path),
    }
}

/// What kind of value serde found, in words.
fn found_words(unexpected: &str) -> String {
    let u = unexpected.trim();
    if let Some(v) = u.strip_prefix("string ") {
        let chars: Vec<char> = v.chars().collect();
        if chars.len() > 42 {
            let short: String = chars[..40].iter().collect();
            return format!("the text {short}…\"");
        }
        return format!("the text {v}");
    }
    for p in ["integer ", "floating point "] {
        if let Some(v) = u.strip_prefix(p) {
            return format!("the number {}", v.trim_matches('`'));
        }
    }
    if let Some(v) = u.strip_prefix("boolean ") {
        return format!("`{}`", v.trim_matches('`'));
    }
    match u {
        "sequence" => "a list".into(),
        "map" => "a map of `key: value` entries".into(),
        "unit value" => "nothing".into(),
        other => other.to_string(),
    }
}

/// What serde expected, in words.
fn expected_words(expected: &str) -> String {
    let e = expected.trim();
    if e == NUMBER_EXPECTED {
        return "a number, like 2732.16".into();
    }
    if e == PARA_EXPECTED {
        return "a paragraph: a text, or a map with `text`, `clauses`, `counted` or `bold`".into();
    }
    if let Some(n) = e
        .strip_prefix("sequence of ")
        .and_then(|r| r.strip_suffix(" elements"))
    {
        return format!("a list of {n} items, like [2020, 2025]");
    }
    if e.starts_with("struct ") {
        return "a map of `key: value` entries".into();
    }
    match e {
        "u8" | "u16" | "u32" | "u64" | "usize" => "a whole number (0, 1, 2 …)".into(),
        "i8" | "i16" | "i32" | "i64" | "isize" => "a whole number".into(),
        "f32" | "f64" => "a number, like 2732.16".into(),
        "a boolean" => "`true` or `false`".into(),
        "a string" => "a text".into(),
        "a sequence" => "a list".into(),
        "a map" => "a map of `key: value` entries".into(),
        other => other.to_string(),
    }
}

/// The text of a line, 1-based.
fn line_text(src: &Source, line: usize) -> &str {
    src.text.lines().nth(line.saturating_sub(1)).unwrap_or("")
}

/// The character at a position, 1-based.
fn char_at(src: &Source, (line, col): (usize, usize)) -> Option<char> {
    line_text(src, line).chars().nth(col.saturating_sub(1))
}

fn loc(src: &Source, (line, column): (usize, usize)) -> Span {
    Span::pos(&src.path, line, column)
}

/// The schema's description of the value at `path` of this file.
fn schema_description(src: &Source, path: &str) -> Option<String> {
    schema::description_at(schema::kind_of(&src.path), path)
}

/// A serde_yaml error → a diagnostic.
pub fn from_serde(src: &Source, e: &serde_yaml::Error) -> Diagnostic {
    let raw = e.to_string();
    let p = split(&raw);
    let mark = e
        .location()
        .map(|l| (l.line(), l.column()))
        .or(p.mark)
        .unwrap_or((1, 1));
    let at = |d: Diagnostic, m: (usize, usize)| d.at(&src.path, m.0, m.1);
    let msg = p.message.as_str();
    let what = describe(&p.path);
    let key = last_key(&p.path);

    // A number with a comma inside `{ … }` is split in two by YAML, and
    // what serde then says (an empty key `51`) would only confuse.
    if let Some((col, token, k)) = number_split_in_flow(src, mark.0) {
        let name = k
            .or(key.map(str::to_string))
            .map(|k| format!("`{k}`"))
            .unwrap_or_else(|| "a value".into());
        let n = suggest_number(&token).unwrap_or_default();
        return Diagnostic::error("bad-number", format!("{name} is not a number: `{token}`"))
            .at(&src.path, mark.0, col)
            .spanning(token.chars().count())
            .expected("a plain number: digits, a dot as decimal point, no thousands separator (2732.16, 18805)")
            .hint(format!(
                "write `{n}`: YAML numbers use a dot as decimal point and no thousands separator, and inside `{{ … }}` a comma separates entries"
            ));
    }

    // --- serde: the content's shape
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        let words = quoted(rest);
        let field = words.first().copied().unwrap_or("");
        let valid: Vec<&str> = words.iter().skip(1).copied().collect();
        let mut d = at(
            Diagnostic::error("unknown-key", format!("unknown key `{field}` {what}")),
            mark,
        );
        d = d.expected(if valid.is_empty() {
            "no keys here".to_string()
        } else {
            let shown: Vec<String> = valid
                .iter()
                .take(if valid.len() > 24 { 20 } else { 24 })
                .map(|v| format!("`{v}`"))
                .collect();
            let more = valid.len() - shown.len();
            let more = if more > 0 {
                format!(" and {more} more (see the schema, or hover in VS Code)")
            } else {
                String::new()
            };
            format!("one of {}{more}", shown.join(", "))
        });
        return match nearest(field, valid.iter().copied()) {
            Some(n) => d.hint(format!("did you mean `{n}`?")),
            None => d.hint("check the spelling, or the indentation: the key may belong to the entry above or below"),
        };
    }
    if let Some(rest) = msg.strip_prefix("missing field ") {
        let field = quoted(rest).first().copied().unwrap_or("").to_string();
        if src
            .text
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
        {
            return Diagnostic::error("missing-key", "the file is empty")
                .at(&src.path, 1, 1)
                .spanning(1)
                .expected(format!("the file's keys, starting with `{field}:`"))
                .hint("see docs/content.md for what the file holds, or remove it from `sections:` in report.yaml");
        }
        let whose = if p.path.is_empty() {
            "the file".to_string()
        } else {
            what.trim_start_matches("in ").to_string()
        };
        let place = if p.path.is_empty() {
            None
        } else {
            src.key_loc(&p.path)
        };
        let mut d = Diagnostic::error("missing-key", format!("`{field}:` is missing from {whose}"));
        d = match place {
            Some(l) => d.at_loc(Some(l)),
            None => at(d, mark).spanning(1),
        };
        let full = if p.path.is_empty() {
            field.clone()
        } else {
            format!("{}.{field}", p.path)
        };
        d = d.expected(match schema_description(src, &full) {
            Some(desc) => format!("`{field}:` — {}", lower_first(desc.trim_end_matches('.'))),
            None => format!("the key `{field}:`"),
        });
        return d.hint(if p.path.is_empty() {
            format!("add `{field}:` at the start of a line, like the file's other top-level keys")
        } else {
            format!("add a line `{field}: …` to it, indented like its other keys")
        });
    }
    if let Some(rest) = msg
        .strip_prefix("duplicate field ")
        .or_else(|| msg.strip_prefix("duplicate entry "))
    {
        let field = quoted(rest).first().copied().unwrap_or("");
        // where the two are: from the locations, worked out only now
        let dups = &src.duplicates();
        let found = dups
            .iter()
            .find(|(entry, _, _)| {
                entry.rsplit('.').next() == Some(field) && entry.starts_with(p.path.as_str())
            })
            .or_else(|| {
                dups.iter()
                    .find(|(entry, _, _)| entry.rsplit('.').next() == Some(field))
            });
        if let Some((entry, first, second)) = found {
            return duplicate_key(src, entry, *first, *second);
        }
        return at(
            Diagnostic::error(
                "duplicate-key",
                format!("`{field}:` is written twice {what}"),
            ),
            mark,
        )
        .expected("each key once in a map")
        .hint("remove one of the two, or merge them");
    }
    if let Some(rest) = msg.strip_prefix("unknown variant ") {
        let words = quoted(rest);
        let value = words.first().copied().unwrap_or("");
        let valid: Vec<&str> = words.iter().skip(1).copied().collect();
        let name = key.unwrap_or("this value");
        let d = at(
            Diagnostic::error("bad-value", format!("`{value}` is not a valid `{name}`")),
            mark,
        )
        .expected(format!(
            "one of {}",
            or_list(&valid.iter().map(|v| format!("`{v}`")).collect::<Vec<_>>())
        ));
        return match nearest(value, valid.iter().copied()) {
            Some(n) => d.hint(format!("did you mean `{n}`?")),
            None => d.hint(match schema_description(src, &p.path) {
                Some(desc) => format!("`{name}`: {desc}"),
                None => "write one of the values above".into(),
            }),
        };
    }
    if let Some(rest) = msg.strip_prefix("bad number ") {
        let v = quoted(rest).first().copied().unwrap_or("").to_string();
        let name = key
            .map(|k| format!("`{k}`"))
            .unwrap_or_else(|| "this value".into());
        let d = at(
            Diagnostic::error("bad-number", format!("{name} is not a number: `{v}`")),
            mark,
        );
        let d = d.expected("a plain number: digits, a dot as decimal point, no thousands separator (2732.16, 18805)");
        if let Some(h) = swallowed_next_line(src, mark) {
            return d.hint(h);
        }
        return match suggest_number(&v) {
            Some(n) => d.hint(format!(
                "write `{n}`: YAML numbers use a dot as decimal point and no thousands separator; baocao prints them the Vietnamese way"
            )),
            None if v.chars().any(|c| c.is_ascii_digit()) && v.chars().all(|c| c.is_ascii_digit() || ".,- ".contains(c)) => d.hint(
                "the separator is ambiguous: for a whole number write the digits alone (2732), for a decimal use a dot (2.732)",
            ),
            None => d.hint("write the figure's number; leave the key out if the draft gives none"),
        };
    }
    if let Some(rest) = msg
        .strip_prefix("invalid type: ")
        .or_else(|| msg.strip_prefix("invalid value: "))
    {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let found_w = found_words(found);
        let expected_w = expected_words(expected);
        let name = key
            .map(|k| format!("`{k}`"))
            .unwrap_or_else(|| "this entry".into());
        let mut d = if found.trim() == "unit value" {
            at(
                Diagnostic::error("wrong-type", format!("{name} is empty {what}")),
                mark,
            )
        } else {
            at(
                Diagnostic::error(
                    "wrong-type",
                    format!("{name} should be {expected_w}, not {found_w}"),
                ),
                mark,
            )
        };
        let desc = schema_description(src, &p.path);
        d = d.expected(match &desc {
            Some(desc) => format!(
                "{expected_w} — {name}: {}",
                lower_first(desc.trim_end_matches('.'))
            ),
            None => expected_w.clone(),
        });
        let start = char_at(src, mark);
        let hint = if let Some(h) = swallowed_next_line(src, mark) {
            h
        } else if (found.starts_with("map") || found.starts_with("sequence"))
            && matches!(start, Some('{' | '['))
            && expected.contains("string")
            || expected == PARA_EXPECTED && matches!(start, Some('{'))
        {
            "a text that starts with `{` or `[` must be quoted (\"{{ … }} …\") or written as a block: `>-` and the text on the next lines, indented".to_string()
        } else if found.starts_with("sequence") && expected.contains("string") {
            "a text is written on the key's line, or after `>-` on the next lines; remove the `- ` in front of it".to_string()
        } else if found.starts_with("string")
            && (expected == "a sequence" || expected.starts_with("sequence"))
        {
            "write the items as a list: one item per line, each starting with `- `, indented under the key".to_string()
        } else if found.starts_with("map") && expected.contains("string") {
            "this value is read as a map: is the next line indented too far, or does the text contain `: `? quote it or write it as a block (`>-`)".to_string()
        } else if expected == "a boolean" {
            "write `true` or `false`".to_string()
        } else if found.starts_with("floating point") && expected.starts_with('u')
            || expected.starts_with('i') && found.starts_with("floating point")
        {
            "write a whole number".to_string()
        } else if found.starts_with("integer `-") && expected.starts_with('u') {
            "the number cannot be negative".to_string()
        } else if found.starts_with("string")
            && (expected.starts_with('u')
                || expected.starts_with('i')
                || expected == NUMBER_EXPECTED)
        {
            "write the number in digits".to_string()
        } else if found.trim() == "unit value" {
            format!("write a value after {name}, or remove the line if the key is optional")
        } else {
            "check the value's kind: a text, a number, a list (`- item` lines) or a map (`key: value` lines)".to_string()
        };
        return d.hint(hint);
    }
    if let Some(rest) = msg.strip_prefix("invalid length ") {
        let (n, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let name = key
            .map(|k| format!("`{k}`"))
            .unwrap_or_else(|| "this list".into());
        return at(
            Diagnostic::error("wrong-type", format!("{name} has {n} items")),
            mark,
        )
        .expected(expected_words(expected))
        .hint("write the list as in the example: [2020, 2025]");
    }
    if msg.starts_with("deserializing from YAML containing more than one document") {
        let line = src
            .text
            .lines()
            .enumerate()
            .skip(1)
            .find(|(_, l)| l.trim_end() == "---")
            .map(|(i, _)| i + 1)
            .unwrap_or(1);
        return Diagnostic::error("yaml-syntax", "the file holds more than one YAML document")
            .at(&src.path, line, 1)
            .expected("one document per file")
            .hint("remove the `---` line (and move what follows it into the right place)");
    }
    if msg == "unknown anchor" {
        return at(
            Diagnostic::error(
                "yaml-syntax",
                "a value starts with `*`, which YAML reads as a reference",
            ),
            mark,
        )
        .expected("a text, a number, a list or a map")
        .hint("put the text in quotes: \"*…\"");
    }
    if msg.contains("expected a YAML tag starting with '!'")
        || msg.starts_with("recursion limit exceeded")
    {
        let name = key
            .map(|k| format!("`{k}`"))
            .unwrap_or_else(|| "this value".into());
        return at(
            Diagnostic::error("wrong-type", format!("{name} has the wrong kind of value")),
            mark,
        )
        .expected(schema_description(src, &p.path).unwrap_or_else(|| "a single value".into()))
        .hint("write the value on the key's line");
    }

    // --- another check of a value (e.g. `line_spacing` takes one key)
    if !p.path.is_empty() {
        return at(
            Diagnostic::error("bad-value", format!("{msg} ({what})")),
            mark,
        )
        .hint("see docs/content.md for what this key takes");
    }

    // --- libyaml: the text is not well-formed YAML
    syntax_error(src, &p, mark)
}

fn syntax_error(src: &Source, p: &Parts, mark: (usize, usize)) -> Diagnostic {
    let msg = p.message.as_str();
    let ctx = p.context.as_deref().unwrap_or("");
    let cmark = p.context_mark.unwrap_or(mark);
    let d = |m: String, at: (usize, usize)| {
        Diagnostic::error("yaml-syntax", m).at(&src.path, at.0, at.1)
    };
    let indent = |t: &str| t.chars().take_while(|c| *c == ' ').count();

    // A quote left open makes libyaml fail much later; find it first.
    if ctx.contains("quoted scalar") && msg.contains("end of stream") {
        let quote = char_at(src, cmark).unwrap_or('"');
        return d("this quoted text is never closed".into(), cmark)
            .spanning(1)
            .expected(format!("a closing `{quote}` at the end of the text"))
            .hint("add the closing quote");
    }
    if let Some(q) = unclosed_quote(src, mark.0) {
        let quote = char_at(src, q).unwrap_or('"');
        return d(format!("the text opened with `{quote}` here is not closed on its line"), q)
            .spanning(1)
            .related_span("so YAML could not read on from here", Some(loc(src, mark)), 1)
            .expected(format!("a closing `{quote}` at the end of the text"))
            .hint("add the closing quote; a text that runs over several lines is better written as a block (`>-`)");
    }
    if msg.starts_with("found unknown escape character") {
        let esc: String = line_text(src, mark.0)
            .chars()
            .skip(mark.1.saturating_sub(1))
            .take(2)
            .collect();
        return d(format!("`{esc}` is not a valid escape in a text between double quotes"), mark)
            .spanning(2)
            .expected("`\\\\` for a backslash, `\\\"` for a double quote")
            .hint("write `\\\\` for a backslash, or put the text in single quotes ('…') where `\\` has no special meaning");
    }
    if msg.starts_with("found character that cannot start any token") {
        let c = char_at(src, mark).unwrap_or('?');
        return d(format!("a value cannot start with `{c}`"), mark)
            .spanning(1)
            .expected(format!("the text in quotes: \"{c}…\""))
            .hint("put the whole text in quotes");
    }
    if msg.starts_with("did not find expected ',' or ']'")
        || msg.starts_with("did not find expected ',' or '}'")
    {
        let open = char_at(src, cmark).unwrap_or('[');
        let close = if open == '{' { '}' } else { ']' };
        let what = if open == '{' { "map" } else { "list" };
        let r = d(
            format!("the {what} opened with `{open}` here is not closed"),
            cmark,
        )
        .spanning(1)
        .related_span(
            "YAML expected `,` or the closing bracket here",
            Some(loc(src, mark)),
            1,
        )
        .expected(format!(
            "`{close}` at the end of the {what}, on the same line"
        ));
        return if open == '{' {
            r.hint("a text that starts with `{{` (a template) must be quoted: \"{{ … }} …\"; otherwise close the map with `}`")
        } else {
            r.hint(format!(
                "close it with `{close}`, or write one `- item` per line"
            ))
        };
    }
    if msg.starts_with("mapping values are not allowed") {
        let line = line_text(src, mark.0);
        let before: String = line.chars().take(mark.1.saturating_sub(1)).collect();
        let is_key_line = {
            let t = before.trim_start().trim_start_matches("- ");
            !t.is_empty() && !t.contains(": ") && !t.contains(' ')
        };
        return if is_key_line {
            let col = indent(&before) + 1;
            d("this key is indented further than the keys it belongs with".into(), (mark.0, col))
                .spanning(first_word(line))
                .expected(sibling_key(src, mark.0).unwrap_or_else(|| "a key lined up with the keys above it".into()))
                .hint("line it up with the keys above it; or, if the line above continues here, put that text in quotes")
        } else {
            d("`: ` inside a text: YAML reads it as the start of a new key".into(), mark)
                .spanning(1)
                .expected("a text without `: `, or the whole text in quotes")
                .hint("put the whole text in quotes (\"…\"), or write it as a block: `>-` after the key and the text on the next lines, indented")
        };
    }
    if msg.starts_with("could not find expected ':'") {
        let line = p.context_mark.map(|m| m.0).unwrap_or(mark.0);
        let text = line_text(src, line);
        return d("this line is neither a `key: value` nor a list item (`- …`)".into(), (line, indent(text) + 1))
            .spanning(first_word(text))
            .expected("`key: value`, `- item`, or the next line of a text, indented as far as the text")
            .hint("if it continues the text above, indent it as far as that text; if it is a new key, add `: ` after the key");
    }
    if msg.starts_with("did not find expected key") {
        let text = line_text(src, mark.0);
        return d("this line does not line up with the keys above it".into(), (mark.0, indent(text) + 1))
            .spanning(first_word(text))
            .expected(sibling_key(src, mark.0).unwrap_or_else(|| "a key lined up with the keys above it".into()))
            .hint("keys of one map start in the same column; a text that continues a value must be indented further than its key, or written as a block (`>-`)");
    }
    if msg.starts_with("did not find expected '-' indicator") {
        let text = line_text(src, mark.0);
        return d("this line does not line up with the list above it".into(), (mark.0, indent(text) + 1))
            .spanning(first_word(text))
            .expected("a list item `- …` lined up with the items above it")
            .hint("each item of a list starts with `- ` in the same column; a text that continues an item must be indented further than its `-`");
    }
    if msg.starts_with("block sequence entries are not allowed") {
        return d("a list item (`- `) cannot follow a key on the same line".into(), mark)
            .spanning(1)
            .expected("the list's items on the lines below the key")
            .hint("put the list on the next lines, each item indented under the key and starting with `- `");
    }
    if msg.starts_with("control characters are not allowed") {
        return d(
            "the file contains an invisible control character".into(),
            mark,
        )
        .expected("text without control characters")
        .hint("delete the character at this place (it is often pasted in from Word or a PDF)");
    }
    if msg.starts_with("found undefined tag handle")
        || msg.starts_with("did not find expected tag URI")
    {
        return d("a value cannot start with `!`".into(), mark)
            .expected("the text in quotes: \"!…\"")
            .hint("put the whole text in quotes");
    }
    if msg.starts_with("did not find expected alphabetic or numeric character") {
        return d("a value cannot start with `&` or `*`".into(), mark)
            .expected("the text in quotes: \"&…\"")
            .hint("put the whole text in quotes");
    }
    let context = if ctx.is_empty() {
        String::new()
    } else {
        format!(" ({ctx})")
    };
    d(format!("the YAML cannot be read: {msg}{context}"), mark)
        .expected("well-formed YAML")
        .hint("check the indentation and the quoting of this line and the line above")
}

/// "a key lined up with `value:` on line 23 (column 5)": the nearest key
/// above `line` that is indented differently from it.
fn sibling_key(src: &Source, line: usize) -> Option<String> {
    let indent = |t: &str| t.chars().take_while(|c| *c == ' ').count();
    let here = indent(line_text(src, line));
    let lines: Vec<&str> = src.text.lines().collect();
    for i in (0..line.saturating_sub(1)).rev() {
        let t = lines.get(i)?;
        let trimmed = t.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        // a key of a list item (`- heading: …`) sits after its `- `
        let dash = trimmed.len() - trimmed.trim_start_matches(['-', ' ']).len();
        let item = &trimmed[dash..];
        let key = item
            .split_once(':')
            .map(|(k, _)| k)
            .filter(|k| !k.is_empty() && !k.contains(' '))?;
        let col = indent(t) + trimmed[..dash].chars().count();
        if col == here {
            return None;
        }
        return Some(format!(
            "a key lined up with `{key}:` on line {} (column {})",
            i + 1,
            col + 1
        ));
    }
    None
}

/// A number like `1.912,51` inside `{ … }` or `[ … ]` on `line`: YAML
/// splits it at the comma. (column 1-based, the number, the key before it).
fn number_split_in_flow(src: &Source, line: usize) -> Option<(usize, String, Option<String>)> {
    let chars: Vec<char> = line_text(src, line).chars().collect();
    let open = chars.iter().position(|c| *c == '{' || *c == '[')?;
    let mut i = open + 1;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit() && matches!(chars[i - 1], ' ' | '{' | '[');
        if starts {
            let end = (i..chars.len())
                .find(|j| !(chars[*j].is_ascii_digit() || chars[*j] == '.' || chars[*j] == ','))
                .unwrap_or(chars.len());
            let token: String = chars[i..end].iter().collect();
            let split = token
                .char_indices()
                .any(|(k, c)| c == ',' && token[k + 1..].starts_with(|d: char| d.is_ascii_digit()));
            if split && suggest_number(&token).is_some() {
                let before: String = chars[open..i].iter().collect();
                let key = before
                    .trim_end()
                    .strip_suffix(':')
                    .map(|b| b.rsplit([' ', '{', ',']).next().unwrap_or("").to_string())
                    .filter(|k| !k.is_empty());
                return Some((i + 1, token, key));
            }
            i = end;
        } else {
            i += 1;
        }
    }
    None
}

/// The length of the first word of a line (after its indentation).
fn first_word(line: &str) -> usize {
    line.trim_start()
        .chars()
        .take_while(|c| !c.is_whitespace())
        .count()
        .max(1)
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// A plain value on a key's line that YAML continued with the next line,
/// because that line is indented further than the key: the next line was
/// meant as a key of its own.
fn swallowed_next_line(src: &Source, mark: (usize, usize)) -> Option<String> {
    let line = line_text(src, mark.0);
    let next = src.text.lines().nth(mark.0)?;
    let indent = |l: &str| l.chars().take_while(|c| *c == ' ').count();
    let value_start = line.chars().nth(mark.1.saturating_sub(1))?;
    let is_key_line = line.trim_start().split_once(": ").is_some();
    let next_t = next.trim_start();
    let next_is_key = next_t
        .split_once(':')
        .is_some_and(|(k, _)| !k.is_empty() && !k.contains(' '));
    (is_key_line && !matches!(value_start, '"' | '\'' | '>' | '|') && indent(next) > indent(line) && next_is_key).then(|| {
        format!(
            "the next line (`{}`) is indented further than this key, so YAML reads it as part of this value: line it up with the keys above",
            next_t
        )
    })
}

/// The start of a quoted text that is not closed on its line, at or
/// before `err_line`, if closing it lets the file be read past the error.
fn unclosed_quote(src: &Source, err_line: usize) -> Option<(usize, usize)> {
    let lines: Vec<&str> = src.text.lines().collect();
    for i in (0..err_line.min(lines.len())).rev() {
        let line = lines[i];
        let Some((col, quote)) = open_quote(line) else {
            continue;
        };
        let mut fixed = String::with_capacity(src.text.len() + 1);
        for (j, l) in lines.iter().enumerate() {
            fixed.push_str(if j == i { l.trim_end() } else { l });
            if j == i {
                fixed.push(quote);
            }
            fixed.push('\n');
        }
        let better = match serde_yaml::from_str::<serde_yaml::Value>(&fixed) {
            Ok(_) => true,
            Err(e) => e.location().is_some_and(|l| l.line() > err_line),
        };
        if better {
            return Some((i + 1, col));
        }
    }
    None
}

/// Where a value that starts with a quote opens, if the quote is not closed
/// on the same line: (1-based column, quote).
fn open_quote(line: &str) -> Option<(usize, char)> {
    let chars: Vec<char> = line.chars().collect();
    let mut i = chars.iter().take_while(|c| **c == ' ').count();
    while chars.get(i) == Some(&'-') && chars.get(i + 1) == Some(&' ') {
        i += 2;
        while chars.get(i) == Some(&' ') {
            i += 1;
        }
    }
    // skip a key
    if !matches!(chars.get(i), Some('"' | '\'')) {
        let rest: String = chars[i..].iter().collect();
        let k = rest.find(": ")?;
        i += rest[..k].chars().count() + 2;
        while chars.get(i) == Some(&' ') {
            i += 1;
        }
    }
    let q = *chars.get(i)?;
    if q != '"' && q != '\'' {
        return None;
    }
    let mut j = i + 1;
    while j < chars.len() {
        let c = chars[j];
        if q == '"' && c == '\\' {
            j += 2;
            continue;
        }
        if c == q {
            if q == '\'' && chars.get(j + 1) == Some(&'\'') {
                j += 2;
                continue;
            }
            return None;
        }
        j += 1;
    }
    Some((i + 1, q))
}

/// A key written twice in one map.
pub fn duplicate_key(
    src: &Source,
    entry: &str,
    first: (usize, usize),
    second: (usize, usize),
) -> Diagnostic {
    let key = entry.rsplit('.').next().unwrap_or(entry);
    let parent = entry.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
    let (message, hint) = match parent {
        "figures" => (
            format!("the figure id `{key}` is used twice in this file"),
            "give each figure its own id; if both are the same figure, remove one".to_string(),
        ),
        "slots" => (
            format!("the slot `{key}` is written twice in this file"),
            "put all the material of one slot under a single `{key}:`".replace("{key}", key),
        ),
        _ => (
            format!("`{key}:` is written twice {}", describe(parent)),
            "remove one of the two, or merge them".to_string(),
        ),
    };
    Diagnostic::error("duplicate-key", message)
        .at(&src.path, second.0, second.1)
        .related("first written here", Some(loc(src, first)))
        .expected("each key once in a map")
        .hint(hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_messages() {
        let p = split("figures.gdp.value: bad number `abc` at line 7 column 12");
        assert_eq!(p.path, "figures.gdp.value");
        assert_eq!(p.message, "bad number `abc`");
        assert_eq!(p.mark, Some((7, 12)));
        let p = split("found unexpected end of stream at line 4 column 1, while scanning a quoted scalar at line 1 column 4");
        assert_eq!(p.path, "");
        assert_eq!(p.message, "found unexpected end of stream");
        assert_eq!(p.context_mark, Some((1, 4)));
        let p = split("invalid type: string \"x\", expected u32");
        assert_eq!(p.path, "");
    }

    #[test]
    fn describes_paths() {
        assert_eq!(describe("figures.gdp"), "in figure `gdp`");
        assert_eq!(describe("figures.gdp.parts"), "in `parts` of figure `gdp`");
        assert_eq!(
            describe("slots.results[0].body[1]"),
            "in a paragraph of slot `results`"
        );
        assert_eq!(
            describe("slots.targets[0].targets[2]"),
            "in a target of slot `targets`"
        );
        assert_eq!(describe("document"), "in `document`");
    }

    #[test]
    fn finds_open_quotes() {
        assert_eq!(open_quote("  text: \"abc"), Some((9, '"')));
        assert_eq!(open_quote("  text: \"abc\""), None);
        assert_eq!(open_quote("  - 'it''s"), Some((5, '\'')));
        assert_eq!(open_quote("  - 'it''s'"), None);
        assert_eq!(open_quote("  text: abc \"x"), None);
    }
}
