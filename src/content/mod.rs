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

use crate::diag::{Diagnostic, Diagnostics};
use crate::t;

pub mod appendix;
pub mod fields;
pub mod schema;
mod source;
pub mod yaml;

pub use source::{Duplicate, Files, Locations, Source};

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
                f.write_str(NUMBER_EXPECTED)
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
                    .ok_or_else(|| E::custom(bad_number_message(&v.to_string())))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Num, E> {
                Err(E::custom(bad_number_message(v)))
            }
        }
        d.deserialize_any(V)
    }
}

impl schemars::JsonSchema for Num {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Number".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "number" })
    }
    fn inline_schema() -> bool {
        true
    }
}

/// What a number field expects, in serde's "expected …" messages: a token
/// [`yaml`] recognises and words from the catalog; never shown as it is.
pub const NUMBER_EXPECTED: &str =
    "a number written with a dot as decimal point and no thousands separator, like 2732.16";

/// The serde error for a number written as text (`2,732.16`, `2.732,16`,
/// `abc`): a token, not a message; [`yaml`] recognises it and words the
/// diagnostic from the catalog, with the corrected number.
pub fn bad_number_message(v: &str) -> String {
    format!("bad number `{v}`")
}

/// What a number written as text most likely means, where that is clear:
/// `2,732.16` and `2.732,16` → `2732.16`, `45,6` → `45.6`, `1,234,567` →
/// `1234567`. `None` for `abc`, or when the text could mean two numbers.
pub fn suggest_number(v: &str) -> Option<String> {
    let t: String = v
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_')
        .collect();
    let (sign, t) = match t.strip_prefix('-') {
        Some(r) => ("-", r.to_string()),
        None => ("", t),
    };
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        || !t.starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let dots = t.matches('.').count();
    let commas = t.matches(',').count();
    let groups_ok = |sep: char, s: &str| s.split(sep).skip(1).all(|g| g.len() == 3);
    let plain = match (dots, commas) {
        (0, 0) => t.clone(),
        // both: the last one is the decimal point
        (_, _) if dots > 0 && commas > 0 => {
            let (thousands, decimal) = if t.rfind('.') > t.rfind(',') {
                (',', '.')
            } else {
                ('.', ',')
            };
            let (int, frac) = t.rsplit_once(decimal)?;
            if int.contains(decimal) || !groups_ok(thousands, int) {
                return None;
            }
            format!("{}.{frac}", int.replace(thousands, ""))
        }
        // several of one kind: thousands separators
        (0, n) | (n, 0) if n > 1 => {
            let sep = if dots > 0 { '.' } else { ',' };
            if !groups_ok(sep, &t) {
                return None;
            }
            t.replace(sep, "")
        }
        // one comma: the Vietnamese decimal comma, unless it could be a thousands separator
        (0, 1) => {
            let (int, frac) = t.split_once(',')?;
            if frac.len() == 3 {
                return None;
            }
            format!("{int}.{frac}")
        }
        // one dot in a quoted text: 2.5 or 18.805, ambiguous when three digits follow
        (1, 0) => {
            let (_, frac) = t.split_once('.')?;
            if frac.len() == 3 {
                return None;
            }
            t.clone()
        }
        _ => return None,
    };
    let plain = plain.trim_start_matches('0');
    let plain = if plain.is_empty() || plain.starts_with('.') {
        format!("0{plain}")
    } else {
        plain.to_string()
    };
    Some(format!("{sign}{plain}"))
}

// ---------------------------------------------------------------- report.yaml

fn default_stem() -> String {
    "bao-cao-chinh-tri".into()
}
fn default_kind() -> String {
    "BÁO CÁO".into()
}

/// `report.yaml`: the document itself.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportFile {
    /// Who issues the report, its date and draft number, its title.
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
    /// The appendices (Phụ lục) after the report, in order: tables computed
    /// from the figures.
    #[serde(default)]
    pub appendices: Vec<appendix::AppendixSpec>,
}

#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentInfo {
    /// Output file stem; the draft number is appended (`-du-thao-lan-3`).
    #[serde(default = "default_stem")]
    pub stem: String,
    /// The body above the issuer (may be absent).
    #[serde(default)]
    pub superior_body: Option<String>,
    /// The body that issues the report, printed bold in the header:
    /// `ĐẢNG ỦY THỊ TRẤN BẾN SUNG`.
    pub issuing_body: String,
    /// The place on the date line: `Bến Sung, ngày … tháng … năm …`.
    pub place: String,
    /// `YYYY-MM-DD`; leave empty while the draft is undated.
    #[serde(default)]
    #[schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub date: Option<String>,
    /// The year printed on the date line while the date is blank.
    pub year: i32,
    /// The draft number ("Dự thảo lần N"); absent in the final version.
    #[serde(default)]
    pub draft: Option<u32>,
    /// The kind of document, printed above the title (default `BÁO CÁO`).
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
#[derive(Debug, Clone, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FormatSpec {
    /// The profile's name; default `36-HD/VPTW`.
    #[serde(default)]
    pub profile: Option<String>,
    /// Settings of the profile this report changes, e.g. `margin_left_mm: 35`.
    #[serde(default)]
    pub settings: crate::docx::ProfileOverrides,
}

/// One part (Phần thứ nhất, Phần thứ hai …) of the outline.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PartSpec {
    /// The part's name (a template), printed under "Phần thứ …".
    pub title: String,
    /// Slot for paragraphs between the part's name and its first chapter.
    #[serde(default)]
    pub intro: Option<String>,
    /// The chapters (A., B., C.) of the part.
    pub chapters: Vec<ChapterSpec>,
}

/// A chapter (A., B., C.) of a part.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChapterSpec {
    /// The chapter's heading, without its letter.
    pub title: String,
    /// A name for the list of sections the chapter's slot gives, so that a
    /// sentence can print how many there are: `{{ count.<id> }}`.
    #[serde(default)]
    pub id: Option<String>,
    /// A slot whose nodes become this chapter's sections (I., II.).
    #[serde(default)]
    pub slot: Option<String>,
    /// The sections (I., II.) of the chapter.
    #[serde(default)]
    pub sections: Vec<SectionSpec>,
}

/// A section (I., II.) of a chapter, filled from one slot.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SectionSpec {
    /// The section's heading, without its number.
    pub title: String,
    /// A name for the list of numbered nodes the slot gives this section,
    /// so that a sentence can print how many there are: `{{ count.<id> }}`.
    #[serde(default)]
    pub id: Option<String>,
    /// The slot of the section files that fills this section.
    pub slot: String,
}

// ---------------------------------------------------------------- section files

/// A section file (`economy.yaml`, …): the figures of its area and what it
/// contributes to each slot of the outline.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SectionFile {
    /// A human name for the area, used in messages and change summaries.
    pub title: String,
    /// The area's figures, by id. Sentences refer to them as `f.<id>`.
    /// Ids are lower-case ASCII letters, digits and `_`, and unique across
    /// all section files.
    #[serde(default, deserialize_with = "unique_map")]
    #[schemars(extend("propertyNames" = { "pattern": "^[a-z][a-z0-9_]*$" }))]
    pub figures: IndexMap<String, FigureSpec>,
    /// Material by slot name (slots are named in report.yaml's outline).
    #[serde(default, deserialize_with = "unique_map")]
    pub slots: IndexMap<String, Vec<Node>>,
}

/// A structured figure: one quantity the report states, with what it is
/// compared against. Whatever can be derived (percent of target, change
/// against the baseline, totals) is computed; a figure the draft states but
/// the data cannot reproduce exactly goes under `stated`.
#[derive(Debug, Clone, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FigureSpec {
    /// What the figure is, in words (for messages and change summaries).
    pub label: String,
    /// The value. May be left out when `parts` or `area`×`yield` give it.
    #[serde(default)]
    pub value: Option<Num>,
    /// The unit, as printed: `tỷ đồng`, `ha`, `%`.
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
    /// The year of `baseline` (default: the start of the previous term).
    #[serde(default)]
    pub baseline_year: Option<i32>,
    /// The resolution's target or the plan.
    #[serde(default)]
    pub target: Option<Num>,
    /// The whole this value is a count out of (`11/16` has `of: 16`).
    #[serde(default)]
    pub of: Option<Num>,
    /// The parts of a total, by name: a number, or the id of another figure.
    #[serde(default, deserialize_with = "unique_map")]
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
    /// Figures as the draft states them where they could be derived, by
    /// the name of the derived field (`value`, `pct_target`, `growth`, …;
    /// the properties below).
    #[serde(default, deserialize_with = "unique_btree")]
    #[schemars(schema_with = "stated_schema")]
    pub stated: BTreeMap<String, Num>,
    /// The draft states this figure also under another id: both must agree.
    #[serde(default)]
    pub same_as: Option<String>,
    /// "đạt"/"không đạt"/"vượt" as the draft words the result against the target.
    #[serde(default)]
    pub verdict: Option<Verdict>,
    /// The target is a ceiling, not a floor (a poverty rate, malnutrition):
    /// "đạt" means at or below the target, "vượt" below it.
    #[serde(default)]
    pub lower_is_better: bool,
    /// A count the draft states for a list of items (`03 chỉ tiêu … : a; b; c`).
    #[serde(default)]
    pub items: Vec<String>,
    /// Free text for editors; not printed.
    #[serde(default)]
    pub note: Option<String>,
}

/// A map whose keys must differ: serde's maps keep the last of two equal
/// keys silently, which would drop a figure or a slot's material.
pub(crate) fn unique_map<'de, D, V>(d: D) -> Result<IndexMap<String, V>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct Vis<V>(std::marker::PhantomData<V>);
    impl<'de, V: Deserialize<'de>> serde::de::Visitor<'de> for Vis<V> {
        type Value = IndexMap<String, V>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a map")
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(IndexMap::new())
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut m: A,
        ) -> Result<Self::Value, A::Error> {
            let mut out = IndexMap::new();
            while let Some(k) = m.next_key::<String>()? {
                if out.contains_key(&k) {
                    // a token [`yaml`] recognises, not a message
                    return Err(serde::de::Error::custom(format!("duplicate entry `{k}`")));
                }
                let v = m.next_value()?;
                out.insert(k, v);
            }
            Ok(out)
        }
    }
    d.deserialize_map(Vis(std::marker::PhantomData))
}

fn unique_btree<'de, D: Deserializer<'de>, V: Deserialize<'de>>(
    d: D,
) -> Result<BTreeMap<String, V>, D::Error> {
    unique_map(d).map(|m| m.into_iter().collect())
}

/// `stated:` takes the derived fields of [`fields::FIELDS`].
fn stated_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    // the descriptions are the catalog's (`content-field-figure-stated-<name>`)
    let props: serde_json::Map<String, serde_json::Value> = fields::derived()
        .map(|k| {
            (
                k.to_string(),
                serde_json::json!({ "type": "number", "description": k }),
            )
        })
        .collect();
    schemars::json_schema!({
        "description": "Figures as the draft states them where they could be derived; `check` compares each with the computed value.",
        "type": "object",
        "properties": props,
        "additionalProperties": false
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// "vượt": above the target.
    Exceeded,
    /// "đạt": at least the target.
    Met,
    /// "không đạt": below the target.
    NotMet,
}

/// What a part of a total expects, in serde's "expected …" messages (a
/// token, like [`NUMBER_EXPECTED`]).
pub const PART_VALUE_EXPECTED: &str = "a number, or the id of another figure";

/// A part of a total: a number, or the id of another figure.
#[derive(Debug, Clone)]
pub enum PartValue {
    Number(Num),
    Figure(String),
}

impl<'de> Deserialize<'de> for PartValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = PartValue;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(PART_VALUE_EXPECTED)
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<PartValue, E> {
                Ok(PartValue::Number(Num(Decimal::from(v))))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<PartValue, E> {
                Ok(PartValue::Number(Num(Decimal::from(v))))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<PartValue, E> {
                Num::deserialize(serde::de::value::F64Deserializer::new(v)).map(PartValue::Number)
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<PartValue, E> {
                // `'2,5'` is a mistyped number, not a figure id
                if v.starts_with(|c: char| c.is_ascii_digit() || c == '-') {
                    return Err(E::custom(bad_number_message(v)));
                }
                Ok(PartValue::Figure(v.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

impl schemars::JsonSchema for PartValue {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PartValue".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A part of the total: a number, or the id of another figure.",
            "anyOf": [
                { "type": "number" },
                { "type": "string", "pattern": "^[a-z][a-z0-9_]*$", "description": "The id of another figure." }
            ]
        })
    }
}

/// A node of the outline: a numbered heading (or a numbered paragraph),
/// its paragraphs, numbered children and targets.
#[derive(Debug, Clone, Default, Deserialize, schemars::JsonSchema)]
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
    /// A name for what this node lists (its numbered children, else its
    /// targets, else its counted paragraphs), so that a sentence anywhere
    /// can print how many there are: `{{ count.<id> | pad }}`.
    #[serde(default)]
    pub id: Option<String>,
}

/// A main target of Part Two: a sentence template about one figure.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
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
    /// Short names for other figures the sentence prints: `{ cnc: dat_cong_nghe_cao_2030 }`
    /// lets it write `{{ cnc | qty }}` for `{{ f.dat_cong_nghe_cao_2030 | qty }}`.
    #[serde(default, rename = "with", deserialize_with = "unique_map")]
    pub with: IndexMap<String, String>,
}

/// A paragraph: a template string, or a structured paragraph.
#[derive(Debug, Clone)]
pub enum Para {
    Text(String),
    Styled(StyledPara),
}

/// What a paragraph is, in serde's "expected …" messages (a token, like
/// [`NUMBER_EXPECTED`]).
pub const PARA_EXPECTED: &str =
    "a paragraph: a text, or a map with `text`, `clauses`, `counted`, `bold`, `figure` or `with`";

// Written out rather than `#[serde(untagged)]`, which would hide the
// mistake inside a structured paragraph (an unknown key, a wrong type)
// behind "data did not match any variant".
impl<'de> Deserialize<'de> for Para {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Para;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(PARA_EXPECTED)
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Para, E> {
                Ok(Para::Text(v.to_string()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Para, E> {
                Ok(Para::Text(v))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Para, E> {
                Ok(Para::Text(v.to_string()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Para, E> {
                Ok(Para::Text(v.to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Para, A::Error> {
                StyledPara::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(Para::Styled)
            }
        }
        d.deserialize_any(V)
    }
}

impl schemars::JsonSchema for Para {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Para".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let styled = g.subschema_for::<StyledPara>();
        schemars::json_schema!({
            "description": "A paragraph: a text (a template: `{{ f.<id>.value | num }}` prints a figure), or a map with `text`, `clauses`, `counted` or `bold`.",
            "anyOf": [
                { "type": "string" },
                styled
            ]
        })
    }
}

#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
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
    /// A figure whose fields the paragraph prints as plain names, as a
    /// target's: `{{ value | num }}`, `{{ unit }}`.
    #[serde(default)]
    pub figure: Option<String>,
    /// Short names for the figures the paragraph prints:
    /// `{ gtsx: gia_tri_san_xuat }` lets it write `{{ gtsx | qty }}` or
    /// `{{ gtsx.year }}` for `f.gia_tri_san_xuat`.
    #[serde(default, rename = "with", deserialize_with = "unique_map")]
    pub with: IndexMap<String, String>,
    /// The paragraph in italics.
    #[serde(default)]
    pub italic: bool,
}

// ---------------------------------------------------------------- loading

/// The whole content tree, as read.
#[derive(Debug, Clone)]
pub struct Content {
    pub dir: PathBuf,
    pub report: ReportFile,
    pub report_src: Source,
    /// Section files in `report.sections` order: (name, file, source).
    pub sections: Vec<(String, SectionFile, Source)>,
}

/// Reads a text file as UTF-8 (a byte-order mark is dropped) and
/// NFC-normalises it, so that text typed with combining accents matches
/// text typed precomposed. Diagnoses a file that cannot be read and
/// invalid UTF-8.
pub fn read_text(path: &Path, diags: &mut Diagnostics) -> Option<String> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            let mut d = Diagnostic::error(
                "io",
                t!(
                    "content-cannot-read",
                    path = path.display(),
                    reason = io_reason(&e)
                ),
            );
            if e.kind() == std::io::ErrorKind::NotFound {
                d = d.hint(t!(
                    "content-cannot-read-not-found-hint",
                    path = path.display()
                ));
            } else {
                d = d.hint(t!("content-cannot-read-hint"));
            }
            diags.push(d);
            return None;
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let bytes = e.as_bytes();
            let bad = e.utf8_error().valid_up_to();
            let good = &bytes[..bad];
            let line = good.iter().filter(|b| **b == b'\n').count() + 1;
            let line_start = good
                .iter()
                .rposition(|b| *b == b'\n')
                .map(|i| i + 1)
                .unwrap_or(0);
            let col = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
            let invalid = bytes
                .iter()
                .skip(bad)
                .take(e.utf8_error().error_len().unwrap_or(1));
            let shown: Vec<String> = invalid.map(|b| format!("0x{b:02X}")).collect();
            let shown = shown.join(" ");
            let count = String::from_utf8_lossy(bytes).matches('\u{FFFD}').count();
            let message = if count > 1 {
                t!("content-not-utf8-more", bytes = shown, more = count - 1)
            } else {
                t!("content-not-utf8", bytes = shown)
            };
            diags.push(
                Diagnostic::error("utf8", message)
                    .at(path, line, col)
                    .spanning(1)
                    .expected(t!("content-not-utf8-expected"))
                    .hint(t!("content-not-utf8-hint")),
            );
            return None;
        }
    };
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text);
    // A character XML 1.0 does not allow (C0 controls but tab and line
    // breaks, U+FFFE, U+FFFF) would make the DOCX malformed: refused here,
    // where it is typed, so every text of the content is clear of them.
    if let Some((line, col, c)) = first_forbidden_char(&text) {
        diags.push(
            Diagnostic::error(
                "bad-character",
                t!(
                    "content-bad-character",
                    code = format!("U+{:04X}", c as u32)
                ),
            )
            .at(path, line, col)
            .spanning(1)
            .expected(t!("content-bad-character-expected"))
            .hint(t!("content-bad-character-hint")),
        );
        return None;
    }
    Some(if is_nfc(&text) { text } else { nfc(&text) })
}

/// A character no text of a report may hold: what XML 1.0 does not allow
/// (C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF;
/// lone surrogates cannot occur in a `str`), and the C1 controls.
pub fn forbidden_char(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// Line, column (1-based) and the character of the first [`forbidden_char`].
fn first_forbidden_char(text: &str) -> Option<(usize, usize, char)> {
    for (i, line) in text.split('\n').enumerate() {
        if let Some((col, c)) = line.chars().enumerate().find(|(_, c)| forbidden_char(*c)) {
            return Some((i + 1, col + 1, c));
        }
    }
    None
}

/// `text` in NFC.
pub(crate) fn nfc(text: &str) -> String {
    if is_nfc(text) {
        text.to_string()
    } else {
        text.nfc().collect()
    }
}

/// Whether `text` is in NFC, as [`unicode_normalization::is_nfc`] says,
/// with the quick check spared the characters that fill Vietnamese text:
/// below U+0300 (ASCII and the Latin letters with their accents) and Latin
/// Extended Additional (U+1E00–U+1EFF: "ế", "ộ", "ữ"). Each of those is a
/// starter that NFC keeps (a test goes through every one), and leaving
/// starters out can only make the quick check stricter: a character that
/// could combine with one is a "maybe" and sends the text to the full check.
pub fn is_nfc(text: &str) -> bool {
    use unicode_normalization::{is_nfc_quick, IsNormalized};
    let plain = |c: &char| (*c as u32) < 0x300 || ('\u{1E00}'..='\u{1EFF}').contains(c);
    is_nfc_quick(text.chars().filter(|c| !plain(c))) == IsNormalized::Yes
        || unicode_normalization::is_nfc(text)
}

/// Why a file could not be read or written, in the user's language:
/// "không có tệp hoặc thư mục này" ("No such file or directory"); for a
/// kind the catalog does not name, the OS's reason without its error number.
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => t!("content-io-not-found"),
        K::PermissionDenied => t!("content-io-permission-denied"),
        K::NotADirectory => t!("content-io-not-a-directory"),
        K::IsADirectory => t!("content-io-is-a-directory"),
        K::AlreadyExists => t!("content-io-already-exists"),
        K::StorageFull => t!("content-io-storage-full"),
        K::QuotaExceeded => t!("content-io-quota-exceeded"),
        K::ReadOnlyFilesystem => t!("content-io-read-only"),
        K::DirectoryNotEmpty => t!("content-io-directory-not-empty"),
        K::InvalidFilename => t!("content-io-invalid-filename"),
        K::FileTooLarge => t!("content-io-file-too-large"),
        K::ResourceBusy | K::ExecutableFileBusy => t!("content-io-busy"),
        K::CrossesDevices => t!("content-io-crosses-devices"),
        K::TimedOut => t!("content-io-timed-out"),
        K::Interrupted => t!("content-io-interrupted"),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}

/// Reads a YAML file (see [`read_text`]) and maps where its values sit;
/// diagnoses tabs in indentation and keys written twice.
pub fn read_source(path: &Path, diags: &mut Diagnostics) -> Option<Source> {
    let text = read_text(path, diags)?;
    // YAML's parser takes time that grows with the square of the nesting
    // of `[` and `{`: a file nested deeper than any content needs is
    // refused before it is parsed.
    if let Some((line, col)) = too_deep(&text) {
        diags.push(
            Diagnostic::error("too-deep", t!("content-too-deep", depth = MAX_DEPTH))
                .at(path, line, col)
                .spanning(1)
                .expected(t!("content-too-deep-expected"))
                .hint(t!("content-too-deep-hint")),
        );
        return None;
    }
    // (line, column) of the first tab in each line's indentation
    let tabs: Vec<(usize, usize)> = text
        .lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
            line[..indent].find('\t').map(|pos| (i + 1, pos + 1))
        })
        .collect();
    if let Some((line, col)) = tabs.first() {
        let message = match tabs.len() {
            1 => t!("content-tab"),
            2 => t!("content-tab-one-more", line = tabs[1].0),
            n => t!(
                "content-tab-more",
                more = n - 1,
                lines = format!(
                    "{}{}",
                    tabs[1..]
                        .iter()
                        .take(5)
                        .map(|t| t.0.to_string())
                        .collect::<Vec<_>>()
                        .join(", "),
                    if n > 6 { ", …" } else { "" }
                )
            ),
        };
        diags.push(
            Diagnostic::error("tab", message)
                .at(path, *line, *col)
                .spanning(1)
                .expected(t!("content-tab-expected"))
                .hint(t!("content-tab-hint")),
        );
        return None;
    }
    Some(Source::new(path.to_path_buf(), text))
}

/// Deserialises a source into `T`, turning serde_yaml errors into located
/// diagnostics with what was expected and a hint (see [`crate::diag::yaml`]).
///
/// serde_yaml stops at the first error of a file; so that one run reports
/// every error it can find, the entry an error is in (the key, the list
/// item, the figure, as narrow as the error allows) is then left out of a
/// copy of the text — its lines turned into comments, so that every line
/// and column stays where it is — and the copy read again, until it reads
/// or an error cannot be left out (a YAML syntax error, a problem of the
/// whole file). What leaving an entry out causes itself (a required key
/// now missing) is not reported.
pub fn parse_yaml<T: serde::de::DeserializeOwned>(
    src: &Source,
    diags: &mut Diagnostics,
) -> Option<T> {
    // Keys written twice are errors of serde (struct fields) or of
    // `unique_map` (maps), so a file that reads has none; where they are is
    // worked out only then, from the locations.
    let e = match serde_yaml::from_str::<T>(&src.text) {
        Ok(v) => return Some(v),
        Err(e) => e,
    };
    let mut found = vec![yaml::from_serde(src, &e)];
    let mut text = src.text.clone();
    let mut left_out: Vec<String> = Vec::new();
    let mut last = yaml::error_path(&e);
    for _ in 0..MAX_ERRORS_PER_FILE {
        let Some(cut) = leave_out(src, &mut text, &last) else {
            break;
        };
        left_out.push(cut);
        let e = match serde_yaml::from_str::<T>(&text) {
            Ok(_) => break,
            Err(e) => e,
        };
        let path = yaml::error_path(&e);
        // what leaving an entry out causes: its map now lacks the key, or
        // its list or map is now empty
        let message = e.to_string();
        let caused = left_out.iter().any(|cut| {
            let (parent, key) = if cut.ends_with(']') {
                (cut.rsplit_once('[').map(|(p, _)| p).unwrap_or(""), "")
            } else {
                cut.rsplit_once('.').unwrap_or(("", cut.as_str()))
            };
            // a misspelt key left out: the key it stands for is now missing
            let misspelt = message
                .split_once("missing field `")
                .and_then(|(_, m)| m.split('`').next())
                .is_some_and(|m| !key.is_empty() && crate::diag::nearest(key, [m]).is_some());
            path == parent
                && ((!key.is_empty() && message.contains(&format!("missing field `{key}`")))
                    || misspelt
                    || message.contains("invalid type: unit value"))
        });
        if caused {
            break;
        }
        let d = yaml::from_serde(src, &e);
        if found
            .iter()
            .any(|f| f.message == d.message && f.span == d.span)
        {
            break;
        }
        found.push(d);
        last = path;
    }
    diags.extend(found);
    None
}

/// How many errors one file reports at most.
const MAX_ERRORS_PER_FILE: usize = 100;

/// Leaves the entry at YAML path `path` (or, when it shares its line with
/// others, the nearest entry above it that does not) out of `text` by
/// turning its lines into comments; the path left out. `None` when there
/// is nothing to leave out: the whole file, or an entry that cannot be
/// cut out of its lines.
fn leave_out(src: &Source, text: &mut String, path: &str) -> Option<String> {
    let mut path = path.to_string();
    loop {
        if path.is_empty() {
            return None;
        }
        let item = path.ends_with(']');
        let (line, col) = if item {
            src.positions().value(&path)?
        } else {
            src.positions().key(&path)?
        };
        let lines: Vec<&str> = text.lines().collect();
        let l = lines.get(line.checked_sub(1)?)?;
        let chars: Vec<char> = l.chars().collect();
        // where the entry starts: its key, or the `- ` of its item
        let start = if item {
            let mut c = col.saturating_sub(1);
            while c > 0 && chars.get(c - 1) == Some(&' ') {
                c -= 1;
            }
            (c > 0 && chars.get(c - 1) == Some(&'-')).then(|| c - 1)
        } else {
            Some(col.saturating_sub(1))
        };
        let before: String = start
            .map(|s| chars[..s.min(chars.len())].iter().collect())
            .unwrap_or_default();
        let alone = start.is_some() && before.trim_matches([' ', '-']).is_empty();
        if !alone {
            // inside `{ … }` or `[ … ]`: the entry around it
            path = parent_path(&path);
            continue;
        }
        let start = start.unwrap_or(0);
        let indent = |t: &str| t.chars().take_while(|c| *c == ' ').count();
        let mut end = line;
        while end < lines.len() {
            let t = lines[end];
            let trimmed = t.trim_start();
            if !trimmed.is_empty() && !trimmed.starts_with('#') && indent(t) <= start {
                break;
            }
            end += 1;
        }
        let mut out = String::with_capacity(text.len() + 64);
        for (i, t) in lines.iter().enumerate() {
            if i + 1 == line {
                // the line's `- ` of an enclosing item stays
                if before.trim().is_empty() {
                    out.push('#');
                    out.push_str(t);
                } else {
                    out.push_str(&before);
                    out.push_str(" #");
                    out.push_str(&chars[start..].iter().collect::<String>());
                }
            } else if i + 1 > line && i < end {
                out.push('#');
                out.push_str(t);
            } else {
                out.push_str(t);
            }
            out.push('\n');
        }
        *text = out;
        return Some(path);
    }
}

/// The path of the entry that holds the one at `path`.
fn parent_path(path: &str) -> String {
    match path.rfind(['.', '[']) {
        Some(i) => path[..i].to_string(),
        None => String::new(),
    }
}

impl Content {
    /// Reads `report.yaml` and the section files it lists. Every file is
    /// read and parsed, so the problems of all of them are reported
    /// together (serde_yaml stops at the first problem within a file); if
    /// report.yaml itself cannot be read, every other `.yaml` file of the
    /// directory is still checked. `None` when any file could not be used.
    pub fn load(dir: &Path, diags: &mut Diagnostics) -> Option<Content> {
        if !dir.is_dir() {
            let message = if dir.exists() {
                t!("content-dir-not-a-directory", dir = dir.display())
            } else {
                t!("content-dir-missing", dir = dir.display())
            };
            diags.push(Diagnostic::error("io", message).hint(t!("content-dir-hint")));
            return None;
        }
        let report_path = dir.join("report.yaml");
        let errors = |d: &Diagnostics| d.items.iter().filter(|d| d.is_error()).count();
        let failed_before = errors(diags);
        if let Some(problem) = outside_or_not_a_file(dir, &report_path) {
            diags.push(
                Diagnostic::error("bad-path", problem).hint(t!("content-section-not-a-file-hint")),
            );
            return None;
        }
        let (report, report_src) = if report_path.is_file() {
            let src = read_source(&report_path, diags);
            let report = src
                .as_ref()
                .and_then(|s| parse_yaml::<ReportFile>(s, diags));
            (report, src)
        } else {
            diags.push(
                Diagnostic::error("io", t!("content-no-report", dir = dir.display()))
                    .expected(t!("content-no-report-expected"))
                    .hint(t!("content-dir-hint")),
            );
            (None, None)
        };
        let Some(report) = report else {
            // Still check the section files, to report everything at once.
            for path in yaml_files(dir) {
                if path.file_name().is_some_and(|n| n == "report.yaml") {
                    continue;
                }
                if let Some(src) = read_source(&path, diags) {
                    let _ = parse_yaml::<SectionFile>(&src, diags);
                }
            }
            return None;
        };
        let report_src = report_src?;
        check_document(&report.document, &report_src, diags);
        check_characters(&report_src, diags);
        let mut to_read: Vec<(String, PathBuf)> = Vec::new();
        let mut seen = std::collections::HashMap::new();
        for (i, name) in report.sections.iter().enumerate() {
            // located only when there is something to report: locating
            // parses the file a second time
            let here = || report_src.loc(&format!("sections[{i}]"));
            if let Some(first) = seen.get(name) {
                diags.push(
                    Diagnostic::error("duplicate-id", t!("content-section-twice", name = name))
                        .at_loc(here())
                        .related(
                            t!("content-section-twice-first"),
                            report_src.loc(&format!("sections[{first}]")),
                        )
                        .expected(t!("content-section-twice-expected"))
                        .hint(t!("content-section-twice-hint")),
                );
                continue;
            }
            seen.insert(name.clone(), i);
            // a plain file name: `../x`, `/etc/x` or `sub/x` would read a
            // file outside the content folder (or the same file twice)
            if !is_plain_name(name) {
                let last = name.rsplit(['/', '\\']).next().unwrap_or("");
                let last = last.strip_suffix(".yaml").unwrap_or(last);
                let hint = if is_plain_name(last) && dir.join(format!("{last}.yaml")).is_file() {
                    t!("content-section-write-name", name = last)
                } else {
                    t!("content-section-not-a-name-hint")
                };
                diags.push(
                    Diagnostic::error("bad-path", t!("content-section-not-a-name", name = name))
                        .at_loc(here())
                        .expected(t!("content-section-not-a-name-expected"))
                        .hint(hint),
                );
                continue;
            }
            let path = dir.join(format!("{name}.yaml"));
            if let Some(problem) = outside_or_not_a_file(dir, &path) {
                diags.push(
                    Diagnostic::error("bad-path", problem)
                        .at_loc(here())
                        .expected(t!("content-section-missing-expected", name = name))
                        .hint(t!("content-section-not-a-file-hint")),
                );
                continue;
            }
            if !path.is_file() {
                let mut d = Diagnostic::error(
                    "missing-file",
                    t!("content-section-missing", path = path.display()),
                )
                .at_loc(here())
                .expected(t!("content-section-missing-expected", name = name));
                let names: Vec<String> = yaml_files(dir)
                    .iter()
                    .filter_map(|p| p.file_stem().and_then(|s| s.to_str()).map(str::to_string))
                    .filter(|n| n != "report" && !report.sections.contains(n))
                    .collect();
                let plain = name
                    .strip_suffix(".yaml")
                    .or_else(|| name.strip_suffix(".yml"));
                d = match (
                    plain,
                    crate::diag::nearest(name, names.iter().map(|s| s.as_str())),
                ) {
                    (Some(p), _) => d.hint(t!("content-section-without-yaml", name = p)),
                    (None, Some(n)) => d.hint(t!("content-section-did-you-mean", name = n)),
                    (None, None) => d.hint(t!("content-section-missing-hint")),
                };
                diags.push(d);
                continue;
            }
            to_read.push((name.clone(), path));
        }
        // The section files are parsed in parallel (serde_yaml is the
        // largest part of a build); their diagnostics in the order of
        // `sections:`.
        use rayon::prelude::*;
        let read: Vec<_> = to_read
            .into_par_iter()
            .map(|(name, path)| {
                let mut found = Diagnostics::default();
                let file = read_source(&path, &mut found).and_then(|src| {
                    parse_yaml::<SectionFile>(&src, &mut found).map(|f| (name, f, src))
                });
                (file, found)
            })
            .collect();
        let mut sections = Vec::new();
        for (file, found) in read {
            diags.extend(found.items);
            if let Some((_, _, src)) = &file {
                check_characters(src, diags);
            }
            sections.extend(file);
        }
        if errors(diags) > failed_before {
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

impl Content {
    /// The source a file path names: report.yaml or a section file.
    pub fn source(&self, file: &Path) -> Option<&Source> {
        std::iter::once(&self.report_src)
            .chain(self.sections.iter().map(|(_, _, src)| src))
            .find(|s| s.path == file)
    }
}

/// The document fields' values that the types alone do not rule out: a
/// congress number the Party's rules allow, a draft number from 1, terms
/// in order, a year of the Party's time, an output stem that is a plain
/// file name, and one line for the fields printed on one line.
fn check_document(d: &DocumentInfo, src: &Source, diags: &mut Diagnostics) {
    let mut bad = |key: &str, message: String, expected: String| {
        diags.push(
            Diagnostic::error("bad-value", message)
                .at_loc(src.loc(&format!("document.{key}")))
                .expected(expected),
        );
    };
    if !(1..=99).contains(&d.congress) {
        bad(
            "congress",
            t!("content-bad-congress", value = d.congress),
            t!("content-bad-congress-expected"),
        );
    }
    if d.draft == Some(0) {
        bad(
            "draft",
            t!("content-bad-draft"),
            t!("content-bad-draft-expected"),
        );
    }
    for (key, term) in [
        ("previous_term", d.previous_term),
        ("next_term", d.next_term),
    ] {
        if !(term[0] < term[1] && (1930..=2200).contains(&term[0])) {
            bad(
                key,
                t!("content-bad-term", from = term[0], to = term[1]),
                t!("content-bad-term-expected"),
            );
        }
    }
    if d.previous_term[1] > d.next_term[0] {
        bad(
            "next_term",
            t!(
                "content-terms-overlap",
                previous = format!("{} - {}", d.previous_term[0], d.previous_term[1]),
                next = format!("{} - {}", d.next_term[0], d.next_term[1])
            ),
            t!("content-terms-overlap-expected"),
        );
    }
    if !(1930..=2200).contains(&d.year) {
        bad(
            "year",
            t!("content-bad-year", value = d.year),
            t!("content-bad-year-expected"),
        );
    }
    let stem_ok = is_plain_name(&d.stem)
        && d.stem
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if !stem_ok {
        bad(
            "stem",
            t!("content-bad-stem", value = d.stem.escape_debug()),
            t!("content-bad-stem-expected"),
        );
    }
    let one_line = [
        ("superior_body", d.superior_body.as_deref().unwrap_or("")),
        ("issuing_body", d.issuing_body.as_str()),
        ("place", d.place.as_str()),
        ("kind", d.kind.as_str()),
    ];
    for (key, value) in one_line {
        // (a character no text may hold is said as that, at its value)
        if value.chars().any(|c| c.is_control() && !forbidden_char(c)) {
            bad(
                key,
                t!("content-not-one-line", key = key),
                t!("content-not-one-line-expected"),
            );
        }
    }
}

/// How deep `[` and `{` may nest, and a block's indentation go, in a
/// content file (the bundled report needs 2 and about 12).
const MAX_DEPTH: usize = 32;

/// Where a file first nests deeper than [`MAX_DEPTH`]: flow collections
/// (`[`, `{` outside quotes and comments) or indentation steps (columns ÷ 2).
fn too_deep(text: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    for (i, line) in text.lines().enumerate() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        if indent / 2 > MAX_DEPTH * 2 {
            return Some((i + 1, indent + 1));
        }
        let mut quote: Option<char> = None;
        for (col, c) in line.chars().enumerate() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') if depth > 0 => quote = Some(c),
                (None, '#') => break,
                (None, '[' | '{') => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Some((i + 1, col + 1));
                    }
                }
                (None, ']' | '}') => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    None
}

/// A value that holds a character no report may (see [`forbidden_char`])
/// written as a YAML escape (`"A\x01B"`, `"\uFFFE"`): an error at the
/// value. (Typed as itself, such a character is refused when the file is
/// read.)
fn check_characters(src: &Source, diags: &mut Diagnostics) {
    fn walk(v: &serde_yaml::Value, path: &mut String, out: &mut Vec<(String, char)>) {
        match v {
            serde_yaml::Value::String(s) => {
                if let Some(c) = s.chars().find(|c| forbidden_char(*c)) {
                    out.push((path.clone(), c));
                }
            }
            serde_yaml::Value::Sequence(items) => {
                for (i, x) in items.iter().enumerate() {
                    let len = path.len();
                    path.push_str(&format!("[{i}]"));
                    walk(x, path, out);
                    path.truncate(len);
                }
            }
            serde_yaml::Value::Mapping(m) => {
                for (k, x) in m {
                    let len = path.len();
                    if let Some(k) = k.as_str() {
                        if !path.is_empty() {
                            path.push('.');
                        }
                        path.push_str(k);
                    }
                    walk(x, path, out);
                    path.truncate(len);
                }
            }
            serde_yaml::Value::Tagged(t) => walk(&t.value, path, out),
            _ => {}
        }
    }
    // only a file with an escape can hold one
    if !src.text.contains('\\') {
        return;
    }
    let Ok(v) = serde_yaml::from_str::<serde_yaml::Value>(&src.text) else {
        return;
    };
    let mut found = Vec::new();
    walk(&v, &mut String::new(), &mut found);
    for (path, c) in found {
        diags.push(
            Diagnostic::error(
                "bad-character",
                t!(
                    "content-bad-character",
                    code = format!("U+{:04X}", c as u32)
                ),
            )
            .at_loc(src.loc(&path))
            .expected(t!("content-bad-character-expected"))
            .hint(t!("content-bad-character-escape-hint")),
        );
    }
}

/// A name `sections:` may list: a file name without a folder, not hidden.
fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && !name.contains(['/', '\\', '\0'])
        && !name.chars().any(char::is_control)
}

/// Why `path` (in the content folder `dir`) cannot be read as a content
/// file: a link that leads out of the folder, or something that is not a
/// regular file (a folder, a FIFO). `None` when it is fine or absent.
pub fn outside_or_not_a_file(dir: &Path, path: &Path) -> Option<String> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    if meta.file_type().is_symlink() {
        let target = std::fs::canonicalize(path).ok()?;
        let inside = std::fs::canonicalize(dir).is_ok_and(|d| target.starts_with(d));
        if !inside {
            return Some(t!("content-file-outside", path = path.display()));
        }
    }
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => Some(t!("content-file-is-a-folder", path = path.display())),
        Ok(m) if !m.is_file() => Some(t!("content-file-not-regular", path = path.display())),
        _ => None,
    }
}

/// The `.yaml` files of a directory, sorted by name.
fn yaml_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
                .filter(|p| outside_or_not_a_file(dir, p).is_none())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_characters_taken_as_nfc_are_starters_nfc_keeps() {
        use unicode_normalization::char::canonical_combining_class;
        let ranges = [0..0x300u32, 0x1E00..0x1F00];
        let mut n = 0;
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let s = c.to_string();
            assert!(unicode_normalization::is_nfc(&s), "U+{:04X}", c as u32);
            assert_eq!(canonical_combining_class(c), 0, "U+{:04X}", c as u32);
            n += 1;
        }
        assert_eq!(n, 0x300 + 0x100);
        // and a text of them only is NFC; anything else is looked at whole
        assert!(is_nfc("Đảng bộ phường Bến Sung, nhiệm kỳ 2025–2030"));
        assert!(!is_nfc("Đa\u{0309}ng"));
        assert!(!is_nfc("A\u{030A}"));
        assert!(!is_nfc("\u{212B}")); // Ångström sign → Å
        assert!(!is_nfc("e\u{0323}\u{0302}")); // e + dot below + circumflex → ệ
        assert!(!is_nfc("\u{1EC7}\u{0301}\u{0323}")); // marks out of order
        assert!(is_nfc("“Quy chế” – năm 2025…"));
        // and it agrees with the crate on every content file and test case
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in ["content", "tests/broken", "tests/fixtures"] {
            for e in walkdir::WalkDir::new(root.join(dir)) {
                let e = e.unwrap();
                if let Ok(t) = std::fs::read_to_string(e.path()) {
                    assert_eq!(is_nfc(&t), unicode_normalization::is_nfc(&t), "{e:?}");
                    let decomposed: String = t.nfd().collect();
                    let nfc = unicode_normalization::is_nfc(&decomposed);
                    assert_eq!(is_nfc(&decomposed), nfc, "{e:?} in NFD");
                }
            }
        }
    }

    #[test]
    fn numbers_as_text_are_rejected_with_a_hint() {
        let e = serde_yaml::from_str::<Num>("'2,732.16'")
            .unwrap_err()
            .to_string();
        assert!(e.contains("bad number `2,732.16`"), "{e}");
        assert_eq!(suggest_number("2,732.16").as_deref(), Some("2732.16"));
        assert_eq!(suggest_number("2.732,16").as_deref(), Some("2732.16"));
        assert_eq!(suggest_number("45,6").as_deref(), Some("45.6"));
        assert_eq!(suggest_number("1,234,567").as_deref(), Some("1234567"));
        assert_eq!(suggest_number("18.805.000").as_deref(), Some("18805000"));
        assert_eq!(suggest_number("2,732"), None);
        assert_eq!(suggest_number("abc"), None);
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
