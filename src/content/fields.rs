//! The fields of a figure, declared once: every key a section file may
//! write under `figures.<id>:` and every field a template may print as
//! `f.<id>.<field>`. From this table come the keys `stated:` takes and its
//! JSON Schema, the fields templates see ([`crate::figures::Figure::to_json`]),
//! the names diagnostics suggest, what a missing field needs, and the
//! tables of docs/content.md. The keys are also the fields of
//! [`super::FigureSpec`], which serde needs as a struct; a test keeps the
//! two in step, others the computations of `figures` and the docs.
//!
//! What the fields mean is text of the message catalog, in the user's
//! language:
//! - `content-field-figure-<name>`: what the key means under
//!   `figures.<id>:` (also the key's description in the JSON Schema);
//! - `field-<name>-shows` (locales/*/fields.ftl): what templates see, how a
//!   derived field is computed or what a direct one is; the descriptions of
//!   `stated:`'s keys (`content-field-figure-stated-<name>`) say it too;
//! - `field-<name>-needs`: what a figure needs for templates to have it.
//!
//! `<name>` in kebab-case: `change_pct` → `field-change-pct-shows`.

use crate::i18n::{self, Lang};
use Shown::{Derived, Direct, Hidden};

/// How templates see a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// Not at all: the key is for baocao (`check`, the computations).
    Hidden,
    /// As written (or as the figure gives it).
    Direct,
    /// Computed from other keys; the value the draft states under
    /// `stated:`, where it states one, is what templates print.
    Derived,
}

/// A field of a figure.
#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    pub shown: Shown,
    /// A key of `figures.<id>:` (else a field only templates see).
    pub key: bool,
    /// Templates have the field only when the figure has some keys
    /// (`field-<name>-needs` says which); else every figure has it.
    pub needs: bool,
}

impl Field {
    const fn new(name: &'static str, shown: Shown) -> Field {
        Field {
            name,
            shown,
            key: false,
            needs: false,
        }
    }
    const fn key(mut self) -> Field {
        self.key = true;
        self
    }
    const fn needs(mut self) -> Field {
        self.needs = true;
        self
    }

    /// What the key means under `figures.<id>:`, in `lang`; `None` for a
    /// field only templates see.
    pub fn meaning_in(&self, lang: Lang) -> Option<String> {
        self.key
            .then(|| i18n::message_in(lang, &meaning_key(self.name), &[]))
    }

    /// What templates see, in `lang`: how a derived field is computed,
    /// what a direct one is; `None` for a hidden one.
    pub fn shows_in(&self, lang: Lang) -> Option<String> {
        (self.shown != Shown::Hidden).then(|| i18n::message_in(lang, &shows_key(self.name), &[]))
    }

    /// What a figure needs for templates to have the field, in `lang`;
    /// `None` when every figure has it.
    pub fn needs_in(&self, lang: Lang) -> Option<String> {
        self.needs
            .then(|| i18n::message_in(lang, &needs_key(self.name), &[]))
    }
}

/// `change_pct` → `change-pct`.
fn kebab(name: &str) -> String {
    name.replace('_', "-")
}

/// The catalog key of what the key `name` means (the schema's description).
fn meaning_key(name: &str) -> String {
    format!("content-field-figure-{}", kebab(name))
}

/// The catalog key of what templates see of the field `name`.
fn shows_key(name: &str) -> String {
    format!("field-{}-shows", kebab(name))
}

/// The catalog key of what the field `name` needs.
fn needs_key(name: &str) -> String {
    format!("field-{}-needs", kebab(name))
}

/// Every field of a figure, in the order diagnostics suggest them (the
/// derived ones first) and the docs list them.
#[rustfmt::skip]
pub const FIELDS: &[Field] = &[
    Field::new("value", Derived).key().needs(),
    Field::new("change", Derived).needs(),
    Field::new("change_pct", Derived).needs(),
    Field::new("pct_baseline", Derived).needs(),
    Field::new("pct_target", Derived).needs(),
    Field::new("over_target", Derived).needs(),
    Field::new("over_target_pct", Derived).needs(),
    Field::new("pct_of", Derived).needs(),
    Field::new("growth", Derived).needs(),
    Field::new("growth_over_target", Derived).needs(),
    Field::new("per_year", Derived).needs(),
    Field::new("output", Derived).needs(),
    Field::new("total", Derived).needs(),
    Field::new("id", Direct),
    Field::new("label", Direct).key(),
    Field::new("unit", Direct).key().needs(),
    Field::new("year", Direct).key().needs(),
    Field::new("verb", Direct),
    Field::new("estimate", Direct).key(),
    Field::new("baseline", Direct).key().needs(),
    Field::new("baseline_year", Direct).key().needs(),
    Field::new("target", Direct).key().needs(),
    Field::new("of", Direct).key().needs(),
    Field::new("area", Direct).key().needs(),
    Field::new("yield", Direct).key().needs(),
    Field::new("yield_scale", Hidden).key(),
    Field::new("growth_target", Direct).key().needs(),
    Field::new("years", Direct).key().needs(),
    Field::new("parts", Direct).key(),
    Field::new("items", Direct).key(),
    Field::new("count", Direct),
    Field::new("stated", Hidden).key(),
    Field::new("same_as", Hidden).key(),
    Field::new("verdict", Hidden).key(),
    Field::new("lower_is_better", Hidden).key(),
    Field::new("note", Hidden).key(),
];

/// The field named `name`.
pub fn field(name: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|f| f.name == name)
}

/// The keys a figure may have under `figures.<id>:`.
pub fn keys() -> impl Iterator<Item = &'static str> {
    FIELDS.iter().filter(|f| f.key).map(|f| f.name)
}

/// The fields templates may print (`f.<id>.<field>`), for suggestions.
pub fn template_fields() -> Vec<&'static str> {
    FIELDS
        .iter()
        .filter(|f| f.shown != Shown::Hidden)
        .map(|f| f.name)
        .collect()
}

/// The derived fields: the keys `stated:` takes.
pub fn derived() -> impl Iterator<Item = &'static str> {
    FIELDS
        .iter()
        .filter(|f| f.shown == Shown::Derived)
        .map(|f| f.name)
}

/// How the derived field `name` is computed (what templates see of a
/// field), in the current language.
pub fn shows(name: &str) -> Option<String> {
    field(name)?.shows_in(i18n::lang())
}

/// What a figure needs for templates to have `field`, in the current
/// language.
pub fn field_needs(field: &str) -> Option<String> {
    self::field(field)?.needs_in(i18n::lang())
}

/// The tables of docs/content.md (tests/docs.rs keeps the file current),
/// in English: `keys` (a figure's keys), `derived` or `direct` (what
/// templates print).
pub fn docs_table(which: &str) -> String {
    let cell = |s: &str| s.replace('|', "\\|");
    let en = Lang::En;
    let mut out = match which {
        "keys" => String::from("| key | meaning |\n|---|---|\n"),
        "derived" => String::from("| field | computed as | needs |\n|---|---|---|\n"),
        _ => String::from("| field | what it is | needs |\n|---|---|---|\n"),
    };
    for f in FIELDS {
        let row = match (which, f.shown) {
            ("keys", _) => f
                .meaning_in(en)
                .map(|k| format!("| `{}` | {} |\n", f.name, cell(&k))),
            ("derived", Shown::Derived) | ("direct", Shown::Direct) => Some(format!(
                "| `{}` | {} | {} |\n",
                f.name,
                cell(&f.shows_in(en).unwrap_or_default()),
                cell(&f.needs_in(en).unwrap_or_else(|| "—".into()))
            )),
            _ => None,
        };
        out.extend(row);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_names_are_unique() {
        let mut names: Vec<&str> = FIELDS.iter().map(|f| f.name).collect();
        names.sort();
        let n = names.len();
        names.dedup();
        assert_eq!(n, names.len());
    }

    #[test]
    fn the_keys_are_the_fields_of_figure_spec() {
        let schema = super::super::schema::schema(super::super::schema::Kind::Section);
        let props = schema["definitions"]["FigureSpec"]["properties"]
            .as_object()
            .expect("FigureSpec's properties");
        let mut spec: Vec<&str> = props.keys().map(String::as_str).collect();
        spec.sort();
        let mut keys: Vec<&str> = keys().collect();
        keys.sort();
        assert_eq!(spec, keys);
    }

    #[test]
    fn every_field_has_its_texts_in_every_language() {
        let mut missing = Vec::new();
        let mut asked = std::collections::BTreeSet::new();
        for lang in Lang::ALL {
            for f in FIELDS {
                let keys = [
                    (f.key, meaning_key(f.name)),
                    (f.shown != Shown::Hidden, shows_key(f.name)),
                    (f.needs, needs_key(f.name)),
                ];
                for (wanted, key) in keys {
                    if wanted && !i18n::has_message(lang, &key) {
                        missing.push(format!("{}: {key}", lang.code()));
                    }
                    if wanted {
                        asked.insert(key);
                    }
                }
            }
        }
        assert!(missing.is_empty(), "not in the catalog: {missing:#?}");
        // and the catalog has no text of a field that is not in the table
        for lang in Lang::ALL {
            let (_, text) = lang
                .files()
                .iter()
                .find(|(name, _)| *name == "fields")
                .expect("locales/*/fields.ftl");
            for key in text
                .lines()
                .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim()))
                .filter(|k| k.starts_with("field-"))
            {
                assert!(asked.contains(key), "no field asks for `{key}`");
            }
        }
    }

    #[test]
    fn what_stated_takes_is_described_as_the_field_is_computed() {
        for lang in Lang::ALL {
            let stated = i18n::message_in(lang, "content-field-figure-stated", &[]);
            for name in derived() {
                assert!(
                    stated.contains(&format!("`{name}`")),
                    "{}: `content-field-figure-stated` does not name `{name}`",
                    lang.code()
                );
            }
            for f in FIELDS.iter().filter(|f| f.shown == Shown::Derived) {
                let key = format!("content-field-figure-stated-{}", kebab(f.name));
                let stated = i18n::message_in(lang, &key, &[]);
                let shows = f.shows_in(lang).unwrap();
                assert!(
                    stated.contains(&shows),
                    "{}: `{key}` does not say `field-{}-shows`: {stated}",
                    lang.code(),
                    kebab(f.name)
                );
            }
        }
    }

    #[test]
    fn what_a_field_needs_is_keys() {
        for lang in Lang::ALL {
            for f in FIELDS {
                let needs = f.needs_in(lang).unwrap_or_default();
                for word in needs.split('`').skip(1).step_by(2) {
                    let name = word.strip_suffix(':').unwrap_or(word);
                    assert!(
                        field(name).is_some_and(|n| n.key || word == name),
                        "{}: `{}` needs `{word}`, which is no key",
                        lang.code(),
                        f.name
                    );
                }
            }
        }
    }
}
