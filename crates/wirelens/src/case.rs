//! Lower case by rule, without the standard library's case tables.
//!
//! `str::to_lowercase` and `char::to_lowercase` link a table of 1,462
//! character pairs (11.7 KB of wasm, 4.3 KB gzip, a fiftieth of the widget's
//! budget) to cover every cased script. The engine lowercases only to compare
//! words, and news is written in a handful of scripts, so this module lowers
//! by rule: ASCII, Latin-1, Latin Extended-A and -B (the regular runs),
//! Latin Extended Additional (Vietnamese), Greek, Cyrillic, Armenian and
//! fullwidth Latin. Any other character is its own lower case, which only
//! makes matching case-sensitive in those scripts; offsets never depend on
//! it, because lowered text is only ever a key.
//!
//! One character always gives one character (unlike the standard library,
//! which lowers `İ` to two), and Greek capital sigma is always `σ`.

/// The lower case of `c` (itself when it has none, or its script is not
/// covered: see the module header).
pub fn lower_char(c: char) -> char {
    let code = u32::from(c);
    if code < 0x80 {
        return c.to_ascii_lowercase();
    }
    let lowered = match code {
        0xC0..=0xDE if code != 0xD7 => code + 0x20,
        0x100..=0x17F => latin_extended_a(code),
        0x180..=0x24F => latin_extended_b(code),
        0x386 => 0x3AC,
        0x388..=0x38A => code + 0x25,
        0x38C => 0x3CC,
        0x38E | 0x38F => code + 0x3F,
        0x391..=0x3A1 | 0x3A3..=0x3AB => code + 0x20,
        0x3D8..=0x3EF if code & 1 == 0 => code + 1,
        0x400..=0x40F => code + 0x50,
        0x410..=0x42F => code + 0x20,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if code & 1 == 0 => code + 1,
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE if code & 1 == 1 => code + 1,
        0x531..=0x556 => code + 0x30,
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if code & 1 == 0 => code + 1,
        0x1E9E => 0xDF,
        0xFF21..=0xFF3A => code + 0x20,
        _ => code,
    };
    char::from_u32(lowered).unwrap_or(c)
}

/// Latin Extended-A: pairs of capital and small letter, the capital on even
/// code points in some runs and on odd ones in others.
fn latin_extended_a(code: u32) -> u32 {
    match code {
        0x130 => 0x69, // İ: dotted capital I, lowered to plain i
        0x178 => 0xFF, // Ÿ
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if code & 1 == 0 => code + 1,
        0x139..=0x148 | 0x179..=0x17E if code & 1 == 1 => code + 1,
        _ => code,
    }
}

/// Latin Extended-B: only its regular runs of pairs (the letters of
/// African orthographies and Pinyin tones with irregular pairs stay as
/// they are).
fn latin_extended_b(code: u32) -> u32 {
    match code {
        0x1C4 | 0x1C7 | 0x1CA | 0x1F1 => code + 2,
        0x1C5 | 0x1C8 | 0x1CB | 0x1F2 => code + 1,
        0x1CD..=0x1DC if code & 1 == 1 => code + 1,
        0x1DE..=0x1EF | 0x1F8..=0x21F | 0x222..=0x233 | 0x246..=0x24F if code & 1 == 0 => code + 1,
        _ => code,
    }
}

/// `text` in lower case, one character for each (see [`lower_char`]).
pub fn lower(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_lower(&mut out, text);
    out
}

/// Append `text` in lower case to `out`.
pub fn push_lower(out: &mut String, text: &str) {
    if text.is_ascii() {
        out.extend(text.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        out.extend(text.chars().map(lower_char));
    }
}

/// `.lower()` on a `str` or `String`: [`lower`] as a method, so call sites
/// read like the standard library's `to_lowercase` they replace.
pub trait Lower {
    /// This text in lower case (see [`lower_char`]).
    fn lower(&self) -> String;
}

impl Lower for str {
    fn lower(&self) -> String {
        lower(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character that this module lowers, it lowers as the standard
    /// library does (where that is one character); every character it
    /// leaves alone is either caseless or outside the covered scripts.
    #[test]
    fn agrees_with_the_standard_library_where_it_lowers() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            let ours = lower_char(c);
            let mut std_lower = c.to_lowercase();
            let (first, rest) = (std_lower.next(), std_lower.next());
            if ours != c {
                if c == 'İ' {
                    assert_eq!(ours, 'i');
                    continue;
                }
                assert_eq!(Some(ours), first, "{c:?} (U+{:04X})", u32::from(c));
                assert_eq!(rest, None);
            }
        }
    }

    #[test]
    fn covers_the_scripts_of_news() {
        let covered = [
            0x41..=0x5A,
            0xC0..=0xDE,
            0x100..=0x17F,
            0x391..=0x3AB,
            0x400..=0x42F,
            0x531..=0x556,
            0x1E00..=0x1E95,
            0x1EA0..=0x1EFF,
        ];
        for range in covered {
            for c in range.filter_map(char::from_u32) {
                let std_lower: Vec<char> = c.to_lowercase().collect();
                if std_lower.len() == 1 && std_lower[0] != c {
                    assert_eq!(lower_char(c), std_lower[0], "U+{:04X}", u32::from(c));
                }
            }
        }
    }

    #[test]
    fn lowers_words() {
        assert_eq!(lower("Ahmad MASSOUD"), "ahmad massoud");
        assert_eq!(lower("ÉCOLE Ñandú"), "école ñandú");
        assert_eq!(lower("ŁÓDŹ Škoda"), "łódź škoda");
        assert_eq!(lower("ΑΘΗΝΑ Москва"), "αθηνα москва");
        assert_eq!(lower("İstanbul"), "istanbul");
        assert_eq!(lower("Việt Nam ĐÀ"), "việt nam đà");
        assert_eq!(lower("平和"), "平和");
        let mut out = String::from("x ");
        push_lower(&mut out, "NRF");
        assert_eq!(out, "x nrf");
    }
}
