//! The format profile: ../shared/FORMAT.md as a named, versioned set of
//! settings. Every figure the writer uses comes from here; `report.yaml` can
//! override them through [`ProfileOverrides`].

use serde::{Deserialize, Serialize};

/// Line spacing of body text: a multiple of single spacing (`lines: 1.15`) or
/// an exact height in points (`exact: 18`), or a minimum (`at_least: 18`).
/// In YAML: a map with exactly one of these keys.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(try_from = "LineSpacingRepr", into = "LineSpacingRepr")]
pub enum LineSpacing {
    Lines(f32),
    Exact(f32),
    AtLeast(f32),
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct LineSpacingRepr {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lines: Option<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    exact: Option<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    at_least: Option<f32>,
}

impl TryFrom<LineSpacingRepr> for LineSpacing {
    type Error = String;
    fn try_from(r: LineSpacingRepr) -> Result<Self, String> {
        match (r.lines, r.exact, r.at_least) {
            (Some(l), None, None) if l > 0.0 => Ok(LineSpacing::Lines(l)),
            (None, Some(e), None) if e > 0.0 => Ok(LineSpacing::Exact(e)),
            (None, None, Some(a)) if a > 0.0 => Ok(LineSpacing::AtLeast(a)),
            _ => Err(crate::t!("content-line-spacing")),
        }
    }
}

impl From<LineSpacing> for LineSpacingRepr {
    fn from(l: LineSpacing) -> Self {
        let mut r = LineSpacingRepr::default();
        match l {
            LineSpacing::Lines(v) => r.lines = Some(v),
            LineSpacing::Exact(v) => r.exact = Some(v),
            LineSpacing::AtLeast(v) => r.at_least = Some(v),
        }
        r
    }
}

/// Horizontal alignment of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParaAlign {
    Left,
    Center,
    Right,
    Both,
}

/// How one outline level looks (Heading 1..5).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HeadingFormat {
    pub size_pt: f32,
    pub bold: bool,
    pub italic: bool,
    /// Word's "All caps" (the report writes its capitals as text already).
    pub caps: bool,
    pub align: ParaAlign,
    /// Whether the heading takes the body's first-line indent.
    pub first_line_indent: bool,
    pub space_before_pt: f32,
    pub space_after_pt: f32,
}

/// Declares every figure of the profile once:
/// - `fixed`: fields of [`Profile`] that `report.yaml` cannot change;
/// - `settings`: fields of [`Profile`] that it can: each is also an
///   `Option` field of [`ProfileOverrides`] with the same doc comment (the
///   JSON schema's description), put in place by `Profile::apply_settings`;
/// - `derived`: fields of [`ProfileOverrides`] only, which change other
///   figures (the heading levels'): `Profile::apply` applies them by hand,
///   and `tests::every_override_changes_the_profile` checks that every
///   override is applied.
///
/// An unknown key error lists the keys in the order of `settings`, then
/// `derived`.
macro_rules! profile {
    (
        fixed { $( $(#[$fm:meta])* $fixed:ident: $fty:ty, )* }
        settings { $( $(#[$sm:meta])* $setting:ident: $sty:ty, )* }
        derived { $( $(#[$dm:meta])* $derived:ident: $dty:ty, )* }
    ) => {
        /// A named, versioned format profile (FORMAT.md). All lengths in mm,
        /// all font sizes and spacings in points.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        pub struct Profile {
            $( $(#[$fm])* pub $fixed: $fty, )*
            $( $(#[$sm])* pub $setting: $sty, )*
        }

        /// What `report.yaml` may change in the profile. Every field is optional;
        /// unknown fields are an error.
        #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct ProfileOverrides {
            $( $(#[$sm])* pub $setting: Option<$sty>, )*
            $( $(#[$dm])* pub $derived: Option<$dty>, )*
        }

        impl Profile {
            /// Each setting given replaces the profile's.
            fn apply_settings(&mut self, o: &ProfileOverrides) {
                $( if let Some(v) = &o.$setting { self.$setting = v.clone(); } )*
            }
        }
    };
}

profile! {
    fixed {
        /// e.g. `36-HD/VPTW`.
        name: String,
        /// Version of this profile's figures; bumped whenever a default changes.
        version: u32,
        /// The rule the profile follows.
        source: String,
        /// Rule weight under the party name, in eighths of a point (`w:sz`
        /// of the border).
        party_name_rule_eighths: u32,
        /// Heading 1..5: part (and part title), chapter `A.`, section `I.`,
        /// item `1.`, subitem `1.1.`. Chapters and sections are in capitals
        /// (Word's All caps, so a heading the draft typed in lower case still
        /// shows in capitals; the text itself is unchanged).
        headings: [HeadingFormat; 5],
    }
    settings {
        /// Page width in mm (A4: 210).
        page_width_mm: f32,
        /// Page height in mm (A4: 297).
        page_height_mm: f32,
        /// Top margin in mm.
        margin_top_mm: f32,
        /// Bottom margin in mm.
        margin_bottom_mm: f32,
        /// Left margin in mm.
        margin_left_mm: f32,
        /// Right margin in mm.
        margin_right_mm: f32,
        /// Distance from the top edge to the page-number header, in mm.
        header_distance_mm: f32,
        /// Distance from the bottom edge to the footer, in mm.
        footer_distance_mm: f32,
        // for ascii, hAnsi, eastAsia and cs text
        /// Font of all text, e.g. `Times New Roman`.
        font: String,
        /// Language of all text (`w:lang`), e.g. `vi-VN`.
        lang: String,
        /// Size of body text in points.
        body_size_pt: f32,
        /// Line spacing of body text: `{lines: 1.15}`, `{exact: 18}` or `{at_least: 18}`.
        line_spacing: LineSpacing,
        /// First-line indent of body paragraphs, in mm.
        first_line_indent_mm: f32,
        /// Space before a body paragraph, in points.
        space_before_pt: f32,
        /// Space after a body paragraph, in points.
        space_after_pt: f32,
        // one of the two given alone: the other takes the rest (`apply`)
        /// Header block: width of the left column, percent of the text width.
        header_left_pct: f32,
        /// Header block: width of the right column, percent of the text width.
        header_right_pct: f32,
        // superior body, issuing body, `*`, draft marker, place and date
        /// Size of the header block's text, in points.
        header_size_pt: f32,
        /// Size of `ĐẢNG CỘNG SẢN VIỆT NAM`, in points.
        party_name_size_pt: f32,
        // a solid rule, as long as the text
        /// Draw a rule under the party name.
        party_name_rule: bool,
        // right column, second row
        /// Space above the place-and-date line, in points.
        header_date_space_before_pt: f32,
        // `.kind`
        /// Size of `BÁO CÁO`, in points.
        kind_size_pt: f32,
        // separating it from the header block
        /// Space above `BÁO CÁO`, in points.
        kind_space_before_pt: f32,
        // `.title`
        /// Size of the title, in points.
        title_size_pt: f32,
        // `.subtitle`, italic
        /// Size of the subtitle, in points.
        subtitle_size_pt: f32,
        // before the body
        /// Space after the subtitle, in points.
        subtitle_space_after_pt: f32,
        // `.part-title`
        /// All caps of the part's title (under "Phần thứ …").
        part_title_caps: bool,
        /// Print page numbers, centred in the header.
        page_numbers: bool,
        // FORMAT.md: no
        /// Number the first page too.
        number_first_page: bool,
        /// Size of page numbers, in points.
        page_number_size_pt: f32,
        /// Size of text in tables other than the header block, in points.
        table_size_pt: f32,
    }
    derived {
        /// Size of part headings (Phần thứ …), in points.
        part_size_pt: f32,
        /// Size of chapter headings (A., B.), in points.
        chapter_size_pt: f32,
        /// Size of section headings (I., II.), in points.
        section_size_pt: f32,
        /// Size of item headings (1., 2.), in points.
        item_size_pt: f32,
        /// Size of sub-item headings (1.1.), in points.
        subitem_size_pt: f32,
        /// Sub-item headings (1.1.) in italics.
        subitem_italic: bool,
        /// All caps of part, chapter, section, item, subitem headings.
        heading_caps: [bool; 5],
    }
}

impl Default for Profile {
    /// The 36-HD/VPTW profile.
    fn default() -> Profile {
        let h = |size_pt, bold, italic, caps, align, first_line_indent, before| HeadingFormat {
            size_pt,
            bold,
            italic,
            caps,
            align,
            first_line_indent,
            space_before_pt: before,
            space_after_pt: 6.0,
        };
        Profile {
            name: "36-HD/VPTW".into(),
            version: 1,
            source: "Hướng dẫn 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng".into(),
            page_width_mm: 210.0,
            page_height_mm: 297.0,
            margin_top_mm: 20.0,
            margin_bottom_mm: 20.0,
            margin_left_mm: 30.0,
            margin_right_mm: 15.0,
            header_distance_mm: 10.0,
            footer_distance_mm: 10.0,
            font: "Times New Roman".into(),
            lang: "vi-VN".into(),
            body_size_pt: 14.0,
            line_spacing: LineSpacing::Lines(1.15),
            first_line_indent_mm: 10.0,
            space_before_pt: 0.0,
            space_after_pt: 6.0,
            header_left_pct: 45.0,
            header_right_pct: 55.0,
            header_size_pt: 14.0,
            party_name_size_pt: 15.0,
            party_name_rule: true,
            party_name_rule_eighths: 6,
            header_date_space_before_pt: 6.0,
            kind_size_pt: 15.0,
            kind_space_before_pt: 24.0,
            title_size_pt: 14.0,
            subtitle_size_pt: 14.0,
            subtitle_space_after_pt: 18.0,
            headings: [
                h(14.0, true, false, false, ParaAlign::Center, false, 12.0),
                h(14.0, true, false, true, ParaAlign::Both, true, 6.0),
                h(14.0, true, false, true, ParaAlign::Both, true, 6.0),
                h(14.0, true, false, false, ParaAlign::Both, true, 0.0),
                h(14.0, true, true, false, ParaAlign::Both, true, 0.0),
            ],
            part_title_caps: true,
            page_numbers: true,
            number_first_page: false,
            page_number_size_pt: 14.0,
            table_size_pt: 13.0,
        }
    }
}

impl Profile {
    /// Names of the profiles [`Profile::named`] knows.
    pub const NAMES: &'static [&'static str] = &["36-HD/VPTW"];

    /// The profile of that name (case-insensitive; `default` is the
    /// default profile), or `None`.
    pub fn named(name: &str) -> Option<Profile> {
        let n = name.trim().to_ascii_uppercase();
        match n.as_str() {
            "36-HD/VPTW" | "36-HD" | "DEFAULT" => Some(Profile::default()),
            _ => None,
        }
    }

    /// Applies the overrides a report gives (each `Some` replaces a figure).
    pub fn apply(&mut self, o: &ProfileOverrides) {
        self.apply_settings(o);
        // one column's width given alone: the other takes the rest
        match (o.header_left_pct, o.header_right_pct) {
            (Some(l), None) => self.header_right_pct = 100.0 - l,
            (None, Some(r)) => self.header_left_pct = 100.0 - r,
            _ => {}
        }
        let sizes = [
            o.part_size_pt,
            o.chapter_size_pt,
            o.section_size_pt,
            o.item_size_pt,
            o.subitem_size_pt,
        ];
        for (h, s) in self.headings.iter_mut().zip(sizes) {
            if let Some(s) = s {
                h.size_pt = s;
            }
        }
        if let Some(c) = o.heading_caps {
            for (h, c) in self.headings.iter_mut().zip(c) {
                h.caps = c;
            }
        }
        if let Some(i) = o.subitem_italic {
            self.headings[4].italic = i;
        }
    }

    /// Width of the text area in mm.
    pub fn text_width_mm(&self) -> f32 {
        self.text_width_mm_in(false)
    }

    /// The text width of a page turned to landscape or not.
    pub fn text_width_mm_in(&self, landscape: bool) -> f32 {
        let page = if landscape {
            self.page_height_mm
        } else {
            self.page_width_mm
        };
        page - self.margin_left_mm - self.margin_right_mm
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_and_default() {
        let p = Profile::named("36-HD/VPTW").unwrap();
        assert_eq!(p, Profile::default());
        assert_eq!(p.margin_left_mm, 30.0);
        assert!(Profile::named("nope").is_none());
    }

    #[test]
    fn overrides_from_yaml() {
        let o: ProfileOverrides = serde_yaml::from_str(
            "margin_left_mm: 35\nline_spacing: {exact: 18}\nheader_left_pct: 40\nsubitem_size_pt: 13\n",
        )
        .unwrap();
        let mut p = Profile::default();
        p.apply(&o);
        assert_eq!(p.margin_left_mm, 35.0);
        assert_eq!(p.line_spacing, LineSpacing::Exact(18.0));
        assert_eq!(p.header_right_pct, 60.0);
        assert_eq!(p.headings[4].size_pt, 13.0);
        assert!(serde_yaml::from_str::<ProfileOverrides>("margins: 3").is_err());
        assert!(
            serde_yaml::from_str::<ProfileOverrides>("line_spacing: {lines: 1, exact: 18}")
                .is_err()
        );
        let back: LineSpacing =
            serde_yaml::from_str(&serde_yaml::to_string(&LineSpacing::AtLeast(20.0)).unwrap())
                .unwrap();
        assert_eq!(back, LineSpacing::AtLeast(20.0));
    }

    /// Every override, given alone, changes the profile: a `derived` one
    /// that `Profile::apply` forgot would not.
    #[test]
    fn every_override_changes_the_profile() {
        let keys = match serde_json::to_value(ProfileOverrides::default()).unwrap() {
            serde_json::Value::Object(m) => m.into_iter().map(|(k, _)| k).collect::<Vec<_>>(),
            v => panic!("{v}"),
        };
        assert_eq!(keys.len(), 38);
        let values = [
            "99.5",
            "true",
            "false",
            "x",
            "{exact: 99.5}",
            "[true, false, true, false, true]",
            "[false, true, false, true, false]",
        ];
        for key in keys {
            let changes = values.iter().any(|v| {
                match serde_yaml::from_str::<ProfileOverrides>(&format!("{key}: {v}")) {
                    Ok(o) => {
                        let mut p = Profile::default();
                        p.apply(&o);
                        p != Profile::default()
                    }
                    Err(_) => false,
                }
            });
            assert!(changes, "`{key}` does not change the profile");
        }
    }
}
