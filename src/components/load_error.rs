//! The editor-facing error card for a story that cannot be shown.

use yew::prelude::*;

use super::heading::heading;
use super::ARTICLE_HEADING_LEVEL;
use crate::story::Report;
use crate::strings;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Every problem found, with file, JSON path and message.
    pub report: Report,
    /// Level of the card's heading: the widget title's level.
    #[prop_or(ARTICLE_HEADING_LEVEL)]
    pub heading_level: u8,
}

/// The editor-facing error card: a story that cannot be shown, and why,
/// place by place.
#[component]
pub fn LoadError(props: &Props) -> Html {
    html! {
        <section class="ptx ptx-error" role="alert">
            { heading(props.heading_level, "ptx-title", None, html! { strings::LOAD_ERROR_TITLE }) }
            <p>{ strings::LOAD_ERROR_BODY }</p>
            <ul class="ptx-error-list">
                { for props.report.lines().map(|line| html! { <li><code>{ line }</code></li> }) }
            </ul>
        </section>
    }
}
