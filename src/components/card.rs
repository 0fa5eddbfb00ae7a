//! The card: one event of the story, as the reader reads it.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::claim::ClaimView;
use super::heading::heading;
use super::outside::outside_mark;
use super::SharedStory;
use crate::state::{Action, CitationKey};
use crate::story::EventIx;
use crate::strings;

/// A horizontal move this long, and clearly more horizontal than vertical,
/// counts as a swipe.
const SWIPE_MIN_PX: i32 = 48;
/// "Clearly more horizontal": at least this many times the vertical move,
/// so a reader scrolling the page with a slightly slanted finger never
/// changes the card.
const SWIPE_SLOPE: i32 = 2;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub story: SharedStory,
    /// The event this card shows.
    pub index: EventIx,
    /// The citation whose popover is open, if it is on this card.
    pub open_citation: Option<CitationKey>,
    /// Claims (by place on the card) whose disagreement is expanded.
    pub expanded: Rc<[usize]>,
    /// Where the card's claims send citation and disagreement toggles.
    pub ondispatch: Callback<Action>,
    /// Level of the card's headline, one below the widget's title.
    pub heading_level: u8,
}

/// One event as a card: date (with the outside-data marker when the seeds do
/// not give it), headline, body, its claims, and the sources it cites. A
/// sideways swipe on it steps to the neighbouring card.
#[component]
pub fn Card(props: &Props) -> Html {
    counted!("Card");
    let story = &props.story;
    // Hooks before any early return: Yew needs the same hooks in the same
    // order on every render of one component.
    let swipe_start = use_ref(|| Cell::new(None::<(i32, i32)>));
    let onpointerdown = {
        let swipe_start = swipe_start.clone();
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() != "mouse" {
                swipe_start.set(Some((e.client_x(), e.client_y())));
            }
        })
    };
    let onpointerup = {
        let ondispatch = props.ondispatch.clone();
        Callback::from(move |e: PointerEvent| {
            let Some((x, y)) = swipe_start.take() else {
                return;
            };
            let (dx, dy) = (e.client_x() - x, e.client_y() - y);
            if dx.abs() >= SWIPE_MIN_PX && dx.abs() > SWIPE_SLOPE * dy.abs() {
                ondispatch.emit(if dx < 0 {
                    Action::Next
                } else {
                    Action::Previous
                });
            }
        })
    };
    let onkeydown = {
        let ondispatch = props.ondispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                ondispatch.emit(Action::CloseCitation);
            }
        })
    };
    let Some(event) = story.event(props.index) else {
        return Html::default();
    };
    let heading_id = format!("ptx-card-{}", event.id);
    let era = story.era(event.era);

    html! {
        <article class="ptx-card" aria-labelledby={heading_id.clone()}
            {onpointerdown} {onpointerup} {onkeydown}>
            <p class="ptx-card-meta">
                <time datetime={event.date.notation()}>{ &event.display_date }</time>
                { outside_mark(story, strings::DATE_OUTSIDE, &event.date_outlets) }
                <span class="ptx-card-era">{ &era.label }</span>
                { outside_mark(story, strings::ERA_OUTSIDE, &era.outlets) }
            </p>
            { heading(props.heading_level, "ptx-card-title", Some(heading_id), html! { &event.headline }) }
            <p class="ptx-actors">
                <span class="ptx-sr">{ format!("{}: ", strings::INVOLVED) }</span>
                { for event.actors.iter().map(|&a| html! { <span class="ptx-actor">{ &story.actor(a).name }</span> }) }
            </p>
            <p class="ptx-body">{ &event.body }</p>
            // Visible: it marks where our summary ends and the sources' claims begin.
            { heading(props.heading_level + 1, "ptx-card-sources-title", None, html! { strings::CLAIMS }) }
            <ol class="ptx-claims">
                // Each claim hears only of its own open citation: opening one
                // re-renders that claim, not its neighbours.
                { for (0..event.claims.len()).map(|i| html! {
                    <ClaimView story={story.clone()} event={props.index} index={i}
                        open_citation={props.open_citation.filter(|k| k.claim == i)}
                        expanded={props.expanded.contains(&i)} ondispatch={props.ondispatch.clone()} />
                }) }
            </ol>
            <footer class="ptx-card-sources">
                { heading(props.heading_level + 1, "ptx-card-sources-title", None, html! { strings::CARD_SOURCES }) }
                <ul>
                    { for event.cited.iter().map(|&s| story.source(s)).map(|s| html! {
                        <li>
                            <a href={s.url.clone()} target="_blank" rel="noopener noreferrer">{ &s.publisher }</a>
                            { strings::LIST_SEPARATOR }{ strings::source_date(s) }{ ": " }{ strings::source_headline(s) }
                        </li>
                    }) }
                </ul>
            </footer>
        </article>
    }
}
