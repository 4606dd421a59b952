//! Which section file gets which material, and what the slots are called:
//! a mapping the user can change (`--areas FILE`; the built-in one is
//! `src/import/areas.yaml`, printed by `baocao import --print-areas`).

use std::path::Path;

use serde::Deserialize;

use crate::diag::Diagnostic;
use crate::t;

/// The built-in mapping.
pub const DEFAULT: &str = include_str!("areas.yaml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    /// The section file, without `.yaml`.
    pub file: String,
    /// Its `title:`.
    pub title: String,
    #[serde(default)]
    pub words: Vec<String>,
    /// Material no word sends anywhere goes here.
    #[serde(default)]
    pub default: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlotRule {
    #[serde(default)]
    pub part: Option<usize>,
    #[serde(default)]
    pub intro: bool,
    #[serde(default)]
    pub words: Vec<String>,
    pub name: String,
    /// Sends the whole slot to this file.
    #[serde(default)]
    pub area: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    pub areas: Vec<Area>,
    #[serde(default)]
    pub slots: Vec<SlotRule>,
}

impl Mapping {
    pub fn builtin() -> Mapping {
        serde_yaml::from_str(DEFAULT).expect("the built-in areas.yaml reads")
    }

    /// Reads a mapping file.
    pub fn read(path: &Path) -> Result<Mapping, Diagnostic> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            Diagnostic::error(
                "io",
                t!(
                    "import-cannot-read",
                    file = path.display(),
                    reason = crate::content::io_reason(&e)
                ),
            )
        })?;
        let m: Mapping = serde_yaml::from_str(&text).map_err(|e| {
            Diagnostic::error(
                "import-areas",
                t!("import-bad-areas", file = path.display(), reason = e),
            )
            .hint(t!("import-bad-areas-hint"))
        })?;
        let valid = |f: &str| {
            !f.is_empty()
                && f != "report"
                && f.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        };
        if m.areas.is_empty() || m.areas.iter().any(|a| !valid(&a.file)) {
            return Err(Diagnostic::error(
                "import-areas",
                t!(
                    "import-bad-areas",
                    file = path.display(),
                    reason = t!("import-bad-areas-files")
                ),
            )
            .hint(t!("import-bad-areas-hint")));
        }
        Ok(m)
    }

    /// The index of the default area.
    pub fn default_area(&self) -> usize {
        self.areas
            .iter()
            .position(|a| a.default)
            .unwrap_or(self.areas.len() - 1)
    }

    /// The area whose word comes first in `text`, if any.
    pub fn area_of(&self, text: &str) -> Option<usize> {
        let lower = text.to_lowercase();
        let mut best: Option<(usize, usize, usize)> = None; // (position, -len, area)
        for (i, a) in self.areas.iter().enumerate() {
            for w in &a.words {
                let w = w.to_lowercase();
                if let Some(p) = find_word(&lower, &w) {
                    let better = match best {
                        None => true,
                        Some((bp, bl, _)) => p < bp || (p == bp && w.len() > bl),
                    };
                    if better {
                        best = Some((p, w.len(), i));
                    }
                }
            }
        }
        best.map(|b| b.2)
    }

    /// The areas `text` names (each once, in the mapping's order).
    pub fn areas_in(&self, text: &str) -> Vec<usize> {
        let lower = text.to_lowercase();
        (0..self.areas.len())
            .filter(|&i| {
                self.areas[i]
                    .words
                    .iter()
                    .any(|w| find_word(&lower, &w.to_lowercase()).is_some())
            })
            .collect()
    }

    /// The index of an area by its file name.
    pub fn by_file(&self, file: &str) -> Option<usize> {
        self.areas.iter().position(|a| a.file == file)
    }

    /// The rule that names a slot: for the part `part` (1-based), its
    /// intro or the section titled `title`.
    pub fn slot_rule(&self, part: usize, intro: bool, title: &str) -> Option<&SlotRule> {
        let lower = title.to_lowercase();
        self.slots.iter().find(|r| {
            r.part.is_none_or(|p| p == part)
                && r.intro == intro
                && (intro
                    || r.words
                        .iter()
                        .any(|w| find_word(&lower, &w.to_lowercase()).is_some()))
        })
    }
}

/// Where `word` occurs in `text` as whole words.
fn find_word(text: &str, word: &str) -> Option<usize> {
    if word.is_empty() {
        return None;
    }
    let mut from = 0;
    while let Some(i) = text[from..].find(word) {
        let at = from + i;
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_go_to_the_area_they_name_first() {
        let m = Mapping::builtin();
        let file = |t: &str| m.area_of(t).map(|i| m.areas[i].file.as_str());
        assert_eq!(file("Về phát triển kinh tế"), Some("economy"));
        assert_eq!(
            file("Về phát triển văn hóa - xã hội"),
            Some("culture-society")
        );
        assert_eq!(
            file("Lãnh đạo nhiệm vụ Quốc phòng - an ninh"),
            Some("defence-security")
        );
        assert_eq!(
            file("Các hoạt động văn hóa; bảo đảm an sinh xã hội"),
            Some("culture-society")
        );
        assert_eq!(
            file("Chỉ tiêu về môi trường (03 chỉ tiêu)"),
            Some("environment")
        );
        assert_eq!(
            file("Các chỉ tiêu về xây dựng Đảng (02 chỉ tiêu)"),
            Some("party-building")
        );
        assert_eq!(file("Kết quả thực hiện Nghị quyết số 06-NQ/HU"), None);
        assert_eq!(m.areas[m.default_area()].file, "general");
        assert_eq!(
            m.slot_rule(1, false, "NGUYÊN NHÂN CỦA HẠN CHẾ, YẾU KÉM")
                .map(|r| r.name.as_str()),
            Some("causes")
        );
        assert_eq!(
            m.slot_rule(2, true, "").map(|r| r.name.as_str()),
            Some("outlook")
        );
    }
}
