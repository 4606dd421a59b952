//! A mutation fuzzer, as a test: careless and hostile inputs through the
//! content loader and the whole build, and through Markdown → DOCX. For
//! every input: no panic, and when a DOCX is made, every XML part of it is
//! well-formed. The inputs come from a seeded generator, so a failure
//! prints the iteration that reproduces it.
//!
//! `BAOCAO_FUZZ=N` sets how many inputs each of the two runs tries (a few
//! hundred by default, so that the tests stay quick; CI runs 20 000
//! with `--release`, see .ci/run). `BAOCAO_FUZZ_SEED` changes the seed.

mod common;
use common::*;

use std::io::Read;

/// xorshift64*: small, fast, the same sequence on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// What the mutations insert: YAML, tera and Markdown syntax, numbers that
/// overflow, characters XML does not allow, and text.
const TOKENS: &[&str] = &[
    "{{",
    "}}",
    "{%",
    "%}",
    "{#",
    "#}",
    "[",
    "]",
    "{",
    "}",
    ": ",
    "- ",
    "\n",
    "\n  ",
    "\t",
    "\"",
    "'",
    "&amp;",
    "&",
    "<",
    ">",
    "*",
    "_",
    "|",
    "#",
    "`",
    "\\",
    "...",
    "---",
    "!!str ",
    "&a ",
    "*a",
    "~",
    "null",
    "true",
    "0",
    "-1",
    "7.0e+28",
    "1e400",
    "99999999999999999999999",
    "2,732.16",
    "\u{1}",
    "\u{b}",
    "\u{0}",
    "\u{FFFE}",
    "\u{FFFF}",
    "\u{E000}",
    "\u{301}",
    "Đảng ủy",
    " | num(p=10) ",
    " | pct ",
    " | roman ",
    " | nosuch ",
    "f.gtsx.value",
    "f.nosuch.value",
    "doc.title",
    "{{ f.gtsx.value | num }}",
    "{% if true %}",
    "{% endif %}",
    "{% for i in range(end=9) %}",
    "{% set_global x = 1 %}",
    "{% include \"x\" %}",
    "number: \"9\"",
    "count_label: x",
    "heading: X",
    "text: Y",
    "body: [a, b]",
    "items: []",
    "value: ",
    "target: 0",
    "baseline: 0",
    "parts: { a: 1 }",
    "same_as: gtsx",
    "../",
    "/etc/passwd",
    "- ../x",
    "stem: ../x",
    "congress: 0",
    "draft: 0",
    "lang: 'x <&>'",
];

/// `text` with a few random mutations: a byte range deleted, a token
/// inserted, a range repeated, a character replaced.
fn mutate(rng: &mut Rng, text: &str) -> String {
    let mut s: Vec<char> = text.chars().collect();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(s.len() + 1);
        match rng.below(5) {
            0 if !s.is_empty() => {
                let n = (1 + rng.below(8)).min(s.len() - at.min(s.len()));
                s.drain(at.min(s.len())..at.min(s.len()) + n);
            }
            1 | 2 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                for (k, c) in t.chars().enumerate() {
                    s.insert(at + k, c);
                }
            }
            3 if !s.is_empty() => {
                let from = rng.below(s.len());
                let n = (1 + rng.below(20)).min(s.len() - from);
                let piece: Vec<char> = s[from..from + n].to_vec();
                for (k, c) in piece.into_iter().enumerate() {
                    s.insert(at + k, c);
                }
            }
            _ if !s.is_empty() => {
                let i = rng.below(s.len());
                s[i] = char::from_u32(rng.below(0x2100) as u32).unwrap_or('?');
            }
            _ => {}
        }
    }
    s.into_iter().collect()
}

/// Every XML part of a DOCX read to its end: `Err` names the first that is
/// not well-formed.
fn parts_are_well_formed(docx: &[u8]) -> Result<usize, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).map_err(|e| e.to_string())?;
    let mut n = 0;
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).map_err(|e| e.to_string())?;
        let name = f.name().to_string();
        if !(name.ends_with(".xml") || name.ends_with(".rels")) {
            continue;
        }
        let mut xml = Vec::new();
        f.read_to_end(&mut xml).map_err(|e| e.to_string())?;
        let text = String::from_utf8(xml).map_err(|_| format!("{name}: not UTF-8"))?;
        if let Some(c) = text.chars().find(|c| baocao::docx::tree::xml_forbidden(*c)) {
            return Err(format!("{name}: U+{:04X}", c as u32));
        }
        let mut reader = quick_xml::Reader::from_str(&text);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(e) => return Err(format!("{name}: {e}")),
            }
        }
        n += 1;
    }
    Ok(n)
}

fn runs() -> usize {
    std::env::var("BAOCAO_FUZZ")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(300)
}

fn seed() -> u64 {
    std::env::var("BAOCAO_FUZZ_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0x005E_EDBA_0CA0)
}

#[test]
fn mutated_content_never_panics_and_never_makes_a_malformed_docx() {
    let base = root().join("tests/fixtures/mini");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&base)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let name = e.file_name().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(e.path()).unwrap())
        })
        .collect();
    files.sort();
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng(seed());
    let (mut built, mut docx_parts) = (0usize, 0usize);
    let n = runs();
    for i in 0..n {
        let which = rng.below(files.len());
        for (k, (name, text)) in files.iter().enumerate() {
            let t = if k == which {
                mutate(&mut rng, text)
            } else {
                text.clone()
            };
            std::fs::write(dir.path().join(name), t).unwrap();
        }
        let result = std::panic::catch_unwind(|| {
            let b = build(dir.path()).ok()?;
            Some(b.docx())
        });
        match result {
            Err(_) => panic!("input {i} (seed {}) panicked: {}", seed(), files[which].0),
            Ok(Some(Ok(bytes))) => {
                built += 1;
                docx_parts += parts_are_well_formed(&bytes)
                    .unwrap_or_else(|e| panic!("input {i}: malformed part {e}"));
            }
            Ok(Some(Err(d))) => panic!("input {i}: the DOCX of a built report failed: {d:?}"),
            Ok(None) => {}
        }
    }
    eprintln!("{n} mutated content trees: {built} built, {docx_parts} XML parts well-formed");
    // (a real corpus: some mutations leave the report buildable)
    assert!(built > 0 || n < 50, "no mutated tree built");
}

#[test]
fn mutated_markdown_never_panics_and_never_makes_a_malformed_docx() {
    let sample = std::fs::read_to_string(root().join("tests/fixtures/sample.md")).unwrap();
    let profile = baocao::docx::Profile::default();
    let mut rng = Rng(seed() ^ 0xD0C5);
    let n = runs();
    for i in 0..n {
        let md = mutate(&mut rng, &sample);
        let r = std::panic::catch_unwind(|| baocao::docx::markdown_to_docx(&md, &profile));
        match r {
            Err(_) => panic!("input {i} panicked:\n{md}"),
            Ok(Ok(bytes)) => {
                parts_are_well_formed(&bytes)
                    .unwrap_or_else(|e| panic!("input {i}: malformed part {e}\n{md}"));
            }
            Ok(Err(e)) => panic!("input {i}: no DOCX: {e}\n{md}"),
        }
    }
    eprintln!("{n} mutated Markdown documents: all well-formed");
}
