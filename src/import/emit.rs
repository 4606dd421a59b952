//! The imported structure as a content tree: `report.yaml` and one section
//! file per area, written as text laid out like the hand-made content, with
//! a side table of where each value came from in the draft (for `check` on
//! a draft, which reports at the draft's headings and sentences).

use std::collections::{BTreeMap, HashSet};

use super::areas::Mapping;
use super::figures::Extractor;
use super::outline::{ChapterN, Doc, Kind, NodeN, Note, PKind, SectionN, Target, P};
use super::yaml::{plain_or_quoted, quoted, W};
use crate::t;

/// Where a value of the content tree came from in the draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The paragraph (line of a text file, paragraph of a DOCX), 1-based.
    pub at: usize,
    /// The headings above it: "Phần thứ nhất", "A. NHỮNG KẾT QUẢ …", "1.1. …".
    pub headings: Vec<String>,
    /// The paragraph's text as the draft has it.
    pub text: String,
    /// Characters of `text` the value is about (a figure's number).
    pub span: Option<(usize, usize)>,
}

/// (file stem, YAML path) → where it came from.
pub type Origins = BTreeMap<(String, String), Origin>;

/// The content tree, in memory.
#[derive(Debug, Clone, Default)]
pub struct Tree {
    /// (file name, text), report.yaml first.
    pub files: Vec<(String, String)>,
    pub origins: Origins,
    pub stats: Stats,
    pub notes: Vec<Note>,
}

/// What the import did, for its summary.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stats {
    pub paragraphs: usize,
    pub headings: usize,
    pub targets: usize,
    pub figures: usize,
    /// Numbers in sentences that stayed prose.
    pub numbers_as_prose: usize,
    pub numbers_in_figures: usize,
    pub numbers_stated: usize,
    /// Paragraphs with bold or italic the content keeps as plain text:
    /// words inside a paragraph, or an opening or closing paragraph.
    pub emphasis_dropped: usize,
}

/// What one slot holds, in draft order.
enum Item<'a> {
    /// Paragraphs before the first numbered heading (a node without a heading).
    Holder(&'a [P], usize),
    Node(&'a NodeN),
    /// A section given by a chapter-level slot.
    Section(&'a SectionN),
}

struct Slot<'a> {
    name: String,
    /// 3: the nodes are sections (I.); 4: items (1.).
    depth: usize,
    items: Vec<(usize, Item<'a>)>,
    /// The headings above the slot.
    headings: Vec<String>,
}

struct OutlinePart {
    title: String,
    intro: Option<String>,
    chapters: Vec<OutlineChapter>,
    at: usize,
}

struct OutlineChapter {
    title: String,
    slot: Option<String>,
    sections: Vec<(String, String, usize)>,
    at: usize,
}

/// A short form of a heading for paths: its first words.
fn short(s: &str) -> String {
    let w: Vec<&str> = s.split_whitespace().collect();
    if w.len() <= 8 {
        s.to_string()
    } else {
        format!("{} …", w[..8].join(" "))
    }
}

/// A text as a template: text that tera would read as markup kept raw.
pub fn literal(s: &str) -> String {
    if s.contains("{{") || s.contains("{%") || s.contains("{#") {
        format!("{{% raw %}}{s}{{% endraw %}}")
    } else {
        s.to_string()
    }
}

fn ascii_slug(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    for c in s.nfd() {
        let c = match c {
            'đ' => 'd',
            'Đ' => 'd',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if (c.is_whitespace() || c == '-' || c == '_')
            && !out.ends_with('_')
            && !out.is_empty()
        {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_string()
}

pub struct Emitter<'a> {
    pub doc: &'a Doc,
    pub map: &'a Mapping,
    pub ex: Extractor,
    pub origins: Origins,
    pub stats: Stats,
    /// What the summary says about numbers printed otherwise than stated.
    pub notes: Vec<Note>,
    slots: Vec<Slot<'a>>,
    outline: Vec<OutlinePart>,
    draft_name: String,
}

impl<'a> Emitter<'a> {
    pub fn new(doc: &'a Doc, map: &'a Mapping, draft_name: &str) -> Emitter<'a> {
        Emitter {
            doc,
            map,
            ex: {
                let mut ex = Extractor::new(map.default_area());
                if let Some([a, _]) = doc.info.previous_term {
                    ex.baseline_year = a;
                }
                ex.files = map.areas.iter().map(|a| a.file.clone()).collect();
                ex
            },
            origins: Origins::new(),
            stats: Stats::default(),
            notes: Vec::new(),
            slots: Vec::new(),
            outline: Vec::new(),
            draft_name: draft_name.to_string(),
        }
    }

    /// Plans the outline: which slot fills what, and which area gets each
    /// of a slot's items.
    fn plan(&mut self) {
        let doc = self.doc;
        let mut used: HashSet<String> = HashSet::new();
        let mut name_slot =
            |map: &Mapping, part: usize, intro: bool, title: &str, fallback: String| {
                let rule = map.slot_rule(part, intro, title);
                let mut name = rule.map(|r| r.name.clone()).unwrap_or(fallback);
                if used.contains(&name) {
                    let base = name.clone();
                    let mut k = 2;
                    while used.contains(&name) {
                        name = format!("{base}_{k}");
                        k += 1;
                    }
                }
                used.insert(name.clone());
                (name, rule.and_then(|r| r.area.clone()))
            };
        for (pi, part) in doc.parts.iter().enumerate() {
            let part_label = part.stated.clone();
            let printed = format!(
                "Phần thứ {}",
                crate::format::ordinal(pi as u32 + 1).unwrap_or("?")
            );
            if part.stated != printed {
                self.notes.push(Note {
                    at: part.at,
                    key: "import-note-renumbered",
                    args: vec![("stated", part.stated.clone()), ("printed", printed)],
                });
            }
            let mut op = OutlinePart {
                title: part.title.clone(),
                intro: None,
                chapters: Vec::new(),
                at: part.at,
            };
            if !part.intro.is_empty() {
                let (name, area) =
                    name_slot(self.map, pi + 1, true, "", format!("part{}_intro", pi + 1));
                let a = area
                    .and_then(|f| self.map.by_file(&f))
                    .unwrap_or(self.map.default_area());
                op.intro = Some(name.clone());
                self.slots.push(Slot {
                    name,
                    depth: 4,
                    items: vec![(a, Item::Holder(&part.intro, part.at))],
                    headings: vec![part_label.clone()],
                });
            }
            for (ci, ch) in part.chapters.iter().enumerate() {
                let letter = crate::format::letter(ci as u32 + 1).unwrap_or_default();
                if !ch.stated.is_empty() && ch.stated != letter {
                    self.notes.push(Note {
                        at: ch.at,
                        key: "import-note-renumbered",
                        args: vec![
                            ("stated", format!("{}.", ch.stated)),
                            ("printed", format!("{letter}.")),
                        ],
                    });
                }
                let ch_label = format!("{}. {}", ch.stated, short(&ch.title));
                let mut oc = OutlineChapter {
                    title: ch.title.clone(),
                    slot: None,
                    sections: Vec::new(),
                    at: ch.at,
                };
                if chapter_needs_slot(ch) {
                    let fallback = format!("part{}_{}", pi + 1, letter.to_lowercase());
                    let (name, area) = name_slot(self.map, pi + 1, false, &ch.title, fallback);
                    let forced = area.and_then(|f| self.map.by_file(&f));
                    let mut items = Vec::new();
                    if !ch.body.is_empty() {
                        items.push((0, Item::Holder(&ch.body, ch.at)));
                    }
                    for s in &ch.sections {
                        items.push((0, Item::Section(s)));
                    }
                    let title_area = self.unique_area(&ch.title);
                    self.assign(&mut items, forced, title_area);
                    oc.slot = Some(name.clone());
                    self.slots.push(Slot {
                        name,
                        depth: 3,
                        items,
                        headings: vec![part_label.clone(), ch_label.clone()],
                    });
                } else {
                    for (si, s) in ch.sections.iter().enumerate() {
                        let fallback = format!(
                            "part{}_{}_{}",
                            pi + 1,
                            letter.to_lowercase(),
                            crate::format::roman(si as u32 + 1)
                                .unwrap_or_default()
                                .to_lowercase()
                        );
                        let fallback = if s.title.is_empty() {
                            fallback
                        } else {
                            let slug = ascii_slug(&s.title);
                            let slug: Vec<&str> = slug.split('_').take(4).collect();
                            if slug.is_empty() {
                                fallback
                            } else {
                                format!("{fallback}_{}", slug.join("_"))
                            }
                        };
                        let (name, area) = name_slot(self.map, pi + 1, false, &s.title, fallback);
                        let forced = area.and_then(|f| self.map.by_file(&f));
                        let mut items = Vec::new();
                        if !s.body.is_empty() {
                            items.push((0, Item::Holder(&s.body, s.at)));
                        }
                        for n in &s.items {
                            items.push((0, Item::Node(n)));
                        }
                        let title_area = self.unique_area(&s.title);
                        self.assign(&mut items, forced, title_area);
                        oc.sections.push((s.title.clone(), name.clone(), s.at));
                        self.slots.push(Slot {
                            name,
                            depth: 4,
                            items,
                            headings: vec![
                                part_label.clone(),
                                ch_label.clone(),
                                format!("{}. {}", s.stated, short(&s.title)),
                            ],
                        });
                    }
                }
                op.chapters.push(oc);
            }
            self.outline.push(op);
        }
    }

    /// The one area a title names, if it names exactly one.
    fn unique_area(&self, title: &str) -> Option<usize> {
        match self.map.areas_in(title)[..] {
            [one] => Some(one),
            _ => None,
        }
    }

    /// Gives each item of a slot its area: the slot's (forced), else the
    /// section title's, else the heading's, else the default; paragraphs
    /// before the first heading go with it; never an area listed before
    /// the previous item's.
    fn assign(
        &self,
        items: &mut [(usize, Item)],
        forced: Option<usize>,
        title_area: Option<usize>,
    ) {
        let default = self.map.default_area();
        let raw: Vec<Option<usize>> = items
            .iter()
            .map(|(_, item)| {
                let heading = match item {
                    Item::Holder(..) => return None,
                    Item::Node(n) => match &n.kind {
                        Kind::Heading(h) | Kind::RunIn(h) | Kind::Text(h) => h.clone(),
                    },
                    Item::Section(s) => s.title.clone(),
                };
                Some(
                    forced
                        .or(title_area)
                        .or_else(|| self.map.area_of(&heading))
                        .unwrap_or(default),
                )
            })
            .collect();
        let mut floor = 0;
        for (k, (area, _)) in items.iter_mut().enumerate() {
            let a = raw[k]
                .or_else(|| raw[k..].iter().flatten().next().copied())
                .or(forced)
                .or(title_area)
                .unwrap_or(default);
            *area = a.max(floor);
            floor = *area;
        }
    }

    /// Writes the tree.
    pub fn emit(mut self) -> Tree {
        self.plan();
        let mut files = Vec::new();
        // the section files first, so that their figures are known
        let mut section_files = Vec::new();
        // sentences of report.yaml first (figures of the opening), in draft order
        let report_body = self.report_paragraphs();
        let texts: Vec<Option<String>> = (0..self.map.areas.len())
            .map(|a| self.section_file(a))
            .collect();
        self.ex.link_same();
        self.ex.link_parts();
        for (a, t) in texts.into_iter().enumerate() {
            let has_figs = self.ex.figures.iter().any(|f| f.area == a);
            let file = self.map.areas[a].file.clone();
            match t {
                Some(slots) => section_files.push((file, self.section_text(a, Some(slots)))),
                None if has_figs
                    || a == self.map.default_area()
                        && self.ex.figures.iter().any(|f| f.area == a) =>
                {
                    section_files.push((file, self.section_text(a, None)))
                }
                None => {}
            }
        }
        if section_files.is_empty() {
            let a = self.map.default_area();
            section_files.push((self.map.areas[a].file.clone(), self.section_text(a, None)));
        }
        let names: Vec<String> = section_files.iter().map(|(n, _)| n.clone()).collect();
        files.push((
            "report.yaml".to_string(),
            self.report_text(&names, report_body),
        ));
        for (n, t) in section_files {
            files.push((format!("{n}.yaml"), t));
        }
        self.stats.figures = self.ex.figures.len();
        self.stats.numbers_as_prose = self.ex.prose_numbers;
        self.stats.numbers_in_figures = self.ex.figure_numbers;
        self.stats.numbers_stated = self.ex.stated_numbers;
        Tree {
            files,
            origins: self.origins,
            stats: self.stats,
            notes: self.notes,
        }
    }

    fn origin(&self, at: usize, headings: &[String], text: &str) -> Origin {
        Origin {
            at,
            headings: headings.to_vec(),
            text: text.to_string(),
            span: None,
        }
    }

    fn record(&mut self, file: &str, path: String, o: Origin) {
        self.origins.insert((file.to_string(), path), o);
    }

    /// A paragraph's text as a template (its figures taken out).
    fn sentence(
        &mut self,
        area: usize,
        file: &str,
        path: &str,
        text: &str,
        headings: &[String],
        at: usize,
    ) -> String {
        let o = self.origin(at, headings, text);
        self.record(file, path.to_string(), o.clone());
        self.ex.sentence(text, area, &o, &mut self.origins)
    }

    /// Writes a paragraph as an entry of a list at `indent`.
    #[allow(clippy::too_many_arguments)]
    fn paragraph(
        &mut self,
        w: &mut W,
        indent: usize,
        p: &P,
        area: usize,
        file: &str,
        path: &str,
        headings: &[String],
    ) {
        self.stats.paragraphs += 1;
        // report.yaml's opening and closing paragraphs are printed plain
        if p.partial || file == "report" && (p.bold || p.italic) {
            self.stats.emphasis_dropped += 1;
        }
        let style = |w: &mut W| {
            if p.bold {
                w.line(indent + 2, "bold: true");
            }
            if p.italic {
                w.line(indent + 2, "italic: true");
            }
        };
        match &p.kind {
            PKind::Text(t) if !p.bold && !p.italic => {
                let s = self.sentence(area, file, path, t, headings, p.at);
                w.folded(indent, "-", &s);
            }
            PKind::Text(t) => {
                let s = self.sentence(area, file, &format!("{path}.text"), t, headings, p.at);
                w.folded(indent, "- text:", &s);
                style(w);
                let o = self.origin(p.at, headings, t);
                self.record(file, path.to_string(), o);
            }
            PKind::Clauses(before, cs) => {
                let o = self.origin(p.at, headings, &p.full_text());
                self.record(file, path.to_string(), o);
                if before.is_empty() {
                    w.line(indent, "- clauses:");
                } else {
                    let s =
                        self.sentence(area, file, &format!("{path}.text"), before, headings, p.at);
                    w.folded(indent, "- text:", &s);
                    w.line(indent + 2, "clauses:");
                }
                for (j, c) in cs.iter().enumerate() {
                    let s = self.sentence(
                        area,
                        file,
                        &format!("{path}.clauses[{j}]"),
                        c,
                        headings,
                        p.at,
                    );
                    w.folded(indent + 4, "-", &s);
                }
                if p.bold {
                    w.line(indent + 2, "bold: true");
                }
            }
            PKind::Counted(cs) => {
                let o = self.origin(p.at, headings, &p.full_text());
                self.record(file, path.to_string(), o);
                w.line(indent, "- counted:");
                for (j, (c, at)) in cs.iter().enumerate() {
                    let s = self.sentence(
                        area,
                        file,
                        &format!("{path}.counted[{j}]"),
                        c,
                        headings,
                        *at,
                    );
                    w.folded(indent + 4, "-", &s);
                }
                self.stats.paragraphs += cs.len().saturating_sub(1);
            }
        }
    }

    /// The paragraphs of report.yaml (opening, closing) as YAML lines.
    fn report_paragraphs(&mut self) -> (String, String) {
        let doc = self.doc;
        let area = self.map.default_area();
        let mut w = W::default();
        for (i, p) in doc.opening.iter().enumerate() {
            self.paragraph(&mut w, 2, p, area, "report", &format!("opening[{i}]"), &[]);
        }
        let opening = w.out;
        let mut w = W::default();
        for (i, p) in doc.closing.iter().enumerate() {
            self.paragraph(&mut w, 2, p, area, "report", &format!("closing[{i}]"), &[]);
        }
        (opening, w.out)
    }

    /// The `slots:` of area `a`'s file, if it has material.
    fn section_file(&mut self, a: usize) -> Option<String> {
        let file = self.map.areas[a].file.clone();
        let mut w = W::default();
        let mut any = false;
        // the numbers the model gives, as it gives them: numbered on
        // across files within a slot
        let slots: Vec<usize> = (0..self.slots.len()).collect();
        for si in slots {
            let (name, depth, headings) = {
                let s = &self.slots[si];
                (s.name.clone(), s.depth, s.headings.clone())
            };
            let mut counter = 0usize;
            let mut mine = Vec::new();
            let n_items = self.slots[si].items.len();
            for k in 0..n_items {
                let (area, numbered) = {
                    let (area, item) = &self.slots[si].items[k];
                    let numbered = match item {
                        Item::Holder(..) => false,
                        Item::Node(n) => {
                            !n.stated.is_empty()
                                || !matches!(&n.kind, Kind::Text(t) if t.is_empty())
                        }
                        Item::Section(_) => true,
                    };
                    (*area, numbered)
                };
                if numbered {
                    counter += 1;
                }
                if area == a {
                    mine.push((k, counter));
                }
            }
            if mine.is_empty() {
                continue;
            }
            any = true;
            w.blank();
            w.comment(2, &headings.join(" › "));
            w.line(2, &format!("{name}:"));
            for (idx, (k, number)) in mine.into_iter().enumerate() {
                let path = format!("slots.{name}[{idx}]");
                let item = match &self.slots[si].items[k].1 {
                    Item::Holder(ps, at) => Item::Holder(ps, *at),
                    Item::Node(n) => Item::Node(n),
                    Item::Section(s) => Item::Section(s),
                };
                let computed = if depth == 3 {
                    crate::format::roman(number as u32).unwrap_or_default()
                } else {
                    number.to_string()
                };
                match item {
                    Item::Holder(ps, at) => {
                        w.line(4, "- body:");
                        let o = self.origin(at, &headings, "");
                        self.record(&file, path.clone(), o);
                        for (j, p) in ps.iter().enumerate() {
                            self.paragraph(
                                &mut w,
                                8,
                                p,
                                a,
                                &file,
                                &format!("{path}.body[{j}]"),
                                &headings,
                            );
                        }
                    }
                    Item::Node(n) => self.node(&mut w, 4, n, a, &file, &path, &headings, &computed),
                    Item::Section(s) => {
                        self.section_node(&mut w, 4, s, a, &file, &path, &headings, &computed)
                    }
                }
            }
        }
        any.then_some(w.out)
    }

    #[allow(clippy::too_many_arguments)]
    fn section_node(
        &mut self,
        w: &mut W,
        indent: usize,
        s: &SectionN,
        a: usize,
        file: &str,
        path: &str,
        headings: &[String],
        computed: &str,
    ) {
        self.stats.headings += 1;
        let mut hs = headings.to_vec();
        hs.push(format!("{}. {}", s.stated, short(&s.title)));
        let o = self.origin(s.at, &hs, &s.title);
        self.record(file, path.to_string(), o.clone());
        self.record(file, format!("{path}.heading"), o);
        let heading = self.ex.heading(&s.title);
        w.string(indent, "- heading:", &heading);
        if s.stated != computed && !s.stated.is_empty() {
            w.line(
                indent + 2,
                &format!(
                    "number: {}  # {}",
                    quoted(&s.stated),
                    t!("import-yaml-number-as-stated")
                ),
            );
        }
        if !s.body.is_empty() {
            w.line(indent + 2, "body:");
            for (j, p) in s.body.iter().enumerate() {
                self.paragraph(w, indent + 4, p, a, file, &format!("{path}.body[{j}]"), &hs);
            }
        }
        if !s.items.is_empty() {
            w.line(indent + 2, "items:");
            let mut n = 0;
            for (j, child) in s.items.iter().enumerate() {
                if !child.stated.is_empty() {
                    n += 1;
                }
                let computed = n.to_string();
                self.node(
                    w,
                    indent + 4,
                    child,
                    a,
                    file,
                    &format!("{path}.items[{j}]"),
                    &hs,
                    &computed,
                );
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn node(
        &mut self,
        w: &mut W,
        indent: usize,
        n: &NodeN,
        a: usize,
        file: &str,
        path: &str,
        headings: &[String],
        computed: &str,
    ) {
        let mut hs = headings.to_vec();
        let label = match &n.kind {
            Kind::Heading(h) | Kind::RunIn(h) | Kind::Text(h) => h.clone(),
        };
        if !n.stated.is_empty() {
            hs.push(format!("{}. {}", n.stated, short(&label)));
        }
        let o = self.origin(n.at, &hs, &label);
        self.record(file, path.to_string(), o);
        let printed = if n.stated.is_empty() {
            computed.to_string()
        } else {
            n.stated.clone()
        };
        let number_line = (!n.stated.is_empty() && n.stated != computed).then(|| {
            format!(
                "number: {}  # {}",
                quoted(&n.stated),
                t!("import-yaml-number-as-stated")
            )
        });
        let mut first = true;
        // the node's first key carries the list's dash
        let mut head = |_: &mut W, s: &str| {
            let h = if first {
                (indent, format!("- {s}"))
            } else {
                (indent + 2, s.to_string())
            };
            first = false;
            h
        };
        match &n.kind {
            Kind::Heading(h) | Kind::RunIn(h) if !(n.stated.is_empty() && h.is_empty()) => {
                self.stats.headings += 1;
                let o = self.origin(n.at, &hs, h);
                self.record(file, format!("{path}.heading"), o);
                let mut heading = self.ex.heading(h);
                let mut count_fig = None;
                if let Some((stated, word, padded)) = &n.count {
                    let listed = n.targets.len() as u32;
                    if *stated != listed || !*padded && *stated < 10 {
                        // the count as the draft states it, kept for `check`
                        let (id, expr) = self.ex.count_figure(
                            a,
                            &label,
                            *stated,
                            word,
                            *padded,
                            &n.targets,
                            &self.origin(n.at, &hs, h),
                        );
                        heading = format!("{heading} ({expr} {word})");
                        let shown = if *padded {
                            format!("{stated:02}")
                        } else {
                            stated.to_string()
                        };
                        let full = format!("{h} ({shown} {word})");
                        let o = Origin {
                            span: Some((h.chars().count() + 2, shown.chars().count())),
                            ..self.origin(n.at, &hs, &full)
                        };
                        self.record(file, format!("figures.{id}"), o);
                        count_fig = Some(id);
                    }
                }
                let (i, hd) = head(w, "heading:");
                w.string(i, &hd, &heading);
                if matches!(n.kind, Kind::RunIn(_)) {
                    w.line(indent + 2, "run_in: true");
                }
                if let Some(l) = &number_line {
                    w.line(indent + 2, l);
                }
                if let (Some((_, word, _)), None) = (&n.count, &count_fig) {
                    w.line(
                        indent + 2,
                        &format!("count_label: {}", plain_or_quoted(word)),
                    );
                }
            }
            Kind::Text(t) if !t.is_empty() || !n.stated.is_empty() => {
                self.stats.headings += 1;
                let s = self.sentence(a, file, &format!("{path}.text"), t, &hs, n.at);
                let (i, hd) = head(w, "text:");
                w.folded(i, &hd, &s);
                if let Some(l) = &number_line {
                    w.line(indent + 2, l);
                }
            }
            _ => {}
        }
        if !n.body.is_empty() {
            let (i, hd) = head(w, "body:");
            w.line(i, &hd);
            for (j, p) in n.body.iter().enumerate() {
                self.paragraph(w, indent + 4, p, a, file, &format!("{path}.body[{j}]"), &hs);
            }
        }
        if !n.targets.is_empty() {
            let (i, hd) = head(w, "targets:");
            w.line(i, &hd);
            for (j, t) in n.targets.iter().enumerate() {
                self.target(
                    w,
                    indent + 4,
                    t,
                    a,
                    file,
                    &format!("{path}.targets[{j}]"),
                    &hs,
                );
            }
        }
        if !n.items.is_empty() {
            let (i, hd) = head(w, "items:");
            w.line(i, &hd);
            let mut k = 0;
            for (j, child) in n.items.iter().enumerate() {
                k += 1;
                let computed = format!("{printed}.{k}");
                self.node(
                    w,
                    indent + 4,
                    child,
                    a,
                    file,
                    &format!("{path}.items[{j}]"),
                    &hs,
                    &computed,
                );
            }
        }
        if head(w, "").1.starts_with('-') {
            // nothing at all: an empty node still needs to be an entry
            w.line(indent, "- {}");
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn target(
        &mut self,
        w: &mut W,
        indent: usize,
        t: &Target,
        a: usize,
        file: &str,
        path: &str,
        headings: &[String],
    ) {
        self.stats.targets += 1;
        self.stats.paragraphs += 1 + t.lines.len();
        let mut hs = headings.to_vec();
        hs.push(format!("({})", t.stated));
        let o = self.origin(t.at, &hs, &t.text);
        self.record(file, path.to_string(), o.clone());
        self.record(file, format!("{path}.text"), o);
        let lines: Vec<(String, usize)> = t.lines.iter().map(|p| (p.full_text(), p.at)).collect();
        let made = self
            .ex
            .target(&t.text, &lines, a, &hs, t.at, file, path, &mut self.origins);
        match &made.figure {
            Some(id) => {
                w.line(indent, &format!("- figure: {id}"));
                w.folded(indent + 2, "text:", &made.text);
            }
            None => w.folded(indent, "- text:", &made.text),
        }
        if !made.lines.is_empty() {
            w.line(indent + 2, "lines:");
            for l in &made.lines {
                w.string(indent + 4, "-", l);
            }
        }
    }

    fn section_text(&mut self, a: usize, slots: Option<String>) -> String {
        let area = &self.map.areas[a];
        let mut w = W::default();
        w.comment(
            0,
            &t!(
                "import-yaml-section-head",
                title = area.title.clone(),
                draft = self.draft_name.clone()
            ),
        );
        w.blank();
        w.line(0, &format!("title: {}", plain_or_quoted(&area.title)));
        let figs = self.ex.figures_yaml(a);
        if !figs.is_empty() {
            w.blank();
            w.comment(0, &t!("import-yaml-figures-head"));
            w.line(0, "figures:");
            w.out.push_str(&figs);
        }
        if let Some(s) = slots {
            w.blank();
            w.line(0, "slots:");
            let s = s.strip_prefix('\n').unwrap_or(&s);
            w.out.push_str(s);
        }
        w.out
    }

    fn report_text(&mut self, sections: &[String], (opening, closing): (String, String)) -> String {
        let info = &self.doc.info;
        let mut w = W::default();
        w.comment(
            0,
            &t!("import-yaml-report-head", draft = self.draft_name.clone()),
        );
        w.blank();
        w.line(0, "document:");
        w.line(2, "stem: bao-cao-chinh-tri");
        if let Some(s) = &info.superior_body {
            w.line(2, &format!("superior_body: {}", quoted(s)));
        }
        w.line(2, &format!("issuing_body: {}", quoted(&info.issuing_body)));
        w.line(2, &format!("place: {}", quoted(&info.place)));
        match &info.date {
            Some(d) => w.line(2, &format!("date: {d}")),
            None => w.line(2, &format!("date:  # {}", t!("import-yaml-date-blank"))),
        }
        let next = info.next_term.unwrap_or([2025, 2030]);
        let prev = info.previous_term.unwrap_or([next[0] - 5, next[0]]);
        w.line(2, &format!("year: {}", info.year.unwrap_or(next[0])));
        if let Some(d) = info.draft {
            w.line(2, &format!("draft: {d}"));
        }
        w.line(
            2,
            &format!(
                "kind: {}",
                quoted(info.kind.as_deref().unwrap_or("BÁO CÁO"))
            ),
        );
        w.line(2, &format!("congress: {}", info.congress.unwrap_or(1)));
        w.line(2, &format!("previous_term: [{}, {}]", prev[0], prev[1]));
        w.line(2, &format!("next_term: [{}, {}]", next[0], next[1]));
        w.string(2, "title:", &literal(&info.title));
        w.string(2, "subtitle:", &literal(&info.subtitle));
        w.string(2, "motto:", &info.motto);
        w.blank();
        w.comment(0, &t!("import-yaml-sections-head"));
        w.line(0, "sections:");
        for s in sections {
            w.line(2, &format!("- {s}"));
        }
        if !opening.is_empty() {
            w.blank();
            w.line(0, "opening:");
            w.out.push_str(&opening);
        }
        w.blank();
        w.comment(0, &t!("import-yaml-outline-head"));
        w.line(0, "outline:");
        for (pi, p) in self.outline.iter().enumerate() {
            let at = format!("outline[{pi}]");
            w.string(2, "- title:", &literal(&p.title));
            let o = self.origin(p.at, &[], &p.title);
            self.origins
                .insert(("report".into(), format!("{at}.title")), o);
            if let Some(i) = &p.intro {
                w.line(4, &format!("intro: {i}"));
            }
            w.line(4, "chapters:");
            for (ci, c) in p.chapters.iter().enumerate() {
                w.string(6, "- title:", &literal(&c.title));
                let o = self.origin(c.at, &[], &c.title);
                self.origins
                    .insert(("report".into(), format!("{at}.chapters[{ci}].title")), o);
                if let Some(s) = &c.slot {
                    w.line(8, &format!("slot: {s}"));
                }
                if !c.sections.is_empty() {
                    w.line(8, "sections:");
                    for (si, (title, slot, sat)) in c.sections.iter().enumerate() {
                        w.string(10, "- title:", &literal(title));
                        w.line(12, &format!("slot: {slot}"));
                        let o = self.origin(*sat, &[], title);
                        self.origins.insert(
                            (
                                "report".into(),
                                format!("{at}.chapters[{ci}].sections[{si}].title"),
                            ),
                            o,
                        );
                    }
                }
            }
        }
        if !closing.is_empty() {
            w.blank();
            w.line(0, "closing:");
            w.out.push_str(&closing);
        }
        w.out
    }
}

/// Whether a chapter needs a chapter-level slot: paragraphs before its
/// first section, or a section whose stated number is not its position's.
fn chapter_needs_slot(ch: &ChapterN) -> bool {
    !ch.body.is_empty()
        || ch.sections.is_empty()
        || ch
            .sections
            .iter()
            .enumerate()
            .any(|(i, s)| crate::format::roman(i as u32 + 1).as_deref() != Some(s.stated.as_str()))
}
