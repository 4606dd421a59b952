//! Stage 3 — rendering: the content and its figures become one Markdown
//! document through tera. Every paragraph of the YAML is itself a small
//! tera template (so a sentence can say `{{ f.gia_tri_san_xuat.value | num }}`),
//! the numbering of parts, chapters, sections, items and targets is computed
//! here, and the layout templates in `templates/` put it together.
//!
//! The tera filters — the Vietnamese formatting of [`crate::format`] — are
//! declared in [`crate::filters`].

use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::{json, Value as Json};
use tera::Tera;

use crate::content::{Content, Node, Para, Source, Target};
use crate::diag::{Diagnostic, Diagnostics, Pending};
use crate::figures::Figures;
use crate::format;

/// The default templates, compiled into the binary; files in `--templates`
/// override them one by one.
pub const DEFAULT_TEMPLATES: &[(&str, &str)] = &[
    ("report.md", include_str!("../templates/report.md")),
    ("header.md", include_str!("../templates/header.md")),
    ("title.md", include_str!("../templates/title.md")),
    ("part.md", include_str!("../templates/part.md")),
    ("part_one.md", include_str!("../templates/part_one.md")),
    ("part_two.md", include_str!("../templates/part_two.md")),
    ("blocks.md", include_str!("../templates/blocks.md")),
    ("closing.md", include_str!("../templates/closing.md")),
];

/// The fields of `doc` that [`doc_json`] gives templates (a test keeps the
/// two in step); diagnostics suggest from them.
pub const DOC_FIELDS: &[&str] = &[
    "congress",
    "congress_roman",
    "date",
    "draft",
    "draft_marker",
    "issuing_body",
    "kind",
    "motto",
    "next_term",
    "place",
    "place_date",
    "previous_congress",
    "previous_congress_roman",
    "previous_term",
    "subtitle",
    "superior_body",
    "title",
    "year",
];

/// Builds the tera instance: default templates, overridden by any file of
/// the same name in `dir`, plus extra templates found there.
pub fn load_templates(
    dir: Option<&Path>,
    diags: &mut Diagnostics,
) -> Option<(Tera, Vec<(String, PathBuf)>)> {
    let mut tera = Tera::new();
    crate::filters::register(&mut tera);
    let mut sources: Vec<(String, String, Option<PathBuf>)> = DEFAULT_TEMPLATES
        .iter()
        .map(|(n, s)| (n.to_string(), s.to_string(), None))
        .collect();
    if let Some(dir) = dir {
        if !dir.is_dir() {
            diags.push(
                Diagnostic::error("io", format!("the templates folder `{}` does not exist", dir.display()))
                    .hint("pass --templates DIR with the folder holding the .md templates, or leave it out to use the built-in ones"),
            );
            return None;
        }
        for entry in walkdir::WalkDir::new(dir)
            .sort_by_file_name()
            .into_iter()
            .filter_map(|e| e.ok())
        {
            if !entry.file_type().is_file() {
                continue;
            }
            let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            let name = rel.to_string_lossy().replace('\\', "/");
            if !name.ends_with(".md") {
                continue;
            }
            let Some(src) = crate::content::read_text(entry.path(), diags) else {
                continue;
            };
            if let Some(slot) = sources.iter_mut().find(|(n, _, _)| *n == name) {
                slot.1 = src;
                slot.2 = Some(entry.path().to_path_buf());
            } else {
                sources.push((name, src, Some(entry.path().to_path_buf())));
            }
        }
    }
    let mut paths = Vec::new();
    for (name, _, path) in &sources {
        paths.push((
            name.clone(),
            path.clone()
                .unwrap_or_else(|| crate::diag::template::builtin_path(name)),
        ));
    }
    let names: Vec<String> = sources.iter().map(|(n, _, _)| n.clone()).collect();
    let mut found = Diagnostics::default();
    // All together: tera reports every unknown filter and include at once,
    // but only the first syntax error; then each file alone, so that the
    // syntax errors of all files are reported.
    if let Err(e) = tera.add_raw_templates(sources.iter().map(|(n, s, _)| (n.as_str(), s.as_str())))
    {
        if matches!(e.kind(), tera::ErrorKind::SyntaxError(_)) {
            for (name, src, _) in &sources {
                if let Err(e) = Tera::new().add_raw_template(name, src) {
                    if matches!(e.kind(), tera::ErrorKind::SyntaxError(_)) {
                        found.extend(template_errors(&e, None, &names));
                    }
                }
            }
        } else {
            found.extend(template_errors(&e, None, &names));
        }
    }
    crate::diag::template::relocate(&mut found, &paths);
    diags.extend(found.items);
    if diags.has_errors() {
        return None;
    }
    Some((tera, paths))
}

/// Turns a tera error into diagnostics (see [`crate::diag::template`]).
/// `yaml` locates a sentence template in its YAML file: (source, path of
/// the value); without it the error is in a layout template.
pub fn template_errors(
    e: &tera::Error,
    yaml: Option<(&Source, &str)>,
    templates: &[String],
) -> Vec<Diagnostic> {
    use crate::diag::template::{from_tera, Origin};
    let origin = match yaml {
        Some((src, path)) => Origin::Yaml(src, path),
        None => Origin::Layout,
    };
    from_tera(e, origin, templates)
}

// ---------------------------------------------------------------- the view

/// What the layout templates see.
#[derive(Debug, Clone, Serialize)]
pub struct View {
    pub doc: Json,
    pub opening: Vec<String>,
    pub parts: Vec<PartView>,
    pub closing: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PartView {
    /// 1-based.
    pub index: usize,
    /// "Phần thứ nhất".
    pub label: String,
    pub title: String,
    pub intro: Vec<Block>,
    pub chapters: Vec<ChapterView>,
    /// Filled by rendering `part_one.md` / `part_two.md`.
    pub markdown: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChapterView {
    /// "A".
    pub number: String,
    pub title: String,
    /// Material of a chapter-level slot, rendered.
    pub contributions: Vec<Contribution>,
    pub sections: Vec<SectionView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SectionView {
    /// "I".
    pub number: String,
    pub title: String,
    pub contributions: Vec<Contribution>,
}

/// What one section file contributes to one place of the outline.
#[derive(Debug, Clone, Serialize)]
pub struct Contribution {
    /// The section file (`economy`).
    pub section: String,
    pub slot: String,
    pub blocks: Vec<Block>,
    /// The blocks rendered through the section's partial.
    pub markdown: String,
}

/// A flat block of the body: a heading, a paragraph, a run-in paragraph or
/// a target line. Numbering is already in `number`.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Block {
    /// `heading`, `para`, `run_in`, `target`, `line`.
    pub kind: &'static str,
    /// Markdown heading level (1–6), for headings.
    pub level: usize,
    /// Heading class: `part`, `chapter`, `section`, `item`, `subitem`.
    pub class: &'static str,
    /// The computed (or stated) number: "I", "1", "1.1", "(3)".
    pub number: String,
    /// Heading text, or the run-in lead, escaped for Markdown.
    pub title: String,
    /// Paragraph text, escaped for Markdown.
    pub text: String,
    /// The Markdown heading marker (`####`), for headings.
    pub hashes: String,
    pub bold: bool,
}

/// One sentence to render: its text (a template if [`is_template`]) and
/// the figure it is about (a target's `{{ value }}`).
struct Job<'a> {
    tpl: String,
    extra: Option<&'a Json>,
}

/// What [`Renderer::text`] does with a sentence that is a template.
enum Mode<'a> {
    /// First walk: note the sentence, in walking order, and give nothing.
    Collect(Vec<Job<'a>>),
    /// Second walk: take the results of the first walk's sentences, in the
    /// same order (the walk does not depend on the texts).
    Replay(std::vec::IntoIter<Result<String, tera::Error>>),
}

struct Renderer<'a> {
    figures_json: &'a Json,
    mode: Mode<'a>,
    target_counter: usize,
    diags: Diagnostics,
    figures: &'a Figures,
    /// Numbers stated in the content that differ from the computed ones.
    findings: Vec<Pending>,
}

fn is_template(tpl: &str) -> bool {
    tpl.contains("{{") || tpl.contains("{%") || tpl.contains("{#")
}

/// The words of a rendered sentence, one space apart, escaped for Markdown.
fn finish_text(out: &str) -> String {
    // most sentences are one-spaced already
    let spaced = !has_other_whitespace(out)
        && !out.contains("  ")
        && !out.starts_with(' ')
        && !out.ends_with(' ');
    if spaced {
        return format::escape_markdown(out);
    }
    let mut joined = String::with_capacity(out.len());
    for w in out.split_whitespace() {
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.push_str(w);
    }
    format::escape_markdown(&joined)
}

/// True when `s` holds whitespace other than the plain space (what
/// `char::is_whitespace` calls whitespace), found from the bytes: the
/// text is mostly Vietnamese letters, which need no decoding to rule out.
fn has_other_whitespace(s: &str) -> bool {
    let b = s.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    b.iter().enumerate().any(|(i, &c)| match c {
        b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => true,
        // U+0085, U+00A0
        0xC2 => matches!(at(i + 1), 0x85 | 0xA0),
        // U+1680
        0xE1 => at(i + 1) == 0x9A && at(i + 2) == 0x80,
        // U+2000–U+200A, U+2028, U+2029, U+202F; U+205F
        0xE2 => match at(i + 1) {
            0x80 => matches!(at(i + 2), 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF),
            0x81 => at(i + 2) == 0x9F,
            _ => false,
        },
        // U+3000
        0xE3 => at(i + 1) == 0x80 && at(i + 2) == 0x80,
        _ => false,
    })
}

/// Renders one sentence template (see [`Renderer::text`]).
fn render_job(tera: &Tera, base_ctx: &tera::Context, job: &Job) -> Result<String, tera::Error> {
    if !is_template(&job.tpl) {
        return Ok(finish_text(&job.tpl));
    }
    let mut ctx = base_ctx.clone();
    if let Some(Json::Object(m)) = job.extra {
        for (k, v) in m {
            ctx.insert(k.clone(), v);
        }
    }
    tera.render_str(&job.tpl, &ctx, false)
        .map(|s| finish_text(&s))
}

/// `f` over `items` in parallel; the results come back in the order of
/// `items`.
fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync + Send) -> Vec<R> {
    use rayon::prelude::*;
    items.par_iter().map(f).collect()
}

impl<'a> Renderer<'a> {
    /// Renders one YAML string as a tera template, escaped for Markdown.
    fn text(&mut self, tpl: &str, src: &Source, vpath: &str, extra: Option<&'a Json>) -> String {
        match &mut self.mode {
            Mode::Collect(jobs) => {
                jobs.push(Job {
                    tpl: tpl.to_string(),
                    extra,
                });
                String::new()
            }
            Mode::Replay(results) => match results.next().expect("a result for every template") {
                Ok(s) => s,
                Err(e) => {
                    self.diags
                        .extend(template_errors(&e, Some((src, vpath)), &[]));
                    finish_text("")
                }
            },
        }
    }

    fn paras(&mut self, paras: &[Para], src: &Source, path: &str, out: &mut Vec<Block>) {
        for (i, p) in paras.iter().enumerate() {
            let vp = format!("{path}[{i}]");
            match p {
                Para::Text(t) => {
                    let text = self.text(t, src, &vp, None);
                    out.push(Block {
                        kind: "para",
                        text,
                        ..Default::default()
                    });
                }
                Para::Styled(s) => {
                    if !s.counted.is_empty() {
                        for (j, c) in s.counted.iter().enumerate() {
                            let word = format::counting_word(j as u32 + 1).unwrap_or("Tiếp");
                            let body = self.text(c, src, &format!("{vp}.counted[{j}]"), None);
                            out.push(Block {
                                kind: "para",
                                text: format!("{word} là, {body}"),
                                ..Default::default()
                            });
                        }
                        continue;
                    }
                    let mut text = s
                        .text
                        .as_deref()
                        .map(|t| self.text(t, src, &format!("{vp}.text"), None))
                        .unwrap_or_default();
                    for (j, c) in s.clauses.iter().enumerate() {
                        let body = self.text(c, src, &format!("{vp}.clauses[{j}]"), None);
                        if !text.is_empty() {
                            text.push(' ');
                        }
                        text.push_str(&format!("({}) {}", j + 1, body));
                    }
                    out.push(Block {
                        kind: "para",
                        text,
                        bold: s.bold,
                        ..Default::default()
                    });
                }
            }
        }
    }

    /// What every section file puts in `slot`, in the order of `sections:`,
    /// numbered on across files; with the count of numbered nodes.
    fn slot(&mut self, content: &Content, slot: &str, depth: usize) -> (Vec<Contribution>, usize) {
        let mut contributions = Vec::new();
        let mut n = 0;
        for (name, file, src) in &content.sections {
            if let Some(nodes) = file.slots.get(slot) {
                let mut blocks = Vec::new();
                n = self.nodes(
                    nodes,
                    src,
                    &format!("slots.{slot}"),
                    depth,
                    "",
                    n,
                    &mut blocks,
                );
                contributions.push(Contribution {
                    section: name.clone(),
                    slot: slot.to_string(),
                    blocks,
                    markdown: String::new(),
                });
            }
        }
        (contributions, n)
    }

    /// Flattens `nodes` (siblings numbered from `start`) into blocks.
    /// `depth`: 3 = sections (I.), 4 = items (1.), 5 = sub-items (1.1.) …
    #[allow(clippy::too_many_arguments)]
    fn nodes(
        &mut self,
        nodes: &[Node],
        src: &Source,
        path: &str,
        depth: usize,
        prefix: &str,
        start: usize,
        out: &mut Vec<Block>,
    ) -> usize {
        let mut n = start;
        for (i, node) in nodes.iter().enumerate() {
            let numbered = node.heading.is_some() || node.text.is_some();
            if numbered {
                n += 1;
            }
            let np = format!("{path}[{i}]");
            let computed = match depth {
                3 => format::roman(n as u32).unwrap_or_default(),
                4 => n.to_string(),
                _ => format!("{prefix}.{n}"),
            };
            let number = node.number.clone().unwrap_or_else(|| computed.clone());
            // (the first walk's findings are dropped: not located there)
            let collecting = matches!(self.mode, Mode::Collect(_));
            if numbered && number != computed && !collecting {
                let what = node
                    .heading
                    .as_deref()
                    .or(node.text.as_deref())
                    .unwrap_or("");
                let short: String = what.chars().take(60).collect();
                self.findings.push(Pending {
                    diagnostic: Diagnostic::warning(
                        "numbering",
                        format!("“{short}” is numbered {number}. as the draft states it, but its position gives {computed}."),
                    )
                    .expected(format!("{computed}. (the number its position in the outline gives)"))
                    .hint("remove `number:` to print the computed number"),
                    file: src.path.clone(),
                    path: format!("{np}.number"),
                });
            }
            let class = match depth {
                3 => "section",
                4 => "item",
                _ => "subitem",
            };
            let mut body_start = 0;
            if let Some(h) = &node.heading {
                let mut title = self.text(h, src, &format!("{np}.heading"), None);
                if !node.targets.is_empty() {
                    if let Some(label) = &node.count_label {
                        title.push_str(&format!(
                            " ({} {})",
                            format::padded(node.targets.len() as i64),
                            label
                        ));
                    }
                }
                if node.run_in {
                    let first = match node.body.first() {
                        Some(Para::Text(t)) => {
                            body_start = 1;
                            self.text(t, src, &format!("{np}.body[0]"), None)
                        }
                        _ => String::new(),
                    };
                    out.push(Block {
                        kind: "run_in",
                        class,
                        number: number.clone(),
                        title: format!("{title}:"),
                        text: first,
                        ..Default::default()
                    });
                } else {
                    out.push(Block {
                        kind: "heading",
                        level: depth.min(6),
                        hashes: "#".repeat(depth.min(6)),
                        class,
                        number: number.clone(),
                        title,
                        ..Default::default()
                    });
                }
            } else if let Some(t) = &node.text {
                let text = self.text(t, src, &format!("{np}.text"), None);
                out.push(Block {
                    kind: "numbered",
                    class,
                    number: number.clone(),
                    text,
                    ..Default::default()
                });
            }
            let rest = node.body.get(body_start..).unwrap_or_default();
            let mut body_blocks = Vec::new();
            self.paras(rest, src, &format!("{np}.body"), &mut body_blocks);
            // keep YAML paths right for the skipped run-in paragraph
            out.extend(body_blocks);
            for (j, t) in node.targets.iter().enumerate() {
                self.target(t, src, &format!("{np}.targets[{j}]"), out);
            }
            let child_prefix = if depth == 3 {
                String::new()
            } else {
                number.clone()
            };
            self.nodes(
                &node.items,
                src,
                &format!("{np}.items"),
                depth + 1,
                &child_prefix,
                0,
                out,
            );
        }
        n
    }

    fn target(&mut self, t: &Target, src: &Source, path: &str, out: &mut Vec<Block>) {
        self.target_counter += 1;
        let mut unknown = false;
        let extra = match &t.figure {
            Some(id) => match self.figures_json.get(id) {
                Some(j) => Some(j),
                None => {
                    let known: Vec<String> = self.figures.by_id.keys().cloned().collect();
                    self.diags.push(crate::figures::unknown_figure(
                        id,
                        src.loc(&format!("{path}.figure")),
                        known.iter(),
                    ));
                    unknown = true;
                    None
                }
            },
            None => None,
        };
        // Without its figure the sentence's `{{ value }}` cannot work:
        // that is the unknown figure's consequence, not a second problem.
        let reported = self.diags.items.len();
        let text = self.text(&t.text, src, &format!("{path}.text"), extra);
        out.push(Block {
            kind: "target",
            number: format!("({})", self.target_counter),
            text,
            ..Default::default()
        });
        for (k, l) in t.lines.iter().enumerate() {
            let text = self.text(l, src, &format!("{path}.lines[{k}]"), extra);
            out.push(Block {
                kind: "line",
                text,
                ..Default::default()
            });
        }
        if unknown {
            self.diags.items.truncate(reported);
        }
    }
}

impl<'a> Renderer<'a> {
    /// Walks the outline: numbers it and renders its sentences into blocks.
    fn walk(&mut self, content: &Content) -> (Vec<Block>, Vec<PartView>, Vec<Block>) {
        let report = &content.report;
        let mut opening = Vec::new();
        self.paras(
            &report.opening,
            &content.report_src,
            "opening",
            &mut opening,
        );
        let mut parts = Vec::new();
        for (pi, p) in report.outline.iter().enumerate() {
            let title = self.text(
                &p.title,
                &content.report_src,
                &format!("outline[{pi}].title"),
                None,
            );
            let mut intro = Vec::new();
            if let Some(slot) = &p.intro {
                for (_, file, src) in &content.sections {
                    if let Some(nodes) = file.slots.get(slot) {
                        for (k, node) in nodes.iter().enumerate() {
                            self.paras(
                                &node.body,
                                src,
                                &format!("slots.{slot}[{k}].body"),
                                &mut intro,
                            );
                        }
                    }
                }
            }
            let mut chapters = Vec::new();
            for (ci, c) in p.chapters.iter().enumerate() {
                let ctitle = self.text(
                    &c.title,
                    &content.report_src,
                    &format!("outline[{pi}].chapters[{ci}].title"),
                    None,
                );
                // A chapter-level slot gives sections (I., II.) itself; the
                // chapter's own sections are numbered on after them.
                let (contributions, numbered) = match &c.slot {
                    Some(slot) => self.slot(content, slot, 3),
                    None => (Vec::new(), 0),
                };
                let mut sections = Vec::new();
                for (si, s) in c.sections.iter().enumerate() {
                    let stitle = self.text(
                        &s.title,
                        &content.report_src,
                        &format!("outline[{pi}].chapters[{ci}].sections[{si}].title"),
                        None,
                    );
                    let (contribs, _) = self.slot(content, &s.slot, 4);
                    sections.push(SectionView {
                        number: format::roman((numbered + si + 1) as u32).unwrap_or_default(),
                        title: stitle,
                        contributions: contribs,
                    });
                }
                chapters.push(ChapterView {
                    number: format::letter(ci as u32 + 1).unwrap_or_default(),
                    title: ctitle,
                    contributions,
                    sections,
                });
            }
            parts.push(PartView {
                index: pi + 1,
                label: format!("Phần thứ {}", format::ordinal(pi as u32 + 1).unwrap_or("?")),
                title,
                intro,
                chapters,
                markdown: String::new(),
            });
        }
        let mut closing = Vec::new();
        self.paras(
            &report.closing,
            &content.report_src,
            "closing",
            &mut closing,
        );
        (opening, parts, closing)
    }
}

/// The document information templates see as `doc`.
pub fn doc_json(content: &Content, diags: &mut Diagnostics) -> Json {
    let d = &content.report.document;
    let date = match d.date.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => match chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            Ok(date) => Some(date),
            Err(_) => {
                diags.push(
                    Diagnostic::error("bad-date", format!("`{s}` is not a valid date"))
                        .at_loc(content.report_src.loc("document.date"))
                        .expected("a date written YYYY-MM-DD, e.g. 2025-02-05, or nothing while the draft is undated")
                        .hint("check the day exists in that month; leave `date:` empty to keep the blanks of a draft"),
                );
                None
            }
        },
        None => None,
    };
    let place_date = format::place_date(
        &d.place,
        date,
        date.map(|x| chrono::Datelike::year(&x)).unwrap_or(d.year),
    );
    json!({
        "superior_body": d.superior_body,
        "issuing_body": d.issuing_body,
        "place": d.place,
        "place_date": place_date,
        "date": d.date,
        "year": d.year,
        "draft": d.draft,
        "draft_marker": d.draft.map(|n| format!("(Dự thảo lần {n})")),
        "kind": d.kind,
        "title": d.title,
        "subtitle": d.subtitle,
        "motto": d.motto,
        "congress": d.congress,
        "congress_roman": format::roman(d.congress),
        "previous_congress": d.congress.saturating_sub(1),
        "previous_congress_roman": format::roman(d.congress.saturating_sub(1)),
        "previous_term": d.previous_term,
        "next_term": d.next_term,
    })
}

/// Output file stem: `bao-cao-chinh-tri-du-thao-lan-3`, or the bare stem
/// for a final version.
pub fn output_stem(content: &Content) -> String {
    let d = &content.report.document;
    match d.draft {
        Some(n) => format!("{}-du-thao-lan-{n}", d.stem),
        None => d.stem.clone(),
    }
}

/// The rendered report.
pub struct Rendered {
    pub markdown: String,
    pub view: View,
    /// Consistency findings of rendering (stated numbering), located.
    pub findings: Vec<Diagnostic>,
}

/// Renders the whole report to Markdown.
pub fn render(
    content: &Content,
    figures: &Figures,
    tera: &Tera,
    diags: &mut Diagnostics,
) -> Option<Rendered> {
    let doc = doc_json(content, diags);
    let figures_json = figures.to_json();
    let mut doc = doc;
    // the figures as tera sees them, converted once
    let f_value = tera::Value::from_serializable(&figures_json);
    for key in ["subtitle", "title"] {
        let tpl = doc[key].as_str().unwrap_or("").to_string();
        let mut ctx = tera::Context::new();
        ctx.insert("doc", &doc);
        ctx.insert_value("f", f_value.clone());
        match tera.render_str(&tpl, &ctx, false) {
            Ok(s) => doc[key] = json!(s.split_whitespace().collect::<Vec<_>>().join(" ")),
            Err(e) => diags.extend(template_errors(
                &e,
                Some((&content.report_src, &format!("document.{key}"))),
                &[],
            )),
        }
    }
    let mut base_ctx = tera::Context::new();
    base_ctx.insert_value("f", f_value);
    base_ctx.insert("doc", &doc);
    let renderer = |mode| Renderer {
        figures_json: &figures_json,
        mode,
        target_counter: 0,
        diags: Diagnostics::default(),
        figures,
        findings: Vec::new(),
    };
    // The sentences are rendered in parallel: a first walk of the
    // outline collects them (its blocks, diagnostics and findings are
    // dropped), the second takes their results in the same order.
    crate::tmark!("render: set up");
    let mut first = renderer(Mode::Collect(Vec::new()));
    let _ = first.walk(content);
    let Mode::Collect(jobs) = first.mode else {
        unreachable!("the first walk collects")
    };
    let results = par_map(&jobs, |job| render_job(tera, &base_ctx, job));
    crate::tmark!("render: sentences");
    let mut r = renderer(Mode::Replay(results.into_iter()));
    let report = &content.report;

    // Slots named in the outline, to find material that goes nowhere.
    let mut outline_slots: Vec<String> = Vec::new();
    for p in &report.outline {
        if let Some(s) = &p.intro {
            outline_slots.push(s.clone());
        }
        for c in &p.chapters {
            if let Some(s) = &c.slot {
                outline_slots.push(s.clone());
            }
            for s in &c.sections {
                outline_slots.push(s.slot.clone());
            }
        }
    }
    for (name, file, src) in &content.sections {
        for slot in file.slots.keys() {
            if !outline_slots.contains(slot) {
                let mut d = Diagnostic::error(
                    "unknown-slot",
                    format!(
                        "`{slot}` is not a slot of the outline, so its material would not appear"
                    ),
                )
                .at_loc(src.key_loc(&format!("slots.{slot}")))
                .expected(format!(
                    "one of the slots named in report.yaml's outline: {}",
                    outline_slots.join(", ")
                ));
                d = match crate::diag::nearest(slot, outline_slots.iter().map(|s| s.as_str())) {
                    Some(n) => d.hint(format!("did you mean `{n}`?")),
                    None => d.hint(format!("add the slot to the outline in report.yaml or move this material in {name}.yaml")),
                };
                r.diags.push(d);
            }
        }
    }

    let (opening, mut parts, closing) = r.walk(content);
    crate::tmark!("render: outline walked");
    let findings = std::mem::take(&mut r.findings);
    let mut inner = std::mem::take(&mut r.diags);
    diags.extend(inner.items.drain(..));
    if diags.has_errors() {
        return None;
    }

    // Rendering's findings are located (their files read as far as they
    // need) on the other core, while the contributions, parts and report
    // are rendered here.
    drop(r);
    let (findings, done) = rayon::join(
        || {
            findings
                .iter()
                .map(|p| content.locate(p))
                .collect::<Vec<_>>()
        },
        || {
            // Render each contribution through its section's partial, each part
            // through its template, then the whole.
            let doc_value = tera::Value::from_serializable(&doc);
            let part_names = ["part_one", "part_two", "part_three"];
            let render_tpl = |name: &str, ctx: &tera::Context, diags: &mut Diagnostics| -> String {
                match tera.render(name, ctx) {
                    Ok(s) => s,
                    Err(e) => {
                        let names: Vec<String> =
                            tera.get_template_names().map(str::to_string).collect();
                        diags.extend(template_errors(&e, None, &names));
                        String::new()
                    }
                }
            };
            let part_name = |part: &PartView| {
                part_names
                    .get(part.index - 1)
                    .copied()
                    .unwrap_or("part_three")
            };
            // The contributions, all independent, are rendered in parallel;
            // their diagnostics are kept in document order.
            let mut jobs: Vec<(String, &Contribution)> = Vec::new();
            for part in parts.iter() {
                let pname = part_name(part);
                for ch in part.chapters.iter() {
                    let all = ch
                        .contributions
                        .iter()
                        .chain(ch.sections.iter().flat_map(|s| s.contributions.iter()));
                    for c in all {
                        let partial = format!("sections/{}.{pname}.md", c.section);
                        let tpl = if tera.get_template_names().any(|n| n == partial) {
                            partial
                        } else {
                            "blocks.md".to_string()
                        };
                        jobs.push((tpl, c));
                    }
                }
            }
            let mut rendered = par_map(&jobs, |(tpl, c)| {
                let mut ctx = tera::Context::new();
                ctx.insert("blocks", &c.blocks);
                ctx.insert("section", &c.section);
                ctx.insert("slot", &c.slot);
                ctx.insert_value("doc", doc_value.clone());
                let mut found = Diagnostics::default();
                let md = render_tpl(tpl, &ctx, &mut found);
                (md, found)
            })
            .into_iter();
            drop(jobs);
            crate::tmark!("render: section partials");
            let mut partial_diags: Vec<Diagnostics> = Vec::new();
            for part in parts.iter_mut() {
                let mut found_here = Diagnostics::default();
                for ch in part.chapters.iter_mut() {
                    let all = ch.contributions.iter_mut().chain(
                        ch.sections
                            .iter_mut()
                            .flat_map(|s| s.contributions.iter_mut()),
                    );
                    for c in all {
                        let (md, found) = rendered.next().expect("every contribution is rendered");
                        found_here.extend(found.items);
                        c.markdown = md;
                        // rendered: the part template needs the Markdown, not the blocks
                        c.blocks = Vec::new();
                    }
                }
                partial_diags.push(found_here);
            }
            // The parts are independent: rendered in parallel, their
            // diagnostics kept in document order.
            let done = par_map(&parts, |part| {
                let pname = part_name(part);
                let tpl = if tera
                    .get_template_names()
                    .any(|n| n == format!("{pname}.md"))
                {
                    format!("{pname}.md")
                } else {
                    "part.md".into()
                };
                let mut ctx = tera::Context::new();
                ctx.insert("part", part);
                ctx.insert_value("doc", doc_value.clone());
                let mut found = Diagnostics::default();
                let md = render_tpl(&tpl, &ctx, &mut found);
                (md, found)
            });
            for ((part, (md, found)), partials) in parts.iter_mut().zip(done).zip(partial_diags) {
                diags.extend(partials.items);
                diags.extend(found.items);
                part.markdown = md;
                // the whole part is in `part.markdown` now
                for ch in part.chapters.iter_mut() {
                    for c in ch.contributions.iter_mut().chain(
                        ch.sections
                            .iter_mut()
                            .flat_map(|s| s.contributions.iter_mut()),
                    ) {
                        c.markdown = String::new();
                    }
                }
            }
            crate::tmark!("render: parts");
            let view = View {
                doc,
                opening: opening.into_iter().map(|b| b.text).collect(),
                parts,
                closing: closing.into_iter().map(|b| b.text).collect(),
            };
            let mut ctx = tera::Context::new();
            ctx.insert("doc", &view.doc);
            ctx.insert("opening", &view.opening);
            ctx.insert("parts", &view.parts);
            ctx.insert("closing", &view.closing);
            let md = render_tpl("report.md", &ctx, diags);
            crate::tmark!("render: report");
            if diags.has_errors() {
                return None;
            }
            let markdown = tidy_markdown(&md);
            Some((markdown, view))
        },
    );
    let (markdown, view) = done?;
    Some(Rendered {
        markdown,
        view,
        findings,
    })
}

/// Collapses runs of blank lines and ends the file with one newline, so
/// template whitespace does not leak into the output.
pub fn tidy_markdown(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    let mut blank = 0;
    for line in md.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_whitespace_is_what_char_calls_whitespace() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let s = format!("a{c}b");
            assert_eq!(
                has_other_whitespace(&s),
                c.is_whitespace() && c != ' ',
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn sentences_are_one_spaced_and_escaped() {
        assert_eq!(finish_text("Tăng 27,39%/năm"), "Tăng 27,39%/năm");
        assert_eq!(finish_text("  a  b\n\tc\u{a0}d "), "a b c d");
        assert_eq!(finish_text("đạt *100%*"), "đạt \\*100%\\*");
        assert_eq!(finish_text("x\n- y"), "x - y");
        assert_eq!(finish_text(""), "");
    }

    #[test]
    fn doc_fields_are_the_keys_of_doc_json() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini");
        let mut diags = Diagnostics::default();
        let content = Content::load(&dir, &mut diags).expect("the mini content loads");
        let doc = doc_json(&content, &mut diags);
        let mut keys: Vec<&str> = doc
            .as_object()
            .unwrap()
            .keys()
            .map(|k| k.as_str())
            .collect();
        keys.sort();
        let mut listed = DOC_FIELDS.to_vec();
        listed.sort();
        assert_eq!(keys, listed);
    }
}
