//! The locator map beside the card.

use std::rc::Rc;

use yew::prelude::*;

use super::outside::outside_mark;
use super::SharedStory;
use crate::locator::{self, HEIGHT, OUTLINES, WIDTH};
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

/// Map units between a pin and its label, and from the pin's centre down to
/// the label's baseline (which centres the text on the pin).
const LABEL_GAP: f64 = 16.0;
const LABEL_BASELINE: f64 = 10.0;
/// Pin radii in map units: the current card's place stands out.
const PIN_RADIUS: &str = "8";
const CURRENT_PIN_RADIUS: &str = "14";

/// The land and the country names: the same for every card, so a component
/// without props, rendered once and never diffed again when the place
/// changes (10 KB of path data).
#[component]
fn Outlines() -> Html {
    counted!("Outlines");
    html! {
        <>
            <g class="ptx-map-land" aria-hidden="true">
                { for OUTLINES.iter().map(|(_, d)| html! { <path d={*d} /> }) }
            </g>
            <g class="ptx-map-countries" aria-hidden="true">
                { for locator::COUNTRY_LABELS.iter().map(|&(country, lat, lon)| {
                    let (x, y) = locator::project(lat, lon);
                    html! { <text x={whole(x)} y={whole(y)} text-anchor="middle">{ strings::map_country(country) }</text> }
                }) }
            </g>
        </>
    }
}

/// A locator map: the region's outlines and country names (drawn once), the
/// route, and a pin on the current card's place, marked when the place comes
/// from outside reporting.
#[component]
pub fn LocatorMap(props: &Props) -> Html {
    counted!("LocatorMap");
    let story = &props.story;
    let pins = locator::pins(story);
    let route: String = locator::route_points(story)
        .iter()
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
                <polyline class="ptx-map-route" points={route} />
                { for pins.iter().map(|pin| {
                    let current = props.place == Some(pin.ix);
                    // Off-route places are labelled only when current, so close
                    // neighbours (Islamabad, Pahalgam) never print over each other.
                    let labelled = current || stop_ixs.contains(&pin.ix);
                    let (x, y) = pin.at;
                    let dx = if pin.label_left { -LABEL_GAP } else { LABEL_GAP };
                    html! {
                        <g class={classes!("ptx-pin", current.then_some("ptx-pin-current"))}>
                            <circle cx={whole(x)} cy={whole(y)} r={if current { CURRENT_PIN_RADIUS } else { PIN_RADIUS }} />
                            if labelled {
                                <text x={whole(x + dx)} y={whole(y + LABEL_BASELINE)} text-anchor={if pin.label_left { "end" } else { "start" }}>
                                    { if current { format!("▶ {}", pin.place.name) } else { pin.place.name.clone() } }
                                </text>
                            }
                        </g>
                    }
                }) }
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
