//! The DOCX writer: Markdown (docs/markdown.md) → our document tree →
//! docx-rs → the XML fix pass → a deterministic, schema-valid DOCX that
//! looks like a Party document (../shared/FORMAT.md, as a [`Profile`]).
//!
//! ```no_run
//! use baocao::docx::{markdown_to_docx, document_text, Profile};
//! let bytes = markdown_to_docx("# BÁO CÁO {.kind}\n", &Profile::default()).unwrap();
//! assert_eq!(document_text(&bytes), vec!["BÁO CÁO"]);
//! ```

pub mod fixup;
pub mod package;
pub mod profile;
pub mod tree;
pub mod writer;

pub use package::document_text;
pub use profile::{HeadingFormat, LineSpacing, ParaAlign, Profile, ProfileOverrides};

use std::fmt;

/// Why a DOCX could not be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocxError {
    /// docx-rs or the zip writer/reader failed.
    Zip(String),
    /// A part docx-rs wrote could not be parsed by the fix pass.
    Xml(String),
}

impl fmt::Display for DocxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocxError::Zip(m) => write!(f, "DOCX package: {m}"),
            DocxError::Xml(m) => write!(f, "DOCX XML: {m}"),
        }
    }
}

impl std::error::Error for DocxError {}

/// Markdown → document tree (pulldown-cmark with tables and heading
/// attributes, smart punctuation off).
pub fn parse_markdown(md: &str) -> tree::Document {
    tree::parse(md)
}

/// Document tree → DOCX bytes. Runs that carry a
/// [`Change`](tree::Change) become tracked changes (`w:ins` / `w:del`).
///
/// Made in pieces on the rayon pool (see [`write_docx_in_pieces`]); the
/// bytes are those of [`write_docx_whole`].
pub fn write_docx(doc: &tree::Document, profile: &Profile) -> Result<Vec<u8>, DocxError> {
    write_pieces(doc, profile, &Once::default(), auto_pieces(doc))
}

/// Markdown → DOCX bytes.
pub fn markdown_to_docx(md: &str, profile: &Profile) -> Result<Vec<u8>, DocxError> {
    markdown_to_docx_prepared(md, profile, &Prepared::default())
}

/// [`markdown_to_docx`] with the parts that do not depend on the text made
/// ahead (or being made) by [`Prepared::make`] for the same `profile`.
pub fn markdown_to_docx_prepared(
    md: &str,
    profile: &Profile,
    prepared: &Prepared,
) -> Result<Vec<u8>, DocxError> {
    // the skeleton does not depend on the text: made meanwhile, if not yet
    rayon::scope(|s| {
        if !prepared.0.is_claimed() {
            s.spawn(|_| prepared.make(profile));
        }
        let d = parse_markdown(md);
        write_pieces(&d, profile, &prepared.0, auto_pieces(&d))
    })
}

/// The parts of a DOCX that do not depend on its text — content types,
/// styles, settings, fonts, header, and `word/document.xml` around the
/// body — built and fixed up once, so that they can be made while the
/// text is still being written (`build::build` makes them beside the
/// figures). Made on demand when nobody has.
#[derive(Default)]
pub struct Prepared(Once<Result<Skeleton, DocxError>>);

impl Prepared {
    /// Makes the parts for `profile` now, unless another thread has begun.
    pub fn make(&self, profile: &Profile) {
        self.0.make(|| Skeleton::new(profile));
    }
}

/// [`write_docx`] in one go on this thread: docx-rs builds the whole
/// document, then every part goes through the fix pass.
pub fn write_docx_whole(doc: &tree::Document, profile: &Profile) -> Result<Vec<u8>, DocxError> {
    let xml = writer::build(doc, profile).build();
    let mut parts = package::parts(xml);
    for (name, data) in parts.iter_mut() {
        if name == "docProps/core.xml" {
            *data = core_xml(doc, profile);
        }
    }
    package::pack(parts, &fix_options(profile))
}

/// [`write_docx`] with the body cut into at most `pieces` runs of
/// top-level blocks: each is built by docx-rs and fixed on its own, in
/// parallel, and deflated in order as soon as it and those before it are
/// done; the skeleton (everything but the body content) likewise. Same
/// bytes as [`write_docx_whole`] for any number of pieces.
pub fn write_docx_in_pieces(
    doc: &tree::Document,
    profile: &Profile,
    pieces: usize,
) -> Result<Vec<u8>, DocxError> {
    write_pieces(doc, profile, &Once::default(), pieces)
}

/// `docProps/core.xml`: docx-rs writes "unknown" as author and no title;
/// Word's File › Info and the congress pack's file list show ours instead.
fn core_xml(doc: &tree::Document, profile: &Profile) -> Vec<u8> {
    let (title, creator) = package::document_identity(doc);
    package::core_properties(&title, &creator, &profile.lang)
}

fn fix_options(profile: &Profile) -> fixup::FixOptions {
    fixup::FixOptions {
        lang: profile.lang.clone(),
    }
}

/// A piece's share of the work, roughly the bytes docx-rs writes for it.
fn weight(b: &tree::Block) -> usize {
    use tree::Block;
    let para = |runs: &[tree::Run]| 300 + runs.iter().map(|r| 150 + r.text.len()).sum::<usize>();
    match b {
        Block::Heading { runs, .. } | Block::Paragraph { runs } => para(runs),
        Block::Table { rows, .. } => rows
            .iter()
            .flat_map(|r| &r.cells)
            .map(|c| 300 + c.paragraphs.iter().map(|p| para(p)).sum::<usize>())
            .sum(),
        Block::List { items, .. } => items.iter().flatten().map(weight).sum(),
        Block::BlockQuote { blocks } => blocks.iter().map(weight).sum(),
        Block::PageBreak => 300,
    }
}

/// Pieces of about 16 KB of XML, at most 16.
fn auto_pieces(doc: &tree::Document) -> usize {
    let total: usize = doc.blocks.iter().map(weight).sum();
    (total / 16_384).clamp(1, 16)
}

/// Cuts the blocks into at most `pieces` runs of about the same weight.
fn cut(blocks: &[tree::Block], pieces: usize) -> Vec<std::ops::Range<usize>> {
    let weights: Vec<usize> = blocks.iter().map(weight).collect();
    let total: usize = weights.iter().sum();
    let pieces = pieces.clamp(1, blocks.len().max(1));
    let mut out = Vec::with_capacity(pieces);
    let (mut start, mut acc) = (0, 0);
    for (i, w) in weights.iter().enumerate() {
        acc += w;
        // end a piece once its share of the total is reached
        if acc * pieces >= total * (out.len() + 1) && out.len() + 1 < pieces {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    out.push(start..blocks.len());
    out
}

/// The parts of the document without its body content, each through the
/// fix pass (ids from 1); `word/document.xml` split where the body
/// content goes.
pub struct Skeleton {
    parts: Vec<(String, SkeletonPart)>,
}

enum SkeletonPart {
    /// not one the fix pass rewrites
    Raw(Vec<u8>),
    Fixed(fixup::Fixed),
    /// `word/document.xml` up to the start tag of `w:body`, and the rest
    Document(fixup::Fixed, fixup::Fixed),
}

impl Skeleton {
    fn new(profile: &Profile) -> Result<Skeleton, DocxError> {
        let opts = fix_options(profile);
        let mut parts = package::parts(writer::skeleton(profile).build());
        parts.sort_by_key(|(n, _)| n != "[Content_Types].xml");
        let parts = parts
            .into_iter()
            .map(|(name, data)| {
                if !fixup::Fixer::wants(&name) {
                    return Ok((name, SkeletonPart::Raw(data)));
                }
                let fixed = fixup::fix_fragment(&data, &opts)
                    .map_err(|e| DocxError::Xml(format!("{name}: {e}")))?;
                let part = if name == "word/document.xml" {
                    let at = find(fixed.bytes(), b"<w:body>")
                        .ok_or_else(|| DocxError::Xml(format!("{name}: no w:body")))?;
                    let (head, tail) = fixed.split_at(at + b"<w:body>".len());
                    SkeletonPart::Document(head, tail)
                } else {
                    SkeletonPart::Fixed(fixed)
                };
                Ok((name, part))
            })
            .collect::<Result<_, DocxError>>()?;
        Ok(Skeleton { parts })
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// One run of top-level blocks as body content, through the fix pass (ids
/// from 1). `None` if it uses Word numbering (the skeleton's relationships
/// would have to say so; the writer never does).
fn body_piece(
    blocks: &[tree::Block],
    profile: &Profile,
    tables_before: usize,
    opts: &fixup::FixOptions,
) -> Result<Option<fixup::Fixed>, DocxError> {
    use docx_rs::BuildXML;
    let body = writer::body(blocks, profile, tables_before);
    if body.has_numbering {
        return Ok(None);
    }
    // docx-rs writes the children as it does in the whole document,
    // between `<w:body>` and the (default) section properties
    let xml = body.build();
    let open = b"<w:body>";
    let start = find(&xml, open).map(|i| i + open.len());
    let end = xml.windows(9).rposition(|w| w == b"<w:sectPr");
    let (Some(start), Some(end)) = (start, end) else {
        return Err(DocxError::Xml(
            "word/document.xml: a body piece without w:body".into(),
        ));
    };
    fixup::fix_fragment(&xml[start..end], opts)
        .map(Some)
        .map_err(|e| DocxError::Xml(format!("word/document.xml: {e}")))
}

/// A job done once, by the first thread that claims it; the others wait
/// for its result, which stays for every later reader.
struct Once<T> {
    claimed: std::sync::atomic::AtomicBool,
    result: std::sync::OnceLock<T>,
    lock: std::sync::Mutex<()>,
    ready: std::sync::Condvar,
}

impl<T> Default for Once<T> {
    fn default() -> Self {
        Once {
            claimed: Default::default(),
            result: std::sync::OnceLock::new(),
            lock: std::sync::Mutex::new(()),
            ready: std::sync::Condvar::new(),
        }
    }
}

impl<T> Once<T> {
    /// Does the job unless another thread has claimed it.
    fn make(&self, job: impl FnOnce() -> T) {
        if !self.claimed.swap(true, std::sync::atomic::Ordering::AcqRel) {
            let _ = self.result.set(job());
            // a waiter checks the result and waits under the lock, so the
            // notification cannot fall between the two
            drop(self.lock.lock().expect("no job panics"));
            self.ready.notify_all();
        }
    }

    fn is_claimed(&self) -> bool {
        self.claimed.load(std::sync::atomic::Ordering::Acquire)
    }

    /// The result, if done.
    fn get(&self) -> Option<&T> {
        self.result.get()
    }

    /// The result, waiting for the thread that claimed the job.
    fn wait(&self) -> &T {
        let mut g = self.lock.lock().expect("no job panics");
        loop {
            if let Some(t) = self.result.get() {
                return t;
            }
            g = self.ready.wait(g).expect("no job panics");
        }
    }
}

type PieceResult = Result<Option<fixup::Fixed>, DocxError>;

/// The pieces of the body, made in order by whichever thread is free.
struct Pieces<'a> {
    doc: &'a tree::Document,
    profile: &'a Profile,
    opts: fixup::FixOptions,
    ranges: Vec<std::ops::Range<usize>>,
    tables_before: Vec<usize>,
    next: std::sync::atomic::AtomicUsize,
    done: std::sync::Mutex<Vec<Option<PieceResult>>>,
    ready: std::sync::Condvar,
}

impl<'a> Pieces<'a> {
    fn new(doc: &'a tree::Document, profile: &'a Profile, pieces: usize) -> Pieces<'a> {
        let ranges = cut(&doc.blocks, pieces);
        let mut tables_before = Vec::with_capacity(ranges.len());
        let mut tables = 0;
        for r in &ranges {
            tables_before.push(tables);
            tables += writer::tables_in(&doc.blocks[r.clone()]);
        }
        Pieces {
            doc,
            profile,
            opts: fix_options(profile),
            next: Default::default(),
            done: std::sync::Mutex::new(ranges.iter().map(|_| None).collect()),
            ready: std::sync::Condvar::new(),
            ranges,
            tables_before,
        }
    }

    fn len(&self) -> usize {
        self.ranges.len()
    }

    fn left(&self) -> bool {
        self.next.load(std::sync::atomic::Ordering::Relaxed) < self.len()
    }

    /// Makes the next piece nobody has taken, if any.
    fn make_one(&self) -> bool {
        let i = self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if i >= self.len() {
            return false;
        }
        let r = body_piece(
            &self.doc.blocks[self.ranges[i].clone()],
            self.profile,
            self.tables_before[i],
            &self.opts,
        );
        self.done.lock().expect("no piece panics")[i] = Some(r);
        self.ready.notify_all();
        true
    }

    /// Piece `i`: made here if no thread has taken it; while it is being
    /// made elsewhere, later ones are made here.
    fn get(&self, i: usize) -> PieceResult {
        loop {
            let mut done = self.done.lock().expect("no piece panics");
            if let Some(r) = done[i].take() {
                return r;
            }
            if self.left() {
                drop(done);
                self.make_one();
            } else {
                // being made on another thread
                let _done = self.ready.wait(done).expect("no piece panics");
            }
        }
    }
}

/// [`write_docx`] with the skeleton made (or being made) by `skeleton`,
/// the body in at most `pieces` pieces.
fn write_pieces(
    doc: &tree::Document,
    profile: &Profile,
    skeleton: &Once<Result<Skeleton, DocxError>>,
    pieces: usize,
) -> Result<Vec<u8>, DocxError> {
    let pieces = Pieces::new(doc, profile, pieces);
    let out = rayon::scope(|s| {
        s.spawn(|_| while pieces.make_one() {});
        // The calling thread writes the zip; while it waits for the
        // skeleton, it makes pieces.
        let skeleton = loop {
            if let Some(s) = skeleton.get() {
                break s.as_ref().map_err(Clone::clone);
            }
            if !skeleton.is_claimed() {
                skeleton.make(|| Skeleton::new(profile));
            } else if !pieces.make_one() {
                break skeleton.wait().as_ref().map_err(Clone::clone);
            }
        }?;
        let mut zip = package::Packer::new(256 * 1024);
        for (name, part) in &skeleton.parts {
            match part {
                SkeletonPart::Raw(_) if name == "docProps/core.xml" => {
                    zip.entry(name, &core_xml(doc, profile))?;
                }
                SkeletonPart::Raw(data) => zip.entry(name, data)?,
                SkeletonPart::Fixed(f) => zip.fixed(name, f)?,
                SkeletonPart::Document(head, tail) => {
                    zip.open(name);
                    zip.piece(head)?;
                    for i in 0..pieces.len() {
                        match pieces.get(i)? {
                            Some(p) => zip.piece(&p)?,
                            None => return Ok(None),
                        }
                    }
                    zip.piece(tail)?;
                    zip.close()?;
                }
            }
        }
        zip.finish().map(Some)
    });
    match out {
        Ok(Some(bytes)) => Ok(bytes),
        // a piece uses Word numbering
        Ok(None) => write_docx_whole(doc, profile),
        Err(e) => Err(e),
    }
}
