//! Mentions of possible speakers in one article: person names (with the role
//! written before or after them), organisation names and acronyms, pronouns,
//! and descriptions ("the group", "the spokesperson", "resistance forces").
//!
//! Words inside quotes are never mentions (a quote's words are not its
//! attribution), nor are headings (lines without a lower-case letter) or the
//! second half of "anti-X" / "Anti--X" (an adjective, not the group X), nor
//! a party adjective before a lower-case noun ("Republican voters"). An age
//! ("the 46-year-old") describes a person; right after a quote's closing mark
//! a description needs no determiner ("…,” federal prosecutors wrote"); the
//! initial "A." is part of a name, not the article; up to three particles
//! join a name ("van Gogh", "van der Berg", "de la Cruz").

use super::lexicon::{Lexicon, TitleClass};
use super::scan::{LowerWords, Token, TokenKind};
use crate::Span;
// Ordered maps sharing their B-tree code across value types (crate::keyed).
use crate::keyed::{Map as BTreeMap, Set as BTreeSet};
use crate::words::WordMap;

/// What a pronoun can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Referent {
    Person,
    Org,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// A person's name ("Zabihullah Mujahid", "Mujahid").
    Person,
    /// An organisation's name or acronym ("the Taliban", "NRF").
    Org,
    /// "he", "she" (a person), "they", "it" (an organisation).
    Pronoun(Referent),
    /// A description headed by a title word: "the spokesperson" (a person),
    /// "the group" (an organisation).
    Descriptor(Referent),
}

/// One mention in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The name, pronoun or description as written (the role is not included).
    pub span: Span,
    pub kind: MentionKind,
    /// The words of the name as written; for descriptors, their lower-case content words.
    pub words: Vec<String>,
    /// The role written next to a person's name ("Taliban spokesman").
    pub role: Option<String>,
    /// Named as someone's relative ("the son of X", "the late X").
    pub relative: bool,
    /// An acronym given in parentheses right after an organisation's name.
    pub acronym: Option<String>,
    /// Part of a person's role ("Taliban" in "Taliban spokesman Zabihullah
    /// Mujahid"): an antecedent, but never the subject of a cue.
    pub inside_role: bool,
    /// First token of the mention with the role written before it.
    pub extent_first: usize,
    /// A description with "a"/"an": introduces someone new.
    pub indefinite: bool,
    /// A description of someone the article leaves unnamed ("the source").
    pub unnamed: bool,
    /// The first mention of its sentence (its likely subject).
    pub first_in_sentence: bool,
    pub first_token: usize,
    pub last_token: usize,
}

impl Mention {
    /// A mention of tokens `first..=last`, with no role, relation or
    /// sentence facts yet (the callers set those they know).
    fn new(
        article: &Article,
        first: usize,
        last: usize,
        kind: MentionKind,
        words: Vec<String>,
    ) -> Self {
        Mention {
            span: span_of(article, first, last),
            kind,
            words,
            role: None,
            relative: false,
            acronym: None,
            inside_role: false,
            unnamed: false,
            indefinite: false,
            first_in_sentence: false,
            extent_first: first,
            first_token: first,
            last_token: last,
        }
    }
}

/// Facts gathered over the whole corpus before mentions are classified.
#[derive(Debug, Default, PartialEq)]
pub struct CorpusNames {
    /// Single capitalised words used as organisations ("the Taliban said").
    pub org_words: BTreeSet<String>,
    /// Last words of multi-word person names ("Mujahid").
    pub surnames: BTreeSet<String>,
    /// Single words used after "the" before a verb ("the Taliban said"):
    /// organisations even when a longer run ends with them.
    pub org_words_after_the: BTreeSet<String>,
    /// Multi-word organisation names as written ("Northwind Energy Corp"),
    /// by their lower-case words: a shorter form ("Northwind Energy",
    /// "Northwind") or the head alone ("the Union") names the same one.
    pub org_names: BTreeMap<Vec<String>, Vec<String>>,
    /// Organisation names (lower-case words) written in full in each article.
    org_in_doc: BTreeMap<usize, BTreeSet<Vec<String>>>,
    /// The sets above hashed for the lookups of [`find_mentions`], made on
    /// first use (after gathering) and dropped whenever the sets change here.
    index: NameIndex,
}

/// [`CorpusNames`]' words and organisation names found by hashing a word
/// instead of searching the sorted sets (string comparisons at every level).
#[derive(Debug, Default)]
struct NameIndex(std::sync::OnceLock<NameTables>);

/// A cache of the sets it is made from: not part of what is equal.
impl PartialEq for NameIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

#[derive(Debug, Default)]
struct NameTables {
    /// Per word: [`ORG_WORD`], [`SURNAME`], [`ORG_AFTER_THE`] flags.
    flags: WordMap<u8>,
    /// Every organisation name (lower-case words, as written), in sorted order.
    orgs: Vec<(Vec<String>, Vec<String>)>,
    /// Positions in `orgs` of the names by their first word, in sorted order.
    by_first: WordMap<Vec<u32>>,
}

const ORG_WORD: u8 = 1;
const SURNAME: u8 = 2;
const ORG_AFTER_THE: u8 = 4;

impl CorpusNames {
    /// Add the names gathered from later articles (`later`, gathered apart
    /// on another core): the result is what one pass over both parts in
    /// order gathers, since every fact is either a set member or the first
    /// spelling of an organisation name, kept from the earlier part.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn merge(&mut self, later: CorpusNames) {
        self.index = NameIndex::default();
        self.org_words.extend(later.org_words);
        self.surnames.extend(later.surnames);
        self.org_words_after_the.extend(later.org_words_after_the);
        for (lower, written) in later.org_names {
            self.org_names.entry(lower).or_insert(written);
        }
        for (doc, names) in later.org_in_doc {
            self.org_in_doc.entry(doc).or_default().extend(names);
        }
    }

    /// Take the organisation names article `doc` writes in full from
    /// `own`, names gathered from that article alone, in place of any held
    /// for it (a distributed run broadcasts the corpus's names without this
    /// per-article part and adds each article's own when it reads it).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn set_article(&mut self, doc: usize, own: &CorpusNames) {
        let names = self.org_in_doc.entry(doc).or_default();
        *names = BTreeSet::default();
        if let Some(theirs) = own.org_in_doc.get(&doc) {
            for name in theirs.iter() {
                names.insert(name.clone());
            }
        }
    }

    /// The last word of a person's full name somewhere in the corpus, and
    /// never an organisation after "the" ("Trump" in "Trump adviser", not
    /// "Taliban" in "the Taliban said").
    fn is_person_surname(&self, lower: &str) -> bool {
        self.flags(lower) & (SURNAME | ORG_AFTER_THE) == SURNAME
    }

    /// The word's [`NameTables`] flags.
    fn flags(&self, lower: &str) -> u8 {
        self.tables().flags.get(lower).copied().unwrap_or(0)
    }

    fn tables(&self) -> &NameTables {
        self.index.0.get_or_init(|| {
            let mut tables = NameTables::default();
            let sets = [
                (&self.org_words, ORG_WORD),
                (&self.surnames, SURNAME),
                (&self.org_words_after_the, ORG_AFTER_THE),
            ];
            for (set, flag) in sets {
                for word in set.iter() {
                    *tables.flags.get_or_insert_with(word, || 0) |= flag;
                }
            }
            for (lower, written) in self.org_names.iter() {
                let n = u32::try_from(tables.orgs.len()).expect("fewer than 2^32 names");
                tables
                    .by_first
                    .get_or_insert_with(&lower[0], Vec::new)
                    .push(n);
                tables.orgs.push((lower.clone(), written.clone()));
            }
            tables
        })
    }

    /// The organisation a run of capitalised words shortens, if any: one
    /// named in full in the same article first ("Northwind Energy", or the
    /// head alone, "the Union"); else the first organisation of the corpus
    /// the run is a prefix of (among the names beginning with the run's
    /// first word, hashed, in sorted order).
    fn org_shortened_by(
        &self,
        lower: &[&str],
        lexicon: &Lexicon,
        doc: usize,
    ) -> Option<&Vec<String>> {
        // A person's surname alone ("Clinton") never shortens an
        // organisation named after someone ("Clinton Foundation").
        if lower.len() == 1 && self.is_person_surname(lower[0]) {
            return None;
        }
        // `name` is `lower` and more words.
        let extends = |name: &[String]| {
            name.len() > lower.len() && name.iter().zip(lower).all(|(a, b)| a == b)
        };
        let single_head = lower.len() == 1 && lexicon.org_heads.contains(lower[0]);
        if let Some(local) = self.org_in_doc.get(&doc) {
            let found = local.iter().find(|name| {
                let head = single_head
                    && name.len() > 1
                    && name.last().map(String::as_str) == lower.last().copied();
                extends(name) || head
            });
            if let Some(name) = found {
                return self.org_names.get(name);
            }
        }
        // The first name in sorted order that `lower` begins: all begin
        // with its first word.
        let tables = self.tables();
        let first = tables.by_first.get(lower.first()?)?;
        first
            .iter()
            .map(|&n| &tables.orgs[n as usize])
            .find(|(name, _)| extends(name))
            .map(|(_, written)| written)
    }
}

const NAME_PARTICLES: &[&str] = &[
    "bin", "al", "el", "de", "da", "du", "van", "von", "ul", "ibn", "la", "der", "den", "del",
    "dos",
];
const ADJECTIVE_PREFIXES: &[&str] = &["anti", "pro", "ex", "non", "post", "pre"];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "this", "that", "his", "her", "one", "another",
];

/// Per-article view used while finding mentions.
pub struct Article<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// Lower-case form of each token.
    pub lower: &'a LowerWords,
    /// Paragraphs that are headings (no lower-case letter).
    pub heading: &'a [bool],
    /// Index of the article in the corpus.
    pub doc: usize,
}

impl Article<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        let t = self.tokens.get(i)?;
        t.is_word().then(|| &self.lower[i])
    }

    /// A capitalised word that can be part of a name (judged once per
    /// scan by [`mark_name_words`]).
    fn name_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.name_word)
    }

    /// [`Article::name_word`], judged from the words around token `i`.
    fn judge_name_word(&self, i: usize, lexicon: &Lexicon) -> bool {
        let t = self.tokens[i];
        t.is_capitalised(self.text)
            && !t.in_quote
            && !self.heading[t.paragraph()]
            && !self.adjective_prefixed(i)
            && (!lexicon.stopwords.contains(&self.lower[i])
                || self.is_acronym(i)
                // The initial "A." ("Jock A. Finn") is not the article "a".
                || t.end() - t.start() == 1 && self.dotted_name_part(i + 1))
            && !self.is_dateline(i)
            && !self.is_date(i)
    }

    /// "Nov. 3", "Sept. 11": a month abbreviated before a day is no name
    /// ("Christie's Nov. 3 speech"); "Jan Brewer" is one.
    fn is_date(&self, i: usize) -> bool {
        matches!(
            &self.lower[i],
            "jan" | "feb" | "aug" | "sept" | "sep" | "oct" | "nov" | "dec"
        ) && self.punct(i + 1, '.')
            && self
                .tokens
                .get(i + 2)
                .is_some_and(|t| t.text(self.text).starts_with(|c: char| c.is_ascii_digit()))
    }

    /// "GENEVA (Reuters) -", "PORTLAND, Maine (AP) --": capitals opening a
    /// paragraph before a comma or parenthesis name the place of filing.
    fn is_dateline(&self, i: usize) -> bool {
        let t = self.tokens[i];
        let word = t.text(self.text);
        let opens_paragraph = i == 0 || self.tokens[i - 1].paragraph() != t.paragraph();
        opens_paragraph
            && word.chars().count() > 1
            && word.chars().all(|c| !c.is_lowercase())
            && (self.punct(i + 1, ',') || self.punct(i + 1, '('))
    }

    /// "Anti--Taliban": the capitalised word is part of an adjective.
    fn adjective_prefixed(&self, i: usize) -> bool {
        i >= 2
            && self.tokens[i - 1].kind == TokenKind::Punct
            && self.tokens[i - 1].text(self.text).starts_with('-')
            && self.tokens[i - 1].end() == self.tokens[i].start()
            && self
                .word(i - 2)
                .is_some_and(|w| ADJECTIVE_PREFIXES.contains(&w))
    }

    /// Token `dot` is the period right after a title abbreviation or an
    /// initial, and a word of two letters or more follows it.
    fn dotted_name_part(&self, dot: usize) -> bool {
        if dot == 0 || !self.punct(dot, '.') {
            return false;
        }
        let before = self.tokens[dot - 1];
        if !before.is_word() || before.end() != self.tokens[dot].start() {
            return false;
        }
        let word = before.text(self.text);
        let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
        let title = DOTTED_TITLES.contains(&&self.lower[dot - 1]);
        let next_long = self
            .tokens
            .get(dot + 1)
            .is_some_and(|t| t.is_word() && t.text(self.text).chars().count() >= 2);
        // "U.S. Senate": a dotted acronym, not an initial.
        let dotted_acronym = initial && dot >= 2 && self.punct(dot - 2, '.');
        (initial || title) && next_long && !dotted_acronym
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.tokens.get(i).is_some_and(|t| t.is_punct(self.text, c))
    }

    fn is_acronym(&self, i: usize) -> bool {
        let w = self.tokens[i].text(self.text);
        let n = w.chars().count();
        (2..=6).contains(&n)
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    }
}

/// Mark the tokens that are [name words](Article::name_word) (once per
/// scan: both passes over the corpus ask about every token, most more
/// than once).
pub fn mark_name_words(
    tokens: &mut [Token],
    text: &str,
    lower: &LowerWords,
    heading: &[bool],
    lexicon: &Lexicon,
) {
    for i in 0..tokens.len() {
        let article = Article {
            text,
            tokens,
            lower,
            heading,
            doc: 0,
        };
        tokens[i].name_word = article.judge_name_word(i, lexicon);
    }
}

/// Lines with letters but no lower-case letter are headings.
pub fn heading_paragraphs(text: &str) -> Vec<bool> {
    text.split('\n')
        .map(|line| line.chars().any(char::is_alphabetic) && !line.chars().any(char::is_lowercase))
        .collect()
}

/// Gather corpus-wide name facts from one article (call for every article).
pub fn gather_names(article: &Article, lexicon: &Lexicon, names: &mut CorpusNames) {
    names.index = NameIndex::default();
    let tokens = article.tokens;
    let mut i = 0;
    while i < tokens.len() {
        if !article.name_word(i) {
            i += 1;
            continue;
        }
        let end = run_end(article, i);
        let run: Vec<usize> = (i..end).filter(|&k| article.tokens[k].is_word()).collect();
        let run = strip_openers(article, &run, lexicon);
        let stripped = strip_titles(article, run, lexicon);
        if stripped.len() == 1 {
            let w = stripped[0];
            let after = end;
            let before_is_the = i > 0 && article.word(i - 1) == Some("the");
            let next_is_verbish = match tokens.get(after) {
                None => true,
                Some(t) => {
                    t.kind != TokenKind::Word
                        || lexicon.auxiliaries.contains(&article.lower[after])
                        || lexicon.is_cue_word(&article.lower[after])
                }
            };
            let next_is_title = matches!(
                article.word(after).and_then(|x| lexicon.title(x)),
                Some(TitleClass::Person)
            ) || tokens
                .get(after)
                .is_some_and(|t| t.kind == TokenKind::Possessive)
                && matches!(
                    article.word(after + 1).and_then(|x| lexicon.title(x)),
                    Some(TitleClass::Person | TitleClass::Modifier)
                );
            if ((before_is_the && next_is_verbish) || next_is_title)
                && !article.is_acronym(w)
                && !names.org_words.contains(&article.lower[w])
            {
                names.org_words.insert(article.lower[w].to_string());
            }
            let next_is_verb = tokens.get(after).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && (lexicon.auxiliaries.contains(&article.lower[after])
                        || lexicon.is_cue_word(&article.lower[after]))
            });
            if before_is_the
                && next_is_verb
                && !names.org_words_after_the.contains(&article.lower[w])
            {
                names
                    .org_words_after_the
                    .insert(article.lower[w].to_string());
            }
        } else if stripped.len() >= 2 {
            let last = *stripped.last().expect("non-empty");
            let lower_last = &article.lower[last];
            if lexicon.org_heads.contains(lower_last) {
                let lower: Vec<String> =
                    run.iter().map(|&k| article.lower[k].to_string()).collect();
                let written = words_of(article, run);
                names
                    .org_in_doc
                    .entry(article.doc)
                    .or_default()
                    .insert(lower.clone());
                names.org_names.entry(lower).or_insert(written);
            }
            if !lexicon.org_heads.contains(lower_last)
                && !lexicon.place_heads.contains(lower_last)
                && !names.surnames.contains(lower_last)
            {
                names.surnames.insert(lower_last.to_string());
            }
        }
        i = end.max(i + 1);
    }
}

/// Titles written with a period that the name goes on after ("Mr. Cruz",
/// "Sen. Ted Cruz", "Dr. Ingrid Maes").
const DOTTED_TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "st", "col", "capt", "lt", "sgt", "rep", "sen", "gov", "prof",
    "rev", "pres", "sec", "atty", "supt", "cmdr", "adm", "maj", "cpl", "pvt", "hon",
];

/// End (exclusive) of the run of name words starting at `i`. A name never
/// runs across a line break; it runs across the period of a title ("Mr.")
/// or of an initial ("George W. Bush", "Rajesh K. Iyer"), not of "U.S.".
fn run_end(article: &Article, i: usize) -> usize {
    let line = article.tokens.get(i).map_or(0, |t| t.paragraph());
    let name_word = |k: usize| {
        article.name_word(k) && article.tokens.get(k).is_some_and(|t| t.paragraph() == line)
    };
    let mut j = i + 1;
    loop {
        if name_word(j) {
            j += 1;
        } else if article
            .tokens
            .get(j)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
            && name_word(j + 1)
        {
            // "St Mary's Hospital"
            j += 2;
        } else if (article.word(j).is_some_and(|w| NAME_PARTICLES.contains(&w))
            || article.dotted_name_part(j))
            && name_word(j + 1)
        {
            // "van Gogh"; "Mr. Cruz", "George W. Bush"
            j += 2;
        } else if let Some(p) = (j + 2..j + 4).find(|&p| {
            (j..p).all(|k| article.word(k).is_some_and(|w| NAME_PARTICLES.contains(&w)))
                && name_word(p)
        }) {
            // "van der Berg", "de la Cruz", "van den Broek"
            j = p + 1;
        } else {
            return j;
        }
    }
}

/// Drop sentence-initial connectives and prepositions ("Under Massoud"),
/// and a participle opening the sentence ("Addressing the Rotary Club",
/// "Walking into the office": a word of seven letters or more in -ing).
fn strip_openers<'r>(article: &Article, run: &'r [usize], lexicon: &Lexicon) -> &'r [usize] {
    let mut k = 0;
    while k + 1 < run.len() && {
        let w = &article.lower[run[k]];
        let opens_sentence = run[k] == 0 || {
            let before = article.tokens[run[k] - 1];
            before.sentence() != article.tokens[run[k]].sentence()
                || before.paragraph() != article.tokens[run[k]].paragraph()
        };
        let participle = opens_sentence && w.len() >= 7 && w.ends_with("ing");
        lexicon.intros.contains(w) || lexicon.conjunctions.contains(w) || participle
    } {
        k += 1;
    }
    &run[k..]
}

/// Drop titles ("General", "Mr", "State Attorney General") before the name
/// in a run of name words.
fn strip_titles<'r>(article: &Article, run: &'r [usize], lexicon: &Lexicon) -> &'r [usize] {
    // "State Attorney General Ken Paxley": the name follows the last title.
    let last_title = run[..run.len().saturating_sub(1)]
        .iter()
        .rposition(|&k| matches!(lexicon.title(&article.lower[k]), Some(TitleClass::Person)));
    if let Some(p) = last_title {
        return &run[p + 1..];
    }
    let mut k = 0;
    while k + 1 < run.len() && lexicon.title(&article.lower[run[k]]).is_some() {
        k += 1;
    }
    &run[k..]
}

/// The words as written; an initial keeps its period ("W.").
fn words_of(article: &Article, tokens: &[usize]) -> Vec<String> {
    tokens
        .iter()
        .map(|&k| {
            let word = article.tokens[k].text(article.text);
            let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            if initial && article.dotted_name_part(k + 1) {
                format!("{word}.")
            } else {
                word.to_string()
            }
        })
        .collect()
}

fn span_of(article: &Article, first: usize, last: usize) -> Span {
    Span {
        start: article.tokens[first].start(),
        end: article.tokens[last].end(),
    }
}

/// The role written before a person's name: "Taliban's chief spokesman",
/// "Taliban spokesman," — a run of capitalised words, possessives and title
/// words ending in a person title. Returns (first token, last title token).
fn role_before(article: &Article, name_start: usize, lexicon: &Lexicon) -> Option<(usize, usize)> {
    let mut k = name_start;
    let mut first = None;
    let mut last_title = None;
    let mut steps = 0;
    while k > 0 && steps < 7 {
        let j = k - 1;
        let t = article.tokens[j];
        if t.in_quote || t.sentence() != article.tokens[name_start].sentence() {
            break;
        }
        let accepted = match t.kind {
            TokenKind::Possessive => true,
            TokenKind::Punct => {
                j + 1 == name_start
                    && t.is_punct(article.text, ',')
                    && j > 0
                    && matches!(
                        article.word(j - 1).and_then(|w| lexicon.title(w)),
                        Some(TitleClass::Person)
                    )
            }
            TokenKind::Word => {
                let title = lexicon.title(&article.lower[j]);
                if matches!(title, Some(TitleClass::Person)) && last_title.is_none() {
                    last_title = Some(j);
                }
                title.is_some()
                    || t.is_capitalised(article.text)
                        && !lexicon.stopwords.contains(&article.lower[j])
            }
        };
        if !accepted {
            break;
        }
        first = Some(j);
        k = j;
        steps += 1;
    }
    let last_title = last_title?;
    let mut first = first?;
    // Skip a leading possessive or comma left dangling.
    while first < last_title && article.tokens[first].kind != TokenKind::Word {
        first += 1;
    }
    Some((first, last_title))
}

/// The role in an apposition after a name: "Mujahid, the Taliban's
/// spokesman, said". Returns (first token, last token) of the role.
fn role_after(article: &Article, name_end: usize, lexicon: &Lexicon) -> Option<(usize, usize)> {
    if !article.punct(name_end + 1, ',') {
        return None;
    }
    let mut first = name_end + 2;
    if article.word(first) == Some("the") {
        first += 1;
    }
    let mut has_title = false;
    let mut k = first;
    while k < article.tokens.len() && k < first + 10 {
        let t = article.tokens[k];
        if t.in_quote
            || t.kind == TokenKind::Punct
                && !t.is_punct(article.text, '(')
                && !t.is_punct(article.text, ')')
        {
            break;
        }
        if t.is_word() {
            let w = &article.lower[k];
            if lexicon.is_cue_word(w) || matches!(w, "who" | "which" | "whose" | "that") {
                return None;
            }
            if matches!(lexicon.title(w), Some(TitleClass::Person)) {
                has_title = true;
            }
        }
        k += 1;
    }
    let closes = k < article.tokens.len()
        && (article.punct(k, ',')
            || article.tokens[k]
                .text(article.text)
                .starts_with(['—', '–', '-']));
    (has_title && closes && k > first).then_some((first, k - 1))
}

/// Named as someone's relative: "the son of (the iconic fighter) X", "the late X".
fn is_relative(article: &Article, start: usize, lexicon: &Lexicon) -> bool {
    let mut k = start;
    let mut steps = 0;
    while k > 0 && steps < 8 {
        let j = k - 1;
        let t = article.tokens[j];
        if t.kind == TokenKind::Punct || t.in_quote {
            return false;
        }
        if t.is_word() {
            let w = &article.lower[j];
            if w == "late" && article.word(j.wrapping_sub(1)) == Some("the") {
                return true;
            }
            if w == "of" {
                return j > 0
                    && article
                        .word(j - 1)
                        .is_some_and(|p| lexicon.kinship.contains(p));
            }
        }
        k = j;
        steps += 1;
    }
    false
}

fn role_text(article: &Article, first: usize, last: usize) -> String {
    article.text[article.tokens[first].start()..article.tokens[last].end()]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Find every mention of a possible speaker in one article, in text order.
pub fn find_mentions<'a>(
    article: &Article<'a>,
    lexicon: &Lexicon,
    names: &CorpusNames,
) -> Vec<Mention> {
    let tokens = article.tokens;
    let mut mentions: Vec<Mention> = Vec::new();
    let mut scratch: Vec<&'a str> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        if t.in_quote || !t.is_word() || article.heading[t.paragraph()] {
            i += 1;
            continue;
        }
        let lower = &article.lower[i];
        let pronoun = match lower {
            "he" | "she" => Some(Referent::Person),
            "they" | "it" => Some(Referent::Org),
            _ => None,
        };
        if let Some(referent) = pronoun {
            mentions.push(simple_mention(article, i, MentionKind::Pronoun(referent)));
            i += 1;
            continue;
        }
        if article.name_word(i) {
            i = name_mentions(
                article,
                i,
                lexicon,
                names,
                &mut mentions,
                &mut scratch,
                false,
            );
            continue;
        }
        if let Some(mention) = descriptor(article, i, lexicon) {
            mentions.push(mention);
        }
        i += 1;
    }
    crate::order::sort_by_numbers(&mut mentions, |m| [m.first_token as u64, 0, 0, 0]);
    // Names inside a description ("A Labour spokesperson") are not its subject.
    for d in 0..mentions.len() {
        if matches!(mentions[d].kind, MentionKind::Descriptor(_)) {
            let (lo, hi) = (mentions[d].first_token, mentions[d].last_token);
            for m in mentions[d + 1..]
                .iter_mut()
                .take_while(|m| m.first_token <= hi)
            {
                if m.first_token > lo {
                    m.inside_role = true;
                }
            }
        }
    }
    let mut previous_sentence = None;
    for m in &mut mentions {
        let sentence = tokens[m.first_token].sentence();
        m.first_in_sentence = previous_sentence != Some(sentence);
        previous_sentence = Some(sentence);
    }
    // Kept for the whole corpus: no spare capacity.
    mentions.shrink_to_fit();
    mentions
}

fn simple_mention(article: &Article, i: usize, kind: MentionKind) -> Mention {
    Mention::new(article, i, i, kind, vec![article.lower[i].to_string()])
}

/// The lower-case words of `tokens`, listed in `scratch` (reused from one
/// run to the next: no allocation per name).
fn lower_words<'a, 's>(
    article: &Article<'a>,
    tokens: &[usize],
    scratch: &'s mut Vec<&'a str>,
) -> &'s [&'a str] {
    scratch.clear();
    scratch.extend(tokens.iter().map(|&k| &article.lower[k]));
    scratch
}

/// Classify the run of name words at `i`; returns the index after it.
fn name_mentions<'a>(
    article: &Article<'a>,
    i: usize,
    lexicon: &Lexicon,
    names: &CorpusNames,
    mentions: &mut Vec<Mention>,
    scratch: &mut Vec<&'a str>,
    inside_apposition: bool,
) -> usize {
    let end = run_end(article, i);
    let run: Vec<usize> = (i..end).filter(|&k| article.tokens[k].is_word()).collect();
    let run = strip_openers(article, &run, lexicon);
    let names_org = article
        .lower
        .get(*run.last().expect("non-empty run"))
        .is_some_and(|w| lexicon.org_heads.contains(w))
        && names
            .org_shortened_by(lower_words(article, run, scratch), lexicon, article.doc)
            .is_none();
    let mut words = if names_org {
        run.to_vec()
    } else {
        strip_titles(article, run, lexicon).to_vec()
    };
    // "Taliban Zabihullah …" never happens, but "NRF Ahmad Massoud" may: a
    // leading organisation word is its own mention.
    if words.len() >= 2
        && names.flags(&article.lower[words[0]]) & ORG_WORD != 0
        && !names.is_person_surname(&article.lower[words[0]])
    {
        mentions.push(simple_mention(article, words[0], MentionKind::Org));
        words.remove(0);
    }
    let first = words[0];
    let mut last = *words.last().expect("non-empty run");
    let last_lower = &article.lower[last];
    let mut next = end;
    // "The Quiet Harbour", "the Globe": after "the", a title or a thing, not a person.
    let after_the = first > 0 && article.word(first - 1) == Some("the");
    // "the Slovenian Matej Kranjc", "the Dutch Anna de Vries": a nationality
    // before a full name is the person's description, not a title.
    let first_lower = &article.lower[first];
    let nationality = |w: &str| {
        ["an", "ese", "ish", "ch", "i"]
            .iter()
            .any(|e| w.ends_with(e))
    };
    if after_the
        && words.len() >= 3
        && nationality(first_lower)
        && !names.is_person_surname(first_lower)
        && words.iter().all(|&k| {
            !lexicon.place_heads.contains(&article.lower[k])
                && !lexicon.org_heads.contains(&article.lower[k])
        })
    {
        return name_mentions(
            article,
            first + 1,
            lexicon,
            names,
            mentions,
            scratch,
            inside_apposition,
        );
    }
    let kind = if names_org && lexicon.org_heads.contains(last_lower) {
        // "National Resistance Front of Afghanistan"
        if article.word(end) == Some("of") && article.name_word(end + 1) {
            let of_end = run_end(article, end + 1);
            words.extend((end..of_end).filter(|&k| article.tokens[k].is_word()));
            last = of_end - 1;
            next = of_end;
        }
        Some(MentionKind::Org)
    } else if let Some(org) =
        names.org_shortened_by(lower_words(article, &words, scratch), lexicon, article.doc)
    {
        // "Republican voters", "Democratic leaders": one capitalised
        // adjective before a lower-case noun is not the organisation.
        let adjective = words.len() == 1
            && (last_lower.ends_with("an") || last_lower.ends_with("ic"))
            && !names.is_person_surname(last_lower)
            && article.word(end).is_some_and(|w| {
                !article.tokens[end].is_capitalised(article.text) && !lexicon.is_cue_word(w)
            });
        if adjective {
            return next;
        }
        let org = org.clone();
        let mention = Mention::new(article, first, last, MentionKind::Org, org);
        mentions.push(mention);
        return next;
    } else if words.len() == 1 {
        let single = &article.lower[first];
        let cue_follows = article.word(end).is_some_and(|w| lexicon.is_cue_word(w));
        let title_before = first > 0
            && matches!(
                article.word(first - 1).and_then(|w| lexicon.title(w)),
                Some(TitleClass::Person)
            );
        if names.is_person_surname(single) {
            // A surname of a person named in full somewhere in the corpus
            // ("TRUMP:" in a transcript, "Clinton" after "the").
            Some(MentionKind::Person)
        } else if article.is_acronym(first) || names.flags(single) & ORG_WORD != 0 {
            Some(MentionKind::Org)
        } else if after_the {
            None
        } else if names.flags(single) & SURNAME != 0 || cue_follows || title_before || run.len() > 1
        {
            Some(MentionKind::Person)
        } else {
            None
        }
    } else if after_the
        && !lexicon.place_heads.contains(last_lower)
        && article.word(end).is_some_and(|w| lexicon.is_cue_word(w))
    {
        // "the Orlando Sentinel reported": a thing that speaks is an
        // organisation (an outlet, a company).
        Some(MentionKind::Org)
    } else if lexicon.place_heads.contains(last_lower) || after_the {
        None
    } else if words.iter().any(|&k| {
        lexicon.place_heads.contains(&article.lower[k])
            || lexicon.org_heads.contains(&article.lower[k])
    }) {
        // "Thames Valley Water": a name built on a place or an institution
        // is an organisation, not a person.
        Some(MentionKind::Org)
    } else {
        Some(MentionKind::Person)
    };
    let Some(kind) = kind else {
        return next;
    };
    let mut mention = Mention::new(article, first, last, kind, words_of(article, &words));
    if kind == MentionKind::Org
        && article.punct(next, '(')
        && article
            .tokens
            .get(next + 1)
            .is_some_and(|_| article.is_acronym(next + 1))
        && article.punct(next + 2, ')')
    {
        mention.acronym = Some(article.tokens[next + 1].text(article.text).to_string());
        next += 3;
    }
    // Names inside an apposition get no role of their own (no recursion).
    if kind == MentionKind::Person && !inside_apposition {
        let mut role_range = None;
        if let Some((role_first, role_last)) = role_before(article, first, lexicon) {
            mention.role = Some(role_text(article, role_first, role_last));
            mention.extent_first = role_first;
            role_range = Some((role_first, first));
        } else if let Some((role_first, role_last)) = role_after(article, last, lexicon) {
            mention.role = Some(role_text(article, role_first, role_last));
            role_range = Some((role_first, role_last + 1));
        }
        let relative_from =
            role_range.map_or(first, |(a, b)| if a < first { a } else { b.min(first) });
        mention.relative = is_relative(article, relative_from, lexicon);
        if let Some((lo, hi)) = role_range {
            if lo < first {
                for m in mentions.iter_mut().rev().take(4) {
                    if m.last_token >= lo && m.last_token < hi {
                        m.inside_role = true;
                    }
                }
            }
        }
        mentions.push(mention);
        // Organisations named inside a role written after the name.
        if let Some((lo, hi)) = role_range.filter(|&(lo, _)| lo > last) {
            let mut k = lo;
            while k < hi {
                if article.name_word(k) {
                    let before = mentions.len();
                    k = name_mentions(article, k, lexicon, names, mentions, scratch, true)
                        .max(k + 1);
                    for m in &mut mentions[before..] {
                        m.inside_role = true;
                    }
                } else {
                    k += 1;
                }
            }
            return next.max(hi);
        }
        return next;
    }
    mentions.push(mention);
    next
}

/// "the group", "the Afghan resistance front", "The spokesperson",
/// sentence-initial "Resistance forces": a determiner (or the sentence start)
/// and up to three modifiers before a title word.
fn descriptor(article: &Article, i: usize, lexicon: &Lexicon) -> Option<Mention> {
    let word = &article.lower[i];
    // "said the 46-year-old": an age names the person it describes.
    let class = lexicon
        .title(word)
        .or_else(|| word.ends_with("-year-old").then_some(TitleClass::Person))?;
    let referent = match class {
        TitleClass::Person | TitleClass::Unnamed => Referent::Person,
        TitleClass::Org => Referent::Org,
        TitleClass::Modifier => return None,
    };
    // In "resistance forces" the head is the last noun.
    if article
        .word(i + 1)
        .is_some_and(|w| matches!(lexicon.title(w), Some(TitleClass::Person | TitleClass::Org)))
    {
        return None;
    }
    // A title right before a name belongs to that name's role.
    let mut after = i + 1;
    if article.punct(after, ',') {
        after += 1;
    }
    if article.name_word(after)
        || article
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
            && referent == Referent::Person
    {
        return None;
    }
    let sentence = article.tokens[i].sentence();
    let mut start = i;
    let mut k = i;
    let mut modifiers = 0;
    loop {
        if k == 0 || article.tokens[k - 1].sentence() != sentence {
            break;
        }
        let j = k - 1;
        let t = article.tokens[j];
        if t.in_quote {
            return None;
        }
        if let Some(w) = article.word(j) {
            if DETERMINERS.contains(&w) {
                start = j;
                let words = content_words(article, j, i, lexicon);
                let mut mention = descriptor_mention(article, start, i, referent, words);
                mention.indefinite = matches!(w, "a" | "an" | "one" | "another");
                mention.unnamed = class == TitleClass::Unnamed;
                return Some(mention);
            }
            if modifiers < 3 && !lexicon.stopwords.contains(w) && !lexicon.is_cue_word(w) {
                modifiers += 1;
                k = j;
                if !article.adjective_prefixed(j) && !ADJECTIVE_PREFIXES.contains(&w) {
                    start = j;
                }
                continue;
            }
            return None;
        }
        if t.kind == TokenKind::Possessive || t.text(article.text).starts_with('-') {
            k = j;
            continue;
        }
        // `“…,” federal prosecutors wrote`: right after a closing quote
        // mark, where a speaker stands, no determiner is needed.
        if t.text(article.text).ends_with(['”', '"', '\''])
            && j > 0
            && article.tokens[j - 1].in_quote
        {
            break;
        }
        return None;
    }
    // Sentence start or after a quote.
    let words = content_words(article, start, i, lexicon);
    let mut mention = descriptor_mention(article, start, i, referent, words);
    mention.unnamed = class == TitleClass::Unnamed;
    Some(mention)
}

fn content_words(article: &Article, from: usize, to: usize, lexicon: &Lexicon) -> Vec<String> {
    (from..=to)
        .filter(|&k| article.tokens[k].is_word() && !article.adjective_prefixed(k))
        .map(|k| article.lower[k].to_string())
        .filter(|w| !lexicon.stopwords.contains(w) && !DETERMINERS.contains(&w.as_str()))
        .filter(|w| {
            !ADJECTIVE_PREFIXES
                .iter()
                .any(|p| w.strip_prefix(p).is_some_and(|rest| rest.starts_with('-')))
                && !ADJECTIVE_PREFIXES.contains(&w.as_str())
        })
        .collect()
}

fn descriptor_mention(
    article: &Article,
    start: usize,
    head: usize,
    referent: Referent,
    words: Vec<String>,
) -> Mention {
    Mention::new(
        article,
        start,
        head,
        MentionKind::Descriptor(referent),
        words,
    )
}
