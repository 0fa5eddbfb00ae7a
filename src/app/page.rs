//! The widget on its own page (index.html, also the iframe embed): mounts
//! into `#ptx-explainer` and retires the prerendered story.

use gloo::events::EventListener;
use web_sys::Element;

use super::failure::install_panic_notice;
use super::{new_app_container, PAGE_ROOT_ID, STATIC_REPLACED};
use crate::components::{root, Placement, Root, StorySource};
use crate::host::{embed, location};

/// Mounts the widget into `#ptx-explainer`. The loader script is `async`,
/// so the widget starts as soon as its code has arrived, not after the whole
/// page (and its prerendered story) has been parsed; on a long page that can
/// be before the parser reaches the widget's element.
pub fn start() {
    let document = gloo::utils::document();
    let Some(host) = document.get_element_by_id(PAGE_ROOT_ID) else {
        if document.ready_state() == "loading" {
            EventListener::once(&document, "DOMContentLoaded", |_| start()).forget();
        }
        return;
    };
    install_panic_notice();
    let story_url = location::query_param("story").filter(|u| !u.is_empty());
    settle_prerendered(&document, &host, story_url.is_some());
    let Some(app) = new_app_container() else {
        return;
    };
    if host.append_child(&app).is_err() {
        return;
    }
    let props = root::Props {
        placement: Placement {
            sync_location: true,
            heading_level: 1,
            timeline_ltr: location::query_param("timeline").as_deref() == Some("ltr"),
            ..Placement::default()
        },
        source: story_url.map_or(StorySource::Page, |url| StorySource::File(url.into())),
    };
    yew::Renderer::<Root>::with_root_and_props(app, props).render();
    embed::report_height(&host);
}

/// The prerendered story leaves the screen once the widget is up (it stays
/// for print and for the panic notice), or goes entirely when another story
/// was asked for: it is the bundled story, and must not print or resurface.
/// While the page is still being parsed it may be partly there or not yet:
/// then this is done again once parsing ends.
fn settle_prerendered(document: &web_sys::Document, host: &Element, other_story: bool) {
    let settle = move |host: &Element| {
        if let Ok(Some(prerendered)) = host.query_selector("[data-ptx-static]") {
            if other_story {
                prerendered.remove();
            } else {
                let _ = prerendered.class_list().add_1(STATIC_REPLACED);
            }
        }
    };
    settle(host);
    if document.ready_state() == "loading" {
        let host = host.clone();
        EventListener::once(document, "DOMContentLoaded", move |_| settle(&host)).forget();
    }
}
