//! Alignment: which item of the OLD draft corresponds to which of the NEW,
//! and word-level differences inside a pair of paragraphs.
//!
//! Items are first matched exactly (the `similar` crate, patience diff on
//! keys); what is left between two exact matches (a *hunk*) is paired by
//! similarity, so that a paragraph whose target number shifted from (4) to
//! (3), or whose one figure changed, is an *edited* paragraph rather than
//! one removed and one added.

use std::collections::HashMap;
use std::hash::Hash;
use std::ops::Range;

use similar::{capture_diff_slices, Algorithm, DiffTag};

/// Two items are paired only if their [`similarity`] is at least this.
pub const PAIR_THRESHOLD: f64 = 0.5;

/// A hunk larger than this (old × new items) is not paired: its old items
/// are removed and its new ones added (the pairing is quadratic).
const MAX_PAIRING_CELLS: usize = 250_000;

/// How an item of OLD and one of NEW correspond.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pair {
    /// Identical (same key).
    Same(usize, usize),
    /// The same item, edited.
    Edited(usize, usize),
    /// Only in OLD.
    Removed(usize),
    /// Only in NEW.
    Added(usize),
}

/// A stretch of the exact alignment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chunk {
    /// `old[i]` equals `new[j]` pairwise over the two ranges.
    Equal(Range<usize>, Range<usize>),
    /// Items that have no exact match; to be paired by similarity.
    Hunk(Range<usize>, Range<usize>),
}

/// The exact alignment of two key sequences: equal stretches and the hunks
/// between them (consecutive non-equal operations merged into one hunk).
pub fn exact<K: Hash + Eq>(old: &[K], new: &[K]) -> Vec<Chunk> {
    let ops = capture_diff_slices(Algorithm::Patience, old, new);
    let mut out: Vec<Chunk> = Vec::new();
    for op in ops {
        let (tag, o, n) = op.as_tag_tuple();
        if o.is_empty() && n.is_empty() {
            continue;
        }
        if tag == DiffTag::Equal {
            out.push(Chunk::Equal(o, n));
        } else if let Some(Chunk::Hunk(po, pn)) = out.last_mut() {
            po.end = o.end;
            pn.end = n.end;
        } else {
            out.push(Chunk::Hunk(o, n));
        }
    }
    out
}

/// Pairs the items of one hunk by similarity: the order-preserving pairing
/// with the greatest total similarity, among pairs whose `similarity` is at
/// least [`PAIR_THRESHOLD`]. Afterwards, a gap between two pairs holding as
/// many old as new items that `pair_anyway` accepts one for one (headings of
/// the same level: a renamed heading) is paired too. Indices are relative
/// to the slices; removed items come before added ones in a gap.
pub fn pair<T>(
    old: &[T],
    new: &[T],
    similarity: impl Fn(&T, &T) -> Option<f64>,
    pair_anyway: impl Fn(&T, &T) -> bool,
) -> Vec<Pair> {
    let (n, m) = (old.len(), new.len());
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    if n > 0 && m > 0 && n * m <= MAX_PAIRING_CELLS {
        let sim: Vec<Option<f64>> = (0..n * m)
            .map(|k| similarity(&old[k / m], &new[k % m]).filter(|s| *s >= PAIR_THRESHOLD))
            .collect();
        let w = m + 1;
        let mut dp = vec![0f64; (n + 1) * w];
        for i in 1..=n {
            for j in 1..=m {
                let mut best = dp[(i - 1) * w + j].max(dp[i * w + j - 1]);
                if let Some(s) = sim[(i - 1) * m + j - 1] {
                    best = best.max(dp[(i - 1) * w + j - 1] + s);
                }
                dp[i * w + j] = best;
            }
        }
        let (mut i, mut j) = (n, m);
        while i > 0 && j > 0 {
            let here = dp[i * w + j];
            match sim[(i - 1) * m + j - 1] {
                Some(s) if here == dp[(i - 1) * w + j - 1] + s => {
                    pairs.push((i - 1, j - 1));
                    i -= 1;
                    j -= 1;
                }
                _ if here == dp[(i - 1) * w + j] => i -= 1,
                _ => j -= 1,
            }
        }
        pairs.reverse();
    }
    // fill one-for-one gaps of items that pair anyway
    let mut filled = Vec::with_capacity(pairs.len());
    let (mut i, mut j) = (0, 0);
    for &(pi, pj) in pairs.iter().chain(std::iter::once(&(n, m))) {
        if pi - i == pj - j && (0..pi - i).all(|k| pair_anyway(&old[i + k], &new[j + k])) {
            filled.extend((0..pi - i).map(|k| (i + k, j + k)));
        }
        if pi < n {
            filled.push((pi, pj));
        }
        (i, j) = (pi + 1, pj + 1);
    }
    let mut out = Vec::with_capacity(n + m);
    let (mut i, mut j) = (0, 0);
    for (pi, pj) in filled.into_iter().chain(std::iter::once((n, m))) {
        out.extend((i..pi).map(Pair::Removed));
        out.extend((j..pj).map(Pair::Added));
        if pi < n {
            out.push(Pair::Edited(pi, pj));
        }
        (i, j) = (pi + 1, pj + 1);
    }
    out
}

/// [`exact`] then [`pair`] on every hunk: the whole alignment.
pub fn align<T, K: Hash + Eq>(
    old: &[T],
    new: &[T],
    key: impl Fn(&T) -> K,
    similarity: impl Fn(&T, &T) -> Option<f64>,
    pair_anyway: impl Fn(&T, &T) -> bool,
) -> Vec<Pair> {
    let ok: Vec<K> = old.iter().map(&key).collect();
    let nk: Vec<K> = new.iter().map(&key).collect();
    let mut out = Vec::new();
    for chunk in exact(&ok, &nk) {
        match chunk {
            Chunk::Equal(o, n) => out.extend(o.zip(n).map(|(i, j)| Pair::Same(i, j))),
            Chunk::Hunk(o, n) => {
                let (oi, ni) = (o.start, n.start);
                out.extend(
                    pair(&old[o], &new[n], &similarity, &pair_anyway)
                        .into_iter()
                        .map(|p| match p {
                            Pair::Same(i, j) => Pair::Same(oi + i, ni + j),
                            Pair::Edited(i, j) => Pair::Edited(oi + i, ni + j),
                            Pair::Removed(i) => Pair::Removed(oi + i),
                            Pair::Added(j) => Pair::Added(ni + j),
                        }),
                );
            }
        }
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Splits text into tokens: words (letters and digits; a `.` or `,`
/// between two digits stays inside, so `2.732,16` and `1.1` are one token),
/// runs of white space, and single other characters (`(`, `)`, `%`, `/`).
/// The tokens concatenate back to the text.
pub fn tokenize(s: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let len = chars.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < len {
        let (start, c) = chars[i];
        let mut j = i + 1;
        if c.is_whitespace() {
            while j < len && chars[j].1.is_whitespace() {
                j += 1;
            }
        } else if is_word_char(c) {
            loop {
                while j < len && is_word_char(chars[j].1) {
                    j += 1;
                }
                if j + 1 < len
                    && matches!(chars[j].1, '.' | ',')
                    && chars[j - 1].1.is_ascii_digit()
                    && chars[j + 1].1.is_ascii_digit()
                {
                    j += 2;
                    continue;
                }
                break;
            }
        }
        let end = chars.get(j).map(|c| c.0).unwrap_or(s.len());
        out.push(&s[start..end]);
        i = j;
    }
    out
}

/// The words of a text (tokens with a letter or digit; case kept) as a
/// multiset, for comparing texts quickly.
#[derive(Debug, Clone, Default)]
pub struct Bag {
    counts: HashMap<String, u32>,
    len: u32,
    /// The text itself when it has no words.
    bare: String,
}

impl Bag {
    pub fn of(text: &str) -> Bag {
        let mut b = Bag::default();
        for t in tokenize(text) {
            if t.chars().any(is_word_char) {
                *b.counts.entry(t.to_string()).or_default() += 1;
                b.len += 1;
            }
        }
        if b.len == 0 {
            b.bare = text.trim().to_string();
        }
        b
    }

    /// The Dice coefficient of the two multisets, 0 to 1 (two texts without
    /// words: 1 if they are the same, else 0).
    pub fn dice(&self, other: &Bag) -> f64 {
        if self.len == 0 && other.len == 0 {
            return if self.bare == other.bare { 1.0 } else { 0.0 };
        }
        let (small, large) = if self.counts.len() <= other.counts.len() {
            (self, other)
        } else {
            (other, self)
        };
        let common: u32 = small
            .counts
            .iter()
            .map(|(w, c)| (*c).min(large.counts.get(w).copied().unwrap_or(0)))
            .sum();
        2.0 * common as f64 / (self.len + other.len) as f64
    }
}

/// How alike two texts are, by their words: [`Bag::dice`].
pub fn similarity(a: &str, b: &str) -> f64 {
    Bag::of(a).dice(&Bag::of(b))
}

/// One step of a word-level difference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Old and new tokens `old`, `new` are the same.
    Equal(Range<usize>, Range<usize>),
    /// Old tokens replaced by new ones (either range may be empty).
    Change(Range<usize>, Range<usize>),
}

/// The word-level difference of two token sequences, with changes merged:
/// consecutive changes become one, and an equal stretch of white space
/// alone between two changes is swallowed by them (so that "a b" → "x y"
/// reads as one replacement, not two).
pub fn steps<T: Hash + Eq>(old: &[T], new: &[T], trivial: impl Fn(&T) -> bool) -> Vec<Step> {
    let ops = capture_diff_slices(Algorithm::Myers, old, new);
    let mut raw: Vec<(bool, Range<usize>, Range<usize>)> = Vec::new();
    for op in ops {
        let (tag, o, n) = op.as_tag_tuple();
        if o.is_empty() && n.is_empty() {
            continue;
        }
        raw.push((tag == DiffTag::Equal, o, n));
    }
    for k in 1..raw.len().saturating_sub(1) {
        if raw[k].0 && !raw[k - 1].0 && !raw[k + 1].0 && old[raw[k].1.clone()].iter().all(&trivial)
        {
            raw[k].0 = false;
        }
    }
    let mut out: Vec<Step> = Vec::new();
    for (equal, o, n) in raw {
        match (equal, out.last_mut()) {
            (false, Some(Step::Change(po, pn))) => {
                po.end = o.end;
                pn.end = n.end;
            }
            (false, _) => out.push(Step::Change(o, n)),
            (true, Some(Step::Equal(po, pn))) => {
                po.end = o.end;
                pn.end = n.end;
            }
            (true, _) => out.push(Step::Equal(o, n)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_numbers_whole_and_concatenate_back() {
        let s = "(3) Giá trị 2.732,16 tỷ đồng, tăng 1.1. năm 2020-2025: 87,5%.";
        let t = tokenize(s);
        assert_eq!(t.concat(), s);
        assert!(t.contains(&"2.732,16"));
        assert!(t.contains(&"87,5"));
        assert!(t.contains(&"1.1"));
        assert!(t.contains(&"3"));
        assert!(t.contains(&"2020") && t.contains(&"2025"));
    }

    #[test]
    fn similarity_of_renumbered_paragraphs_is_high() {
        let a = "(4) Tổng đàn gia súc, gia cầm năm 2030: 10.510 con.";
        let b = "(3) Tổng đàn gia súc, gia cầm năm 2030: 10.510 con.";
        assert!(similarity(a, b) > 0.8);
        assert!(similarity(a, "(4) Sản lượng thủy sản: 150 tấn.") < PAIR_THRESHOLD);
    }

    #[test]
    fn a_removed_item_shifts_the_numbers_of_the_rest() {
        let old = ["(1) a b c", "(2) d e f", "(3) g h i"];
        let new = ["(1) d e f", "(2) g h i"];
        let p = align(
            &old,
            &new,
            |s| s.to_string(),
            |a, b| Some(similarity(a, b)),
            |_, _| false,
        );
        assert_eq!(
            p,
            vec![Pair::Removed(0), Pair::Edited(1, 0), Pair::Edited(2, 1)]
        );
    }

    #[test]
    fn a_renamed_heading_pairs_anyway() {
        let old = ["x", "Về kinh tế", "y"];
        let new = ["x", "Phát triển sản xuất", "y"];
        let p = align(
            &old,
            &new,
            |s| s.to_string(),
            |a, b| Some(similarity(a, b)),
            |_, _| true,
        );
        assert_eq!(
            p,
            vec![Pair::Same(0, 0), Pair::Edited(1, 1), Pair::Same(2, 2)]
        );
    }

    #[test]
    fn white_space_between_changes_is_swallowed() {
        let old = ["a", " ", "b", " ", "c"];
        let new = ["x", " ", "y", " ", "c"];
        let s = steps(&old, &new, |t| t.trim().is_empty());
        assert_eq!(s, vec![Step::Change(0..3, 0..3), Step::Equal(3..5, 3..5)]);
    }
}
