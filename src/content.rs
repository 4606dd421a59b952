//! Stage 1 — reading the content: `report.yaml` and one YAML file per
//! section, deserialised with serde_yaml into the types below, with a map of
//! where every value sits in its file (for located diagnostics).
//!
//! The types are the content model that editors see; `docs/content.md` and
//! the README describe it for them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer};
use unicode_normalization::UnicodeNormalization;

use crate::diag::{Diagnostic, Diagnostics, Location};

// ---------------------------------------------------------------- numbers

/// A figure's number as written in YAML (`2732.16`, `18805`), kept exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Num(pub Decimal);

impl<'de> Deserialize<'de> for Num {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Num;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number written with a dot as decimal point and no thousands separator, like 2732.16")
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Num, E> {
                Ok(Num(Decimal::from(v)))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Num, E> {
                Ok(Num(Decimal::from(v)))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Num, E> {
                crate::format::decimal_from_f64(v)
                    .map(Num)
                    .ok_or_else(|| E::custom(format!("`{v}` is not a finite number")))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Num, E> {
                Err(E::custom(bad_number_message(v)))
            }
        }
        d.deserialize_any(V)
    }
}

/// The message for a number written as text (`2,732.16`, `2.732,16`, `abc`).
pub fn bad_number_message(v: &str) -> String {
    let looks_numeric = !v.is_empty()
        && v.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | ' '));
    if looks_numeric {
        let digits: String = v.chars().filter(|c| c.is_ascii_digit()).collect();
        format!(
            "bad number `{v}`: in YAML write numbers plainly, with a dot as decimal point and no thousands separator (for 2.732,16 write 2732.16; for 18.805 write 18805) — baocao writes the Vietnamese form itself [number {digits}]"
        )
    } else {
        format!("bad number `{v}`: expected a number such as 2732.16")
    }
}

// ---------------------------------------------------------------- report.yaml

fn default_stem() -> String {
    "bao-cao-chinh-tri".into()
}
fn default_kind() -> String {
    "BÁO CÁO".into()
}

/// `report.yaml`: the document itself.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportFile {
    pub document: DocumentInfo,
    /// The format profile of the DOCX and any settings that override it.
    #[serde(default)]
    pub format: FormatSpec,
    /// Paragraphs before Phần thứ nhất.
    #[serde(default)]
    pub opening: Vec<Para>,
    /// Paragraphs after the last part.
    #[serde(default)]
    pub closing: Vec<Para>,
    /// The section files, in the order their material appears within each
    /// part of the outline (file names without `.yaml`).
    pub sections: Vec<String>,
    /// The parts, chapters and sections of the report and which slot of the
    /// section files fills each of them.
    pub outline: Vec<PartSpec>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentInfo {
    /// Output file stem; the draft number is appended (`-du-thao-lan-3`).
    #[serde(default = "default_stem")]
    pub stem: String,
    /// The body above the issuer (may be absent).
    #[serde(default)]
    pub superior_body: Option<String>,
    pub issuing_body: String,
    pub place: String,
    /// `YYYY-MM-DD`; leave empty while the draft is undated.
    #[serde(default)]
    pub date: Option<String>,
    /// The year printed on the date line while the date is blank.
    pub year: i32,
    /// The draft number ("Dự thảo lần N"); absent in the final version.
    #[serde(default)]
    pub draft: Option<u32>,
    #[serde(default = "default_kind")]
    pub kind: String,
    /// Number of the congress this report goes to (6 → "lần thứ VI").
    pub congress: u32,
    /// The term that ends: `[2020, 2025]`.
    pub previous_term: [i32; 2],
    /// The term that starts: `[2025, 2030]`.
    pub next_term: [i32; 2],
    /// The title (the congress slogan).
    pub title: String,
    /// The subtitle, without its parentheses (a template).
    pub subtitle: String,
    /// The congress motto ("phương châm").
    pub motto: String,
}

/// `format:` in report.yaml: the named profile and the settings this
/// report overrides (see `crate::docx::ProfileOverrides`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormatSpec {
    /// The profile's name; default `36-HD/VPTW`.
    #[serde(default)]
    pub profile: Option<String>,
    #[serde(default)]
    pub settings: crate::docx::ProfileOverrides,
}

/// One part (Phần thứ nhất, Phần thứ hai …) of the outline.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartSpec {
    /// The part's name (a template), printed under "Phần thứ …".
    pub title: String,
    /// Slot for paragraphs between the part's name and its first chapter.
    #[serde(default)]
    pub intro: Option<String>,
    pub chapters: Vec<ChapterSpec>,
}

/// A chapter (A., B., C.) of a part.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChapterSpec {
    pub title: String,
    /// A slot whose nodes become this chapter's sections (I., II.).
    #[serde(default)]
    pub slot: Option<String>,
    #[serde(default)]
    pub sections: Vec<SectionSpec>,
}

/// A section (I., II.) of a chapter, filled from one slot.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionSpec {
    pub title: String,
    pub slot: String,
}

// ---------------------------------------------------------------- section files

/// A section file (`economy.yaml`, …): the figures of its area and what it
/// contributes to each slot of the outline.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionFile {
    /// A human name for the area, used in messages and change summaries.
    pub title: String,
    /// The area's figures, by id. Sentences refer to them as `f.<id>`.
    #[serde(default)]
    pub figures: IndexMap<String, FigureSpec>,
    /// Material by slot name (slots are named in report.yaml's outline).
    #[serde(default)]
    pub slots: IndexMap<String, Vec<Node>>,
}

/// A structured figure: one quantity the report states, with what it is
/// compared against. Whatever can be derived (percent of target, change
/// against the baseline, totals) is computed; a figure the draft states but
/// the data cannot reproduce exactly goes under `stated`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureSpec {
    /// What the figure is, in words (for messages and change summaries).
    pub label: String,
    /// The value. May be left out when `parts` or `area`×`yield` give it.
    #[serde(default)]
    pub value: Option<Num>,
    #[serde(default)]
    pub unit: Option<String>,
    /// The year the value refers to.
    #[serde(default)]
    pub year: Option<i32>,
    /// An estimate ("ước đạt") rather than a final figure ("đạt").
    #[serde(default)]
    pub estimate: bool,
    /// The value in the baseline year (by default the start of the previous term, 2020).
    #[serde(default)]
    pub baseline: Option<Num>,
    #[serde(default)]
    pub baseline_year: Option<i32>,
    /// The resolution's target or the plan.
    #[serde(default)]
    pub target: Option<Num>,
    /// The whole this value is a count out of (`11/16` has `of: 16`).
    #[serde(default)]
    pub of: Option<Num>,
    /// The parts of a total, by name: a number, or the id of another figure.
    #[serde(default)]
    pub parts: IndexMap<String, PartValue>,
    /// Area (ha) of a crop; with `yield` gives the output.
    #[serde(default)]
    pub area: Option<Num>,
    /// Yield per unit of area; `output = area × yield × yield_scale`.
    #[serde(default, rename = "yield")]
    pub yield_: Option<Num>,
    /// Converts area × yield to the output's unit; 0.1 turns ha × tạ/ha into tấn.
    #[serde(default)]
    pub yield_scale: Option<Num>,
    /// The target for the average annual growth rate (`growth`), in % a year.
    #[serde(default)]
    pub growth_target: Option<Num>,
    /// Number of years the value is spread over; gives `per_year`.
    #[serde(default)]
    pub years: Option<Num>,
    /// Figures as the draft states them where they could be derived:
    /// `value`, `change`, `change_pct`, `pct_baseline`, `pct_target`,
    /// `over_target`, `over_target_pct`, `pct_of`, `growth`, `output`.
    #[serde(default)]
    pub stated: BTreeMap<String, Num>,
    /// The draft states this figure also under another id: both must agree.
    #[serde(default)]
    pub same_as: Option<String>,
    /// "đạt"/"không đạt"/"vượt" as the draft words the result against the target.
    #[serde(default)]
    pub verdict: Option<Verdict>,
    /// A count the draft states for a list of items (`03 chỉ tiêu … : a; b; c`).
    #[serde(default)]
    pub items: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// "vượt": above the target.
    Exceeded,
    /// "đạt": at least the target.
    Met,
    /// "không đạt": below the target.
    NotMet,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum PartValue {
    Number(Num),
    Figure(String),
}

/// A node of the outline: a numbered heading (or a numbered paragraph),
/// its paragraphs, numbered children and targets.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Node {
    /// The heading, without its number (the number is computed).
    #[serde(default)]
    pub heading: Option<String>,
    /// The heading runs into the first paragraph: "1.1. Heading: text".
    #[serde(default)]
    pub run_in: bool,
    /// A numbered paragraph with no heading: "1.1. text".
    #[serde(default)]
    pub text: Option<String>,
    /// The number as the draft states it, where it differs from the
    /// computed one; printed as stated and reported by `check`.
    #[serde(default)]
    pub number: Option<String>,
    /// Paragraphs (templates).
    #[serde(default)]
    pub body: Vec<Para>,
    /// Numbered children.
    #[serde(default)]
    pub items: Vec<Node>,
    /// Main targets, numbered (1)…(n) across the whole report.
    #[serde(default)]
    pub targets: Vec<Target>,
    /// Word counted in the heading's count: "(10 chỉ tiêu)".
    #[serde(default)]
    pub count_label: Option<String>,
}

/// A main target of Part Two: a sentence template about one figure.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// The figure the target states (its fields are the template's variables).
    #[serde(default)]
    pub figure: Option<String>,
    /// The sentence, without its number.
    pub text: String,
    /// Further lines of the same target (sub-figures).
    #[serde(default)]
    pub lines: Vec<String>,
}

/// A paragraph: a template string, or a structured paragraph.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Para {
    Text(String),
    Styled(StyledPara),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StyledPara {
    /// The paragraph text; with `clauses`, the words before them.
    #[serde(default)]
    pub text: Option<String>,
    /// Clauses numbered inline "(1) … (2) …" after `text`, in one paragraph.
    #[serde(default)]
    pub clauses: Vec<String>,
    /// Paragraphs introduced by counting words: "Một là, …", "Hai là, …".
    #[serde(default)]
    pub counted: Vec<String>,
    #[serde(default)]
    pub bold: bool,
}

// ---------------------------------------------------------------- locations

/// Where each value of a YAML file sits: a path like
/// `slots.results[0].body[2]` → line and column (1-based).
#[derive(Debug, Clone, Default)]
pub struct Locations {
    map: BTreeMap<String, (usize, usize)>,
}

impl Locations {
    pub fn parse(src: &str) -> Locations {
        use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
        use yaml_rust2::scanner::Marker;
        enum Frame {
            Map {
                key: Option<String>,
                expecting_key: bool,
            },
            Seq {
                index: usize,
            },
        }
        struct R {
            stack: Vec<(String, Frame)>,
            map: BTreeMap<String, (usize, usize)>,
        }
        impl R {
            fn child_path(&mut self) -> Option<String> {
                let (path, frame) = self.stack.last_mut()?;
                match frame {
                    Frame::Map { key, expecting_key } => {
                        if *expecting_key {
                            None
                        } else {
                            let k = key.clone().unwrap_or_default();
                            Some(if path.is_empty() {
                                k
                            } else {
                                format!("{path}.{k}")
                            })
                        }
                    }
                    Frame::Seq { index } => Some(format!("{path}[{index}]")),
                }
            }
            fn after_value(&mut self) {
                if let Some((_, frame)) = self.stack.last_mut() {
                    match frame {
                        Frame::Map { expecting_key, .. } => *expecting_key = true,
                        Frame::Seq { index } => *index += 1,
                    }
                }
            }
        }
        impl MarkedEventReceiver for R {
            fn on_event(&mut self, ev: Event, m: Marker) {
                let pos = (m.line(), m.col() + 1);
                match ev {
                    Event::Scalar(v, ..) => {
                        let is_key = matches!(
                            self.stack.last(),
                            Some((
                                _,
                                Frame::Map {
                                    expecting_key: true,
                                    ..
                                }
                            ))
                        );
                        if is_key {
                            let path = {
                                let (p, _) = self.stack.last().unwrap();
                                if p.is_empty() {
                                    v.clone()
                                } else {
                                    format!("{p}.{v}")
                                }
                            };
                            self.map.insert(format!("{path}#key"), pos);
                            if let Some((_, Frame::Map { key, expecting_key })) =
                                self.stack.last_mut()
                            {
                                *key = Some(v);
                                *expecting_key = false;
                            }
                        } else {
                            if let Some(p) = self.child_path() {
                                self.map.insert(p, pos);
                            } else if self.stack.is_empty() {
                                self.map.insert(String::new(), pos);
                            }
                            self.after_value();
                        }
                    }
                    Event::MappingStart(..) | Event::SequenceStart(..) => {
                        let path = if self.stack.is_empty() {
                            String::new()
                        } else {
                            self.child_path().unwrap_or_default()
                        };
                        self.map.entry(path.clone()).or_insert(pos);
                        let frame = if matches!(ev, Event::MappingStart(..)) {
                            Frame::Map {
                                key: None,
                                expecting_key: true,
                            }
                        } else {
                            Frame::Seq { index: 0 }
                        };
                        self.stack.push((path, frame));
                    }
                    Event::MappingEnd | Event::SequenceEnd => {
                        self.stack.pop();
                        self.after_value();
                    }
                    _ => {}
                }
            }
        }
        let mut r = R {
            stack: Vec::new(),
            map: BTreeMap::new(),
        };
        let mut p = Parser::new_from_str(src);
        let _ = p.load(&mut r, false);
        Locations { map: r.map }
    }

    /// The position of the value at `path`, or of its nearest ancestor.
    pub fn value(&self, path: &str) -> Option<(usize, usize)> {
        let mut p = path.to_string();
        loop {
            if let Some(v) = self.map.get(&p) {
                return Some(*v);
            }
            let cut = p.rfind(['.', '['])?;
            p.truncate(cut);
        }
    }

    /// The position of the key of the entry at `path`.
    pub fn key(&self, path: &str) -> Option<(usize, usize)> {
        self.map
            .get(&format!("{path}#key"))
            .copied()
            .or_else(|| self.value(path))
    }
}

// ---------------------------------------------------------------- loading

/// A content file as read: its path, text and locations.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: PathBuf,
    pub text: String,
    /// Computed on first use: only a run that reports something needs them.
    locations: std::sync::OnceLock<Locations>,
}

impl Source {
    pub fn new(path: PathBuf, text: String) -> Source {
        Source {
            path,
            text,
            locations: std::sync::OnceLock::new(),
        }
    }
    /// Where each value of the file sits.
    pub fn locations(&self) -> &Locations {
        self.locations.get_or_init(|| Locations::parse(&self.text))
    }
    pub fn loc(&self, path: &str) -> Option<Location> {
        self.locations().value(path).map(|(line, column)| Location {
            file: self.path.clone(),
            line,
            column,
        })
    }
    pub fn key_loc(&self, path: &str) -> Option<Location> {
        self.locations().key(path).map(|(line, column)| Location {
            file: self.path.clone(),
            line,
            column,
        })
    }
}

/// The whole content tree, as read.
#[derive(Debug, Clone)]
pub struct Content {
    pub dir: PathBuf,
    pub report: ReportFile,
    pub report_src: Source,
    /// Section files in `report.sections` order: (name, file, source).
    pub sections: Vec<(String, SectionFile, Source)>,
}

/// Reads a file as UTF-8 and NFC-normalises it; diagnoses a missing file
/// and invalid UTF-8.
pub fn read_text(path: &Path, diags: &mut Diagnostics) -> Option<String> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            let mut d = Diagnostic::error("io", format!("cannot read {}: {e}", path.display()));
            d = d.at(path, 1, 1);
            if e.kind() == std::io::ErrorKind::NotFound {
                d = d.hint(format!(
                    "create {} or check the --content directory",
                    path.display()
                ));
            }
            diags.push(d);
            return None;
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line = good.iter().filter(|b| **b == b'\n').count() + 1;
            let col = String::from_utf8_lossy(
                &good[good
                    .iter()
                    .rposition(|b| *b == b'\n')
                    .map(|i| i + 1)
                    .unwrap_or(0)..],
            )
            .chars()
            .count()
                + 1;
            diags.push(
                Diagnostic::error("utf8", "the file is not valid UTF-8")
                    .at(path, line, col)
                    .expected("UTF-8 text")
                    .hint("save the file as UTF-8 (in VS Code: “Save with Encoding” → UTF-8); Windows-1258 or TCVN3 text must be converted"),
            );
            return None;
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_string();
    let text: String = if unicode_normalization::is_nfc(&text) {
        text
    } else {
        text.nfc().collect()
    };
    Some(text)
}

/// Reads a YAML content file ([`read_text`]) and diagnoses tabs in indentation.
pub fn read_source(path: &Path, diags: &mut Diagnostics) -> Option<Source> {
    let text = read_text(path, diags)?;
    let mut tab_found = false;
    for (i, line) in text.lines().enumerate() {
        let indent: String = line
            .chars()
            .take_while(|c| *c == ' ' || *c == '\t')
            .collect();
        if let Some(pos) = indent.find('\t') {
            diags.push(
                Diagnostic::error("tab", "a tab in indentation")
                    .at(path, i + 1, pos + 1)
                    .expected("spaces for indentation (YAML does not allow tabs)")
                    .hint(
                        "replace the tab with spaces; in VS Code: “Convert Indentation to Spaces”",
                    ),
            );
            tab_found = true;
        }
    }
    if tab_found {
        return None;
    }
    Some(Source::new(path.to_path_buf(), text))
}

/// Deserialises a source into `T`, turning serde_yaml errors into located
/// diagnostics with a hint (nearest valid key for an unknown one).
pub fn parse_yaml<T: serde::de::DeserializeOwned>(
    src: &Source,
    diags: &mut Diagnostics,
) -> Option<T> {
    // Duplicate keys are reported by serde_yaml as errors too.
    match serde_yaml::from_str::<T>(&src.text) {
        Ok(v) => Some(v),
        Err(e) => {
            diags.push(yaml_error(src, &e));
            None
        }
    }
}

fn yaml_error(src: &Source, e: &serde_yaml::Error) -> Diagnostic {
    let msg = e.to_string();
    // serde_yaml appends " at line L column C"; keep the message clean.
    let clean = match msg.find(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.clone(),
    };
    let (line, col) = e
        .location()
        .map(|l| (l.line(), l.column()))
        .unwrap_or((1, 1));
    let mut d = Diagnostic::error("yaml", clean.clone()).at(&src.path, line, col);
    if let Some(rest) = clean.split("unknown field `").nth(1) {
        let field = rest.split('`').next().unwrap_or("");
        let expected: Vec<&str> = rest
            .split("expected ")
            .nth(1)
            .map(|s| {
                s.split(['`', ',', ' '])
                    .filter(|w| !w.is_empty() && *w != "one" && *w != "of" && *w != "or")
                    .collect()
            })
            .unwrap_or_default();
        d.code = "unknown-key";
        d.message = format!("unknown key `{field}`");
        d = d.expected(format!("one of: {}", expected.join(", ")));
        if let Some(n) = crate::diag::nearest(field, expected.iter().copied()) {
            d = d.hint(format!("did you mean `{n}`?"));
        } else {
            d = d.hint("remove the key or check its spelling and indentation");
        }
    } else if clean.contains("missing field `") {
        let field = clean.split('`').nth(1).unwrap_or("");
        d.code = "missing-key";
        d.message = format!("missing required key `{field}`");
        d = d
            .expected(format!("a `{field}:` entry here"))
            .hint(format!("add `{field}: …` (see the README's content map)"));
    } else if clean.contains("bad number") {
        d.code = "bad-number";
        let digits = clean
            .split("[number ")
            .nth(1)
            .and_then(|s| s.split(']').next())
            .unwrap_or("");
        d.message = clean.split(" [number").next().unwrap_or(&clean).to_string();
        d.message = d
            .message
            .split(": in YAML")
            .next()
            .unwrap_or(&d.message)
            .to_string();
        d = d.expected("a plain YAML number, like 2732.16").hint(if digits.is_empty() {
            "write the number without quotes, with a dot as decimal point".to_string()
        } else {
            "in YAML write numbers plainly: a dot as decimal point and no thousands separator (2.732,16 is written 2732.16); baocao prints the Vietnamese form".to_string()
        });
    } else if clean.contains("invalid type") {
        d.code = "wrong-type";
        let exp = clean.split("expected ").nth(1).unwrap_or("").to_string();
        d = d
            .expected(exp)
            .hint("check the value's kind: text, number, list (`- item`) or map (`key: value`)");
    } else if clean.contains("duplicate") {
        d.code = "duplicate-key";
        d = d.hint("each key may appear once in a map; merge the two entries or rename one");
    } else if clean.contains("did not find expected")
        || clean.contains("mapping values are not allowed")
        || clean.contains("could not find expected")
        || clean.contains("found character")
    {
        d.code = "yaml-syntax";
        d = d
            .expected("well-formed YAML")
            .hint("check indentation and quoting: a text containing `: ` or starting with a special character must be quoted or written as a block (`>-`)");
    }
    d
}

impl Content {
    /// Reads `report.yaml` and the section files it lists. All problems are
    /// collected in `diags`; `None` when the content cannot be used.
    pub fn load(dir: &Path, diags: &mut Diagnostics) -> Option<Content> {
        if !dir.is_dir() {
            diags.push(
                Diagnostic::error(
                    "io",
                    format!("content directory {} does not exist", dir.display()),
                )
                .hint("pass --content DIR, the folder that holds report.yaml"),
            );
            return None;
        }
        let report_path = dir.join("report.yaml");
        let report_src = read_source(&report_path, diags)?;
        let report: Option<ReportFile> = parse_yaml(&report_src, diags);
        let report = report?;
        let mut sections = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (i, name) in report.sections.iter().enumerate() {
            if !seen.insert(name.clone()) {
                diags.push(
                    Diagnostic::error("duplicate-id", format!("section `{name}` is listed twice"))
                        .at_loc(report_src.loc(&format!("sections[{i}]")))
                        .hint("list each section file once"),
                );
                continue;
            }
            let path = dir.join(format!("{name}.yaml"));
            if !path.exists() {
                let mut d = Diagnostic::error(
                    "missing-file",
                    format!("section file {} does not exist", path.display()),
                )
                .at_loc(report_src.loc(&format!("sections[{i}]")))
                .expected(format!("a file {name}.yaml beside report.yaml"));
                let names: Vec<String> = std::fs::read_dir(dir)
                    .map(|rd| {
                        rd.filter_map(|e| e.ok())
                            .filter_map(|e| e.file_name().into_string().ok())
                            .filter_map(|n| n.strip_suffix(".yaml").map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default();
                d = match crate::diag::nearest(name, names.iter().map(|s| s.as_str())) {
                    Some(n) => d.hint(format!("did you mean `{n}`?")),
                    None => d.hint("create the file or remove it from `sections`"),
                };
                diags.push(d);
                continue;
            }
            let Some(src) = read_source(&path, diags) else {
                continue;
            };
            if let Some(file) = parse_yaml::<SectionFile>(&src, diags) {
                sections.push((name.clone(), file, src));
            }
        }
        if diags.has_errors() {
            return None;
        }
        Some(Content {
            dir: dir.to_path_buf(),
            report,
            report_src,
            sections,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_follow_paths() {
        let src = "a: 1\nb:\n  c:\n    - x\n    - >-\n      long\n      text\n  d: 4\n";
        let l = Locations::parse(src);
        assert_eq!(l.value("a"), Some((1, 4)));
        assert_eq!(l.value("b.c[0]"), Some((4, 7)));
        // a block scalar is located at its first line of text
        assert_eq!(l.value("b.c[1]").map(|p| p.0), Some(6));
        assert_eq!(l.value("b.d"), Some((8, 6)));
        assert_eq!(l.key("b.d"), Some((8, 3)));
        // unknown child falls back to its parent
        assert_eq!(l.value("b.c[1].zzz").map(|p| p.0), Some(6));
    }

    #[test]
    fn numbers_as_text_are_rejected_with_a_hint() {
        let e = serde_yaml::from_str::<Num>("'2,732.16'")
            .unwrap_err()
            .to_string();
        assert!(e.contains("bad number `2,732.16`"), "{e}");
        assert!(e.contains("2732.16"), "{e}");
        let e = serde_yaml::from_str::<Num>("abc").unwrap_err().to_string();
        assert!(e.contains("bad number `abc`"), "{e}");
        assert_eq!(
            serde_yaml::from_str::<Num>("2732.16")
                .unwrap()
                .0
                .to_string(),
            "2732.16"
        );
        assert_eq!(
            serde_yaml::from_str::<Num>("18805").unwrap().0.to_string(),
            "18805"
        );
    }
}
