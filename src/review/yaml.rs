//! Editing a YAML file in place: a scalar's characters found in the source
//! (whatever its style: plain, quoted, folded `>-`, literal `|`), a piece of
//! it replaced with text written the way that style writes it, a list item
//! added or removed — the rest of the file, its comments and layout, left
//! byte for byte. Nothing here re-serialises a file; every edit is checked
//! by reading the file again.

use serde_yaml::Value;

/// How a scalar is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    Single,
    Double,
    Folded,
    Literal,
}

/// A scalar found in the source.
#[derive(Debug, Clone)]
pub struct Scalar {
    pub style: Style,
    /// For each character of the value, the bytes of the source that
    /// write it (a folded line break and its indentation for a space).
    pub chars: Vec<(usize, usize)>,
    /// Where the value's text starts and ends in the source (quotes not
    /// included).
    pub start: usize,
    pub end: usize,
    /// The line where the value is introduced (its key or `- `, or the
    /// block indicator's line): byte offset of that line's start.
    pub intro_line: usize,
}

/// The byte offset of line `line`, column `col` (1-based, in characters).
pub fn offset(src: &str, line: usize, col: usize) -> Option<usize> {
    let mut at = 0;
    for _ in 1..line {
        at += src[at..].find('\n')? + 1;
    }
    let rest = &src[at..];
    let mut chars = rest.char_indices();
    for _ in 1..col {
        chars.next()?;
    }
    Some(at + chars.next().map(|(i, _)| i).unwrap_or(rest.len()))
}

/// Line and column (1-based, column in characters) of byte `at`.
pub fn line_col(src: &str, at: usize) -> (usize, usize) {
    let at = at.min(src.len());
    let before = &src[..at];
    let line = before.matches('\n').count() + 1;
    let ls = before.rfind('\n').map_or(0, |i| i + 1);
    (line, src[ls..at].chars().count() + 1)
}

fn line_start(src: &str, at: usize) -> usize {
    src[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// The text of a line without its comment, trimmed at the end.
fn without_comment(line: &str) -> &str {
    let mut cut = line.len();
    let b = line.as_bytes();
    for i in 0..b.len() {
        if b[i] == b'#' && (i == 0 || b[i - 1] == b' ') {
            cut = i;
            break;
        }
    }
    line[..cut].trim_end()
}

/// Finds the scalar whose value is `value` and whose text starts at `at`
/// (the position yaml-rust2 gives: a quote, the first character, or the
/// first character of a block scalar's first line).
pub fn locate(src: &str, at: usize, value: &str) -> Option<Scalar> {
    let first = src[at..].chars().next()?;
    let ls = line_start(src, at);
    let at_line_start = src[ls..at].trim().is_empty();
    let (style, start, intro_line) = match first {
        '"' => (Style::Double, at + 1, ls),
        '\'' => (Style::Single, at + 1, ls),
        _ if at_line_start && ls > 0 => {
            // a block scalar's text starts on the line after its indicator
            let mut prev = line_start(src, ls - 1);
            while prev > 0 && src[prev..ls].trim().is_empty() {
                prev = line_start(src, prev - 1);
            }
            let line = without_comment(&src[prev..ls - 1]);
            let ind = line
                .rsplit([' ', '\t'])
                .next()
                .unwrap_or("")
                .trim_end_matches(|c: char| c == '-' || c == '+' || c.is_ascii_digit());
            match ind {
                ">" => (Style::Folded, at, prev),
                "|" => (Style::Literal, at, prev),
                _ => (Style::Plain, at, prev),
            }
        }
        _ => (Style::Plain, at, ls),
    };
    let v: Vec<char> = value.chars().collect();
    let mut out = vec![(0, 0); v.len()];
    let mut si = start;
    let mut vi = 0;
    while vi < v.len() {
        let sc = src[si..].chars().next()?;
        if style == Style::Double && sc == '\\' {
            let (c, len) = escape(&src[si..])?;
            match c {
                None => {
                    si += len;
                    continue;
                }
                Some(c) if c == v[vi] => {
                    out[vi] = (si, si + len);
                    vi += 1;
                    si += len;
                    continue;
                }
                Some(_) => return None,
            }
        }
        if style == Style::Single && sc == '\'' {
            if src[si + 1..].starts_with('\'') && v[vi] == '\'' {
                out[vi] = (si, si + 2);
                vi += 1;
                si += 2;
                continue;
            }
            return None;
        }
        if v[vi].is_whitespace() && sc.is_whitespace() {
            let ss = si;
            while let Some(c) = src[si..].chars().next() {
                if !c.is_whitespace() {
                    break;
                }
                si += c.len_utf8();
            }
            let vs = vi;
            while vi < v.len() && v[vi].is_whitespace() {
                vi += 1;
            }
            let end = if vi == v.len() {
                // a kept final line break: the break only
                ss + src[ss..].chars().next().map_or(0, |c| c.len_utf8())
            } else {
                si
            };
            for o in &mut out[vs..vi] {
                *o = (ss, end);
            }
            continue;
        }
        if sc == v[vi] {
            out[vi] = (si, si + sc.len_utf8());
            vi += 1;
            si += sc.len_utf8();
            continue;
        }
        return None;
    }
    let end = out.last().map_or(start, |o| o.1);
    Some(Scalar {
        style,
        chars: out,
        start,
        end,
        intro_line,
    })
}

/// A double-quoted escape at the start of `s`: the character it writes
/// (`None` for an escaped line break) and its length in bytes.
fn escape(s: &str) -> Option<(Option<char>, usize)> {
    let c = s[1..].chars().next()?;
    let simple = match c {
        '0' => Some('\0'),
        'a' => Some('\u{7}'),
        'b' => Some('\u{8}'),
        't' | '\t' => Some('\t'),
        'n' => Some('\n'),
        'v' => Some('\u{b}'),
        'f' => Some('\u{c}'),
        'r' => Some('\r'),
        'e' => Some('\u{1b}'),
        ' ' => Some(' '),
        '"' => Some('"'),
        '/' => Some('/'),
        '\\' => Some('\\'),
        'N' => Some('\u{85}'),
        '_' => Some('\u{a0}'),
        'L' => Some('\u{2028}'),
        'P' => Some('\u{2029}'),
        _ => None,
    };
    if let Some(x) = simple {
        return Some((Some(x), 1 + c.len_utf8()));
    }
    let hex = |n: usize| {
        let h = s.get(2..2 + n)?;
        let v = u32::from_str_radix(h, 16).ok()?;
        Some((Some(char::from_u32(v)?), 2 + n))
    };
    match c {
        'x' => hex(2),
        'u' => hex(4),
        'U' => hex(8),
        '\n' | '\r' => {
            let mut len = 1;
            for ch in s[1..].chars() {
                if ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' {
                    len += ch.len_utf8();
                } else {
                    break;
                }
            }
            Some((None, len))
        }
        _ => None,
    }
}

/// `s` as the inside of a double-quoted scalar.
pub fn double_quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Whether `s` can be written as (a piece of) a plain scalar: no
/// `: `, ` #`, no line break, no tab; at the start of the value, no
/// indicator character; at its end, no `:` and no space.
fn plain_ok(s: &str, at_start: bool, at_end: bool) -> bool {
    if s.contains(": ") || s.contains(" #") || s.contains('\n') || s.contains('\t') {
        return false;
    }
    if at_start {
        let bad = "-?:,[]{}#&*!|>'\"%@`";
        match s.chars().next() {
            Some(c) if bad.contains(c) || c == ' ' => return false,
            _ => {}
        }
    }
    if at_end && (s.ends_with(':') || s.ends_with(' ')) {
        return false;
    }
    true
}

/// A replacement in the source: these bytes, this text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Splice {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// Splices that replace characters `a..b` of the scalar's value (`a == b`:
/// an insertion before character `a`) by `new`, written the way the
/// scalar is. `value` is the whole value before the edit. A plain
/// scalar on one line that cannot take the new text is written
/// double-quoted instead; `None` when the edit cannot be written safely.
pub fn splice(
    src: &str,
    sc: &Scalar,
    value: &str,
    a: usize,
    b: usize,
    new: &str,
) -> Option<Splice> {
    let n = sc.chars.len();
    if a > b || b > n {
        return None;
    }
    let (start, end) = if a < b {
        (sc.chars[a].0, sc.chars[b - 1].1)
    } else if a < n {
        (sc.chars[a].0, sc.chars[a].0)
    } else {
        (sc.end, sc.end)
    };
    let text = match sc.style {
        Style::Plain => {
            if plain_ok(new, a == 0, b == n) {
                new.to_string()
            } else if !src[sc.start..sc.end].contains('\n') {
                // the whole value, quoted
                let chars: Vec<char> = value.chars().collect();
                let whole: String = chars[..a]
                    .iter()
                    .chain(new.chars().collect::<Vec<_>>().iter())
                    .chain(chars[b..].iter())
                    .collect();
                return Some(Splice {
                    start: sc.start,
                    end: sc.end,
                    text: format!("\"{}\"", double_quoted(&whole)),
                });
            } else {
                return None;
            }
        }
        Style::Folded | Style::Literal => {
            if new.contains('\n') {
                return None;
            }
            // a space at the start of a line would make it "more indented"
            if new.starts_with(' ') && src[line_start(src, start)..start].trim().is_empty() {
                return None;
            }
            new.to_string()
        }
        Style::Double => double_quoted(new),
        Style::Single => {
            if new.contains('\n') {
                return None;
            }
            new.replace('\'', "''")
        }
    };
    Some(Splice { start, end, text })
}

/// The end of the plain token (a number) at `at`: up to a space, a
/// comment, a comma or bracket of a flow collection, or the line's end.
pub fn token_end(src: &str, at: usize) -> usize {
    let rest = &src[at..];
    let len = rest
        .find(|c: char| c.is_whitespace() || c == ',' || c == '}' || c == ']' || c == '#')
        .unwrap_or(rest.len());
    at + len
}

/// Applies splices (which must not overlap) to `src`.
pub fn apply(src: &str, splices: &[Splice]) -> Option<String> {
    let mut s: Vec<&Splice> = splices.iter().collect();
    s.sort_by_key(|x| (x.start, x.end));
    for w in s.windows(2) {
        let insertion = w[0].start == w[0].end || w[1].start == w[1].end;
        if w[1].start < w[0].end || (w[1].start == w[0].start && insertion) {
            return None;
        }
    }
    let mut out = src.to_string();
    for x in s.iter().rev() {
        out.replace_range(x.start..x.end, &x.text);
    }
    Some(out)
}

/// The list item that the scalar at `sc` is: the start of its `- ` line,
/// the byte after the line its value ends on, the column of its `-`.
pub fn item_extent(src: &str, sc: &Scalar) -> Option<(usize, usize, usize)> {
    let ls = sc.intro_line;
    let line_end = src[ls..].find('\n').map_or(src.len(), |i| ls + i);
    let line = &src[ls..line_end];
    let dash = line.find("- ")?;
    if !line[..dash].trim().is_empty() {
        return None;
    }
    // after the value (and a closing quote), nothing but a comment
    let mut after = sc.end;
    if matches!(sc.style, Style::Double | Style::Single) {
        after += 1;
    }
    let end_line = src[after..].find('\n').map_or(src.len(), |i| after + i);
    let rest = without_comment(&src[after.min(end_line)..end_line]);
    if !rest.trim().is_empty() {
        return None;
    }
    let end = (end_line + 1).min(src.len());
    Some((ls, end, dash))
}

/// A new list item with `text` as its value, at the dash column `col`,
/// written like `like` (folded `>-`, wrapped, if that one is folded; else
/// plain, or double-quoted if it must be).
pub fn new_item(text: &str, col: usize, like: Style) -> String {
    let pad = " ".repeat(col);
    if like == Style::Folded || text.chars().count() + col + 2 > 100 {
        let inner = " ".repeat(col + 4);
        let width = 100usize.saturating_sub(col + 4).max(40);
        let mut lines: Vec<String> = Vec::new();
        let mut cur = String::new();
        for w in text.split_whitespace() {
            if !cur.is_empty() && cur.chars().count() + 1 + w.chars().count() > width {
                lines.push(std::mem::take(&mut cur));
            }
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(w);
        }
        if !cur.is_empty() {
            lines.push(cur);
        }
        let mut s = format!("{pad}- >-\n");
        for l in lines {
            s.push_str(&inner);
            s.push_str(&l);
            s.push('\n');
        }
        return s;
    }
    if plain_ok(text, true, true) {
        format!("{pad}- {text}\n")
    } else {
        format!("{pad}- \"{}\"\n", double_quoted(text))
    }
}

/// One step of a YAML path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// `slots.results[0].body[2]` → its steps.
pub fn steps(path: &str) -> Vec<Step> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            out.push(Step::Key(key.to_string()));
        }
        for idx in rest.split('[').skip(1) {
            if let Ok(n) = idx.trim_end_matches(']').parse() {
                out.push(Step::Index(n));
            }
        }
    }
    out
}

/// The path without its last step, and the last step.
pub fn parent(path: &str) -> Option<(String, Step)> {
    let s = steps(path);
    let last = s.last()?.clone();
    let cut = match &last {
        Step::Index(_) => path.rfind('[')?,
        Step::Key(_) => path.rfind('.').unwrap_or(0),
    };
    Some((path[..cut].to_string(), last))
}

/// The value at `path` of a parsed file.
pub fn get<'v>(v: &'v Value, path: &str) -> Option<&'v Value> {
    let mut cur = v;
    for s in steps(path) {
        cur = match s {
            Step::Key(k) => cur.as_mapping()?.get(Value::String(k))?,
            Step::Index(i) => cur.as_sequence()?.get(i)?,
        };
    }
    Some(cur)
}

/// The file parsed (for checking an edit).
pub fn parse(src: &str) -> Option<Value> {
    serde_yaml::from_str(src).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(src: &str, path: &str) -> (Scalar, String) {
        let loc = crate::content::Locations::parse(src);
        let (l, c) = loc.value(path).unwrap();
        let at = offset(src, l, c).unwrap();
        let v = parse(src).unwrap();
        let value = get(&v, path).unwrap().as_str().unwrap().to_string();
        (locate(src, at, &value).unwrap(), value)
    }

    fn edit(src: &str, path: &str, a: usize, b: usize, new: &str) -> String {
        let (sc, value) = find(src, path);
        let sp = splice(src, &sc, &value, a, b, new).unwrap();
        apply(src, &[sp]).unwrap()
    }

    #[test]
    fn a_folded_paragraph_keeps_its_folding() {
        let src = "body:\n  - >-\n      Lĩnh vực chăn nuôi thường xuyên\n      quan tâm chỉ đạo. # no comment\n  - x # c\n";
        let (sc, value) = find(src, "body[0]");
        assert_eq!(sc.style, Style::Folded);
        let a = value.find("thường").unwrap();
        let a = value[..a].chars().count();
        let b = a + "thường xuyên quan tâm".chars().count();
        let out = edit(src, "body[0]", a, b, "luôn được quan tâm");
        assert_eq!(
            out,
            "body:\n  - >-\n      Lĩnh vực chăn nuôi luôn được quan tâm chỉ đạo. # no comment\n  - x # c\n"
        );
        let v = parse(&out).unwrap();
        assert_eq!(
            get(&v, "body[0]").unwrap().as_str(),
            Some("Lĩnh vực chăn nuôi luôn được quan tâm chỉ đạo. # no comment")
        );
    }

    #[test]
    fn plain_and_quoted_scalars() {
        let src = "- heading: Về phát triển kinh tế # c\n- heading: \"Sản xuất: nông\"\n- heading: 'it''s'\n";
        let n = "Về phát triển kinh tế".chars().count();
        let out = edit(src, "[0].heading", n, n, " địa phương");
        assert!(
            out.starts_with("- heading: Về phát triển kinh tế địa phương # c\n"),
            "{out}"
        );
        // a plain scalar that cannot take ": " is quoted
        let out = edit(src, "[0].heading", 0, 2, "Về: ");
        assert!(
            out.starts_with("- heading: \"Về:  phát triển kinh tế\" # c\n"),
            "{out}"
        );
        let out = edit(src, "[1].heading", 0, 0, "\"Mới\" ");
        assert!(
            out.contains("- heading: \"\\\"Mới\\\" Sản xuất: nông\"\n"),
            "{out}"
        );
        let out = edit(src, "[2].heading", 2, 4, "'x");
        let v = parse(&out).unwrap();
        assert_eq!(get(&v, "[2].heading").unwrap().as_str(), Some("it'x"));
    }

    #[test]
    fn list_items_added_and_removed() {
        let src = "body:\n  - >-\n      một hai\n      ba\n  - bốn # c\nnext: 1\n";
        let (sc, _) = find(src, "body[0]");
        let (s, e, col) = item_extent(src, &sc).unwrap();
        assert_eq!((&src[s..e], col), ("  - >-\n      một hai\n      ba\n", 2));
        let out = apply(
            src,
            &[Splice {
                start: e,
                end: e,
                text: new_item("năm: sáu", col, Style::Plain),
            }],
        )
        .unwrap();
        let v = parse(&out).unwrap();
        assert_eq!(get(&v, "body[1]").unwrap().as_str(), Some("năm: sáu"));
        assert_eq!(get(&v, "body[2]").unwrap().as_str(), Some("bốn"));
        let (sc, _) = find(src, "body[1]");
        let (s, e, _) = item_extent(src, &sc).unwrap();
        assert_eq!(&src[s..e], "  - bốn # c\n");
    }

    #[test]
    fn positions() {
        let src = "a: 1\nbé: xyz\n";
        assert_eq!(offset(src, 2, 5), Some(10));
        assert_eq!(line_col(src, 10), (2, 5));
        assert_eq!(steps("slots.results[0].body[12]").len(), 5);
        assert_eq!(
            parent("slots.results[0].body[12]"),
            Some(("slots.results[0].body".to_string(), Step::Index(12)))
        );
    }
}
