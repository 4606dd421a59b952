//! JSON Schemas of the content files, generated from the content types of
//! [`crate::content`] (their doc comments become the descriptions editors
//! show on hover). `baocao schema` writes them; the bundled content files
//! name them in their first line, so that VS Code with the YAML extension
//! (yaml-language-server) completes keys, validates as you type and shows
//! what each key means. See docs/editor.md.
//!
//! The diagnostics use them too: the description of a key a file misses,
//! or whose value has the wrong type, tells the clerk what belongs there.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use schemars::generate::SchemaSettings;
use schemars::transform::{RecursiveTransform, Transform};
use schemars::Schema;
use serde_json::Value;

use crate::content::{ReportFile, SectionFile};

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

/// Copies each `description` into `markdownDescription`, which VS Code
/// renders (backticks as code) in hovers and completion details.
fn markdown_descriptions(schema: &mut Schema) {
    if let Some(obj) = schema.as_object_mut() {
        if let Some(Value::String(d)) = obj.get("description").cloned() {
            obj.insert("markdownDescription".into(), Value::String(d));
        }
    }
}

fn generate(kind: Kind) -> Value {
    let settings = SchemaSettings::draft07()
        .for_deserialize()
        .with_transform(RecursiveTransform(markdown_descriptions));
    let generator = settings.into_generator();
    let mut schema = match kind {
        Kind::Report => generator.into_root_schema_for::<ReportFile>(),
        Kind::Section => generator.into_root_schema_for::<SectionFile>(),
    };
    let (id, title) = match kind {
        Kind::Report => ("report.schema.json", "baocao report.yaml"),
        Kind::Section => ("section.schema.json", "baocao section file"),
    };
    schema.insert(
        "$id".into(),
        Value::String(format!("https://baocao.invalid/schema/{id}")),
    );
    schema.insert("title".into(), Value::String(title.into()));
    // RecursiveTransform skips the root's own description.
    RecursiveTransform(markdown_descriptions).transform(&mut schema);
    schema.to_value()
}

/// The schema of one kind of content file.
pub fn schema(kind: Kind) -> &'static Value {
    static REPORT: OnceLock<Value> = OnceLock::new();
    static SECTION: OnceLock<Value> = OnceLock::new();
    match kind {
        Kind::Report => REPORT.get_or_init(|| generate(Kind::Report)),
        Kind::Section => SECTION.get_or_init(|| generate(Kind::Section)),
    }
}

/// The schema as written to disk: pretty JSON with a final newline.
pub fn schema_text(kind: Kind) -> String {
    let mut s = serde_json::to_string_pretty(schema(kind)).unwrap_or_default();
    s.push('\n');
    s
}

/// Writes both schemas into `dir` (created if need be).
pub fn write(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    for kind in Kind::ALL {
        let path = dir.join(kind.file_name());
        std::fs::write(&path, schema_text(kind))?;
        written.push(path);
    }
    Ok(written)
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
        let d = description_at(Kind::Section, "figures.gdp.label").unwrap();
        assert!(d.starts_with("What the figure is"), "{d}");
        let d = description_at(Kind::Section, "slots.results[0].items[1].run_in").unwrap();
        assert!(d.contains("runs into the first paragraph"), "{d}");
        let d = description_at(Kind::Report, "document.congress").unwrap();
        assert!(d.contains("congress"), "{d}");
        assert!(description_at(Kind::Report, "document.nope").is_none());
    }
}
