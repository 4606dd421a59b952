//! Every change and comment of a returned DOCX, located: the paragraph of
//! the content it is in (by the provenance bookmarks), the text of the
//! content (a bookmark's span), the YAML file, line and column, the
//! headings above it and its sentence; what it changes (literal words of
//! the template, a number a figure prints, generated text) and the edit of
//! the YAML that applies it, or why there is none.

use std::collections::HashMap;
use std::path::Path;

use super::figure::{self, Field};
use super::returned::{Group, OrigParagraph, Pos, Returned, RevKind};
use super::template::{self, Mapped, Origin};
use super::yaml;
use super::{
    Context, Edit, FigureRef, Input, Item, Kind, Place, Review, Sentence, Status, TextInfo,
};
use crate::build::Built;
use crate::diag::{At, Span};
use crate::docx::tree::{runs_text, Block, Document};
use crate::numbered::{self, Lead, Paragraph, Text};
use crate::provenance;
use crate::t;

/// For each paragraph of `doc` (in the order and with the emptiness of
/// [`Document::paragraph_texts`]): the headings above it (part, its
/// title, chapter, section, item) and whether it is a heading itself.
pub fn heading_paths(doc: &Document) -> Vec<(Vec<String>, bool)> {
    fn depth(level: u8, class: Option<&str>) -> Option<usize> {
        match class {
            Some("part") => Some(0),
            // the part's name follows its number: the number alone names it
            Some("part-title") => None,
            Some("chapter") => Some(2),
            Some("section") => Some(3),
            Some("item") => Some(4),
            Some("subitem") => Some(5),
            Some(_) => None,
            None => Some(match level {
                1 => 0,
                l => l as usize,
            }),
        }
    }
    let mut path: Vec<Option<String>> = vec![None; 6];
    let mut out = Vec::new();
    fn flat<'a>(blocks: &'a [Block], out: &mut Vec<&'a Block>) {
        for b in blocks {
            match b {
                Block::BlockQuote { blocks } => flat(blocks, out),
                Block::List { items, .. } => {
                    for i in items {
                        flat(i, out);
                    }
                }
                b => out.push(b),
            }
        }
    }
    let mut blocks = Vec::new();
    flat(&doc.blocks, &mut blocks);
    // the same paragraphs as paragraph_texts: count them the same way
    let texts = doc.paragraph_texts();
    let mut n = 0;
    for b in blocks {
        let here: Vec<String> = path.iter().flatten().cloned().collect();
        match b {
            Block::Heading { level, class, runs } => {
                let text = runs_text(runs);
                if !text.is_empty() {
                    out.push((here, true));
                    n += 1;
                }
                if let Some(d) = depth(*level, class.as_deref()) {
                    path[d] = Some(text);
                    for p in path.iter_mut().skip(d + 1) {
                        *p = None;
                    }
                }
            }
            Block::Paragraph { runs } if !runs_text(runs).is_empty() => {
                out.push((here, false));
                n += 1;
            }
            Block::Table { rows, .. } => {
                for row in rows {
                    for cell in &row.cells {
                        for p in &cell.paragraphs {
                            if !runs_text(p).is_empty() {
                                out.push((here.clone(), false));
                                n += 1;
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    // a list item's marker alone is a paragraph too: keep the counts equal
    while n < texts.len() {
        out.push((Vec::new(), false));
        n += 1;
    }
    out.truncate(texts.len());
    out
}

/// Every text of the content the document prints, by bookmark name.
pub fn texts(built: &Built) -> HashMap<String, TextInfo> {
    let dir = &built.content.dir;
    let mut out = HashMap::new();
    let mut add = |t: &Text, figure: Option<&String>| {
        if let Some(name) = provenance::span_name(&t.src, dir) {
            out.entry(name).or_insert(TextInfo {
                span: t.src.clone(),
                template: t.template.clone(),
                figure: figure.cloned().or_else(|| t.names.figure.clone()),
                with: t.names.with.clone(),
                generated: false,
                doc_level: false,
            });
        }
    };
    fn paragraphs(ps: &[Paragraph], add: &mut dyn FnMut(&Text, Option<&String>)) {
        for p in ps {
            if let Some(t) = &p.text {
                add(t, None);
            }
            for c in &p.clauses {
                add(c, None);
            }
        }
    }
    fn item(i: &numbered::Item, add: &mut dyn FnMut(&Text, Option<&String>)) {
        match &i.lead {
            Lead::Heading(t) | Lead::Numbered(t) => add(t, None),
            Lead::RunIn(h, first) => {
                add(h, None);
                if let Some(f) = first {
                    add(f, None);
                }
            }
            Lead::None => {}
        }
        paragraphs(&i.body, add);
        for t in &i.targets {
            add(&t.text, t.figure.as_ref());
            for l in &t.lines {
                add(l, t.figure.as_ref());
            }
        }
        for c in &i.items {
            item(c, add);
        }
    }
    let r = &built.report;
    paragraphs(&r.opening, &mut add);
    for p in &r.parts {
        add(&p.title, None);
        paragraphs(&p.intro, &mut add);
        for c in &p.chapters {
            add(&c.title, None);
            for x in &c.contributions {
                x.items.iter().for_each(|i| item(i, &mut add));
            }
            for s in &c.sections {
                add(&s.title, None);
                for x in &s.contributions {
                    x.items.iter().for_each(|i| item(i, &mut add));
                }
            }
        }
    }
    paragraphs(&r.closing, &mut add);
    // the appendices' titles and notes (their cells are computed)
    for a in &built.appendices {
        add(&a.title, None);
        if let Some(n) = &a.note {
            add(n, None);
        }
    }
    // the document's fields and the parts' numbers
    let c = &built.content;
    let d = &c.report.document;
    for (field, key) in crate::render::MARKED_DOC_FIELDS {
        let template = match field {
            "superior_body" => d.superior_body.clone().unwrap_or_default(),
            "issuing_body" => d.issuing_body.clone(),
            "kind" => d.kind.clone(),
            "title" => d.title.clone(),
            "subtitle" => d.subtitle.clone(),
            _ => String::new(),
        };
        let span = Span::value(&c.report_src.path, format!("document.{key}"));
        if let Some(name) = provenance::span_name(&span, dir) {
            out.insert(
                name,
                TextInfo {
                    span,
                    generated: template.is_empty(),
                    template,
                    figure: None,
                    with: Vec::new(),
                    doc_level: true,
                },
            );
        }
    }
    for p in &r.parts {
        let span = Span::value(&c.report_src.path, format!("outline[{}]", p.index - 1));
        if let Some(name) = provenance::span_name(&span, dir) {
            out.insert(
                name,
                TextInfo {
                    span,
                    template: String::new(),
                    figure: None,
                    with: Vec::new(),
                    generated: true,
                    doc_level: true,
                },
            );
        }
    }
    out
}

/// The YAML path of a span.
fn span_path(s: &Span) -> &str {
    match &s.at {
        At::Value(p) | At::Key(p) => p,
        At::Pos { .. } => "",
    }
}

/// For each paragraph of the returned document as it was: the built
/// paragraph it is, and whether their texts are the same.
pub fn match_paragraphs(cx: &Context, orig: &[OrigParagraph]) -> Vec<Option<(usize, bool)>> {
    let mut out: Vec<Option<(usize, bool)>> = vec![None; orig.len()];
    let mut used = vec![false; cx.paras.len()];
    for (i, p) in orig.iter().enumerate() {
        if p.text.is_empty() {
            continue;
        }
        let mut votes: Vec<usize> = p
            .bookmarks
            .iter()
            .filter_map(|(n, _, _)| cx.names.get(n).map(|(k, _)| *k))
            .collect();
        votes.sort();
        // the paragraph most of its bookmarks point to
        let best = votes
            .chunk_by(|a, b| a == b)
            .max_by_key(|c| c.len())
            .map(|c| c[0]);
        if let Some(k) = best {
            if !used[k] {
                used[k] = true;
                out[i] = Some((k, cx.paras[k].text == p.text));
            }
        }
    }
    // paragraphs without bookmarks (the layout's own): by their text,
    // between the matched ones
    for i in 0..orig.len() {
        if out[i].is_some() || orig[i].text.is_empty() {
            continue;
        }
        let lo = out[..i]
            .iter()
            .rev()
            .flatten()
            .next()
            .map_or(0, |m| m.0 + 1);
        let hi = out[i + 1..]
            .iter()
            .flatten()
            .next()
            .map_or(cx.paras.len(), |m| m.0);
        if let Some(k) = (lo..hi.max(lo)).find(|k| !used[*k] && cx.paras[*k].text == orig[i].text) {
            used[k] = true;
            out[i] = Some((k, true));
        }
    }
    out
}

/// A change: a deletion, an insertion, or one followed by the other.
struct Change {
    groups: Vec<usize>,
    rev: usize,
    del: Option<(Pos, Pos, String)>,
    ins: Option<(Pos, String)>,
    marks: bool,
    moved: bool,
}

fn changes(r: &Returned, groups: &[Group]) -> Vec<Change> {
    let mut out: Vec<Change> = Vec::new();
    let mut i = 0;
    while i < groups.len() {
        let g = &groups[i];
        let kind = r.revs[g.rev].kind;
        let mut c = Change {
            groups: vec![i],
            rev: g.rev,
            del: None,
            ins: None,
            marks: g.marks,
            moved: matches!(kind, RevKind::MoveFrom | RevKind::MoveTo),
        };
        match kind {
            RevKind::Del | RevKind::MoveFrom => c.del = Some((g.start, g.end, g.text.clone())),
            RevKind::Ins | RevKind::MoveTo => c.ins = Some((g.start, g.text.clone())),
        }
        // a deletion and an insertion right after it (or before it), by
        // the same author: a replacement
        if let Some(h) = groups.get(i + 1) {
            let hk = r.revs[h.rev].kind;
            let same_author = r.revs[h.rev].author == r.revs[g.rev].author;
            let adjacent = h.start == g.end || h.start == g.start;
            let pair = matches!(
                (kind, hk),
                (RevKind::Del, RevKind::Ins) | (RevKind::Ins, RevKind::Del)
            );
            if pair && same_author && adjacent && !g.marks && !h.marks {
                c.groups.push(i + 1);
                match hk {
                    RevKind::Ins => c.ins = Some((h.start, h.text.clone())),
                    _ => {
                        c.del = Some((h.start, h.end, h.text.clone()));
                        c.rev = h.rev;
                    }
                }
                i += 1;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// The sentence of `text` around characters `a..b`, with the change.
fn sentence(text: &str, a: usize, b: usize, new: &str) -> Sentence {
    let chars: Vec<char> = text.chars().collect();
    let (a, b) = (a.min(chars.len()), b.min(chars.len()));
    let is_end = |i: usize| {
        matches!(chars.get(i), Some('.' | '!' | '?' | ';'))
            && chars.get(i + 1).is_none_or(|c| c.is_whitespace())
    };
    let mut s = a;
    while s > 0 && !is_end(s - 1) {
        s -= 1;
    }
    let mut e = b;
    while e < chars.len() {
        e += 1;
        if is_end(e - 1) {
            break;
        }
    }
    const MAX: usize = 160;
    let take = |from: usize, to: usize, left: bool| {
        let piece: String = chars[from..to].iter().collect();
        let n = to - from;
        if n <= MAX {
            return piece.trim().to_string();
        }
        let cut: String = if left {
            chars[to - MAX..to].iter().collect()
        } else {
            chars[from..from + MAX].iter().collect()
        };
        if left {
            format!("…{}", cut.trim_start())
        } else {
            format!("{}…", cut.trim_end())
        }
    };
    let before = take(s, a, true);
    let after = take(b, e, false);
    let space = |x: &str, left: bool| {
        if x.is_empty() {
            String::new()
        } else if left {
            if chars
                .get(a.wrapping_sub(1))
                .is_some_and(|c| c.is_whitespace())
            {
                format!("{x} ")
            } else {
                x.to_string()
            }
        } else if chars.get(b).is_some_and(|c| c.is_whitespace()) {
            format!(" {x}")
        } else {
            x.to_string()
        }
    };
    Sentence {
        before: space(&before, true),
        old: chars[a..b].iter().collect(),
        new: new.to_string(),
        after: space(&after, false),
    }
}

/// The sentence of `text` that characters `a..b` are in (with them).
pub(super) fn sentence_of(text: &str, a: usize, b: usize) -> String {
    let s = sentence(text, a, b, "");
    format!("{}{}{}", s.before, s.old, s.after)
}

/// `old` → `new` with their common start and end taken off: the offsets
/// (in `old`) of what differs, and what replaces it.
fn trim_common(old: &str, new: &str) -> (usize, usize, String) {
    let o: Vec<char> = old.chars().collect();
    let n: Vec<char> = new.chars().collect();
    let mut p = 0;
    while p < o.len() && p < n.len() && o[p] == n[p] {
        p += 1;
    }
    let mut s = 0;
    while s < o.len() - p && s < n.len() - p && o[o.len() - 1 - s] == n[n.len() - 1 - s] {
        s += 1;
    }
    (p, o.len() - s, n[p..n.len() - s].iter().collect())
}

/// [`trim_common`], the difference widened to whole words (for showing a
/// change found by comparing two texts).
fn trim_to_words(old: &str, new: &str) -> (usize, usize, String) {
    let o: Vec<char> = old.chars().collect();
    let n: Vec<char> = new.chars().collect();
    let (mut a, b, _) = trim_common(old, new);
    let mut s = o.len() - b;
    while a > 0 && o[a - 1].is_alphanumeric() {
        a -= 1;
    }
    while s > 0 && o[o.len() - s].is_alphanumeric() {
        s -= 1;
    }
    let s = s.min(n.len() - a.min(n.len()));
    (
        a,
        o.len() - s,
        n[a.min(n.len())..n.len() - s].iter().collect(),
    )
}

/// A marked text of a paragraph: its name and characters.
#[derive(Debug, Clone)]
struct Seg {
    name: String,
    start: usize,
    end: usize,
}

/// The segments of an original paragraph: the built paragraph's marks
/// when the texts are the same, else the paragraph's own bookmarks.
fn segments(cx: &Context, p: &OrigParagraph, m: Option<(usize, bool)>) -> Vec<Seg> {
    match m {
        Some((k, true)) => cx.paras[k]
            .marks
            .iter()
            .map(|x| Seg {
                name: x.name.clone(),
                start: x.start,
                end: x.end,
            })
            .collect(),
        _ => p
            .bookmarks
            .iter()
            .filter(|b| provenance::is_name(&b.0))
            .map(|b| Seg {
                name: b.0.clone(),
                start: b.1,
                end: b.2,
            })
            .collect(),
    }
}

/// The segment characters `a..b` fall in (an insertion: `a == b`, at the
/// end of a segment counts as in it).
fn segment_of(segs: &[Seg], a: usize, b: usize) -> Option<&Seg> {
    if a < b {
        return segs.iter().find(|s| s.start <= a && b <= s.end);
    }
    segs.iter()
        .find(|s| s.start < a && a < s.end)
        .or_else(|| segs.iter().find(|s| s.end == a))
        .or_else(|| segs.iter().find(|s| s.start == a))
}

/// Where a text's characters `a..b` of its template are in its file.
fn text_place(cx: &Context, info: &TextInfo, a: usize) -> Option<Place> {
    let path = span_path(&info.span);
    let mut place = cx.place(&info.span.file, path)?;
    let src = cx.built.content.source(&info.span.file)?;
    let at = yaml::offset(&src.text, place.line, place.column)?;
    if let Some(sc) = yaml::locate(&src.text, at, &info.template) {
        let byte = sc.chars.get(a).map(|c| c.0).unwrap_or(sc.end);
        let (line, column) = yaml::line_col(&src.text, byte);
        place.line = line;
        place.column = column;
    }
    Some(place)
}

/// The rendered map of a text.
fn mapped(cx: &Context, info: &TextInfo) -> Option<Mapped> {
    if info.generated {
        return None;
    }
    let base = if info.doc_level { &cx.doc_ctx } else { &cx.ctx };
    let figure = info.figure.as_ref().and_then(|f| cx.figures_json.get(f));
    if figure.is_none() && info.with.is_empty() {
        return template::map(&info.template, &cx.tera, base);
    }
    // the names the paragraph gives figures, as rendering gives them
    let mut ctx = base.clone();
    if let Some(serde_json::Value::Object(m)) = figure {
        for (k, v) in m {
            ctx.insert(k.clone(), v);
        }
    }
    for (name, id) in &info.with {
        if let Some(v) = cx.figures_json.get(id) {
            ctx.insert(name.clone(), v);
        }
    }
    template::map(&info.template, &cx.tera, &ctx)
}

fn start_byte(o: Origin) -> Option<usize> {
    match o {
        Origin::Lit(x) | Origin::Space(x, _) => Some(x),
        _ => None,
    }
}

fn end_byte(o: Origin, template: &str) -> Option<usize> {
    match o {
        Origin::Lit(x) => Some(x + template[x..].chars().next()?.len_utf8()),
        Origin::Space(_, y) => Some(y),
        _ => None,
    }
}

/// What characters `sa..sb` of a mapped text are (`new` replaces them).
enum Class {
    /// Literal text of the template: its bytes.
    Prose(usize, usize),
    /// The output of expression `k`, at characters `run` of the text.
    Expr(usize, (usize, usize)),
    Generated,
    /// Across literal text and a number, or across template logic.
    Mixed,
}

fn classify(m: &Mapped, template: &str, sa: usize, sb: usize, new: &str) -> Class {
    let o = &m.origins;
    let expr_run = |k: usize, at: usize| {
        let mut s = at;
        while s > 0 && o[s - 1] == Origin::Expr(k) {
            s -= 1;
        }
        let mut e = at;
        while e < o.len() && o[e] == Origin::Expr(k) {
            e += 1;
        }
        (s, e)
    };
    if sa < sb {
        let piece = &o[sa..sb];
        if let Origin::Expr(k) = piece[0] {
            if piece.iter().all(|x| *x == Origin::Expr(k)) {
                return Class::Expr(k, expr_run(k, sa));
            }
        }
        if piece.contains(&Origin::Other) {
            return Class::Generated;
        }
        if piece.iter().all(|x| start_byte(*x).is_some()) {
            let contiguous = piece
                .windows(2)
                .all(|w| end_byte(w[0], template) == start_byte(w[1]));
            if contiguous {
                if let (Some(a), Some(b)) = (
                    start_byte(piece[0]),
                    end_byte(piece[piece.len() - 1], template),
                ) {
                    return Class::Prose(a, b);
                }
            }
        }
        return Class::Mixed;
    }
    let left = sa.checked_sub(1).map(|i| o[i]);
    let right = o.get(sa).copied();
    let numeric = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || c == ',' || c == '.');
    match (left, right) {
        (Some(Origin::Expr(k)), Some(Origin::Expr(j))) if k == j => {
            Class::Expr(k, expr_run(k, sa - 1))
        }
        (Some(Origin::Expr(k)), _) if numeric(new.chars().next()) => {
            Class::Expr(k, expr_run(k, sa - 1))
        }
        (_, Some(Origin::Expr(k))) if numeric(new.chars().last()) => {
            Class::Expr(k, expr_run(k, sa))
        }
        (Some(l), _) if start_byte(l).is_some() => {
            // after the character on the left
            let at = end_byte(l, template).unwrap_or(0);
            Class::Prose(at, at)
        }
        (_, Some(r)) if start_byte(r).is_some() => {
            let at = start_byte(r).unwrap_or(0);
            Class::Prose(at, at)
        }
        (None, None) => Class::Mixed,
        _ => Class::Generated,
    }
}

fn char_index(s: &str, byte: usize) -> usize {
    s[..byte.min(s.len())].chars().count()
}

fn has_template_syntax(s: &str) -> bool {
    s.contains("{{") || s.contains("{%") || s.contains("{#") || provenance::has_markers(s)
}

/// Whether the value at `path` of `file` is a string item of a list (and
/// how long the list is).
fn list_item(cx: &Context, file: &Path, path: &str) -> Option<usize> {
    let src = cx.built.content.source(file)?;
    let v = yaml::parse(&src.text)?;
    let (parent, last) = yaml::parent(path)?;
    if !matches!(last, yaml::Step::Index(_)) {
        return None;
    }
    yaml::get(&v, path)?.as_str()?;
    Some(yaml::get(&v, &parent)?.as_sequence()?.len())
}

struct Builder<'a> {
    cx: &'a Context,
    r: &'a Returned,
    orig: Vec<OrigParagraph>,
    matches: Vec<Option<(usize, bool)>>,
    items: Vec<(Pos, Item)>,
}

impl Builder<'_> {
    fn path_for(&self, i: usize) -> Vec<String> {
        for j in (0..=i.min(self.matches.len().saturating_sub(1))).rev() {
            if let Some((k, _)) = self.matches[j] {
                let p = &self.cx.paras[k];
                let mut path = p.path.clone();
                if j != i && p.heading {
                    path.push(p.text.clone());
                }
                return path;
            }
        }
        Vec::new()
    }

    fn item(&self, kind: Kind, rev: Option<usize>, para: usize) -> Item {
        let (author, date) = match rev {
            Some(r) => (self.r.revs[r].author.clone(), self.r.revs[r].date.clone()),
            None => Default::default(),
        };
        Item {
            n: 0,
            kind,
            author,
            date,
            heading_path: self.path_for(para),
            sentence: Sentence::default(),
            old: String::new(),
            new: String::new(),
            comment: None,
            source: None,
            figure: None,
            status: Status::Applicable,
            reason: None,
            edit: None,
            groups: Vec::new(),
            para: Some(para),
        }
    }

    fn info(&self, name: &str) -> Option<&TextInfo> {
        self.cx.texts.get(name)
    }

    /// The source of the first text of a paragraph (for orientation).
    fn para_source(&self, i: usize) -> Option<Place> {
        let segs = segments(self.cx, &self.orig[i], self.matches[i]);
        let info = segs.iter().find_map(|s| self.info(&s.name))?;
        self.cx.place(&info.span.file, span_path(&info.span))
    }

    /// Marks an item not applicable because its paragraph does not match
    /// the content (changed since, or not from it); true if so.
    fn unmatched(&self, item: &mut Item, i: usize) -> bool {
        match self.matches.get(i).copied().flatten() {
            Some((_, true)) => false,
            Some((k, false)) => {
                item.source = item.source.take().or_else(|| self.para_source(i));
                item.not_applicable(
                    "changed-since",
                    t!(
                        "review-why-changed-since",
                        now = short(&self.cx.paras[k].text)
                    ),
                );
                true
            }
            None => {
                item.source = item.source.take().or_else(|| self.para_source(i));
                item.not_applicable("not-in-content", t!("review-why-not-in-content"));
                true
            }
        }
    }

    fn change(&mut self, c: &Change) {
        let kind = match (&c.del, &c.ins) {
            _ if c.moved => Kind::Move,
            (Some(_), Some(_)) => Kind::Replace,
            (Some(_), None) => Kind::Delete,
            _ => Kind::Insert,
        };
        let start = c
            .del
            .as_ref()
            .map(|d| d.0)
            .or(c.ins.as_ref().map(|i| i.0))
            .unwrap_or_default();
        let mut item = self.item(kind, Some(c.rev), start.para);
        item.groups = c.groups.clone();
        item.old = c.del.as_ref().map(|d| d.2.clone()).unwrap_or_default();
        item.new = c.ins.as_ref().map(|i| i.1.clone()).unwrap_or_default();
        if c.marks {
            self.paragraph_change(c, &mut item, start);
        } else {
            self.inline_change(c, &mut item, start);
        }
        self.items.push((start, item));
    }

    fn paragraph_change(&self, c: &Change, item: &mut Item, start: Pos) {
        let i = start.para;
        let len = |i: usize| self.orig.get(i).map_or(0, |p| p.text.chars().count());
        match (&c.del, &c.ins) {
            (None, Some((at, text))) if !c.moved => {
                let after = text.starts_with('\n') && at.offset == len(i);
                let before = text.ends_with('\n') && at.offset == 0;
                if !after && !before {
                    item.kind = Kind::ParagraphBreak;
                    item.source = self.para_source(i);
                    item.not_applicable("paragraph-break", t!("review-why-paragraph-break"));
                    return;
                }
                let body = if after {
                    &text[1..]
                } else {
                    &text[..text.len() - 1]
                };
                let texts: Vec<String> = body.split('\n').map(|s| s.trim().to_string()).collect();
                item.kind = Kind::NewParagraph;
                item.new = texts.join("\n");
                item.old = String::new();
                item.sentence = Sentence {
                    new: item.new.clone(),
                    ..Sentence::default()
                };
                self.new_paragraph(item, i, after, texts);
            }
            (Some((s, e, text)), None) if !c.moved => {
                let whole = s.offset == 0 && e.offset == 0 && e.para == s.para + 1;
                if !whole {
                    item.kind = Kind::ParagraphBreak;
                    item.source = self.para_source(i);
                    let why = if e.para > s.para + 1 && s.offset == 0 && e.offset == 0 {
                        ("several-paragraphs", t!("review-why-several-paragraphs"))
                    } else {
                        ("paragraph-break", t!("review-why-paragraph-break"))
                    };
                    if why.0 == "several-paragraphs" {
                        item.kind = Kind::DeletedParagraph;
                    }
                    item.not_applicable(why.0, why.1);
                    return;
                }
                item.kind = Kind::DeletedParagraph;
                item.old = text.trim_end_matches('\n').to_string();
                item.sentence = Sentence {
                    old: item.old.clone(),
                    ..Sentence::default()
                };
                self.deleted_paragraph(item, i);
            }
            _ => {
                item.kind = if c.moved {
                    Kind::Move
                } else {
                    Kind::ParagraphBreak
                };
                item.source = self.para_source(i);
                let (code, msg) = if c.moved {
                    ("moved", t!("review-why-moved"))
                } else {
                    ("paragraph-break", t!("review-why-paragraph-break"))
                };
                item.not_applicable(code, msg);
            }
        }
    }

    /// A list item of the content that `seg` is, and its file and path.
    fn item_text(&self, seg: &Seg) -> Option<(&TextInfo, usize)> {
        let info = self.info(&seg.name)?;
        if info.generated || info.doc_level {
            return None;
        }
        let n = list_item(self.cx, &info.span.file, span_path(&info.span))?;
        Some((info, n))
    }

    fn new_paragraph(&self, item: &mut Item, i: usize, after: bool, texts: Vec<String>) {
        if texts.iter().any(|t| t.is_empty() || has_template_syntax(t)) {
            item.source = self.para_source(i);
            item.not_applicable("template-syntax", t!("review-why-new-template"));
            return;
        }
        if self.unmatched(item, i) {
            return;
        }
        // beside the paragraph's text in its list, or else beside the
        // next (previous) paragraph's
        let segs = segments(self.cx, &self.orig[i], self.matches[i]);
        let mine = if after { segs.last() } else { segs.first() };
        let mut target = mine.and_then(|s| self.item_text(s)).map(|x| (x.0, after));
        if target.is_none() {
            let j = if after { i + 1 } else { i.wrapping_sub(1) };
            if let Some(Some((_, true))) = self.matches.get(j) {
                let other = segments(self.cx, &self.orig[j], self.matches[j]);
                let seg = if after { other.first() } else { other.last() };
                target = seg.and_then(|s| self.item_text(s)).map(|x| (x.0, !after));
            }
        }
        match target {
            Some((info, after)) => {
                item.source = self.cx.place(&info.span.file, span_path(&info.span));
                item.edit = Some(Edit::InsertItem {
                    file: info.span.file.clone(),
                    path: span_path(&info.span).to_string(),
                    after,
                    texts,
                });
            }
            None => {
                item.source = self.para_source(i);
                item.not_applicable("not-in-a-list", t!("review-why-not-in-a-list"));
            }
        }
    }

    fn deleted_paragraph(&self, item: &mut Item, i: usize) {
        if self.unmatched(item, i) {
            return;
        }
        let segs = segments(self.cx, &self.orig[i], self.matches[i]);
        item.source = self.para_source(i);
        let len = self.orig[i].text.chars().count();
        let whole = segs.len() == 1 && segs[0].start == 0 && segs[0].end == len;
        let target = if whole {
            self.item_text(&segs[0])
        } else {
            None
        };
        match target {
            Some((info, n)) if n > 1 => {
                item.edit = Some(Edit::RemoveItem {
                    file: info.span.file.clone(),
                    path: span_path(&info.span).to_string(),
                });
            }
            Some(_) => item.not_applicable("last-paragraph", t!("review-why-last-paragraph")),
            None => item.not_applicable("not-in-a-list", t!("review-why-not-a-list-item")),
        }
    }

    fn inline_change(&self, c: &Change, item: &mut Item, start: Pos) {
        let i = start.para;
        let p = &self.orig[i];
        let chars: Vec<char> = p.text.chars().collect();
        let (a, b) = match &c.del {
            Some((s, e, _)) => (
                s.offset,
                if e.para == s.para {
                    e.offset
                } else {
                    chars.len()
                },
            ),
            None => (start.offset, start.offset),
        };
        let (a, b) = (a.min(chars.len()), b.min(chars.len()));
        item.sentence = sentence(&p.text, a, b, &item.new);
        if c.moved {
            item.source = self.para_source(i);
            item.not_applicable("moved", t!("review-why-moved"));
            return;
        }
        // what really differs
        let old: String = chars[a..b].iter().collect();
        let (x, y, new) = if c.del.is_some() && c.ins.is_some() {
            let (x, y, n) = trim_common(&old, &item.new);
            (a + x, a + y, n)
        } else {
            (a, b, item.new.clone())
        };
        let segs = segments(self.cx, p, self.matches[i]);
        let seg = segment_of(&segs, x, y).cloned();
        let info = seg.as_ref().and_then(|s| self.info(&s.name));
        if let (Some(s), Some(info)) = (&seg, info) {
            item.source = self.place_at(info, x.saturating_sub(s.start));
        }
        if self.unmatched(item, i) {
            return;
        }
        let (Some(seg), Some(info)) = (seg, info) else {
            item.source = item.source.take().or_else(|| self.para_source(i));
            item.not_applicable("generated", t!("review-why-generated"));
            return;
        };
        if info.generated {
            let key = span_path(&info.span);
            let why = if key.starts_with("outline[") {
                t!("review-why-part-number")
            } else {
                t!("review-why-generated-field", key = key)
            };
            item.not_applicable("generated", why);
            return;
        }
        let seg_text: String = chars[seg.start..seg.end].iter().collect();
        let Some(m) = mapped(self.cx, info).filter(|m| m.text == seg_text) else {
            item.not_applicable("generated", t!("review-why-unmapped"));
            return;
        };
        let (sa, sb) = (x - seg.start, y - seg.start);
        match classify(&m, &info.template, sa, sb, &new) {
            Class::Prose(ta, tb) => {
                if has_template_syntax(&new) {
                    item.not_applicable("template-syntax", t!("review-why-template-syntax"));
                    return;
                }
                item.edit = Some(Edit::Text {
                    file: info.span.file.clone(),
                    path: span_path(&info.span).to_string(),
                    a: char_index(&info.template, ta),
                    b: char_index(&info.template, tb),
                    new,
                });
            }
            Class::Expr(k, run) => {
                let out: Vec<char> = m.text.chars().collect();
                let old_out: String = out[run.0..run.1].iter().collect();
                let new_out: String = out[run.0..sa]
                    .iter()
                    .copied()
                    .chain(new.chars())
                    .chain(out[sb..run.1].iter().copied())
                    .collect();
                self.figure_change(item, info, &m.exprs[k], old_out, new_out);
            }
            Class::Generated => item.not_applicable("generated", t!("review-why-generated")),
            Class::Mixed => item.not_applicable("mixed", t!("review-why-mixed")),
        }
    }

    /// Where character `at` of a text's rendering comes from in the YAML:
    /// its literal character, or the expression that prints it; else where
    /// the text starts.
    fn place_at(&self, info: &TextInfo, at: usize) -> Option<Place> {
        let start = || self.cx.place(&info.span.file, span_path(&info.span));
        let Some(m) = mapped(self.cx, info) else {
            return start();
        };
        let byte = (0..=at.min(m.origins.len().saturating_sub(1)))
            .rev()
            .find_map(|i| match m.origins.get(i)? {
                Origin::Lit(x) | Origin::Space(x, _) => Some(*x),
                Origin::Expr(k) => Some(m.exprs[*k].range.start),
                Origin::Other => None,
            });
        match byte {
            Some(b) => text_place(self.cx, info, char_index(&info.template, b)).or_else(start),
            None => start(),
        }
    }

    fn figure_change(
        &self,
        item: &mut Item,
        info: &TextInfo,
        expr: &template::Expr,
        old_out: String,
        new_out: String,
    ) {
        let (var, mut filters) = expr.parts();
        let (mut old_out, mut new_out) = (old_out, new_out);
        // a short name the paragraph binds (`with:`) is its figure
        let var = match var.split_once('.').map_or(var.as_str(), |(first, _)| first) {
            first if first != "f" => match info.with.iter().find(|(n, _)| n == first) {
                Some((_, id)) => format!("f.{id}{}", &var[first.len()..]),
                None => var.clone(),
            },
            _ => var.clone(),
        };
        // a whole figure printed by a figure filter: `qty` prints the value
        // and its unit, the others a derived field
        let mut var = var;
        if var.matches('.').count() == 1 && var.starts_with("f.") {
            let id = var[2..].to_string();
            let unit = self
                .cx
                .built
                .figures
                .get(&id)
                .and_then(|f| f.spec.unit.clone())
                .unwrap_or_default();
            let field = match filters.first().map(|(f, _)| f.as_str()) {
                Some("qty") => {
                    let strip = |s: &str| {
                        s.strip_suffix(unit.as_str())
                            .map(|v| v.trim_end().to_string())
                            .unwrap_or_else(|| s.to_string())
                    };
                    old_out = strip(&old_out);
                    new_out = strip(&new_out);
                    filters[0].0 = "num".to_string();
                    "value"
                }
                Some("reached") => "pct_target",
                Some("change") => "change",
                _ => "value",
            };
            var = format!("{var}.{field}");
        }
        let steps: Vec<&str> = var.split('.').collect();
        let (id, field) = match steps.as_slice() {
            ["f", id, rest @ ..] if !rest.is_empty() => (id.to_string(), rest.join(".")),
            [first, ..] if *first != "doc" && info.figure.is_some() => {
                (info.figure.clone().unwrap_or_default(), steps.join("."))
            }
            _ => {
                item.not_applicable("generated", t!("review-why-document-field", field = var));
                return;
            }
        };
        let figures = &self.cx.built.figures;
        let Some(fig) = figures.get(&id) else {
            item.not_applicable("generated", t!("review-why-generated"));
            return;
        };
        let place_of = |fid: &str, key: &str| -> Option<Place> {
            let file = self.cx.figure_file(fid)?;
            let path = format!("figures.{fid}.{key}");
            let src = self.cx.built.content.source(&file)?;
            yaml::get(&yaml::parse(&src.text)?, &path)?;
            self.cx.place(&file, &path)
        };
        let mut fr = FigureRef {
            id: id.clone(),
            label: fig.spec.label.clone(),
            field: field.clone(),
            place: None,
            old: old_out.clone(),
            new: new_out.clone(),
            old_value: None,
            new_value: None,
            derived: false,
            formula: None,
            inputs: Vec::new(),
        };
        let class = figure::classify(figures, &id, &field);
        match class {
            Some(Field::Input {
                id: fid,
                key,
                number,
            }) => {
                fr.place = place_of(&fid, &key);
                fr.old_value = figure::yaml_value(figures, &fid, &key);
                let path = format!("figures.{fid}.{key}");
                if fr.place.is_none() {
                    item.figure = Some(fr);
                    item.not_applicable("no-key", t!("review-why-no-key", key = path));
                    return;
                }
                let file = self.cx.figure_file(&fid).unwrap_or_default();
                if number {
                    let old = fig_old(figures, &fid, &key);
                    match figure::new_value(&new_out, &filters, old) {
                        Some((v, true)) => {
                            fr.new_value = Some(figure::yaml_number(v));
                            item.edit = Some(Edit::Number {
                                file,
                                path,
                                value: figure::yaml_number(v),
                            });
                        }
                        Some((v, false)) => {
                            fr.new_value = Some(figure::yaml_number(v));
                            item.figure = Some(fr);
                            item.not_applicable(
                                "prints-otherwise",
                                t!("review-why-prints-otherwise", text = new_out.clone()),
                            );
                            return;
                        }
                        None => {
                            item.figure = Some(fr);
                            item.not_applicable(
                                "not-a-number",
                                t!("review-why-not-a-number", text = new_out.clone()),
                            );
                            return;
                        }
                    }
                } else if filters.is_empty() {
                    let old_len = fr.old_value.as_deref().unwrap_or("").chars().count();
                    fr.new_value = Some(new_out.clone());
                    item.edit = Some(Edit::Text {
                        file,
                        path,
                        a: 0,
                        b: old_len,
                        new: new_out.clone(),
                    });
                } else {
                    item.figure = Some(fr);
                    item.not_applicable("mixed", t!("review-why-filtered-text"));
                    return;
                }
                item.figure = Some(fr);
            }
            Some(Field::Derived {
                id: fid,
                key,
                formula,
                inputs,
                stated,
            }) => {
                fr.derived = true;
                fr.place = place_of(&fid, &format!("stated.{key}")).or_else(|| {
                    let file = self.cx.figure_file(&fid)?;
                    self.cx.place(&file, &format!("figures.{fid}"))
                });
                fr.formula = Some(formula.clone());
                fr.inputs = inputs
                    .iter()
                    .map(|(i, k)| Input {
                        field: format!("{i}.{k}"),
                        value: figure::input_value(figures, i, k).unwrap_or_default(),
                        place: place_of(i, k),
                    })
                    .collect();
                let names: Vec<String> = fr
                    .inputs
                    .iter()
                    .map(|x| match &x.place {
                        Some(p) => format!("{} = {} ({})", x.field, x.value, p.short()),
                        None => format!("{} = {}", x.field, x.value),
                    })
                    .collect();
                let msg = if stated {
                    t!(
                        "review-why-stated",
                        field = format!("{fid}.{key}"),
                        formula = formula,
                        inputs = names.join("; ")
                    )
                } else {
                    t!(
                        "review-why-derived",
                        field = format!("{fid}.{key}"),
                        formula = formula,
                        inputs = names.join("; ")
                    )
                };
                item.figure = Some(fr);
                item.not_applicable("derived", msg);
            }
            Some(Field::Generated { id: fid, key }) => {
                fr.place = {
                    let file = self.cx.figure_file(&fid);
                    file.and_then(|f| self.cx.place(&f, &format!("figures.{fid}")))
                };
                item.figure = Some(fr);
                item.not_applicable(
                    "generated",
                    t!(
                        "review-why-generated-figure",
                        field = format!("{fid}.{key}")
                    ),
                );
            }
            None => item.not_applicable("generated", t!("review-why-generated")),
        }
    }

    fn comments(&mut self) {
        let ranges = self.r.comment_ranges();
        for c in &self.r.comments {
            let (s, e) = ranges.get(&c.id).copied().unwrap_or_default();
            let i = s.para.min(self.orig.len().saturating_sub(1));
            let mut item = self.item(Kind::Comment, None, i);
            item.author = c.author.clone();
            item.date = c.date.clone();
            item.comment = Some(c.text.clone());
            let text = self.orig.get(i).map(|p| p.text.clone()).unwrap_or_default();
            let len = text.chars().count();
            let end = if e.para == s.para { e.offset } else { len };
            let anchored: String = text
                .chars()
                .skip(s.offset)
                .take(end.saturating_sub(s.offset))
                .collect();
            item.old = anchored.clone();
            item.new = anchored;
            let sen = sentence(&text, s.offset, end, "");
            item.sentence = Sentence {
                new: sen.old.clone(),
                ..sen
            };
            if let Some(p) = self.orig.get(i) {
                let segs = segments(self.cx, p, self.matches[i]);
                let seg = segment_of(&segs, s.offset, end.max(s.offset)).or(segs.first());
                item.source = seg
                    .and_then(|sg| {
                        let info = self.info(&sg.name)?;
                        self.place_at(info, s.offset.saturating_sub(sg.start))
                    })
                    .or_else(|| self.para_source(i));
            }
            item.not_applicable("comment", t!("review-why-comment"));
            self.items.push((s, item));
        }
    }

    fn formats(&mut self) {
        for (rev, at) in self.r.formats() {
            let i = at.para.min(self.orig.len().saturating_sub(1));
            let mut item = self.item(Kind::Format, Some(rev), i);
            let text = self.orig.get(i).map(|p| p.text.clone()).unwrap_or_default();
            item.old = short(&text);
            item.new = item.old.clone();
            item.source = self.para_source(i);
            item.not_applicable("format", t!("review-why-format"));
            self.items.push((at, item));
        }
    }
}

/// At most this many paragraphs that differ from the content without a
/// tracked change, or that only one side has, are listed one by one (a
/// file of another report would list them all).
const LIST_DIFFERENCES: usize = 12;

impl Builder<'_> {
    /// Paragraphs that read differently from the content and carry no
    /// tracked change (changed in the content since, or edited without
    /// Track Changes), paragraphs of the file the content does not have,
    /// and paragraphs of the content the file does not have: listed, so
    /// that nothing a reviewer did goes unsaid.
    fn untracked(&mut self) {
        let with_items: std::collections::HashSet<usize> =
            self.items.iter().filter_map(|(_, i)| i.para).collect();
        let mut found = Vec::new();
        let mut unmatched = Vec::new();
        for (i, p) in self.orig.iter().enumerate() {
            if p.text.is_empty() || with_items.contains(&i) {
                continue;
            }
            match self.matches[i] {
                Some((k, false)) => found.push((i, Some(k))),
                None => unmatched.push((i, None)),
                _ => {}
            }
        }
        if unmatched.len() <= LIST_DIFFERENCES {
            found.extend(unmatched);
        }
        for (i, k) in found {
            let mut item = self.item(Kind::Untracked, None, i);
            let file_text = self.orig[i].text.clone();
            let (a, b, new, base) = match k {
                Some(k) => {
                    let content = self.cx.paras[k].text.clone();
                    let (a, b, new) = trim_to_words(&content, &file_text);
                    (a, b, new, content)
                }
                None => (0, 0, file_text.clone(), String::new()),
            };
            let chars: Vec<char> = base.chars().collect();
            item.old = chars[a..b].iter().collect();
            item.new = new.clone();
            item.sentence = if base.is_empty() {
                Sentence {
                    new: short(&file_text),
                    ..Sentence::default()
                }
            } else {
                sentence(&base, a, b, &new)
            };
            item.source = self.para_source(i);
            match k {
                Some(_) => item.not_applicable("untracked", t!("review-why-untracked")),
                None => item.not_applicable("not-in-content", t!("review-why-not-in-content")),
            }
            self.items.push((Pos { para: i, offset: 0 }, item));
        }
        // the content's paragraphs the file does not have
        let mut seen = vec![false; self.cx.paras.len()];
        for (k, _) in self.matches.iter().flatten() {
            seen[*k] = true;
        }
        let missing: Vec<usize> = (0..seen.len()).filter(|k| !seen[*k]).collect();
        if missing.len() > LIST_DIFFERENCES {
            return;
        }
        for k in missing {
            // listed where the next paragraph of the content is in the file
            let at = self
                .matches
                .iter()
                .position(|m| m.is_some_and(|(j, _)| j > k))
                .unwrap_or(self.orig.len().saturating_sub(1));
            let mut item = self.item(Kind::Missing, None, at);
            let bp = &self.cx.paras[k];
            item.heading_path = bp.path.clone();
            item.old = bp.text.clone();
            item.sentence = Sentence {
                old: short(&bp.text),
                ..Sentence::default()
            };
            item.source = bp
                .marks
                .first()
                .and_then(|m| self.info(&m.name))
                .and_then(|info| self.cx.place(&info.span.file, span_path(&info.span)));
            item.not_applicable("missing", t!("review-why-missing"));
            self.items.push((
                Pos {
                    para: at,
                    offset: 0,
                },
                item,
            ));
        }
    }
}

fn fig_old(
    figures: &crate::figures::Figures,
    id: &str,
    key: &str,
) -> Option<rust_decimal::Decimal> {
    let f = figures.get(id)?;
    match key.strip_prefix("parts.") {
        Some(name) => f.parts.get(name).copied(),
        None => f.shown(key),
    }
}

/// A paragraph's start, for messages.
pub fn short(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() <= 100 {
        s.to_string()
    } else {
        format!("{}…", chars[..100].iter().collect::<String>().trim_end())
    }
}

/// Locates every change and comment of `r`.
pub fn review(cx: &Context, r: &Returned, docx: &Path) -> Review {
    let orig = r.original();
    let matches = match_paragraphs(cx, &orig);
    let groups = r.groups();
    let mut b = Builder {
        cx,
        r,
        orig,
        matches,
        items: Vec::new(),
    };
    for c in changes(r, &groups) {
        b.change(&c);
    }
    b.comments();
    b.formats();
    b.untracked();
    let mut items: Vec<(Pos, Item)> = std::mem::take(&mut b.items);
    items.sort_by_key(|(p, i)| (*p, i.kind == Kind::Comment));
    let items: Vec<Item> = items
        .into_iter()
        .enumerate()
        .map(|(n, (_, mut i))| {
            i.n = n + 1;
            i
        })
        .collect();
    let nonempty = b.orig.iter().filter(|p| !p.text.is_empty()).count();
    let unmatched = b
        .orig
        .iter()
        .zip(&b.matches)
        .filter(|(p, m)| !p.text.is_empty() && m.is_none())
        .count();
    let stale = b
        .matches
        .iter()
        .filter(|m| matches!(m, Some((_, false))))
        .count();
    let stem = docx
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "review".into());
    Review {
        stem,
        docx: docx.to_path_buf(),
        items,
        consequences: Vec::new(),
        unmatched,
        stale,
        paragraphs: nonempty,
        edited: Vec::new(),
        applied: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sentence_around_a_change() {
        let t = "Câu một. Giá trị đạt 2.732,16 tỷ đồng, tăng. Câu ba.";
        let a = t.find("2.732").map(|b| t[..b].chars().count()).unwrap();
        let s = sentence(t, a, a + 8, "2.740,5");
        assert_eq!(s.before, "Giá trị đạt ");
        assert_eq!(s.old, "2.732,16");
        assert_eq!(s.after, " tỷ đồng, tăng.");
        assert_eq!(
            trim_common("2.732,16", "2.740,5"),
            (3, 8, "40,5".to_string())
        );
        assert_eq!(
            trim_common("kinh tế", "kinh tế mới"),
            (7, 7, " mới".to_string())
        );
    }
}
