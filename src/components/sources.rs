//! The sources panel: who the story's accounts are.

use std::rc::Rc;

use yew::prelude::*;

use super::heading;
use crate::story::Story;
use crate::strings;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub story: Rc<Story>,
    /// Level of the panel's heading, one below the widget's title.
    pub heading_level: u8,
}

/// Every source of the story, each with publisher, headline (or why it is
/// unknown), author, date, how sure we are of each, its framing and a link.
#[component]
pub fn SourcesPanel(props: &Props) -> Html {
    let sources = &props.story.sources;
    html! {
        <details class="ptx-sources">
            <summary>{ heading(props.heading_level, "ptx-sources-title", None, html! { format!("{} ({})", strings::ALL_SOURCES, sources.len()) }) }</summary>
            <ol class="ptx-source-list">
                { for sources.iter().map(|s| {
                    let id = &s.identification;
                    let confidence = format!(
                        "{}: {} {}, {} {}, {} {}, {} {}.",
                        strings::IDENTIFICATION,
                        strings::PUBLISHER, id.publisher.label(),
                        strings::HEADLINE, id.headline.label(),
                        strings::AUTHOR_FIELD, id.author.label(),
                        strings::DATE, id.date.label(),
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
                            <p class="ptx-source-url">
                                <a href={s.url.clone()} target="_blank" rel="noopener noreferrer">
                                    { &s.url }<span class="ptx-sr">{ format!(" {}", strings::NEW_TAB) }</span>
                                </a>
                            </p>
                            <p class="ptx-source-id">{ confidence }{ " " }{ &s.identification_note }</p>
                            <p class="ptx-source-framing"><strong>{ format!("{}: ", strings::FRAMING) }</strong>{ &s.framing }</p>
                        </li>
                    }
                }) }
            </ol>
        </details>
    }
}
