//! The explainer's ties to the page it lives on, one hook each: the view a
//! link asked for at load, the address following the reader, links followed
//! after load, and commands from the embedding page. Each does nothing when
//! the widget owns neither the address nor the page (`sync_location` off).

use std::cell::Cell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::Placement;
use super::SharedStory;
use crate::deep_link;
use crate::host::fragment::{self, Fragment, Theme};
use crate::host::{embed, location};
use crate::state::{Action, State};

/// How long the address waits for scrubbing to pause before it follows.
const LINK_DEBOUNCE_MS: u32 = 150;

/// The view the address asked for when the widget started (read once).
#[hook]
pub fn use_start_link(placement: &Placement) -> Rc<Fragment> {
    let sync = placement.sync_location;
    let ns = placement.link_namespace.clone();
    use_memo((), move |_| {
        if sync {
            fragment::parse_in(&location::read_hash(), &ns)
        } else {
            Fragment::default()
        }
    })
}

/// Keeps the address in step with what the reader sees, from the first
/// change on. Debounced: browsers throttle (and then ignore) rapid
/// replaceState calls, and a fast drag across a long story makes hundreds.
/// The same effect (one effect costs bytes) brings the new card's top
/// (`main`) into view when the card changed under a reader who had scrolled
/// into the last one (a swipe or Next at its foot): otherwise they are left
/// mid-card with no sign that anything happened. Never on the first render:
/// a page opened (or restored) mid-scroll stays put.
#[hook]
pub fn use_address_follows(
    state: &UseReducerHandle<State>,
    story: &SharedStory,
    placement: &Placement,
    theme: Option<Theme>,
    main: &NodeRef,
) {
    let shown = use_ref(|| Cell::new(None));
    let pending_link = use_mut_ref(|| None::<Timeout>);
    use_effect_with((state.clone(), placement.sync_location), {
        let story = story.clone();
        let ns = placement.link_namespace.clone();
        let main = main.clone();
        move |(state, sync)| {
            let Some(before) = shown.replace(Some(state.current)) else {
                return;
            };
            if before != state.current {
                if let Some(main) = main.cast::<web_sys::Element>() {
                    if main.get_bounding_client_rect().top() < 0.0 {
                        main.scroll_into_view();
                    }
                }
            }
            if *sync {
                let ours = deep_link::from_state(state, &story, theme);
                // Replacing the pending timeout cancels it.
                *pending_link.borrow_mut() = Some(Timeout::new(LINK_DEBOUNCE_MS, move || {
                    location::replace_hash(&fragment::merge(&location::read_hash(), &ns, &ours));
                }));
            }
        }
    });
}

/// A deep link followed after load (an in-article `<a href="#card=…">`, the
/// back button) opens the same view as on a fresh load: from the reset view,
/// through the same actions, so the reader's filters give way.
#[hook]
pub fn use_followed_links(
    dispatcher: UseReducerDispatcher<State>,
    story: &SharedStory,
    placement: &Placement,
) {
    use_effect_with(
        (placement.sync_location, placement.link_namespace.clone()),
        {
            let story = story.clone();
            move |(sync, ns): &(bool, AttrValue)| {
                let ns = ns.clone();
                let listener = sync.then(|| {
                    location::on_hash_change(move |hash| {
                        let link = fragment::parse_in(&hash, &ns);
                        if link.names_a_view() {
                            dispatcher.dispatch(Action::Reset);
                            for action in deep_link::actions(&link, &story) {
                                dispatcher.dispatch(action);
                            }
                        }
                    })
                });
                move || drop(listener)
            }
        },
    );
}

/// The embedding page may ask for a card (the only command we accept).
#[hook]
pub fn use_host_commands(dispatcher: UseReducerDispatcher<State>, story: &SharedStory, sync: bool) {
    use_effect_with(sync, {
        let story = story.clone();
        move |sync| {
            let listener = sync
                .then(|| {
                    embed::listen_for_commands(move |card| {
                        if let Some(event) = story.event_by_id(&card) {
                            dispatcher.dispatch(Action::Goto(event));
                        }
                    })
                })
                .flatten();
            move || drop(listener)
        }
    });
}
