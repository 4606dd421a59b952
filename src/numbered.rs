//! Stage 3 — the numbered report: the content's outline and the material
//! the section files put in its slots, as one typed tree with every number
//! computed — parts (Phần thứ nhất), chapters (A.), sections (I.), items
//! (1., 1.1.), targets ((1)…(n) across the report), counted paragraphs
//! ("Một là, …"), clauses ("(1) … (2) …") and the counts of headings
//! ("(10 chỉ tiêu)").
//!
//! Each text is still its template (rendering is the next stage) and knows
//! where it came from: its [`Span`] is the file and the YAML path of the
//! value, resolved to a line and column when someone asks
//! ([`crate::diag::Span::resolve`]). Rendering, consistency checks, and
//! whatever maps a printed paragraph back to the YAML work from this tree.
//!
//! A number the draft states (`number:`) is printed as stated; `check`
//! reports it when it differs from the computed one.

use indexmap::IndexMap;

use crate::content::{Content, Node, Para, Source};
use crate::diag::{At, Diagnostic, Diagnostics, Span};
use crate::figures::Figures;
use crate::{format, t};

/// The report, numbered.
#[derive(Debug, Clone)]
pub struct Report {
    /// Paragraphs before Phần thứ nhất.
    pub opening: Vec<Paragraph>,
    pub parts: Vec<Part>,
    /// Paragraphs after the last part.
    pub closing: Vec<Paragraph>,
    /// The lists a sentence can count, by the `id:` of their node (or
    /// section, or chapter), and `targets`, every main target: what
    /// templates see as `count.<id>`.
    pub counts: IndexMap<String, usize>,
}

/// A template text of the content and where it is.
#[derive(Debug, Clone)]
pub struct Text {
    pub template: String,
    pub src: Span,
    /// The figures its paragraph (or target) binds to names.
    pub names: Names,
}

/// Names a paragraph or a target gives figures: its `figure:` (whose
/// fields the sentence prints as plain names, `{{ value }}`) and its
/// `with:` (short name → figure id: `{{ gtsx | qty }}`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Names {
    pub figure: Option<String>,
    pub with: Vec<(String, String)>,
}

impl Names {
    pub fn is_empty(&self) -> bool {
        self.figure.is_none() && self.with.is_empty()
    }

    /// The figure id a short name stands for.
    pub fn id_of(&self, name: &str) -> Option<&str> {
        self.with
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, id)| id.as_str())
    }
}

/// A text that introduces a list — a node's heading, or the paragraph
/// just before its list when it ends with a colon — as rendered, with how
/// many things the list has: `check` compares a count the text states
/// with it. Rendering gives these.
#[derive(Debug, Clone)]
pub struct Listed {
    pub src: Span,
    pub template: String,
    pub rendered: String,
    pub count: usize,
    /// The `id:` of the list, for the hint.
    pub id: Option<String>,
}

/// The names templates see besides the short names of a paragraph: a
/// short name may not be one of them.
pub const RESERVED_NAMES: &[&str] = &["f", "doc", "count"];

/// "Phần thứ nhất" and its chapters.
#[derive(Debug, Clone)]
pub struct Part {
    /// 1-based.
    pub index: usize,
    /// "Phần thứ nhất".
    pub label: String,
    pub title: Text,
    /// Paragraphs between the part's name and its first chapter.
    pub intro: Vec<Paragraph>,
    pub chapters: Vec<Chapter>,
}

/// A chapter: "A.", its material and its sections.
#[derive(Debug, Clone)]
pub struct Chapter {
    /// "A".
    pub number: String,
    pub title: Text,
    /// The material of a chapter-level slot: its nodes are sections (I.).
    pub contributions: Vec<Contribution>,
    pub sections: Vec<Section>,
    /// Its `id:`, naming the list of sections its slot gives.
    pub id: Option<String>,
}

/// A section of the outline: "I." and what fills it.
#[derive(Debug, Clone)]
pub struct Section {
    /// "I"; numbered on after the sections a chapter-level slot gave.
    pub number: String,
    pub title: Text,
    pub contributions: Vec<Contribution>,
    /// Its `id:`, naming the list of numbered nodes its slot gives.
    pub id: Option<String>,
}

/// What one section file puts in one slot of the outline.
#[derive(Debug, Clone)]
pub struct Contribution {
    /// The section file (`economy`).
    pub section: String,
    pub slot: String,
    pub items: Vec<Item>,
}

/// How deep a numbered node sits, which gives its number's form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// "I." (the nodes of a chapter-level slot).
    Section,
    /// "1."
    Item,
    /// "1.1.", "1.1.1." …
    Subitem,
}

impl Level {
    /// The heading class in the Markdown (`{.item}`).
    pub fn class(self) -> &'static str {
        match self {
            Level::Section => "section",
            Level::Item => "item",
            Level::Subitem => "subitem",
        }
    }
}

/// What a node shows before its paragraphs.
#[derive(Debug, Clone)]
pub enum Lead {
    /// A heading line: "1. Về kinh tế".
    Heading(Text),
    /// A heading that runs into the paragraph: "1.1. Heading: text"
    /// (the paragraph is the node's first, when it is a plain text).
    RunIn(Text, Option<Text>),
    /// A numbered paragraph without a heading: "1.1. text".
    Numbered(Text),
    /// Neither: the node only groups paragraphs, and takes no number.
    None,
}

/// A node of a slot: a numbered heading or paragraph, its paragraphs,
/// targets and children.
#[derive(Debug, Clone)]
pub struct Item {
    pub level: Level,
    /// Markdown heading depth (3 for "I.", 4 for "1.", …).
    pub depth: usize,
    /// The number printed: the stated one if the content states one.
    pub number: String,
    /// The number its position gives.
    pub computed: String,
    /// The number as the content states it (`number:`), if it does.
    pub stated: Option<String>,
    pub lead: Lead,
    /// "(10 chỉ tiêu)" after the heading: the number of targets and the word.
    pub count: Option<(usize, String)>,
    pub body: Vec<Paragraph>,
    pub targets: Vec<Target>,
    pub items: Vec<Item>,
    /// Its `id:`, naming what it lists for `count.<id>`.
    pub id: Option<String>,
    /// The node in its file.
    pub src: Span,
}

impl Item {
    /// How many things the node lists: its numbered children, else its
    /// targets, else its counted paragraphs ("Một là, …").
    pub fn listed(&self) -> usize {
        let numbered = self
            .items
            .iter()
            .filter(|i| !matches!(i.lead, Lead::None))
            .count();
        if numbered > 0 {
            return numbered;
        }
        if !self.targets.is_empty() {
            return self.targets.len();
        }
        self.body.iter().filter(|p| p.lead.is_some()).count()
    }
}

/// A main target: "(3) text", numbered across the whole report.
#[derive(Debug, Clone)]
pub struct Target {
    pub number: usize,
    /// The figure whose fields the sentence may print as `{{ value }}`.
    pub figure: Option<String>,
    pub text: Text,
    /// Further lines of the same target.
    pub lines: Vec<Text>,
    pub src: Span,
}

/// A paragraph: a text, its numbered clauses, or one of a run of counted
/// paragraphs ("Một là, …").
#[derive(Debug, Clone)]
pub struct Paragraph {
    /// "Một là," of a counted paragraph.
    pub lead: Option<String>,
    pub text: Option<Text>,
    /// Clauses "(1) … (2) …" after the text, in the same paragraph.
    pub clauses: Vec<Text>,
    pub bold: bool,
    pub italic: bool,
}

impl Span {
    /// The span of the value at `field` under this one's YAML path.
    pub fn field(&self, field: &str) -> Span {
        let path = match &self.at {
            At::Value(p) | At::Key(p) => p.as_str(),
            At::Pos { .. } => "",
        };
        let sep = if field.starts_with('[') || path.is_empty() {
            ""
        } else {
            "."
        };
        Span::value(&self.file, format!("{path}{sep}{field}"))
    }
}

/// Numbers the content's outline. Figures are looked up for the targets
/// that name one; a name that is no figure is an error in `diags`.
/// Numbers the content's outline. Figures are looked up for the targets
/// and paragraphs that name one; a name that is no figure is an error in
/// `diags`, and so is an `id:` given twice.
pub fn number(content: &Content, figures: &Figures, diags: &mut Diagnostics) -> Report {
    let mut n = Numberer {
        content,
        figures,
        diags,
        targets: 0,
        ids: IndexMap::new(),
    };
    let report_src = &content.report_src;
    let opening = n.paragraphs(&content.report.opening, report_src, "opening");
    let mut parts = Vec::new();
    for (pi, p) in content.report.outline.iter().enumerate() {
        let at = format!("outline[{pi}]");
        let title = text(&p.title, report_src, &format!("{at}.title"));
        let mut intro = Vec::new();
        if let Some(slot) = &p.intro {
            for (_, file, src) in &content.sections {
                for (k, node) in file.slots.get(slot).into_iter().flatten().enumerate() {
                    intro.extend(n.paragraphs(&node.body, src, &format!("slots.{slot}[{k}].body")));
                }
            }
        }
        let mut chapters = Vec::new();
        for (ci, c) in p.chapters.iter().enumerate() {
            let at = format!("{at}.chapters[{ci}]");
            let title = text(&c.title, report_src, &format!("{at}.title"));
            // A chapter-level slot gives sections (I., II.) itself; the
            // chapter's own sections are numbered on after them.
            let (contributions, given) = match &c.slot {
                Some(slot) => n.slot(slot, 3),
                None => (Vec::new(), 0),
            };
            if let Some(id) = &c.id {
                n.name_list(id, given, report_src, &format!("{at}.id"));
            }
            let mut sections = Vec::new();
            for (si, s) in c.sections.iter().enumerate() {
                let title = text(&s.title, report_src, &format!("{at}.sections[{si}].title"));
                let (contributions, listed) = n.slot(&s.slot, 4);
                if let Some(id) = &s.id {
                    n.name_list(id, listed, report_src, &format!("{at}.sections[{si}].id"));
                }
                sections.push(Section {
                    number: format::roman((given + si + 1) as u32).unwrap_or_default(),
                    title,
                    contributions,
                    id: s.id.clone(),
                });
            }
            chapters.push(Chapter {
                number: format::letter(ci as u32 + 1).unwrap_or_default(),
                title,
                contributions,
                sections,
                id: c.id.clone(),
            });
        }
        parts.push(Part {
            index: pi + 1,
            label: format!("Phần thứ {}", format::ordinal(pi as u32 + 1).unwrap_or("?")),
            title,
            intro,
            chapters,
        });
    }
    let closing = n.paragraphs(&content.report.closing, report_src, "closing");
    let mut counts: IndexMap<String, usize> =
        n.ids.iter().map(|(id, (c, _))| (id.clone(), *c)).collect();
    counts.insert(ALL_TARGETS.to_string(), n.targets);
    Report {
        opening,
        parts,
        closing,
        counts,
    }
}

/// The name of the count of every main target: `count.targets`.
pub const ALL_TARGETS: &str = "targets";

fn text(template: &str, src: &Source, path: &str) -> Text {
    named(template, src, path, Names::default())
}

fn named(template: &str, src: &Source, path: &str, names: Names) -> Text {
    Text {
        template: template.to_string(),
        src: Span::value(&src.path, path),
        names,
    }
}

struct Numberer<'a> {
    content: &'a Content,
    figures: &'a Figures,
    diags: &'a mut Diagnostics,
    /// Targets numbered so far.
    targets: usize,
    /// The lists named by an `id:`: id → (count, where the id is).
    ids: IndexMap<String, (usize, Span)>,
}

impl Numberer<'_> {
    /// Records list `id` with `count` things, its `id:` at `path` of `src`.
    fn name_list(&mut self, id: &str, count: usize, src: &Source, path: &str) {
        let here = src.loc(path);
        if !crate::figures::is_ident(id) || id == ALL_TARGETS {
            let d = if id == ALL_TARGETS {
                Diagnostic::error("bad-id", t!("editing-count-id-reserved", id = id))
                    .hint(t!("editing-count-id-reserved-hint"))
            } else {
                Diagnostic::error("bad-id", t!("editing-count-id-bad", id = id))
                    .expected(t!("editing-count-id-expected"))
                    .hint(t!("editing-count-id-bad-hint"))
            };
            self.diags.push(d.at_loc(here));
            return;
        }
        if let Some((_, first)) = self.ids.get(id) {
            self.diags.push(
                Diagnostic::error("duplicate-id", t!("editing-count-id-twice", id = id))
                    .at_loc(here)
                    .related(t!("editing-count-id-twice-first"), Some(first.clone()))
                    .hint(t!("editing-count-id-twice-hint")),
            );
            return;
        }
        if let Some(span) = here {
            self.ids.insert(id.to_string(), (count, span));
        }
    }

    /// The names a paragraph or target gives figures, checked: each
    /// figure must exist and each short name be a plain name no template
    /// name takes.
    fn names(
        &mut self,
        figure: Option<&String>,
        with: &IndexMap<String, String>,
        src: &Source,
        path: &str,
    ) -> Names {
        if let Some(id) = figure {
            self.known_figure(id, src, &format!("{path}.figure"));
        }
        let mut out = Vec::new();
        for (name, id) in with {
            let at = format!("{path}.with.{name}");
            if !crate::figures::is_ident(name) || RESERVED_NAMES.contains(&name.as_str()) {
                self.diags.push(
                    Diagnostic::error("bad-id", t!("editing-short-name-bad", name = name))
                        .at_loc(src.key_loc(&at))
                        .expected(t!(
                            "editing-short-name-expected",
                            reserved = RESERVED_NAMES
                                .iter()
                                .map(|r| format!("`{r}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ))
                        .hint(t!("editing-short-name-bad-hint")),
                );
                continue;
            }
            self.known_figure(id, src, &at);
            out.push((name.clone(), id.clone()));
        }
        Names {
            figure: figure.cloned(),
            with: out,
        }
    }

    fn known_figure(&mut self, id: &str, src: &Source, path: &str) {
        if self.figures.get(id).is_none() {
            self.diags.push(crate::figures::unknown_figure(
                id,
                src.loc(path),
                self.figures.by_id.keys(),
            ));
        }
    }

    /// The paragraphs of `paras`, at `path` in `src`.
    fn paragraphs(&mut self, paras: &[Para], src: &Source, path: &str) -> Vec<Paragraph> {
        let mut out = Vec::new();
        for (i, p) in paras.iter().enumerate() {
            let at = format!("{path}[{i}]");
            match p {
                Para::Text(t) => out.push(Paragraph {
                    lead: None,
                    text: Some(text(t, src, &at)),
                    clauses: Vec::new(),
                    bold: false,
                    italic: false,
                }),
                Para::Styled(s) => {
                    let names = self.names(s.figure.as_ref(), &s.with, src, &at);
                    if !s.counted.is_empty() {
                        for (j, c) in s.counted.iter().enumerate() {
                            let word = format::counting_word(j as u32 + 1).unwrap_or("Tiếp");
                            out.push(Paragraph {
                                lead: Some(format!("{word} là,")),
                                text: Some(named(
                                    c,
                                    src,
                                    &format!("{at}.counted[{j}]"),
                                    names.clone(),
                                )),
                                clauses: Vec::new(),
                                bold: false,
                                italic: s.italic,
                            });
                        }
                        continue;
                    }
                    out.push(Paragraph {
                        lead: None,
                        text: s
                            .text
                            .as_deref()
                            .map(|t| named(t, src, &format!("{at}.text"), names.clone())),
                        clauses: s
                            .clauses
                            .iter()
                            .enumerate()
                            .map(|(j, c)| {
                                named(c, src, &format!("{at}.clauses[{j}]"), names.clone())
                            })
                            .collect(),
                        bold: s.bold,
                        italic: s.italic,
                    })
                }
            }
        }
        out
    }

    /// What every section file puts in `slot`, in the order of `sections:`,
    /// numbered on across files; with the count of numbered nodes.
    fn slot(&mut self, slot: &str, depth: usize) -> (Vec<Contribution>, usize) {
        let mut contributions = Vec::new();
        let mut n = 0;
        let content = self.content;
        for (name, file, src) in &content.sections {
            if let Some(nodes) = file.slots.get(slot) {
                let mut items = Vec::new();
                n = self.nodes(
                    nodes,
                    src,
                    &format!("slots.{slot}"),
                    depth,
                    "",
                    n,
                    &mut items,
                );
                contributions.push(Contribution {
                    section: name.clone(),
                    slot: slot.to_string(),
                    items,
                });
            }
        }
        (contributions, n)
    }

    /// Numbers `nodes` (siblings numbered on from `start`) into `out`;
    /// the last number given. `depth`: 3 = sections (I.), 4 = items (1.),
    /// 5 = sub-items (1.1.) …
    #[allow(clippy::too_many_arguments)]
    fn nodes(
        &mut self,
        nodes: &[Node],
        src: &Source,
        path: &str,
        depth: usize,
        prefix: &str,
        start: usize,
        out: &mut Vec<Item>,
    ) -> usize {
        let mut n = start;
        for (i, node) in nodes.iter().enumerate() {
            let at = format!("{path}[{i}]");
            // the paragraphs first: a run-in heading takes the first one
            let mut body = self.paragraphs(&node.body, src, &format!("{at}.body"));
            let lead = match (&node.heading, &node.text) {
                (Some(h), _) if node.run_in => {
                    let first = match (node.body.first(), body.first()) {
                        (Some(Para::Text(_)), Some(p)) => p.text.clone(),
                        (Some(Para::Styled(s)), Some(p))
                            if s.counted.is_empty() && s.clauses.is_empty() && !s.bold =>
                        {
                            p.text.clone()
                        }
                        _ => None,
                    };
                    if first.is_some() {
                        body.remove(0);
                    }
                    Lead::RunIn(text(h, src, &format!("{at}.heading")), first)
                }
                (Some(h), _) => Lead::Heading(text(h, src, &format!("{at}.heading"))),
                (None, Some(t)) => Lead::Numbered(text(t, src, &format!("{at}.text"))),
                (None, None) => Lead::None,
            };
            if !matches!(lead, Lead::None) {
                n += 1;
            }
            let computed = match depth {
                3 => format::roman(n as u32).unwrap_or_default(),
                4 => n.to_string(),
                _ => format!("{prefix}.{n}"),
            };
            let number = node.number.clone().unwrap_or_else(|| computed.clone());
            let level = match depth {
                3 => Level::Section,
                4 => Level::Item,
                _ => Level::Subitem,
            };
            // a number and a count's word are printed on the heading's line
            for (key, value) in [("number", &node.number), ("count_label", &node.count_label)] {
                if value.as_deref().is_some_and(|v| v.contains(['\n', '\r'])) {
                    self.diags.push(
                        Diagnostic::error("bad-value", t!("content-not-one-line", key = key))
                            .at_loc(Some(Span::value(&src.path, format!("{at}.{key}"))))
                            .expected(t!("content-not-one-line-expected")),
                    );
                }
            }
            let count = match (&node.count_label, node.targets.is_empty(), &lead) {
                (Some(label), false, Lead::Heading(_) | Lead::RunIn(..)) => {
                    Some((node.targets.len(), label.clone()))
                }
                _ => None,
            };
            let targets = node
                .targets
                .iter()
                .enumerate()
                .map(|(j, t)| self.target(t, src, &format!("{at}.targets[{j}]")))
                .collect();
            let child_prefix = if depth == 3 { "" } else { number.as_str() };
            let mut items = Vec::new();
            self.nodes(
                &node.items,
                src,
                &format!("{at}.items"),
                depth + 1,
                child_prefix,
                0,
                &mut items,
            );
            let item = Item {
                level,
                depth,
                number,
                computed,
                stated: node.number.clone(),
                lead,
                count,
                body,
                targets,
                items,
                id: node.id.clone(),
                src: Span::value(&src.path, &at),
            };
            if let Some(id) = &node.id {
                self.name_list(id, item.listed(), src, &format!("{at}.id"));
            }
            out.push(item);
        }
        n
    }

    fn target(&mut self, t: &crate::content::Target, src: &Source, path: &str) -> Target {
        self.targets += 1;
        let names = self.names(t.figure.as_ref(), &t.with, src, path);
        Target {
            number: self.targets,
            figure: t.figure.clone(),
            text: named(&t.text, src, &format!("{path}.text"), names.clone()),
            lines: t
                .lines
                .iter()
                .enumerate()
                .map(|(k, l)| named(l, src, &format!("{path}.lines[{k}]"), names.clone()))
                .collect(),
            src: Span::value(&src.path, path),
        }
    }
}

impl Report {
    /// Every item of the report, depth first, in document order.
    pub fn items(&self) -> Vec<&Item> {
        fn walk<'a>(items: &'a [Item], out: &mut Vec<&'a Item>) {
            for i in items {
                out.push(i);
                walk(&i.items, out);
            }
        }
        let mut out = Vec::new();
        for p in &self.parts {
            for c in &p.chapters {
                let all = c
                    .contributions
                    .iter()
                    .chain(c.sections.iter().flat_map(|s| s.contributions.iter()));
                for contribution in all {
                    walk(&contribution.items, &mut out);
                }
            }
        }
        out
    }
}
