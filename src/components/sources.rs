//! The sources panel: who the story's accounts are.

use web_sys::Element;
use yew::prelude::*;

use super::heading::heading;
use super::SharedStory;
use crate::story::{SourceIx, Story};
use crate::strings;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub story: SharedStory,
    /// Level of the panel's heading, one below the widget's title.
    pub heading_level: u8,
}

/// Every source of the story, each with publisher, headline (or why it is
/// unknown), author, date, how sure we are of each, its framing, a link, and
/// the passages the story quotes from it ("Passages quoted (N)").
#[component]
pub fn SourcesPanel(props: &Props) -> Html {
    let story = &props.story;
    let sources = &story.sources;
    // Which sources' passage lists have been opened: a list is rendered the
    // first time it is opened and kept, so the first render does not build
    // some 120 quotations nobody has asked for.
    let opened = use_state_eq(Vec::<usize>::new);
    let ontoggle = |i: usize| {
        let opened = opened.clone();
        Callback::from(move |e: Event| {
            let open = e.target_unchecked_into::<Element>().has_attribute("open");
            if open && !opened.contains(&i) {
                let mut now = (*opened).clone();
                now.push(i);
                opened.set(now);
            }
        })
    };
    html! {
        <details class="ptx-sources">
            <summary>{ heading(props.heading_level, "ptx-sources-title", None, html! { format!("{} ({})", strings::ALL_SOURCES, sources.len()) }) }</summary>
            <ol class="ptx-source-list">
                { for sources.iter().enumerate().map(|(i, s)| {
                    let id = &s.identification;
                    let confidence = format!(
                        "{}: {} {}{sep}{} {}{sep}{} {}{sep}{} {}{}",
                        strings::IDENTIFICATION,
                        strings::PUBLISHER, strings::confidence(id.publisher),
                        strings::HEADLINE, strings::confidence(id.headline),
                        strings::AUTHOR_FIELD, strings::confidence(id.author),
                        strings::DATE, strings::confidence(id.date),
                        strings::FULL_STOP,
                        sep = strings::LIST_SEPARATOR,
                    );
                    html! {
                        <li class="ptx-source">
                            <p class="ptx-source-publisher"><strong>{ &s.publisher }</strong></p>
                            <p class="ptx-source-about"><strong>{ format!("{}: ", strings::ABOUT_OUTLET) }</strong>{ strings::source_about(s) }</p>
                            <p class="ptx-source-headline">{ strings::source_headline(s) }</p>
                            <p class="ptx-source-byline">
                                { strings::source_byline(s) }
                                { format!(" · {}: {}", strings::PUBLISHED, strings::source_date(s)) }
                            </p>
                            <p class="ptx-source-url" dir="ltr">
                                <a href={s.url.clone()} target="_blank" rel="noopener noreferrer">
                                    { &s.url }<span class="ptx-sr">{ format!(" {}", strings::NEW_TAB) }</span>
                                </a>
                            </p>
                            <p class="ptx-source-id">{ confidence }{ " " }{ &s.identification_note }</p>
                            <p class="ptx-source-framing"><strong>{ format!("{}: ", strings::FRAMING) }</strong>{ &s.framing }</p>
                            { passages(story, SourceIx(i), opened.contains(&i), ontoggle(i)) }
                        </li>
                    }
                }) }
            </ol>
        </details>
    }
}

/// Every passage the story quotes from one source, each with the cards it
/// backs, under a disclosure that says how many there are. The list itself
/// is built only once `shown`.
fn passages(story: &Story, source: SourceIx, shown: bool, ontoggle: Callback<Event>) -> Html {
    let quoted = story.quoted_from(source);
    html! {
        <details class="ptx-source-passages" {ontoggle}>
            <summary>{ strings::passages_quoted(quoted.len()) }</summary>
            if shown {
                <ol class="ptx-passage-list">
                    { for quoted.iter().map(|q| html! {
                        <li>
                            <blockquote class="ptx-passage" dir="auto" cite={story.source(source).url.clone()}>
                                <p>{ q.passage }</p>
                            </blockquote>
                            <p class="ptx-passage-for">
                                { format!("{}: ", strings::CITED_FOR) }
                                { for q.events.iter().filter_map(|&e| story.event(e)).enumerate().map(|(n, e)| html! {
                                    <>
                                        if n > 0 { { "; " } }
                                        <span class="ptx-passage-card">{ strings::card_ref(&e.display_date, &e.headline) }</span>
                                    </>
                                }) }
                            </p>
                        </li>
                    }) }
                </ol>
            }
        </details>
    }
}
