//! Quotes by speaker: every speaker with their role and all their quotes;
//! quotes of the same statement grouped into one entry with each wording and
//! article; attribution conflicts flagged with the evidence (which article
//! says whom, through which channel and cue). Quotes link into the reader.

use leptos::prelude::*;

use crate::app::use_state;
use crate::model::{clip, valid_span, Model};
use crate::reader::why_text;
use crate::route::Route;

#[component]
pub fn SpeakersView(slug: Option<String>) -> impl IntoView {
    let state = use_state();
    move || {
        let model = state.model.get().0;
        let chosen = slug.as_deref().and_then(|s| model.speaker_by_slug(s)).map(|(i, _)| i);
        let unknown = slug.is_some() && chosen.is_none();
        view! {
            <section class="wl-view wl-speakers" aria-labelledby="wl-view-title" data-testid="speakers">
                <h2 id="wl-view-title" tabindex="-1">
                    {match chosen {
                        Some(i) => model.analysis.speakers[i].name.clone(),
                        None => "Speakers".to_string(),
                    }}
                </h2>
                {unknown.then(|| view! {
                    <p class="wl-notice">{format!("No speaker “{}” in this corpus.", slug.clone().unwrap_or_default())}</p>
                })}
                <div class="wl-speakers-layout">
                    {speaker_list(&model, chosen)}
                    <div class="wl-speaker-main">
                        {match chosen {
                            Some(i) => speaker_detail(&model, i).into_any(),
                            None => conflicts(&model).into_any(),
                        }}
                    </div>
                </div>
            </section>
        }
    }
}

fn speaker_list(model: &Model, chosen: Option<usize>) -> impl IntoView {
    let mut order: Vec<usize> = (0..model.analysis.speakers.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(model.analysis.speakers[i].quotes.len()));
    view! {
        <nav class="wl-speaker-nav" aria-label="Speakers">
            {order.is_empty().then(|| view! {
                <p class="wl-muted">"No quoted speaker was found in these articles."</p>
            })}
            <ul data-testid="speaker-list">
                {order.into_iter().map(|i| {
                    let speaker = &model.analysis.speakers[i];
                    let href = Route::Speaker(model.speaker_slugs[i].clone()).to_hash();
                    let count = speaker.quotes.len();
                    view! {
                        <li>
                            <a href=href aria-current=(chosen == Some(i)).then_some("page")
                                data-testid="speaker-link" data-speaker=speaker.name.clone()>
                                <span class="wl-speaker-name">{speaker.name.clone()}</span>
                                {speaker.role.clone().map(|r| view! { <span class="wl-muted">{format!(" — {r}")}</span> })}
                                <span class="wl-count">{format!(" {count} quote{}", if count == 1 { "" } else { "s" })}</span>
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}

fn speaker_detail(model: &Model, index: usize) -> impl IntoView {
    let speaker = &model.analysis.speakers[index];
    let mut utterance_ids: Vec<usize> = speaker
        .quotes
        .iter()
        .filter_map(|&q| model.quote(q))
        .map(|q| q.utterance)
        .collect();
    utterance_ids.sort_unstable();
    utterance_ids.dedup();
    let aliases = (!speaker.aliases.is_empty()).then(|| {
        view! { <p>{format!("Also named: {}", speaker.aliases.join(", "))}</p> }
    });
    view! {
        <div data-testid="speaker-detail" data-speaker=speaker.name.clone()>
            <p class="wl-role">{speaker.role.clone().unwrap_or_else(|| "Role not given in the text".into())}</p>
            {aliases}
            <p>{format!("{} quote(s) in {} statement(s).", speaker.quotes.len(), utterance_ids.len())}</p>
            <ol class="wl-utterances">
                {utterance_ids.into_iter().map(|u| utterance_card(model, u)).collect_view()}
            </ol>
        </div>
    }
}

fn conflicts(model: &Model) -> impl IntoView {
    let conflicted: Vec<usize> = model
        .analysis
        .utterances
        .iter()
        .filter(|u| u.conflict)
        .map(|u| u.id)
        .collect();
    view! {
        <h3>"Attribution conflicts"</h3>
        <p>"The same words attributed to different speakers or channels in different articles. Choose a speaker to see all of their quotes."</p>
        {conflicted.is_empty().then(|| view! { <p class="wl-muted" data-testid="no-conflicts">"No conflicting attribution was found."</p> })}
        <ol class="wl-utterances">
            {conflicted.into_iter().map(|u| utterance_card(model, u)).collect_view()}
        </ol>
    }
}

/// One statement: each wording, in which article, attributed to whom, how.
fn utterance_card(model: &Model, id: usize) -> impl IntoView {
    let Some(utterance) = model.utterance(id) else {
        return ().into_any();
    };
    let rows = utterance
        .quotes
        .iter()
        .filter_map(|&q| model.quote(q))
        .map(|quote| {
            let doc = model.doc_index(&quote.doc);
            let short = doc.map(|d| model.short_ids[d].clone()).unwrap_or_else(|| quote.doc.clone());
            let href = Route::article_at(&short, quote.start..quote.end).to_hash();
            let mention = doc.and_then(|d| {
                let text = &model.docs[d].text;
                quote
                    .mention
                    .map(|m| m.start..m.end)
                    .filter(|m| valid_span(text, m))
                    .map(|m| text[m].to_string())
            });
            let speaker = quote.speaker.clone().unwrap_or_else(|| "no named speaker".into());
            let why = why_text(quote.cue.as_deref(), mention.as_deref(), quote.channel.as_deref());
            view! {
                <li class="wl-quote-row" data-testid="utterance-quote">
                    <p class="wl-quote-meta">
                        <span class=format!("wl-swatch wl-c{}", doc.unwrap_or(0) % 8) aria-hidden="true"></span>
                        <strong>{short}</strong>
                        {format!(" · attributed to {speaker}")}
                        {quote.channel.clone().map(|c| format!(" · via {c}"))}
                    </p>
                    <p class="wl-quote-words"><a href=href data-testid="quote-link">{format!("“{}”", clip(&quote.text, 220))}</a></p>
                    <p class="wl-quote-meta wl-why">{why}</p>
                </li>
            }
        })
        .collect_view();
    let conflict = utterance.conflict;
    let evidence = conflict.then(|| {
        let mut claims: Vec<String> = utterance
            .quotes
            .iter()
            .filter_map(|&q| model.quote(q))
            .map(|q| {
                let short = model
                    .doc_index(&q.doc)
                    .map(|d| model.short_ids[d].clone())
                    .unwrap_or_else(|| q.doc.clone());
                let who = q.speaker.clone().unwrap_or_else(|| "no named speaker".into());
                match &q.channel {
                    Some(channel) => format!("{short} says {who}, via {channel}"),
                    None => format!("{short} says {who}"),
                }
            })
            .collect();
        let mut seen = Vec::new();
        claims.retain(|claim| {
            let first = !seen.contains(claim);
            seen.push(claim.clone());
            first
        });
        view! {
            <p class="wl-conflict" data-testid="conflict-evidence">
                <strong>"⚠ Conflicting attribution: "</strong>{claims.join("; ")}"."
            </p>
        }
    });
    view! {
        <li class=if conflict { "wl-utterance wl-has-conflict" } else { "wl-utterance" }
            data-testid="utterance" data-conflict=conflict.to_string()>
            {evidence}
            <ul class="wl-quote-rows">{rows}</ul>
        </li>
    }
    .into_any()
}
