//! Figures from sentences: the numbers of these reports' common patterns
//! become structured figures, and the sentence a template that prints
//! them — a value with its unit and year, "ước đạt" / "đạt", "tăng/giảm …
//! so với năm 2020", "bằng X% so với năm 2020", "đạt X% mục tiêu / kế
//! hoạch", "vượt X% mục tiêu", "X/Y", a total with its parts ("(trong đó,
//! …: …, …: …)", "Trong đó, …: …; …: …"), area × yield, a count with the
//! list it counts, the same quantity stated twice (`same_as`), and a
//! total whose parts are figures of their own that add up to it exactly.
//!
//! A derived field is printed computed when the computed value, printed
//! the way the draft writes it, is the draft's text; otherwise the draft's
//! number is kept under `stated:` (and `check` compares them). Every
//! number put into a template is printed back and compared with the
//! draft's characters first: when they differ the number stays prose, so
//! that no word or number of the draft changes.

use std::collections::{BTreeMap, HashSet};

use rust_decimal::prelude::*;

use super::emit::{literal, Origin, Origins};
use super::outline::Target;
use super::yaml::{plain_or_quoted, quoted, W};
use crate::format;

/// A figure made from the draft.
#[derive(Debug, Clone)]
pub struct Fig {
    pub id: String,
    pub area: usize,
    pub label: String,
    pub value: Option<Decimal>,
    pub unit: Option<String>,
    pub year: Option<i32>,
    pub estimate: bool,
    pub baseline: Option<Decimal>,
    pub baseline_year: Option<i32>,
    pub target: Option<Decimal>,
    pub of: Option<Decimal>,
    pub parts: Vec<(String, Decimal)>,
    /// Parts that are other figures: (name, the part's id).
    pub part_figs: Vec<(String, String)>,
    pub area_ha: Option<Decimal>,
    pub yield_: Option<Decimal>,
    pub yield_scale: Option<Decimal>,
    pub items: Vec<String>,
    pub stated: BTreeMap<String, Decimal>,
    pub same_as: Option<String>,
    /// Where it is stated.
    pub comment: String,
    pub at: usize,
    pub in_target: bool,
}

impl Fig {
    fn new(id: String, area: usize, label: String, at: usize, comment: String) -> Fig {
        Fig {
            id,
            area,
            label,
            value: None,
            unit: None,
            year: None,
            estimate: false,
            baseline: None,
            baseline_year: None,
            target: None,
            of: None,
            parts: Vec::new(),
            part_figs: Vec::new(),
            area_ha: None,
            yield_: None,
            yield_scale: None,
            items: Vec::new(),
            stated: BTreeMap::new(),
            same_as: None,
            comment,
            at,
            in_target: false,
        }
    }

    /// The value a template shows, computed as `figures` computes it.
    fn shown_value(&self) -> Option<Decimal> {
        if let Some(v) = self.stated.get("value") {
            return Some(*v);
        }
        self.value
            .or_else(|| (!self.parts.is_empty()).then(|| self.parts.iter().map(|p| p.1).sum()))
            .or_else(|| self.output())
            .or_else(|| (!self.items.is_empty()).then(|| Decimal::from(self.items.len())))
    }

    fn output(&self) -> Option<Decimal> {
        let scale = self
            .yield_scale
            .unwrap_or(crate::figures::DEFAULT_YIELD_SCALE);
        Some(self.area_ha? * self.yield_? * scale)
    }

    /// A derived field as `figures` computes it, if the figure has what it needs.
    fn computed(&self, field: &str, default_baseline_year: i32) -> Option<Decimal> {
        let v = self.shown_value();
        let hundred = Decimal::ONE_HUNDRED;
        let ratio = |a: Decimal, b: Decimal| (!b.is_zero()).then(|| a * hundred / b);
        match field {
            "change" => Some(v? - self.baseline?),
            "change_pct" => ratio(v? - self.baseline?, self.baseline?),
            "pct_baseline" => ratio(v?, self.baseline?),
            "pct_target" => ratio(v?, self.target?),
            "over_target" => Some(v? - self.target?),
            "over_target_pct" => ratio(v? - self.target?, self.target?),
            "pct_of" => ratio(v?, self.of?),
            "output" => self.output(),
            "total" => (!self.parts.is_empty()).then(|| self.parts.iter().map(|p| p.1).sum()),
            "growth" => {
                let years = self.year? - self.baseline_year.unwrap_or(default_baseline_year);
                crate::figures::growth(self.baseline?, v?, years)
            }
            _ => None,
        }
    }
}

/// A part of a total found in a sentence: its name, its number's token,
/// the filter that prints it.
type Part = (String, usize, String);

/// A target's sentence and lines, made.
pub struct MadeTarget {
    pub figure: Option<String>,
    pub text: String,
    pub lines: Vec<String>,
}

pub struct Extractor {
    pub figures: Vec<Fig>,
    /// Where in the sentence being read each stated number is: (id,
    /// field, byte start, byte end).
    spans: Vec<(String, String, usize, usize)>,
    /// Whether sentences give figures (else they stay prose).
    pub enabled: bool,
    /// The section file of each area (for the side table: a figure is in
    /// the file of its area).
    pub files: Vec<String>,
    ids: HashSet<String>,
    /// The start of the previous term: the default baseline year.
    pub baseline_year: i32,
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
        const FILLERS: [&str; 14] = [
            "cac", "cua", "va", "duoc", "trong", "ve", "cho", "voi", "theo", "nhung", "la", "co",
            "da", "tren",
        ];
        if a.is_empty() || (words > 0 && FILLERS.contains(&a.as_str())) {
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

// ---------------------------------------------------------------- numbers in text

/// A number as written in the draft.
#[derive(Debug, Clone, PartialEq)]
pub struct Tok {
    /// Byte range of the number (without `%`).
    pub start: usize,
    pub end: usize,
    pub value: Decimal,
    /// Decimals written.
    pub decimals: u32,
    pub raw: String,
    /// Followed by `%` (the `%` is at `end`).
    pub pct: bool,
    /// A year (1900–2100, four digits, no separator).
    pub year: bool,
    /// Part of an identifier, a date or a range ("06-NQ/HU", "10/02/2022", "2021-2030").
    pub id: bool,
}

/// The numbers of a text.
pub fn numbers(text: &str) -> Vec<Tok> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let prev = text[..start].chars().next_back();
        let glued_before = prev
            .is_some_and(|c| c.is_alphanumeric() || c == '/' || c == '-' || c == '.' || c == ',');
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let mut raw_int = text[start..i].to_string();
        let mut grouped = false;
        // thousands groups: ".ddd" not followed by a digit
        while b.get(i) == Some(&b'.')
            && b.get(i + 1..i + 4)
                .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
            && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
            && (grouped || raw_int.len() <= 3)
        {
            raw_int.push_str(&text[i + 1..i + 4]);
            grouped = true;
            i += 4;
        }
        let mut decimals = 0;
        let mut frac = String::new();
        if b.get(i) == Some(&b',') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            let f0 = i + 1;
            let mut j = f0;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            // "1,2,3" or "2,5," in a list would still read as 2,5: fine
            frac = text[f0..j].to_string();
            decimals = (j - f0) as u32;
            i = j;
        }
        let end = i;
        let next = text[end..].chars().next();
        let pct = next == Some('%');
        let glued_after = match next {
            Some('/') | Some('-') => {
                text[end + 1..].starts_with(|c: char| c.is_ascii_digit() || c.is_alphabetic())
            }
            Some('.') => text[end + 1..].starts_with(|c: char| c.is_ascii_digit()),
            Some(c) => c.is_alphabetic() && c != 'đ',
            None => false,
        };
        let digits_only = !grouped && decimals == 0;
        let n: Option<Decimal> = if frac.is_empty() {
            Decimal::from_str(&raw_int).ok()
        } else {
            Decimal::from_str(&format!("{raw_int}.{frac}")).ok()
        };
        let Some(value) = n else {
            continue;
        };
        let year = digits_only
            && raw_int.len() == 4
            && (1900..=2100).contains(&value.to_i64().unwrap_or(0));
        out.push(Tok {
            start,
            end,
            value,
            decimals,
            raw: text[start..end].to_string(),
            pct,
            year,
            id: glued_before || glued_after,
        });
        if pct {
            i += 1;
        }
    }
    // "1.813/250", "11/16": fractions are two numbers; dates ("10/02/2022")
    // are identifiers
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, c) = (&out[k], &out[k + 1]);
        if text[a.end..c.start] == *"/" {
            let third = out.get(k + 2).is_some_and(|d| text[c.end..d.start] == *"/");
            if !third
                && !text[..a.start].ends_with(['/', '-'])
                && !text[c.end..].starts_with(['/', '-'])
            {
                out[k].id = false;
                out[k + 1].id = false;
                k += 2;
                continue;
            }
        }
        k += 1;
    }
    out
}

/// How a number as the draft writes it is printed from a template: the
/// filter that gives exactly its characters, if there is one.
fn filter_for(raw: &str, value: Decimal, decimals: u32, pct: bool) -> Option<String> {
    let shown = |f: &str| print(value, f, pct);
    let candidates: Vec<String> = if decimals == 0 && raw.len() == 2 && raw.starts_with('0') && !pct
    {
        vec!["pad".into()]
    } else if decimals == 0 || (decimals <= 2 && !raw.ends_with('0')) {
        vec![if pct { "pct" } else { "num" }.into()]
    } else {
        vec![format!("{}(p={decimals})", if pct { "pct" } else { "num" })]
    };
    let want = if pct {
        format!("{raw}%")
    } else {
        raw.to_string()
    };
    candidates
        .into_iter()
        .find(|f| shown(f).as_deref() == Some(want.as_str()))
}

/// What a filter prints for `value` (`pct` when the value is a percentage).
fn print(value: Decimal, filter: &str, _pct: bool) -> Option<String> {
    let (name, p) = match filter.split_once("(p=") {
        Some((n, rest)) => (n, rest.trim_end_matches(')').parse::<u32>().ok()),
        None => (filter, None),
    };
    Some(match name {
        "num" => format::number(value, p),
        "pct" => format::percent(value, p),
        "pad" => format::padded(value.to_i64()?),
        _ => return None,
    })
}

// ---------------------------------------------------------------- units

/// Units and counted nouns, longest first where one begins another.
const UNITS: &[&str] = &[
    "nghìn lượt khách",
    "lượt khách",
    "doanh nghiệp và hợp tác xã",
    "tỷ đồng",
    "triệu đồng",
    "nghìn đồng",
    "tấn/ha",
    "tạ/ha",
    "công trình",
    "dự án",
    "trường hợp",
    "chi bộ",
    "đảng viên",
    "khu phố",
    "sản phẩm",
    "chỉ tiêu",
    "tiêu chí",
    "học viên",
    "học sinh",
    "suất quà",
    "nhà văn hóa",
    "đơn vị",
    "giáo viên",
    "đồng chí",
    "quần chúng",
    "thanh niên",
    "huy chương",
    "bằng khen",
    "hội nghị",
    "vụ việc",
    "doanh nghiệp",
    "hợp tác xã",
    "câu lạc bộ",
    "gia đình",
    "lao động",
    "mô hình",
    "cơ sở",
    "trường",
    "người",
    "hộ",
    "con",
    "tấn",
    "tạ",
    "ha",
    "km",
    "m2",
    "lô",
    "lớp",
    "em",
    "mắt",
    "cờ",
    "cuộc",
    "vụ",
    "kỳ",
    "nhà",
    "khâu",
    "đồng",
    "đ",
    "xe",
    "lượt",
    "phòng",
    "trạm",
];

/// Words after a number that make it no quantity of the report.
const NOT_UNITS: &[&str] = &[
    "năm",
    "tháng",
    "ngày",
    "giờ",
    "tuổi",
    "sao",
    "lần",
    "giai",
    "khóa",
    "mức",
    "cấp",
    "kỳ họp",
];

/// The unit right after a number (from `at`, after the number's end).
fn unit_at(text: &str, at: usize) -> Option<(String, usize)> {
    let rest = &text[at..];
    if let Some(r) = rest.strip_prefix('đ') {
        if !r.starts_with(|c: char| c.is_alphabetic()) {
            return Some(("đ".into(), at + 'đ'.len_utf8()));
        }
    }
    let rest2 = rest.strip_prefix(' ')?;
    let lower = rest2.to_lowercase();
    for w in NOT_UNITS {
        if lower.starts_with(w) && !lower[w.len()..].starts_with(|c: char| c.is_alphanumeric()) {
            return None;
        }
    }
    for u in UNITS {
        if lower.starts_with(u) && !lower[u.len()..].starts_with(|c: char| c.is_alphanumeric()) {
            let end = at + 1 + u.len();
            return Some((rest2[..u.len()].to_string(), end));
        }
    }
    None
}

// ---------------------------------------------------------------- text matching

/// Words that start a text (case-insensitively), followed by a word boundary.
fn starts_word(text: &str, w: &str) -> bool {
    let t = text.to_lowercase();
    t.starts_with(w) && !t[w.len()..].starts_with(|c: char| c.is_alphanumeric())
}

/// Skips spaces and the given separators.
fn skip(text: &str, mut at: usize, seps: &[char]) -> usize {
    while let Some(c) = text[at..].chars().next() {
        if c == ' ' || seps.contains(&c) {
            at += c.len_utf8();
        } else {
            break;
        }
    }
    at
}

/// "so với (cùng kỳ )?năm YYYY" at `at`: the year and the end.
fn since_year(text: &str, at: usize, toks: &[Tok]) -> Option<(i32, usize, usize)> {
    let mut p = skip(text, at, &[]);
    for w in ["so với", "cùng kỳ", "năm"] {
        if starts_word(&text[p..], w) {
            p = skip(text, p + w.len(), &[]);
        } else if w != "cùng kỳ" {
            return None;
        }
    }
    let t = toks.iter().find(|t| t.start == p && t.year)?;
    Some((t.value.to_i32()?, t.start, t.end))
}

/// Past "(so với) mục tiêu (nghị quyết) (Đại hội)" at `at`, if it is there.
fn past_target_words(text: &str, at: usize) -> usize {
    let mut p = skip(text, at, &[]);
    if starts_word(&text[p..], "so với") {
        p = skip(text, p + "so với".len(), &[]);
    }
    let mut any = false;
    for w in ["mục tiêu", "kế hoạch", "chỉ tiêu"] {
        if starts_word(&text[p..], w) {
            p += w.len();
            any = true;
            break;
        }
    }
    if !any {
        return at;
    }
    for w in ["nghị quyết", "đại hội"] {
        let q = skip(text, p, &[]);
        if starts_word(&text[q..], w) {
            p = q + w.len();
        }
    }
    p
}

/// "mục tiêu" / "kế hoạch" (after an optional "so với") at `at`.
fn against_target(text: &str, at: usize) -> bool {
    let mut p = skip(text, at, &[]);
    if starts_word(&text[p..], "so với") {
        p = skip(text, p + "so với".len(), &[]);
    }
    let r = &text[p..];
    starts_word(r, "mục tiêu") || starts_word(r, "kế hoạch") || starts_word(r, "chỉ tiêu")
}

// ---------------------------------------------------------------- labels

const LEAD_FILLERS: &[&str] = &[
    "trong nhiệm kỳ",
    "đến nay",
    "hiện nay",
    "trong đó",
    "toàn thị trấn",
    "trong 5 năm qua",
    "hàng năm",
];

/// The words before a value that say what it is.
fn label_before(text: &str, from: usize, to: usize) -> String {
    let mut s = text[from..to].trim().to_string();
    // the last clause, unless that leaves too little
    for sep in ["; ", ": ", ". "] {
        if let Some(i) = s.rfind(sep) {
            s = s[i + sep.len()..].to_string();
        }
    }
    s = s.trim_start_matches([',', ';', ' ', '(', ':']).to_string();
    loop {
        let lower = s.to_lowercase();
        let mut cut = false;
        for f in LEAD_FILLERS {
            if lower.starts_with(f) {
                s = s[f.len()..].trim_start_matches([',', ' ']).to_string();
                cut = true;
                break;
            }
        }
        if !cut {
            break;
        }
    }
    // trailing verbs and the year
    let fillers = [
        "ước đạt",
        "đạt",
        "ước",
        "là",
        "có",
        "hơn",
        "trên",
        "gần",
        "khoảng",
        "còn",
        "với",
        "gồm",
        "đã đón",
        "được",
        "tổng số",
        "là:",
        "đạt:",
        ":",
    ];
    loop {
        let t = s
            .trim_end()
            .trim_end_matches([',', ':'])
            .trim_end()
            .to_string();
        let mut changed = t != s;
        s = t;
        let lower = s.to_lowercase();
        for f in fillers {
            if lower.ends_with(f)
                && lower[..lower.len() - f.len()].ends_with([' ', ','])
                && s.len() == lower.len()
                && s.is_char_boundary(s.len() - f.len())
            {
                s.truncate(s.len() - f.len());
                changed = true;
                break;
            }
        }
        // "năm 2025"
        let words: Vec<&str> = s.split_whitespace().collect();
        if words.len() >= 2
            && words[words.len() - 2].eq_ignore_ascii_case("năm")
            && words[words.len() - 1].len() == 4
        {
            s = words[..words.len() - 2].join(" ");
            changed = true;
        }
        if !changed {
            break;
        }
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    let keep = words.len().saturating_sub(14);
    let mut l = words[keep..].join(" ");
    if let Some(c) = l.chars().next() {
        l = c.to_uppercase().collect::<String>() + &l[c.len_utf8()..];
    }
    l
}

// ---------------------------------------------------------------- templates

/// A replacement of a byte range of the sentence by a template expression.
#[derive(Debug, Clone)]
struct Rep {
    start: usize,
    end: usize,
    with: String,
}

fn apply(text: &str, mut reps: Vec<Rep>) -> String {
    reps.sort_by_key(|r| r.start);
    let mut out = String::new();
    let mut at = 0;
    for r in reps {
        if r.start < at {
            continue;
        }
        out.push_str(&literal_piece(&text[at..r.start]));
        out.push_str(&r.with);
        at = r.end;
    }
    out.push_str(&literal_piece(&text[at..]));
    out
}

/// A piece of prose inside a template: tera's markers kept as text.
fn literal_piece(s: &str) -> String {
    if s.contains("{{") || s.contains("{%") || s.contains("{#") {
        format!("{{% raw %}}{s}{{% endraw %}}")
    } else {
        s.to_string()
    }
}

fn expr(id: &str, field: &str, filters: &str) -> String {
    if filters.is_empty() {
        format!("{{{{ f.{id}.{field} }}}}")
    } else {
        format!("{{{{ f.{id}.{field} | {filters} }}}}")
    }
}

/// Characters from the start of `text` to byte `b`.
fn chars_to(text: &str, b: usize) -> usize {
    text[..b].chars().count()
}

/// Syllables of a label, lower case.
fn syllables(s: &str) -> HashSet<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 1)
        .map(str::to_string)
        .collect()
}

impl Extractor {
    pub fn new(_default_area: usize) -> Extractor {
        Extractor {
            figures: Vec::new(),
            files: Vec::new(),
            enabled: true,
            spans: Vec::new(),
            ids: HashSet::new(),
            baseline_year: 2020,
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

    /// A heading's text as a template (its numbers stay prose).
    pub fn heading(&mut self, text: &str) -> String {
        self.prose_numbers += numbers(text).iter().filter(|t| !t.id).count();
        literal(text)
    }

    /// The value of `field` for the template: computed when it prints as
    /// the draft writes it, else kept as stated. The expression, or `None`
    /// when the draft's number cannot be printed back exactly.
    fn derived(
        &mut self,
        k: usize,
        field: &str,
        tok: &Tok,
        sign: Decimal,
        pre: &str,
    ) -> Option<String> {
        let shown = tok.value * sign;
        let f = filter_for(&tok.raw, tok.value, tok.decimals, tok.pct)?;
        let filters = if sign.is_sign_negative() {
            format!("abs | {f}")
        } else {
            f.clone()
        };
        let fig = &self.figures[k];
        let computed = fig.computed(field, self.baseline_year);
        let matches = computed.is_some_and(|c| {
            let c = if sign.is_sign_negative() { -c } else { c };
            print(c, &f, tok.pct).as_deref() == print(tok.value, &f, tok.pct).as_deref()
        });
        if matches {
            self.figure_numbers += 1;
        } else {
            self.figures[k].stated.insert(field.to_string(), shown);
            self.stated_numbers += 1;
        }
        let id = self.figures[k].id.clone();
        let key = if matches {
            field.to_string()
        } else {
            format!("stated.{field}")
        };
        self.spans
            .push((id, key, tok.start, tok.end + usize::from(tok.pct)));
        let _ = pre;
        Some(expr(&self.figures[k].id, field, &filters))
    }

    /// A paragraph's text as a template, its figures taken out.
    pub fn sentence(
        &mut self,
        text: &str,
        area: usize,
        origin: &Origin,
        origins: &mut Origins,
    ) -> String {
        let (t, _) = self.sentence_figures(text, area, origin, origins, false);
        t
    }

    /// [`Self::sentence`], with the indices of the figures made.
    fn sentence_figures(
        &mut self,
        text: &str,
        area: usize,
        origin: &Origin,
        origins: &mut Origins,
        in_target: bool,
    ) -> (String, Vec<usize>) {
        let toks = numbers(text);
        if !self.enabled {
            self.prose_numbers += toks.iter().filter(|t| !t.id && !t.year).count();
            return (literal_piece(text), Vec::new());
        }
        let mut used = vec![false; toks.len()];
        let mut reps: Vec<Rep> = Vec::new();
        let mut made = Vec::new();
        let mut clause_start = 0usize;
        let comment = origin.headings.join(" › ");
        let mut i = 0;
        while i < toks.len() {
            if used[i] || toks[i].id || toks[i].year && !toks[i].pct {
                i += 1;
                continue;
            }
            let tok = toks[i].clone();
            // "X/Y" or a value with its unit
            let frac = toks
                .get(i + 1)
                .filter(|c| text[tok.end..c.start] == *"/" && !c.id && !c.pct && !tok.pct)
                .cloned();
            let unit_from = frac.as_ref().map(|c| c.end).unwrap_or(tok.end);
            let (unit, unit_end) = if tok.pct {
                (Some("%".to_string()), tok.end + 1)
            } else {
                match unit_at(text, unit_from) {
                    Some((u, e)) => (Some(u), e),
                    None => (None, unit_from),
                }
            };
            let Some(unit) = unit else {
                i += 1;
                continue;
            };
            let Some(vf) = filter_for(&tok.raw, tok.value, tok.decimals, tok.pct) else {
                i += 1;
                continue;
            };
            let of_f = match &frac {
                Some(c) => match filter_for(&c.raw, c.value, c.decimals, false) {
                    Some(f) => Some(f),
                    None => {
                        i += 2;
                        continue;
                    }
                },
                None => None,
            };
            // the label: what comes before, back to the clause's start
            let mut label = label_before(text, clause_start.min(tok.start), tok.start);
            if label.split_whitespace().count() < 2 {
                // "có 62 công trình được đầu tư": the unit and what follows
                let after: String = text[unit_end..]
                    .split([',', ';', '.', '(', ')'])
                    .next()
                    .unwrap_or("")
                    .split_whitespace()
                    .take(6)
                    .collect::<Vec<_>>()
                    .join(" ");
                label = format!("{} {unit} {after}", label).trim().to_string();
                if let Some(c) = label.chars().next() {
                    label = c.to_uppercase().collect::<String>() + &label[c.len_utf8()..];
                }
            }
            let id = self.fresh_id(&label);
            let mut fig = Fig::new(id.clone(), area, label, origin.at, comment.clone());
            fig.in_target = in_target;
            fig.value = Some(tok.value);
            fig.unit = Some(unit.clone());
            let k = self.figures.len();
            // year and verb just before: "năm 2025 ước đạt", "năm 2025:"
            let before = text[..tok.start].trim_end();
            let mut verb_rep = None;
            for (w, est) in [("ước đạt", true), ("đạt", false)] {
                if before.ends_with(w) && before[..before.len() - w.len()].ends_with(' ') {
                    fig.estimate = est;
                    let s = before.len() - w.len();
                    verb_rep = Some(Rep {
                        start: s,
                        end: before.len(),
                        with: expr(&id, "verb", ""),
                    });
                    break;
                }
            }
            let verb_start = verb_rep.as_ref().map(|r| r.start).unwrap_or(before.len());
            let upto = text[..verb_start]
                .trim_end()
                .trim_end_matches(':')
                .trim_end();
            if let Some(yt) = toks.iter().find(|t| t.year && t.end == upto.len() && !t.id) {
                if upto[..yt.start].to_lowercase().trim_end().ends_with("năm") {
                    fig.year = yt.value.to_i32();
                    reps.push(Rep {
                        start: yt.start,
                        end: yt.end,
                        with: expr(&id, "year", ""),
                    });
                }
            }
            if let Some(r) = verb_rep {
                reps.push(r);
            }
            self.figures.push(fig);
            made.push(k);
            used[i] = true;
            self.figure_numbers += 1;
            let value_field = "value";
            reps.push(Rep {
                start: tok.start,
                end: tok.end + usize::from(tok.pct),
                with: expr(&id, value_field, &vf),
            });
            let mut at = unit_end;
            if let (Some(c), Some(of_f)) = (&frac, &of_f) {
                used[i + 1] = true;
                self.figure_numbers += 1;
                // "X/Y …, đạt Z% mục tiêu": Y is the target; else the whole
                let mut p = skip(text, unit_end, &[',']);
                let lower = text[p..].to_lowercase();
                let is_target = (lower.starts_with("đạt ") || lower.starts_with("bằng "))
                    && toks.iter().any(|t| {
                        t.start > p && t.start < p + 12 && t.pct && against_target(text, t.end + 1)
                    });
                let field = if is_target { "target" } else { "of" };
                if is_target {
                    self.figures[k].target = Some(c.value);
                } else {
                    self.figures[k].of = Some(c.value);
                }
                reps.push(Rep {
                    start: c.start,
                    end: c.end,
                    with: expr(&id, field, of_f),
                });
                if !is_target && starts_word(&text[p..], "tỷ lệ") {
                    p = skip(text, p + "tỷ lệ".len(), &[]);
                    if let Some(j) = toks.iter().position(|t| t.start == p && t.pct) {
                        if let Some(e) = self.derived(k, "pct_of", &toks[j], Decimal::ONE, "") {
                            used[j] = true;
                            reps.push(Rep {
                                start: toks[j].start,
                                end: toks[j].end + 1,
                                with: e,
                            });
                            at = toks[j].end + 1;
                        }
                    }
                }
            }
            // what follows the value
            loop {
                let p = skip(text, at, &[',', '(']);
                let r = &text[p..];
                let lower = r.to_lowercase();
                let word = ["tăng", "giảm", "bằng", "đạt", "vượt", "hoàn thành"]
                    .into_iter()
                    .find(|w| starts_word(&lower, w));
                let Some(w) = word else { break };
                let q = skip(text, p + w.len(), &[]);
                let Some(j) = toks.iter().position(|t| t.start == q && !t.id) else {
                    break;
                };
                if used[j] {
                    break;
                }
                let t = toks[j].clone();
                let t_end = t.end + usize::from(t.pct);
                let same_unit =
                    !t.pct && unit_at(text, t.end).is_some_and(|(u, _)| u == unit) && unit != "%";
                let mut next_at = None;
                match w {
                    "tăng" | "giảm" => {
                        let sign = if w == "giảm" {
                            -Decimal::ONE
                        } else {
                            Decimal::ONE
                        };
                        let unit_end_t = if same_unit {
                            unit_at(text, t.end).map(|x| x.1).unwrap_or(t.end)
                        } else {
                            t_end
                        };
                        if let Some((year, ys, ye)) = since_year(text, unit_end_t, &toks) {
                            let by = (year != self.baseline_year).then_some(year);
                            if same_unit {
                                // the change in the value's unit gives the baseline exactly
                                if let Some(f) = filter_for(&t.raw, t.value, t.decimals, false) {
                                    self.figures[k].baseline = Some(tok.value - sign * t.value);
                                    self.figures[k].baseline_year = by;
                                    let filters = if w == "giảm" {
                                        format!("abs | {f}")
                                    } else {
                                        f
                                    };
                                    reps.push(Rep {
                                        start: t.start,
                                        end: t.end,
                                        with: expr(&id, "change", &filters),
                                    });
                                    self.figure_numbers += 1;
                                    used[j] = true;
                                    reps.push(Rep {
                                        start: ys,
                                        end: ye,
                                        with: expr(&id, "baseline_year", ""),
                                    });
                                    next_at = Some(ye);
                                    // "(16,06%)" right after the change: its percentage
                                }
                            } else if t.pct {
                                let _ = (ys, by);
                                if let Some(e) = self.derived(k, "change_pct", &t, sign, "") {
                                    used[j] = true;
                                    reps.push(Rep {
                                        start: t.start,
                                        end: t_end,
                                        with: e,
                                    });
                                    next_at = Some(ye);
                                }
                            }
                        } else if t.pct && against_target(text, t_end) {
                            // "tăng 0,9% so với mục tiêu"
                            if let Some(e) = self.derived(k, "over_target_pct", &t, sign, "") {
                                used[j] = true;
                                reps.push(Rep {
                                    start: t.start,
                                    end: t_end,
                                    with: e,
                                });
                                next_at = Some(past_target_words(text, t_end));
                            }
                        } else if same_unit {
                            // "tăng 10,6 triệu đồng (16,06%) so với năm 2020"
                            let ue = unit_at(text, t.end).map(|x| x.1).unwrap_or(t.end);
                            let pp = skip(text, ue, &['(']);
                            if let Some(jp) = toks.iter().position(|x| x.start == pp && x.pct) {
                                let tp = toks[jp].clone();
                                let close = tp.end + 1;
                                if text[close..].starts_with(')') {
                                    if let Some((year, ys, ye)) = since_year(text, close + 1, &toks)
                                    {
                                        if let Some(f) =
                                            filter_for(&t.raw, t.value, t.decimals, false)
                                        {
                                            self.figures[k].baseline =
                                                Some(tok.value - sign * t.value);
                                            self.figures[k].baseline_year =
                                                (year != self.baseline_year).then_some(year);
                                            let filters = if w == "giảm" {
                                                format!("abs | {f}")
                                            } else {
                                                f
                                            };
                                            reps.push(Rep {
                                                start: t.start,
                                                end: t.end,
                                                with: expr(&id, "change", &filters),
                                            });
                                            self.figure_numbers += 1;
                                            used[j] = true;
                                            if let Some(e) =
                                                self.derived(k, "change_pct", &tp, sign, "")
                                            {
                                                used[jp] = true;
                                                reps.push(Rep {
                                                    start: tp.start,
                                                    end: tp.end + 1,
                                                    with: e,
                                                });
                                            }
                                            reps.push(Rep {
                                                start: ys,
                                                end: ye,
                                                with: expr(&id, "baseline_year", ""),
                                            });
                                            next_at = Some(ye);
                                        }
                                    }
                                }
                            }
                        }
                    }
                    "bằng" if t.pct => {
                        if let Some((year, _, ye)) = since_year(text, t_end, &toks) {
                            if self.figures[k].baseline.is_some() {
                                self.figures[k].baseline_year =
                                    (year != self.baseline_year).then_some(year);
                            }
                            if let Some(e) = self.derived(k, "pct_baseline", &t, Decimal::ONE, "") {
                                used[j] = true;
                                reps.push(Rep {
                                    start: t.start,
                                    end: t_end,
                                    with: e,
                                });
                                next_at = Some(ye);
                            }
                        } else if against_target(text, t_end) {
                            if let Some(e) = self.derived(k, "pct_target", &t, Decimal::ONE, "") {
                                used[j] = true;
                                reps.push(Rep {
                                    start: t.start,
                                    end: t_end,
                                    with: e,
                                });
                                next_at = Some(past_target_words(text, t_end));
                            }
                        }
                    }
                    "đạt" | "hoàn thành" if t.pct => {
                        // "đạt 153% mục tiêu", or "đạt 102%, vượt 0,2% mục tiêu"
                        let then_over = {
                            let pp = skip(text, t_end, &[',']);
                            starts_word(&text[pp..], "vượt")
                        };
                        if against_target(text, t_end) || then_over {
                            if let Some(e) = self.derived(k, "pct_target", &t, Decimal::ONE, "") {
                                used[j] = true;
                                reps.push(Rep {
                                    start: t.start,
                                    end: t_end,
                                    with: e,
                                });
                                next_at = Some(past_target_words(text, t_end));
                            }
                        }
                    }
                    "vượt" if t.pct && against_target(text, t_end) => {
                        if let Some(e) = self.derived(k, "over_target_pct", &t, Decimal::ONE, "") {
                            used[j] = true;
                            reps.push(Rep {
                                start: t.start,
                                end: t_end,
                                with: e,
                            });
                            next_at = Some(past_target_words(text, t_end));
                        }
                    }
                    _ => {}
                }
                match next_at {
                    Some(n) => at = n,
                    None => break,
                }
            }
            // a total and its parts
            if let Some((parts, end)) = self.parts_after(text, &toks, &used, at, &unit) {
                let mut names = HashSet::new();
                for (pname, j, pf) in &parts {
                    let mut name = id_of(pname, 4);
                    let base = name.clone();
                    let mut n = 2;
                    while names.contains(&name) {
                        name = format!("{base}_{n}");
                        n += 1;
                    }
                    names.insert(name.clone());
                    self.figures[k].parts.push((name.clone(), toks[*j].value));
                    self.spans.push((
                        id.clone(),
                        format!("parts.{name}"),
                        toks[*j].start,
                        toks[*j].end,
                    ));
                    used[*j] = true;
                    self.figure_numbers += 1;
                    reps.push(Rep {
                        start: toks[*j].start,
                        end: toks[*j].end,
                        with: expr(&id, &format!("parts.{name}"), pf),
                    });
                }
                at = end;
            }
            // a count and the list it counts
            if self.figures[k].parts.is_empty() && tok.decimals == 0 && !tok.pct && frac.is_none() {
                if let Some((items, start, end, sep)) = list_after(text, unit_end) {
                    self.figures[k].items = items;
                    reps.push(Rep {
                        start,
                        end,
                        with: format!("{{{{ f.{id}.items | join(sep=\"{sep}\") }}}}"),
                    });
                    at = end;
                }
            }
            let span = (
                chars_to(text, tok.start),
                text[tok.start..tok.end].chars().count() + usize::from(tok.pct),
            );
            origins.insert(
                (
                    self.files.get(area).cloned().unwrap_or_default(),
                    format!("figures.{id}"),
                ),
                Origin {
                    span: Some(span),
                    ..origin.clone()
                },
            );
            clause_start = at.min(text.len());
            i += 1;
        }
        self.prose_numbers += toks
            .iter()
            .zip(&used)
            .filter(|(t, u)| !**u && !t.id && !t.year)
            .count();
        let made = self.growth_rates(made, &mut reps);
        let made = self.area_yield(text, made, &mut reps);
        // where each stated number is, for `check` on the draft
        for (id, key, a, b) in std::mem::take(&mut self.spans) {
            let Some(f) = self.figures.iter().find(|f| f.id == id) else {
                continue;
            };
            let file = self.files.get(f.area).cloned().unwrap_or_default();
            let key = key.replace(&format!("f.{id}."), "");
            origins.insert(
                (file, format!("figures.{id}.{key}")),
                Origin {
                    span: Some((chars_to(text, a), text[a..b].chars().count())),
                    ..origin.clone()
                },
            );
        }
        (apply(text, reps), made)
    }

    /// "Tốc độ tăng giá trị sản xuất bình quân hàng năm ước đạt 27,2% (vượt
    /// 6,7% mục tiêu)" with "Giá trị sản xuất năm 2025 … tăng … so với năm
    /// 2020" in the same paragraph: the rate is the other figure's average
    /// annual growth (`growth`, kept as stated where it differs from the one
    /// its baseline and value give), and "vượt …" its `growth_over_target`.
    fn growth_rates(&mut self, made: Vec<usize>, reps: &mut [Rep]) -> Vec<usize> {
        let mut gone = Vec::new();
        for &g in &made {
            let fg = &self.figures[g];
            let lower = fg.label.to_lowercase();
            if fg.unit.as_deref() != Some("%") || !lower.starts_with("tốc độ tăng") {
                continue;
            }
            let subject = lower["tốc độ tăng".len()..]
                .split(" bình quân")
                .next()
                .unwrap_or("")
                .trim()
                .to_string();
            if subject.split_whitespace().count() < 2 {
                continue;
            }
            let Some(&x) = made.iter().find(|&&x| {
                let f = &self.figures[x];
                x != g
                    && f.baseline.is_some()
                    && f.year.is_some()
                    && f.label.to_lowercase().contains(&subject)
            }) else {
                continue;
            };
            let (gid, xid) = (self.figures[g].id.clone(), self.figures[x].id.clone());
            let rate = self.figures[g].value.unwrap_or_default();
            let same_verb = self.figures[g].estimate == self.figures[x].estimate;
            let computed = self.figures[x].computed("growth", self.baseline_year);
            // only the value, the verb and "vượt …" of the rate can move
            let movable = reps.iter().all(|r| {
                !r.with.contains(&format!("f.{gid}."))
                    || r.with.contains(&format!("f.{gid}.value"))
                    || r.with.contains(&format!("f.{gid}.verb"))
                    || r.with.contains(&format!("f.{gid}.over_target_pct"))
                        && self.figures[g].stated.contains_key("over_target_pct")
            });
            if !movable {
                continue;
            }
            for r in reps.iter_mut() {
                let with = r.with.clone();
                if with.contains(&format!("f.{gid}.value")) {
                    // printed with the rate's filter: agrees when it prints the same
                    let filter = with
                        .split(" | ")
                        .nth(1)
                        .map(|f| f.trim_end_matches(" }}").to_string())
                        .unwrap_or_default();
                    let agrees = computed
                        .is_some_and(|c| print(c, &filter, true) == print(rate, &filter, true));
                    if !agrees {
                        self.figures[x].stated.insert("growth".into(), rate);
                    }
                    let key = if agrees { "growth" } else { "stated.growth" };
                    self.spans.push((xid.clone(), key.into(), r.start, r.end));
                    r.with = with.replace(&format!("f.{gid}.value"), &format!("f.{xid}.growth"));
                } else if with.contains(&format!("f.{gid}.over_target_pct")) {
                    if let Some(v) = self.figures[g].stated.get("over_target_pct").copied() {
                        self.figures[x]
                            .stated
                            .insert("growth_over_target".into(), v);
                        self.spans.push((
                            xid.clone(),
                            "stated.growth_over_target".into(),
                            r.start,
                            r.end,
                        ));
                        r.with = with.replace(
                            &format!("f.{gid}.over_target_pct"),
                            &format!("f.{xid}.growth_over_target"),
                        );
                    }
                } else if with.contains(&format!("f.{gid}.verb")) {
                    if same_verb {
                        r.with = with.replace(&format!("f.{gid}."), &format!("f.{xid}."));
                    } else {
                        r.with = if self.figures[g].estimate {
                            "ước đạt"
                        } else {
                            "đạt"
                        }
                        .to_string();
                    }
                }
            }
            gone.push(g);
        }
        if gone.is_empty() {
            return made;
        }
        // the rate is no figure of its own any more (indices shift: remove from the back)
        let mut gone_sorted = gone.clone();
        gone_sorted.sort_unstable_by(|a, b| b.cmp(a));
        for g in gone_sorted {
            let f = self.figures.remove(g);
            self.ids.remove(&f.id);
        }
        made.into_iter()
            .filter(|k| !gone.contains(k))
            .map(|k| k - gone.iter().filter(|&&g| g < k).count())
            .collect()
    }

    /// "220 ha rừng …, sản lượng 17.600 tấn (bình quân 80 tấn/ha)": an area,
    /// then in the same sentence an output and a yield, are one figure of
    /// area × yield (its output kept as stated where it is not the product).
    fn area_yield(&mut self, text: &str, made: Vec<usize>, reps: &mut [Rep]) -> Vec<usize> {
        fn unit_of(figs: &[Fig], k: usize) -> String {
            figs[k].unit.clone().unwrap_or_default()
        }
        let start_of = |reps: &[Rep], id: &str| {
            reps.iter()
                .find(|r| r.with.contains(&format!("f.{id}.value")))
                .map(|r| (r.start, r.end))
        };
        let mut gone = Vec::new();
        for w in 0..made.len() {
            let a = made[w];
            if unit_of(&self.figures, a) != "ha" || gone.contains(&a) {
                continue;
            }
            let rest: Vec<usize> = made[w + 1..]
                .iter()
                .copied()
                .filter(|k| !gone.contains(k))
                .take(2)
                .collect();
            let [x, y] = rest[..] else { continue };
            let (o, yl) = if unit_of(&self.figures, y).ends_with("/ha") {
                (x, y)
            } else {
                (y, x)
            };
            let (ou, yu) = (unit_of(&self.figures, o), unit_of(&self.figures, yl));
            let scale = match (ou.as_str(), yu.as_str()) {
                ("tấn", "tấn/ha") => Some(Decimal::ONE),
                ("tấn", "tạ/ha") => None,
                _ => continue,
            };
            let ids: Vec<String> = [a, o, yl]
                .iter()
                .map(|&k| self.figures[k].id.clone())
                .collect();
            let (Some(sa), Some(so), Some(sy)) = (
                start_of(reps, &ids[0]),
                start_of(reps, &ids[1]),
                start_of(reps, &ids[2]),
            ) else {
                continue;
            };
            // one sentence, and the output said to be one
            let from = sa.0.min(so.0).min(sy.0);
            let to = sa.1.max(so.1).max(sy.1);
            let between = &text[from..to];
            if between.contains(". ")
                || !text[..so.0]
                    .to_lowercase()
                    .trim_end()
                    .ends_with("sản lượng")
            {
                continue;
            }
            // only their values: nothing else of them is printed
            let only_values = reps.iter().all(|r| {
                ids[1..].iter().all(|id| {
                    !r.with.contains(&format!("f.{id}."))
                        || r.with.contains(&format!("f.{id}.value"))
                }) && (!r.with.contains(&format!("f.{}.", ids[0]))
                    || r.with.contains(&format!("f.{}.value", ids[0])))
            });
            if !only_values {
                continue;
            }
            let (area, yield_, output) = (
                self.figures[a].value.unwrap_or_default(),
                self.figures[yl].value.unwrap_or_default(),
                self.figures[o].value.unwrap_or_default(),
            );
            let f = &mut self.figures[a];
            f.area_ha = Some(area);
            f.yield_ = Some(yield_);
            f.yield_scale = scale;
            f.value = None;
            f.unit = Some(ou);
            if f.output() != Some(output) {
                f.stated.insert("output".into(), output);
            }
            for r in reps.iter_mut() {
                r.with = r
                    .with
                    .replace(
                        &format!("f.{}.value", ids[0]),
                        &format!("f.{}.area", ids[0]),
                    )
                    .replace(
                        &format!("f.{}.value", ids[1]),
                        &format!("f.{}.output", ids[0]),
                    )
                    .replace(
                        &format!("f.{}.value", ids[2]),
                        &format!("f.{}.yield", ids[0]),
                    );
            }
            gone.push(o);
            gone.push(yl);
        }
        if gone.is_empty() {
            return made;
        }
        let mut sorted = gone.clone();
        sorted.sort_unstable_by(|a, b| b.cmp(a));
        for g in sorted {
            let f = self.figures.remove(g);
            self.ids.remove(&f.id);
        }
        made.into_iter()
            .filter(|k| !gone.contains(k))
            .map(|k| k - gone.iter().filter(|&&g| g < k).count())
            .collect()
    }

    /// Parts after a total: "(trong đó, a: N u, b: N u)" or "(N u a, N u b)"
    /// or ". Trong đó, a: N u; b: N u." — at least two, each in the
    /// total's unit: (name, token, filter), and where they end.
    fn parts_after(
        &self,
        text: &str,
        toks: &[Tok],
        used: &[bool],
        at: usize,
        unit: &str,
    ) -> Option<(Vec<Part>, usize)> {
        if unit == "%" {
            return None;
        }
        // up to a few words before the opening
        let mut p = at;
        let rest = &text[at..];
        let (open, close): (usize, char) = if let Some(i) = rest.find('(').filter(|i| {
            rest[..*i].split_whitespace().count() <= 4 && !rest[..*i].contains([',', ';', '.'])
        }) {
            (p + i + 1, ')')
        } else {
            let r = rest.trim_start_matches(['.', ' ']);
            if rest.starts_with('.') && starts_word(r, "trong đó") {
                p = text.len() - r.len();
                (p, '.')
            } else {
                return None;
            }
        };
        let mut q = open;
        let inner_lower = text[q..].to_lowercase();
        if inner_lower.starts_with("trong đó") {
            q += "trong đó".len();
            q = skip(text, q, &[',', ':']);
        }
        let end = if close == ')' {
            q + text[q..].find(')')?
        } else {
            // the sentence: up to ". " or the end
            let mut e = text.len();
            let mut s = q;
            while let Some(i) = text[s..].find(". ") {
                let at = s + i;
                let before_digit = text[..at].ends_with(|c: char| c.is_ascii_digit());
                let after_digit = text[at + 2..].starts_with(|c: char| c.is_ascii_digit());
                if !(before_digit && after_digit) {
                    e = at;
                    break;
                }
                s = at + 2;
            }
            e.min(text.len())
        };
        let nums: Vec<usize> = (0..toks.len())
            .filter(|&j| toks[j].start >= q && toks[j].end <= end && !toks[j].id && !toks[j].year)
            .collect();
        if nums.len() < 2 {
            return None;
        }
        let mut out = Vec::new();
        let mut seg = q;
        for (n, &j) in nums.iter().enumerate() {
            let t = &toks[j];
            if used[j] || t.pct {
                return None;
            }
            let (u, ue) = unit_at(text, t.end)?;
            if u != unit {
                return None;
            }
            let f = filter_for(&t.raw, t.value, t.decimals, false)?;
            let trim = |s: &str| {
                s.trim_matches(|c: char| c == ' ' || c == ',' || c == ';' || c == ':')
                    .to_string()
            };
            let before = trim(&text[seg..t.start]);
            let next = nums.get(n + 1).map(|&x| toks[x].start).unwrap_or(end);
            let after = trim(&text[ue..next]);
            let name = if before.chars().any(char::is_alphabetic) {
                before
            } else {
                after
                    .split_whitespace()
                    .take(4)
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let name = if name.is_empty() {
                format!("phan {}", n + 1)
            } else {
                name
            };
            out.push((name, j, f));
            seg = ue;
        }
        (out.len() >= 2).then_some((out, end))
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
        let mut fig = Fig::new(
            id.clone(),
            area,
            label.to_string(),
            origin.at,
            origin.headings.join(" › "),
        );
        fig.value = Some(Decimal::from(stated));
        fig.unit = Some(word.to_string());
        fig.items = items;
        self.stated_numbers += 1;
        self.figures.push(fig);
        let expr = if padded {
            format!("{{{{ f.{id}.value | pad }}}}")
        } else {
            format!("{{{{ f.{id}.value | num }}}}")
        };
        (id, expr)
    }

    /// A target's sentence and lines as templates, with its figure: the
    /// first figure of the sentence, whose fields the sentence prints as
    /// `{{ value }}`; the lines' crops ("Diện tích: … ha / Năng suất: …
    /// tạ/ha / Sản lượng: … tấn") as area × yield.
    #[allow(clippy::too_many_arguments)]
    pub fn target(
        &mut self,
        text: &str,
        lines: &[(String, usize)],
        area: usize,
        headings: &[String],
        at: usize,
        file: &str,
        _path: &str,
        origins: &mut Origins,
    ) -> MadeTarget {
        let o = Origin {
            at,
            headings: headings.to_vec(),
            text: text.to_string(),
            span: None,
        };
        let _ = file;
        let (mut t, made) = self.sentence_figures(text, area, &o, origins, true);
        let figure = made.first().map(|&k| self.figures[k].id.clone());
        if let Some(id) = &figure {
            t = t.replace(&format!("f.{id}."), "");
        }
        let mut out_lines = Vec::new();
        let mut k = 0;
        while k < lines.len() {
            let crop = if self.enabled {
                self.crop(lines, k, area, headings, origins)
            } else {
                None
            };
            if let Some((tpls, used)) = crop {
                out_lines.extend(tpls);
                k += used;
                continue;
            }
            let (l, lat) = &lines[k];
            let lo = Origin {
                at: *lat,
                headings: headings.to_vec(),
                text: l.clone(),
                span: None,
            };
            let (lt, _) = self.sentence_figures(l, area, &lo, origins, true);
            out_lines.push(lt);
            k += 1;
        }
        MadeTarget {
            figure,
            text: t,
            lines: out_lines,
        }
    }

    /// Three lines of a crop from `k`: area, yield, output.
    fn crop(
        &mut self,
        lines: &[(String, usize)],
        k: usize,
        area: usize,
        headings: &[String],
        origins: &mut Origins,
    ) -> Option<(Vec<String>, usize)> {
        let [(a, a_at), (y, _), (o, _)] = lines.get(k..k + 3)? else {
            return None;
        };
        let find = |l: &str, key: &str| -> Option<(Tok, String, usize)> {
            let i = l.to_lowercase().find(key)?;
            let toks = numbers(l);
            let t = toks.into_iter().find(|t| t.start > i && !t.id && !t.year)?;
            let (u, ue) = unit_at(l, t.end)?;
            Some((t, u, ue))
        };
        let (ta, ua, _) = find(a, "diện tích")?;
        let (ty, uy, _) = find(y, "năng suất")?;
        let (to, uo, _) = find(o, "sản lượng")?;
        if ua != "ha" || !(uy == "tạ/ha" || uy == "tấn/ha") {
            return None;
        }
        let fa = filter_for(&ta.raw, ta.value, ta.decimals, false)?;
        let fy = filter_for(&ty.raw, ty.value, ty.decimals, false)?;
        let fo = filter_for(&to.raw, to.value, to.decimals, false)?;
        let at_area = a.to_lowercase().find("diện tích")?;
        let crop = a
            .get(..at_area)?
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_string();
        let id = self.fresh_id(&format!("san luong {crop}"));
        let mut fig = Fig::new(
            id.clone(),
            area,
            format!("Sản lượng {}", crop.to_lowercase()),
            *a_at,
            headings.join(" › "),
        );
        fig.in_target = true;
        fig.area_ha = Some(ta.value);
        fig.yield_ = Some(ty.value);
        if uy == "tấn/ha" {
            fig.yield_scale = Some(Decimal::ONE);
        }
        fig.unit = Some(uo);
        // the year of the target, if its heading line says it
        let kf = self.figures.len();
        self.figures.push(fig);
        let out = self.figures[kf].output();
        let printed_out = out.and_then(|v| print(v, &fo, false));
        if printed_out.as_deref() != Some(to.raw.as_str()) {
            self.figures[kf].stated.insert("output".into(), to.value);
            self.stated_numbers += 1;
        } else {
            self.figure_numbers += 1;
        }
        self.figure_numbers += 2;
        let rep = |l: &str, t: &Tok, field: &str, f: &str| {
            apply(
                l,
                vec![Rep {
                    start: t.start,
                    end: t.end,
                    with: expr(&id, field, f),
                }],
            )
        };
        let joined = format!("{a} {y} {o}");
        let out_at = a.chars().count() + 1 + y.chars().count() + 1 + chars_to(o, to.start);
        let o_span = Origin {
            at: *a_at,
            headings: headings.to_vec(),
            text: joined,
            span: Some((out_at, to.raw.chars().count())),
        };
        let file = self.files.get(area).cloned().unwrap_or_default();
        origins.insert((file.clone(), format!("figures.{id}")), o_span.clone());
        origins.insert((file, format!("figures.{id}.stated.output")), o_span);
        Some((
            vec![
                rep(a, &ta, "area", &fa),
                rep(y, &ty, "yield", &fy),
                rep(o, &to, "output", &fo),
            ],
            3,
        ))
    }

    /// Links figures that state the same quantity in two places: the same
    /// value, unit and year, labels that say the same, in different
    /// paragraphs. The one that states percentages it cannot compute
    /// points to the other (`same_as`), so `check` compares them.
    pub fn link_same(&mut self) {
        let n = self.figures.len();
        for a in 0..n {
            for b in a + 1..n {
                let (fa, fb) = (&self.figures[a], &self.figures[b]);
                if fa.at == fb.at
                    || fa.in_target != fb.in_target
                    || fa.value.is_none()
                    || fa.value != fb.value
                    || fa.unit != fb.unit
                    || fa.unit.as_deref() == Some("%")
                    || fa.year != fb.year
                    || fa.value.is_some_and(|v| v < Decimal::from(20))
                    || fa.same_as.is_some()
                    || fb.same_as.is_some()
                {
                    continue;
                }
                let (sa, sb) = (syllables(&fa.label), syllables(&fb.label));
                let inter = sa.intersection(&sb).count();
                let small = sa.len().min(sb.len());
                if small < 3 || inter * 10 < small * 7 {
                    continue;
                }
                // the one without a target or baseline of its own points to the other
                let inputs =
                    |f: &Fig| usize::from(f.target.is_some()) + usize::from(f.baseline.is_some());
                let (from, to) = if inputs(fa) <= inputs(fb) {
                    (a, b)
                } else {
                    (b, a)
                };
                let to_id = self.figures[to].id.clone();
                self.figures[from].same_as = Some(to_id);
            }
        }
    }

    /// Links a total to the figures that are its parts: figures stated
    /// under the total's heading (or below it), of its unit and year,
    /// whose labels are the total's label with more words ("Giá trị sản
    /// xuất ngành …" under "Giá trị sản xuất") and whose values add up
    /// exactly — to the last digit stated — to the total's value. Nothing
    /// is linked when the sum is not exact: the draft then does not say
    /// these are its parts. The total's `parts:` name the part figures,
    /// so `check` can compare what the parts state with what the total
    /// states; no number of the draft changes.
    pub fn link_parts(&mut self) {
        /// A label without case, a leading "tổng" or extra spaces.
        fn norm(label: &str) -> String {
            let l = label.to_lowercase();
            let words: Vec<&str> = l
                .split(|c: char| c.is_whitespace())
                .filter(|w| !w.is_empty())
                .collect();
            let words = match words.first() {
                Some(&"tổng") => &words[1..],
                _ => &words[..],
            };
            words.join(" ")
        }
        /// The heading path `inner` is `outer`'s or below it.
        fn within(inner: &str, outer: &str) -> bool {
            inner == outer
                || inner
                    .strip_prefix(outer)
                    .is_some_and(|r| r.starts_with(" › "))
        }
        let norms: Vec<String> = self.figures.iter().map(|f| norm(&f.label)).collect();
        // the figures already a part of a total
        let mut taken: HashSet<usize> = HashSet::new();
        for t in 0..self.figures.len() {
            let total = &self.figures[t];
            let (Some(value), Some(unit)) = (total.value, total.unit.as_ref()) else {
                continue;
            };
            let own = &norms[t];
            if unit == "%"
                || own.split(' ').count() < 2
                || !total.parts.is_empty()
                || !total.part_figs.is_empty()
                || !total.items.is_empty()
                || total.area_ha.is_some()
            {
                continue;
            }
            let prefix = format!("{own} ");
            let candidates: Vec<usize> = (0..self.figures.len())
                .filter(|&p| {
                    let f = &self.figures[p];
                    p != t
                        && !taken.contains(&p)
                        && f.value.is_some()
                        && f.unit.as_ref() == Some(unit)
                        && f.year == total.year
                        && f.in_target == total.in_target
                        && within(&f.comment, &total.comment)
                        && norms[p].starts_with(&prefix)
                })
                .collect();
            // (a sum too large for a decimal adds up to nothing)
            let sum = candidates
                .iter()
                .filter_map(|&p| self.figures[p].value)
                .try_fold(Decimal::ZERO, |s, v| s.checked_add(v));
            if candidates.len() < 2 || sum != Some(value) {
                continue;
            }
            // each part named by what its label adds to the total's
            let mut names: Vec<(String, String)> = Vec::new();
            for &p in &candidates {
                let f = &self.figures[p];
                let rest = &norms[p][prefix.len()..];
                let rest = rest.strip_prefix("ngành ").unwrap_or(rest);
                let mut name = id_of(rest, 5);
                if name.starts_with("so_lieu") {
                    name = f.id.clone();
                }
                let (base, mut k) = (name.clone(), 2);
                while names.iter().any(|(n, _)| *n == name) {
                    name = format!("{base}_{k}");
                    k += 1;
                }
                names.push((name, f.id.clone()));
            }
            taken.extend(candidates.iter().copied());
            self.figures[t].part_figs = names;
        }
    }

    /// The `figures:` entries of an area's file.
    pub fn figures_yaml(&self, area: usize) -> String {
        let mut w = W::default();
        let num = |d: Decimal| d.normalize().to_string();
        let mut last_comment = String::new();
        for f in self.figures.iter().filter(|f| f.area == area) {
            if !f.comment.is_empty() && f.comment != last_comment {
                w.comment(2, &f.comment);
                last_comment = f.comment.clone();
            }
            w.line(2, &format!("{}:", f.id));
            w.line(4, &format!("label: {}", quoted(&f.label)));
            if let Some(v) = f.value {
                w.line(4, &format!("value: {}", num(v)));
            }
            if let Some(u) = &f.unit {
                w.line(4, &format!("unit: {}", plain_or_quoted(u)));
            }
            if let Some(y) = f.year {
                w.line(4, &format!("year: {y}"));
            }
            if f.estimate {
                w.line(4, "estimate: true");
            }
            if let Some(b) = f.baseline {
                w.line(4, &format!("baseline: {}", num(b)));
            }
            if let Some(y) = f.baseline_year {
                w.line(4, &format!("baseline_year: {y}"));
            }
            if let Some(t) = f.target {
                w.line(4, &format!("target: {}", num(t)));
            }
            if let Some(o) = f.of {
                w.line(4, &format!("of: {}", num(o)));
            }
            if let Some(a) = f.area_ha {
                w.line(4, &format!("area: {}", num(a)));
            }
            if let Some(y) = f.yield_ {
                w.line(4, &format!("yield: {}", num(y)));
            }
            if let Some(s) = f.yield_scale {
                w.line(4, &format!("yield_scale: {}", num(s)));
            }
            if !f.parts.is_empty() {
                w.line(4, "parts:");
                for (k, v) in &f.parts {
                    w.line(6, &format!("{k}: {}", num(*v)));
                }
            }
            if !f.part_figs.is_empty() {
                w.line(4, "parts:");
                for (k, id) in &f.part_figs {
                    w.line(6, &format!("{k}: {id}"));
                }
            }
            if !f.items.is_empty() {
                w.line(4, "items:");
                for i in &f.items {
                    w.line(6, &format!("- {}", quoted(i)));
                }
            }
            if !f.stated.is_empty() {
                let s: Vec<String> = f
                    .stated
                    .iter()
                    .map(|(k, v)| format!("{k}: {}", num(*v)))
                    .collect();
                w.line(4, &format!("stated: {{ {} }}", s.join(", ")));
            }
            if let Some(s) = &f.same_as {
                w.line(4, &format!("same_as: {s}"));
            }
        }
        w.out
    }
}

/// A list after a count: ": a; b; c" or "là: a và b" or "(a; b; c)" up to
/// the end of the sentence or the closing parenthesis; the items, the
/// byte range of the list, and the separator.
fn list_after(text: &str, at: usize) -> Option<(Vec<String>, usize, usize, String)> {
    let rest = &text[at..];
    // the list opens within a few words: "… không đạt kế hoạch: …", "… không đạt (…"
    let open = rest.find([':', '('])?;
    if rest[..open].split_whitespace().count() > 20 || rest[..open].contains([';', '.', ',']) {
        return None;
    }
    let paren = rest.as_bytes()[open] == b'(';
    let start = at + skip(rest, open + 1, &[]);
    let end = if paren {
        start + text[start..].find(')')?
    } else {
        let e = text[start..]
            .find(". ")
            .map(|i| start + i)
            .unwrap_or(text.len());
        if text[..e].ends_with('.') {
            e - 1
        } else {
            e
        }
    };
    let inner = &text[start..end];
    let sep = if inner.contains("; ") {
        "; "
    } else if inner.matches(" và ").count() == 1 && !inner.contains(", ") {
        " và "
    } else {
        return None;
    };
    let items: Vec<String> = inner.split(sep).map(|s| s.trim().to_string()).collect();
    if items.len() < 2
        || items
            .iter()
            .any(|i| i.is_empty() || i.split_whitespace().count() > 12)
    {
        return None;
    }
    Some((items, start, end, sep.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn numbers_as_the_draft_writes_them() {
        let t = numbers("ước đạt 2.732,16 tỷ đồng, tăng 27,2% năm 2025; số 06-NQ/HU ngày 10/02/2022, 11/16 khu phố, 110.291.000đ");
        let vals: Vec<(String, bool, bool, bool)> = t
            .iter()
            .map(|x| (x.raw.clone(), x.pct, x.year, x.id))
            .collect();
        assert_eq!(
            vals,
            vec![
                ("2.732,16".into(), false, false, false),
                ("27,2".into(), true, false, false),
                ("2025".into(), false, true, false),
                ("06".into(), false, false, true),
                ("10".into(), false, false, true),
                ("02".into(), false, false, true),
                ("2022".into(), false, true, true),
                ("11".into(), false, false, false),
                ("16".into(), false, false, false),
                ("110.291.000".into(), false, false, false),
            ]
        );
        assert_eq!(t[0].value, d("2732.16"));
        assert_eq!(
            filter_for("2.732,16", d("2732.16"), 2, false).as_deref(),
            Some("num")
        );
        assert_eq!(
            filter_for("1,0", d("1.0"), 1, true).as_deref(),
            Some("pct(p=1)")
        );
        assert_eq!(filter_for("08", d("8"), 0, false).as_deref(), Some("pad"));
        assert_eq!(filter_for("1600", d("1600"), 0, false), None);
    }

    #[test]
    fn a_sentence_becomes_a_template() {
        let mut ex = Extractor::new(0);
        let o = Origin {
            at: 1,
            headings: vec![],
            text: String::new(),
            span: None,
        };
        let mut origins = Origins::new();
        let t = ex.sentence(
            "Giá trị sản xuất năm 2025 ước đạt 2.732,16 tỷ đồng, tăng 1.917,76 tỷ đồng so với năm 2020 (đạt 153% mục tiêu nghị quyết).",
            0,
            &o,
            &mut origins,
        );
        assert_eq!(
            t,
            "Giá trị sản xuất năm {{ f.gia_tri_san_xuat.year }} {{ f.gia_tri_san_xuat.verb }} {{ f.gia_tri_san_xuat.value | num }} tỷ đồng, tăng {{ f.gia_tri_san_xuat.change | num }} tỷ đồng so với năm {{ f.gia_tri_san_xuat.baseline_year }} (đạt {{ f.gia_tri_san_xuat.pct_target | pct }} mục tiêu nghị quyết)."
        );
        let f = &ex.figures[0];
        assert_eq!(f.baseline, Some(d("814.40")));
        assert_eq!(f.stated.get("pct_target"), Some(&d("153")));
        assert!(f.estimate);
    }

    #[test]
    fn figures_that_add_up_exactly_under_a_total_are_its_parts() {
        // (heading, sentence) of a little draft; the total's parts are
        // `a` + `b` when they add up to `total`
        let linked = |total: &str, a: &str, b: &str, label_b: &str| {
            let mut ex = Extractor::new(0);
            let mut origins = Origins::new();
            let top = vec!["1. Về phát triển kinh tế".to_string()];
            let under = |h: &str| {
                let mut v = top.clone();
                v.push(h.to_string());
                v
            };
            for (at, headings, text) in [
                (1, top.clone(), format!("Giá trị sản xuất năm 2025 ước đạt {total} tỷ đồng (đạt 150% mục tiêu nghị quyết).")),
                (2, under("1.1. Nông nghiệp"), format!("Tổng giá trị sản xuất ngành nông nghiệp năm 2025 ước đạt {a} tỷ đồng (đạt 125% mục tiêu nghị quyết).")),
                (3, under("1.2. Dịch vụ"), format!("{label_b} năm 2025 ước đạt {b} tỷ đồng, tăng 66,7% so với mục tiêu nghị quyết.")),
            ] {
                let o = Origin {
                    at,
                    headings: headings.clone(),
                    text: text.clone(),
                    span: None,
                };
                ex.sentence(&text, 0, &o, &mut origins);
            }
            ex.link_parts();
            ex.figures[0].part_figs.clone()
        };
        let sv = "Tổng giá trị sản xuất ngành dịch vụ";
        assert_eq!(
            linked("300", "100", "200", sv),
            vec![
                (
                    "nong_nghiep".to_string(),
                    "tong_gia_tri_san_xuat_nganh".to_string()
                ),
                (
                    "dich_vu".to_string(),
                    "tong_gia_tri_san_xuat_nganh_2".to_string()
                ),
            ]
        );
        assert_eq!(linked("300,5", "100,25", "200,25", sv).len(), 2);
        // off by a digit: not its parts
        assert!(linked("300", "100", "199", sv).is_empty());
        assert!(linked("300", "100", "200,01", sv).is_empty());
        // a figure that adds up but is not labelled as a part
        assert!(linked("300", "100", "200", "Tổng vốn đầu tư").is_empty());
    }

    #[test]
    fn totals_with_parts_and_counts_with_lists() {
        let mut ex = Extractor::new(0);
        let o = Origin {
            at: 1,
            headings: vec![],
            text: String::new(),
            span: None,
        };
        let mut origins = Origins::new();
        let t = ex.sentence(
            "Tổng đàn gia súc, gia cầm năm 2030: 10.510 con. Trong đó, đàn trâu: 60 con; đàn bò: 90 con; đàn lợn: 350 con; đàn gia cầm: 10.000 con.",
            0,
            &o,
            &mut origins,
        );
        assert!(
            t.contains("đàn trâu: {{ f.tong_dan_gia_suc_gia_cam.parts.dan_trau | num }} con"),
            "{t}"
        );
        assert_eq!(ex.figures[0].parts.len(), 4);
        let t = ex.sentence(
            "Lãnh đạo thực hiện các chỉ tiêu theo Nghị quyết đại hội còn 03 chỉ tiêu không đạt kế hoạch: Thu nhập bình quân đầu người; thu ngân sách Nhà nước; khu phố đạt danh hiệu kiểu mẫu.",
            0,
            &o,
            &mut origins,
        );
        assert!(
            t.ends_with("kế hoạch: {{ f.lanh_dao_thuc_hien_chi_tieu.items | join(sep=\"; \") }}."),
            "{t}"
        );
        assert_eq!(ex.figures[1].items.len(), 3);
        let t = ex.sentence(
            "Độ che phủ rừng đạt 45,2%, đạt 100% mục tiêu Nghị quyết.",
            0,
            &o,
            &mut origins,
        );
        assert!(t.contains("{{ f.do_che_phu_rung.value | pct }}, đạt {{ f.do_che_phu_rung.pct_target | pct }} mục tiêu"), "{t}");
    }
}
