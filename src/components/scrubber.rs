//! The timeline scrubber under the card.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::SharedStory;
use crate::filter::VisiblePos;
use crate::i18n::{Dir, Lang};
use crate::number::percent;
use crate::state::Action;
use crate::story::EventIx;
use crate::strings;
use crate::timeline::{Scale, MARKER_BOX_HEIGHT};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub story: SharedStory,
    /// Where each visible event sits on the axis (`timeline::Scale`).
    pub scale: Rc<Scale>,
    /// The events on the axis, in story order.
    pub visible: Rc<[EventIx]>,
    /// Position of the current card among `visible`.
    pub position: VisiblePos,
    /// Receives steps, jumps and drags as `Action`s.
    pub ondispatch: Callback<Action>,
    /// Keep time running left to right in a right-to-left language (an
    /// embed setting: `data-timeline="ltr"`, `?timeline=ltr`); by default
    /// the axis follows the reading direction.
    #[prop_or_default]
    pub keep_ltr: bool,
}

/// Applies `el`'s `data-left` / `data-width` (from the axis's start, which
/// is the right in a mirrored timeline) through the CSSOM. Style
/// attributes would need `style-src 'unsafe-inline'`; the CSSOM is allowed
/// under the strict Content-Security-Policy we promise.
fn apply_position(el: &HtmlElement) {
    let style = el.style();
    for (attribute, property) in [("data-left", "inset-inline-start"), ("data-width", "width")] {
        if let Some(value) = el.get_attribute(attribute) {
            let _ = style.set_property(property, &value);
        }
    }
}

/// [`apply_position`] for every positioned element below `root`.
fn apply_positions(root: &Element) {
    let Ok(nodes) = root.query_selector_all("[data-left]") else {
        return;
    };
    for i in 0..nodes.length() {
        if let Some(el) = nodes.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) {
            apply_position(&el);
        }
    }
}

/// The key → action table of the WAI-ARIA slider pattern, plus era jumps.
/// Left and Right follow what the reader sees: on a mirrored timeline
/// (time running right to left) Left goes to the later event.
fn key_action(key: &str, mirrored: bool) -> Option<Action> {
    Some(match (key, mirrored) {
        ("ArrowRight", false) | ("ArrowLeft", true) | ("ArrowUp", _) => Action::Next,
        ("ArrowLeft", false) | ("ArrowRight", true) | ("ArrowDown", _) => Action::Previous,
        ("Home", _) => Action::First,
        ("End", _) => Action::Last,
        ("PageDown", _) => Action::NextEra,
        ("PageUp", _) => Action::PreviousEra,
        _ => return None,
    })
}

#[derive(Properties, PartialEq)]
struct MarkersProps {
    scale: Rc<Scale>,
}

/// All event markers as one SVG path: one element however many events there
/// are, re-rendered only when the scale changes (a filter), never per step.
#[component]
fn Markers(props: &MarkersProps) -> Html {
    counted!("Markers");
    let d = props.scale.marker_path(MARKER_UNITS);
    // `data-count`: how many events the path stands for (strokes that round
    // to the same unit are drawn once), for tests and tools.
    html! {
        <svg class="ptx-markers" viewBox={format!("0 0 {MARKER_UNITS} {MARKER_BOX_HEIGHT}")} preserveAspectRatio="none"
            focusable="false" data-count={props.scale.len().to_string()}>
            <path {d} />
        </svg>
    }
}

/// Horizontal resolution of the marker drawing: finer than any screen needs.
const MARKER_UNITS: u32 = 2000;

/// How far a finger that landed on the track (not the knob) moves before the
/// gesture counts: sideways, it becomes a drag; any other way, it is the
/// page's scroll. Less than this, and lifted, it is a tap.
const TOUCH_SLOP_PX: i32 = 10;

/// A pointer on the scrubber. The track is `touch-action: pan-y`, so a
/// vertical swipe that starts on it scrolls the page (the browser then
/// cancels the pointer) instead of scrubbing.
#[derive(Clone, Copy, PartialEq)]
enum Gesture {
    Idle,
    /// A finger down on the track, not the knob: not yet a drag, a tap or a scroll.
    Pending {
        x: i32,
        y: i32,
    },
    /// Scrubbing: the knob follows the pointer.
    Dragging,
}

/// The timeline: era bands, one marker per event and a handle that is a
/// WAI-ARIA slider (arrows, Home/End, Page Up/Down between eras) and can be
/// dragged; dragging snaps to the nearest event. A vertical swipe that
/// starts on it scrolls the page (see `Gesture`).
#[component]
pub fn Scrubber(props: &Props) -> Html {
    counted!("Scrubber");
    let track = use_node_ref();
    let rail = use_node_ref();
    let handle = use_node_ref();
    let gesture = use_ref(|| Cell::new(Gesture::Idle));
    let story = &props.story;
    let scale = &props.scale;
    let mirrored = !props.keep_ltr
        && Lang::from_tag(&story.meta.language).is_some_and(|l| l.dir() == Dir::Rtl);

    // One handler for the track's pointer events (one closure, so its logic
    // is compiled once). A mouse or pen press scrubs at once; so does a finger
    // on the knob. A finger elsewhere on the track is `Pending` until it
    // moves clearly sideways (a drag), any other way (the page's scroll: the
    // browser cancels the pointer), or lifts where it landed (a tap).
    let onpointer = {
        let track = track.clone();
        let handle = handle.clone();
        let scale = scale.clone();
        let visible = props.visible.clone();
        let ondispatch = props.ondispatch.clone();
        Callback::from(move |e: PointerEvent| {
            // Pointer x → nearest event. The track's box is read on every
            // move because the widget may be resized or scrolled mid-drag.
            let goto = || {
                let Some(el) = track.cast::<Element>() else {
                    return;
                };
                let rect = el.get_bounding_client_rect();
                if rect.width() <= 0.0 {
                    return;
                }
                let from_start = if mirrored {
                    rect.right() - f64::from(e.client_x())
                } else {
                    f64::from(e.client_x()) - rect.left()
                };
                let share = from_start / rect.width();
                if let Some(&event) = visible.get(scale.nearest(share).0) {
                    ondispatch.emit(Action::Goto(event));
                }
            };
            // Scrub: keep receiving moves when the pointer leaves the track
            // (captured on the track itself: Yew delegates events from the
            // root, so the event's current target is not the track), knob focused.
            let start = || {
                gesture.set(Gesture::Dragging);
                if let Some(el) = track.cast::<Element>() {
                    let _ = el.set_pointer_capture(e.pointer_id());
                }
                if let Some(h) = handle.cast::<HtmlElement>() {
                    let _ = h.focus();
                }
            };
            let now = gesture.get();
            match (e.type_().as_str(), now) {
                ("pointerdown", _) if e.button() == 0 => {
                    // The knob has no children; its ::before target is the knob itself.
                    let on_knob = e.target().map(JsValue::from) == handle.get().map(JsValue::from);
                    if !on_knob && e.pointer_type() == "touch" {
                        gesture.set(Gesture::Pending {
                            x: e.client_x(),
                            y: e.client_y(),
                        });
                        return;
                    }
                    e.prevent_default();
                    start();
                    // A press on the knob holds it where it is; on the track, jumps there.
                    if !on_knob {
                        goto();
                    }
                }
                ("pointermove", Gesture::Dragging) => goto(),
                ("pointermove", Gesture::Pending { x, y }) => {
                    let (dx, dy) = ((e.client_x() - x).abs(), (e.client_y() - y).abs());
                    if dx >= TOUCH_SLOP_PX && dx > dy {
                        start();
                        goto();
                    } else if dy >= TOUCH_SLOP_PX {
                        gesture.set(Gesture::Idle);
                    }
                }
                ("pointerup", Gesture::Pending { .. }) => {
                    gesture.set(Gesture::Idle);
                    goto();
                }
                ("pointerup" | "pointercancel", _) => gesture.set(Gesture::Idle),
                _ => {}
            }
        })
    };
    let onkeydown = {
        let ondispatch = props.ondispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if let Some(action) = key_action(&e.key(), mirrored) {
                e.prevent_default();
                ondispatch.emit(action);
            }
        })
    };

    // The era bands move only with the scale (a filter); a step moves only
    // the handle, so it touches one element, not every band.
    use_effect_with(scale.clone(), {
        let rail = rail.clone();
        move |_| {
            if let Some(el) = rail.cast::<Element>() {
                apply_positions(&el);
                // The browser may paint between Yew's render and its effects:
                // the track stays hidden until placed, so it never visibly
                // jumps from its unplaced layout (a layout shift).
                if let Some(track) = el.parent_element() {
                    let _ = track.set_attribute("data-placed", "");
                }
            }
        }
    });
    use_effect_with((scale.clone(), props.position), {
        let handle = handle.clone();
        move |_| {
            if let Some(el) = handle.cast::<HtmlElement>() {
                apply_position(&el);
            }
        }
    });

    let ltr = props.keep_ltr.then_some("ltr");
    let position = props.position;
    let event_at = |at: Option<&EventIx>| at.and_then(|&i| story.event(i));
    let current = event_at(props.visible.get(position.0));
    let current_era = current.map(|e| e.era);
    let valuetext = current.map_or_else(String::new, |e| {
        format!("{}: {}", e.display_date, e.headline)
    });
    let date_of = |at: Option<&EventIx>| event_at(at).map_or("", |e| e.display_date.as_str());

    html! {
        <div class="ptx-scrubber">
            <p class="ptx-era-now">
                <span class="ptx-sr">{ format!("{}: ", strings::ERA) }</span>
                { current_era.map_or("", |era| story.era(era).label.as_str()) }
            </p>
            <div class="ptx-track" ref={track} dir={ltr} onpointerdown={onpointer.clone()}
                onpointermove={onpointer.clone()} onpointerup={onpointer.clone()} onpointercancel={onpointer}>
                <div class="ptx-rail" ref={rail} aria-hidden="true">
                    { for scale.bands().iter().map(|b| (b, story.era(b.era))).map(|(b, era)| {
                        let (left, width) = (percent(b.start), percent(b.end - b.start));
                        html! {
                            <span class={classes!("ptx-band", (Some(b.era) == current_era).then_some("ptx-band-current"))}
                                data-left={left} data-width={width} title={era.label.clone()}>
                                <span class="ptx-band-label">{ &era.label }</span>
                            </span>
                        }
                    }) }
                    <Markers scale={scale.clone()} />
                </div>
                <div class="ptx-handle" ref={handle} role="slider" tabindex="0"
                    aria-label={strings::TIMELINE}
                    aria-valuemin="1" aria-valuemax={scale.len().to_string()}
                    aria-valuenow={(position.0 + 1).to_string()} aria-valuetext={valuetext}
                    aria-describedby="ptx-scrub-hint"
                    data-left={percent(scale.position(position))}
                    {onkeydown}></div>
            </div>
            <p class="ptx-axis" aria-hidden="true" dir={ltr}>
                <span>{ date_of(props.visible.first()) }</span>
                <span>{ date_of(props.visible.last()) }</span>
            </p>
            <p class="ptx-sr" id="ptx-scrub-hint">{ strings::TIMELINE_HINT }</p>
        </div>
    }
}
