//! Which character of a rendered text comes from where in its template:
//! from the literal text (and which byte of it), from a `{{ … }}`
//! expression (which one), or from neither.
//!
//! The template is rendered once more with invisible sentinels around each
//! of its literal pieces and each expression; the output, read back
//! sentinel by sentinel and with its whitespace collapsed the way
//! rendering collapses it, gives every character its origin. If the
//! result is not exactly the text as rendered, there is no map (and
//! nothing in that text is edited).

use tera::Tera;

/// Where a character of the rendered text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The literal text of the template, at this byte.
    Lit(usize),
    /// A run of whitespace of the literal text (these bytes), printed as
    /// one space.
    Space(usize, usize),
    /// The output of expression `k` ([`Mapped::exprs`]).
    Expr(usize),
    /// Anything else: a space between pieces, a literal printed twice (in a
    /// loop).
    Other,
}

/// A `{{ … }}` of the template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expr {
    /// Its bytes in the template, braces included.
    pub range: std::ops::Range<usize>,
    /// What is between the braces, trimmed (`f.gdp.value | num`).
    pub inner: String,
}

impl Expr {
    /// The variable it prints (`f.gdp.value`) and its filters, each with
    /// its arguments as written (`pct(p=1)` → `pct`, `p=1`).
    pub fn parts(&self) -> (String, Vec<(String, String)>) {
        let mut it = self.inner.split('|');
        let var = it.next().unwrap_or("").trim().to_string();
        let filters = it
            .map(|f| {
                let f = f.trim();
                match f.find('(') {
                    Some(i) => (
                        f[..i].trim().to_string(),
                        f[i + 1..].trim_end_matches(')').trim().to_string(),
                    ),
                    None => (f.to_string(), String::new()),
                }
            })
            .collect();
        (var, filters)
    }
}

/// A rendered text with the origin of each of its characters.
#[derive(Debug, Clone)]
pub struct Mapped {
    pub text: String,
    pub origins: Vec<Origin>,
    pub exprs: Vec<Expr>,
    /// Whether the template has tags (`{% … %}`).
    pub has_tags: bool,
}

#[derive(Debug)]
enum Piece {
    /// Literal text: its bytes in the template (whitespace control applied).
    Lit(usize, usize),
    Expr(usize),
    /// A tag or comment, copied as it is.
    Raw(usize, usize),
}

const LIT: char = '\u{E010}';
const EXPR: char = '\u{E011}';
const NUM_END: char = '\u{E012}';
const END: char = '\u{E013}';

/// Splits a template into literal pieces, expressions, tags and comments.
fn pieces(t: &str) -> Option<(Vec<Piece>, Vec<Expr>, bool)> {
    let mut out = Vec::new();
    let mut exprs = Vec::new();
    let mut has_tags = false;
    let mut at = 0;
    // trim the start of the next literal (a `-}}` / `-%}` before it)
    let mut trim_next = false;
    while at < t.len() {
        let next = ["{{", "{%", "{#"]
            .iter()
            .filter_map(|o| t[at..].find(o).map(|i| (at + i, *o)))
            .min_by_key(|(i, _)| *i);
        let (lit_end, open) = match next {
            Some((i, o)) => (i, Some(o)),
            None => (t.len(), None),
        };
        let close = match open {
            Some("{{") => "}}",
            Some("{%") => "%}",
            Some(_) => "#}",
            None => "",
        };
        let tag_end = match open {
            Some(_) => lit_end + 2 + t[lit_end + 2..].find(close)? + 2,
            None => t.len(),
        };
        // whitespace control of the tag after the literal
        let trim_end = open.is_some() && t[lit_end + 2..].starts_with('-');
        let (mut s, mut e) = (at, lit_end);
        if trim_next {
            s += t[s..e].len() - t[s..e].trim_start().len();
        }
        if trim_end {
            e -= t[s..e].len() - t[s..e].trim_end().len();
        }
        if s < e {
            out.push(Piece::Lit(s, e));
        }
        let Some(open) = open else {
            break;
        };
        let tag = &t[lit_end..tag_end];
        trim_next = tag[..tag.len() - 2].ends_with('-');
        match open {
            "{{" => {
                let inner = tag[2..tag.len() - 2].trim_matches('-').trim().to_string();
                out.push(Piece::Expr(exprs.len()));
                exprs.push(Expr {
                    range: lit_end..tag_end,
                    inner,
                });
            }
            "{%" => {
                let inner = tag[2..tag.len() - 2].trim_matches('-').trim();
                if inner.starts_with("raw") {
                    return None;
                }
                has_tags = true;
                out.push(Piece::Raw(lit_end, tag_end));
            }
            _ => out.push(Piece::Raw(lit_end, tag_end)),
        }
        at = tag_end;
    }
    Some((out, exprs, has_tags))
}

/// The origin of every character of `template` rendered with `ctx`, its
/// whitespace collapsed; `None` when the template cannot be mapped.
pub fn map(template: &str, tera: &Tera, ctx: &tera::Context) -> Option<Mapped> {
    let (pieces, exprs, has_tags) = pieces(template)?;
    let mut instrumented = String::with_capacity(template.len() * 2);
    let mut lit_index = Vec::new();
    for p in &pieces {
        match p {
            Piece::Lit(s, e) => {
                instrumented.push(LIT);
                instrumented.push_str(&lit_index.len().to_string());
                instrumented.push(NUM_END);
                instrumented.push_str(&template[*s..*e]);
                instrumented.push(END);
                lit_index.push(*s);
            }
            Piece::Expr(k) => {
                instrumented.push(EXPR);
                instrumented.push_str(&k.to_string());
                instrumented.push(NUM_END);
                instrumented.push_str(&template[exprs[*k].range.clone()]);
                instrumented.push(END);
            }
            Piece::Raw(s, e) => instrumented.push_str(&template[*s..*e]),
        }
    }
    let out = if has_tags || !exprs.is_empty() {
        tera.render_str(&instrumented, ctx, false).ok()?
    } else {
        instrumented
    };
    // every character of the output with its origin
    let mut chars: Vec<(char, Origin)> = Vec::with_capacity(out.len());
    let mut seen_lit = vec![0usize; lit_index.len()];
    let mut it = out.chars().peekable();
    let mut cur = Origin::Other;
    let mut lit_at = 0usize;
    while let Some(c) = it.next() {
        match c {
            LIT | EXPR => {
                let mut n = String::new();
                for d in it.by_ref() {
                    if d == NUM_END {
                        break;
                    }
                    n.push(d);
                }
                let k: usize = n.parse().ok()?;
                if c == LIT {
                    seen_lit[k] += 1;
                    lit_at = *lit_index.get(k)?;
                    cur = if seen_lit[k] > 1 {
                        Origin::Other
                    } else {
                        Origin::Lit(lit_at)
                    };
                } else {
                    cur = Origin::Expr(k);
                }
            }
            END => cur = Origin::Other,
            c => {
                let o = match cur {
                    Origin::Lit(_) => {
                        let o = Origin::Lit(lit_at);
                        lit_at += c.len_utf8();
                        o
                    }
                    o => o,
                };
                chars.push((c, o));
            }
        }
    }
    // the whitespace collapsed as rendering collapses it
    let mut text = String::with_capacity(chars.len());
    let mut origins = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].0.is_whitespace() {
            text.push(chars[i].0);
            origins.push(chars[i].1);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].0.is_whitespace() {
            i += 1;
        }
        if start == 0 || i == chars.len() {
            continue;
        }
        // one space: from the literal if the whole run is one stretch of it
        let run = &chars[start..i];
        let o = match (run.first().map(|c| c.1), run.last()) {
            (Some(Origin::Lit(a)), Some((c, Origin::Lit(b))))
                if run.iter().all(|c| matches!(c.1, Origin::Lit(_)))
                    && *b + c.len_utf8() - a
                        == run.iter().map(|c| c.0.len_utf8()).sum::<usize>() =>
            {
                Origin::Space(a, b + c.len_utf8())
            }
            _ => Origin::Other,
        };
        text.push(' ');
        origins.push(o);
    }
    Some(Mapped {
        text,
        origins,
        exprs,
        has_tags,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tera() -> Tera {
        let mut t = Tera::new();
        crate::filters::register(&mut t);
        t
    }

    #[test]
    fn literal_expressions_and_tags() {
        let mut ctx = tera::Context::new();
        ctx.insert(
            "f",
            &serde_json::json!({"g": {"value": 2732.16, "change": -3}}),
        );
        let tpl = "Giá trị\n  đạt {{ f.g.value | num }} tỷ,\n{% if f.g.change < 0 %}giảm{% else %}tăng{% endif %} nhẹ";
        let m = map(tpl, &tera(), &ctx).unwrap();
        assert_eq!(m.text, "Giá trị đạt 2.732,16 tỷ, giảm nhẹ");
        let at = |s: &str| m.text[..m.text.find(s).unwrap()].chars().count();
        // "đạt" is literal, at its byte in the template
        assert_eq!(m.origins[at("đạt")], Origin::Lit(tpl.find("đạt").unwrap()));
        // the newline and indentation print as one space
        assert_eq!(
            m.origins[at(" đạt")],
            Origin::Space(tpl.find('\n').unwrap(), tpl.find("đạt").unwrap())
        );
        assert_eq!(m.origins[at("2.732")], Origin::Expr(0));
        assert_eq!(m.exprs[0].parts().0, "f.g.value");
        assert_eq!(
            m.origins[at("giảm")],
            Origin::Lit(tpl.find("giảm").unwrap())
        );
        assert!(m.has_tags);
    }

    #[test]
    fn whitespace_control_and_plain_text() {
        let ctx = tera::Context::new();
        let m = map("a  {%- if true -%}  b{% endif %}", &tera(), &ctx).unwrap();
        assert_eq!(m.text, "ab");
        let m = map("  chỉ   chữ ", &tera(), &ctx).unwrap();
        assert_eq!(m.text, "chỉ chữ");
        assert_eq!(m.origins[0], Origin::Lit(2));
    }
}
