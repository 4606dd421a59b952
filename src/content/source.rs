//! Where every value of a YAML file sits, for located diagnostics and for
//! the provenance of the numbered report: a path like
//! `slots.results[0].body[2]` → line and column. Read with yaml-rust2 (its
//! parser gives the position of every event, serde_yaml's does not), once
//! per file and only when a position is asked for.
//!
//! [`Files`] is the content's [`Resolve`]: it gives the diagnostics'
//! printers the text of a file and the positions of its YAML paths.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::{Arc, OnceLock};

use crate::diag::{Resolve, Span};

/// A key written twice in one map: (path of the entry, line and column of
/// the first, of the second).
pub type Duplicate = (String, (usize, usize), (usize, usize));

/// Where each value of a YAML file sits (line and column, 1-based; the
/// column counts characters).
#[derive(Debug, Clone, Default)]
pub struct Locations {
    /// Value path → where the value starts.
    values: HashMap<String, (usize, usize)>,
    /// Entry path → where its key starts.
    keys: HashMap<String, (usize, usize)>,
    /// Keys written twice in one map: (path of the entry, first, second).
    /// serde would keep the last silently (or, for a struct, report it
    /// without saying where).
    pub duplicates: Vec<Duplicate>,
}

/// One open collection while reading: `key` is the length of the path
/// with the current key; `seen` the keys of the map so far.
enum Frame {
    Map {
        key: Option<usize>,
        seen: HashMap<String, (usize, usize)>,
    },
    Seq {
        index: usize,
    },
}

impl Locations {
    /// Reads the positions of `src`, as far as it parses.
    pub fn parse(src: &str) -> Locations {
        use yaml_rust2::parser::{Event, Parser};
        let mut out = Locations::default();
        let mut parser = Parser::new(src.chars());
        // the path of the node being read; each open collection has a
        // frame and the length of its own path
        let mut path = String::new();
        let mut stack: Vec<(usize, Frame)> = Vec::new();
        // Extends `path` to the child about to be read; false for a key.
        let enter_child = |path: &mut String, stack: &mut Vec<(usize, Frame)>| -> bool {
            let Some((len, frame)) = stack.last_mut() else {
                return true;
            };
            match frame {
                Frame::Map { key: None, .. } => false,
                Frame::Map {
                    key: Some(with_key),
                    ..
                } => {
                    path.truncate(*with_key);
                    true
                }
                Frame::Seq { index } => {
                    use std::fmt::Write;
                    path.truncate(*len);
                    let _ = write!(path, "[{index}]");
                    true
                }
            }
        };
        let after_value = |path: &mut String, stack: &mut Vec<(usize, Frame)>| {
            if let Some((len, frame)) = stack.last_mut() {
                match frame {
                    Frame::Map { key, .. } => *key = None,
                    Frame::Seq { index } => *index += 1,
                }
                path.truncate(*len);
            }
        };
        loop {
            let (ev, mark) = match parser.next_token() {
                Ok((Event::StreamEnd, _)) | Err(_) => break,
                Ok(x) => x,
            };
            let pos = (mark.line(), mark.col() + 1);
            match ev {
                Event::Scalar(v, ..) => {
                    if !enter_child(&mut path, &mut stack) {
                        // a key: the entry's path is the map's and the key
                        let Some((len, Frame::Map { key, seen })) = stack.last_mut() else {
                            continue;
                        };
                        path.truncate(*len);
                        if !path.is_empty() {
                            path.push('.');
                        }
                        path.push_str(&v);
                        *key = Some(path.len());
                        match seen.get(&v) {
                            Some(first) => out.duplicates.push((path.clone(), *first, pos)),
                            None => {
                                seen.insert(v, pos);
                                out.keys.insert(path.clone(), pos);
                            }
                        }
                    } else {
                        out.values.entry(path.clone()).or_insert(pos);
                        after_value(&mut path, &mut stack);
                    }
                }
                Event::MappingStart(..) | Event::SequenceStart(..) => {
                    if !stack.is_empty() && !enter_child(&mut path, &mut stack) {
                        // a collection as a key (`{{ x }}` unquoted): at the root
                        path.clear();
                    }
                    out.values.entry(path.clone()).or_insert(pos);
                    let frame = if matches!(ev, Event::MappingStart(..)) {
                        Frame::Map {
                            key: None,
                            seen: HashMap::new(),
                        }
                    } else {
                        Frame::Seq { index: 0 }
                    };
                    stack.push((path.len(), frame));
                }
                Event::MappingEnd | Event::SequenceEnd => {
                    stack.pop();
                    after_value(&mut path, &mut stack);
                }
                _ => {}
            }
        }
        out
    }

    /// The position of the value at `path`, or of its nearest ancestor.
    pub fn value(&self, path: &str) -> Option<(usize, usize)> {
        let mut p = path;
        loop {
            if let Some(v) = self.values.get(p) {
                return Some(*v);
            }
            let cut = p.rfind(['.', '['])?;
            p = &p[..cut];
        }
    }

    /// The position of the key of the entry at `path` (else of its value,
    /// or an ancestor's).
    pub fn key(&self, path: &str) -> Option<(usize, usize)> {
        self.keys.get(path).copied().or_else(|| self.value(path))
    }
}

/// A content file as read: its path, text and (read when first asked for)
/// the positions of its values.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: PathBuf,
    pub text: String,
    positions: OnceLock<Locations>,
}

impl Source {
    pub fn new(path: PathBuf, text: String) -> Source {
        Source {
            path,
            text,
            positions: OnceLock::new(),
        }
    }

    /// Where the values of the file are.
    pub fn positions(&self) -> &Locations {
        self.positions.get_or_init(|| Locations::parse(&self.text))
    }

    /// The position of the value at `path`, or of its nearest ancestor.
    pub fn value_pos(&self, path: &str) -> Option<(usize, usize)> {
        self.positions().value(path)
    }

    /// The position of the key of the entry at `path`.
    pub fn key_pos(&self, path: &str) -> Option<(usize, usize)> {
        self.positions().key(path)
    }

    /// Keys written twice in one map.
    pub fn duplicates(&self) -> Vec<Duplicate> {
        self.positions().duplicates.clone()
    }

    /// The span of the value at `path` (resolved when printed).
    pub fn loc(&self, path: &str) -> Option<Span> {
        Some(Span::value(&self.path, path))
    }

    /// The span of the key of the entry at `path`.
    pub fn key_loc(&self, path: &str) -> Option<Span> {
        Some(Span::key(&self.path, path))
    }
}

/// The files diagnostics point into, read (as the content reader reads
/// them: UTF-8, lossy here, NFC) when first asked for; texts that are no
/// file, like the built-in templates, are added by name.
#[derive(Default)]
pub struct Files {
    files: RefCell<HashMap<PathBuf, Option<Rc<Source>>>>,
}

impl Files {
    pub fn new() -> Files {
        Files::default()
    }

    /// Adds a file as read already, or a text under a name of its own
    /// (`<built-in>/report.md`).
    pub fn add(&self, src: Source) {
        self.files
            .borrow_mut()
            .insert(src.path.clone(), Some(Rc::new(src)));
    }

    fn get(&self, path: &Path) -> Option<Rc<Source>> {
        self.files
            .borrow_mut()
            .entry(path.to_path_buf())
            .or_insert_with(|| {
                let bytes = std::fs::read(path).ok()?;
                let text = String::from_utf8_lossy(&bytes);
                let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
                Some(Rc::new(Source::new(path.to_path_buf(), super::nfc(text))))
            })
            .clone()
    }
}

impl Resolve for Files {
    fn text(&self, file: &Path) -> Option<Arc<str>> {
        self.get(file).map(|s| s.text.as_str().into())
    }
    fn yaml_position(&self, file: &Path, path: &str, key: bool) -> Option<(usize, usize)> {
        let src = self.get(file)?;
        if key {
            src.key_pos(path)
        } else {
            src.value_pos(path)
        }
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
        // a block scalar sits where its text starts
        assert_eq!(l.value("b.c[1]"), Some((6, 7)));
        assert_eq!(l.value("b.d"), Some((8, 6)));
        assert_eq!(l.key("b.d"), Some((8, 3)));
        // unknown child falls back to its parent
        assert_eq!(l.value("b.c[1].zzz").map(|p| p.0), Some(6));
    }

    #[test]
    fn duplicate_keys_are_found() {
        let l = Locations::parse("a:\n  x: 1\n  y: 2\n  x: 3\nb: [1]\n");
        assert_eq!(l.duplicates, vec![("a.x".to_string(), (2, 3), (4, 3))]);
    }

    #[test]
    fn a_broken_file_is_read_up_to_its_error() {
        let src = Source::new(
            "x.yaml".into(),
            "figures:\n  a:\n    value: 1\nslots: [unclosed\n".into(),
        );
        assert_eq!(src.value_pos("figures.a.value"), Some((3, 12)));
        assert_eq!(src.key_pos("figures.a"), Some((2, 3)));
        assert_eq!(src.value_pos("slots"), Some((4, 8)));
        assert_eq!(src.value_pos("zzz"), None);
    }
}
