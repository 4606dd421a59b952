//! The fields of a figure, declared once: every key a section file may
//! write under `figures.<id>:` and every field a template may print as
//! `f.<id>.<field>`. From this table come the keys `stated:` takes and its
//! JSON Schema, the fields templates see ([`crate::figures::Figure::to_json`]),
//! the names diagnostics suggest, what a missing field needs, and the
//! tables of docs/content.md. The keys are also the fields of
//! [`super::FigureSpec`], which serde needs as a struct; a test keeps the
//! two in step, others the computations of `figures` and the docs.

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
    /// What the key means under `figures.<id>:`; `None` for a field only
    /// templates see.
    pub key: Option<&'static str>,
    /// What templates see: how a derived field is computed, what a direct
    /// one is.
    pub shows: &'static str,
    /// What a figure needs for templates to have the field; `None` when
    /// every figure has it.
    pub needs: Option<&'static str>,
}

macro_rules! opt {
    (-) => {
        None
    };
    ($s:literal) => {
        Some($s)
    };
}

macro_rules! fields {
    ($($name:literal $shown:ident, key $key:tt, shows $shows:literal, needs $needs:tt;)*) => {
        /// Every field of a figure, in the order diagnostics suggest them
        /// (the derived ones first) and the docs list them.
        pub const FIELDS: &[Field] = &[$(Field {
            name: $name,
            shown: Shown::$shown,
            key: opt!($key),
            shows: $shows,
            needs: opt!($needs),
        }),*];
    };
}

#[rustfmt::skip]
fields! {
    "value" Derived, key "the figure; may be left out when `parts`, `area`×`yield` or `items` give it", shows "the value (or the sum of `parts`, or area × yield)", needs "`value:` (or `parts:`, or `area:` and `yield:`)";
    "change" Derived, key -, shows "value − baseline", needs "`baseline:`";
    "change_pct" Derived, key -, shows "(value − baseline) ÷ baseline × 100", needs "`baseline:`";
    "pct_baseline" Derived, key -, shows "value ÷ baseline × 100 (“bằng X% so với năm 2020”)", needs "`baseline:`";
    "pct_target" Derived, key -, shows "value ÷ target × 100 (“đạt X% mục tiêu”)", needs "`target:`";
    "over_target" Derived, key -, shows "value − target", needs "`target:`";
    "over_target_pct" Derived, key -, shows "(value − target) ÷ target × 100 (“vượt X%”)", needs "`target:`";
    "pct_of" Derived, key -, shows "value ÷ of × 100 (“11/16, tỷ lệ 68,8%”)", needs "`of:`";
    "growth" Derived, key -, shows "average annual growth from baseline to value, in % a year", needs "`baseline:` and `year:`";
    "growth_over_target" Derived, key -, shows "growth − growth_target, in percentage points", needs "`growth_target:` (and what `growth` needs: `baseline:` and `year:`)";
    "per_year" Derived, key -, shows "value ÷ years", needs "`years:`";
    "output" Derived, key -, shows "area × yield × yield_scale", needs "`area:` and `yield:`";
    "total" Derived, key -, shows "sum of the parts", needs "`parts:`";
    "id" Direct, key -, shows "the figure's id", needs -;
    "label" Direct, key "what the figure is, in words (required)", shows "as written", needs -;
    "unit" Direct, key "the unit, as printed: `tỷ đồng`, `ha`, `%`", shows "as written", needs "`unit:`";
    "year" Direct, key "the year the value refers to", shows "as written", needs "`year:`";
    "verb" Direct, key -, shows "“ước đạt” for an estimate, “đạt” otherwise", needs -;
    "estimate" Direct, key "`true`: an estimate (“ước đạt”) rather than a final figure (“đạt”)", shows "as written (`false` when left out)", needs -;
    "baseline" Direct, key "the value in the baseline year", shows "as written", needs "`baseline:`";
    "baseline_year" Direct, key "the year of `baseline` (default: the start of the previous term, 2020)", shows "as written, or the default when `baseline` is given", needs "`baseline:` (or `baseline_year:`)";
    "target" Direct, key "the resolution's target or the plan", shows "as written", needs "`target:`";
    "of" Direct, key "the whole of a count: `11/16` is `value: 11, of: 16`", shows "as written", needs "`of:`";
    "area" Direct, key "the area (ha) of a crop; with `yield`, gives `output`", shows "as written", needs "`area:`";
    "yield" Direct, key "the yield per unit of area; `output` = area × yield × yield_scale", shows "as written", needs "`yield:`";
    "yield_scale" Hidden, key "converts area × yield to the output's unit (default 0.1: ha × tạ/ha → tấn)", shows "", needs -;
    "growth_target" Direct, key "the target of the average annual growth rate (`growth`), in % a year", shows "as written", needs "`growth_target:`";
    "years" Direct, key "the number of years the value is spread over (gives `per_year`)", shows "as written", needs "`years:`";
    "parts" Direct, key "the parts of a total: name → number, or name → id of another figure", shows "the parts' values, by name: `parts.<name>`", needs -;
    "items" Direct, key "the things a stated count counts (`03 chỉ tiêu: a; b; c`); without `value`, the value is their number", shows "as written (empty when left out)", needs -;
    "count" Direct, key -, shows "the number of `items`", needs -;
    "stated" Hidden, key "what the draft states where the data cannot derive it exactly: the derived fields below, by name", shows "", needs -;
    "same_as" Hidden, key "the id of another figure that states the same quantity elsewhere: `check` compares them", shows "", needs -;
    "verdict" Hidden, key "`exceeded`, `met` or `not_met`, as the draft words the result; `check` compares it with the numbers", shows "", needs -;
    "lower_is_better" Hidden, key "the target is a ceiling (a poverty or malnutrition rate): `met` means at or below it", shows "", needs -;
    "note" Hidden, key "free text for editors; not printed", shows "", needs -;
}

/// The field named `name`.
pub fn field(name: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|f| f.name == name)
}

/// The keys a figure may have under `figures.<id>:`.
pub fn keys() -> impl Iterator<Item = &'static str> {
    FIELDS.iter().filter(|f| f.key.is_some()).map(|f| f.name)
}

/// The fields templates may print (`f.<id>.<field>`), for suggestions.
pub fn template_fields() -> Vec<&'static str> {
    FIELDS
        .iter()
        .filter(|f| f.shown != Shown::Hidden)
        .map(|f| f.name)
        .collect()
}

/// The derived fields — the keys `stated:` takes — with how each is
/// computed.
pub fn derived() -> impl Iterator<Item = (&'static str, &'static str)> {
    FIELDS
        .iter()
        .filter(|f| f.shown == Shown::Derived)
        .map(|f| (f.name, f.shows))
}

/// What a figure needs for templates to have `field`.
pub fn field_needs(field: &str) -> Option<&'static str> {
    self::field(field)?.needs
}

/// The tables of docs/content.md (tests/docs.rs keeps the file current):
/// `keys` (a figure's keys), `derived` or `direct` (what templates print).
pub fn docs_table(which: &str) -> String {
    let cell = |s: &str| s.replace('|', "\\|");
    let mut out = match which {
        "keys" => String::from("| key | meaning |\n|---|---|\n"),
        "derived" => String::from("| field | computed as | needs |\n|---|---|---|\n"),
        _ => String::from("| field | what it is | needs |\n|---|---|---|\n"),
    };
    for f in FIELDS {
        let row = match (which, f.shown) {
            ("keys", _) => f.key.map(|k| format!("| `{}` | {} |\n", f.name, cell(k))),
            ("derived", Shown::Derived) | ("direct", Shown::Direct) => Some(format!(
                "| `{}` | {} | {} |\n",
                f.name,
                cell(f.shows),
                cell(f.needs.unwrap_or("—"))
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
    fn what_a_field_needs_is_keys() {
        for f in FIELDS {
            for word in f.needs.unwrap_or("").split('`').skip(1).step_by(2) {
                let name = word.strip_suffix(':').unwrap_or(word);
                assert!(
                    field(name).is_some_and(|n| n.key.is_some() || word == name),
                    "`{}` needs `{word}`, which is no key",
                    f.name
                );
            }
        }
    }
}
