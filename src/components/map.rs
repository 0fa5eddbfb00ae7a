//! The locator map beside the card.

use std::rc::Rc;

use yew::prelude::*;

use super::outside::outside_mark;
use super::SharedStory;
use crate::locator::{self, CURRENT_PIN_RADIUS, HEIGHT, OUTLINES, PIN_RADIUS, WIDTH};
use crate::number::whole;
use crate::story::{OutletIx, PlaceIx};
use crate::strings;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub story: SharedStory,
    /// The current card's place, if it has one.
    pub place: Option<PlaceIx>,
    /// Outlets the current card's place comes from, when the seeds do not give it.
    pub place_outlets: Rc<[OutletIx]>,
}

/// The land: the same for every card, so a component without props,
/// rendered once and never diffed again when the place changes (10 KB of
/// path data).
#[component]
fn Outlines() -> Html {
    counted!("Outlines");
    html! {
        <g class="ptx-map-land" aria-hidden="true">
            { for OUTLINES.iter().map(|(_, d)| html! { <path d={*d} /> }) }
        </g>
    }
}

/// A locator map: the region's outlines (drawn once), the route, a pin on
/// each stop and on the current card's place, every pin labelled and the
/// country names that clear them (`locator::layout`); the caption marks a
/// place that comes from outside reporting.
#[component]
pub fn LocatorMap(props: &Props) -> Html {
    counted!("LocatorMap");
    let story = &props.story;
    let layout = locator::layout(story, props.place, strings::map_country);
    let route: String = (layout.route.iter())
        .map(|&(x, y)| format!("{},{}", whole(x), whole(y)))
        .collect::<Vec<_>>()
        .join(" ");
    let stop_ixs: &[PlaceIx] = story.route.as_ref().map_or(&[], |r| &r.stops);
    let stops: Vec<&str> = stop_ixs
        .iter()
        .map(|&stop| story.place(stop).name.as_str())
        .collect();
    let here = props.place.map(|p| story.place(p));
    let route_label = story.route.as_ref().map_or("", |r| r.label.as_str());
    let caption = format!(
        "{route_label}: {}{}",
        stops.join(crate::BUILD_LANG.dir().onward()),
        strings::FULL_STOP
    );

    html! {
        <figure class="ptx-map">
            <svg viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-label={format!("{}{} {caption}", strings::MAP, strings::FULL_STOP)}>
                <Outlines />
                <g class="ptx-map-countries" aria-hidden="true">
                    { for layout.countries.iter().map(|(country, label)| html! {
                        <text x={whole(label.x)} y={whole(label.y)} text-anchor={label.anchor.attr()}>{ strings::map_country(*country) }</text>
                    }) }
                </g>
                <polyline class="ptx-map-route" points={route} />
                // One group: the number of pins changes from card to card,
                // and a changing number of the svg's own children would
                // have Yew mount the outlines again.
                <g class="ptx-map-pins">
                { for layout.pins.iter().map(|pin| {
                    let (x, y) = pin.at;
                    let radius = if pin.current { CURRENT_PIN_RADIUS } else { PIN_RADIUS };
                    html! {
                        <g class={classes!("ptx-pin", pin.current.then_some("ptx-pin-current"))}>
                            <circle cx={whole(x)} cy={whole(y)} r={whole(radius)} />
                            <text x={whole(pin.label.x)} y={whole(pin.label.y)} text-anchor={pin.label.anchor.attr()}>
                                { &pin.text }
                            </text>
                        </g>
                    }
                }) }
                </g>
            </svg>
            <figcaption>
                { caption }
                { story.route.as_ref().map_or_else(Html::default, |r| outside_mark(story, strings::ROUTE_OUTSIDE, &r.outlets)) }
                if let Some(place) = here {
                    <strong>{ format!(" {}: {}{}", strings::THIS_CARD, place.name, strings::FULL_STOP) }</strong>
                    { outside_mark(story, strings::PLACE_OUTSIDE, &props.place_outlets) }
                }
            </figcaption>
        </figure>
    }
}
