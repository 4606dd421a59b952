//! From the draft's paragraphs to the report's structure: the header
//! block, the title and subtitle, the opening paragraphs, the parts
//! (Phần thứ nhất …), chapters (A.), sections (I.), numbered items (1.,
//! 1.1., run-in "1.1. Heading: text"), main targets ((1)…(n)), counted
//! paragraphs ("Một là, …"), inline clauses ("(1) … (2) …"), the closing
//! paragraph — each with the number the draft states and where it is.
//!
//! Numbers are read as the draft shows them, typed or made by Word's
//! automatic numbering (the label is already in front of the text, see
//! [`super::docx`]). A number that disagrees with its position is kept as
//! stated, so that `check` reports it.

use super::draft::{Block, Draft};
use crate::diag::Diagnostic;
use crate::t;

/// The document's details, from the header block and the title lines.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Info {
    pub superior_body: Option<String>,
    pub issuing_body: String,
    pub place: String,
    /// `YYYY-MM-DD`, when the draft's date line has a day and a month.
    pub date: Option<String>,
    pub year: Option<i32>,
    pub draft: Option<u32>,
    pub kind: Option<String>,
    pub congress: Option<u32>,
    pub previous_term: Option<[i32; 2]>,
    pub next_term: Option<[i32; 2]>,
    pub title: String,
    pub subtitle: String,
    pub motto: String,
}

/// A paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct P {
    pub kind: PKind,
    pub bold: bool,
    pub italic: bool,
    /// Emphasis inside the paragraph that the content model cannot keep.
    pub partial: bool,
    pub at: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PKind {
    Text(String),
    /// Words before "(1)", and the clauses.
    Clauses(String, Vec<String>),
    /// "Một là, …", "Hai là, …": the texts after the counting words, and
    /// where each paragraph is.
    Counted(Vec<(String, usize)>),
}

impl P {
    fn text(s: &str, b: &Block) -> P {
        P {
            kind: PKind::Text(s.to_string()),
            bold: b.bold,
            italic: b.italic,
            partial: b.partial || (b.lead > 0 && !b.bold && !b.italic),
            at: b.at,
        }
    }
    /// The whole text as the draft has it.
    pub fn full_text(&self) -> String {
        match &self.kind {
            PKind::Text(t) => t.clone(),
            PKind::Clauses(t, cs) => {
                let mut s = t.clone();
                for (i, c) in cs.iter().enumerate() {
                    s.push_str(&format!(" ({}) {c}", i + 1));
                }
                s.trim().to_string()
            }
            PKind::Counted(cs) => cs
                .iter()
                .enumerate()
                .map(|(i, (c, _))| {
                    format!(
                        "{} là, {c}",
                        crate::format::counting_word(i as u32 + 1).unwrap_or("?")
                    )
                })
                .collect::<Vec<_>>()
                .join(" "),
        }
    }
}

/// How a numbered node shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// A heading line.
    Heading(String),
    /// "1.1. Heading: text": the heading; the text is the node's first
    /// paragraph.
    RunIn(String),
    /// "1.1. text": a numbered paragraph.
    Text(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub stated: u32,
    pub text: String,
    /// Further paragraphs of the target ("- Cây lúa: …").
    pub lines: Vec<P>,
    pub at: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NodeN {
    /// The number as the draft shows it: `1.1`.
    pub stated: String,
    pub kind: Kind,
    pub body: Vec<P>,
    pub items: Vec<NodeN>,
    pub targets: Vec<Target>,
    /// "(09 chỉ tiêu)" after the heading: the count as stated, the word,
    /// whether written with a leading zero.
    pub count: Option<(u32, String, bool)>,
    pub at: usize,
    // while reading
    rest: String,
    lead_emph: Option<bool>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SectionN {
    /// As stated: `I`, or `2` where the draft numbers a section like an item.
    pub stated: String,
    pub title: String,
    pub body: Vec<P>,
    pub items: Vec<NodeN>,
    pub at: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChapterN {
    pub stated: String,
    pub title: String,
    /// Paragraphs before the first section.
    pub body: Vec<P>,
    pub sections: Vec<SectionN>,
    pub at: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PartN {
    /// "Phần thứ nhất" as the draft writes it.
    pub stated: String,
    pub title: String,
    pub intro: Vec<P>,
    pub chapters: Vec<ChapterN>,
    pub at: usize,
}

/// Something the summary says: what the import could not keep as the
/// draft has it, or chose.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub at: usize,
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Doc {
    pub info: Info,
    pub opening: Vec<P>,
    pub parts: Vec<PartN>,
    pub closing: Vec<P>,
    /// Paragraphs after the end mark ("./."), left out.
    pub ignored: usize,
    pub notes: Vec<Note>,
}

impl Doc {
    /// The outline, one line a heading, indented by depth: parts,
    /// chapters, sections, numbered nodes (how they show) and targets.
    pub fn outline(&self) -> Vec<String> {
        fn nodes(ns: &[NodeN], depth: usize, out: &mut Vec<String>) {
            let pad = " ".repeat(depth);
            for n in ns {
                let shown = match &n.kind {
                    Kind::Heading(h) => {
                        let count = n
                            .count
                            .as_ref()
                            .map(|(c, w, padded)| {
                                if *padded {
                                    format!(" ({c:02} {w})")
                                } else {
                                    format!(" ({c} {w})")
                                }
                            })
                            .unwrap_or_default();
                        format!("heading: {h}{count}")
                    }
                    Kind::RunIn(h) => format!("run-in: {h}"),
                    Kind::Text(t) => format!("text: {t}"),
                };
                if !n.stated.is_empty() {
                    out.push(format!("{pad}{}. {shown}", n.stated));
                }
                for t in &n.targets {
                    out.push(format!("{pad}  ({}) {}", t.stated, t.text));
                }
                nodes(&n.items, depth + 2, out);
            }
        }
        let mut out = Vec::new();
        for p in &self.parts {
            out.push(format!("{} {}", p.stated, p.title).trim().to_string());
            for c in &p.chapters {
                out.push(format!("  {}. {}", c.stated, c.title));
                for s in &c.sections {
                    out.push(format!("    {}. {}", s.stated, s.title));
                    nodes(&s.items, 6, &mut out);
                }
            }
        }
        out
    }
}

// ---------------------------------------------------------------- marks

const ORDINALS: [&str; 10] = [
    "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
];

/// What a paragraph's opening says it is.
#[derive(Debug, Clone, PartialEq)]
enum Mark {
    /// "Phần thứ nhất": the number, the text after it on the same line.
    Part(u32, String, String),
    /// "A. TITLE" (a letter that may also be a Roman numeral).
    Letter(char, String),
    /// "II. TITLE".
    Roman(u32, String, String),
    /// "1.", "1.1.": the numbers, the label as written, the rest.
    Num(Vec<u32>, String, String),
    /// "(3) text".
    Target(u32, String),
    /// "Một là, text".
    Counted(u32, String),
    Plain,
}

fn roman_value(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 8 {
        return None;
    }
    let v = |c| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        _ => None,
    };
    let mut total = 0i64;
    let chars: Vec<char> = s.chars().collect();
    for i in 0..chars.len() {
        let a = v(chars[i])?;
        let b = chars.get(i + 1).and_then(|c| v(*c)).unwrap_or(0);
        if a < b {
            total -= a;
        } else {
            total += a;
        }
    }
    let n = u32::try_from(total).ok()?;
    // only canonical numerals
    (crate::format::roman(n).as_deref() == Some(s)).then_some(n)
}

fn mark(text: &str) -> Mark {
    let lower = text.to_lowercase();
    if let Some(rest) = lower.strip_prefix("phần thứ ") {
        let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        if let Some(i) = ORDINALS
            .iter()
            .position(|o| *o == word || (word == "bốn" && *o == "tư"))
        {
            let prefix_chars = "phần thứ ".chars().count() + word.chars().count();
            let stated: String = text.chars().take(prefix_chars).collect();
            let after: String = text.chars().skip(prefix_chars).collect();
            let after = after.trim_start_matches([':', '.', '-', '–', ' ']).trim();
            return Mark::Part(i as u32 + 1, stated, after.to_string());
        }
    }
    // "(3) text"
    if let Some(rest) = text.strip_prefix('(') {
        let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
        if !digits.is_empty() && digits.len() <= 3 {
            if let Some(after) = rest[digits.len()..].strip_prefix(") ") {
                if let Ok(n) = digits.parse() {
                    return Mark::Target(n, after.trim().to_string());
                }
            }
        }
    }
    // "Một là, text"
    for (i, w) in [
        "Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười",
    ]
    .iter()
    .enumerate()
    {
        if let Some(rest) = text.strip_prefix(w) {
            if let Some(after) = rest
                .strip_prefix(" là,")
                .or_else(|| rest.strip_prefix(" là:"))
            {
                return Mark::Counted(i as u32 + 1, after.trim().to_string());
            }
        }
    }
    // "A. …", "II. …"
    let head: String = text
        .chars()
        .take_while(|c| c.is_ascii_uppercase())
        .collect();
    if !head.is_empty() {
        if let Some(after) = text[head.len()..].strip_prefix(". ") {
            let after = after.trim().to_string();
            if !after.is_empty() {
                if head.len() == 1 && !"IVXLC".contains(&head) {
                    return Mark::Letter(head.chars().next().unwrap_or('A'), after);
                }
                if let Some(n) = roman_value(&head) {
                    if head.len() == 1 {
                        // I, V, X, L, C: a letter or a numeral, by context
                        return Mark::Letter(head.chars().next().unwrap_or('I'), after);
                    }
                    return Mark::Roman(n, head, after);
                }
            }
        }
    }
    // "1.", "1.1.", "1.1"
    let b = text.as_bytes();
    let mut i = 0;
    let mut nums = Vec::new();
    loop {
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start || i - start > 2 {
            break;
        }
        nums.push(text[start..i].parse::<u32>().unwrap_or(0));
        if i < b.len() && b[i] == b'.' {
            i += 1;
            if i < b.len() && b[i].is_ascii_digit() {
                continue;
            }
            // "1." or "1.1."
            if i < b.len() && b[i] == b' ' {
                let label = text[..i].to_string();
                let rest = text[i..].trim().to_string();
                if !rest.is_empty() {
                    return Mark::Num(nums, label, rest);
                }
            }
            break;
        }
        // "1.1 text" (two levels or more without the final dot)
        if nums.len() >= 2 && i < b.len() && b[i] == b' ' {
            let label = text[..i].to_string();
            let rest = text[i..].trim().to_string();
            if !rest.is_empty() {
                return Mark::Num(nums, label, rest);
            }
        }
        break;
    }
    Mark::Plain
}

/// All letters upper case (and there are letters).
pub fn is_upper(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters > 0
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

// ---------------------------------------------------------------- header

const BODY_PREFIXES: [&str; 12] = [
    "ĐẢNG BỘ ",
    "ĐẢNG ỦY ",
    "ĐẢNG UỶ ",
    "CHI BỘ ",
    "BAN CHẤP HÀNH ",
    "HUYỆN ỦY ",
    "HUYỆN UỶ ",
    "TỈNH ỦY ",
    "TỈNH UỶ ",
    "THÀNH ỦY ",
    "THÀNH UỶ ",
    "BCH ",
];

/// The names of bodies in a line that may hold two ("ĐẢNG BỘ HUYỆN X ĐẢNG ỦY XÃ Y").
fn body_names(line: &str) -> Vec<String> {
    let mut starts: Vec<usize> = Vec::new();
    for p in BODY_PREFIXES {
        let mut from = 0;
        while let Some(i) = line[from..].find(p) {
            let at = from + i;
            if at == 0 || line[..at].ends_with(' ') {
                starts.push(at);
            }
            from = at + p.len();
        }
    }
    starts.sort();
    starts.dedup();
    if starts.first() != Some(&0) {
        return vec![line.trim().to_string()];
    }
    let mut out = Vec::new();
    for (k, s) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(line.len());
        let name = line[*s..end].trim();
        if !name.is_empty() {
            out.push(name.to_string());
        }
    }
    out
}

/// `(place, date, year)` of a line "Bến Sung, ngày 05 tháng 02 năm 2025".
fn place_date(line: &str) -> Option<(String, Option<String>, i32)> {
    let i = line.find(", ngày")?;
    let place = line[..i].trim();
    if place.is_empty() || words(place) > 6 {
        return None;
    }
    let rest = &line[i + ", ngày".len()..];
    let j = rest.find("năm")?;
    let year: String = rest[j + "năm".len()..]
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    let year: i32 = year.parse().ok().filter(|y| (1900..3000).contains(y))?;
    let between = &rest[..j];
    let num = |s: &str| -> Option<u32> { s.trim().parse().ok() };
    let date = between.split_once("tháng").and_then(|(d, m)| {
        let (d, m) = (num(d)?, num(m)?);
        chrono::NaiveDate::from_ymd_opt(year, m, d).map(|x| x.format("%Y-%m-%d").to_string())
    });
    Some((place.to_string(), date, year))
}

/// "(Dự thảo lần 3)" → 3.
fn draft_number(line: &str) -> Option<u32> {
    let l = line.to_lowercase();
    let i = l.find("dự thảo lần")?;
    let n: String = l[i + "dự thảo lần".len()..]
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    n.parse().ok()
}

struct Header {
    info: Info,
    bodies: Vec<String>,
}

impl Header {
    /// Takes one line of the header block; false when it is not one.
    fn line(&mut self, text: &str) -> bool {
        let t = text.trim();
        if t.is_empty() || t.chars().all(|c| "-_*|=~. ".contains(c)) {
            return true;
        }
        if t.contains(" | ") {
            for cell in t.split(" | ") {
                self.cell(cell);
            }
            return true;
        }
        if let Some((place, date, year)) = place_date(t) {
            self.info.place = place;
            self.info.date = date;
            self.info.year = Some(year);
            return true;
        }
        if let Some(n) = draft_number(t) {
            if words(t) <= 5 {
                self.info.draft = Some(n);
                return true;
            }
        }
        if t.eq_ignore_ascii_case("ĐẢNG CỘNG SẢN VIỆT NAM")
            || t.to_uppercase() == "ĐẢNG CỘNG SẢN VIỆT NAM"
        {
            return true;
        }
        if t.starts_with('(') && t.ends_with(')') && words(t) >= 4 {
            self.info.subtitle = t[1..t.len() - 1].trim().to_string();
            return true;
        }
        let lower = t.to_lowercase();
        if matches!(
            lower.as_str(),
            "báo cáo" | "báo cáo chính trị" | "dự thảo báo cáo chính trị"
        ) {
            self.info.kind = Some(t.to_uppercase());
            return true;
        }
        if is_upper(t) {
            if BODY_PREFIXES.iter().any(|p| t.starts_with(p))
                && words(t) <= 12
                && self.info.title.is_empty()
            {
                self.bodies.extend(body_names(t));
                return true;
            }
            if words(t) >= 3
                && !matches!(
                    mark(t),
                    Mark::Letter(..) | Mark::Roman(..) | Mark::Num(..) | Mark::Part(..)
                )
            {
                if self.info.title.is_empty() {
                    self.info.title = t.to_string();
                } else if self.info.title != t && !self.info.title.contains(t) {
                    self.info.title = format!("{} {t}", self.info.title);
                }
                return true;
            }
        }
        false
    }

    /// One cell of a flattened or real header table.
    fn cell(&mut self, cell: &str) {
        let mut rest = cell.to_string();
        if let Some(n) = draft_number(&rest) {
            self.info.draft = Some(n);
            if let Some(i) = rest.find('(') {
                if rest[i..].to_lowercase().contains("dự thảo") {
                    rest.truncate(i);
                }
            }
        }
        for piece in rest.split('*') {
            let p = piece.trim();
            if p.is_empty() {
                continue;
            }
            if let Some((place, date, year)) = place_date(p) {
                self.info.place = place;
                self.info.date = date;
                self.info.year = Some(year);
            } else if p.to_uppercase() == "ĐẢNG CỘNG SẢN VIỆT NAM" {
            } else if is_upper(p) {
                self.bodies.extend(body_names(p));
            }
        }
    }
}

/// The congress number and the next term from a subtitle "… lần thứ VI,
/// nhiệm kỳ 2025- 2030".
fn congress_and_term(s: &str) -> (Option<u32>, Option<[i32; 2]>) {
    let lower = s.to_lowercase();
    let mut congress = None;
    let mut from = 0;
    while let Some(i) = lower[from..].find("lần thứ ") {
        let at = from + i + "lần thứ ".len();
        let word: String = s[at..]
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .collect();
        congress = roman_value(&word)
            .or_else(|| word.parse().ok())
            .or(congress);
        from = at;
    }
    (congress, term(&lower))
}

/// "nhiệm kỳ 2020 - 2025" → [2020, 2025].
fn term(lower: &str) -> Option<[i32; 2]> {
    let i = lower.find("nhiệm kỳ")?;
    let rest = &lower[i + "nhiệm kỳ".len()..];
    let digits: Vec<i32> = rest
        .split(|c: char| !c.is_ascii_digit())
        .filter(|d| d.len() == 4)
        .take(2)
        .filter_map(|d| d.parse().ok())
        .collect();
    match digits[..] {
        [a, b] if b > a && b - a <= 10 => Some([a, b]),
        _ => None,
    }
}

// ---------------------------------------------------------------- joining

/// Joins paragraphs a text extraction split in two: one that ends without
/// punctuation, followed by one that starts with a small letter.
pub fn join_broken(blocks: &mut Vec<Block>) -> usize {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut joined = 0;
    for b in blocks.drain(..) {
        if let Some(prev) = out.last_mut() {
            let ends_open = prev
                .text
                .chars()
                .last()
                .is_some_and(|c| c.is_alphanumeric() || c == ',');
            let starts_small = b.text.chars().next().is_some_and(|c| c.is_lowercase());
            if ends_open
                && starts_small
                && b.auto_label.is_none()
                && !is_upper(&prev.text)
                && matches!(mark(&b.text), Mark::Plain)
            {
                prev.text.push(' ');
                prev.text.push_str(&b.text);
                prev.partial |= b.partial || b.bold != prev.bold || b.italic != prev.italic;
                prev.bold &= b.bold;
                prev.italic &= b.italic;
                joined += 1;
                continue;
            }
        }
        out.push(b);
    }
    *blocks = out;
    joined
}

// ---------------------------------------------------------------- reading

/// The clauses "(1) … (2) …" of a paragraph, when it has at least two,
/// numbered from 1 in order.
fn clauses(text: &str) -> Option<(String, Vec<String>)> {
    let mut cuts = Vec::new();
    let mut k = 1;
    let mut from = 0;
    loop {
        let needle = format!("({k}) ");
        let Some(i) = text[from..].find(&needle) else {
            break;
        };
        let at = from + i;
        // at the start or after a space
        if at > 0 && !text[..at].ends_with(' ') {
            from = at + needle.len();
            continue;
        }
        cuts.push((at, needle.len()));
        from = at + needle.len();
        k += 1;
    }
    if cuts.len() < 2 {
        return None;
    }
    let before = text[..cuts[0].0].trim().to_string();
    let mut out = Vec::new();
    for (j, (at, len)) in cuts.iter().enumerate() {
        let end = cuts.get(j + 1).map(|c| c.0).unwrap_or(text.len());
        out.push(text[at + len..end].trim().to_string());
    }
    if out.iter().any(|c| c.is_empty()) {
        return None;
    }
    Some((before, out))
}

/// Where new paragraphs go.
#[derive(Clone, Copy, PartialEq)]
enum Open {
    Opening,
    PartTitle,
    Part,
    Chapter,
    Section,
    /// A node (the path in `node_path`).
    Node,
    /// The last target of the node.
    Target,
}

struct Builder {
    doc: Doc,
    open: Open,
    /// Indices of the open nodes from the section down.
    node_path: Vec<usize>,
    targets: u32,
}

impl Builder {
    fn part(&mut self) -> Option<&mut PartN> {
        self.doc.parts.last_mut()
    }
    fn chapter(&mut self) -> Option<&mut ChapterN> {
        self.part()?.chapters.last_mut()
    }
    fn section(&mut self) -> Option<&mut SectionN> {
        self.chapter()?.sections.last_mut()
    }
    /// The node at `path` under the current section.
    fn node_at(&mut self, depth: usize) -> Option<&mut NodeN> {
        let path = self.node_path.clone();
        let sec = self.section()?;
        let mut cur = sec.items.get_mut(*path.first()?)?;
        for &i in path.iter().take(depth).skip(1) {
            cur = cur.items.get_mut(i)?;
        }
        Some(cur)
    }
    fn deepest(&mut self) -> Option<&mut NodeN> {
        let d = self.node_path.len();
        if d == 0 {
            return None;
        }
        self.node_at(d)
    }

    /// The last paragraph of where paragraphs go now.
    fn last_paragraph(&mut self) -> Option<&mut P> {
        match self.open {
            Open::Opening => self.doc.opening.last_mut(),
            Open::PartTitle | Open::Part => self.part()?.intro.last_mut(),
            Open::Chapter => self.chapter()?.body.last_mut(),
            Open::Section => self.section()?.body.last_mut(),
            Open::Node => self.deepest()?.body.last_mut(),
            Open::Target => self.deepest()?.targets.last_mut()?.lines.last_mut(),
        }
    }

    fn paragraph(&mut self, p: P) {
        match self.open {
            Open::Opening => self.doc.opening.push(p),
            Open::PartTitle | Open::Part => {
                self.open = Open::Part;
                if let Some(part) = self.part() {
                    part.intro.push(p);
                }
            }
            Open::Chapter => {
                if let Some(c) = self.chapter() {
                    c.body.push(p);
                }
            }
            Open::Section => {
                if let Some(s) = self.section() {
                    s.body.push(p);
                }
            }
            Open::Node => {
                if let Some(n) = self.deepest() {
                    n.body.push(p);
                }
            }
            Open::Target => {
                if let Some(t) = self.deepest().and_then(|n| n.targets.last_mut()) {
                    t.lines.push(p);
                }
            }
        }
    }

    fn new_section(&mut self, stated: String, title: String, at: usize) {
        if self.chapter().is_none() {
            self.implicit_chapter(at);
        }
        if let Some(c) = self.chapter() {
            c.sections.push(SectionN {
                stated,
                title,
                body: Vec::new(),
                items: Vec::new(),
                at,
            });
        }
        self.node_path.clear();
        self.open = Open::Section;
    }

    fn implicit_chapter(&mut self, at: usize) {
        if let Some(p) = self.part() {
            p.chapters.push(ChapterN {
                stated: String::new(),
                title: String::new(),
                body: Vec::new(),
                sections: Vec::new(),
                at,
            });
        }
        self.doc.notes.push(Note {
            at,
            key: "import-note-no-chapter",
            args: vec![],
        });
    }

    fn node(&mut self, nums: Vec<u32>, label: String, rest: String, b: &Block) {
        if self.section().is_none() {
            // items right under a chapter: sections numbered like items
            self.new_section(label.trim_end_matches('.').to_string(), rest, b.at);
            return;
        }
        let depth = nums.len().max(1);
        let keep = (depth - 1).min(self.node_path.len());
        self.node_path.truncate(keep);
        let node = NodeN {
            stated: label.trim_end_matches('.').to_string(),
            kind: Kind::Text(String::new()),
            body: Vec::new(),
            items: Vec::new(),
            targets: Vec::new(),
            count: None,
            at: b.at,
            rest,
            lead_emph: if b.lead > 0 || b.bold || b.italic {
                Some(b.lead > label.chars().count() || b.bold || b.italic)
            } else {
                None
            },
        };
        let idx = if keep == 0 {
            let Some(s) = self.section() else { return };
            s.items.push(node);
            s.items.len() - 1
        } else {
            let Some(parent) = self.node_at(keep) else {
                return;
            };
            parent.items.push(node);
            parent.items.len() - 1
        };
        self.node_path.push(idx);
        self.open = Open::Node;
    }
}

/// Reads the draft's structure.
pub fn read(draft: &Draft) -> Result<Doc, Diagnostic> {
    let mut blocks = draft.blocks.clone();
    join_broken(&mut blocks);
    let mut header = Header {
        info: Info::default(),
        bodies: Vec::new(),
    };
    if let Some(table) = &draft.table {
        // cell by cell, column by column: the left column names the bodies
        let cols = table.iter().map(|r| r.len()).max().unwrap_or(0);
        for c in 0..cols {
            for row in table {
                if let Some(cell) = row.get(c) {
                    for p in cell {
                        header.cell(p);
                    }
                }
            }
        }
    }
    let mut doc = Doc::default();
    // the end mark: the paragraph that ends in "./."; what follows is not the report
    let end = blocks
        .iter()
        .position(|b| b.text.trim_end().ends_with("./."))
        .map(|i| i + 1)
        .unwrap_or(blocks.len());
    doc.ignored = blocks.len() - end;
    blocks.truncate(end);
    // the header block and the title lines
    let mut i = 0;
    while i < blocks.len() {
        let b = &blocks[i];
        if !matches!(mark(&b.text), Mark::Plain) {
            break;
        }
        if !header.line(&b.text) {
            break;
        }
        i += 1;
    }
    let mut info = header.info;
    if let Some(issuer) = header.bodies.last() {
        info.issuing_body = issuer.clone();
    }
    if header.bodies.len() >= 2 {
        info.superior_body = Some(header.bodies[header.bodies.len() - 2].clone());
    }
    let (congress, next_term) = congress_and_term(&info.subtitle);
    info.congress = congress;
    info.next_term = next_term;
    doc.info = info;
    let first_part = blocks[i..]
        .iter()
        .position(|b| matches!(mark(&b.text), Mark::Part(..)));
    let Some(first_part) = first_part else {
        let sample = blocks
            .get(i)
            .map(|b| b.text.chars().take(80).collect::<String>())
            .unwrap_or_default();
        return Err(Diagnostic::error(
            "import-outline",
            t!("import-no-outline", file = draft.path.display()),
        )
        .expected(t!("import-no-outline-expected"))
        .hint(t!("import-no-outline-hint", sample = sample)));
    };
    let mut bld = Builder {
        doc,
        open: Open::Opening,
        node_path: Vec::new(),
        targets: 0,
    };
    let body_start = i;
    let last = blocks.len();
    for (k, b) in blocks.iter().enumerate().skip(body_start) {
        // the closing paragraph: the one with the end mark, after the parts
        if k + 1 == last && b.text.trim_end().ends_with("./.") && k >= body_start + first_part {
            bld.doc.closing.push(P::text(&b.text, b));
            continue;
        }
        let m = mark(&b.text);
        // the part's title: the capitals after "Phần thứ …"
        if bld.open == Open::PartTitle && matches!(m, Mark::Plain) && is_upper(&b.text) {
            if let Some(p) = bld.part() {
                if !p.title.is_empty() {
                    p.title.push(' ');
                }
                p.title.push_str(&b.text);
            }
            continue;
        }
        match m {
            Mark::Part(_, stated, rest) => {
                bld.doc.parts.push(PartN {
                    stated,
                    title: rest,
                    intro: Vec::new(),
                    chapters: Vec::new(),
                    at: b.at,
                });
                bld.node_path.clear();
                bld.open = Open::PartTitle;
            }
            Mark::Letter(c, rest) if bld.doc.parts.is_empty() => {
                bld.paragraph(P::text(&format!("{c}. {rest}"), b));
            }
            Mark::Letter(c, rest) => {
                let chapters = bld.part().map(|p| p.chapters.len()).unwrap_or(0);
                let next_letter = (b'A' + chapters as u8) as char;
                let sections = bld.chapter().map(|c| c.sections.len()).unwrap_or(0);
                let as_roman = roman_value(&c.to_string());
                let is_section = match as_roman {
                    // "C." where "C" is the next chapter: a chapter; "I."
                    // after a chapter heading: a section
                    Some(n) => c != next_letter && (n as usize == sections + 1 || chapters > 0),
                    None => false,
                };
                if is_section {
                    bld.new_section(c.to_string(), rest, b.at);
                } else {
                    if let Some(p) = bld.part() {
                        p.chapters.push(ChapterN {
                            stated: c.to_string(),
                            title: rest,
                            body: Vec::new(),
                            sections: Vec::new(),
                            at: b.at,
                        });
                    }
                    bld.node_path.clear();
                    bld.open = Open::Chapter;
                }
            }
            Mark::Roman(_, stated, rest) if !bld.doc.parts.is_empty() => {
                bld.new_section(stated, rest, b.at);
            }
            Mark::Num(nums, label, rest) if !bld.doc.parts.is_empty() => {
                // "2. Bài học kinh nghiệm" right after "I. …" whose position
                // gives II.: a section numbered like an item
                let sections = bld.chapter().map(|c| c.sections.len()).unwrap_or(0);
                let in_section_without_items = bld.section().is_some_and(|s| s.items.is_empty());
                if nums.len() == 1
                    && nums[0] as usize == sections + 1
                    && nums[0] > 1
                    && in_section_without_items
                    && bld.node_path.is_empty()
                {
                    bld.new_section(nums[0].to_string(), rest, b.at);
                } else {
                    bld.node(nums, label, rest, b);
                }
            }
            Mark::Target(n, rest) if n == bld.targets + 1 && !bld.doc.parts.is_empty() => {
                bld.targets = n;
                if bld.deepest().is_none() {
                    // targets right under a section: a node without a heading holds them
                    if bld.section().is_none() {
                        bld.new_section(String::new(), String::new(), b.at);
                    }
                    let holder = NodeN {
                        stated: String::new(),
                        kind: Kind::Text(String::new()),
                        body: Vec::new(),
                        items: Vec::new(),
                        targets: Vec::new(),
                        count: None,
                        at: b.at,
                        rest: String::new(),
                        lead_emph: None,
                    };
                    if let Some(s) = bld.section() {
                        s.items.push(holder);
                        let i = s.items.len() - 1;
                        bld.node_path = vec![i];
                    }
                }
                if let Some(node) = bld.deepest() {
                    node.targets.push(Target {
                        stated: n,
                        text: rest,
                        lines: Vec::new(),
                        at: b.at,
                    });
                }
                bld.open = Open::Target;
            }
            Mark::Counted(k, rest) => {
                // "Một là, …" opens a run; "Hai là, …" goes on the run
                // before it; anything else stays text
                let goes_on = bld.last_paragraph().is_some_and(
                    |p| matches!(&p.kind, PKind::Counted(cs) if cs.len() as u32 + 1 == k && !p.bold),
                );
                if goes_on && !b.bold {
                    if let Some(PKind::Counted(cs)) = bld.last_paragraph().map(|p| &mut p.kind) {
                        cs.push((rest, b.at));
                    }
                } else if k == 1 {
                    bld.paragraph(P {
                        kind: PKind::Counted(vec![(rest, b.at)]),
                        ..P::text("", b)
                    });
                } else {
                    bld.paragraph(P::text(&b.text, b));
                }
            }
            _ => {
                let p = match clauses(&b.text) {
                    Some((before, cs)) => P {
                        kind: PKind::Clauses(before, cs),
                        ..P::text("", b)
                    },
                    None => P::text(&b.text, b),
                };
                bld.paragraph(p);
            }
        }
    }
    let mut doc = bld.doc;
    // the motto: the quoted words of the section named "phương châm"
    for part in &doc.parts {
        for c in &part.chapters {
            for s in &c.sections {
                if s.title.to_lowercase().contains("phương châm") {
                    if let Some(PKind::Text(t)) = s.body.first().map(|p| &p.kind) {
                        let inner = t
                            .trim()
                            .trim_end_matches('.')
                            .trim_matches(|c| matches!(c, '“' | '”' | '"'));
                        doc.info.motto = inner.to_string();
                    }
                }
            }
        }
    }
    if doc.info.previous_term.is_none() {
        doc.info.previous_term = doc
            .parts
            .first()
            .and_then(|p| term(&p.title.to_lowercase()))
            .or_else(|| doc.info.next_term.map(|[a, b]| [2 * a - b, a]));
    }
    if doc.info.next_term.is_none() {
        doc.info.next_term = doc
            .parts
            .get(1)
            .and_then(|p| term(&p.title.to_lowercase()))
            .or_else(|| doc.info.previous_term.map(|[a, b]| [b, 2 * b - a]));
    }
    for part in &mut doc.parts {
        for c in &mut part.chapters {
            for s in &mut c.sections {
                decide(&mut s.items);
            }
        }
    }
    Ok(doc)
}

/// A run-in heading's lead, if `rest` reads as "Heading: text".
fn run_in_split(rest: &str) -> Option<(String, String)> {
    let i = rest.find(':')?;
    let (head, text) = (rest[..i].trim(), rest[i + 1..].trim());
    if head.is_empty() || text.is_empty() || words(head) > 30 || head.contains(". ") {
        return None;
    }
    Some((head.to_string(), text.to_string()))
}

/// " (09 chỉ tiêu)" at the end of a heading: (count, word, padded).
fn count_suffix(title: &str) -> Option<(u32, String, bool, usize)> {
    let t = title.trim_end();
    if !t.ends_with(')') {
        return None;
    }
    let open = t.rfind(" (")?;
    let inner = &t[open + 2..t.len() - 1];
    let (num, word) = inner.split_once(' ')?;
    if num.is_empty() || !num.chars().all(|c| c.is_ascii_digit()) || word.is_empty() {
        return None;
    }
    Some((
        num.parse().ok()?,
        word.to_string(),
        num.len() >= 2 && num.starts_with('0'),
        open,
    ))
}

/// Decides how each node of a sibling group shows: run-in headings when
/// most of the group reads "Heading: text" (or Word's bold lead says so),
/// headings when they have something under them, numbered paragraphs
/// otherwise.
fn decide(nodes: &mut [NodeN]) {
    let emph_known = nodes.iter().any(|n| n.lead_emph.is_some());
    let typed_candidates = nodes
        .iter()
        .filter(|n| run_in_split(&n.rest).is_some())
        .count();
    let majority = typed_candidates * 2 > nodes.len();
    for n in nodes.iter_mut() {
        let split = run_in_split(&n.rest);
        let run_in = match (emph_known, &split) {
            (true, Some(_)) => n.lead_emph == Some(true),
            (false, Some(_)) => majority,
            _ => false,
        };
        if let (true, Some((head, text))) = (run_in, split) {
            n.kind = Kind::RunIn(head);
            n.body.insert(
                0,
                P {
                    kind: PKind::Text(text),
                    bold: false,
                    italic: false,
                    partial: false,
                    at: n.at,
                },
            );
        } else {
            let under = !n.body.is_empty() || !n.items.is_empty() || !n.targets.is_empty();
            let prose = words(&n.rest) > 30 && n.rest.ends_with(['.', ';']);
            let mut rest = n.rest.clone();
            if !n.targets.is_empty() {
                if let Some((count, word, padded, at)) = count_suffix(&rest) {
                    n.count = Some((count, word, padded));
                    rest.truncate(at);
                }
            }
            n.kind = if under && !prose {
                Kind::Heading(rest)
            } else {
                Kind::Text(rest)
            };
        }
        decide(&mut n.items);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks() {
        assert_eq!(
            mark("Phần thứ hai"),
            Mark::Part(2, "Phần thứ hai".into(), "".into())
        );
        assert_eq!(
            mark("A. NHỮNG KẾT QUẢ"),
            Mark::Letter('A', "NHỮNG KẾT QUẢ".into())
        );
        assert_eq!(mark("I. LÃNH ĐẠO"), Mark::Letter('I', "LÃNH ĐẠO".into()));
        assert_eq!(
            mark("II. LÃNH ĐẠO"),
            Mark::Roman(2, "II".into(), "LÃNH ĐẠO".into())
        );
        assert_eq!(
            mark("1.1. Sản xuất: Tổng"),
            Mark::Num(vec![1, 1], "1.1.".into(), "Sản xuất: Tổng".into())
        );
        assert_eq!(
            mark("2. Về văn hóa"),
            Mark::Num(vec![2], "2.".into(), "Về văn hóa".into())
        );
        assert_eq!(mark("(12) Tỉ lệ"), Mark::Target(12, "Tỉ lệ".into()));
        assert_eq!(
            mark("Hai là, đẩy mạnh"),
            Mark::Counted(2, "đẩy mạnh".into())
        );
        assert_eq!(mark("2025 là năm"), Mark::Plain);
        assert_eq!(
            mark("Năm là, coi trọng"),
            Mark::Counted(5, "coi trọng".into())
        );
    }

    #[test]
    fn header_lines() {
        assert_eq!(
            body_names("ĐẢNG BỘ HUYỆN NHƯ THANH ĐẢNG ỦY THỊ TRẤN BẾN SUNG"),
            vec!["ĐẢNG BỘ HUYỆN NHƯ THANH", "ĐẢNG ỦY THỊ TRẤN BẾN SUNG"]
        );
        assert_eq!(
            place_date("Bến Sung, ngày tháng năm 2025"),
            Some(("Bến Sung".into(), None, 2025))
        );
        assert_eq!(
            place_date("Bến Sung, ngày 05 tháng 02 năm 2025"),
            Some(("Bến Sung".into(), Some("2025-02-05".into()), 2025))
        );
        assert_eq!(draft_number("(Dự thảo lần 3)"), Some(3));
        assert_eq!(
            congress_and_term(
                "Báo cáo chính trị … lần thứ V tại Đại hội … lần thứ VI, nhiệm kỳ 2025- 2030"
            ),
            (Some(6), Some([2025, 2030]))
        );
    }

    #[test]
    fn clauses_and_counts() {
        assert_eq!(
            clauses("Đề ra: (1) Kinh tế. (2) Xã hội."),
            Some(("Đề ra:".into(), vec!["Kinh tế.".into(), "Xã hội.".into()]))
        );
        assert_eq!(clauses("chỉ (1) một"), None);
        assert_eq!(
            count_suffix("Chỉ tiêu về kinh tế (09 chỉ tiêu)"),
            Some((9, "chỉ tiêu".into(), true, "Chỉ tiêu về kinh tế".len()))
        );
    }
}
