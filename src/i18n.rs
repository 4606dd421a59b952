//! What the tool says, in the user's language: every user-facing message
//! is a key of the message catalog, one set of Fluent files per language
//! (`locales/vi/*.ftl`, `locales/en/*.ftl`), compiled into the binary.
//! Vietnamese is the default; English with `--lang en` or `BAOCAO_LANG=en`.
//!
//! Code says `t!("check-done", errors = n)`; the catalog says
//! `check-done = kiểm tra: { $errors }`. Arguments are passed as text,
//! already formatted (numbers the Vietnamese way in both languages), and
//! printed without Unicode isolation marks. Diagnostic codes are not
//! translated. A test keeps the two catalogs' keys and placeholders the same
//! and every key the code uses in them.

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

/// A language of the catalog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Vi,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// `vi`, `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// The language a code names: `vi`, `vi-VN`, `en`, `en-US`, any case.
    pub fn parse(code: &str) -> Option<Lang> {
        let c = code.trim().to_ascii_lowercase();
        let main = c.split(['-', '_', '.']).next().unwrap_or("");
        match main {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The catalog's files of this language: (name, text).
    pub fn files(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::Vi => VI,
            Lang::En => EN,
        }
    }
}

/// The catalog's files, the same names in every language.
macro_rules! catalog {
    ($($name:literal),* $(,)?) => {
        const VI: &[(&str, &str)] =
            &[$(($name, include_str!(concat!("../locales/vi/", $name, ".ftl")))),*];
        const EN: &[(&str, &str)] =
            &[$(($name, include_str!(concat!("../locales/en/", $name, ".ftl")))),*];
    };
}
catalog!(
    "appendix", "build", "check", "cli", "content", "diag", "diff", "editing", "fields", "figures",
    "import", "render", "review"
);

static LANG: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static THIS_THREAD: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// Sets the language of every message from now on.
pub fn set(lang: Lang) {
    LANG.store(lang as u8, Ordering::Relaxed);
}

/// Sets the language of the messages made on this thread (for tests,
/// which run side by side in one process).
pub fn set_for_this_thread(lang: Option<Lang>) {
    THIS_THREAD.with(|l| l.set(lang));
}

/// The language messages are given in.
pub fn lang() -> Lang {
    if let Some(l) = THIS_THREAD.with(|l| l.get()) {
        return l;
    }
    match LANG.load(Ordering::Relaxed) {
        1 => Lang::En,
        _ => Lang::Vi,
    }
}

/// The catalog of one language, parsed when first asked for (a run
/// parses only the language it speaks).
fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 2] =
        [OnceLock::new(), OnceLock::new()];
    BUNDLES[lang as usize].get_or_init(|| {
        let id = lang.code().parse().expect("a language code");
        let mut b = FluentBundle::new_concurrent(vec![id]);
        b.set_use_isolating(false);
        for (name, text) in lang.files() {
            let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| {
                debug_assert!(false, "locales/{}/{name}.ftl does not parse", lang.code());
                r
            });
            // a key defined twice keeps the first (a test forbids it)
            let _ = b.add_resource(res);
        }
        b
    })
}

/// The message `key` in the current language, with `args` (name, text)
/// in its placeholders. A key the catalog lacks (a test forbids that)
/// gives the other language's message, else the key itself.
pub fn message(key: &str, args: &[(&str, String)]) -> String {
    message_in(lang(), key, args)
}

/// [`message`] in a given language.
pub fn message_in(lang: Lang, key: &str, args: &[(&str, String)]) -> String {
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        // a plain count is a number, so that `{ $n -> [one] … }` can
        // choose the English plural; anything else (`02`, `2.732,16`) is
        // printed as given
        let count = !v.is_empty()
            && v.bytes().all(|b| b.is_ascii_digit())
            && (v == "0" || !v.starts_with('0'))
            && v.len() < 16;
        match v.parse::<i64>() {
            Ok(n) if count => fargs.set(*k, n),
            _ => fargs.set(*k, v.as_str()),
        }
    }
    let other = match lang {
        Lang::Vi => Lang::En,
        Lang::En => Lang::Vi,
    };
    for l in [lang, other] {
        let b = bundle(l);
        if let Some(pattern) = b.get_message(key).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return b
                .format_pattern(pattern, Some(&fargs), &mut errors)
                .into_owned();
        }
    }
    key.to_string()
}

/// Whether the catalog of `lang` itself has the message `key`.
pub fn has_message(lang: Lang, key: &str) -> bool {
    bundle(lang).has_message(key)
}

/// `t!("key")`, `t!("key", name = value, …)`: the message in the current
/// language; each value is anything `Display`.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::i18n::message($key, &[])
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message($key, &[$((stringify!($name), ($value).to_string())),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    /// Every message of a language: key → its placeholders.
    fn keys(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
        use fluent_syntax::ast;
        fn vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
            for e in &p.elements {
                if let ast::PatternElement::Placeable { expression } = e {
                    expr(expression, out);
                }
            }
        }
        fn expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
            match e {
                ast::Expression::Inline(i) => inline(i, out),
                ast::Expression::Select { selector, variants } => {
                    inline(selector, out);
                    for v in variants {
                        vars(&v.value, out);
                    }
                }
            }
        }
        fn inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
            match i {
                ast::InlineExpression::VariableReference { id } => {
                    out.insert(id.name.to_string());
                }
                ast::InlineExpression::Placeable { expression } => expr(expression, out),
                _ => {}
            }
        }
        let mut all = BTreeMap::new();
        for (name, text) in lang.files() {
            let res = fluent_syntax::parser::parse(*text)
                .unwrap_or_else(|(_, e)| panic!("locales/{}/{name}.ftl: {e:?}", lang.code()));
            for entry in res.body {
                if let ast::Entry::Message(m) = entry {
                    let mut v = BTreeSet::new();
                    if let Some(p) = &m.value {
                        vars(p, &mut v);
                    }
                    let key = m.id.name.to_string();
                    assert!(
                        all.insert(key.clone(), v).is_none(),
                        "`{key}` is defined twice in locales/{}",
                        lang.code()
                    );
                }
            }
        }
        all
    }

    #[test]
    fn both_catalogs_have_the_same_keys_with_the_same_placeholders() {
        let vi = keys(Lang::Vi);
        let en = keys(Lang::En);
        let only_vi: Vec<&String> = vi.keys().filter(|k| !en.contains_key(*k)).collect();
        let only_en: Vec<&String> = en.keys().filter(|k| !vi.contains_key(*k)).collect();
        assert!(only_vi.is_empty(), "only in locales/vi: {only_vi:?}");
        assert!(only_en.is_empty(), "only in locales/en: {only_en:?}");
        for (k, v) in &vi {
            assert_eq!(v, &en[k], "`{k}` has other placeholders in vi and en");
        }
        assert!(vi.len() > 20, "{} keys", vi.len());
    }

    #[test]
    fn every_key_the_code_uses_is_in_the_catalog() {
        let vi = keys(Lang::Vi);
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut missing = Vec::new();
        let mut used = 0;
        for e in walkdir::WalkDir::new(&root) {
            let e = e.unwrap();
            if e.path().extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(e.path()).unwrap();
            for (i, _) in text.match_indices("t!(\"") {
                // `t!(`, not `format!(`
                let before = text[..i].chars().next_back().unwrap_or(' ');
                let line = &text[text[..i].rfind('\n').map_or(0, |n| n + 1)..i];
                if before.is_alphanumeric() || before == '_' || line.trim_start().starts_with("//")
                {
                    continue;
                }
                let rest = &text[i + 4..];
                let key = &rest[..rest.find('"').unwrap_or(0)];
                used += 1;
                if !vi.contains_key(key) {
                    missing.push(format!("{}: {key}", e.path().display()));
                }
            }
        }
        assert!(missing.is_empty(), "keys not in the catalog: {missing:#?}");
        assert!(used > 10, "{used} uses");
    }

    #[test]
    fn messages_take_their_arguments_without_isolation_marks() {
        let m = message_in(Lang::Vi, "diag-errors", &[("count", "2".into())]);
        assert_eq!(m, "2 lỗi");
        let m = message_in(Lang::En, "diag-errors", &[("count", "1".into())]);
        assert_eq!(m, "1 error");
        assert_eq!(message_in(Lang::En, "no-such-key", &[]), "no-such-key");
    }

    #[test]
    fn every_file_of_the_locales_folders_is_in_the_catalog() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        for lang in Lang::ALL {
            let mut on_disk: Vec<String> = std::fs::read_dir(root.join(lang.code()))
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            on_disk.sort();
            let mut listed: Vec<String> = lang
                .files()
                .iter()
                .map(|(n, _)| format!("{n}.ftl"))
                .collect();
            listed.sort();
            assert_eq!(on_disk, listed, "locales/{}", lang.code());
        }
    }

    #[test]
    fn language_codes() {
        assert_eq!(Lang::parse("vi_VN.UTF-8"), Some(Lang::Vi));
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
    }
}
