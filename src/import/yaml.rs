//! Writing YAML by hand, laid out the way the bundled content is: folded
//! `>-` blocks for paragraphs (wrapped at a hundred columns), quoted
//! one-line strings, comments where they help.

/// The widest a folded block's line gets before it wraps.
const WIDTH: usize = 100;

/// A double-quoted YAML scalar.
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A plain scalar where YAML reads it back as the same string, else
/// quoted: ids, file names, words without markup.
pub fn plain_or_quoted(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars().all(|c| {
            c.is_alphanumeric()
                || c == ' '
                || c == '-'
                || c == '_'
                || c == ','
                || c == '.'
                || c == '/'
        })
        && !s.starts_with(['-', ' ', '.'])
        && !s.ends_with(' ')
        && !matches!(
            s.to_ascii_lowercase().as_str(),
            "true" | "false" | "yes" | "no" | "on" | "off" | "null" | "~" | "y" | "n"
        )
        && s.parse::<f64>().is_err()
        && !s.contains(": ")
        && !s.contains(" #");
    if plain {
        s.to_string()
    } else {
        quoted(s)
    }
}

/// A YAML document being written.
#[derive(Default)]
pub struct W {
    pub out: String,
}

impl W {
    /// A line at `indent` spaces.
    pub fn line(&mut self, indent: usize, s: &str) {
        for _ in 0..indent {
            self.out.push(' ');
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    pub fn blank(&mut self) {
        self.out.push('\n');
    }

    /// A comment line (each line of `text` one).
    pub fn comment(&mut self, indent: usize, text: &str) {
        for l in text.lines() {
            self.line(indent, format!("# {l}").trim_end());
        }
    }

    /// `head` (`key:` or `- key:` or `-`) followed by a string value: on
    /// the same line, quoted, when short; else a folded block whose lines
    /// sit at `indent + 2`.
    pub fn string(&mut self, indent: usize, head: &str, value: &str) {
        let one_line = format!("{head} {}", quoted(value));
        if indent + one_line.chars().count() <= WIDTH && !value.is_empty() || value.is_empty() {
            self.line(indent, &one_line);
            return;
        }
        self.line(indent, &format!("{head} >-"));
        let block = block_indent(indent, head);
        for l in wrap(value, WIDTH.saturating_sub(block).max(40)) {
            self.line(block, &l);
        }
    }

    /// A folded block always (paragraphs).
    pub fn folded(&mut self, indent: usize, head: &str, value: &str) {
        if value.is_empty() {
            self.line(indent, &format!("{head} \"\""));
            return;
        }
        self.line(indent, &format!("{head} >-"));
        let block = block_indent(indent, head);
        for l in wrap(value, WIDTH.saturating_sub(block).max(40)) {
            self.line(block, &l);
        }
    }
}

/// Where a block scalar's lines sit: two spaces further than its key
/// (`- key:` puts the key two after the dash), or than the dash alone.
fn block_indent(indent: usize, head: &str) -> usize {
    if head.starts_with("- ") {
        indent + 4
    } else {
        indent + 2
    }
}

/// `text` (one line, single spaces) wrapped at `width` characters, at
/// spaces only; a folded block joins the lines back with single spaces.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    let mut n = 0;
    for w in text.split(' ').filter(|w| !w.is_empty()) {
        let len = w.chars().count();
        if n > 0 && n + 1 + len > width {
            lines.push(std::mem::take(&mut cur));
            n = 0;
        }
        if n > 0 {
            cur.push(' ');
            n += 1;
        }
        cur.push_str(w);
        n += len;
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_written_reads_back() {
        let text = "Tổng giá trị: 202,18 tỷ đồng # không phải chú thích - \"trích\" \\ và: {{ f.x.value | num }} ".repeat(4);
        let text = text.trim().to_string();
        let mut w = W::default();
        w.line(0, "items:");
        w.folded(2, "- text:", &text);
        w.string(2, "- heading:", "Về kinh tế: \"x\"");
        w.string(2, "- heading:", &text);
        let v: serde_yaml::Value = serde_yaml::from_str(&w.out).unwrap();
        let items = v["items"].as_sequence().unwrap();
        assert_eq!(items[0]["text"].as_str().unwrap(), text);
        assert_eq!(items[1]["heading"].as_str().unwrap(), "Về kinh tế: \"x\"");
        assert_eq!(items[2]["heading"].as_str().unwrap(), text);
        for s in ["true", "1.5", "- x", "a: b", "Kinh tế", "economy"] {
            let y = format!("k: {}\n", plain_or_quoted(s));
            let v: serde_yaml::Value = serde_yaml::from_str(&y).unwrap();
            assert_eq!(v["k"].as_str(), Some(s), "{y}");
        }
    }
}
