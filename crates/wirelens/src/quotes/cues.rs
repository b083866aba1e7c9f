//! Attribution: which cue (a verb or phrase from `data/cues.txt`) and which
//! mention a quote hangs on, and the channel named around it.
//!
//! Tried in order, the first that finds a speaker wins:
//! 1. after the quote, in its sentence: `“…,” he said` / `“…,” said X` /
//!    a closing reporting clause `…“…” and more, he said at a news conference`;
//! 2. before the quote, in its sentence: the subject of the clause that holds
//!    the cue (`X said that the province was “captured”`), skipping an
//!    opening adverbial (`In an audio message, he called for …`);
//! 3. the previous quote's attribution, when that quote is in the same or the
//!    previous paragraph at most two sentences back (a quote after `“…,” he
//!    said.` continues the same speaker);
//! 4. a cue in the previous sentence of the same paragraph;
//! 5. with no cue at all, a quote inside a sentence belongs to the subject
//!    that opens its clause ("Trump defended his remarks as "sarcastic"").
//!
//! Only the first cue with a subject counts, so "said in a statement,
//! reported AFP" names the speaker, not the outlet that relayed it.
//!
//! Before all of these, a quote ending its paragraph and signed on the next
//! line by a dash and a name (`- Jane Roe.`) is that name's. Whoever issues a
//! document speaks through it ("X issued a statement saying …": a description
//! that is the object of a verb is not the subject of the cue after it); a
//! name right after ", said" is the speaker ("… for the bloc, said Jane
//! Roe"); a name right before the cue beats an earlier one ("unlike the
//! mayor's plan, Okafor said") unless it is the object of a preposition
//! ("Prof. Ann Roe of the University of Kerrow said"); after an opening phrase ("At a fair in Dover,
//! Delaware, Roe said") the subject is the first mention after a comma
//! that is not itself followed by one. A participle after a comma ("Roe
//! said, adding …") shares the subject of the cue before it; a cue in a
//! relative clause ("Roe, who called it …") is spoken by the mention before
//! "who"; after a closing cue a pronoun or a that-clause subject is not the
//! speaker ("…,” adding that it …").

use super::lexicon::{Lexicon, TitleClass};
use super::mentions::{Article, Mention, MentionKind};
use super::scan::TokenKind;
use crate::Span;

/// Where a quote sits among the article's tokens.
#[derive(Debug, Clone, Copy)]
pub struct QuotePosition {
    /// Token of the opening mark.
    pub open: usize,
    /// Token of the closing mark, or the last token of the paragraph.
    pub close: usize,
    pub has_close: bool,
    /// The quoted words end without punctuation: a phrase inside reported
    /// speech ("called it a “quagmire”"), attributed by the clause around it
    /// before the one after it.
    pub embedded: bool,
}

/// How a quote is attributed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Attribution {
    /// Index of the mention in the article's mention list.
    pub mention: Option<usize>,
    pub cue: Option<String>,
    pub cue_span: Option<Span>,
    pub channel: Option<String>,
    /// Taken over from the previous quote or sentence.
    pub inherited: bool,
    /// The relative pronoun the attribution hangs on when the cue is in a
    /// relative clause after the name ("Mr. Okafor, who has called the plan
    /// “deeply flawed”"): the mention nearest the quote.
    pub relative: Option<Span>,
}

/// Longest window, in tokens, searched on each side of a quote (keeps an
/// article made of thousands of quote marks linear).
const WINDOW: usize = 80;

struct Cue {
    first: usize,
    last: usize,
    phrase: String,
    speaker_after: bool,
}

pub struct Attributor<'a> {
    pub article: &'a Article<'a>,
    pub mentions: &'a [Mention],
    pub lexicon: &'a Lexicon,
}

impl Attributor<'_> {
    fn usable(&self, i: usize) -> bool {
        let t = self.article.tokens[i];
        !t.in_quote && t.is_word()
    }

    /// The cue starting at token `i`, longest phrase first.
    fn cue_at(&self, i: usize, limit: usize) -> Option<Cue> {
        if !self.usable(i) {
            return None;
        }
        let lower = self.article.lower;
        let candidates = self.lexicon.cues_by_first_word.get(&lower[i])?;
        // "the United States should …", "Fox News Reports": a capitalised
        // word after a capitalised word is part of a name, not a cue.
        let text = self.article.text;
        let tokens = self.article.tokens;
        if i > 0
            && tokens[i].is_capitalised(text)
            && tokens[i - 1].is_capitalised(text)
            && tokens[i - 1].sentence() == tokens[i].sentence()
        {
            return None;
        }
        for phrase in candidates.iter().map(|&c| &self.lexicon.cues[c]) {
            let end = i + phrase.words.len();
            let matched = end <= limit
                && phrase
                    .words
                    .iter()
                    .enumerate()
                    .all(|(n, w)| self.usable(i + n) && &lower[i + n] == w);
            // "to be announced": a passive verb reports no speaker ("is
            // insisting" is active).
            let passive = phrase.words.len() == 1
                && !phrase.words[0].ends_with("ing")
                && i > 0
                && self.usable(i - 1)
                && matches!(
                    &lower[i - 1],
                    "be" | "been" | "being" | "is" | "are" | "was" | "were"
                );
            if matched && !passive {
                return Some(Cue {
                    first: i,
                    last: end - 1,
                    phrase: phrase.words.join(" "),
                    speaker_after: phrase.speaker_after,
                });
            }
        }
        None
    }

    fn sentence_bounds(&self, i: usize) -> (usize, usize) {
        let tokens = self.article.tokens;
        let s = tokens[i].sentence();
        let mut a = i;
        while a > 0 && tokens[a - 1].sentence() == s && i - a < WINDOW {
            a -= 1;
        }
        let mut b = i;
        while b + 1 < tokens.len() && tokens[b + 1].sentence() == s && b - i < WINDOW {
            b += 1;
        }
        (a, b + 1)
    }

    /// Mentions (not inside a role, resolved) starting in `lo..hi`.
    fn mentions_in(&self, lo: usize, hi: usize) -> impl Iterator<Item = usize> + '_ {
        let from = self.mentions.partition_point(|m| m.first_token < lo);
        (from..self.mentions.len())
            .take_while(move |&m| self.mentions[m].first_token < hi)
            .filter(move |&m| !self.mentions[m].inside_role)
    }

    fn word_count(&self, lo: usize, hi: usize) -> usize {
        (lo..hi)
            .filter(|&k| self.article.tokens[k].is_word())
            .count()
    }

    fn channel_in(&self, lo: usize, hi: usize) -> Option<String> {
        let lower = self.article.lower;
        for i in lo..hi {
            if !self.usable(i) {
                continue;
            }
            let Some(candidates) = self.lexicon.channels_by_first_word.get(&lower[i]) else {
                continue;
            };
            for (words, channel) in candidates.iter().map(|&c| &self.lexicon.channels[c]) {
                let fits = words.iter().enumerate().all(|(n, w)| {
                    let k = i + n;
                    k < hi && self.usable(k) && &lower[k] == w
                });
                if fits {
                    return Some(channel.clone());
                }
            }
        }
        None
    }

    fn attribution(&self, mention: usize, cue: &Cue, channel_range: (usize, usize)) -> Attribution {
        let tokens = self.article.tokens;
        Attribution {
            mention: Some(mention),
            cue: Some(cue.phrase.clone()),
            cue_span: Some(Span {
                start: tokens[cue.first].start(),
                end: tokens[cue.last].end(),
            }),
            channel: self.channel_in(channel_range.0, channel_range.1),
            inherited: false,
            relative: None,
        }
    }

    /// The "who" of `Name, who … cue/quote`, when it stands between the
    /// mention and `before` (the cue, or the quote when there is no cue).
    fn relative_pronoun(&self, mention: usize, before: usize) -> Option<Span> {
        let tokens = self.article.tokens;
        let m = &self.mentions[mention];
        let comma = m.last_token + 1;
        let who = comma + 1;
        (who < before
            && ["," , "-", "\u{2014}", "\u{2013}"]
                .iter()
                .any(|&p| tokens[comma].kind == TokenKind::Punct && tokens[comma].text(self.article.text) == p)
            && self.usable(who)
            && &self.article.lower[who] == "who"
            && tokens[who].sentence() == tokens[before].sentence()
            // "X, who was in Ohio, said": the clause closed, X is the subject.
            && !(who + 1..before).any(|k| {
                tokens[k].is_punct(self.article.text, ',') && !tokens[k].in_quote
            }))
            .then(|| Span {
                start: tokens[who].start(),
                end: tokens[who].end(),
            })
    }

    /// A person named in apposition after a role (`the study's lead
    /// author, Dr. Jane Roe`, `A Leeds-based spokeswoman for the charity,
    /// Mary Roe, said`): from `start`, the words of the role (a possessive
    /// in them, or a person title such as "spokeswoman"), no cue, no other
    /// punctuation, then a comma and a person's name (titles before it
    /// allowed) that closes with a comma, a full stop or the sentence. The
    /// role names that person, not the possessor or the description.
    fn role_apposition(&self, start: usize, limit: usize) -> Option<usize> {
        let tokens = self.article.tokens;
        let text = self.article.text;
        let lower = self.article.lower;
        let mut titled = false;
        // "spokesman for the Red Cross": the role's noun, then its organisation.
        let mut of_organisation = false;
        let mut k = start;
        let comma = loop {
            if k >= limit || k >= start + 10 || tokens[k].in_quote {
                return None;
            }
            match tokens[k].kind {
                TokenKind::Possessive => titled = true,
                TokenKind::Word => {
                    if self.lexicon.is_cue_word(&lower[k])
                        || self.lexicon.auxiliaries.contains(&lower[k])
                        || self.lexicon.conjunctions.contains(&lower[k])
                    {
                        return None;
                    }
                    of_organisation |=
                        titled && matches!(&lower[k], "for" | "of" | "at" | "from" | "with");
                    titled |= matches!(
                        self.lexicon.title(&lower[k]),
                        Some(TitleClass::Person | TitleClass::Unnamed)
                    );
                }
                TokenKind::Punct if tokens[k].is_punct(text, ',') => break k,
                // "Manila-based", "co-founder"
                TokenKind::Punct
                    if tokens[k].is_punct(text, '-')
                        && k > start
                        && tokens[k - 1].end() == tokens[k].start()
                        && tokens
                            .get(k + 1)
                            .is_some_and(|t| t.start() == tokens[k].end()) => {}
                TokenKind::Punct => return None,
            }
            k += 1;
        };
        // The role ends in a lower-case noun ("coach", "author") or its
        // organisation.
        if !titled || comma == start || tokens[comma - 1].is_capitalised(text) && !of_organisation {
            return None;
        }
        let n = self.mentions_in(comma + 1, (comma + 5).min(limit)).next()?;
        let name = &self.mentions[n];
        let titles_before = (comma + 1..name.first_token).all(|j| {
            tokens[j].is_capitalised(text) && self.lexicon.title(&lower[j]).is_some()
                || tokens[j].is_punct(text, '.')
        });
        let closes = tokens.get(name.last_token + 1).is_none_or(|t| {
            t.sentence() != tokens[name.last_token].sentence()
                || t.is_punct(text, ',')
                || t.is_punct(text, '.')
                || t.is_punct(text, ';')
        });
        (name.kind == MentionKind::Person && titles_before && closes && name.last_token < limit)
            .then_some(n)
    }

    /// The chosen mention, or the person its role names in apposition when
    /// it is a description or a possessor (`the firm's counsel, Ama Roe`).
    fn past_role(&self, m: usize, limit: usize) -> usize {
        let mention = &self.mentions[m];
        let possessor = self
            .article
            .tokens
            .get(mention.last_token + 1)
            .is_some_and(|t| t.kind == TokenKind::Possessive);
        if !(possessor || matches!(mention.kind, MentionKind::Descriptor(_))) {
            return m;
        }
        self.role_apposition(mention.extent_first, limit)
            .unwrap_or(m)
    }

    /// The token after a bracketed tag starting at `k` and ending before
    /// `limit` ("Jane Roe (D-Ore.) said"), or `k` when none starts there.
    fn after_parenthesis(&self, k: usize, limit: usize) -> usize {
        let tokens = self.article.tokens;
        if k >= limit || !tokens[k].is_punct(self.article.text, '(') {
            return k;
        }
        (k + 1..limit.min(k + 8))
            .find(|&j| tokens[j].is_punct(self.article.text, ')'))
            .map_or(k, |j| j + 1)
    }

    /// 1. A cue after the quote.
    fn after(&self, q: QuotePosition, next_open: usize) -> Option<Attribution> {
        if !q.has_close {
            return None;
        }
        let (_, sentence_end) = self.sentence_bounds(q.close);
        let hi = sentence_end.min(next_open).min(q.close + WINDOW);
        let tokens = self.article.tokens;
        let mut i = q.close + 1;
        while i < hi {
            let Some(cue) = self.cue_at(i, hi) else {
                i += 1;
                continue;
            };
            // A mention that runs into the cue ("American Reports", where
            // "Reports" is also a cue) is not a subject before it.
            let before: Vec<usize> = self
                .mentions_in(q.close + 1, cue.first)
                .filter(|&m| self.mentions[m].last_token < cue.first)
                .collect();
            // `“…” for the bloc, said Jane Roe`: after a comma, "said" and a
            // name right after it report the name, whatever stands before.
            let inverted = tokens[cue.first - 1].is_punct(self.article.text, ',')
                && !matches!(cue.phrase.as_str(), "told" | "tells")
                && self
                    .mentions_in(cue.last + 1, cue.last + 2)
                    .any(|m| self.mentions[m].extent_first == cue.last + 1);
            let subject = if cue.speaker_after || before.is_empty() || inverted {
                // The name may come after a long role ("said Ohio Green
                // Party State Treasurer Mona Lisk"): the role must
                // start right after the cue.
                self.role_apposition(cue.last + 1, hi).or_else(|| {
                    self.mentions_in(cue.last + 1, (cue.last + 12).min(hi))
                        .find(|&m| {
                            let first = self.mentions[m].extent_first;
                            // "…,” adding that it …", "… and said he would":
                            // a pronoun after the cue, or the subject of a
                            // "that" clause, is not who speaks.
                            let complement =
                                matches!(self.mentions[m].kind, MentionKind::Pronoun(_))
                                    || (cue.last + 1..first).any(|k| {
                                        self.usable(k) && &self.article.lower[k] == "that"
                                    });
                            if complement && !cue.speaker_after {
                                return false;
                            }
                            // "said retired Army Lt. Gen. Mick Tarrow": titles
                            // and their dots, after at most one lower-case word.
                            first <= cue.last + 4
                                || (cue.last + 1..first).all(|k| {
                                    tokens[k].is_capitalised(self.article.text)
                                        || tokens[k].is_punct(self.article.text, '.')
                                        || k == cue.last + 1 && tokens[k].is_word()
                                })
                        })
                })
            } else {
                let first = before[0];
                let adjacent = self.word_count(q.close + 1, self.mentions[first].extent_first) <= 3;
                let last = *before.last().expect("non-empty");
                // "Jane Roe of the Kerrow Center for Policy Studies wrote": an
                // organisation after "of" runs from the name to the cue.
                let of_organisation = |candidate: usize| {
                    let m = &self.mentions[candidate];
                    cue.first - m.last_token <= 12
                        && self.usable(m.last_token + 1)
                        && matches!(&self.article.lower[m.last_token + 1], "of" | "at" | "from")
                        && (m.last_token + 2..cue.first).all(|k| {
                            self.usable(k)
                                && (tokens[k].is_capitalised(self.article.text)
                                    || matches!(
                                        &self.article.lower[k],
                                        "the" | "of" | "for" | "and" | "on" | "in"
                                    ))
                        })
                };
                let fits = |candidate: usize, adjacent: bool| {
                    let m = &self.mentions[candidate];
                    let gap = cue.first - self.after_parenthesis(m.last_token + 1, cue.first);
                    // "James Comey Jr., the director, said": past the dot.
                    let next = m.last_token
                        + 1
                        + usize::from(tokens.get(m.last_token + 1).is_some_and(|t| {
                            t.is_punct(self.article.text, '.')
                                && t.start() == tokens[m.last_token].end()
                        }));
                    let appositive = tokens
                        .get(next)
                        .is_some_and(|t| t.is_punct(self.article.text, ','))
                        && tokens[cue.first - 1].is_punct(self.article.text, ',');
                    let reporting_clause = m.extent_first > 0
                        && tokens[m.extent_first - 1].kind == TokenKind::Punct
                        && !tokens[m.extent_first - 1]
                            .text(self.article.text)
                            .starts_with(['(', '"', '“', '”']);
                    (gap <= 3 || appositive || adjacent && of_organisation(candidate))
                        && (adjacent || reporting_clause)
                };
                // `“…,” Harbor Capital portfolio manager Lena Ruiz said`:
                // only words (a role, an organisation) run from the quote to
                // the name right before the cue.
                let run_in = |candidate: usize| {
                    let m = &self.mentions[candidate];
                    self.after_parenthesis(m.last_token + 1, cue.first) == cue.first
                        && (q.close + 1..m.extent_first)
                            .all(|k| tokens[k].is_word() || tokens[k].kind == TokenKind::Possessive)
                        && self.word_count(q.close + 1, m.extent_first) <= 6
                };
                // `… unlike the mayor's plan, Okafor said`: a name right
                // before the cue is its subject, not the one before it.
                let next_to_cue = before.len() > 1
                    && self.after_parenthesis(self.mentions[last].last_token + 1, cue.first)
                        == cue.first;
                if adjacent && fits(first, true) && (!next_to_cue || of_organisation(first)) {
                    Some(first)
                } else {
                    (fits(last, false) || run_in(last)).then_some(last)
                }
            };
            if let Some(subject) = subject {
                return Some(self.attribution(subject, &cue, (q.close + 1, sentence_end)));
            }
            i = cue.last + 1;
        }
        None
    }

    /// A quote that ends its paragraph, signed on the next line by a dash
    /// and a name (`“…”` then `- Jane Roe, in a tweet.`).
    fn signed(&self, q: QuotePosition) -> Option<Attribution> {
        let tokens = self.article.tokens;
        let dash = q.close + 1;
        let line = tokens.get(dash)?.paragraph();
        let is_dash = ["-", "\u{2014}", "\u{2013}"].iter().any(|&d| {
            tokens[dash].kind == TokenKind::Punct && tokens[dash].text(self.article.text) == d
        });
        if !q.has_close
            || !is_dash
            || line <= tokens[q.close].paragraph()
            || line > tokens[q.close].paragraph() + 2
        {
            return None;
        }
        // "- Mayor Hal Berg": only capitalised words (a title) before the name.
        let mention = self.mentions_in(dash + 1, dash + 4).next().filter(|&m| {
            let first = self.mentions[m]
                .extent_first
                .min(self.mentions[m].first_token);
            first > dash && (dash + 1..first).all(|k| tokens[k].is_capitalised(self.article.text))
        })?;
        Some(Attribution {
            mention: Some(mention),
            ..Attribution::default()
        })
    }

    /// Start of the clause holding the subject: skip connectives and an
    /// opening adverbial phrase ended by a comma.
    fn clause_start(&self, lo: usize, cue: usize) -> usize {
        let lower = self.article.lower;
        let tokens = self.article.tokens;
        let mut k = lo;
        while k < cue && (!tokens[k].is_word() && !tokens[k].in_quote) {
            k += 1;
        }
        while k < cue && tokens[k].is_word() && self.lexicon.conjunctions.contains(&lower[k]) {
            k += 1;
            if tokens
                .get(k)
                .is_some_and(|t| t.is_punct(self.article.text, ','))
            {
                k += 1;
            }
        }
        // "X said A, while Y said B": the clause after the last ", while".
        let coordinated = (k..cue).rev().find(|&j| {
            !tokens[j].in_quote
                && (tokens[j].is_punct(self.article.text, ';')
                    || tokens[j].is_punct(self.article.text, ',')
                        && j + 1 < cue
                        && matches!(
                            &lower[j + 1],
                            "while" | "whereas" | "but" | "although" | "though"
                        ))
        });
        if let Some(j) = coordinated {
            return if tokens[j].is_punct(self.article.text, ';') {
                j + 1
            } else {
                j + 2
            };
        }
        if k < cue && tokens[k].is_word() && self.lexicon.intros.contains(&lower[k]) {
            if let Some(comma) = (k..cue)
                .find(|&j| tokens[j].is_punct(self.article.text, ',') && !tokens[j].in_quote)
            {
                return self.past_state(comma, cue);
            }
        }
        k
    }

    /// The token after the comma that ends an opening phrase, past the state
    /// or country of a place in it ("In Salem, New Hampshire, Roe said"):
    /// capitalised words after the comma of a capitalised word, a second
    /// comma, and a capitalised word after it.
    fn past_state(&self, comma: usize, cue: usize) -> usize {
        let tokens = self.article.tokens;
        let text = self.article.text;
        let capitalised = |k: usize| self.usable(k) && tokens[k].is_capitalised(text);
        if comma == 0 || !capitalised(comma - 1) {
            return comma + 1;
        }
        let words = (comma + 1..cue.min(comma + 4))
            .take_while(|&k| capitalised(k))
            .count();
        let second = comma + 1 + words;
        if words > 0
            && second + 1 < cue
            && tokens[second].is_punct(text, ',')
            && capitalised(second + 1)
        {
            second + 1
        } else {
            comma + 1
        }
    }

    /// The cue is the verb of a relative clause ("…, said Jane Roe, an
    /// economist, who added that …", "Mayor Roe, who has called the plan
    /// …"): its subject is the mention right before "who" (a comma at most
    /// between), with at most two words ("has", "also") from "who" to the cue.
    fn relative_subject(&self, lo: usize, cue: usize) -> Option<usize> {
        let tokens = self.article.tokens;
        let who = (cue.saturating_sub(3).max(lo)..cue)
            .rev()
            .find(|&k| self.usable(k) && &self.article.lower[k] == "who")?;
        // "Rubio, who he dubbed …": "who" is the object, "he" the subject.
        if (who + 1..cue).any(|k| !tokens[k].is_word())
            || self.mentions_in(who + 1, cue).next().is_some()
        {
            return None;
        }
        let m = self.mentions_in(lo, who).last()?;
        let between = self.mentions[m].last_token + 1..who;
        (between.len() <= 1
            && between
                .clone()
                .all(|k| tokens[k].is_punct(self.article.text, ',')))
        .then_some(m)
    }

    /// The mention right before a cue ("…, Trump said", "Rep. Paul Ryan
    /// (R-Wis.) said", "he later said"): at most three words between, not a
    /// possessive. It beats a place or an organisation earlier in the clause
    /// ("In Washington on Friday, the senator said").
    fn subject_next_to_cue(&self, start: usize, cue: usize) -> Option<usize> {
        let tokens = self.article.tokens;
        let m = self.mentions_in(start, cue).last()?;
        let mention = &self.mentions[m];
        let possessive = tokens
            .get(mention.last_token + 1)
            .is_some_and(|t| t.kind == TokenKind::Possessive);
        let between_comma =
            (mention.last_token + 1..cue).any(|k| tokens[k].is_punct(self.article.text, ','));
        // "A spokesman for the health board said", "Prof. Ann Roe of the
        // University of Kerrow said": an object of a preposition (its
        // article between) is not the subject.
        let mut before = mention.extent_first;
        if before > 0
            && self.usable(before - 1)
            && matches!(&self.article.lower[before - 1], "the" | "a" | "an")
        {
            before -= 1;
        }
        let object = before > 0
            && self.usable(before - 1)
            && matches!(
                &self.article.lower[before - 1],
                "for" | "of" | "at" | "from" | "in" | "with" | "to" | "on" | "by" | "about"
            );
        (!possessive
            && !between_comma
            && !object
            && !self.issued(m)
            && self.word_count(mention.last_token + 1, cue) <= 3)
            .then_some(m)
    }

    /// A description that is the object of a verb ("X issued a statement
    /// saying", "Y put out a report calling"): whoever issued it is the
    /// subject of the cue after it, not the document.
    fn issued(&self, m: usize) -> bool {
        let mention = &self.mentions[m];
        let before = mention.extent_first.wrapping_sub(1);
        matches!(mention.kind, MentionKind::Descriptor(_))
            && mention.extent_first > 0
            && self.usable(before)
            && !self.article.tokens[before].is_capitalised(self.article.text)
            && {
                let w = &self.article.lower[before];
                w.ends_with("ed") || matches!(w, "out" | "sent" | "issues" | "releases")
            }
    }

    /// The subject after an opening phrase that names a place or a thing
    /// ("At a fair in Dover, Delaware, Roe said"): when the clause's
    /// first mention does not open it, the first mention right after a comma
    /// or a dash that is not itself followed by a comma.
    fn subject_after_opening(&self, start: usize, hi: usize) -> Option<usize> {
        let tokens = self.article.tokens;
        let text = self.article.text;
        let first = self.mentions_in(start, hi).next()?;
        if self.word_count(start, self.mentions[first].extent_first) == 0 {
            return None;
        }
        self.mentions_in(start, hi).find(|&m| {
            let mention = &self.mentions[m];
            // "…, Gov. Hal Berg said": the title and its dot before the name.
            let mut first = mention.extent_first;
            while first > start + 1
                && mention.extent_first - first < 4
                && (tokens[first - 1].is_punct(text, '.')
                    || self.usable(first - 1)
                        && tokens[first - 1].is_capitalised(text)
                        && self.lexicon.title(&self.article.lower[first - 1]).is_some())
            {
                first -= 1;
            }
            let opens = first > start && {
                let p = tokens[first - 1];
                !p.in_quote
                    && [",", "\u{2014}", "\u{2013}"].contains(&p.text(text))
                    && p.kind == TokenKind::Punct
            };
            let closes = tokens.get(mention.last_token + 1).is_some_and(|t| {
                t.kind == TokenKind::Possessive || t.is_punct(text, ',') || t.is_punct(text, '.')
            });
            opens && !closes
        })
    }

    /// 2. A cue before the quote, in its sentence.
    fn before(&self, q: QuotePosition) -> Option<Attribution> {
        let (sentence_start, sentence_end) = self.sentence_bounds(q.open);
        let channel_end = if q.has_close { sentence_end } else { q.open };
        self.cue_with_subject(sentence_start, q.open, channel_end)
    }

    /// The last cue in `sentence_start..hi` (outside quotes) and its subject.
    fn cue_with_subject(
        &self,
        sentence_start: usize,
        hi: usize,
        channel_end: usize,
    ) -> Option<Attribution> {
        let lo = sentence_start.max(hi.saturating_sub(WINDOW));
        let mut last_cue = None;
        let mut previous_cue = None;
        let mut i = lo;
        while i < hi {
            if let Some(cue) = self.cue_at(i, hi) {
                i = cue.last + 1;
                previous_cue = last_cue.replace(cue);
            } else {
                i += 1;
            }
        }
        let cue = last_cue?;
        let subject_of = |cue: &Cue| {
            if cue.speaker_after {
                self.mentions_in(cue.last + 1, hi).next()
            } else {
                let start = self.clause_start(lo, cue.first);
                self.relative_subject(lo, cue.first)
                    .or_else(|| self.subject_next_to_cue(start, cue.first))
                    .or_else(|| self.subject_after_opening(start, cue.first))
                    .or_else(|| self.mentions_in(start, cue.first).next())
                    .or_else(|| self.mentions_in(lo, cue.first).last())
            }
        };
        // "Roe said, adding that …", "Roe added, saying …": a participle
        // after a comma shares the subject of the cue before it.
        let participle = cue.phrase.ends_with("ing")
            && cue.first > 0
            && self.article.tokens[cue.first - 1].is_punct(self.article.text, ',');
        let subject = match previous_cue
            .as_ref()
            .filter(|p| participle && !p.speaker_after)
        {
            Some(previous) => subject_of(previous),
            None => subject_of(&cue),
        }?;
        Some(self.attribution(subject, &cue, (sentence_start, channel_end.max(hi))))
    }

    /// Rule 5, no cue at all: a quote inside a sentence whose clause opens
    /// with a name, a pronoun or a description is that subject's words
    /// ("Trump later defended his remarks as "sarcastic"", "She wants the
    /// candidates "to admit it""). A possessive ("Trump's "wall"") is not
    /// a subject.
    fn sentence_subject(&self, q: QuotePosition) -> Option<Attribution> {
        let tokens = self.article.tokens;
        // A headline ("Captain hails 'miracle' comeback") has no subject
        // speaking: its line ends without sentence punctuation.
        // Only the next 300 bytes are read: a longer line is a paragraph.
        let text = self.article.text;
        let from = tokens[q.open].start();
        let mut window_end = (from + 300).min(text.len());
        while !text.is_char_boundary(window_end) {
            window_end -= 1;
        }
        let line_end = text[from..window_end].find('\n').map(|n| from + n);
        let headline = line_end
            .or((window_end == text.len()).then_some(window_end))
            .is_some_and(|end| {
                !text[from..end]
                    .trim_end()
                    .ends_with(['.', '!', '?', '…', '"', '”', '\'', '’', ')'])
            });
        if headline {
            return None;
        }
        let (sentence_start, _) = self.sentence_bounds(q.open);
        let start = self.clause_start(sentence_start, q.open);
        let subject = self
            .subject_after_opening(start, q.open)
            .or_else(|| self.mentions_in(start, q.open).next())?;
        let m = &self.mentions[subject];
        let possessive = tokens
            .get(m.last_token + 1)
            .is_some_and(|t| t.kind == TokenKind::Possessive);
        let after_opening = m.extent_first > 0
            && tokens[m.extent_first - 1].kind == TokenKind::Punct
            && !tokens[m.extent_first - 1].in_quote;
        if possessive
            || m.extent_first < start
            || self.word_count(start, m.extent_first) > 0 && !after_opening
        {
            return None;
        }
        Some(Attribution {
            mention: Some(subject),
            cue: None,
            cue_span: None,
            channel: self.channel_in(sentence_start, q.open),
            inherited: false,
            relative: None,
        })
    }

    /// A quote right after a colon, in its sentence or opening the paragraph
    /// after one ("Roe concludes: “…”", "… issued this statement:" then the
    /// quote): the cue before the colon with its subject, else the clause's
    /// first mention that is not the object of a preposition, else its first.
    fn colon_subject(&self, q: QuotePosition) -> Option<Attribution> {
        let tokens = self.article.tokens;
        let colon = q.open.checked_sub(1)?;
        if !tokens[colon].is_punct(self.article.text, ':') || tokens[colon].in_quote {
            return None;
        }
        let (start, _) = self.sentence_bounds(colon);
        let inherited = tokens[colon].paragraph() != tokens[q.open].paragraph();
        if let Some(mut a) = self.cue_with_subject(start, colon, colon) {
            a.inherited = inherited;
            return Some(a);
        }
        let clause = self.clause_start(start, colon);
        let object = |m: usize| {
            let first = self.mentions[m].extent_first;
            first > 0
                && self.usable(first - 1)
                && matches!(
                    &self.article.lower[first - 1],
                    "for" | "of" | "at" | "from" | "in" | "with" | "to" | "on" | "by" | "about"
                )
        };
        let subject = self
            .mentions_in(clause, colon)
            .find(|&m| !object(m))
            .or_else(|| self.mentions_in(clause, colon).next())?;
        Some(Attribution {
            mention: Some(subject),
            cue: None,
            cue_span: None,
            channel: self.channel_in(start, colon),
            inherited,
            relative: None,
        })
    }

    /// 4. A cue in the previous sentence of the same paragraph.
    fn previous_sentence(&self, q: QuotePosition) -> Option<Attribution> {
        let tokens = self.article.tokens;
        let (sentence_start, _) = self.sentence_bounds(q.open);
        // The sentence before, in the same paragraph or ending the paragraph
        // just before ("…, she explained why she keeps returning to the sea.").
        if sentence_start == 0
            || tokens[sentence_start - 1].paragraph() + 2 < tokens[q.open].paragraph()
        {
            return None;
        }
        let (previous_start, _) = self.sentence_bounds(sentence_start - 1);
        self.cue_with_subject(previous_start, sentence_start, sentence_start)
            .map(|mut a| {
                a.inherited = true;
                a
            })
    }

    /// Attribute every quote of the article (`positions` in text order;
    /// `continues[i]`: quote i continues quote i-1 across a paragraph).
    pub fn attribute_all(
        &self,
        positions: &[QuotePosition],
        continues: &[bool],
    ) -> Vec<Attribution> {
        let tokens = self.article.tokens;
        let mut out: Vec<Attribution> = Vec::with_capacity(positions.len());
        for (n, &q) in positions.iter().enumerate() {
            let next_open = positions.get(n + 1).map_or(tokens.len(), |p| p.open);
            let introduced = q.open > 0 && tokens[q.open - 1].is_punct(self.article.text, ':');
            let (sentence_start, _) = self.sentence_bounds(q.open);
            let opens_sentence = sentence_start == q.open;
            let own = self.signed(q);
            let own = own.or_else(|| {
                if q.embedded || introduced {
                    self.before(q).or_else(|| self.after(q, next_open))
                } else {
                    self.after(q, next_open).or_else(|| self.before(q))
                }
            });
            let own = own.or_else(|| self.colon_subject(q));
            let attribution = own.or_else(|| {
                let previous = n.checked_sub(1).map(|p| (positions[p], &out[p]))?;
                let (p, a) = previous;
                let close_paragraph = tokens[p.close].paragraph();
                let open_paragraph = tokens[q.open].paragraph();
                let near = tokens[q.open]
                    .sentence()
                    .saturating_sub(tokens[p.close].sentence())
                    <= 2
                    && open_paragraph <= close_paragraph + 2;
                // `“…,” said X, “…”`: the second piece shares the first's cue.
                let split = a.cue_span.is_some_and(|cue| {
                    tokens[p.close].sentence() == tokens[q.open].sentence()
                        && cue.start >= tokens[p.close].end()
                        && cue.end <= tokens[q.open].start()
                });
                (a.mention.is_some() && (near && opens_sentence || split)).then(|| Attribution {
                    inherited: true,
                    ..a.clone()
                })
            });
            let attribution = attribution
                .or_else(|| opens_sentence.then(|| self.previous_sentence(q)).flatten())
                .or_else(|| {
                    (!opens_sentence)
                        .then(|| self.sentence_subject(q))
                        .flatten()
                })
                .unwrap_or_default();
            let mut attribution = attribution;
            if let (Some(m), false) = (attribution.mention, attribution.inherited) {
                let before = attribution.cue_span.map_or(q.open, |cue| {
                    tokens.partition_point(|t| t.start() < cue.start)
                });
                // The role's apposition ends before the cue or the quote
                // after it, else with its sentence.
                let last = self.mentions[m].last_token;
                let limit = [before, q.open]
                    .into_iter()
                    .filter(|&b| b > last)
                    .min()
                    .unwrap_or_else(|| self.sentence_bounds(last).1);
                let m = self.past_role(m, limit);
                attribution.mention = Some(m);
                attribution.relative = self.relative_pronoun(m, before.min(q.open));
            }
            out.push(attribution);
        }
        // A multi-paragraph quote has one attribution: the first found.
        let mut n = 0;
        while n < out.len() {
            let mut end = n + 1;
            while end < out.len() && continues[end] {
                end += 1;
            }
            if let Some(found) = out[n..end].iter().find(|a| a.mention.is_some()).cloned() {
                for a in &mut out[n..end] {
                    if a.mention.is_none() {
                        *a = found.clone();
                    }
                }
            }
            n = end;
        }
        out
    }
}
