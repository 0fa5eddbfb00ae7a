//! The "Share or embed" panel: a link to the current card and the iframe
//! snippet, each with a copy button.

use web_sys::Element;
use yew::prelude::*;

use crate::host::snippet::iframe_snippet;
use crate::host::{embed, location, messages};
use crate::strings;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The fragment that reopens the current view (`#card=lachin-summit`)
    /// while the panel is open. `None` while it is closed: then nothing here
    /// depends on the card, so scrubbing does not re-render the panel, and
    /// the addresses (JS calls) are not worked out for nobody.
    pub fragment: Option<AttrValue>,
    /// The story's title, for the iframe's accessible name.
    pub title: AttrValue,
    /// Told whether the panel is now open.
    pub ontoggle: Callback<bool>,
}

/// What the last copy button did, for the status line.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Link,
    Snippet,
    Failed,
}

/// The share panel: a link that reopens this card (the article's address
/// when embedded) and the iframe embed code, each with a copy button and a
/// spoken status.
#[component]
pub fn Share(props: &Props) -> Html {
    counted!("Share");
    let copied = use_state(|| None::<Copied>);
    let ontoggle = {
        let ontoggle = props.ontoggle.clone();
        Callback::from(move |e: Event| {
            ontoggle.emit(e.target_unchecked_into::<Element>().has_attribute("open"));
        })
    };
    let copy = |text: String, what: Copied| {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let text = text.clone();
            let copied = copied.clone();
            yew::platform::spawn_local(async move {
                let ok = location::copy_to_clipboard(&text).await;
                copied.set(Some(if ok { what } else { Copied::Failed }));
            });
        })
    };
    let status = match *copied {
        Some(Copied::Link) => strings::COPIED_LINK,
        Some(Copied::Snippet) => strings::COPIED_SNIPPET,
        Some(Copied::Failed) => strings::COPY_FAILED,
        None => "",
    };
    let fields = props.fragment.as_ref().map(|fragment| {
        let base = location::page_url();
        let link = messages::share_link(embed::parent_url().as_deref(), &base, fragment);
        let snippet = iframe_snippet(&base, fragment, &props.title);
        html! {
            <>
                <label class="ptx-share-field">
                    { strings::LINK_TO_CARD }
                    <input type="text" readonly=true value={link.clone()} />
                </label>
                <button type="button" class="ptx-clear" onclick={copy(link, Copied::Link)}>{ strings::COPY_LINK }</button>
                <label class="ptx-share-field">
                    { strings::EMBED_SNIPPET }
                    <textarea readonly=true rows="4" value={snippet.clone()} />
                </label>
                <button type="button" class="ptx-clear" onclick={copy(snippet, Copied::Snippet)}>{ strings::COPY_SNIPPET }</button>
            </>
        }
    });

    html! {
        <details class="ptx-share" {ontoggle}>
            <summary>{ strings::SHARE }</summary>
            <div class="ptx-share-body">
                { for fields }
                <p class="ptx-share-status" role="status">{ status }</p>
            </div>
        </details>
    }
}
