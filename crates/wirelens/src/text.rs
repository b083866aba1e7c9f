//! Tokens with byte offsets into the original text, and normalisation for
//! matching that never changes offsets.
//!
//! A *word* is a maximal run of alphanumeric characters; an apostrophe
//! (straight `'`, curly `’`/`‘`, or modifier `ʼ`) between two alphanumerics
//! belongs to the word (`Taliban’s`, `don't`), and so do combining marks
//! (accents typed as separate characters, Arabic-script vowel marks) and,
//! between two letters, invisible format characters (soft hyphen, zero-width
//! space and (non-)joiners, word joiner) that matching then ignores, so that
//! Persian words typed with or without a zero-width non-joiner, or words with
//! soft hyphens from a web page, stay one word. A lone `&` is a word too and
//! matches `and` ("Taliban & their partners"). Everything else — whitespace
//! and line breaks (NBSP included), quote marks, hyphens and dashes (`-`,
//! `--`, `—`), punctuation — only separates words, so quote style, dash style
//! and spacing never affect matching: `anti-Taliban` and `Anti--Taliban` are
//! both `anti` `taliban`, `vice-president` matches `vice president`.
//!
//! Each token keeps the byte range of the word as written; matching uses
//! [`Token::key`], a 64-bit FNV-1a hash (fixed seed, so deterministic) of the
//! normalised form: lower-cased, apostrophes unified, and a possessive `'s`
//! dropped so that "the Taliban’s declarations" matches "the Taliban
//! declarations". Normalising never allocates.

use std::ops::Range;

/// One word of a text: its byte range in the original text and its
/// normalised matching key. Offsets are kept as `u32` (16 bytes a word, not
/// 24: every pass over a large corpus's words reads a third less memory);
/// [`tokens`] refuses a text of 4 GiB or more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Token {
    start: u32,
    end: u32,
    /// Hash of the normalised word ([`word_key`]); equal keys mean equal words
    /// for matching.
    pub key: u64,
}

impl Token {
    /// The word at bytes `start..end` of its text (below 4 GiB), with `key`.
    pub fn new(start: usize, end: usize, key: u64) -> Self {
        let under_4_gib = |n: usize| u32::try_from(n).is_ok();
        assert!(under_4_gib(start) && under_4_gib(end), "text under 4 GiB");
        Self::within(start, end, key)
    }

    /// [`Token::new`] inside a text already checked to be under 4 GiB.
    #[inline]
    fn within(start: usize, end: usize, key: u64) -> Self {
        Self {
            start: start as u32,
            end: end as u32,
            key,
        }
    }

    /// Byte offset of the first character (a char boundary).
    #[inline]
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Byte offset just past the last character (a char boundary).
    #[inline]
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// The byte range of the word in the original text.
    pub fn range(&self) -> Range<usize> {
        self.start()..self.end()
    }

    /// The word as written in `text` (the text the token came from).
    pub fn word<'t>(&self, text: &'t str) -> &'t str {
        &text[self.range()]
    }
}

pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// One byte into an FNV-1a hash: the step of every word key and of
/// `words::WordIndex`'s hash.
#[inline]
pub(crate) fn fnv(hash: u64, byte: u8) -> u64 {
    (hash ^ u64::from(byte)).wrapping_mul(FNV_PRIME)
}

/// Is `c` an apostrophe that may sit inside a word?
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

/// Every word of `text`, in order, with byte offsets and matching keys.
pub fn tokens(text: &str) -> Vec<Token> {
    // News English has a word every 5 to 6 bytes: room for one every 4 avoids
    // growing (a copy) on almost every text; the spare room is given back.
    let mut out = Vec::with_capacity(text.len() / 4 + 1);
    for_each_token(text, |t| out.push(t));
    out.shrink_to_fit();
    out
}

/// Calls `emit` for every word of `text`, in order, without allocating.
/// Panics on a text of 4 GiB or more (offsets are `u32`; the import limit
/// is far below).
pub fn for_each_token(text: &str, mut emit: impl FnMut(Token)) {
    assert!(u32::try_from(text.len()).is_ok(), "text under 4 GiB");
    let bytes = text.as_bytes();
    let and_key = word_key("and");
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII fast paths: most bytes of news text are ASCII.
        if b < 0x80 {
            if b.is_ascii_alphanumeric() {
                i = emit_word(text, i, &mut emit);
            } else {
                if b == b'&' {
                    emit(Token::within(i, i + 1, and_key));
                }
                i += 1;
            }
            continue;
        }
        let c = text[i..].chars().next().expect("i is a char boundary");
        if c.is_alphanumeric() {
            i = emit_word(text, i, &mut emit);
        } else {
            i += c.len_utf8();
        }
    }
}

/// Each byte lower-cased when it is an ASCII letter or digit, else 0: the
/// tokenizer's test and case folding in one load per byte.
const ASCII_WORD_BYTE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphanumeric() {
            table[b] = (b as u8).to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// Emit the word starting at `start` (an alphanumeric); returns its end.
fn emit_word(text: &str, start: usize, emit: &mut impl FnMut(Token)) -> usize {
    // Fast path, most words: ASCII letters and digits up to an ASCII
    // separator other than `'`, hashed as they are scanned (the same key as
    // `ascii_word_key`: no apostrophe, so no possessive to drop).
    let bytes = text.as_bytes();
    let mut end = start;
    let mut hash = FNV_OFFSET;
    for &b in &bytes[start..] {
        let lower = ASCII_WORD_BYTE[usize::from(b)];
        if lower == 0 {
            break;
        }
        hash = fnv(hash, lower);
        end += 1;
    }
    if bytes.get(end).is_none_or(|&b| b < 0x80 && b != b'\'') {
        emit(Token::within(start, end, mix64(hash)));
        return end;
    }
    let (end, ascii) = word_end(text, start);
    let word = &text[start..end];
    let key = if ascii {
        ascii_word_key(word)
    } else {
        unicode_word_key(word)
    };
    emit(Token::within(start, end, key));
    end
}

/// End of the word that starts at `start` (which is alphanumeric), and
/// whether the word is all ASCII.
fn word_end(text: &str, start: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut end = start;
    let mut ascii = true;
    loop {
        // ASCII fast path: letters and digits.
        while end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
            end += 1;
        }
        match bytes.get(end) {
            None => return (end, ascii),
            Some(b'\'') if starts_with_alphanumeric(&text[end + 1..]) => end += 1,
            Some(&b) if b < 0x80 => return (end, ascii),
            Some(_) => {
                // A non-ASCII letter or combining mark continues the word; a
                // curly apostrophe or an invisible format character does when
                // a letter follows it.
                let c = text[end..].chars().next().expect("char boundary");
                let continues = c.is_alphanumeric()
                    || is_combining_mark(c)
                    || ((is_apostrophe(c) || is_invisible_format(c))
                        && starts_with_alphanumeric(&text[end + c.len_utf8()..]));
                if !continues {
                    return (end, ascii);
                }
                ascii = false;
                end += c.len_utf8();
            }
        }
    }
}

fn starts_with_alphanumeric(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_alphanumeric)
}

/// Combining marks of the common blocks (Latin diacritics, Arabic-script
/// vowel signs, Devanagari and other Indic signs, half marks): part of the
/// letter before them.
pub fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05BD}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// Invisible characters that may sit inside a word and never change it:
/// soft hyphen, zero-width space, zero-width non-joiner and joiner, word
/// joiner, zero-width no-break space.
pub fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// The matching key of one word: FNV-1a over its normalised form
/// ([`normalized`]), computed without allocating.
pub fn word_key(word: &str) -> u64 {
    if word.is_ascii() && word != "&" {
        ascii_word_key(word)
    } else {
        unicode_word_key(word)
    }
}

/// [`word_key`] of an ASCII word other than `&`: the same bytes as the
/// Unicode path, without decoding characters.
fn ascii_word_key(word: &str) -> u64 {
    // strip_possessive, for ASCII: the only apostrophe is `'`.
    let stem = match word.as_bytes() {
        [rest @ .., b'\'', b's' | b'S'] if !rest.is_empty() => rest,
        bytes => bytes,
    };
    let mut hash = FNV_OFFSET;
    for &byte in stem {
        hash = fnv(hash, byte.to_ascii_lowercase());
    }
    // A final mix so that keys of similar words differ in their high bits too.
    mix64(hash)
}

fn unicode_word_key(word: &str) -> u64 {
    let mut hash = FNV_OFFSET;
    for c in normalized_chars(word) {
        let mut buf = [0u8; 4];
        for &byte in c.encode_utf8(&mut buf).as_bytes() {
            hash = fnv(hash, byte);
        }
    }
    mix64(hash)
}

/// The normalised form of a word as a `String` (for display and tests; the
/// engine uses [`word_key`]).
pub fn normalized(word: &str) -> String {
    normalized_chars(word).collect()
}

/// Characters of the normalised word: lower case, every apostrophe as `'`,
/// invisible format characters left out, a trailing possessive `'s`
/// removed, `&` as `and`.
fn normalized_chars(word: &str) -> impl Iterator<Item = char> + '_ {
    let word = if word == "&" { "and" } else { word };
    let stem = strip_possessive(word);
    stem.chars()
        .filter(|&c| !is_invisible_format(c))
        .map(crate::case::lower_char)
        .map(|c| if is_apostrophe(c) { '\'' } else { c })
}

/// `word` without a final `'s` / `’s` (any apostrophe, either case of s).
fn strip_possessive(word: &str) -> &str {
    let mut rev = word.char_indices().rev();
    match (rev.next(), rev.next()) {
        (Some((_, 's' | 'S')), Some((at, c))) if is_apostrophe(c) && at > 0 => &word[..at],
        _ => word,
    }
}

/// Are `a` and `b` spelling variants of one word ("Dashti"/"Dashty",
/// "neighboring"/"neighbouring")? Both at least four letters, the same first
/// letter, not equal after normalisation, and within one edit (two for words
/// of eight letters or more) of each other, ignoring case.
pub fn is_spelling_variant(a: &str, b: &str) -> bool {
    // Cheap rejections first: this runs inside alignment loops.
    let (a, b) = (strip_possessive(a), strip_possessive(b));
    if a.len() < 4 || b.len() < 4 || a.len().abs_diff(b.len()) > 2 * 4 {
        return false;
    }
    let (Some(first_a), Some(first_b)) = (a.chars().next(), b.chars().next()) else {
        return false;
    };
    if crate::case::lower_char(first_a) != crate::case::lower_char(first_b) {
        return false;
    }
    if a.is_ascii() && b.is_ascii() && a.len() <= MAX_VARIANT_LEN && b.len() <= MAX_VARIANT_LEN {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        if a.eq_ignore_ascii_case(b) {
            return false;
        }
        let allowed = if a.len().min(b.len()) >= 8 { 2 } else { 1 };
        return a.len().abs_diff(b.len()) <= allowed
            && ascii_edit_distance(a, b, allowed) <= allowed;
    }
    let a: Vec<char> = normalized_chars(a).collect();
    let b: Vec<char> = normalized_chars(b).collect();
    if a.len() < 4 || b.len() < 4 || a == b {
        return false;
    }
    let allowed = if a.len().min(b.len()) >= 8 { 2 } else { 1 };
    a.len().abs_diff(b.len()) <= allowed && edit_distance(&a, &b) <= allowed
}

/// Longest ASCII word compared without allocating.
const MAX_VARIANT_LEN: usize = 32;

/// Levenshtein distance of two short ASCII words, case-insensitive, on the
/// stack, or some number above `limit` when the distance is above it. A
/// common prefix or suffix does not change the distance, so only the
/// differing middle is aligned (a letter or two for most word pairs); no
/// row of the table is below the one before it, so the table stops at the
/// first row entirely above `limit` (two unrelated words: a row or three).
fn ascii_edit_distance(a: &[u8], b: &[u8], limit: usize) -> usize {
    let same = |(x, y): &(&u8, &u8)| x.eq_ignore_ascii_case(y);
    let prefix = a.iter().zip(b).take_while(same).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a.iter().rev().zip(b.iter().rev()).take_while(same).count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    let mut rows = [[0u8; MAX_VARIANT_LEN + 1]; 2];
    let [previous, current] = &mut rows;
    let (mut previous, mut current) = (previous, current);
    for (j, cell) in previous.iter_mut().enumerate().take(b.len() + 1) {
        *cell = j as u8;
    }
    for (i, &ca) in a.iter().enumerate() {
        current[0] = i as u8 + 1;
        let mut row_min = current[0];
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous[j] + u8::from(!ca.eq_ignore_ascii_case(&cb));
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
            row_min = row_min.min(current[j + 1]);
        }
        if usize::from(row_min) > limit {
            return usize::from(row_min);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    usize::from(previous[b.len()])
}

/// Levenshtein distance of two short words.
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, &ca) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// A 64-bit finaliser (from SplitMix64): spreads every input bit over the output.
pub fn mix64(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text).iter().map(|t| t.word(text)).collect()
    }

    #[test]
    fn splits_on_dashes_quotes_and_nbsp() {
        let text = "Anti--Taliban \u{201c}rise\u{a0}up\u{201d} — vice-president";
        assert_eq!(
            words(text),
            ["Anti", "Taliban", "rise", "up", "vice", "president"]
        );
    }

    #[test]
    fn keeps_inner_apostrophes_and_drops_possessive_in_key() {
        let text = "the Taliban\u{2019}s flag, Massoud's 'rise'";
        assert_eq!(
            words(text),
            ["the", "Taliban\u{2019}s", "flag", "Massoud's", "rise"]
        );
        assert_eq!(word_key("Taliban\u{2019}s"), word_key("taliban"));
        assert_eq!(word_key("Massoud's"), word_key("MASSOUD"));
        assert_ne!(word_key("Dashti"), word_key("Dashty"));
        // The ASCII fast path and the Unicode path agree.
        assert_eq!(word_key("Don't"), word_key("don\u{2019}t"));
        assert_eq!(word_key("RÉSISTANCE"), word_key("résistance"));
    }

    #[test]
    fn ampersand_matches_and() {
        let toks = tokens("Taliban & partners");
        assert_eq!(toks.len(), 3);
        assert_eq!(toks[1].key, word_key("and"));
        assert_eq!(toks[1].range(), 8..9);
    }

    #[test]
    fn a_word_takes_sixteen_bytes_and_its_offsets_round_trip() {
        // Every pass over a large corpus's words reads them: 16 bytes, not 24.
        assert_eq!(std::mem::size_of::<Token>(), 16);
        let far = u32::MAX as usize;
        let token = Token::new(far - 3, far, word_key("far"));
        assert_eq!((token.start(), token.end()), (far - 3, far));
        assert_eq!(token.range(), far - 3..far);
    }

    #[test]
    #[should_panic(expected = "text under 4 GiB")]
    fn a_word_past_4_gib_is_refused_not_wrapped() {
        let _ = Token::new(1 << 32, (1 << 32) + 3, 0);
    }

    #[test]
    fn offsets_are_into_the_original_text() {
        let text = "\u{a0}\u{201c}Panjshir\u{201d}\u{a0}is\u{2014}captured";
        for t in tokens(text) {
            assert!(text.is_char_boundary(t.start()) && text.is_char_boundary(t.end()));
        }
        assert_eq!(words(text), ["Panjshir", "is", "captured"]);
    }

    #[test]
    fn spelling_variants_are_close_words_not_different_ones() {
        assert!(is_spelling_variant("Dashti", "Dashty"));
        assert!(is_spelling_variant("neighboring", "neighbouring"));
        assert!(!is_spelling_variant("Dashti", "Dashti"));
        assert!(!is_spelling_variant("act", "acts"));
        assert!(!is_spelling_variant("forces", "fights"));
        assert!(!is_spelling_variant("Monday", "Sunday"));
        assert!(is_spelling_variant("R\u{e9}sistance", "resistance"));
        assert!(!is_spelling_variant("Taliban\u{2019}s", "taliban"));
        assert!(is_spelling_variant("Taliban\u{2019}s", "Talibans"));
    }

    #[test]
    fn every_token_key_is_the_key_of_its_word() {
        let text = "Plain words, don't stop; the Taliban's cr\u{e8}me X9 & ends'";
        let words: Vec<&str> = tokens(text).iter().map(|t| t.word(text)).collect();
        assert_eq!(
            words,
            [
                "Plain",
                "words",
                "don't",
                "stop",
                "the",
                "Taliban's",
                "cr\u{e8}me",
                "X9",
                "&",
                "ends"
            ]
        );
        for t in tokens(text) {
            assert_eq!(t.key, word_key(t.word(text)));
        }
    }

    #[test]
    fn ascii_edit_distance_is_the_full_levenshtein_distance() {
        // The whole table (`edit_distance`), case folded first, as before
        // the common ends were skipped.
        fn full(a: &[u8], b: &[u8]) -> usize {
            let folded = |w: &[u8]| -> Vec<char> {
                w.iter()
                    .map(|&c| char::from(c.to_ascii_lowercase()))
                    .collect()
            };
            edit_distance(&folded(a), &folded(b))
        }
        let mut state = 1u64;
        let mut word = |len: u64| -> Vec<u8> {
            (0..len)
                .map(|_| {
                    state = mix64(state.wrapping_add(0x9e37_79b9_7f4a_7c15));
                    b"abAB"[(state % 4) as usize]
                })
                .collect()
        };
        // With a limit: the distance when within it, else above it.
        let check = |a: &[u8], b: &[u8]| {
            let distance = full(a, b);
            assert_eq!(
                ascii_edit_distance(a, b, usize::MAX),
                distance,
                "{a:?} {b:?}"
            );
            for limit in 0..4 {
                let bounded = ascii_edit_distance(a, b, limit);
                if distance <= limit {
                    assert_eq!(bounded, distance, "{a:?} {b:?} {limit}");
                } else {
                    assert!(bounded > limit, "{a:?} {b:?} {limit}");
                }
            }
        };
        for n in 0..20_000 {
            let (a, b) = (word(n % 13), word(n * 7 % 11));
            check(&a, &b);
            let b = [&a[..a.len() / 2], &b[..], &a[a.len() / 2..]].concat();
            check(&a, &b);
        }
        assert_eq!(ascii_edit_distance(b"", b"", 0), 0);
        assert_eq!(ascii_edit_distance(&[b'x'; 32], &[b'y'; 32], 40), 32);
        assert!(ascii_edit_distance(&[b'x'; 32], &[b'y'; 32], 2) > 2);
    }

    #[test]
    fn combining_marks_and_invisible_joiners_stay_inside_words() {
        // "résistance" typed with a combining acute accent; a soft hyphen; Persian with a ZWNJ.
        let text = "re\u{301}sistance Panj\u{ad}shir \u{645}\u{6cc}\u{200c}\u{62e}\u{648}\u{627}\u{647}\u{62f} end\u{ad} x";
        assert_eq!(
            words(text),
            [
                "re\u{301}sistance",
                "Panj\u{ad}shir",
                "\u{645}\u{6cc}\u{200c}\u{62e}\u{648}\u{627}\u{647}\u{62f}",
                "end",
                "x"
            ]
        );
        assert_eq!(word_key("Panj\u{ad}shir"), word_key("Panjshir"));
        assert_eq!(
            word_key("\u{645}\u{6cc}\u{200c}\u{62e}\u{648}\u{627}\u{647}\u{62f}"),
            word_key("\u{645}\u{6cc}\u{62e}\u{648}\u{627}\u{647}\u{62f}")
        );
    }

    #[test]
    fn normalized_form_is_readable() {
        assert_eq!(normalized("Taliban\u{2019}s"), "taliban");
        assert_eq!(normalized("Don\u{2019}t"), "don't");
        assert_eq!(normalized("&"), "and");
    }
}
