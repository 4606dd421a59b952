//! Provenance: where each piece of the built document comes from.
//!
//! Rendering wraps the text of every template string of the content (a
//! paragraph, a heading, a target, a clause, the title …) in an invisible
//! marker that names its source:
//!
//! ```text
//! U+E000 <hex> U+E001 <the rendered text> U+E002
//! ```
//!
//! `_bc<hex>` is the name of the DOCX bookmark the text gets
//! ([`name`]: `_bc` and twelve hex digits of a hash of the file and the
//! YAML path), so the map back to the YAML is derived from the content
//! itself: hash the spans of the numbered report and look the name up.
//! The Markdown output has the markers stripped ([`strip`]); the DOCX
//! writer turns them into bookmarks (`docx::bookmarks`); `baocao review`
//! reads the bookmarks of a returned DOCX.
//!
//! A leaf: imports no stage (only `diag`'s `Span`).

/// Starts a marker; its name follows.
pub const OPEN: char = '\u{E000}';
/// Ends the name of a marker; the marked text follows.
pub const SEP: char = '\u{E001}';
/// Ends the marked text.
pub const CLOSE: char = '\u{E002}';

/// The prefix of every bookmark baocao writes. Word hides bookmarks whose
/// name starts with `_` from the reader (Insert › Bookmark lists them only
/// with "Hidden bookmarks" ticked); LibreOffice keeps them.
pub const PREFIX: &str = "_bc";

/// The bookmark name of the template string at `path` (`slots.results[0].body[1]`)
/// of `file` (the file's path inside the content folder, `economy.yaml`):
/// `_bc` and the first 12 hex digits of the FNV-1a hash of both. 15
/// characters (Word allows 40), deterministic, the same for every build of
/// the same content.
pub fn name(file: &str, path: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in file.bytes().chain([0u8]).chain(path.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{PREFIX}{:012x}", h >> 16)
}

/// The bookmark name of the value `span` points at (a YAML path in a
/// file of the content folder `dir`); `None` for a span without a path.
pub fn span_name(span: &crate::diag::Span, dir: &std::path::Path) -> Option<String> {
    let crate::diag::At::Value(path) = &span.at else {
        return None;
    };
    Some(name(&file_key(&span.file, dir), path))
}

/// How a file of the content folder `dir` is named in a bookmark's hash:
/// its path inside the folder, with `/`.
pub fn file_key(file: &std::path::Path, dir: &std::path::Path) -> String {
    let rel = file.strip_prefix(dir).unwrap_or(file);
    rel.to_string_lossy().replace('\\', "/")
}

/// Whether `s` is a bookmark name baocao writes.
pub fn is_name(s: &str) -> bool {
    s.len() == PREFIX.len() + 12
        && s.starts_with(PREFIX)
        && s[PREFIX.len()..]
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// `text` marked as coming from `name`; an empty text stays empty (there
/// is nothing to mark).
pub fn wrap(name: &str, text: &str) -> String {
    if text.is_empty() {
        return String::new();
    }
    let mut s = String::with_capacity(text.len() + name.len() + 9);
    s.push(OPEN);
    // only the hex digits: no `_` for Markdown to read as emphasis
    s.push_str(name.strip_prefix(PREFIX).unwrap_or(name));
    s.push(SEP);
    s.push_str(text);
    s.push(CLOSE);
    s
}

/// Whether `s` holds a marker.
pub fn has_markers(s: &str) -> bool {
    s.contains(OPEN)
}

/// `s` without its markers (names included).
pub fn strip(s: &str) -> String {
    if !has_markers(s) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut in_name = false;
    for c in s.chars() {
        match c {
            OPEN => in_name = true,
            SEP => in_name = false,
            CLOSE => {}
            c if !in_name => out.push(c),
            _ => {}
        }
    }
    out
}

/// The bookmark name a marker's name part (its hex digits) stands for.
pub fn marker_name(hex: &str) -> String {
    format!("{PREFIX}{hex}")
}

/// The length in bytes of a marker opening at the start of `s` (`OPEN`
/// name `SEP`), if `s` starts with one.
pub fn opening_len(s: &str) -> Option<usize> {
    let rest = s.strip_prefix(OPEN)?;
    let end = rest.find(SEP)?;
    Some(OPEN.len_utf8() + end + SEP.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_short_valid_and_stable() {
        let n = name("economy.yaml", "slots.results[0].body[1]");
        assert_eq!(n, name("economy.yaml", "slots.results[0].body[1]"));
        assert_ne!(n, name("economy.yaml", "slots.results[0].body[2]"));
        assert_ne!(n, name("general.yaml", "slots.results[0].body[1]"));
        assert!(is_name(&n), "{n}");
        assert!(n.len() <= 40);
        assert!(!is_name("_GoBack"));
    }

    #[test]
    fn wrap_and_strip() {
        let m = format!("a {} b", wrap("_bc000000000001", "văn bản"));
        assert!(has_markers(&m));
        assert_eq!(strip(&m), "a văn bản b");
        assert_eq!(wrap("_bc000000000001", ""), "");
        assert_eq!(opening_len(&wrap("_bc1", "x")), Some(3 + 1 + 3));
    }
}
