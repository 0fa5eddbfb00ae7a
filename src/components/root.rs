//! The entry component: the story, from the page, embed.js or a story file,
//! or why it cannot be shown.

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::load_error::load_error;
use super::{Explainer, Placement, SharedStory};
use crate::host::{fetch, story};
use crate::strings;

/// Where the story comes from.
#[derive(PartialEq, Clone, Default)]
pub enum StorySource {
    /// The published page the widget is on carries it (`host::story`).
    #[default]
    Page,
    /// embed.js fetched the story file at this address beside the bundle;
    /// the promise gives its text.
    Fetched(AttrValue, JsValue),
    /// A story file to check and load instead (same site only).
    File(AttrValue),
}

/// How a page embeds the widget.
#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    /// Where the widget sits: own page, iframe or article.
    #[prop_or_default]
    pub placement: Placement,
    #[prop_or_default]
    pub source: StorySource,
}

/// Loads the story and shows the explainer, or the editor-facing error list
/// when it cannot.
#[component]
pub fn Root(props: &Props) -> Html {
    // A page whose story is already parsed shows it on the first render.
    let loaded = use_state({
        let on_page = props.source == StorySource::Page;
        move || {
            on_page
                .then(story::from_page)
                .flatten()
                .map(|s| s.map(SharedStory::new))
        }
    });
    use_effect_with(props.source.clone(), {
        let loaded = loaded.clone();
        move |source| {
            let mut waiting = None;
            match source.clone() {
                StorySource::Page if loaded.is_none() => {
                    let document = gloo::utils::document();
                    let read = move || {
                        let found =
                            story::from_page().unwrap_or_else(|| Err(story::missing_from_page()));
                        loaded.set(Some(found.map(SharedStory::new)));
                    };
                    if document.ready_state() == "loading" {
                        waiting = Some(EventListener::once(
                            &document,
                            "DOMContentLoaded",
                            move |_| read(),
                        ));
                    } else {
                        read();
                    }
                }
                StorySource::Page => {}
                StorySource::Fetched(file, text) => yew::platform::spawn_local(async move {
                    loaded.set(Some(
                        story::fetched(&file, text).await.map(SharedStory::new),
                    ));
                }),
                StorySource::File(url) => yew::platform::spawn_local(async move {
                    loaded.set(Some(fetch::load_story(&url).await.map(SharedStory::new)));
                }),
            }
            move || drop(waiting)
        }
    });
    let Some(story) = (*loaded).clone() else {
        let address = match &props.source {
            StorySource::Page => story::PAGE,
            StorySource::Fetched(file, _) | StorySource::File(file) => file.as_str(),
        };
        return html! {
            <section class="ptx ptx-loading" role="status">{ strings::loading(address) }</section>
        };
    };
    match story {
        Ok(story) => html! {
            <Explainer story={story} placement={props.placement.clone()} />
        },
        Err(report) => load_error(&report, props.placement.heading_level),
    }
}
