//! The entry component: the story, bundled or loaded, or why it cannot be shown.

use yew::prelude::*;

use super::load_error::load_error;
use super::{Explainer, Placement, SharedStory};
use crate::host::fetch;
use crate::strings;

/// How a page embeds the widget.
#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    /// Where the widget sits: own page, iframe or article.
    #[prop_or_default]
    pub placement: Placement,
    /// A story file to load instead of the bundled one (same site only).
    #[prop_or_default]
    pub story_url: Option<AttrValue>,
}

/// Loads the story (the bundled one, or the file `story_url` names) and shows
/// the explainer, or the editor-facing error list when it cannot.
#[component]
pub fn Root(props: &Props) -> Html {
    // The bundled story is decoded only when no other file was asked for.
    let loaded = use_state({
        let bundled = props.story_url.is_none();
        move || bundled.then(|| crate::bundled_story().map(SharedStory::new))
    });
    use_effect_with(props.story_url.clone(), {
        let loaded = loaded.clone();
        move |url| {
            if let Some(url) = url.clone() {
                yew::platform::spawn_local(async move {
                    loaded.set(Some(fetch::load_story(&url).await.map(SharedStory::new)));
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
        Err(report) => load_error(&report, props.placement.heading_level),
    }
}
