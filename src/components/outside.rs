//! How outside reporting shows on a card: outlets named with their country,
//! kind and date (linked when we know the address), and the "†" marker on a
//! date, place, route or era that the seed accounts do not give.

use yew::prelude::*;

use crate::story::{OutletIx, Story};
use crate::strings;

/// "Dawn (Pakistan, newspaper), 27 May 2025; APA (…)", names linked where
/// the address is known.
pub fn outlet_list(story: &Story, outlets: &[OutletIx]) -> Html {
    html! {
        <>
            { for story.outlets_of(outlets).enumerate().map(|(i, o)| html! {
                <>
                    if i > 0 { { "; " } }
                    <cite class="ptx-outlet">
                        if let Some(url) = &o.url {
                            <a href={url.clone()} target="_blank" rel="noopener noreferrer">
                                { &o.name }<span class="ptx-sr">{ format!(" {}", strings::NEW_TAB) }</span>
                            </a>
                        } else {
                            { &o.name }
                        }
                    </cite>
                    { strings::outlet_details(o) }
                </>
            }) }
        </>
    }
}

/// A small "†" that opens to name the outlets a date or place comes from;
/// nothing when `outlets` is empty. A `<details>` needs no state and works
/// with keyboard, touch and screen readers alike.
pub fn outside_mark(story: &Story, label: &'static str, outlets: &[OutletIx]) -> Html {
    if outlets.is_empty() {
        return Html::default();
    }
    html! {
        <details class="ptx-outside-mark">
            <summary aria-label={label} title={label}>{ strings::OUTSIDE_MARK }</summary>
            <span class="ptx-outside-pop">{ format!("{label}: ") }{ outlet_list(story, outlets) }{ strings::FULL_STOP }</span>
        </details>
    }
}
