//! Vietnamese formatting of numbers, percentages, counts, dates and Roman
//! numerals — the one place where they are defined. The tera filters are
//! thin wrappers over these functions.
//!
//! Conventions (FORMAT.md): decimal comma, thousands dot (`2.732,16`,
//! `18.805`, `110.291.000`), percent sign right after the number (`0,72%`),
//! rounding half away from zero (`68,75` at one decimal is `68,8`).

use rust_decimal::prelude::*;
use rust_decimal::RoundingStrategy;

/// The default number of decimals when a template does not ask for one:
/// at most two, trailing zeros dropped.
pub const DEFAULT_MAX_DECIMALS: u32 = 2;

/// Round half away from zero to `dp` decimals.
pub fn round(x: Decimal, dp: u32) -> Decimal {
    x.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
}

/// Converts an `f64` (as it comes through a template) to a decimal by its
/// shortest round-trip representation, so `2.675` stays `2.675` and rounds
/// to `2,68`, not to `2,67` as its binary value would.
pub fn decimal_from_f64(x: f64) -> Option<Decimal> {
    if !x.is_finite() {
        return None;
    }
    let s = format!("{x}");
    Decimal::from_str(&s)
        .ok()
        .or_else(|| Decimal::from_scientific(&format!("{x:e}")).ok())
}

/// Formats `x` the Vietnamese way.
/// `decimals: Some(n)` gives exactly `n` decimals; `None` gives at most
/// [`DEFAULT_MAX_DECIMALS`], trailing zeros dropped.
pub fn number(x: Decimal, decimals: Option<u32>) -> String {
    let dp = decimals.unwrap_or(DEFAULT_MAX_DECIMALS);
    let mut r = round(x, dp);
    if decimals.is_none() {
        r = r.normalize();
    }
    if r.is_zero() {
        r = r.abs();
    }
    // (rust_decimal's `{:.N}` panics when the digits do not fit its
    // buffer: the decimals are padded here instead)
    let mut s = r.to_string();
    if let Some(n) = decimals {
        let have = s.split_once('.').map_or(0, |(_, f)| f.len());
        if have < n as usize {
            if have == 0 && n > 0 {
                s.push('.');
            }
            s.extend(std::iter::repeat_n('0', n as usize - have));
        }
    }
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.as_str()),
    };
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    let digits: Vec<char> = int.chars().collect();
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(*c);
    }
    if let Some(f) = frac {
        if !f.is_empty() {
            out.push(',');
            out.push_str(f);
        }
    }
    out
}

/// `number` followed by `%`: `0,72%`, `153%`.
pub fn percent(x: Decimal, decimals: Option<u32>) -> String {
    format!("{}%", number(x, decimals))
}

/// A signed difference: `+1.917,76`, `-14,69`, `0`.
pub fn signed(x: Decimal, decimals: Option<u32>) -> String {
    let s = number(x, decimals);
    if s.starts_with('-') || s.trim_start_matches(['0', ',', '.']).is_empty() {
        s
    } else {
        format!("+{s}")
    }
}

/// A count with a leading zero below ten, as this register writes small
/// counts (`03 chỉ tiêu`, `08 chi bộ`); ten and above unchanged.
pub fn padded(n: i64) -> String {
    if (0..10).contains(&n) {
        format!("0{n}")
    } else {
        n.to_string()
    }
}

/// Roman numerals for 1..=3999 (`I`, `IV`, `XXIV`). `None` outside that range.
pub fn roman(n: u32) -> Option<String> {
    if n == 0 || n > 3999 {
        return None;
    }
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut n = n;
    let mut out = String::new();
    for (v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    Some(out)
}

/// Capital letters for chapters: 1 → `A`, 2 → `B`, … 26 → `Z`.
pub fn letter(n: u32) -> Option<String> {
    if (1..=26).contains(&n) {
        Some(char::from(b'A' + (n - 1) as u8).to_string())
    } else {
        None
    }
}

/// Vietnamese ordinal of a part: 1 → `nhất`, 2 → `hai`, 4 → `tư`.
pub fn ordinal(n: u32) -> Option<&'static str> {
    const W: [&str; 10] = [
        "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
    ];
    W.get((n as usize).checked_sub(1)?).copied()
}

/// Counting words for enumerations like "Một là, … Hai là, …".
pub fn counting_word(n: u32) -> Option<&'static str> {
    const W: [&str; 10] = [
        "Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười",
    ];
    W.get((n as usize).checked_sub(1)?).copied()
}

/// Day or month with the leading zero FORMAT.md asks for: days below 10 and
/// the months 1–2 (`ngày 05 tháng 02`, but `ngày 27 tháng 5`).
fn day_str(d: u32) -> String {
    if d < 10 {
        format!("0{d}")
    } else {
        d.to_string()
    }
}
fn month_str(m: u32) -> String {
    if m <= 2 {
        format!("0{m}")
    } else {
        m.to_string()
    }
}

/// The place-and-date line: `Bến Sung, ngày 05 tháng 02 năm 2025`, or with
/// blanks while the draft has no date: `Bến Sung, ngày      tháng      năm 2025`.
pub fn place_date(place: &str, date: Option<chrono::NaiveDate>, year: i32) -> String {
    use chrono::Datelike;
    match date {
        Some(d) => format!(
            "{place}, ngày {} tháng {} năm {}",
            day_str(d.day()),
            month_str(d.month()),
            d.year()
        ),
        None => format!("{place}, ngày      tháng      năm {year}"),
    }
}

/// A short date as documents cite them: `10/02/2022`.
pub fn short_date(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format!("{:02}/{:02}/{}", d.day(), d.month(), d.year())
}

/// Escapes text coming from YAML so that Markdown does not read it as
/// markup: `*`, `_`, `#`, `|`, `[`, `]`, `` ` ``, `\`, `<`, `&` before a
/// name (an entity), and at the start of a line `-`, `+`, `>` and
/// `1.`-style ordered-list markers.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        out.push_str(indent);
        let mut rest = trimmed;
        // line-start markers
        if let Some(c) = rest.chars().next() {
            if matches!(c, '-' | '+' | '>' | '=') {
                out.push('\\');
                out.push(c);
                rest = &rest[c.len_utf8()..];
            } else if c.is_ascii_digit() {
                let digits = rest.chars().take_while(|c| c.is_ascii_digit()).count();
                let after = &rest[digits..];
                if after.starts_with(". ")
                    || after.starts_with(") ")
                    || after == "."
                    || after == ")"
                {
                    out.push_str(&rest[..digits]);
                    out.push('\\');
                    rest = after;
                }
            }
        }
        // the markup characters are ASCII: copy the text between them whole
        let mut from = 0;
        let bytes = rest.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            // `&` only where it would start an entity (`&amp;`, `&#38;`)
            let entity = b == b'&'
                && bytes
                    .get(i + 1)
                    .is_some_and(|n| n.is_ascii_alphanumeric() || *n == b'#');
            if entity
                || matches!(
                    b,
                    b'*' | b'_' | b'#' | b'|' | b'[' | b']' | b'`' | b'\\' | b'<'
                )
            {
                out.push_str(&rest[from..i]);
                out.push('\\');
                from = i;
            }
        }
        out.push_str(&rest[from..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_number_prints_with_any_precision() {
        let big = decimal_from_f64(1.0e22).unwrap();
        assert_eq!(
            number(big, Some(10)),
            "10.000.000.000.000.000.000.000,0000000000"
        );
        assert!(number(Decimal::MAX, Some(10)).ends_with(",0000000000"));
        assert_eq!(number(Decimal::new(15, 1), Some(3)), "1,500");
        assert_eq!(number(Decimal::new(2, 0), Some(2)), "2,00");
        assert_eq!(number(Decimal::new(-5, 3), Some(2)), "-0,01");
    }

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn numbers_use_decimal_comma_and_thousands_dot() {
        assert_eq!(number(d("2732.16"), None), "2.732,16");
        assert_eq!(number(d("18805"), None), "18.805");
        assert_eq!(number(d("0.72"), None), "0,72");
        assert_eq!(number(d("110291000"), None), "110.291.000");
        assert_eq!(number(d("999"), None), "999");
        assert_eq!(number(d("1000"), None), "1.000");
        assert_eq!(number(d("999.995"), None), "1.000");
        assert_eq!(number(d("100000"), None), "100.000");
        assert_eq!(number(d("1000000"), None), "1.000.000");
    }

    #[test]
    fn fixed_precision_keeps_zeros() {
        assert_eq!(number(d("1"), Some(1)), "1,0");
        assert_eq!(number(d("45.6"), Some(2)), "45,60");
        assert_eq!(number(d("2732.164"), Some(0)), "2.732");
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(number(d("68.75"), Some(1)), "68,8");
        assert_eq!(number(d("0.5"), Some(0)), "1");
        assert_eq!(number(d("1.5"), Some(0)), "2");
        assert_eq!(number(d("2.5"), Some(0)), "3");
        assert_eq!(number(d("-0.5"), Some(0)), "-1");
        assert_eq!(number(d("-2.675"), None), "-2,68");
        assert_eq!(number(d("16.0606"), None), "16,06");
        assert_eq!(number(d("0.004"), None), "0");
        assert_eq!(number(d("-0.004"), None), "0");
    }

    #[test]
    fn f64_goes_through_its_shortest_decimal() {
        // 2.675 is 2.67499999… in binary; the shortest form rounds correctly.
        let x = decimal_from_f64(2.675).unwrap();
        assert_eq!(number(x, None), "2,68");
        assert_eq!(decimal_from_f64(f64::NAN), None);
        assert_eq!(number(decimal_from_f64(1e-7).unwrap(), None), "0");
    }

    #[test]
    fn percentages() {
        assert_eq!(percent(d("153"), None), "153%");
        assert_eq!(percent(d("88.0459"), None), "88,05%");
        assert_eq!(percent(d("343.49"), Some(1)), "343,5%");
        assert_eq!(percent(d("0.72"), None), "0,72%");
    }

    #[test]
    fn signed_differences() {
        assert_eq!(signed(d("1917.76"), None), "+1.917,76");
        assert_eq!(signed(d("-14.69"), None), "-14,69");
        assert_eq!(signed(d("-1000"), None), "-1.000");
        assert_eq!(signed(d("0"), None), "0");
        assert_eq!(signed(d("0.001"), None), "0");
    }

    #[test]
    fn padded_counts() {
        assert_eq!(padded(3), "03");
        assert_eq!(padded(0), "00");
        assert_eq!(padded(9), "09");
        assert_eq!(padded(10), "10");
        assert_eq!(padded(24), "24");
    }

    #[test]
    fn roman_letters_ordinals() {
        assert_eq!(roman(1).unwrap(), "I");
        assert_eq!(roman(4).unwrap(), "IV");
        assert_eq!(roman(6).unwrap(), "VI");
        assert_eq!(roman(9).unwrap(), "IX");
        assert_eq!(roman(24).unwrap(), "XXIV");
        assert_eq!(roman(1994).unwrap(), "MCMXCIV");
        assert_eq!(roman(0), None);
        assert_eq!(letter(1).unwrap(), "A");
        assert_eq!(letter(3).unwrap(), "C");
        assert_eq!(letter(27), None);
        assert_eq!(ordinal(1), Some("nhất"));
        assert_eq!(ordinal(2), Some("hai"));
        assert_eq!(ordinal(4), Some("tư"));
        assert_eq!(counting_word(5), Some("Năm"));
        assert_eq!(counting_word(0), None);
    }

    #[test]
    fn dates() {
        let d1 = chrono::NaiveDate::from_ymd_opt(2025, 2, 5).unwrap();
        assert_eq!(
            place_date("Bến Sung", Some(d1), 2025),
            "Bến Sung, ngày 05 tháng 02 năm 2025"
        );
        let d2 = chrono::NaiveDate::from_ymd_opt(2025, 5, 27).unwrap();
        assert_eq!(
            place_date("Bến Sung", Some(d2), 2025),
            "Bến Sung, ngày 27 tháng 5 năm 2025"
        );
        assert_eq!(
            place_date("Bến Sung", None, 2025),
            "Bến Sung, ngày      tháng      năm 2025"
        );
        let d3 = chrono::NaiveDate::from_ymd_opt(2022, 2, 10).unwrap();
        assert_eq!(short_date(d3), "10/02/2022");
    }

    #[test]
    fn markdown_markup_is_escaped() {
        assert_eq!(escape_markdown("a*b_c#d|e"), "a\\*b\\_c\\#d\\|e");
        assert_eq!(escape_markdown("1. Về kinh tế"), "1\\. Về kinh tế");
        assert_eq!(escape_markdown("- Cây lúa"), "\\- Cây lúa");
        assert_eq!(escape_markdown("(1) Thu nhập"), "(1) Thu nhập");
        assert_eq!(
            escape_markdown("A&amp;B &#38; A & B"),
            "A\\&amp;B \\&\\#38; A & B"
        );
        assert_eq!(escape_markdown("Năm 2025. Tốt"), "Năm 2025. Tốt");
        assert_eq!(
            escape_markdown("Đoàn kết – “Dân chủ”"),
            "Đoàn kết – “Dân chủ”"
        );
    }
}
