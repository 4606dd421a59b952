//! Figures from sentences: the numbers in the common patterns of these
//! reports become structured figures, and the sentence a template that
//! prints them. What the data cannot derive is kept as stated; everything
//! else stays prose, word for word.

use super::emit::{literal, Origin, Origins};
use super::outline::Target;
use super::yaml::{plain_or_quoted, quoted, W};

/// A figure made from the draft.
#[derive(Debug, Clone)]
pub struct Fig {
    pub id: String,
    pub area: usize,
    /// `key: value` lines under the id, in order.
    pub fields: Vec<(String, String)>,
    /// A comment above the figure: where it is stated.
    pub comment: String,
}

/// A target's sentence and lines, made.
pub struct MadeTarget {
    pub figure: Option<String>,
    pub text: String,
    pub lines: Vec<String>,
}

pub struct Extractor {
    pub figures: Vec<Fig>,
    ids: std::collections::HashSet<String>,
    default_area: usize,
    /// Numbers left as prose, numbers made into figures, numbers kept as stated.
    pub prose_numbers: usize,
    pub figure_numbers: usize,
    pub stated_numbers: usize,
}

/// The ASCII id of a label: "Tổng đàn gia súc" → `tong_dan_gia_suc`.
pub fn id_of(label: &str, max_words: usize) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    let mut words = 0;
    for w in label.split(|c: char| !c.is_alphanumeric()) {
        if w.is_empty() {
            continue;
        }
        let mut a = String::new();
        for c in w.nfd() {
            let c = match c {
                'đ' | 'Đ' => 'd',
                c => c,
            };
            if c.is_ascii_alphanumeric() {
                a.push(c.to_ascii_lowercase());
            }
        }
        if a.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('_');
        }
        out.push_str(&a);
        words += 1;
        if words >= max_words {
            break;
        }
    }
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out = format!("so_lieu_{out}");
    }
    out.trim_end_matches('_').to_string()
}

/// Counts the numbers in a text (digit runs with their separators).
pub fn count_numbers(text: &str) -> usize {
    let mut n = 0;
    let mut in_num = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            if !in_num {
                n += 1;
            }
            in_num = true;
        } else if !(in_num && (c == '.' || c == ',')) {
            in_num = false;
        }
    }
    n
}

impl Extractor {
    pub fn new(default_area: usize) -> Extractor {
        Extractor {
            figures: Vec::new(),
            ids: Default::default(),
            default_area,
            prose_numbers: 0,
            figure_numbers: 0,
            stated_numbers: 0,
        }
    }

    /// A fresh id from a label.
    pub fn fresh_id(&mut self, label: &str) -> String {
        let base = id_of(label, 6);
        let mut id = base.clone();
        let mut k = 2;
        while self.ids.contains(&id) {
            id = format!("{base}_{k}");
            k += 1;
        }
        self.ids.insert(id.clone());
        id
    }

    /// A heading's text as a template.
    pub fn heading(&mut self, text: &str) -> String {
        self.prose_numbers += count_numbers(text);
        literal(text)
    }

    /// A paragraph's text as a template.
    pub fn sentence(
        &mut self,
        text: &str,
        _area: usize,
        _origin: &Origin,
        _origins: &mut Origins,
    ) -> String {
        self.prose_numbers += count_numbers(text);
        literal(text)
    }

    /// The stated count of a group of targets ("(09 chỉ tiêu)") as a
    /// figure whose items are the targets, so that `check` compares them;
    /// the template expression that prints it.
    #[allow(clippy::too_many_arguments)]
    pub fn count_figure(
        &mut self,
        area: usize,
        label: &str,
        stated: u32,
        word: &str,
        padded: bool,
        targets: &[Target],
        origin: &Origin,
    ) -> (String, String) {
        let id = self.fresh_id(&format!("so {label}"));
        let items: Vec<String> = targets
            .iter()
            .map(|t| {
                let head = t.text.split(':').next().unwrap_or(&t.text);
                let words: Vec<&str> = head.split_whitespace().take(10).collect();
                words
                    .join(" ")
                    .trim_end_matches([',', '.', ';'])
                    .to_string()
            })
            .collect();
        let mut fields = vec![
            ("label".to_string(), quoted(label)),
            ("value".to_string(), stated.to_string()),
            ("unit".to_string(), plain_or_quoted(word)),
        ];
        let mut list = String::new();
        for i in &items {
            list.push_str(&format!("\n      - {}", quoted(i)));
        }
        fields.push(("items".to_string(), list));
        self.stated_numbers += 1;
        self.figures.push(Fig {
            id: id.clone(),
            area,
            fields,
            comment: origin.headings.join(" › "),
        });
        let expr = if padded {
            format!("{{{{ f.{id}.value | pad }}}}")
        } else {
            format!("{{{{ f.{id}.value | num }}}}")
        };
        (id, expr)
    }

    /// A target's sentence and lines as templates, with its figure.
    #[allow(clippy::too_many_arguments)]
    pub fn target(
        &mut self,
        text: &str,
        lines: &[(String, usize)],
        _area: usize,
        _headings: &[String],
        _at: usize,
        _file: &str,
        _path: &str,
        _origins: &mut Origins,
    ) -> MadeTarget {
        self.prose_numbers += count_numbers(text);
        for (l, _) in lines {
            self.prose_numbers += count_numbers(l);
        }
        MadeTarget {
            figure: None,
            text: literal(text),
            lines: lines.iter().map(|(l, _)| literal(l)).collect(),
        }
    }

    /// The `figures:` entries of an area's file.
    pub fn figures_yaml(&self, area: usize) -> String {
        let mut w = W::default();
        for f in self.figures.iter().filter(|f| f.area == area) {
            if !f.comment.is_empty() {
                w.comment(2, &f.comment);
            }
            w.line(2, &format!("{}:", f.id));
            for (k, v) in &f.fields {
                let sep = if v.starts_with('\n') { "" } else { " " };
                w.line(4, &format!("{k}:{sep}{v}"));
            }
        }
        let _ = self.default_area;
        w.out
    }
}
