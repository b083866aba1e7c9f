//! The article reader: one article's text with its reused passages
//! highlighted (colour of the other article plus a written label), repeats
//! within the article marked, quotes underlined with a speaker badge, and a
//! side panel with the legend and the details of what is selected: where else
//! a passage appears (with links there) and why a quote is attributed as it is.

use std::ops::Range;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::{navigate, use_state};
use crate::model::{clip, valid_span, Model};
use crate::route::Route;
use crate::segments::{paragraphs, Segment};

/// What a mark in the text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// Index into the model's occurrences of this article.
    Reuse(usize),
    /// Quote id.
    Quote(usize),
    /// The mention the quote with this id is attributed through.
    Mention(usize),
}

/// What the reader has selected (by hover, focus, tap, or a link's span).
#[derive(Debug, Clone, Default, PartialEq)]
struct Selection {
    occurrences: Vec<usize>,
    quote: Option<usize>,
}

#[component]
pub fn ReaderView(doc: Option<String>, focus: Option<Range<usize>>) -> impl IntoView {
    let state = use_state();
    move || {
        let model = state.model.get().0;
        let index = match doc.as_deref() {
            Some(key) => model.resolve_doc(key),
            None => (!model.docs.is_empty()).then_some(0),
        };
        match index {
            Some(index) => reader(model, index, focus.clone()).into_any(),
            None => missing_article(&model, doc.clone()).into_any(),
        }
    }
}

fn missing_article(model: &Model, key: Option<String>) -> impl IntoView {
    let message = match key {
        Some(key) => format!("There is no article “{key}” in the corpus. Choose one below."),
        None => "There are no articles. Add one under “Your articles”.".into(),
    };
    view! {
        <section class="wl-view" aria-labelledby="wl-view-title" data-testid="reader">
            <h2 id="wl-view-title" tabindex="-1">"Reader"</h2>
            <p class="wl-notice">{message}</p>
            {article_picker(model, None)}
        </section>
    }
}

fn article_picker(model: &Model, current: Option<usize>) -> impl IntoView {
    view! {
        <nav class="wl-picker" aria-label="Choose an article">
            <ul>
                {(0..model.docs.len()).map(|i| {
                    let href = Route::article(&model.short_ids[i]).to_hash();
                    view! {
                        <li>
                            <a href=href aria-current=(current == Some(i)).then_some("page")
                                title=model.docs[i].title().to_string()
                                data-testid="reader-article-link">
                                <span class=format!("wl-swatch wl-c{}", i % 8) aria-hidden="true"></span>
                                {model.short_ids[i].clone()}
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}

fn reader(model: Arc<Model>, doc: usize, focus: Option<Range<usize>>) -> impl IntoView {
    let text = model.docs[doc].text.as_str();
    let occurrences = &model.occurrences[doc];
    let mut marks: Vec<(Range<usize>, Mark)> = occurrences
        .iter()
        .enumerate()
        .map(|(k, o)| (o.span.clone(), Mark::Reuse(k)))
        .collect();
    for &id in &model.quotes_by_doc[doc] {
        let Some(quote) = model.quote(id) else { continue };
        marks.push((quote.start..quote.end, Mark::Quote(id)));
        if let Some(mention) = quote.mention {
            marks.push((mention.start..mention.end, Mark::Mention(id)));
        }
    }
    let ranges: Vec<Range<usize>> = marks.iter().map(|(r, _)| r.clone()).collect();
    let focus = focus.filter(|f| valid_span(text, f));

    let initial = focus
        .as_ref()
        .map(|f| Selection {
            occurrences: (0..occurrences.len())
                .filter(|&k| overlaps(&occurrences[k].span, f))
                .collect(),
            quote: model.quotes_by_doc[doc].iter().copied().find(|&id| {
                model
                    .quote(id)
                    .is_some_and(|q| overlaps(&(q.start..q.end), f))
            }),
        })
        .unwrap_or_default();
    let selection = RwSignal::new(initial);

    let body = paragraphs(text, &ranges)
        .into_iter()
        .map(|paragraph| {
            let pieces = paragraph
                .segments
                .iter()
                .map(|segment| segment_view(&model, doc, segment, &marks, focus.as_ref(), selection))
                .collect_view();
            view! { <p>{pieces}</p> }
        })
        .collect_view();

    if focus.is_some() {
        request_animation_frame(focus_first_target);
    }

    let summary = &model.analysis.documents[doc];
    let words = text.split_whitespace().count();
    let meta = format!(
        "{} · {words} words · {}% original",
        model.short_ids[doc],
        (summary.original_share.clamp(0.0, 1.0) * 100.0).round()
    );
    let title = clip(model.docs[doc].title(), 110);
    view! {
        <section class="wl-view wl-reader" aria-labelledby="wl-view-title" data-testid="reader"
            data-doc=model.docs[doc].id.clone()>
            {article_picker(&model, Some(doc))}
            <div class="wl-reader-layout">
                <article class="wl-text" aria-labelledby="wl-view-title" data-testid="reader-text">
                    <h2 id="wl-view-title" tabindex="-1">{title}</h2>
                    <p class="wl-muted">{meta}</p>
                    {body}
                </article>
                <aside class="wl-side" aria-label="Legend and details">
                    {details(model.clone(), doc, selection)}
                    {legend(&model, doc)}
                </aside>
            </div>
        </section>
    }
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

fn focus_first_target() {
    let target = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("#wl-main .wl-target").ok().flatten());
    if let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        element.scroll_into_view_with_scroll_into_view_options(&options);
        let _ = element.focus();
    }
}

fn segment_view(
    model: &Arc<Model>,
    doc: usize,
    segment: &Segment,
    marks: &[(Range<usize>, Mark)],
    focus: Option<&Range<usize>>,
    selection: RwSignal<Selection>,
) -> AnyView {
    let text = &model.docs[doc].text[segment.range.clone()];
    let occurrences = &model.occurrences[doc];
    let mut reuse = Vec::new();
    let mut quote = None;
    let mut mention_of = None;
    for &m in &segment.marks {
        match marks[m].1 {
            Mark::Reuse(k) => reuse.push(k),
            Mark::Quote(id) => quote = quote.or(Some(id)),
            Mark::Mention(id) => mention_of = mention_of.or(Some(id)),
        }
    }
    if reuse.is_empty() && quote.is_none() && mention_of.is_none() {
        return text.to_string().into_any();
    }

    let mut class = String::from("wl-seg");
    let others: Vec<usize> = reuse
        .iter()
        .map(|&k| occurrences[k].other_doc)
        .filter(|&other| other != doc)
        .collect();
    let is_repeat = reuse.iter().any(|&k| occurrences[k].is_repeat(doc));
    if let Some(first) = others.iter().min() {
        class.push_str(&format!(" wl-reuse wl-c{}", first % 8));
    }
    if is_repeat {
        class.push_str(" wl-repeat");
    }
    if quote.is_some() {
        class.push_str(" wl-quote");
    }
    if mention_of.is_some() {
        class.push_str(" wl-mention");
    }
    if focus.is_some_and(|f| overlaps(f, &segment.range)) {
        class.push_str(" wl-target");
    }

    // The written cue at the start of each passage: which articles, or "repeated".
    let starting: Vec<usize> = reuse
        .iter()
        .copied()
        .filter(|&k| occurrences[k].span.start == segment.range.start)
        .collect();
    let label = (!starting.is_empty()).then(|| {
        let mut names: Vec<String> = starting
            .iter()
            .filter(|&&k| !occurrences[k].is_repeat(doc))
            .map(|&k| model.short_ids[occurrences[k].other_doc].clone())
            .collect();
        names.sort();
        names.dedup();
        let repeated = starting.iter().any(|&k| occurrences[k].is_repeat(doc));
        let mut words = Vec::new();
        if !names.is_empty() {
            words.push(format!("also in {}", names.join(", ")));
        }
        if repeated {
            words.push("repeated here".to_string());
        }
        view! { <span class="wl-src" data-testid="reuse-label">{format!("[{}]", words.join("; "))}</span> }
    });

    let badge = quote.and_then(|id| {
        let q = model.quote(id)?;
        (q.end == segment.range.end).then(|| speaker_badge(model, id))
    });

    let mut other_names: Vec<String> = others.iter().map(|&o| model.docs[o].id.clone()).collect();
    other_names.sort();
    other_names.dedup();
    let interactive = !reuse.is_empty() || quote.is_some();
    let selected_reuse = reuse.clone();
    let class = move || {
        let selected = selection.with(|s| {
            s.occurrences.iter().any(|k| selected_reuse.contains(k))
                || (quote.is_some() && s.quote == quote)
        });
        let mention_active = mention_of.is_some() && selection.with(|s| s.quote == mention_of);
        format!(
            "{class}{}{}",
            if selected { " wl-selected" } else { "" },
            if mention_active { " wl-mention-active" } else { "" }
        )
    };
    let select = {
        let reuse = reuse.clone();
        move || {
            selection.set(Selection {
                occurrences: reuse.clone(),
                quote,
            })
        }
    };
    let (on_hover, on_focus, on_enter, on_click) =
        (select.clone(), select.clone(), select.clone(), select);
    let first_source = reuse
        .iter()
        .find(|&&k| !occurrences[k].is_repeat(doc))
        .or(reuse.first())
        .map(|&k| {
            let o = &occurrences[k];
            Route::article_at(&model.short_ids[o.other_doc], o.other_span.clone())
        });
    let role = if quote.is_some() && reuse.is_empty() {
        "Quote: select to see who said it"
    } else if is_repeat && others.is_empty() {
        "Repeated within this article: select to see where; Enter jumps there"
    } else {
        "Shared passage: select to see where else it appears; Enter jumps there"
    };
    view! {
        {label}
        <span
            class=class
            tabindex=interactive.then_some("0")
            role=interactive.then_some("button")
            aria-description=interactive.then_some(role)
            data-testid=if !reuse.is_empty() { "reuse" } else if quote.is_some() { "quote" } else { "mention" }
            data-also=other_names.join(" ")
            data-repeat=is_repeat.to_string()
            data-quote=quote.map(|q| q.to_string())
            on:mouseenter=move |_| if interactive { on_hover() }
            on:focus=move |_| if interactive { on_focus() }
            on:click=move |_| if interactive { on_click() }
            on:keydown=move |ev: web_sys::KeyboardEvent| {
                if !interactive {
                    return;
                }
                if ev.key() == "Enter" {
                    ev.prevent_default();
                    if let Some(route) = &first_source {
                        navigate(route);
                    } else {
                        on_enter();
                    }
                } else if ev.key() == " " {
                    ev.prevent_default();
                    on_enter();
                }
            }
        >
            {text.to_string()}
        </span>
        {badge}
    }
    .into_any()
}

fn speaker_badge(model: &Model, quote_id: usize) -> impl IntoView {
    let quote = model.quote(quote_id);
    let speaker = quote.and_then(|q| q.speaker.clone());
    let href = speaker
        .as_deref()
        .and_then(|name| model.slug_of(name))
        .map(|slug| Route::Speaker(slug.to_string()).to_hash());
    let (text, title) = match &speaker {
        Some(name) => (short_name(name), format!("Quote attributed to {name}")),
        None => ("?".to_string(), "Quote with no named speaker".to_string()),
    };
    match href {
        Some(href) => view! {
            <a class="wl-badge" href=href title=title.clone() aria-label=title data-testid="speaker-badge">{text}</a>
        }
        .into_any(),
        None => view! {
            <span class="wl-badge wl-badge-unknown" title=title.clone() aria-label=title data-testid="speaker-badge">{text}</span>
        }
        .into_any(),
    }
}

/// The last word of a person's name ("Mujahid"); organisations keep their initials or name.
fn short_name(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() >= 3 && words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        if let Some(acronym) = name.split(['(', ')']).nth(1) {
            return acronym.to_string();
        }
    }
    if words.len() == 2 {
        return words[1].to_string();
    }
    name.to_string()
}

fn legend(model: &Model, doc: usize) -> impl IntoView {
    let mut others: Vec<usize> = model.occurrences[doc]
        .iter()
        .map(|o| o.other_doc)
        .filter(|&o| o != doc)
        .collect();
    others.sort_unstable();
    others.dedup();
    let has_repeat = model.occurrences[doc].iter().any(|o| o.is_repeat(doc));
    let has_quotes = !model.quotes_by_doc[doc].is_empty();
    let this = model.short_ids[doc].clone();
    view! {
        <section class="wl-legend" aria-labelledby="wl-legend-title" data-testid="legend">
            <h3 id="wl-legend-title">"Legend"</h3>
            <ul>
                {others.into_iter().map(|o| {
                    let share = (model.pair_share[doc][o] * 100.0).round();
                    let href = Route::compare(&this, &model.short_ids[o], None).to_hash();
                    view! {
                        <li>
                            <span class=format!("wl-sample wl-reuse wl-c{}", o % 8)>{format!("[also in {}]", model.short_ids[o])}</span>
                            " " {format!("{share}% of this article is also in ")}
                            <a href=href>{model.label(o)}</a>
                        </li>
                    }
                }).collect_view()}
                {has_repeat.then(|| view! {
                    <li><span class="wl-sample wl-repeat">"[repeated here]"</span>" a passage this article repeats"</li>
                })}
                {has_quotes.then(|| view! {
                    <li><span class="wl-sample wl-quote">"quoted words"</span><span class="wl-badge">"Speaker"</span>" a quote and who says it"</li>
                })}
            </ul>
            {(model.occurrences[doc].is_empty() && !has_quotes).then(|| view! {
                <p class="wl-muted">"Nothing in this article is shared with another, repeated, or quoted."</p>
            })}
        </section>
    }
}

fn details(model: Arc<Model>, doc: usize, selection: RwSignal<Selection>) -> impl IntoView {
    view! {
        <section class="wl-details" aria-labelledby="wl-details-title" aria-live="polite" data-testid="reader-details">
            <h3 id="wl-details-title">"Details"</h3>
            {move || {
                let chosen = selection.get();
                if chosen.occurrences.is_empty() && chosen.quote.is_none() {
                    return view! {
                        <p class="wl-muted">"Hover, tap or focus (Tab) a highlighted passage or a quote to see where else it appears and who is speaking."</p>
                    }.into_any();
                }
                view! {
                    {reuse_details(&model, doc, &chosen.occurrences)}
                    {chosen.quote.map(|id| quote_details(&model, doc, id))}
                }.into_any()
            }}
        </section>
    }
}

fn reuse_details(model: &Model, doc: usize, chosen: &[usize]) -> impl IntoView {
    if chosen.is_empty() {
        return ().into_any();
    }
    let this = &model.short_ids[doc];
    let items = chosen
        .iter()
        .map(|&k| {
            let o = &model.occurrences[doc][k];
            let other = &model.short_ids[o.other_doc];
            let read = Route::article_at(other, o.other_span.clone()).to_hash();
            let position = model
                .passages_between(doc, o.other_doc)
                .iter()
                .position(|(p, _, _)| *p == o.passage);
            let compare = Route::compare(this, other, position).to_hash();
            let similarity = (o.similarity * 100.0).round();
            let (where_, read_label) = if o.is_repeat(doc) {
                (
                    "Repeated elsewhere in this article".to_string(),
                    "Go to the other occurrence",
                )
            } else {
                (format!("Also in {}", model.label(o.other_doc)), "Read it there")
            };
            view! {
                <li>
                    <span class=format!("wl-swatch wl-c{}", o.other_doc % 8) aria-hidden="true"></span>
                    {where_} {format!(" ({similarity}% similar). ")}
                    <a href=read data-testid="follow-source">{read_label}</a>
                    " · "
                    <a href=compare data-testid="compare-link">"Compare side by side"</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <div data-testid="reuse-details">
            <p>"This passage:"</p>
            <ul class="wl-plain">{items}</ul>
        </div>
    }
    .into_any()
}

fn quote_details(model: &Model, doc: usize, id: usize) -> impl IntoView {
    let Some(quote) = model.quote(id) else {
        return ().into_any();
    };
    let text = &model.docs[doc].text;
    let mention = quote
        .mention
        .map(|m| m.start..m.end)
        .filter(|m| valid_span(text, m))
        .map(|m| text[m].to_string());
    let speaker_link = quote.speaker.as_deref().map(|name| {
        let href = model
            .slug_of(name)
            .map(|slug| Route::Speaker(slug.to_string()).to_hash())
            .unwrap_or_default();
        let role = model
            .speaker_index(name)
            .and_then(|i| model.analysis.speakers[i].role.clone())
            .map(|r| format!(" ({r})"))
            .unwrap_or_default();
        view! { <a href=href data-testid="quote-speaker">{name.to_string()}</a>{role} }
    });
    let why = why_text(quote.cue.as_deref(), mention.as_deref(), quote.channel.as_deref());
    let utterance = model.utterance(quote.utterance);
    let elsewhere: Vec<(usize, Range<usize>)> = utterance
        .map(|u| {
            u.quotes
                .iter()
                .filter(|&&q| q != id)
                .filter_map(|&q| model.quote(q))
                .filter_map(|q| Some((model.doc_index(&q.doc)?, q.start..q.end)))
                .collect()
        })
        .unwrap_or_default();
    let conflict = utterance.is_some_and(|u| u.conflict);
    view! {
        <div class="wl-quote-details" data-testid="quote-details">
            <p>
                "Quote attributed to "
                {match speaker_link {
                    Some(link) => link.into_any(),
                    None => view! { <em>"no named speaker"</em> }.into_any(),
                }}
                "."
            </p>
            <p class="wl-why">{why}</p>
            {conflict.then(|| view! {
                <p class="wl-conflict" data-testid="conflict-flag">
                    "⚠ Conflict: other articles give this statement a different speaker or channel. "
                    {quote.speaker.as_deref().and_then(|n| model.slug_of(n)).map(|slug| view! {
                        <a href=Route::Speaker(slug.to_string()).to_hash()>"See the evidence"</a>
                    })}
                </p>
            })}
            {(!elsewhere.is_empty()).then(|| view! {
                <p>"The same statement is also quoted in:"</p>
                <ul class="wl-plain">
                    {elsewhere.into_iter().map(|(other, span)| {
                        let href = Route::article_at(&model.short_ids[other], span).to_hash();
                        view! { <li><a href=href data-testid="utterance-link">{model.label(other)}</a></li> }
                    }).collect_view()}
                </ul>
            })}
        </div>
    }
    .into_any()
}

/// The "why" of an attribution in words: the cue, the mention, the channel.
pub fn why_text(cue: Option<&str>, mention: Option<&str>, channel: Option<&str>) -> String {
    let mut parts = Vec::new();
    if let Some(cue) = cue {
        parts.push(format!("the cue “{cue}”"));
    }
    if let Some(mention) = mention {
        parts.push(format!("the mention “{mention}”"));
    }
    let mut text = if parts.is_empty() {
        "Why: no cue or mention was found next to it.".to_string()
    } else {
        format!("Why: {}.", parts.join(" and "))
    };
    if let Some(channel) = channel {
        text.push_str(&format!(" Channel: {channel}."));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_keep_surnames_and_acronyms() {
        assert_eq!(short_name("Zabihullah Mujahid"), "Mujahid");
        assert_eq!(short_name("National Resistance Front (NRF)"), "NRF");
        assert_eq!(short_name("the Taliban"), "Taliban");
        assert_eq!(short_name("Ali Maisam Nazary"), "Ali Maisam Nazary");
    }

    #[test]
    fn why_names_cue_mention_and_channel() {
        assert_eq!(
            why_text(Some("said"), Some("he"), Some("Twitter")),
            "Why: the cue “said” and the mention “he”. Channel: Twitter."
        );
        assert_eq!(
            why_text(None, None, None),
            "Why: no cue or mention was found next to it."
        );
    }
}
