//! serde_yaml (and libyaml) errors → diagnostics a clerk can act on.
//!
//! serde_yaml reports one error per file, as text: an optional path to the
//! value (`figures.gdp.value: …`), serde's or libyaml's message, and
//! `at line L column C` (libyaml adds `, while <context> at line …`). This
//! module takes that apart, says what went wrong in the content's terms,
//! points at the right place (the key of an entry that misses a field, the
//! quote that was never closed) and adds what was expected and a hint.
//!
//! serde's and libyaml's messages are English and are only taken apart
//! here: every word the user reads comes from the catalog (`content-…`).

use super::schema;
use crate::content::{suggest_number, Source, NUMBER_EXPECTED, PARA_EXPECTED, PART_VALUE_EXPECTED};
use crate::diag::{nearest, or_list, Diagnostic, Span};
use crate::t;

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

/// Where the value at `path` sits, in words: "trong số liệu `gdp`" ("in
/// figure `gdp`"), a phrase the messages take as `place`.
pub fn describe(path: &str) -> String {
    let segs: Vec<&str> = path.split('.').collect();
    let base = |s: &str| s.split('[').next().unwrap_or(s).to_string();
    match segs.as_slice() {
        [""] => t!("content-where-top"),
        ["figures", id, ..] => {
            let rest = &segs[2..];
            match rest.first().copied() {
                None => t!("content-where-figure", id = id),
                Some(f) => t!("content-where-figure-key", key = base(f), id = id),
            }
        }
        [s, ..] if s.starts_with("slots") || base(s) == "slots" => {
            let slot = segs.get(1).map(|s| base(s)).unwrap_or_default();
            let last = segs.last().copied().unwrap_or("");
            if last.starts_with("targets[")
                || segs.iter().rev().take(2).any(|s| s.starts_with("targets["))
            {
                t!("content-where-slot-target", slot = slot)
            } else if last.starts_with("body[")
                || last.starts_with("clauses[")
                || last.starts_with("counted[")
                || (segs.len() > 2 && segs.iter().rev().skip(1).any(|s| s.starts_with("body[")))
            {
                t!("content-where-slot-paragraph", slot = slot)
            } else if last.starts_with("items[") {
                t!("content-where-slot-item", slot = slot)
            } else {
                t!("content-where-slot-entry", slot = slot)
            }
        }
        ["format", "settings", ..] => t!("content-where-settings"),
        [s, ..] if s.starts_with("outline") => t!("content-where-outline"),
        [s, ..] if s.starts_with("opening") => t!("content-where-opening"),
        [s, ..] if s.starts_with("closing") => t!("content-where-closing"),
        _ => t!("content-where-path", path = path),
    }
}

/// What kind of value serde found (serde's "string \"abc\"", "integer
/// `5`", "sequence" …), in words.
fn found_words(unexpected: &str) -> String {
    let u = unexpected.trim();
    if let Some(v) = u.strip_prefix("string ") {
        let chars: Vec<char> = v.chars().collect();
        if chars.len() > 42 {
            let short: String = chars[..40].iter().collect();
            return t!("content-found-text", text = format!("{short}…\""));
        }
        return t!("content-found-text", text = v);
    }
    for p in ["integer ", "floating point "] {
        if let Some(v) = u.strip_prefix(p) {
            return t!("content-found-number", number = v.trim_matches('`'));
        }
    }
    if let Some(v) = u.strip_prefix("boolean ") {
        return format!("`{}`", v.trim_matches('`'));
    }
    match u {
        "sequence" => t!("content-a-list"),
        "map" => t!("content-a-map"),
        "unit value" => t!("content-found-nothing"),
        "enum" => t!("content-found-tagged"),
        _ => t!("content-found-other"),
    }
}

/// What serde expected (a type's name, serde's "a string", our own
/// `NUMBER_EXPECTED` …), in words.
fn expected_words(expected: &str) -> String {
    let e = expected.trim();
    if e == NUMBER_EXPECTED {
        return t!("content-a-number");
    }
    if e == PARA_EXPECTED {
        return t!("content-a-paragraph");
    }
    if e == PART_VALUE_EXPECTED {
        return t!("content-a-part");
    }
    if let Some(n) = e
        .strip_prefix("sequence of ")
        .and_then(|r| r.strip_suffix(" elements"))
        .or_else(|| e.strip_prefix("an array of length "))
    {
        return t!("content-a-list-of", count = n);
    }
    if e.starts_with("struct ") {
        return t!("content-a-map");
    }
    match e {
        "u8" | "u16" | "u32" | "u64" | "usize" => t!("content-a-count"),
        "i8" | "i16" | "i32" | "i64" | "isize" => t!("content-a-whole-number"),
        "f32" | "f64" => t!("content-a-number"),
        "a boolean" => t!("content-a-boolean"),
        "a string" => t!("content-a-text"),
        "a sequence" => t!("content-a-list"),
        "a map" => t!("content-a-map"),
        _ => t!("content-a-value"),
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

/// The YAML path of the value a serde_yaml error is about
/// (`figures.gdp.value`), with the key an unknown key error names
/// (`slots.results[0].heding`): the entry to leave out to read on.
pub fn error_path(e: &serde_yaml::Error) -> String {
    let p = split(&e.to_string());
    if let Some(rest) = p.message.strip_prefix("unknown field ") {
        if let Some(key) = quoted(rest).first() {
            return if p.path.is_empty() {
                key.to_string()
            } else {
                format!("{}.{key}", p.path)
            };
        }
    }
    p.path
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
        let message = match k.or(key.map(str::to_string)) {
            Some(k) => t!("content-not-number", key = k, value = token),
            None => t!("content-not-number-value", value = token),
        };
        let n = suggest_number(&token).unwrap_or_default();
        return Diagnostic::error("bad-number", message)
            .at(&src.path, mark.0, col)
            .spanning(token.chars().count())
            .expected(t!("content-number-expected"))
            .hint(t!("content-number-in-flow-hint", number = n));
    }

    // --- serde: the content's shape
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        let words = quoted(rest);
        let field = words.first().copied().unwrap_or("");
        let valid: Vec<&str> = words.iter().skip(1).copied().collect();
        let mut d = at(
            Diagnostic::error(
                "unknown-key",
                t!("content-unknown-key", key = field, place = what),
            ),
            mark,
        );
        d = d.expected(if valid.is_empty() {
            t!("content-unknown-key-none")
        } else {
            let shown: Vec<String> = valid
                .iter()
                .take(if valid.len() > 24 { 20 } else { 24 })
                .map(|v| format!("`{v}`"))
                .collect();
            let more = valid.len() - shown.len();
            if more > 0 {
                t!(
                    "content-one-of-keys-more",
                    keys = shown.join(", "),
                    more = more
                )
            } else {
                t!("content-one-of-keys", keys = shown.join(", "))
            }
        });
        return match nearest(field, valid.iter().copied()) {
            Some(n) => d.hint(t!("content-did-you-mean", name = n)),
            None => d.hint(t!("content-unknown-key-hint")),
        };
    }
    if let Some(rest) = msg.strip_prefix("missing field ") {
        let field = quoted(rest).first().copied().unwrap_or("").to_string();
        if src
            .text
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
        {
            return Diagnostic::error("missing-key", t!("content-empty-file"))
                .at(&src.path, 1, 1)
                .spanning(1)
                .expected(t!("content-empty-file-expected", key = field))
                .hint(t!("content-empty-file-hint"));
        }
        let place = if p.path.is_empty() {
            None
        } else {
            src.key_loc(&p.path)
        };
        let message = if p.path.is_empty() {
            t!("content-missing-key-file", key = field)
        } else {
            t!("content-missing-key", key = field, place = what)
        };
        let mut d = Diagnostic::error("missing-key", message);
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
            Some(desc) => t!(
                "content-key-described",
                key = field,
                description = lower_first(desc.trim_end_matches('.'))
            ),
            None => t!("content-the-key", key = field),
        });
        return d.hint(if p.path.is_empty() {
            t!("content-missing-key-file-hint", key = field)
        } else {
            t!("content-missing-key-hint", key = field)
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
                t!("content-duplicate-key", key = field, place = what),
            ),
            mark,
        )
        .expected(t!("content-duplicate-key-expected"))
        .hint(t!("content-duplicate-key-hint"));
    }
    if let Some(rest) = msg.strip_prefix("unknown variant ") {
        let words = quoted(rest);
        let value = words.first().copied().unwrap_or("");
        let valid: Vec<&str> = words.iter().skip(1).copied().collect();
        let message = match key {
            Some(k) => t!("content-bad-variant", value = value, key = k),
            None => t!("content-bad-variant-here", value = value),
        };
        let d = at(Diagnostic::error("bad-value", message), mark).expected(t!(
            "content-one-of-values",
            values = or_list(&valid.iter().map(|v| format!("`{v}`")).collect::<Vec<_>>())
        ));
        return match nearest(value, valid.iter().copied()) {
            Some(n) => d.hint(t!("content-did-you-mean", name = n)),
            None => d.hint(match (key, schema_description(src, &p.path)) {
                (Some(k), Some(desc)) => t!("content-name-described", key = k, description = desc),
                (None, Some(desc)) => desc,
                (_, None) => t!("content-bad-variant-hint"),
            }),
        };
    }
    if let Some(rest) = msg.strip_prefix("bad number ") {
        let v = quoted(rest).first().copied().unwrap_or("").to_string();
        let message = match key {
            Some(k) => t!("content-not-number", key = k, value = v),
            None => t!("content-not-number-value", value = v),
        };
        let d = at(Diagnostic::error("bad-number", message), mark);
        let d = d.expected(t!("content-number-expected"));
        if let Some(h) = swallowed_next_line(src, mark) {
            return d.hint(h);
        }
        // `!!str 76.6`: the tag made a number text
        let written = line_text(src, mark.0);
        if written.contains("!!str") {
            let example = match key {
                Some(k) => format!("{k}: {v}"),
                None => v.clone(),
            };
            return d.hint(t!("content-str-tag-hint", example = example));
        }
        return match suggest_number(&v) {
            Some(n) => d.hint(t!("content-number-hint", number = n)),
            None if v.chars().any(|c| c.is_ascii_digit())
                && v.chars().all(|c| c.is_ascii_digit() || ".,- ".contains(c)) =>
            {
                d.hint(t!("content-number-ambiguous-hint"))
            }
            None => d.hint(t!("content-number-text-hint")),
        };
    }
    if let Some(rest) = msg
        .strip_prefix("invalid type: ")
        .or_else(|| msg.strip_prefix("invalid value: "))
    {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        // serde says `integer `99999999999999999999999` as u128`: a whole
        // number too large for the key
        if let Some(n) = found
            .strip_prefix("integer `")
            .and_then(|r| r.split_once('`'))
            .filter(|(_, tail)| tail.contains(" as u128") || tail.contains(" as i128"))
            .map(|(n, _)| n.to_string())
        {
            let name = key.map(|k| format!("`{k}`")).unwrap_or_default();
            return at(
                Diagnostic::error(
                    "wrong-type",
                    t!("content-number-too-large", key = name, number = n),
                ),
                mark,
            )
            .expected(expected_words(expected))
            .hint(t!("content-number-too-large-hint"));
        }
        let found_w = found_words(found);
        let expected_w = expected_words(expected);
        let name = key
            .map(|k| format!("`{k}`"))
            .unwrap_or_else(|| t!("content-this-entry"));
        let message = match (key, found.trim() == "unit value") {
            (Some(k), true) => t!("content-empty-value", key = k, place = what),
            (None, true) => t!("content-empty-entry", place = what),
            (Some(k), false) => t!(
                "content-wrong-type",
                key = k,
                expected = expected_w,
                found = found_w
            ),
            (None, false) => t!(
                "content-wrong-type-entry",
                expected = expected_w,
                found = found_w
            ),
        };
        let mut d = at(Diagnostic::error("wrong-type", message), mark);
        let desc = schema_description(src, &p.path);
        d = d.expected(match &desc {
            Some(desc) => t!(
                "content-expected-described",
                expected = expected_w,
                name = name,
                description = lower_first(desc.trim_end_matches('.'))
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
            t!("content-quote-brace-hint")
        } else if found.starts_with("sequence") && expected.contains("string") {
            t!("content-list-not-text-hint")
        } else if found.starts_with("string")
            && (expected == "a sequence" || expected.starts_with("sequence"))
        {
            t!("content-text-not-list-hint")
        } else if found.starts_with("map") && expected.contains("string") {
            t!("content-map-not-text-hint")
        } else if expected == "a boolean" {
            t!("content-boolean-hint")
        } else if found.starts_with("floating point") && expected.starts_with('u')
            || expected.starts_with('i') && found.starts_with("floating point")
        {
            t!("content-whole-number-hint")
        } else if found.starts_with("integer `-") && expected.starts_with('u') {
            t!("content-negative-hint")
        } else if found.starts_with("string")
            && (expected.starts_with('u')
                || expected.starts_with('i')
                || expected == NUMBER_EXPECTED)
        {
            t!("content-digits-hint")
        } else if found.trim() == "unit value" {
            t!("content-empty-hint", name = name)
        } else {
            t!("content-kind-hint")
        };
        return d.hint(hint);
    }
    if let Some(rest) = msg.strip_prefix("invalid length ") {
        let (n, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let message = match key {
            Some(k) => t!("content-wrong-length", key = k, count = n),
            None => t!("content-wrong-length-list", count = n),
        };
        return at(Diagnostic::error("wrong-type", message), mark)
            .expected(expected_words(expected))
            .hint(t!("content-wrong-length-hint"));
    }
    if msg.starts_with("deserializing from YAML containing more than one document") {
        // `...` ends a YAML document: what follows is read as another
        if let Some(line) = src
            .text
            .lines()
            .position(|l| l.trim_end() == "...")
            .map(|i| i + 1)
        {
            return Diagnostic::error("yaml-syntax", t!("content-document-end"))
                .at(&src.path, line, 1)
                .spanning(3)
                .expected(t!("content-several-documents-expected"))
                .hint(t!("content-document-end-hint"));
        }
        let line = src
            .text
            .lines()
            .enumerate()
            .skip(1)
            .find(|(_, l)| l.trim_end() == "---")
            .map(|(i, _)| i + 1)
            .unwrap_or(1);
        return Diagnostic::error("yaml-syntax", t!("content-several-documents"))
            .at(&src.path, line, 1)
            .expected(t!("content-several-documents-expected"))
            .hint(t!("content-several-documents-hint"));
    }
    if msg == "unknown anchor" {
        return at(
            Diagnostic::error("yaml-syntax", t!("content-unknown-anchor")),
            mark,
        )
        .expected(t!("content-unknown-anchor-expected"))
        .hint(t!("content-unknown-anchor-hint"));
    }
    if msg.contains("expected a YAML tag starting with '!'")
        || msg.starts_with("recursion limit exceeded")
    {
        let message = match key {
            Some(k) => t!("content-wrong-kind", key = k),
            None => t!("content-wrong-kind-here"),
        };
        return at(Diagnostic::error("wrong-type", message), mark)
            .expected(
                schema_description(src, &p.path)
                    .unwrap_or_else(|| t!("content-wrong-kind-expected")),
            )
            .hint(t!("content-wrong-kind-hint"));
    }

    // --- another check of a value (e.g. `line_spacing` takes one key)
    if !p.path.is_empty() {
        return at(
            Diagnostic::error(
                "bad-value",
                t!("content-bad-value", message = msg, place = what),
            ),
            mark,
        )
        .hint(t!("content-bad-value-hint"));
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
        return d(t!("content-quote-never-closed"), cmark)
            .spanning(1)
            .expected(t!("content-closing-quote", quote = quote))
            .hint(t!("content-quote-never-closed-hint"));
    }
    if let Some(q) = unclosed_quote(src, mark.0) {
        let quote = char_at(src, q).unwrap_or('"');
        return d(t!("content-quote-not-closed", quote = quote), q)
            .spanning(1)
            .related_span(t!("content-quote-not-closed-here"), Some(loc(src, mark)), 1)
            .expected(t!("content-closing-quote", quote = quote))
            .hint(t!("content-quote-not-closed-hint"));
    }
    if msg.starts_with("found unknown escape character") {
        let esc: String = line_text(src, mark.0)
            .chars()
            .skip(mark.1.saturating_sub(1))
            .take(2)
            .collect();
        return d(t!("content-bad-escape", escape = esc), mark)
            .spanning(2)
            .expected(t!("content-bad-escape-expected"))
            .hint(t!("content-bad-escape-hint"));
    }
    if msg.starts_with("found character that cannot start any token") {
        let c = char_at(src, mark).unwrap_or('?');
        return d(t!("content-cannot-start", char = c), mark)
            .spanning(1)
            .expected(t!("content-text-in-quotes", char = c))
            .hint(t!("content-cannot-start-hint"));
    }
    if msg.starts_with("did not find expected ',' or ']'")
        || msg.starts_with("did not find expected ',' or '}'")
    {
        let open = char_at(src, cmark).unwrap_or('[');
        let close = if open == '{' { '}' } else { ']' };
        let (message, expected) = if open == '{' {
            (
                t!("content-map-not-closed", open = open),
                t!("content-map-not-closed-expected", close = close),
            )
        } else {
            (
                t!("content-list-not-closed", open = open),
                t!("content-list-not-closed-expected", close = close),
            )
        };
        let r = d(message, cmark)
            .spanning(1)
            .related_span(t!("content-not-closed-here"), Some(loc(src, mark)), 1)
            .expected(expected);
        return if open == '{' {
            r.hint(t!("content-map-not-closed-hint"))
        } else {
            r.hint(t!("content-list-not-closed-hint", close = close))
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
            d(t!("content-key-too-deep"), (mark.0, col))
                .spanning(first_word(line))
                .expected(
                    sibling_key(src, mark.0).unwrap_or_else(|| t!("content-key-lined-up-above")),
                )
                .hint(t!("content-key-too-deep-hint"))
        } else {
            d(t!("content-colon-in-text"), mark)
                .spanning(1)
                .expected(t!("content-colon-in-text-expected"))
                .hint(t!("content-colon-in-text-hint"))
        };
    }
    if msg.starts_with("could not find expected ':'") {
        let line = p.context_mark.map(|m| m.0).unwrap_or(mark.0);
        let text = line_text(src, line);
        return d(t!("content-not-key-nor-item"), (line, indent(text) + 1))
            .spanning(first_word(text))
            .expected(t!("content-not-key-nor-item-expected"))
            .hint(t!("content-not-key-nor-item-hint"));
    }
    if msg.starts_with("did not find expected key") {
        let text = line_text(src, mark.0);
        return d(t!("content-key-misaligned"), (mark.0, indent(text) + 1))
            .spanning(first_word(text))
            .expected(sibling_key(src, mark.0).unwrap_or_else(|| t!("content-key-lined-up-above")))
            .hint(t!("content-key-misaligned-hint"));
    }
    if msg.starts_with("did not find expected '-' indicator") {
        let text = line_text(src, mark.0);
        return d(t!("content-item-misaligned"), (mark.0, indent(text) + 1))
            .spanning(first_word(text))
            .expected(t!("content-item-misaligned-expected"))
            .hint(t!("content-item-misaligned-hint"));
    }
    if msg.starts_with("block sequence entries are not allowed") {
        return d(t!("content-item-after-key"), mark)
            .spanning(1)
            .expected(t!("content-item-after-key-expected"))
            .hint(t!("content-item-after-key-hint"));
    }
    if msg.starts_with("control characters are not allowed") {
        return d(t!("content-control-character"), mark)
            .expected(t!("content-control-character-expected"))
            .hint(t!("content-control-character-hint"));
    }
    if msg.starts_with("found undefined tag handle")
        || msg.starts_with("did not find expected tag URI")
    {
        return d(t!("content-cannot-start", char = '!'), mark)
            .expected(t!("content-text-in-quotes", char = '!'))
            .hint(t!("content-cannot-start-hint"));
    }
    if msg.starts_with("did not find expected alphabetic or numeric character") {
        return d(t!("content-cannot-start-anchor"), mark)
            .expected(t!("content-text-in-quotes", char = '&'))
            .hint(t!("content-cannot-start-hint"));
    }
    let (reason, general) = libyaml_words(msg);
    let context = if general { libyaml_context(ctx) } else { None };
    let message = match context {
        Some(context) => t!(
            "content-yaml-unreadable-while",
            reason = reason,
            context = context
        ),
        None => t!("content-yaml-unreadable", reason = reason),
    };
    d(message, mark)
        .expected(t!("content-yaml-unreadable-expected"))
        .hint(t!("content-yaml-unreadable-hint"))
}

/// libyaml's reason for a syntax error the cases above do not word, in the
/// user's words (one libyaml does not give today stays as it is), and
/// whether it is general enough for what libyaml was reading to help.
fn libyaml_words(msg: &str) -> (String, bool) {
    let m = msg.trim();
    let has = |s: &str| m.starts_with(s);
    let general = if has("did not find expected node content") {
        t!("content-libyaml-no-value")
    } else if has("found unexpected end of stream") {
        t!("content-libyaml-end-of-file")
    } else if has("did not find expected comment or line break") {
        t!("content-libyaml-after-value")
    } else if has("did not find expected whitespace") {
        t!("content-libyaml-no-space")
    } else if has("mapping keys are not allowed") || has("found unexpected ':'") {
        t!("content-libyaml-key-here")
    } else {
        String::new()
    };
    if !general.is_empty() {
        return (general, true);
    }
    let specific = if has("found unexpected document indicator")
        || has("did not find expected <document start>")
    {
        t!("content-libyaml-document-marker")
    } else if has("found a tab character") {
        t!("content-libyaml-tab")
    } else if has("found invalid Unicode character escape code")
        || has("did not find expected hexadecimal number")
        || has("unexpected low surrogate area")
        || has("expected low surrogate area")
    {
        t!("content-libyaml-bad-code")
    } else if has("found an indentation indicator equal to 0")
        || has("did not find expected '>'")
        || has("did not find the expected '>'")
    {
        t!("content-libyaml-block-header")
    } else if m.contains("directive")
        || m.contains("version number")
        || m.contains("YAML document")
        || has("did not find expected digit or '.' character")
        || has("found unexpected non-alphabetical character")
    {
        t!("content-libyaml-directive")
    } else if m.contains("tag") || has("did not find expected '!'") || m.contains("URI") {
        t!("content-libyaml-tag")
    } else if m.contains("UTF-8")
        || m.contains("UTF-16")
        || m.contains("Unicode character")
        || has("input")
    {
        t!("content-libyaml-encoding")
    } else if has("repetition limit exceeded") || has("recursion limit exceeded") {
        t!("content-libyaml-too-deep")
    } else {
        return (m.to_string(), true);
    };
    (specific, false)
}

/// libyaml's "while scanning a plain scalar", in the user's words.
fn libyaml_context(ctx: &str) -> Option<String> {
    let c = ctx.trim().strip_prefix("while ")?;
    Some(if c.contains("simple key") {
        t!("content-libyaml-while-key")
    } else if c.contains("quoted scalar") {
        t!("content-libyaml-while-quoted")
    } else if c.contains("block scalar") {
        t!("content-libyaml-while-block")
    } else if c.contains("mapping") {
        t!("content-libyaml-while-map")
    } else if c.contains("flow sequence") || c.contains("block collection") {
        t!("content-libyaml-while-list")
    } else if c.contains("anchor") || c.contains("alias") {
        t!("content-libyaml-while-anchor")
    } else if c.contains("tag") || c.contains("directive") {
        t!("content-libyaml-while-tag")
    } else {
        t!("content-libyaml-while-value")
    })
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
        return Some(t!(
            "content-key-lined-up",
            key = key,
            line = i + 1,
            column = col + 1
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
    (is_key_line
        && !matches!(value_start, '"' | '\'' | '>' | '|')
        && indent(next) > indent(line)
        && next_is_key)
        .then(|| t!("content-next-line-swallowed-hint", line = next_t))
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
            t!("content-duplicate-figure", id = key),
            t!("content-duplicate-figure-hint"),
        ),
        "slots" => (
            t!("content-duplicate-slot", slot = key),
            t!("content-duplicate-slot-hint", slot = key),
        ),
        _ => (
            t!("content-duplicate-key", key = key, place = describe(parent)),
            t!("content-duplicate-key-hint"),
        ),
    };
    Diagnostic::error("duplicate-key", message)
        .at(&src.path, second.0, second.1)
        .related(t!("content-duplicate-key-first"), Some(loc(src, first)))
        .expected(t!("content-duplicate-key-expected"))
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
        use crate::i18n::{set_for_this_thread, Lang};
        set_for_this_thread(Some(Lang::Vi));
        assert_eq!(describe("figures.gdp"), "trong số liệu `gdp`");
        assert_eq!(
            describe("slots.results[0].body[1]"),
            "trong một đoạn thuộc vị trí `results`"
        );
        set_for_this_thread(Some(Lang::En));
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
        set_for_this_thread(None);
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
