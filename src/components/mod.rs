//! The view: thin components that render `State` and turn DOM events into
//! `Action`s. Dates, positions and navigation come from the pure modules.

mod card;
mod claim;
mod explainer;
mod filters;
mod map;
mod outside;
mod scrubber;
mod share;
mod sources;

use std::rc::Rc;

use yew::prelude::*;

pub use card::{Card, Props as CardProps};
pub use explainer::{Explainer, Placement, Props as ExplainerProps, ARTICLE_HEADING_LEVEL};

use crate::host::fetch;
use crate::state::{Action, State};
use crate::story::Report;
use crate::strings;

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// A heading at `level` (clamped to h1–h6). The widget's title level depends
/// on where it lives (its own page: h1; inside an article: h2), and every
/// heading below it follows, so the outline never skips a level.
pub fn heading(level: u8, class: &'static str, id: Option<String>, content: Html) -> Html {
    let tag = format!("h{}", level.clamp(1, 6));
    html! { <@{tag} {class} {id}>{ content }</@> }
}

/// Loads the story (the bundled one, or the file `story_url` names) and shows
/// the explainer, or the editor-facing error list when it cannot.
#[component]
pub fn Root(props: &RootProps) -> Html {
    // The bundled story is decoded only when no other file was asked for.
    let loaded = use_state({
        let bundled = props.story_url.is_none();
        move || bundled.then(|| crate::bundled_story().map(Rc::new))
    });
    use_effect_with(props.story_url.clone(), {
        let loaded = loaded.clone();
        move |url| {
            if let Some(url) = url.clone() {
                yew::platform::spawn_local(async move {
                    loaded.set(Some(fetch::load_story(&url).await.map(Rc::new)));
                });
            }
        }
    });
    let Some(story) = (*loaded).clone() else {
        let url = props.story_url.as_deref().unwrap_or_default();
        return html! {
            <section class="ptx ptx-loading" role="status">{ strings::loading(url) }</section>
        };
    };
    match story {
        Ok(story) => html! {
            <Explainer story={story} placement={props.placement.clone()} />
        },
        Err(report) => {
            html! { <LoadError report={report} heading_level={props.placement.heading_level} /> }
        }
    }
}

/// How a page embeds the widget.
#[derive(Properties, PartialEq, Clone)]
pub struct RootProps {
    /// Where the widget sits: own page, iframe or article.
    #[prop_or_default]
    pub placement: Placement,
    /// A story file to load instead of the bundled one (same site only).
    #[prop_or_default]
    pub story_url: Option<AttrValue>,
}

#[derive(Properties, PartialEq)]
pub struct LoadErrorProps {
    /// Every problem found, with file, JSON path and message.
    pub report: Report,
    /// Level of the card's heading: the widget title's level.
    #[prop_or(ARTICLE_HEADING_LEVEL)]
    pub heading_level: u8,
}

/// The editor-facing error card: a story that cannot be shown, and why,
/// place by place.
#[component]
pub fn LoadError(props: &LoadErrorProps) -> Html {
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
