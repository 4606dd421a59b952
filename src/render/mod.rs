//! Stage 4 — rendering: the numbered report becomes one Markdown document
//! through tera. Every text of the YAML is itself a small tera template (so
//! a sentence can say `{{ f.gia_tri_san_xuat.value | num }}`); the layout
//! templates in `templates/` put the rendered blocks together.
//!
//! The tera filters — the Vietnamese formatting of [`crate::format`] — are
//! declared in [`crate::filters`].
//! tera's errors become diagnostics in [`errors`].

pub mod errors;

use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::{json, Value as Json};
use tera::Tera;

use crate::content::Content;
use crate::diag::{Diagnostic, Diagnostics};
use crate::figures::Figures;
use crate::format;
use crate::numbered::{self, Lead, Paragraph, Text};

/// The default templates, compiled into the binary; files in `--templates`
/// override them one by one.
pub const DEFAULT_TEMPLATES: &[(&str, &str)] = &[
    ("report.md", include_str!("../../templates/report.md")),
    ("header.md", include_str!("../../templates/header.md")),
    ("title.md", include_str!("../../templates/title.md")),
    ("part.md", include_str!("../../templates/part.md")),
    ("blocks.md", include_str!("../../templates/blocks.md")),
    ("closing.md", include_str!("../../templates/closing.md")),
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

/// The layout templates, compiled, and the file each was read from (a
/// file of `--templates`, or `<built-in>/<name>`).
pub struct Templates {
    pub tera: Tera,
    pub paths: Vec<(String, PathBuf)>,
}

impl Templates {
    /// The diagnostics of an error of a layout template.
    pub fn errors(&self, e: &tera::Error) -> Vec<Diagnostic> {
        errors::from_tera(e, errors::Origin::Layout(&self.paths))
    }

    fn has(&self, name: &str) -> bool {
        self.paths.iter().any(|(n, _)| n == name)
    }

    /// Renders the layout template `name`; its errors go to `diags`.
    fn render(&self, name: &str, ctx: &tera::Context, diags: &mut Diagnostics) -> String {
        self.tera.render(name, ctx).unwrap_or_else(|e| {
            diags.extend(self.errors(&e));
            String::new()
        })
    }
}

/// Builds the tera instance: default templates, overridden by any file of
/// the same name in `dir`, plus extra templates found there.
pub fn load_templates(dir: Option<&Path>, diags: &mut Diagnostics) -> Option<Templates> {
    let mut tera = Tera::new();
    crate::filters::register(&mut tera);
    let mut sources: Vec<(String, String, PathBuf)> = DEFAULT_TEMPLATES
        .iter()
        .map(|(n, s)| (n.to_string(), s.to_string(), errors::builtin_path(n)))
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
            let path = entry.path().to_path_buf();
            match sources.iter_mut().find(|(n, _, _)| *n == name) {
                Some(slot) => (slot.1, slot.2) = (src, path),
                None => sources.push((name, src, path)),
            }
        }
    }
    let paths: Vec<(String, PathBuf)> = sources
        .iter()
        .map(|(n, _, p)| (n.clone(), p.clone()))
        .collect();
    let layout = errors::Origin::Layout(&paths);
    // All together: tera reports every unknown filter and include at once,
    // but only the first syntax error; then each file alone, so that the
    // syntax errors of all files are reported.
    if let Err(e) = tera.add_raw_templates(sources.iter().map(|(n, s, _)| (n.as_str(), s.as_str())))
    {
        if matches!(e.kind(), tera::ErrorKind::SyntaxError(_)) {
            for (name, src, _) in &sources {
                if let Err(e) = Tera::new().add_raw_template(name, src) {
                    if matches!(e.kind(), tera::ErrorKind::SyntaxError(_)) {
                        diags.extend(errors::from_tera(&e, layout));
                    }
                }
            }
        } else {
            diags.extend(errors::from_tera(&e, layout));
        }
    }
    if diags.has_errors() {
        return None;
    }
    Some(Templates { tera, paths })
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
    /// Filled by rendering `part_one.md` / `part_two.md` (or `part.md`).
    pub markdown: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChapterView {
    /// "A".
    pub number: String,
    pub title: String,
    /// Material of a chapter-level slot, rendered.
    pub contributions: Vec<ContributionView>,
    pub sections: Vec<SectionView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SectionView {
    /// "I".
    pub number: String,
    pub title: String,
    pub contributions: Vec<ContributionView>,
}

/// What one section file contributes to one place of the outline, as its
/// partial (`sections/<file>.<part>.md`, else `blocks.md`) rendered it.
#[derive(Debug, Clone, Serialize)]
pub struct ContributionView {
    /// The section file (`economy`).
    pub section: String,
    pub slot: String,
    pub markdown: String,
}

/// A flat block of the body, as the block templates see it: a heading, a
/// paragraph, a run-in paragraph or a target line. Numbering is already
/// in `number`.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Block {
    /// `heading`, `para`, `run_in`, `numbered`, `target`, `line`.
    pub kind: &'static str,
    /// Markdown heading level (1–6), for headings.
    pub level: usize,
    /// Heading class: `section`, `item`, `subitem`.
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
    pub italic: bool,
}

fn is_template(tpl: &str) -> bool {
    tpl.contains("{{") || tpl.contains("{%") || tpl.contains("{#")
}

/// The words of a rendered sentence, one space apart, escaped for Markdown.
fn finish_text(out: &str) -> String {
    format::escape_markdown(&out.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Renders the texts of the numbered report through tera.
struct Renderer<'a> {
    tera: &'a Tera,
    /// `f` and `doc`.
    ctx: &'a tera::Context,
    content: &'a Content,
    figures: &'a Figures,
    figures_json: &'a Json,
    diags: Diagnostics,
}

impl Renderer<'_> {
    /// One text, rendered as a tera template (with `extra`'s fields as
    /// variables) and escaped for Markdown.
    fn text(&mut self, t: &Text, extra: Option<&Json>) -> String {
        if !is_template(&t.template) {
            return finish_text(&t.template);
        }
        let rendered = match extra {
            Some(Json::Object(m)) => {
                let mut ctx = self.ctx.clone();
                for (k, v) in m {
                    ctx.insert(k.clone(), v);
                }
                self.tera.render_str(&t.template, &ctx, false)
            }
            _ => self.tera.render_str(&t.template, self.ctx, false),
        };
        match rendered {
            Ok(s) => finish_text(&s),
            Err(e) => {
                self.diags.extend(sentence_errors(&e, self.content, t));
                String::new()
            }
        }
    }

    fn paragraph(&mut self, p: &Paragraph) -> Block {
        let mut text = p
            .text
            .as_ref()
            .map(|t| self.text(t, None))
            .unwrap_or_default();
        if let Some(lead) = &p.lead {
            text = format!("{lead} {text}");
        }
        for (j, c) in p.clauses.iter().enumerate() {
            let body = self.text(c, None);
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(&format!("({}) {}", j + 1, body));
        }
        Block {
            kind: "para",
            text,
            bold: p.bold,
            italic: p.italic,
            ..Default::default()
        }
    }

    fn paragraphs(&mut self, ps: &[Paragraph]) -> Vec<Block> {
        ps.iter().map(|p| self.paragraph(p)).collect()
    }

    /// An item, its paragraphs, targets and children, as flat blocks.
    fn item(&mut self, item: &numbered::Item, out: &mut Vec<Block>) {
        let class = item.level.class();
        let count = |title: &mut String| {
            if let Some((n, label)) = &item.count {
                title.push_str(&format!(" ({} {label})", format::padded(*n as i64)));
            }
        };
        match &item.lead {
            Lead::Heading(h) => {
                let mut title = self.text(h, None);
                count(&mut title);
                out.push(Block {
                    kind: "heading",
                    level: item.depth.min(6),
                    hashes: "#".repeat(item.depth.min(6)),
                    class,
                    number: item.number.clone(),
                    title,
                    ..Default::default()
                });
            }
            Lead::RunIn(h, first) => {
                let mut title = self.text(h, None);
                count(&mut title);
                let text = first
                    .as_ref()
                    .map(|t| self.text(t, None))
                    .unwrap_or_default();
                out.push(Block {
                    kind: "run_in",
                    class,
                    number: item.number.clone(),
                    title: format!("{title}:"),
                    text,
                    ..Default::default()
                });
            }
            Lead::Numbered(t) => {
                let text = self.text(t, None);
                out.push(Block {
                    kind: "numbered",
                    class,
                    number: item.number.clone(),
                    text,
                    ..Default::default()
                });
            }
            Lead::None => {}
        }
        let body = self.paragraphs(&item.body);
        out.extend(body);
        for t in &item.targets {
            self.target(t, out);
        }
        for child in &item.items {
            self.item(child, out);
        }
    }

    fn target(&mut self, t: &numbered::Target, out: &mut Vec<Block>) {
        let figures_json = self.figures_json;
        let extra = t.figure.as_ref().and_then(|id| figures_json.get(id));
        // Without its figure (reported when the report was numbered) the
        // sentence's `{{ value }}` cannot work: that is the unknown
        // figure's consequence, not a second problem.
        let unknown = t
            .figure
            .as_ref()
            .is_some_and(|id| self.figures.get(id).is_none());
        let reported = self.diags.items.len();
        let text = self.text(&t.text, extra);
        out.push(Block {
            kind: "target",
            number: format!("({})", t.number),
            text,
            ..Default::default()
        });
        for l in &t.lines {
            let text = self.text(l, extra);
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

/// The diagnostics of a sentence's tera error, located in its YAML file.
fn sentence_errors(e: &tera::Error, content: &Content, t: &Text) -> Vec<Diagnostic> {
    let path = match &t.src.at {
        crate::diag::At::Value(p) => p.as_str(),
        _ => "",
    };
    match content.source(&t.src.file) {
        Some(src) => errors::from_tera(e, errors::Origin::Yaml(src, path)),
        None => errors::from_tera(e, errors::Origin::Layout(&[])),
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
}

/// Renders the numbered report to Markdown.
pub fn render(
    content: &Content,
    figures: &Figures,
    report: &numbered::Report,
    templates: &Templates,
    diags: &mut Diagnostics,
) -> Option<Rendered> {
    let tera = &templates.tera;
    let mut doc = doc_json(content, diags);
    let figures_json = figures.to_json();
    // the figures as tera sees them, converted once
    let f_value = tera::Value::from_serializable(&figures_json);
    for key in ["subtitle", "title"] {
        let tpl = doc[key].as_str().unwrap_or("").to_string();
        let mut ctx = tera::Context::new();
        ctx.insert("doc", &doc);
        ctx.insert_value("f", f_value.clone());
        match tera.render_str(&tpl, &ctx, false) {
            Ok(s) => doc[key] = json!(s.split_whitespace().collect::<Vec<_>>().join(" ")),
            Err(e) => {
                let src = &content.report_src;
                diags.extend(errors::from_tera(
                    &e,
                    errors::Origin::Yaml(src, &format!("document.{key}")),
                ))
            }
        }
    }
    let mut ctx = tera::Context::new();
    ctx.insert_value("f", f_value);
    ctx.insert("doc", &doc);
    let renderer = || Renderer {
        tera,
        ctx: &ctx,
        content,
        figures,
        figures_json: &figures_json,
        diags: Diagnostics::default(),
    };
    let mut r = renderer();
    let opening: Vec<String> = r
        .paragraphs(&report.opening)
        .into_iter()
        .map(|b| b.text)
        .collect();

    // The contributions are independent (their numbers are computed): their
    // blocks are rendered in parallel, the diagnostics kept in order.
    let contributions: Vec<(&numbered::Contribution, &'static str)> = report
        .parts
        .iter()
        .flat_map(|p| {
            let part = part_name(p.index);
            p.chapters.iter().flat_map(move |c| {
                c.contributions
                    .iter()
                    .chain(c.sections.iter().flat_map(|s| s.contributions.iter()))
                    .map(move |x| (x, part))
            })
        })
        .collect();
    let rendered: Vec<(ContributionView, Diagnostics)> = {
        use rayon::prelude::*;
        contributions
            .par_iter()
            .map(|(c, part)| {
                let mut r = renderer();
                let mut blocks = Vec::new();
                for item in &c.items {
                    r.item(item, &mut blocks);
                }
                let partial = format!("sections/{}.{part}.md", c.section);
                let tpl = if templates.has(&partial) {
                    partial.as_str()
                } else {
                    "blocks.md"
                };
                let mut tctx = tera::Context::new();
                tctx.insert("blocks", &blocks);
                tctx.insert("section", &c.section);
                tctx.insert("slot", &c.slot);
                tctx.insert("doc", &doc);
                let markdown = templates.render(tpl, &tctx, &mut r.diags);
                let view = ContributionView {
                    section: c.section.clone(),
                    slot: c.slot.clone(),
                    markdown,
                };
                (view, r.diags)
            })
            .collect()
    };
    let mut rendered = rendered.into_iter();
    let mut next = |r: &mut Renderer| {
        let (view, found) = rendered.next().expect("every contribution is rendered");
        r.diags.extend(found.items);
        view
    };
    let mut parts = Vec::new();
    for p in &report.parts {
        let title = r.text(&p.title, None);
        let intro = r.paragraphs(&p.intro);
        let mut chapters = Vec::new();
        for c in &p.chapters {
            let title = r.text(&c.title, None);
            let contributions = c.contributions.iter().map(|_| next(&mut r)).collect();
            let mut sections = Vec::new();
            for s in &c.sections {
                let title = r.text(&s.title, None);
                let contributions = s.contributions.iter().map(|_| next(&mut r)).collect();
                sections.push(SectionView {
                    number: s.number.clone(),
                    title,
                    contributions,
                });
            }
            chapters.push(ChapterView {
                number: c.number.clone(),
                title,
                contributions,
                sections,
            });
        }
        parts.push(PartView {
            index: p.index,
            label: p.label.clone(),
            title,
            intro,
            chapters,
            markdown: String::new(),
        });
    }
    let closing: Vec<String> = r
        .paragraphs(&report.closing)
        .into_iter()
        .map(|b| b.text)
        .collect();
    diags.extend(r.diags.items);
    if diags.has_errors() {
        return None;
    }
    // each part through its template (`part_one.md`, else `part.md`)
    for part in parts.iter_mut() {
        let own = format!("{}.md", part_name(part.index));
        let tpl = if templates.has(&own) {
            own.as_str()
        } else {
            "part.md"
        };
        let mut tctx = tera::Context::new();
        tctx.insert("part", &part);
        tctx.insert("doc", &doc);
        part.markdown = templates.render(tpl, &tctx, diags);
    }
    let view = View {
        doc,
        opening,
        parts,
        closing,
    };
    let mut tctx = tera::Context::new();
    tctx.insert("doc", &view.doc);
    tctx.insert("opening", &view.opening);
    tctx.insert("parts", &view.parts);
    tctx.insert("closing", &view.closing);
    let md = templates.render("report.md", &tctx, diags);
    if diags.has_errors() {
        return None;
    }
    Some(Rendered {
        markdown: tidy_markdown(&md),
        view,
    })
}

/// The template name of part `index` (1-based): `part_one`, `part_two`, …
fn part_name(index: usize) -> &'static str {
    ["part_one", "part_two", "part_three"]
        .get(index.wrapping_sub(1))
        .copied()
        .unwrap_or("part_three")
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
