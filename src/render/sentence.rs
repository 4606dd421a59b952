//! What a sentence of the content may use of tera. A sentence prints
//! figures and chooses words: `{{ … }}` expressions with filters,
//! `{% if %}` / `{% elif %}` / `{% else %}` / `{% endif %}` and `{# … #}`
//! comments. Loops, variables set for later (`set`, `set_global`),
//! includes, imports, macros, blocks and raw text are layout matters (the
//! templates of `templates/`): in a sentence they are refused, which also
//! bounds the time and memory a sentence can take.

/// The tags a sentence may use.
const ALLOWED: &[&str] = &["if", "elif", "else", "endif"];

/// The first tag of `tpl` a sentence may not use, if any.
pub fn refused_tag(tpl: &str) -> Option<String> {
    let mut rest = tpl;
    while let Some(i) = rest.find("{%") {
        let after = rest[i + 2..].trim_start_matches(['-', '+']).trim_start();
        let word: String = after
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !ALLOWED.contains(&word.as_str()) {
            return Some(word);
        }
        rest = &rest[i + 2..];
    }
    None
}

#[cfg(test)]
mod tests {
    use super::refused_tag;

    #[test]
    fn sentences_choose_words_but_do_not_loop_or_keep_state() {
        let ok = "{% if f.x.change < 0 %}giảm{% elif f.x.change == 0 %}bằng{% else %}tăng{% endif %} {{ f.x.value | num }}";
        assert_eq!(refused_tag(ok), None);
        assert_eq!(refused_tag("{%- if a -%}b{%- endif -%}"), None);
        for (tpl, tag) in [
            ("{% for i in range(end=10000) %}x{% endfor %}", "for"),
            ("{% set_global a = 1 %}", "set_global"),
            ("{% set a = 'x' ~ 'x' %}", "set"),
            ("{% include \"/etc/passwd\" %}", "include"),
            ("{% raw %}x{% endraw %}", "raw"),
            ("{% macro m() %}{% endmacro %}", "macro"),
        ] {
            assert_eq!(refused_tag(tpl).as_deref(), Some(tag), "{tpl}");
        }
    }
}
