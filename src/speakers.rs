//! Quotes by speaker: every speaker with their role and all their quotes;
//! quotes of the same statement grouped into one entry with each wording and
//! article; attribution conflicts flagged with the evidence (which article
//! says whom, through which channel and cue). Quotes link into the reader.
//! Read-only, so written as HTML text.

use leptos::prelude::*;

use crate::app::use_state;
use crate::html::{Html, Markup};
use crate::model::{clip, valid_span, Model};
use crate::order::sort_by_numbers;
use crate::reader::{conflict_class, conflict_kind_name, conflict_title, source_words, why_text};
use crate::route::Route;
use crate::summary::plural;
use wirelens::{SpeakerKind, Utterance};

#[component]
pub fn SpeakersView(slug: Option<String>) -> impl IntoView {
    let state = use_state();
    let speakers: Markup = Box::new(move || speakers_html(&state.model.get().0, slug.as_deref()));
    view! {
        <section class="wl-view wl-speakers" aria-labelledby="wl-view-title" data-testid="speakers"
            inner_html=speakers>
        </section>
    }
}

/// The speakers view as HTML: the list, then one speaker or the conflicts.
pub fn speakers_html(model: &Model, slug: Option<&str>) -> String {
    let chosen = slug.and_then(|s| model.speaker_by_slug(s)).map(|(i, _)| i);
    let mut html = Html::new();
    let title = chosen.map_or("Speakers", |i| model.analysis.speakers[i].name.as_str());
    html.element(
        "h2",
        &[("id", Some("wl-view-title")), ("tabindex", Some("-1"))],
        title,
    );
    if let (Some(slug), None) = (slug, chosen) {
        html.element(
            "p",
            &[("class", Some("wl-notice"))],
            &format!("No speaker “{slug}” in this corpus."),
        );
    }
    html.open("div", &[("class", Some("wl-speakers-layout"))]);
    speaker_list(&mut html, model, chosen);
    html.open("div", &[("class", Some("wl-speaker-main"))]);
    match chosen {
        Some(i) => speaker_detail(&mut html, model, i),
        None => conflicts(&mut html, model),
    }
    html.close("div").close("div");
    html.finish()
}

fn speaker_list(html: &mut Html, model: &Model, chosen: Option<usize>) {
    let mut order: Vec<usize> = (0..model.analysis.speakers.len()).collect();
    sort_by_numbers(&mut order, |&i| {
        [usize::MAX - model.analysis.speakers[i].quotes.len(), 0, 0]
    });
    html.open(
        "nav",
        &[
            ("class", Some("wl-speaker-nav")),
            ("aria-label", Some("Speakers")),
        ],
    );
    if order.is_empty() {
        html.element(
            "p",
            &[("class", Some("wl-muted"))],
            "No quoted speaker was found in these articles.",
        );
    }
    html.open("ul", &[("data-testid", Some("speaker-list"))]);
    for i in order {
        let speaker = &model.analysis.speakers[i];
        let href = Route::Speaker(model.speaker_slugs[i].clone()).to_hash();
        let count = speaker.quotes.len();
        html.open("li", &[])
            .open(
                "a",
                &[
                    ("href", Some(&href)),
                    ("aria-current", (chosen == Some(i)).then_some("page")),
                    ("data-testid", Some("speaker-link")),
                    ("data-speaker", Some(&speaker.name)),
                ],
            )
            .element("span", &[("class", Some("wl-speaker-name"))], &speaker.name)
            .text(" ")
            .element(
                "span",
                &[
                    ("class", Some("wl-kind")),
                    ("data-testid", Some("speaker-kind")),
                    ("data-kind", Some(speaker.kind.name())),
                ],
                speaker.kind.name(),
            );
        if let Some(role) = &speaker.role {
            html.element(
                "span",
                &[("class", Some("wl-muted"))],
                &format!(" — {role}"),
            );
        }
        html.element(
            "span",
            &[("class", Some("wl-count"))],
            &format!(" {count} quote{}", if count == 1 { "" } else { "s" }),
        )
        .close("a")
        .close("li");
    }
    html.close("ul").close("nav");
}

fn speaker_detail(html: &mut Html, model: &Model, index: usize) {
    let speaker = &model.analysis.speakers[index];
    let mut utterance_ids: Vec<usize> = speaker
        .quotes
        .iter()
        .filter_map(|&q| model.quote(q))
        .map(|q| q.utterance)
        .collect();
    wirelens::order::sort_numbers(&mut utterance_ids, |u| u as u64);
    utterance_ids.dedup();
    html.open(
        "div",
        &[
            ("data-testid", Some("speaker-detail")),
            ("data-speaker", Some(&speaker.name)),
        ],
    )
    .element(
        "p",
        &[("class", Some("wl-role"))],
        speaker
            .role
            .as_deref()
            .unwrap_or("Role not given in the text"),
    )
    .element(
        "p",
        &[
            ("data-testid", Some("speaker-source-kind")),
            ("data-kind", Some(speaker.kind.name())),
        ],
        &format!("Source: {}.", source_words(speaker.kind)),
    );
    if !speaker.aliases.is_empty() {
        html.element(
            "p",
            &[],
            &format!("Also named: {}", speaker.aliases.join(", ")),
        );
    }
    html.element(
        "p",
        &[],
        &format!(
            "{} in {}.",
            plural(speaker.quotes.len(), "quote", "quotes"),
            plural(utterance_ids.len(), "statement", "statements")
        ),
    )
    .open("ol", &[("class", Some("wl-utterances"))]);
    for u in utterance_ids {
        utterance_card(html, model, u);
    }
    html.close("ol").close("div");
}

fn conflicts(html: &mut Html, model: &Model) {
    html.element("h3", &[], "Attribution conflicts").element(
        "p",
        &[],
        "The same words attributed to different speakers or channels in different articles: \
         a real conflict when they are different people; a mild one when a spokesperson and \
         their own organisation are named, or the same speaker through another channel \
         (a statement, a news conference). Real conflicts come first. \
         Choose a speaker to see all of their quotes.",
    );
    let mut conflicted: Vec<&Utterance> = model
        .analysis
        .utterances
        .iter()
        .filter(|u| u.conflict)
        .collect();
    // Real conflicts first (the kinds are ordered strongest first).
    sort_by_numbers(&mut conflicted, |u| {
        [u.conflict_kind.map_or(0, |k| k as usize), u.id, 0]
    });
    let conflicted: Vec<usize> = conflicted.into_iter().map(|u| u.id).collect();
    if conflicted.is_empty() {
        html.element(
            "p",
            &[
                ("class", Some("wl-muted")),
                ("data-testid", Some("no-conflicts")),
            ],
            "No conflicting attribution was found.",
        );
    }
    html.open("ol", &[("class", Some("wl-utterances"))]);
    for u in conflicted {
        utterance_card(html, model, u);
    }
    html.close("ol");
}

/// One statement: each wording, in which article, attributed to whom, how.
fn utterance_card(html: &mut Html, model: &Model, id: usize) {
    let Some(utterance) = model.utterance(id) else {
        return;
    };
    let quotes: Vec<_> = utterance
        .quotes
        .iter()
        .filter_map(|&q| model.quote(q))
        .collect();
    let short_of = |doc: &str| {
        model
            .doc_index(doc)
            .map(|d| model.short_ids[d].clone())
            .unwrap_or_else(|| doc.to_string())
    };
    let conflict = utterance.conflict;
    html.open(
        "li",
        &[
            (
                "class",
                Some(if conflict {
                    "wl-utterance wl-has-conflict"
                } else {
                    "wl-utterance"
                }),
            ),
            ("data-testid", Some("utterance")),
            (
                "data-conflict",
                Some(if conflict { "true" } else { "false" }),
            ),
            (
                "data-conflict-kind",
                conflict.then(|| conflict_kind_name(utterance.conflict_kind)),
            ),
        ],
    );
    if conflict {
        let mut claims: Vec<String> = Vec::new();
        for q in &quotes {
            let who = q.speaker.as_deref().unwrap_or("no named speaker");
            let claim = match &q.channel {
                Some(channel) => format!("{} says {who}, via {channel}", short_of(&q.doc)),
                None => format!("{} says {who}", short_of(&q.doc)),
            };
            if !claims.contains(&claim) {
                claims.push(claim);
            }
        }
        html.open(
            "p",
            &[
                ("class", Some(conflict_class(utterance.conflict_kind))),
                ("data-testid", Some("conflict-evidence")),
            ],
        )
        .element(
            "strong",
            &[],
            &format!("{}: ", conflict_title(utterance.conflict_kind)),
        )
        .text(&format!("{}.", claims.join("; ")))
        .close("p");
    }
    html.open("ul", &[("class", Some("wl-quote-rows"))]);
    for quote in quotes {
        let doc = model.doc_index(&quote.doc);
        let short = short_of(&quote.doc);
        let href = Route::article_at(&short, quote.start..quote.end).to_hash();
        let mention = doc.and_then(|d| {
            let text = &model.docs[d].text;
            quote
                .mention
                .map(|m| m.start..m.end)
                .filter(|m| valid_span(text, m))
                .map(|m| &text[m])
        });
        let speaker = quote.speaker.as_deref().unwrap_or("no named speaker");
        let mut meta = format!(" · attributed to {speaker}");
        if let Some(channel) = &quote.channel {
            meta.push_str(&format!(" · via {channel}"));
        }
        html.open(
            "li",
            &[
                ("class", Some("wl-quote-row")),
                ("data-testid", Some("utterance-quote")),
            ],
        )
        .open("p", &[("class", Some("wl-quote-meta"))])
        .swatch(doc.unwrap_or(0))
        .element("strong", &[], &short)
        .text(&meta)
        .close("p")
        .open("p", &[("class", Some("wl-quote-words"))])
        .element(
            "a",
            &[("href", Some(&href)), ("data-testid", Some("quote-link"))],
            &format!("“{}”", clip(&quote.text, 220)),
        )
        .close("p")
        .element(
            "p",
            &[("class", Some("wl-quote-meta wl-why"))],
            &why_text(
                quote.cue.as_deref(),
                mention,
                quote.channel.as_deref(),
                // Each row names its speaker: say the kind only when it is
                // not a person ("the report" is a document).
                quote
                    .speaker
                    .as_deref()
                    .and_then(|n| model.speaker_kind(n))
                    .filter(|k| *k != SpeakerKind::Person),
            ),
        )
        .close("li");
    }
    html.close("ul").close("li");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seeds::seed_documents;

    #[test]
    fn lists_speakers_and_opens_one() {
        let model = Model::build(seed_documents());
        let all = speakers_html(&model, None);
        assert_eq!(
            all.matches("data-testid=\"speaker-link\"").count(),
            model.analysis.speakers.len()
        );
        let unknown = speakers_html(&model, Some("nobody"));
        assert!(unknown.contains("No speaker “nobody”"));
        if let Some(slug) = model.speaker_slugs.first() {
            let one = speakers_html(&model, Some(slug));
            assert!(one.contains("data-testid=\"speaker-detail\""));
            assert!(one.contains("data-testid=\"speaker-source-kind\""));
        }
    }

    #[test]
    fn speakers_show_their_kind_and_conflicts_their_kind() {
        let model = Model::build(seed_documents());
        let all = speakers_html(&model, None);
        assert!(all.contains("data-kind=\"organisation\">organisation</span>"));
        assert!(all.contains("data-kind=\"person\">person</span>"));
        assert_eq!(all.matches("data-conflict-kind=\"same_source\"").count(), 4);
        assert_eq!(all.matches("data-conflict-kind=\"channel\"").count(), 1);
        assert!(all.contains("Mild conflict — same speaker, different channel"));
        assert!(all.contains("Mild conflict — spokesperson vs own organisation"));
        assert!(!all.contains("Real conflict — different people:"));
    }

    #[test]
    fn a_document_is_shown_as_a_document_and_real_conflicts_come_first() {
        use wirelens::Document;
        let model = Model::build(vec![
            Document::new("000", "Schools\n\n\"Teachers are leaving in large numbers this year,\" the report said."),
            Document::new("001", "Mayor Laura Vance spoke.\n\n\"The bridge will reopen to traffic on the first of March,\" Vance said in a statement."),
            Document::new("002", "Mayor Laura Vance spoke again.\n\n\"The bridge will reopen to traffic on the first of March,\" Vance told a news conference."),
            Document::new("003", "Health minister Anna Berg spoke.\n\n\"We will open four new hospitals in the north before the winter,\" Berg said."),
            Document::new("004", "Opposition leader Tomas Lind spoke.\n\n\"We will open four new hospitals in the north before the winter,\" Lind said."),
        ]);
        let all = speakers_html(&model, None);
        assert!(
            all.contains("data-kind=\"document\">document</span>"),
            "{all}"
        );
        let real = all
            .find("Real conflict — different people")
            .expect("real conflict");
        let mild = all
            .find("Mild conflict — same speaker")
            .expect("channel conflict");
        assert!(real < mild, "real conflicts first");
        let slug = model
            .slug_of("the report")
            .expect("the report is a speaker");
        let one = speakers_html(&model, Some(slug));
        assert!(one.contains("Source: a document or publication, not a person."));
    }
}
