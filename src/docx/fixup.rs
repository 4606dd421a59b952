//! The XML fix pass: the one place where what docx-rs writes is made
//! schema-valid (ISO/IEC 29500-4 transitional) and deterministic.
//!
//! Applied to every `word/*.xml` part of the package before it is zipped:
//! - children of `w:pPr`, `w:rPr`, `w:style`, `w:sectPr`, `w:tblPr`,
//!   `w:tcPr`, `w:tblBorders`, `w:tcBorders`, `w:pBdr`, `w:docDefaults`,
//!   `w:settings`, `w:tbl`, `w:tr`, `w:tc`, `w:lvl`, `w:styles` are put in
//!   schema order (a stable sort; unknown children keep their place after
//!   the known ones);
//! - the `w:type` attribute docx-rs writes on `w:gridCol` is dropped;
//! - `w:lang` (the profile's language) is added to the run properties of
//!   `w:docDefaults` and of every paragraph and character style;
//! - `w:pPr` in a style, in `w:pPrDefault` or in a numbering level may not
//!   hold a `w:rPr` (CT_PPrGeneral): docx-rs always writes one; it is
//!   removed (its properties, if any, moved to the style's or level's own
//!   `w:rPr`);
//! - docx-rs always writes a bare `Normal` style before ours: of styles
//!   with the same `w:styleId` the last one is kept, and `Normal` is marked
//!   the default paragraph style (`w:default="1"`);
//! - `w14:paraId` and the `w:id` of revisions (`w:ins`, `w:del`, ...) are
//!   renumbered from 1 in document order across the parts of a package
//!   ([`Fixer`]), so two builds in one process give the same bytes (docx-rs
//!   draws them from process-wide counters);
//! - an empty `w:date` on a revision (an undated change) is dropped;
//! - docx-rs cannot write `w:tblHeader` (a heading row repeated on every
//!   page): the writer marks such a row with a zero automatic height
//!   (`<w:trHeight w:val="0" w:hRule="auto"/>`, which means no height at
//!   all), and the pass turns that into `<w:tblHeader/>`.
//!
//! The pass parses a part into a small tree that keeps text and attribute
//! values exactly as written (still escaped) and writes it back. The tree
//! borrows its names, attributes and text from the part (checked as UTF-8
//! once), so parsing allocates only the nodes' lists.

use quick_xml::events::Event;
use quick_xml::Reader;
use std::borrow::Cow;
use std::fmt;

/// An XML part could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixError(pub String);

impl fmt::Display for FixError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "XML fix pass: {}", self.0)
    }
}

impl std::error::Error for FixError {}

/// A node of a parsed part. Text and attribute values are kept escaped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node<'a> {
    Elem(Elem<'a>),
    /// Escaped character data (entity references included).
    Text(Cow<'a, str>),
    /// Anything written back verbatim: declaration, comment, PI, CDATA.
    Raw(Cow<'a, str>),
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Elem<'a> {
    pub name: Cow<'a, str>,
    /// (qualified name, escaped value)
    pub attrs: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    pub children: Vec<Node<'a>>,
}

impl Node<'_> {
    /// The node with everything it borrows copied.
    pub fn into_owned(self) -> Node<'static> {
        match self {
            Node::Elem(e) => Node::Elem(e.into_owned()),
            Node::Text(t) => Node::Text(Cow::Owned(t.into_owned())),
            Node::Raw(t) => Node::Raw(Cow::Owned(t.into_owned())),
        }
    }
}

impl<'a> Elem<'a> {
    pub fn new(name: impl Into<Cow<'a, str>>) -> Elem<'a> {
        Elem {
            name: name.into(),
            ..Elem::default()
        }
    }

    /// The element with everything it borrows copied.
    pub fn into_owned(self) -> Elem<'static> {
        Elem {
            name: Cow::Owned(self.name.into_owned()),
            attrs: self
                .attrs
                .into_iter()
                .map(|(k, v)| (Cow::Owned(k.into_owned()), Cow::Owned(v.into_owned())))
                .collect(),
            children: self.children.into_iter().map(Node::into_owned).collect(),
        }
    }

    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_ref())
    }

    pub fn set_attr(&mut self, name: &str, value: impl Into<Cow<'a, str>>) {
        match self.attrs.iter_mut().find(|(k, _)| k == name) {
            Some((_, v)) => *v = value.into(),
            None => self
                .attrs
                .push((Cow::Owned(name.to_string()), value.into())),
        }
    }

    pub fn child(&self, name: &str) -> Option<&Elem<'a>> {
        self.elems().find(|e| e.name == name)
    }

    fn child_mut(&mut self, name: &str) -> Option<&mut Elem<'a>> {
        self.children.iter_mut().find_map(|n| match n {
            Node::Elem(e) if e.name == name => Some(e),
            _ => None,
        })
    }

    pub fn elems(&self) -> impl Iterator<Item = &Elem<'a>> {
        self.children.iter().filter_map(|n| match n {
            Node::Elem(e) => Some(e),
            _ => None,
        })
    }

    /// The child element `name`, created (appended) if missing.
    fn ensure_child(&mut self, name: &'static str) -> &mut Elem<'a> {
        if self.child(name).is_none() {
            self.children.push(Node::Elem(Elem::new(name)));
        }
        self.child_mut(name).expect("just ensured")
    }
}

/// Parses a part into its top-level nodes, borrowing from it where it can
/// (a part that is not UTF-8 is read lossily, into an owned tree).
pub fn parse(xml: &[u8]) -> Result<Vec<Node<'_>>, FixError> {
    match std::str::from_utf8(xml) {
        Ok(s) => parse_str(s),
        Err(_) => {
            let s = String::from_utf8_lossy(xml);
            Ok(parse_str(&s)?.into_iter().map(Node::into_owned).collect())
        }
    }
}

/// [`parse`] for a part already known to be text.
pub fn parse_str(src: &str) -> Result<Vec<Node<'_>>, FixError> {
    let err = |e: &dyn fmt::Display| FixError(e.to_string());
    let base = src.as_ptr() as usize;
    let sub = |b: &[u8]| piece(src, b);
    let mut reader = Reader::from_str(src);
    let mut stack: Vec<Elem> = Vec::new();
    let mut top: Vec<Node> = Vec::new();
    fn siblings<'s, 'a>(
        stack: &'s mut [Elem<'a>],
        top: &'s mut Vec<Node<'a>>,
    ) -> &'s mut Vec<Node<'a>> {
        match stack.last_mut() {
            Some(p) => &mut p.children,
            None => top,
        }
    }
    loop {
        let ev = reader.read_event().map_err(|e| err(&e))?;
        match ev {
            Event::Start(ref s) | Event::Empty(ref s) => {
                let mut el = Elem::new(sub(s.name().as_ref()));
                for a in s.attributes() {
                    let a = a.map_err(|e| err(&e))?;
                    el.attrs.push((sub(a.key.as_ref()), sub(&a.value)));
                }
                if matches!(ev, Event::Start(_)) {
                    stack.push(el);
                } else {
                    siblings(&mut stack, &mut top).push(Node::Elem(el));
                }
            }
            Event::End(_) => {
                let el = stack
                    .pop()
                    .ok_or_else(|| FixError("unbalanced end tag".into()))?;
                siblings(&mut stack, &mut top).push(Node::Elem(el));
            }
            Event::Text(t) => push_text(src, siblings(&mut stack, &mut top), sub(&t)),
            Event::GeneralRef(r) => {
                // `&name;` as written
                let t = match sub(&r) {
                    Cow::Borrowed(n) => {
                        let at = n.as_ptr() as usize - base;
                        match src.get(at.wrapping_sub(1)..at + n.len() + 1) {
                            Some(w) if w.starts_with('&') && w.ends_with(';') => Cow::Borrowed(w),
                            _ => Cow::Owned(format!("&{n};")),
                        }
                    }
                    Cow::Owned(n) => Cow::Owned(format!("&{n};")),
                };
                push_text(src, siblings(&mut stack, &mut top), t)
            }
            Event::CData(c) => siblings(&mut stack, &mut top)
                .push(Node::Raw(format!("<![CDATA[{}]]>", sub(&c)).into())),
            Event::Comment(c) => {
                siblings(&mut stack, &mut top).push(Node::Raw(format!("<!--{}-->", sub(&c)).into()))
            }
            Event::Decl(d) => {
                siblings(&mut stack, &mut top).push(Node::Raw(format!("<?{}?>", sub(&d)).into()))
            }
            Event::PI(p) => {
                siblings(&mut stack, &mut top).push(Node::Raw(format!("<?{}?>", sub(&p)).into()))
            }
            Event::DocType(d) => siblings(&mut stack, &mut top)
                .push(Node::Raw(format!("<!DOCTYPE {}>", sub(&d)).into())),
            Event::Eof => break,
        }
    }
    if !stack.is_empty() {
        return Err(FixError("unclosed element".into()));
    }
    Ok(top)
}

/// The piece of `src` that quick-xml handed back (its events borrow from
/// the input), else a copy.
fn piece<'a>(src: &'a str, b: &[u8]) -> Cow<'a, str> {
    let (base, p) = (src.as_ptr() as usize, b.as_ptr() as usize);
    if p >= base && p + b.len() <= base + src.len() {
        if let Some(s) = src.get(p - base..p - base + b.len()) {
            return Cow::Borrowed(s);
        }
    }
    Cow::Owned(String::from_utf8_lossy(b).into_owned())
}

/// Text and entity references next to each other in the input become one
/// text node (one slice of the input).
fn push_text<'a>(src: &'a str, list: &mut Vec<Node<'a>>, t: Cow<'a, str>) {
    if let (Some(Node::Text(Cow::Borrowed(prev))), Cow::Borrowed(cur)) = (list.last_mut(), &t) {
        let base = src.as_ptr() as usize;
        let (ps, cs) = (prev.as_ptr() as usize - base, cur.as_ptr() as usize - base);
        if ps + prev.len() == cs {
            *prev = &src[ps..cs + cur.len()];
            return;
        }
    }
    list.push(Node::Text(t));
}

/// Writes nodes back as XML.
pub fn serialize(nodes: &[Node]) -> Vec<u8> {
    let mut out = Vec::new();
    for n in nodes {
        write_node(n, &mut out);
    }
    out
}

fn write_node(n: &Node, out: &mut Vec<u8>) {
    match n {
        Node::Text(t) | Node::Raw(t) => out.extend_from_slice(t.as_bytes()),
        Node::Elem(e) => {
            out.push(b'<');
            out.extend_from_slice(e.name.as_bytes());
            for (k, v) in &e.attrs {
                out.push(b' ');
                out.extend_from_slice(k.as_bytes());
                out.extend_from_slice(b"=\"");
                for (i, p) in v.as_bytes().split(|&b| b == b'"').enumerate() {
                    if i > 0 {
                        out.extend_from_slice(b"&quot;");
                    }
                    out.extend_from_slice(p);
                }
                out.push(b'"');
            }
            if e.children.is_empty() {
                out.extend_from_slice(b"/>");
            } else {
                out.push(b'>');
                for c in &e.children {
                    write_node(c, out);
                }
                out.extend_from_slice(b"</");
                out.extend_from_slice(e.name.as_bytes());
                out.push(b'>');
            }
        }
    }
}

const RPR: &[&str] = &[
    "ins",
    "del",
    "moveFrom",
    "moveTo",
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
    "rPrChange",
];
const PPR: &[&str] = &[
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
];
const STYLE: &[&str] = &[
    "name",
    "aliases",
    "basedOn",
    "next",
    "link",
    "autoRedefine",
    "hidden",
    "uiPriority",
    "semiHidden",
    "unhideWhenUsed",
    "qFormat",
    "locked",
    "personal",
    "personalCompose",
    "personalReply",
    "rsid",
    "pPr",
    "rPr",
    "tblPr",
    "trPr",
    "tcPr",
    "tblStylePr",
];
/// `headerReference` and `footerReference` share rank 0 (a choice group).
const SECTPR: &[&str] = &[
    "headerReference|footerReference",
    "footnotePr",
    "endnotePr",
    "type",
    "pgSz",
    "pgMar",
    "paperSrc",
    "pgBorders",
    "lnNumType",
    "pgNumType",
    "cols",
    "formProt",
    "vAlign",
    "noEndnote",
    "titlePg",
    "textDirection",
    "bidi",
    "rtlGutter",
    "docGrid",
    "printerSettings",
    "sectPrChange",
];
const TBLPR: &[&str] = &[
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
    "tblPrChange",
];
const TCPR: &[&str] = &[
    "cnfStyle",
    "tcW",
    "gridSpan",
    "hMerge",
    "vMerge",
    "tcBorders",
    "shd",
    "noWrap",
    "tcMar",
    "textDirection",
    "tcFitText",
    "vAlign",
    "hideMark",
    "headers",
    "cellIns",
    "cellDel",
    "cellMerge",
    "tcPrChange",
];
const BORDERS: &[&str] = &[
    "top", "start", "left", "bottom", "end", "right", "insideH", "insideV", "tl2br", "tr2bl",
];
const PBDR: &[&str] = &["top", "left", "bottom", "right", "between", "bar"];
const CELLMAR: &[&str] = &["top", "start", "left", "bottom", "end", "right"];
const DOCDEFAULTS: &[&str] = &["rPrDefault", "pPrDefault"];
const STYLES: &[&str] = &["docDefaults", "latentStyles", "style"];
const TBL: &[&str] = &["tblPr", "tblGrid"];
const TR: &[&str] = &["tblPrEx", "trPr"];
const TRPR: &[&str] = &[
    "cnfStyle",
    "divId",
    "gridBefore",
    "gridAfter",
    "wBefore",
    "wAfter",
    "cantSplit",
    "trHeight",
    "tblHeader",
    "tblCellSpacing",
    "jc",
    "hidden",
    "ins",
    "del",
    "trPrChange",
];
const TC: &[&str] = &["tcPr"];
const LVL: &[&str] = &[
    "start",
    "numFmt",
    "lvlRestart",
    "pStyle",
    "isLgl",
    "suff",
    "lvlText",
    "lvlPicBulletId",
    "legacy",
    "lvlJc",
    "pPr",
    "rPr",
];
const SETTINGS: &[&str] = &[
    "writeProtection",
    "view",
    "zoom",
    "removePersonalInformation",
    "removeDateAndTime",
    "doNotDisplayPageBoundaries",
    "displayBackgroundShape",
    "printPostScriptOverText",
    "printFractionalCharacterWidth",
    "printFormsData",
    "embedTrueTypeFonts",
    "embedSystemFonts",
    "saveSubsetFonts",
    "saveFormsData",
    "mirrorMargins",
    "alignBordersAndEdges",
    "bordersDoNotSurroundHeader",
    "bordersDoNotSurroundFooter",
    "gutterAtTop",
    "hideSpellingErrors",
    "hideGrammaticalErrors",
    "activeWritingStyle",
    "proofState",
    "formsDesign",
    "attachedTemplate",
    "linkStyles",
    "stylePaneFormatFilter",
    "stylePaneSortMethod",
    "documentType",
    "mailMerge",
    "revisionView",
    "trackRevisions",
    "doNotTrackMoves",
    "doNotTrackFormatting",
    "documentProtection",
    "autoFormatOverride",
    "styleLockTheme",
    "styleLockQFSet",
    "defaultTabStop",
    "autoHyphenation",
    "consecutiveHyphenLimit",
    "hyphenationZone",
    "doNotHyphenateCaps",
    "showEnvelope",
    "summaryLength",
    "clickAndTypeStyle",
    "defaultTableStyle",
    "evenAndOddHeaders",
    "bookFoldRevPrinting",
    "bookFoldPrinting",
    "bookFoldPrintingSheets",
    "drawingGridHorizontalSpacing",
    "drawingGridVerticalSpacing",
    "displayHorizontalDrawingGridEvery",
    "displayVerticalDrawingGridEvery",
    "doNotUseMarginsForDrawingGridOrigin",
    "drawingGridHorizontalOrigin",
    "drawingGridVerticalOrigin",
    "doNotShadeFormData",
    "noPunctuationKerning",
    "characterSpacingControl",
    "printTwoOnOne",
    "strictFirstAndLastChars",
    "noLineBreaksAfter",
    "noLineBreaksBefore",
    "savePreviewPicture",
    "doNotValidateAgainstSchema",
    "saveInvalidXml",
    "ignoreMixedContent",
    "alwaysShowPlaceholderText",
    "doNotDemarcateInvalidXml",
    "saveXmlDataOnly",
    "useXSLTWhenSaving",
    "saveThroughXslt",
    "showXMLTags",
    "alwaysMergeEmptyNamespace",
    "updateFields",
    "hdrShapeDefaults",
    "footnotePr",
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
    "mathPr",
    "attachedSchema",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "smartTagType",
    "schemaLibrary",
    "shapeDefaults",
    "doNotEmbedSmartTags",
    "decimalSymbol",
    "listSeparator",
];

/// The schema order of the children of a `w:` element, if we enforce one.
fn order_for(name: &str) -> Option<&'static [&'static str]> {
    Some(match name {
        "w:rPr" => RPR,
        "w:pPr" => PPR,
        "w:style" => STYLE,
        "w:sectPr" => SECTPR,
        "w:tblPr" => TBLPR,
        "w:tcPr" => TCPR,
        "w:tblBorders" | "w:tcBorders" => BORDERS,
        "w:pBdr" => PBDR,
        "w:tblCellMar" | "w:tcMar" => CELLMAR,
        "w:docDefaults" => DOCDEFAULTS,
        "w:styles" => STYLES,
        "w:tbl" => TBL,
        "w:tr" => TR,
        "w:trPr" => TRPR,
        "w:tc" => TC,
        "w:lvl" => LVL,
        "w:settings" => SETTINGS,
        _ => return None,
    })
}

fn rank(order: &[&str], child: &str) -> usize {
    let Some(local) = child.strip_prefix("w:") else {
        return order.len();
    };
    order
        .iter()
        .position(|o| o.split('|').any(|alt| alt == local))
        .unwrap_or(order.len())
}

/// Stable-sorts the element children of `e` into schema order. Text nodes
/// (whitespace) go with the element they precede.
pub fn reorder(e: &mut Elem) {
    if let Some(order) = order_for(&e.name) {
        reorder_by(e, order);
    }
}

fn reorder_by(e: &mut Elem, order: &[&str]) {
    let rank_of = |n: &Node| match n {
        Node::Elem(c) => rank(order, &c.name),
        _ => usize::MAX,
    };
    // Known children first, by rank; unknown elements after them in their
    // own order; a container's trailing content (rows, cells' paragraphs)
    // counts as unknown and so keeps its order (the sort is stable).
    e.children.sort_by_cached_key(rank_of);
}

/// Options of the fix pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixOptions {
    /// Language added as `w:lang` to the default and style run properties.
    pub lang: String,
}

/// Runs the fix pass over the parts of one package. Keeps the counters that
/// renumber ids across parts.
#[derive(Debug, Clone)]
pub struct Fixer {
    opts: FixOptions,
    next_para_id: u32,
    next_rev_id: u32,
}

fn is_revision(name: &str) -> bool {
    matches!(
        name,
        "w:ins"
            | "w:del"
            | "w:moveFrom"
            | "w:moveTo"
            | "w:rPrChange"
            | "w:pPrChange"
            | "w:sectPrChange"
            | "w:tblPrChange"
            | "w:tcPrChange"
            | "w:trPrChange"
            | "w:cellIns"
            | "w:cellDel"
    )
}

/// What the pass does to an element besides renumbering and reordering.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    GridCol,
    Revision,
    /// `w:style`
    Style,
    /// `w:lvl`, `w:pPrDefault`: no `w:rPr` in their `w:pPr`
    PprGeneral,
    Styles,
    RprDefault,
    /// `w:trPr`: a marked heading row gets its `w:tblHeader`.
    TrPr,
    Other,
}

fn kind(name: &str) -> Kind {
    match name {
        "w:gridCol" => Kind::GridCol,
        "w:style" => Kind::Style,
        "w:lvl" | "w:pPrDefault" => Kind::PprGeneral,
        "w:styles" => Kind::Styles,
        "w:rPrDefault" => Kind::RprDefault,
        "w:trPr" => Kind::TrPr,
        n if is_revision(n) => Kind::Revision,
        _ => Kind::Other,
    }
}

impl Fixer {
    pub fn new(opts: FixOptions) -> Fixer {
        Fixer {
            opts,
            next_para_id: 1,
            next_rev_id: 1,
        }
    }

    /// Whether the part at this package path is one the pass rewrites.
    pub fn wants(path: &str) -> bool {
        path.starts_with("word/") && path.ends_with(".xml") && !path.contains("/_rels/")
    }

    /// Fixes one part (bytes of an XML document), its ids numbered on from
    /// the ones of the parts fixed before.
    pub fn fix_part(&mut self, xml: &[u8]) -> Result<Vec<u8>, FixError> {
        let mut nodes = parse(xml)?;
        self.fix_nodes(&mut nodes);
        Ok(serialize(&nodes))
    }

    /// Fixes the nodes of a part already parsed.
    pub fn fix_nodes(&mut self, nodes: &mut [Node]) {
        for n in nodes {
            if let Node::Elem(e) = n {
                self.fix_elem(e);
            }
        }
    }

    fn fix_elem(&mut self, e: &mut Elem) {
        let kind = kind(&e.name);
        if kind == Kind::GridCol {
            e.attrs.retain(|(k, _)| k != "w:type");
        }
        if kind == Kind::Revision && e.attr("w:date") == Some("") {
            // an undated change (its `Change::date` is empty)
            e.attrs.retain(|(k, _)| k != "w:date");
        }
        for (k, v) in e.attrs.iter_mut() {
            if k == "w14:paraId" {
                *v = Cow::Owned(format!("{:08X}", self.next_para_id));
                self.next_para_id += 1;
            } else if k == "w:id" && kind == Kind::Revision {
                *v = Cow::Owned(self.next_rev_id.to_string());
                self.next_rev_id += 1;
            }
        }
        match kind {
            Kind::Style | Kind::PprGeneral => move_rpr_out_of_ppr(e),
            Kind::Styles => dedupe_styles(e),
            Kind::TrPr => mark_header_row(e),
            _ => {}
        }
        if kind == Kind::Style
            && e.attr("w:type") == Some("paragraph")
            && e.attr("w:styleId") == Some("Normal")
            && e.attr("w:default").is_none()
        {
            e.set_attr("w:default", "1");
        }
        if kind == Kind::RprDefault {
            self.add_lang(e.ensure_child("w:rPr"));
        }
        if kind == Kind::Style && matches!(e.attr("w:type"), Some("paragraph") | Some("character"))
        {
            self.add_lang(e.ensure_child("w:rPr"));
        }
        for c in &mut e.children {
            if let Node::Elem(c) = c {
                self.fix_elem(c);
            }
        }
        reorder(e);
    }

    fn add_lang(&self, rpr: &mut Elem) {
        if rpr.child("w:lang").is_some() {
            return;
        }
        let mut lang = Elem::new("w:lang");
        let l = &self.opts.lang;
        lang.attrs = vec![
            ("w:val".into(), Cow::Owned(l.clone())),
            ("w:eastAsia".into(), Cow::Owned(l.clone())),
            ("w:bidi".into(), Cow::Owned(l.clone())),
        ];
        rpr.children.push(Node::Elem(lang));
    }
}

/// Removes the `w:rPr` of the `w:pPr` child of `e` (a style, numbering
/// level or `w:pPrDefault`); properties it held go to `e`'s own `w:rPr`
/// (not for `w:pPrDefault`, where they are dropped).
fn move_rpr_out_of_ppr(e: &mut Elem) {
    let Some(ppr) = e.child_mut("w:pPr") else {
        return;
    };
    let mut moved: Vec<Node> = Vec::new();
    ppr.children.retain_mut(|n| match n {
        Node::Elem(c) if c.name == "w:rPr" => {
            moved.append(&mut c.children);
            false
        }
        _ => true,
    });
    if moved.is_empty() || e.name == "w:pPrDefault" {
        return;
    }
    let rpr = e.ensure_child("w:rPr");
    for n in moved {
        if let Node::Elem(m) = &n {
            if rpr.child(&m.name).is_some() {
                continue;
            }
        }
        rpr.children.push(n);
    }
}

/// The writer's mark of a heading row (a zero automatic height) becomes
/// `w:tblHeader`.
fn mark_header_row(trpr: &mut Elem) {
    for n in trpr.children.iter_mut() {
        if let Node::Elem(c) = n {
            if c.name == "w:trHeight"
                && c.attr("w:val") == Some("0")
                && c.attr("w:hRule") == Some("auto")
            {
                *c = Elem::new("w:tblHeader");
            }
        }
    }
}

/// Of `w:style` children with the same `w:styleId`, keeps the last.
fn dedupe_styles(styles: &mut Elem) {
    let keep: Vec<bool> = {
        let ids: Vec<Option<&str>> = styles
            .children
            .iter()
            .map(|n| match n {
                Node::Elem(e) if e.name == "w:style" => e.attr("w:styleId"),
                _ => None,
            })
            .collect();
        ids.iter()
            .enumerate()
            .map(|(i, id)| match id {
                Some(id) => !ids[i + 1..].contains(&Some(id)),
                None => true,
            })
            .collect()
    };
    let mut k = keep.into_iter();
    styles.children.retain(|_| k.next().unwrap_or(true));
}

/// Fixes one part with fresh counters (for tests and single parts).
pub fn fix_part(xml: &[u8], opts: &FixOptions) -> Result<Vec<u8>, FixError> {
    Fixer::new(opts.clone()).fix_part(xml)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> FixOptions {
        FixOptions {
            lang: "vi-VN".into(),
        }
    }

    fn fix(s: &str) -> String {
        String::from_utf8(fix_part(s.as_bytes(), &opts()).unwrap()).unwrap()
    }

    #[test]
    fn round_trip_keeps_text_and_escapes() {
        let s = r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="x"><w:t xml:space="preserve">a &amp; b &lt; “c” &#x41;</w:t><w:x a="1 &quot;q&quot;"/></w:document>"#;
        assert_eq!(fix(s), s);
    }

    #[test]
    fn ppr_children_in_schema_order() {
        let s = r#"<w:pPr><w:rPr><w:sz w:val="28"/><w:b/></w:rPr><w:jc w:val="center"/><w:ind w:left="0"/><w:spacing w:after="120"/><w:pStyle w:val="Heading1"/><w:outlineLvl w:val="0"/><w:keepNext/></w:pPr>"#;
        assert_eq!(
            fix(s),
            r#"<w:pPr><w:pStyle w:val="Heading1"/><w:keepNext/><w:spacing w:after="120"/><w:ind w:left="0"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:pPr>"#
        );
    }

    #[test]
    fn rpr_order_fonts_bold_italic_size_lang() {
        let s = r#"<w:rPr><w:lang w:val="vi-VN"/><w:sz w:val="28"/><w:i/><w:rFonts w:ascii="T"/><w:b/><w:szCs w:val="28"/></w:rPr>"#;
        assert_eq!(
            fix(s),
            r#"<w:rPr><w:rFonts w:ascii="T"/><w:b/><w:i/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr>"#
        );
    }

    #[test]
    fn sectpr_order_keeps_references_first() {
        let s = r#"<w:sectPr><w:pgMar w:top="1"/><w:titlePg/><w:headerReference w:type="default" r:id="a"/><w:pgSz w:w="2"/><w:headerReference w:type="first" r:id="b"/><w:cols/></w:sectPr>"#;
        assert_eq!(
            fix(s),
            r#"<w:sectPr><w:headerReference w:type="default" r:id="a"/><w:headerReference w:type="first" r:id="b"/><w:pgSz w:w="2"/><w:pgMar w:top="1"/><w:cols/><w:titlePg/></w:sectPr>"#
        );
    }

    #[test]
    fn style_order_and_lang_added() {
        let s = r#"<w:styles><w:style w:type="paragraph" w:styleId="H"><w:rPr><w:b/></w:rPr><w:pPr><w:jc w:val="center"/></w:pPr><w:basedOn w:val="Normal"/><w:name w:val="heading 1"/></w:style><w:docDefaults><w:pPrDefault/><w:rPrDefault><w:rPr><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>"#;
        assert_eq!(
            fix(s),
            r#"<w:styles><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults><w:style w:type="paragraph" w:styleId="H"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="vi-VN"/></w:rPr></w:style></w:styles>"#
        );
    }

    #[test]
    fn existing_lang_kept_and_table_styles_untouched() {
        let s = r#"<w:styles><w:style w:type="table" w:styleId="T"><w:name w:val="t"/></w:style><w:style w:type="character" w:styleId="C"><w:rPr><w:lang w:val="en-US"/></w:rPr></w:style></w:styles>"#;
        assert_eq!(fix(s), s);
    }

    #[test]
    fn gridcol_type_dropped_and_table_parts_ordered() {
        let s = r#"<w:tbl><w:tblPr><w:tblLayout w:type="fixed"/><w:tblBorders><w:bottom/><w:top/></w:tblBorders><w:tblW w:w="0"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000" w:type="dxa"/></w:tblGrid><w:tr><w:trPr/><w:tc><w:tcPr><w:vAlign w:val="top"/><w:tcW w:w="1"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>"#;
        assert_eq!(
            fix(s),
            r#"<w:tbl><w:tblPr><w:tblW w:w="0"/><w:tblBorders><w:top/><w:bottom/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:trPr/><w:tc><w:tcPr><w:tcW w:w="1"/><w:vAlign w:val="top"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>"#
        );
    }

    #[test]
    fn a_marked_heading_row_repeats_and_row_properties_are_ordered() {
        let s = r#"<w:tr><w:trPr><w:ins w:id="1" w:author="a"/><w:cantSplit/><w:trHeight w:val="0" w:hRule="auto"/></w:trPr></w:tr>"#;
        assert_eq!(
            fix(s),
            r#"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/><w:ins w:id="1" w:author="a"/></w:trPr></w:tr>"#
        );
        // a real height stays
        let h = r#"<w:trPr><w:trHeight w:val="400" w:hRule="auto"/></w:trPr>"#;
        assert_eq!(fix(h), h);
    }

    #[test]
    fn ids_renumbered_across_parts() {
        let mut f = Fixer::new(opts());
        let a = f
            .fix_part(br#"<w:body><w:p w14:paraId="0000abcd"><w:ins w:id="77" w:author="x"/><w:del w:id="78"/></w:p></w:body>"#)
            .unwrap();
        let b = f
            .fix_part(br#"<w:hdr><w:p w14:paraId="0000abce"/></w:hdr>"#)
            .unwrap();
        assert_eq!(
            String::from_utf8(a).unwrap(),
            r#"<w:body><w:p w14:paraId="00000001"><w:ins w:id="1" w:author="x"/><w:del w:id="2"/></w:p></w:body>"#
        );
        assert_eq!(
            String::from_utf8(b).unwrap(),
            r#"<w:hdr><w:p w14:paraId="00000002"/></w:hdr>"#
        );
    }

    #[test]
    fn rpr_leaves_ppr_of_styles_and_levels() {
        let s = r#"<w:styles><w:docDefaults><w:pPrDefault><w:pPr><w:rPr/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:styleId="H"><w:pPr><w:jc w:val="center"/><w:rPr><w:b/></w:rPr></w:pPr></w:style></w:styles>"#;
        assert_eq!(
            fix(s),
            r#"<w:styles><w:docDefaults><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:styleId="H"><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="vi-VN"/></w:rPr></w:style></w:styles>"#
        );
        let n = r#"<w:lvl w:ilvl="0"><w:pPr><w:ind w:left="420"/><w:rPr/></w:pPr><w:rPr/><w:start w:val="1"/></w:lvl>"#;
        assert_eq!(
            fix(n),
            r#"<w:lvl w:ilvl="0"><w:start w:val="1"/><w:pPr><w:ind w:left="420"/></w:pPr><w:rPr/></w:lvl>"#
        );
        // a paragraph's own pPr keeps its rPr (paragraph mark properties)
        let d = r#"<w:p><w:pPr><w:rPr><w:b/></w:rPr><w:jc w:val="left"/></w:pPr></w:p>"#;
        assert_eq!(
            fix(d),
            r#"<w:p><w:pPr><w:jc w:val="left"/><w:rPr><w:b/></w:rPr></w:pPr></w:p>"#
        );
    }

    #[test]
    fn duplicate_styles_last_wins_and_normal_is_default() {
        let s = r#"<w:styles><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style></w:styles>"#;
        assert_eq!(
            fix(s),
            r#"<w:styles><w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr><w:rPr><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="vi-VN"/></w:rPr></w:style></w:styles>"#
        );
    }

    #[test]
    fn malformed_is_an_error() {
        assert!(fix_part(b"<w:p><w:r></w:p>", &opts()).is_err());
        assert!(fix_part(b"<w:p>", &opts()).is_err());
    }

    #[test]
    fn parse_borrows_and_merges_text() {
        let s = r#"<w:t a="x &amp; y">a &amp; b&#x41;c</w:t>"#;
        let nodes = parse(s.as_bytes()).unwrap();
        let Node::Elem(e) = &nodes[0] else {
            panic!("no element")
        };
        assert!(matches!(e.name, Cow::Borrowed("w:t")));
        assert!(matches!(e.attrs[0].1, Cow::Borrowed("x &amp; y")));
        assert_eq!(
            e.children,
            vec![Node::Text(Cow::Borrowed("a &amp; b&#x41;c"))]
        );
        assert_eq!(serialize(&nodes), s.as_bytes());
    }

    #[test]
    fn parts_wanted() {
        assert!(Fixer::wants("word/document.xml"));
        assert!(Fixer::wants("word/header1.xml"));
        assert!(!Fixer::wants("word/_rels/document.xml.rels"));
        assert!(!Fixer::wants("docProps/core.xml"));
    }
}
