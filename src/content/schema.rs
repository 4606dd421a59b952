//! JSON Schemas of the content files, generated from the content types of
//! [`crate::content`]. `baocao schema` writes them; the bundled content
//! files name them in their first line, so that VS Code with the YAML
//! extension (yaml-language-server) completes keys, validates as you type
//! and shows what each key means. See docs/editor.md.
//!
//! The descriptions editors show on hover are messages of the catalog, in
//! the current language: `content-type-figure` for the type `FigureSpec`,
//! `content-field-figure-label` for its field `label`,
//! `content-field-figure-stated-pct-target` for a key of its `stated:`,
//! `content-type-verdict-met` for a value of `Verdict` (see
//! [`description_key`]). A description the catalog lacks stays the doc
//! comment of the type or field (a test forbids that).
//!
//! The diagnostics use them too: the description of a key a file misses,
//! or whose value has the wrong type, tells the clerk what belongs there.

use std::path::Path;
use std::sync::OnceLock;

use schemars::generate::SchemaSettings;
use serde_json::Value;

use crate::content::{ReportFile, SectionFile};
use crate::i18n::{self, Lang};

/// Which kind of content file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `report.yaml`.
    Report,
    /// A section file (`economy.yaml`, …).
    Section,
}

impl Kind {
    pub const ALL: [Kind; 2] = [Kind::Report, Kind::Section];

    /// The schema's file name: `report.schema.json`, `section.schema.json`.
    pub fn file_name(self) -> &'static str {
        match self {
            Kind::Report => "report.schema.json",
            Kind::Section => "section.schema.json",
        }
    }
}

/// `report.yaml` is the report file; every other YAML file is a section file.
pub fn kind_of(path: &Path) -> Kind {
    if path.file_name().is_some_and(|n| n == "report.yaml") {
        Kind::Report
    } else {
        Kind::Section
    }
}

/// The schema with the doc comments as descriptions (in English).
fn generate(kind: Kind) -> Value {
    let settings = SchemaSettings::draft07().for_deserialize();
    let generator = settings.into_generator();
    let schema = match kind {
        Kind::Report => generator.into_root_schema_for::<ReportFile>(),
        Kind::Section => generator.into_root_schema_for::<SectionFile>(),
    };
    schema.to_value()
}

/// The name of the root type of a kind's schema.
fn root_type(kind: Kind) -> &'static str {
    match kind {
        Kind::Report => "ReportFile",
        Kind::Section => "SectionFile",
    }
}

/// The word a type's keys are named by: `FigureSpec` → `figure`.
fn type_slug(name: &str) -> String {
    match name {
        "ReportFile" => "report".into(),
        "SectionFile" => "section-file".into(),
        "DocumentInfo" => "document".into(),
        "FormatSpec" => "format".into(),
        "PartSpec" => "part".into(),
        "ChapterSpec" => "chapter".into(),
        "SectionSpec" => "section".into(),
        "FigureSpec" => "figure".into(),
        "StyledPara" => "styled-paragraph".into(),
        "Para" => "paragraph".into(),
        "ProfileOverrides" => "settings".into(),
        other => {
            // CamelCase → kebab-case
            let mut out = String::new();
            for (i, c) in other.chars().enumerate() {
                if c.is_uppercase() && i > 0 {
                    out.push('-');
                }
                out.extend(c.to_lowercase());
            }
            out
        }
    }
}

/// `issuing_body` → `issuing-body`.
fn kebab(name: &str) -> String {
    name.replace('_', "-").to_lowercase()
}

/// The catalog key of a property `name` of the schema whose key is `parent`:
/// `content-type-figure` + `label` → `content-field-figure-label`,
/// `content-field-figure-stated` + `pct_target` →
/// `content-field-figure-stated-pct-target`.
fn property_key(parent: &str, name: &str) -> String {
    match parent.strip_prefix("content-type-") {
        Some(t) => format!("content-field-{t}-{}", kebab(name)),
        None => format!("{parent}-{}", kebab(name)),
    }
}

/// The catalog key of an alternative (`anyOf`, `oneOf`) of the schema whose
/// key is `parent`: named by its constant value (`content-type-verdict-met`),
/// else by its type (`content-type-part-value-string`), else its place.
fn alternative_key(parent: &str, alt: &Value, i: usize) -> String {
    let name = alt
        .get("const")
        .and_then(Value::as_str)
        .or_else(|| {
            alt.get("enum")
                .and_then(|e| e.get(0))
                .and_then(Value::as_str)
        })
        .or_else(|| alt.get("type").and_then(Value::as_str))
        .map(kebab)
        .unwrap_or_else(|| i.to_string());
    format!("{parent}-{name}")
}

/// Gives each description of `node` (a schema whose catalog key is `key`)
/// and of the schemas within it its message in `lang`, copies it into
/// `markdownDescription` (which VS Code renders, backticks as code, in
/// hovers and completion details), and calls `visit` with each key a description
/// asked for and whether the catalog has it.
fn localize(node: &mut Value, key: &str, lang: Lang, visit: &mut dyn FnMut(&str, bool)) {
    let Some(obj) = node.as_object_mut() else {
        return;
    };
    if obj.contains_key("description") {
        let message = i18n::message_in(lang, key, &[]);
        let found = message != key;
        visit(key, found);
        if found {
            obj.insert("description".into(), Value::String(message));
        }
    }
    for (k, child) in obj.iter_mut() {
        match k.as_str() {
            "definitions" => {
                if let Some(defs) = child.as_object_mut() {
                    for (name, def) in defs.iter_mut() {
                        localize(
                            def,
                            &format!("content-type-{}", type_slug(name)),
                            lang,
                            visit,
                        );
                    }
                }
            }
            "properties" => {
                if let Some(props) = child.as_object_mut() {
                    for (name, prop) in props.iter_mut() {
                        localize(prop, &property_key(key, name), lang, visit);
                    }
                }
            }
            "anyOf" | "oneOf" | "allOf" => {
                if let Some(alts) = child.as_array_mut() {
                    for (i, alt) in alts.iter_mut().enumerate() {
                        let k = alternative_key(key, alt, i);
                        localize(alt, &k, lang, visit);
                    }
                }
            }
            "items" => localize(child, &format!("{key}-items"), lang, visit),
            "additionalProperties" => localize(child, &format!("{key}-values"), lang, visit),
            _ => {}
        }
    }
    if let Some(Value::String(d)) = obj.get("description").cloned() {
        obj.insert("markdownDescription".into(), Value::String(d));
    }
}

/// The schema of a kind of file in a language, and the description keys it
/// asked the catalog for, with whether the catalog has each.
fn generate_in(kind: Kind, lang: Lang) -> (Value, Vec<(String, bool)>) {
    let mut schema = generate(kind);
    let mut keys = Vec::new();
    let root = format!("content-type-{}", type_slug(root_type(kind)));
    localize(&mut schema, &root, lang, &mut |k, found| {
        keys.push((k.to_string(), found))
    });
    if let Some(obj) = schema.as_object_mut() {
        let (id, title) = match kind {
            Kind::Report => ("report.schema.json", "content-schema-title-report"),
            Kind::Section => ("section.schema.json", "content-schema-title-section"),
        };
        obj.insert(
            "$id".into(),
            Value::String(format!("https://baocao.invalid/schema/{id}")),
        );
        let t = i18n::message_in(lang, title, &[]);
        keys.push((title.to_string(), t != title));
        obj.insert("title".into(), Value::String(t));
    }
    (schema, keys)
}

/// The schema of one kind of content file, in the current language.
pub fn schema(kind: Kind) -> &'static Value {
    static SCHEMAS: [[OnceLock<Value>; 2]; 2] = [
        [OnceLock::new(), OnceLock::new()],
        [OnceLock::new(), OnceLock::new()],
    ];
    let lang = i18n::lang();
    SCHEMAS[lang as usize][kind as usize].get_or_init(|| generate_in(kind, lang).0)
}

/// The schema as written to disk: pretty JSON with a final newline.
pub fn schema_text(kind: Kind) -> String {
    let mut s = serde_json::to_string_pretty(schema(kind)).unwrap_or_default();
    s.push('\n');
    s
}

/// Both schemas as files (name, bytes), for `build::write_outputs` (all or
/// nothing, like every output).
pub fn files() -> Vec<(String, Vec<u8>)> {
    Kind::ALL
        .iter()
        .map(|k| (k.file_name().to_string(), schema_text(*k).into_bytes()))
        .collect()
}

/// Follows `$ref`s and the alternatives of `anyOf`/`oneOf` (an optional
/// value is `anyOf: [T, null]`) to the schemas that describe an object or
/// array.
fn alternatives<'a>(root: &'a Value, node: &'a Value, out: &mut Vec<&'a Value>, depth: usize) {
    if depth > 16 {
        return;
    }
    if let Some(r) = node.get("$ref").and_then(Value::as_str) {
        let name = r.rsplit('/').next().unwrap_or("");
        if let Some(target) = root.get("definitions").and_then(|d| d.get(name)) {
            alternatives(root, target, out, depth + 1);
        }
        return;
    }
    out.push(node);
    for key in ["anyOf", "oneOf", "allOf"] {
        if let Some(Value::Array(alts)) = node.get(key) {
            for a in alts {
                alternatives(root, a, out, depth + 1);
            }
        }
    }
}

/// The schemas of the value at a YAML path (`figures.gdp.value`,
/// `slots.results[0].body[1]`).
fn nodes_at<'a>(root: &'a Value, path: &str) -> Vec<&'a Value> {
    let mut current = Vec::new();
    alternatives(root, root, &mut current, 0);
    if path.is_empty() {
        return current;
    }
    for seg in path.split('.') {
        let (key, indices) = match seg.find('[') {
            Some(i) => (&seg[..i], seg[i..].matches('[').count()),
            None => (seg, 0),
        };
        let mut steps: Vec<Option<&str>> = Vec::new();
        if !key.is_empty() {
            steps.push(Some(key));
        }
        steps.extend(std::iter::repeat_n(None, indices));
        for step in steps {
            let mut next = Vec::new();
            for n in &current {
                let child = match step {
                    Some(k) => n
                        .get("properties")
                        .and_then(|p| p.get(k))
                        .or_else(|| n.get("additionalProperties").filter(|a| a.is_object())),
                    None => n.get("items"),
                };
                if let Some(c) = child {
                    alternatives(root, c, &mut next, 0);
                }
            }
            current = next;
        }
    }
    current
}

/// The description of the value at `path` in a file of this kind: the doc
/// comment of the field it fills.
pub fn description_at(kind: Kind, path: &str) -> Option<String> {
    let root = schema(kind);
    // The field's own description (on the property) wins over its type's.
    let (parent, key) = match path.rsplit_once('.') {
        Some((p, k)) => (p, k),
        None => ("", path),
    };
    if !key.contains('[') {
        for n in nodes_at(root, parent) {
            if let Some(d) = n
                .get("properties")
                .and_then(|p| p.get(key))
                .and_then(|p| p.get("description"))
                .and_then(Value::as_str)
            {
                return Some(first_sentence(d));
            }
        }
    }
    nodes_at(root, path)
        .into_iter()
        .find_map(|n| n.get("description").and_then(Value::as_str))
        .map(first_sentence)
}

/// The first sentence of a description, on one line.
fn first_sentence(d: &str) -> String {
    let one_line = d.split_whitespace().collect::<Vec<_>>().join(" ");
    // a full stop after a word, not in a number like "1.1. "
    let chars: Vec<char> = one_line.chars().collect();
    for i in 1..chars.len().saturating_sub(1) {
        let abbrev = i >= 3
            && matches!(
                chars[i - 3..i].iter().collect::<String>().as_str(),
                "e.g" | "i.e"
            );
        if chars[i] == '.' && chars[i + 1] == ' ' && !chars[i - 1].is_ascii_digit() && !abbrev {
            return chars[..=i].iter().collect();
        }
    }
    one_line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_follow_paths() {
        i18n::set_for_this_thread(Some(Lang::Vi));
        let d = description_at(Kind::Section, "figures.gdp.label").unwrap();
        assert!(d.starts_with("Tên của số liệu"), "{d}");
        let d = description_at(Kind::Section, "slots.results[0].items[1].run_in").unwrap();
        assert!(d.contains("viết liền vào đoạn đầu tiên"), "{d}");
        i18n::set_for_this_thread(Some(Lang::En));
        let d = description_at(Kind::Section, "figures.gdp.label").unwrap();
        assert!(d.starts_with("What the figure is"), "{d}");
        let d = description_at(Kind::Section, "slots.results[0].items[1].run_in").unwrap();
        assert!(d.contains("runs into the first paragraph"), "{d}");
        let d = description_at(Kind::Report, "document.congress").unwrap();
        assert!(d.contains("congress"), "{d}");
        assert!(description_at(Kind::Report, "document.nope").is_none());
        i18n::set_for_this_thread(None);
    }

    #[test]
    fn every_description_is_a_message_of_the_catalog() {
        let mut missing = Vec::new();
        for lang in Lang::ALL {
            for kind in Kind::ALL {
                let (_, keys) = generate_in(kind, lang);
                assert!(keys.len() > 40, "{kind:?}: {} descriptions", keys.len());
                missing.extend(
                    keys.into_iter()
                        .filter(|(_, found)| !found)
                        .map(|(k, _)| format!("{}: {k}", lang.code())),
                );
            }
        }
        missing.sort();
        missing.dedup();
        assert!(
            missing.is_empty(),
            "add these to locales/*/content.ftl (a new field of a content type, \
             or of `docx::ProfileOverrides`, or a new `figures::DERIVED`): {missing:#?}"
        );
    }

    #[test]
    fn every_description_of_the_catalog_is_used() {
        let mut used = std::collections::BTreeSet::new();
        for kind in Kind::ALL {
            used.extend(generate_in(kind, Lang::Vi).1.into_iter().map(|(k, _)| k));
        }
        let (_, text) = Lang::Vi
            .files()
            .iter()
            .find(|(name, _)| *name == "content")
            .expect("locales/vi/content.ftl");
        let unused: Vec<&str> = text
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim()))
            .filter(|k| {
                ["content-type-", "content-field-", "content-schema-"]
                    .iter()
                    .any(|p| k.starts_with(p))
            })
            .filter(|k| !used.contains(*k))
            .collect();
        assert!(unused.is_empty(), "no schema asks for {unused:?}");
    }

    #[test]
    fn schemas_are_in_the_language_asked_for() {
        let (vi, _) = generate_in(Kind::Section, Lang::Vi);
        let (en, _) = generate_in(Kind::Section, Lang::En);
        let label = |s: &Value| {
            s["definitions"]["FigureSpec"]["properties"]["label"]["markdownDescription"]
                .as_str()
                .unwrap_or("")
                .to_string()
        };
        assert!(label(&vi).starts_with("Tên của số liệu"), "{}", label(&vi));
        assert!(
            label(&en).starts_with("What the figure is"),
            "{}",
            label(&en)
        );
        assert_eq!(vi["title"], "baocao: tệp phần");
        // the same text every time
        assert_eq!(generate_in(Kind::Section, Lang::Vi).0, vi);
    }
}
