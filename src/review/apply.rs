//! `--apply`: the edits the located changes give, made to the YAML in
//! place ([`super::yaml`]), then checked by building the edited content in
//! a temporary copy: every applied change must read, in the rebuilt
//! report, as the reviewer wrote it. A change that does not is left out
//! (and listed, with why); what else the edits change (a percentage
//! derived from a changed figure) is listed as a consequence. Nothing is
//! written here: the edited files are handed back in [`Review::edited`].

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::returned::{Atom, Returned};
use super::yaml::{self, Splice};
use super::{Consequence, Context, Edit, Item, Review, Status};
use crate::build::{self, Inputs};
use crate::diag::{Diagnostic, Diagnostics};
use crate::t;

/// Characters `.0` to `.1` of a paragraph that item `.2` gives (a place,
/// for a deletion).
type Touch = (usize, usize, usize);

/// A paragraph as the report should read: its text, the characters the
/// applied changes give, the headings above it.
type Want = (String, Vec<Touch>, Vec<String>);

/// A string's characters and the edits to make in them.
type Pending = (Vec<char>, Vec<(usize, usize, String)>);

/// The edited files: path → (text before, text after, with a BOM).
type Edited = BTreeMap<PathBuf, (String, String, bool)>;

/// A file being edited.
struct FileEdit {
    /// As read from disk (BOM taken off).
    text: String,
    bom: bool,
}

/// Reads a content file for editing: it must still be the text the
/// content was built from.
fn read_for_edit(cx: &Context, file: &Path) -> Result<FileEdit, String> {
    let bytes = std::fs::read(file).map_err(|e| crate::content::io_reason(&e))?;
    let text = String::from_utf8(bytes).map_err(|_| t!("review-why-not-utf8"))?;
    let (text, bom) = match text.strip_prefix('\u{feff}') {
        Some(t) => (t.to_string(), true),
        None => (text, false),
    };
    let built = cx
        .built
        .content
        .source(file)
        .map(|s| s.text.as_str())
        .unwrap_or_default();
    if text != built {
        return Err(t!("review-why-file-changed"));
    }
    Ok(FileEdit { text, bom })
}

/// The scalar at `path` of `src` and its value.
fn scalar(src: &str, path: &str) -> Option<(yaml::Scalar, String)> {
    let loc = crate::content::Locations::parse(src);
    let (l, c) = loc.value(path)?;
    let at = yaml::offset(src, l, c)?;
    let v = yaml::parse(src)?;
    let value = yaml::get(&v, path)?;
    let value = match value {
        serde_yaml::Value::String(s) => s.clone(),
        _ => return None,
    };
    Some((yaml::locate(src, at, &value)?, value))
}

/// The splice of one edit, against the file as it was.
fn splice_of(src: &str, e: &Edit) -> Result<Vec<Splice>, String> {
    let cannot = || t!("review-why-yaml");
    match e {
        Edit::Text {
            path, a, b, new, ..
        } => {
            let (sc, value) = scalar(src, path).ok_or_else(cannot)?;
            let sp = yaml::splice(src, &sc, &value, *a, *b, new).ok_or_else(cannot)?;
            Ok(vec![sp])
        }
        Edit::Number { path, value, .. } => {
            let loc = crate::content::Locations::parse(src);
            let (l, c) = loc.value(path).ok_or_else(cannot)?;
            let at = yaml::offset(src, l, c).ok_or_else(cannot)?;
            let end = yaml::token_end(src, at);
            if end == at {
                return Err(cannot());
            }
            Ok(vec![Splice {
                start: at,
                end,
                text: value.clone(),
            }])
        }
        Edit::InsertItem {
            path, after, texts, ..
        } => {
            let (sc, _) = scalar(src, path).ok_or_else(cannot)?;
            let (start, end, col) = yaml::item_extent(src, &sc).ok_or_else(cannot)?;
            let mut text = String::new();
            for t in texts {
                text.push_str(&yaml::new_item(t, col, sc.style));
            }
            let at = if *after { end } else { start };
            if *after && !src[..end].ends_with('\n') {
                text.insert(0, '\n');
            }
            // the file's line ends
            if src.contains("\r\n") {
                text = text.replace('\n', "\r\n");
            }
            Ok(vec![Splice {
                start: at,
                end: at,
                text,
            }])
        }
        Edit::RemoveItem { path, .. } => {
            let (sc, _) = scalar(src, path).ok_or_else(cannot)?;
            let (start, end, _) = yaml::item_extent(src, &sc).ok_or_else(cannot)?;
            Ok(vec![Splice {
                start,
                end,
                text: String::new(),
            }])
        }
    }
}

/// Where the value an edit changed is once the list items inserted and
/// removed in the same file are counted (`None`: it was removed).
fn moved_path(path: &str, structural: &[&Edit]) -> Option<String> {
    let mut steps = yaml::steps(path);
    let mut shift: Vec<(usize, isize)> = Vec::new();
    for e in structural {
        let (p, delta, first_after) = match e {
            Edit::InsertItem {
                path, after, texts, ..
            } => (path.as_str(), texts.len() as isize, *after),
            Edit::RemoveItem { path, .. } => (path.as_str(), -1, true),
            _ => continue,
        };
        let Some((parent, yaml::Step::Index(j))) = yaml::parent(p) else {
            continue;
        };
        let ps = yaml::steps(&parent);
        if steps.len() <= ps.len() || steps[..ps.len()] != ps[..] {
            continue;
        }
        if let yaml::Step::Index(i) = steps[ps.len()] {
            if delta < 0 && i == j {
                return None;
            }
            // the items an edit at j moves: after j (an insertion after
            // it, a removal), or j and after (an insertion before it)
            let first = if first_after { j + 1 } else { j };
            if i >= first {
                shift.push((ps.len(), delta));
            }
        }
    }
    for (at, delta) in shift {
        if let yaml::Step::Index(i) = steps[at] {
            steps[at] = yaml::Step::Index((i as isize + delta).max(0) as usize);
        }
    }
    let mut s = String::new();
    for st in steps {
        match st {
            yaml::Step::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(&k);
            }
            yaml::Step::Index(i) => s.push_str(&format!("[{i}]")),
        }
    }
    Some(s)
}

/// Checks an edited file: each edit's value reads as it should.
fn check_file(old: &str, new: &str, edits: &[(usize, &Edit)]) -> Vec<usize> {
    let Some(v) = yaml::parse(new) else {
        return edits.iter().map(|(i, _)| *i).collect();
    };
    let ov = yaml::parse(old);
    let structural: Vec<&Edit> = edits
        .iter()
        .map(|(_, e)| *e)
        .filter(|e| matches!(e, Edit::InsertItem { .. } | Edit::RemoveItem { .. }))
        .collect();
    // the expected value of every string edited: all its edits, from the end
    let mut expected: BTreeMap<String, Pending> = BTreeMap::new();
    for (_, e) in edits {
        if let Edit::Text {
            path, a, b, new, ..
        } = e
        {
            let cur = ov
                .as_ref()
                .and_then(|v| yaml::get(v, path))
                .and_then(|x| x.as_str())
                .unwrap_or("");
            let entry = expected
                .entry(path.clone())
                .or_insert((cur.chars().collect(), Vec::new()));
            entry.1.push((*a, *b, new.clone()));
        }
    }
    let expected: HashMap<String, String> = expected
        .into_iter()
        .map(|(p, (mut chars, mut es))| {
            es.sort_by_key(|x| std::cmp::Reverse(x.0));
            for (a, b, n) in es {
                let (a, b) = (a.min(chars.len()), b.min(chars.len()));
                chars.splice(a..b, n.chars());
            }
            (p, chars.into_iter().collect())
        })
        .collect();
    let mut bad = Vec::new();
    for (i, e) in edits {
        let ok = match e {
            Edit::Text { path, .. } => moved_path(path, &structural)
                .and_then(|p| yaml::get(&v, &p).and_then(|x| x.as_str().map(str::to_string)))
                .is_some_and(|s| Some(&s) == expected.get(path)),
            Edit::Number { path, value, .. } => moved_path(path, &structural)
                .and_then(|p| yaml::get(&v, &p).cloned())
                .is_some_and(|x| {
                    let s = match x {
                        serde_yaml::Value::Number(n) => n.to_string(),
                        _ => return false,
                    };
                    use std::str::FromStr;
                    let a = rust_decimal::Decimal::from_str(&s).ok();
                    let b = rust_decimal::Decimal::from_str(value).ok();
                    a.is_some() && a == b
                }),
            Edit::InsertItem {
                path, after, texts, ..
            } => {
                let Some((parent, yaml::Step::Index(j))) = yaml::parent(path) else {
                    bad.push(*i);
                    continue;
                };
                // where the first new item is, all edits of the list counted
                let others: Vec<&Edit> = structural
                    .iter()
                    .copied()
                    .filter(|x| !std::ptr::eq(*x, *e))
                    .collect();
                let anchor = format!("{parent}[{j}]");
                match moved_path(&anchor, &others) {
                    Some(p) => {
                        let Some((_, yaml::Step::Index(k))) = yaml::parent(&p) else {
                            bad.push(*i);
                            continue;
                        };
                        let first = if *after { k + 1 } else { k };
                        texts.iter().enumerate().all(|(n, t)| {
                            yaml::get(&v, &format!("{parent}[{}]", first + n))
                                .and_then(|x| x.as_str())
                                == Some(t.as_str())
                        })
                    }
                    None => false,
                }
            }
            Edit::RemoveItem { .. } => true,
        };
        if !ok {
            bad.push(*i);
        }
    }
    bad
}

/// The edited texts of the files, or the items whose edits failed.
fn edit_files(
    cx: &Context,
    items: &[Item],
    planned: &[usize],
) -> Result<Edited, Vec<(usize, String)>> {
    let mut by_file: BTreeMap<PathBuf, Vec<usize>> = BTreeMap::new();
    for &i in planned {
        if let Some(e) = &items[i].edit {
            by_file.entry(e.file().to_path_buf()).or_default().push(i);
        }
    }
    let mut out = BTreeMap::new();
    let mut failed = Vec::new();
    for (file, list) in by_file {
        let fe = match read_for_edit(cx, &file) {
            Ok(f) => f,
            Err(why) => {
                failed.extend(list.iter().map(|i| (*i, why.clone())));
                continue;
            }
        };
        let mut splices: Vec<(usize, Splice)> = Vec::new();
        for &i in &list {
            let e = items[i].edit.as_ref().expect("planned edits have an edit");
            match splice_of(&fe.text, e) {
                Ok(s) => splices.extend(s.into_iter().map(|s| (i, s))),
                Err(why) => failed.push((i, why)),
            }
        }
        // overlapping edits: the later one is left out
        splices.sort_by_key(|(_, s)| (s.start, s.end));
        let mut kept: Vec<(usize, Splice)> = Vec::new();
        for (i, s) in splices {
            let clash = kept.last().is_some_and(|(_, k)| {
                s.start < k.end || (s.start == k.start && (s.start == s.end || k.start == k.end))
            });
            if clash {
                failed.push((i, t!("review-why-overlap")));
            } else {
                kept.push((i, s));
            }
        }
        if !failed.is_empty() {
            continue;
        }
        let Some(new) = yaml::apply(
            &fe.text,
            &kept.iter().map(|(_, s)| s.clone()).collect::<Vec<_>>(),
        ) else {
            failed.extend(list.iter().map(|i| (*i, t!("review-why-yaml"))));
            continue;
        };
        let edits: Vec<(usize, &Edit)> = list
            .iter()
            .map(|i| (*i, items[*i].edit.as_ref().expect("an edit")))
            .collect();
        let bad = check_file(&fe.text, &new, &edits);
        if !bad.is_empty() {
            failed.extend(bad.into_iter().map(|i| (i, t!("review-why-yaml"))));
            continue;
        }
        out.insert(file, (fe.text, new, fe.bom));
    }
    if failed.is_empty() {
        Ok(out)
    } else {
        Err(failed)
    }
}

/// What the report should read once the planned changes are made: the
/// built paragraphs, those of the returned document (matched, same text)
/// with the planned changes accepted and the others rejected. With each
/// paragraph, the characters (or places, for deletions) of every planned
/// change: (start, end, item).
fn expected(cx: &Context, r: &Returned, items: &[Item], planned: &[usize]) -> Vec<Want> {
    let groups = r.groups();
    let mut group_item: HashMap<usize, usize> = HashMap::new();
    for &i in planned {
        for g in &items[i].groups {
            group_item.insert(*g, i);
        }
    }
    let mut atom_group: HashMap<usize, usize> = HashMap::new();
    for (gi, g) in groups.iter().enumerate() {
        for a in g.atoms.clone() {
            atom_group.insert(a, gi);
        }
    }
    let orig = r.original();
    let matches = super::locate::match_paragraphs(cx, &orig);
    let mut by_built: HashMap<usize, usize> = HashMap::new();
    for (i, m) in matches.iter().enumerate() {
        if let Some((k, true)) = m {
            by_built.insert(*k, i);
        }
    }
    let mut out = Vec::new();
    for (k, bp) in cx.paras.iter().enumerate() {
        let Some(&i) = by_built.get(&k) else {
            out.push((bp.text.clone(), Vec::new(), bp.path.clone()));
            continue;
        };
        let mut pieces: Vec<(String, Vec<Touch>)> = vec![Default::default()];
        for a in orig[i].atoms.clone() {
            let (rev, ch) = match &r.atoms[a] {
                Atom::Char(c, rev) => (*rev, Some(*c)),
                Atom::Mark(rev) => (*rev, None),
                _ => continue,
            };
            let item = atom_group.get(&a).and_then(|g| group_item.get(g)).copied();
            let include = match rev {
                None => true,
                Some(rv) => {
                    let original = r.revs[rv].kind.in_original();
                    if item.is_some() {
                        !original
                    } else {
                        original
                    }
                }
            };
            let cur = pieces.last_mut().expect("a piece");
            let at = cur.0.chars().count();
            if !include {
                if let Some(it) = item {
                    cur.1.push((at, at, it));
                }
                continue;
            }
            match ch {
                Some(c) => {
                    cur.0.push(c);
                    if let Some(it) = item {
                        match cur.1.last_mut() {
                            Some(l) if l.2 == it && l.1 == at => l.1 = at + 1,
                            _ => cur.1.push((at, at + 1, it)),
                        }
                    }
                }
                None => pieces.push(Default::default()),
            }
        }
        for (text, touched) in pieces {
            if !text.is_empty() {
                out.push((text, touched, bp.path.clone()));
            } else if let Some(t) = touched.first() {
                // a paragraph deleted: its place, on the previous one
                if let Some(prev) = out.last_mut() {
                    let end = prev.0.chars().count();
                    prev.1.push((end, end, t.2));
                }
            }
        }
    }
    out
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Compares the rebuilt report with what it should read: the items whose
/// changes do not read as planned, and the paragraphs that differ where
/// no change was made (consequences).
fn verify(want: &[Want], got: &[super::BuiltPara]) -> (Vec<usize>, Vec<Consequence>, bool) {
    use similar::{capture_diff_slices, Algorithm, DiffOp};
    let a: Vec<String> = want.iter().map(|w| collapse(&w.0)).collect();
    let b: Vec<String> = got.iter().map(|g| collapse(&g.text)).collect();
    let mut failed = Vec::new();
    let mut consequences = Vec::new();
    let mut unexplained = false;
    let touched_items = |i: usize| -> Vec<usize> { want[i].1.iter().map(|t| t.2).collect() };
    for op in capture_diff_slices(Algorithm::Myers, &a, &b) {
        match op {
            DiffOp::Equal { .. } => {}
            DiffOp::Delete {
                old_index, old_len, ..
            } => {
                for i in old_index..old_index + old_len {
                    let t = touched_items(i);
                    if t.is_empty() {
                        unexplained = true;
                    }
                    failed.extend(t);
                }
            }
            DiffOp::Insert { old_index, .. } => {
                let mut t: Vec<usize> = Vec::new();
                for i in [old_index.wrapping_sub(1), old_index] {
                    if i < want.len() {
                        t.extend(touched_items(i));
                    }
                }
                if t.is_empty() {
                    unexplained = true;
                }
                failed.extend(t);
            }
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                let n = old_len.min(new_len);
                for d in 0..n {
                    let (wi, gi) = (old_index + d, new_index + d);
                    let (f, c) = compare(&want[wi], &got[gi]);
                    failed.extend(f);
                    consequences.extend(c);
                }
                for wi in old_index + n..old_index + old_len {
                    let t = touched_items(wi);
                    if t.is_empty() {
                        unexplained = true;
                    }
                    failed.extend(t);
                }
                if new_len > n {
                    let t: Vec<usize> = (old_index..old_index + old_len)
                        .flat_map(touched_items)
                        .collect();
                    if t.is_empty() {
                        unexplained = true;
                    }
                    failed.extend(t);
                }
            }
        }
    }
    failed.sort();
    failed.dedup();
    (failed, consequences, unexplained)
}

/// One paragraph as it should read and as it does: the items whose
/// changes are where it differs, or the difference as a consequence.
fn compare(want: &Want, got: &super::BuiltPara) -> (Vec<usize>, Vec<Consequence>) {
    use similar::{capture_diff_slices, Algorithm, DiffOp};
    let a: Vec<char> = want.0.chars().collect();
    let b: Vec<char> = got.text.chars().collect();
    let mut failed = Vec::new();
    let mut regions = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &a, &b) {
        let (rs, re, ns, ne) = match op {
            DiffOp::Equal { .. } => continue,
            DiffOp::Delete {
                old_index,
                old_len,
                new_index,
            } => (old_index, old_index + old_len, new_index, new_index),
            DiffOp::Insert {
                old_index,
                new_index,
                new_len,
            } => (old_index, old_index, new_index, new_index + new_len),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => (
                old_index,
                old_index + old_len,
                new_index,
                new_index + new_len,
            ),
        };
        let removed: String = a[rs..re].iter().collect();
        let added: String = b[ns..ne].iter().collect();
        if removed.trim().is_empty() && added.trim().is_empty() {
            continue;
        }
        let hit: Vec<usize> = want
            .1
            .iter()
            .filter(|(s, e, _)| {
                if s == e {
                    rs <= *s && *s <= re
                } else if rs == re {
                    *s <= rs && rs <= *e
                } else {
                    *s < re && rs < *e
                }
            })
            .map(|t| t.2)
            .collect();
        if hit.is_empty() {
            regions.push((rs, re, ns, ne));
        }
        failed.extend(hit);
    }
    let mut consequences = Vec::new();
    if failed.is_empty() && !regions.is_empty() {
        let (rs, re, ns, ne) = (
            regions[0].0,
            regions.last().map_or(0, |r| r.1),
            regions[0].2,
            regions.last().map_or(0, |r| r.3),
        );
        let s_old = super::locate::sentence_of(&want.0, rs, re);
        let s_new = super::locate::sentence_of(&got.text, ns, ne);
        consequences.push(Consequence {
            heading_path: got.path.clone(),
            old: s_old,
            new: s_new,
            source: None,
        });
    }
    (failed, consequences)
}

/// Copies the content folder `from` into `to`.
fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    for e in walkdir::WalkDir::new(from)
        .into_iter()
        .filter_map(|e| e.ok())
    {
        let rel = e.path().strip_prefix(from).unwrap_or(e.path());
        let dest = to.join(rel);
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&dest)?;
        } else if e.file_type().is_file() {
            std::fs::copy(e.path(), &dest)?;
        }
    }
    Ok(())
}

/// Applies what can be applied (see the module's documentation). On
/// return, the items applied say so, those that could not be say why, and
/// [`Review::edited`] holds the files to write.
pub fn apply(cx: &Context, r: &Returned, review: &mut Review) -> Result<(), Diagnostic> {
    let items = &mut review.items;
    for it in items.iter_mut() {
        if it.status == Status::Applicable && it.edit.is_none() {
            it.not_applicable("generated", t!("review-why-generated"));
        }
    }
    let tmp = tempfile::tempdir().map_err(|e| {
        Diagnostic::error(
            "io",
            t!("review-no-temp", reason = crate::content::io_reason(&e)),
        )
    })?;
    let dir = &cx.built.content.dir;
    for _round in 0..8 {
        let planned: Vec<usize> = items
            .iter()
            .enumerate()
            .filter(|(_, i)| i.status == Status::Applicable)
            .map(|(n, _)| n)
            .collect();
        if planned.is_empty() {
            review.edited.clear();
            review.applied = true;
            return Ok(());
        }
        let files = match edit_files(cx, items, &planned) {
            Ok(f) => f,
            Err(failed) => {
                for (i, why) in failed {
                    items[i].not_applicable("yaml", why);
                }
                continue;
            }
        };
        // the edited content, built in a copy
        let copy = tmp.path().join(format!("content-{_round}"));
        copy_dir(dir, &copy).map_err(|e| {
            Diagnostic::error(
                "io",
                t!("review-no-temp", reason = crate::content::io_reason(&e)),
            )
        })?;
        for (file, (_, new, _)) in &files {
            let rel = file.strip_prefix(dir).unwrap_or(file);
            std::fs::write(copy.join(rel), new).map_err(|e| {
                Diagnostic::error(
                    "io",
                    t!("review-no-temp", reason = crate::content::io_reason(&e)),
                )
            })?;
        }
        let mut diags = Diagnostics::default();
        let inputs = Inputs {
            content: copy.clone(),
            templates: cx.inputs.templates.clone(),
        };
        let rebuilt = build::build(&inputs, &mut diags).filter(|_| !diags.has_errors());
        let Some(rebuilt) = rebuilt else {
            let first = diags
                .items
                .iter()
                .find(|d| d.is_error())
                .map(|d| d.message.clone())
                .unwrap_or_default();
            for &i in &planned {
                items[i].not_applicable(
                    "does-not-build",
                    t!("review-why-does-not-build", reason = first.clone()),
                );
            }
            continue;
        };
        let got = super::Context::of(rebuilt, inputs);
        let want = expected(cx, r, items, &planned);
        let (failed, mut consequences, unexplained) = verify(&want, &got.paras);
        if unexplained {
            let figure_edits = planned.iter().any(|i| items[*i].figure.is_some());
            if !figure_edits {
                for &i in &planned {
                    items[i].not_applicable("rebuilt-differs", t!("review-why-rebuilt-differs"));
                }
                continue;
            }
        }
        if !failed.is_empty() {
            let set: HashSet<usize> = failed.into_iter().collect();
            for i in set {
                items[i].not_applicable("rebuilt-differs", t!("review-why-rebuilt-differs"));
            }
            continue;
        }
        for c in &mut consequences {
            c.source = None;
        }
        for &i in &planned {
            items[i].status = Status::Applied;
        }
        review.consequences = consequences;
        review.edited = files
            .into_iter()
            .map(|(file, (_, new, bom))| {
                let mut bytes = Vec::with_capacity(new.len() + 3);
                if bom {
                    bytes.extend_from_slice("\u{feff}".as_bytes());
                }
                bytes.extend_from_slice(new.as_bytes());
                (file, bytes)
            })
            .collect();
        review.applied = true;
        return Ok(());
    }
    // still failing after every round: apply nothing
    for it in items.iter_mut() {
        if it.status == Status::Applicable {
            it.not_applicable("rebuilt-differs", t!("review-why-rebuilt-differs"));
        }
    }
    review.edited.clear();
    review.applied = true;
    Ok(())
}
