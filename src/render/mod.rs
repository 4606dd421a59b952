//! Stage 4 — rendering: the numbered report becomes one Markdown document
//! through tera. Every text of the YAML is itself a small tera template (so
//! a sentence can say `{{ f.gia_tri_san_xuat.value | num }}`); the layout
//! templates in `templates/` put the rendered blocks together.
//!
//! The tera filters — the Vietnamese formatting of [`crate::format`] — are
//! declared in [`crate::filters`].
//! tera's errors become diagnostics in [`errors`].

pub mod appendix;
pub mod errors;
mod sentence;

use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::{json, Value as Json};
use tera::Tera;

use crate::content::Content;
use crate::diag::{Diagnostic, Diagnostics};
use crate::figures::Figures;
use crate::format;
use crate::numbered::{self, Lead, Listed, Paragraph, Text};
use crate::t;

/// The default templates, compiled into the binary; files in `--templates`
/// override them one by one.
pub const DEFAULT_TEMPLATES: &[(&str, &str)] = &[
    ("report.md", include_str!("../../templates/report.md")),
    ("header.md", include_str!("../../templates/header.md")),
    ("title.md", include_str!("../../templates/title.md")),
    ("part.md", include_str!("../../templates/part.md")),
    ("blocks.md", include_str!("../../templates/blocks.md")),
    ("closing.md", include_str!("../../templates/closing.md")),
    ("appendix.md", include_str!("../../templates/appendix.md")),
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
    tera.set_escape_fn(mark_blanks);
    let mut sources: Vec<(String, String, PathBuf)> = DEFAULT_TEMPLATES
        .iter()
        .map(|(n, s)| (n.to_string(), s.to_string(), errors::builtin_path(n)))
        .collect();
    if let Some(dir) = dir {
        if !dir.is_dir() {
            diags.push(
                Diagnostic::error("io", t!("render-no-templates-dir", dir = dir.display()))
                    .hint(t!("render-no-templates-dir-hint")),
            );
            return None;
        }
        for entry in walkdir::WalkDir::new(dir)
            .sort_by_file_name()
            .into_iter()
            .filter_map(|e| e.ok())
        {
            // a link is followed while it stays in the folder; one that
            // leads out, or to no file, is said, not skipped
            if entry.file_type().is_symlink() && entry.path().extension().is_some_and(|e| e == "md")
            {
                if let Some(problem) = crate::content::outside_or_not_a_file(dir, entry.path()) {
                    diags.push(
                        Diagnostic::error("bad-path", problem)
                            .hint(t!("render-template-link-hint")),
                    );
                    continue;
                }
            } else if !entry.file_type().is_file() {
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

/// The fields of `doc` the layout templates print as paragraphs, which
/// carry their provenance like the texts of the numbered report.
/// (the field, the key of `document:` it comes from).
pub const MARKED_DOC_FIELDS: [(&str, &str); 7] = [
    ("superior_body", "superior_body"),
    ("issuing_body", "issuing_body"),
    ("place_date", "place"),
    ("draft_marker", "draft"),
    ("kind", "kind"),
    ("title", "title"),
    ("subtitle", "subtitle"),
];

/// The character a sentence's escape function writes for a value that
/// prints as nothing (a private-use character no content has, not one of
/// [`crate::provenance`]'s markers): rendering
/// finds it, and reports the blank ([`mark_blanks`]).
pub const BLANK: char = '\u{E00F}';

/// The escape function of the sentences (rendered with autoescape on, so
/// that every value they print passes here): writes the value as it is,
/// and [`BLANK`] for a value that prints as nothing — a `none` (the
/// previous congress of a first congress, an absent superior body), an
/// empty text, an empty list joined.
pub fn mark_blanks(input: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    if input.trim().is_empty() {
        let mut buf = [0u8; 4];
        out.write_all(BLANK.encode_utf8(&mut buf).as_bytes())?;
    }
    out.write_all(input.as_bytes())
}

/// Renders the texts of the numbered report through tera.
struct Renderer<'a> {
    tera: &'a Tera,
    /// `f`, `doc` and `count`.
    ctx: &'a tera::Context,
    content: &'a Content,
    figures: &'a Figures,
    figures_json: &'a Json,
    diags: Diagnostics,
    /// The texts that introduce a list, rendered, for `check`.
    listed: Vec<Listed>,
}

impl Renderer<'_> {
    /// One text, rendered as a tera template (with the figures its
    /// paragraph names as variables) and escaped for Markdown, marked with
    /// its provenance ([`crate::provenance`]: stripped for the .md, a
    /// bookmark in the DOCX).
    fn text(&mut self, t: &Text) -> String {
        let s = self.rendered(t);
        match crate::provenance::span_name(&t.src, &self.content.dir) {
            Some(name) => crate::provenance::wrap(&name, &s),
            None => s,
        }
    }

    fn rendered(&mut self, t: &Text) -> String {
        if !is_template(&t.template) {
            return finish_text(&t.template);
        }
        if let Some(tag) = sentence::refused_tag(&t.template) {
            self.diags.push(
                Diagnostic::error("sentence-tag", t!("render-sentence-tag", tag = tag))
                    .at_loc(Some(t.src.clone()))
                    .expected(t!("render-sentence-tag-expected"))
                    .hint(t!("render-sentence-tag-hint")),
            );
            return String::new();
        }
        let figures_json = self.figures_json;
        let mut local;
        let ctx = if t.names.is_empty() {
            self.ctx
        } else {
            local = self.ctx.clone();
            if let Some(Json::Object(m)) =
                t.names.figure.as_ref().and_then(|id| figures_json.get(id))
            {
                for (k, v) in m {
                    local.insert(k.clone(), v);
                }
            }
            for (name, id) in &t.names.with {
                if let Some(v) = figures_json.get(id) {
                    local.insert(name.clone(), v);
                }
            }
            &local
        };
        // A paragraph naming a figure that does not exist was reported when
        // the report was numbered; what the sentence cannot print then is
        // that problem's consequence, not a second one.
        let unknown = t
            .names
            .figure
            .iter()
            .chain(t.names.with.iter().map(|(_, id)| id))
            .any(|id| self.figures.get(id).is_none());
        match self.tera.render_str(&t.template, ctx, true) {
            Ok(s) if s.contains(BLANK) => {
                if !unknown {
                    self.diags
                        .push(blank_error(self.tera, ctx, self.content, t));
                }
                finish_text(&s.replace(BLANK, ""))
            }
            Ok(s) => finish_text(&s),
            Err(e) => {
                if !unknown {
                    self.diags.extend(sentence_errors(&e, self.content, t));
                }
                String::new()
            }
        }
    }

    /// Records `t` (rendered as `rendered`) as the text introducing a list
    /// of `count` things.
    fn introduces(&mut self, t: &Text, rendered: &str, count: usize, id: &Option<String>) {
        if count > 0 {
            self.listed.push(Listed {
                src: t.src.clone(),
                template: t.template.clone(),
                rendered: rendered.to_string(),
                count,
                id: id.clone(),
            });
        }
    }

    fn paragraph(&mut self, p: &Paragraph) -> Block {
        let mut text = p.text.as_ref().map(|t| self.text(t)).unwrap_or_default();
        if let Some(lead) = &p.lead {
            text = format!("{lead} {text}");
        }
        for (j, c) in p.clauses.iter().enumerate() {
            let body = self.text(c);
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
                let label = format::escape_markdown(label);
                title.push_str(&format!(" ({} {label})", format::padded(*n as i64)));
            }
        };
        // a number the content states is text, like any other
        let number = format::escape_markdown(&item.number);
        let listed = item.listed();
        match &item.lead {
            Lead::Heading(h) => {
                let mut title = self.text(h);
                self.introduces(h, &title, listed, &item.id);
                count(&mut title);
                out.push(Block {
                    kind: "heading",
                    level: item.depth.min(6),
                    hashes: "#".repeat(item.depth.min(6)),
                    class,
                    number: number.clone(),
                    title,
                    ..Default::default()
                });
            }
            Lead::RunIn(h, first) => {
                let mut title = self.text(h);
                self.introduces(h, &title, listed, &item.id);
                count(&mut title);
                let text = first.as_ref().map(|t| self.text(t)).unwrap_or_default();
                out.push(Block {
                    kind: "run_in",
                    class,
                    number: number.clone(),
                    title: format!("{title}:"),
                    text,
                    ..Default::default()
                });
            }
            Lead::Numbered(t) => {
                let text = self.text(t);
                self.introduces(t, &text, listed, &item.id);
                out.push(Block {
                    kind: "numbered",
                    class,
                    number: number.clone(),
                    text,
                    ..Default::default()
                });
            }
            Lead::None => {}
        }
        // the paragraph just before the list, when it ends with a colon
        let before_list = if item.body.iter().any(|p| p.lead.is_some()) {
            item.body
                .iter()
                .position(|p| p.lead.is_some())
                .and_then(|i| i.checked_sub(1))
        } else {
            item.body.len().checked_sub(1)
        };
        for (i, p) in item.body.iter().enumerate() {
            let block = self.paragraph(p);
            let plain = crate::provenance::strip(&block.text);
            if Some(i) == before_list && plain.trim_end().ends_with(':') {
                if let Some(t) = &p.text {
                    self.introduces(t, &block.text, listed, &item.id);
                }
            }
            out.push(block);
        }
        for t in &item.targets {
            self.target(t, out);
        }
        for child in &item.items {
            self.item(child, out);
        }
    }

    fn target(&mut self, t: &numbered::Target, out: &mut Vec<Block>) {
        let text = self.text(&t.text);
        out.push(Block {
            kind: "target",
            number: format!("({})", t.number),
            text,
            ..Default::default()
        });
        for l in &t.lines {
            let text = self.text(l);
            out.push(Block {
                kind: "line",
                text,
                ..Default::default()
            });
        }
    }
}

/// The error of a sentence that printed a value as nothing, located at
/// the expression that printed it (found by rendering each `{{ … }}` of
/// the sentence alone), with what the blank means and a hint.
fn blank_error(tera: &Tera, ctx: &tera::Context, content: &Content, t: &Text) -> Diagnostic {
    let culprit = errors::print_expressions(&t.template)
        .into_iter()
        .find(|(expr, _)| {
            tera.render_str(&format!("{{{{ {expr} }}}}"), ctx, true)
                .is_ok_and(|s| s.contains(BLANK))
        });
    let path = match &t.src.at {
        crate::diag::At::Value(p) => p.as_str(),
        _ => "",
    };
    let src = content.source(&t.src.file);
    errors::blank(src, path, &t.template, culprit, &content.report.document)
}

/// The diagnostics of a sentence's tera error, located in its YAML file.
fn sentence_errors(e: &tera::Error, content: &Content, t: &Text) -> Vec<Diagnostic> {
    let path = match &t.src.at {
        crate::diag::At::Value(p) => p.as_str(),
        _ => "",
    };
    match content.source(&t.src.file) {
        Some(src) => errors::from_tera_named(e, errors::Origin::Yaml(src, path), &t.names),
        None => errors::from_tera(e, errors::Origin::Layout(&[])),
    }
}

/// The document information templates see as `doc`.
pub fn doc_json(content: &Content, diags: &mut Diagnostics) -> Json {
    let d = &content.report.document;
    let date = match d.date.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => match chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            Ok(date) if !(1930..=2200).contains(&chrono::Datelike::year(&date)) => {
                diags.push(
                    Diagnostic::error("bad-date", t!("render-date-out-of-range", date = s))
                        .at_loc(content.report_src.loc("document.date"))
                        .expected(t!("render-bad-date-expected")),
                );
                None
            }
            Ok(date) => Some(date),
            Err(_) => {
                diags.push(
                    Diagnostic::error("bad-date", bad_date(s))
                        .at_loc(content.report_src.loc("document.date"))
                        .expected(t!("render-bad-date-expected"))
                        .hint(t!("render-bad-date-hint")),
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
        // none for a first congress: a sentence that prints them is an error
        "previous_congress": d.congress.checked_sub(1).filter(|n| *n > 0),
        "previous_congress_roman": format::roman(d.congress.saturating_sub(1)),
        "previous_term": d.previous_term,
        "next_term": d.next_term,
    })
}

/// What is wrong with `s`, a date that does not parse: a day its month
/// does not have (`2025-02-30`), or not a date written YYYY-MM-DD.
fn bad_date(s: &str) -> String {
    let parts: Vec<&str> = s.split('-').collect();
    if let [year, month, day] = parts[..] {
        let digits =
            |p: &str, n: usize| (1..=n).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
        if year.len() == 4 && digits(year, 4) && digits(month, 2) && digits(day, 2) {
            let (y, m, d) = (
                year.parse::<i32>().unwrap_or(0),
                month.parse::<u32>().unwrap_or(0),
                day.parse::<u32>().unwrap_or(0),
            );
            let first = chrono::NaiveDate::from_ymd_opt(y, m, 1);
            let next = if m == 12 {
                chrono::NaiveDate::from_ymd_opt(y + 1, 1, 1)
            } else {
                chrono::NaiveDate::from_ymd_opt(y, m + 1, 1)
            };
            if let (Some(first), Some(next)) = (first, next) {
                let days = (next - first).num_days();
                if d == 0 || i64::from(d) > days {
                    return t!(
                        "render-no-such-day",
                        date = s,
                        year = year,
                        month = month,
                        days = days
                    );
                }
            }
        }
    }
    t!("render-bad-date", date = s)
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
    /// The texts that introduce a list, for `check`'s count rule.
    pub listed: Vec<Listed>,
}

/// Renders the numbered report to Markdown, its appendices after it.
pub fn render(
    content: &Content,
    figures: &Figures,
    report: &numbered::Report,
    appendices: &[crate::appendix::Appendix],
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
        ctx.insert("doc", &present(&doc));
        ctx.insert_value("f", f_value.clone());
        ctx.insert("count", &report.counts);
        match tera.render_str(&tpl, &ctx, true) {
            Ok(s) if s.contains(BLANK) => {
                let t = Text {
                    template: tpl.clone(),
                    src: crate::diag::Span::value(
                        &content.report_src.path,
                        format!("document.{key}"),
                    ),
                    names: Default::default(),
                };
                diags.push(blank_error(tera, &ctx, content, &t));
            }
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
    ctx.insert("doc", &present(&doc));
    ctx.insert("count", &report.counts);
    ctx.insert("a", &crate::appendix::to_json(appendices));
    // what the layout templates print of `doc`, marked with its provenance
    // (the sentences' `doc` above stays plain)
    for (key, source) in MARKED_DOC_FIELDS {
        if let Some(text) = doc[key].as_str().filter(|s| !s.is_empty()) {
            let span =
                crate::diag::Span::value(&content.report_src.path, format!("document.{source}"));
            if let Some(name) = crate::provenance::span_name(&span, &content.dir) {
                doc[key] = json!(crate::provenance::wrap(&name, text));
            }
        }
    }
    let renderer = || Renderer {
        tera,
        ctx: &ctx,
        content,
        figures,
        figures_json: &figures_json,
        diags: Diagnostics::default(),
        listed: Vec::new(),
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
    let rendered: Vec<(ContributionView, Diagnostics, Vec<Listed>)> = {
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
                (view, r.diags, r.listed)
            })
            .collect()
    };
    let mut rendered = rendered.into_iter();
    let mut next = |r: &mut Renderer| {
        let (view, found, listed) = rendered.next().expect("every contribution is rendered");
        r.diags.extend(found.items);
        r.listed.extend(listed);
        view
    };
    let mut parts = Vec::new();
    for p in &report.parts {
        let title = r.text(&p.title);
        let intro = r.paragraphs(&p.intro);
        let mut chapters = Vec::new();
        for c in &p.chapters {
            let title = r.text(&c.title);
            let contributions = c.contributions.iter().map(|_| next(&mut r)).collect();
            let mut sections = Vec::new();
            for s in &c.sections {
                let title = r.text(&s.title);
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
        // the part's number is the outline's: marked with the part's place
        let part_span = crate::diag::Span::value(
            &content.report_src.path,
            format!("outline[{}]", p.index - 1),
        );
        let label = match crate::provenance::span_name(&part_span, &content.dir) {
            Some(name) => crate::provenance::wrap(&name, &p.label),
            None => p.label.clone(),
        };
        parts.push(PartView {
            index: p.index,
            label,
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
    let appendix_views: Vec<appendix::AppendixView> =
        appendices.iter().map(|a| r.appendix(a)).collect();
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
    let mut md = templates.render("report.md", &tctx, diags);
    md.push_str(&appendix::markdown(
        &appendix_views,
        &view.doc,
        templates,
        diags,
    ));
    if diags.has_errors() {
        return None;
    }
    Some(Rendered {
        markdown: tidy_markdown(&md),
        view,
        listed: r.listed,
    })
}

/// The document's fields a sentence sees: those it has. An absent one (the
/// previous congress of a first congress, the superior body, the date of
/// an undated draft) is not there at all, so that printing it is an error
/// while `{% if doc.superior_body %}` still reads as false; the layout
/// templates see every field, absent ones as none.
fn present(doc: &Json) -> Json {
    match doc {
        Json::Object(m) => Json::Object(
            m.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        other => other.clone(),
    }
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
    fn a_bad_date_says_what_is_wrong_with_it() {
        crate::i18n::set_for_this_thread(Some(crate::i18n::Lang::Vi));
        assert_eq!(
            bad_date("2025-02-30"),
            "ngày `2025-02-30` không có thật: tháng 02 năm 2025 chỉ có 28 ngày"
        );
        assert!(bad_date("2024-02-30").contains("chỉ có 29 ngày"));
        assert!(bad_date("2025-12-00").contains("chỉ có 31 ngày"));
        assert!(bad_date("2025-13-01").contains("NĂM-THÁNG-NGÀY"));
        assert!(bad_date("05/02/2025").contains("NĂM-THÁNG-NGÀY"));
        crate::i18n::set_for_this_thread(None);
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
