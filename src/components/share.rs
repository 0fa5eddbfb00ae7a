use yew::prelude::*;

use crate::host::snippet::iframe_snippet;
use crate::host::{embed, location, messages};
use crate::strings;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The fragment that reopens the current view, e.g. `#card=lachin-summit`.
    pub fragment: String,
    pub title: String,
}

#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Link,
    Snippet,
    Failed,
}

#[component]
pub fn Share(props: &Props) -> Html {
    let copied = use_state(|| None::<Copied>);
    let base = location::page_url();
    let link = messages::share_link(embed::parent_url().as_deref(), &base, &props.fragment);
    let snippet = iframe_snippet(&base, &props.fragment, &props.title);
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

    html! {
        <details class="ptx-share">
            <summary>{ strings::SHARE }</summary>
            <div class="ptx-share-body">
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
                <p class="ptx-share-status" role="status">{ status }</p>
            </div>
        </details>
    }
}
