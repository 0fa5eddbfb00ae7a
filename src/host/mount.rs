//! Putting the widget on a page: on its own page (`start`, called by
//! `main`), or inside an article through the script embed (`mount_all`,
//! called by embed.js), each instance in its own shadow root.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, ShadowRootInit, ShadowRootMode};

use super::fragment::Theme;
use super::{embed, location};
use crate::components::{Placement, Root, RootProps};

/// Class the prerendered story gets once the interactive widget replaces it
/// on screen (it stays for print).
pub const STATIC_REPLACED: &str = "ptx-static-replaced";
/// Id of the element the widget fills on its own page.
pub const PAGE_ROOT_ID: &str = "ptx-explainer";
/// Attribute marking a script-embed placeholder in an article.
pub const EMBED_ATTRIBUTE: &str = "data-ptx-explainer";

/// After a Rust panic the widget's state can no longer be trusted: log the
/// panic, take the interactive widgets off screen, bring back the prerendered
/// story (which needs no code) and say what happened.
///
/// Through Yew's own setter: `Renderer::render` replaces any hook set with
/// `std::panic::set_hook`, so a plain hook would never run.
fn install_panic_notice() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("explainer: {info}").into());
        show_failure(&gloo::utils::document());
    }));
}

/// The visible failure state; public so it can be tested without a panic.
pub fn show_failure(document: &web_sys::Document) {
    if let Ok(list) = document.query_selector_all(&format!(".{STATIC_REPLACED}")) {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = el.class_list().remove_1(STATIC_REPLACED);
            }
        }
    }
    let mut apps: Vec<Element> = Vec::new();
    if let Ok(list) = document.query_selector_all(".ptx-app") {
        apps.extend((0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()));
    }
    // Script embeds live in shadow roots, out of reach of the query above.
    if let Ok(hosts) = document.query_selector_all("[data-ptx-mounted]") {
        for i in 0..hosts.length() {
            let shadow = hosts
                .item(i)
                .and_then(|n| n.dyn_into::<Element>().ok())
                .and_then(|h| h.shadow_root());
            if let Some(app) = shadow.and_then(|s| s.query_selector(".ptx-app").ok().flatten()) {
                apps.push(app);
            }
        }
    }
    for app in apps {
        if app.class_list().contains("ptx-app-failed") {
            continue;
        }
        let _ = app.class_list().add_1("ptx-app-failed");
        if let Ok(notice) = document.create_element("p") {
            notice.set_class_name("ptx-failure");
            let _ = notice.set_attribute("role", "alert");
            notice.set_text_content(Some(crate::strings::FAILURE));
            let _ = app.before_with_node_1(&notice);
        }
    }
}

fn new_app_container() -> Option<Element> {
    let app = gloo::utils::document().create_element("div").ok()?;
    app.set_class_name("ptx-app");
    Some(app)
}

/// Mounts the widget into `#ptx-explainer` on its own page. The loader
/// script is `async`, so the widget starts as soon as its code has arrived,
/// not after the whole page (and its prerendered story) has been parsed; on a
/// long page that can be before the parser reaches the widget's element.
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
    let props = RootProps {
        placement: Placement {
            sync_location: true,
            heading_level: 1,
            ..Placement::default()
        },
        story_url: story_url.map(Into::into),
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

fn embed_options(host: &Element, index: u32) -> RootProps {
    let attr = |name: &str| host.get_attribute(name).unwrap_or_default();
    let id = attr("data-id");
    let plain = !id.is_empty()
        && id.len() <= 32
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    let link_namespace = if plain { id } else { format!("ptx{index}") };
    let heading_level = attr("data-heading-level")
        .parse()
        .ok()
        .filter(|l| (1..=6).contains(l))
        .unwrap_or(2);
    let theme = match attr("data-theme").as_str() {
        "dark" => Some(Theme::Dark),
        "light" => Some(Theme::Light),
        _ => None,
    };
    let story = attr("data-story");
    RootProps {
        placement: Placement {
            sync_location: true,
            link_namespace: link_namespace.into(),
            heading_level,
            theme,
        },
        story_url: (!story.is_empty()).then(|| story.into()),
    }
}

/// Mounts a widget into every `[data-ptx-explainer]` placeholder not yet
/// mounted, each in its own shadow root so the article's CSS and ours never
/// meet. `stylesheet` is the address of explainer.css. Returns how many it
/// mounted. Exported to embed.js by `main.rs`.
pub fn mount_all(stylesheet: &str) -> u32 {
    install_panic_notice();
    let document = gloo::utils::document();
    let Ok(hosts) = document.query_selector_all(&format!("[{EMBED_ATTRIBUTE}]")) else {
        return 0;
    };
    let mut mounted = 0;
    for index in 0..hosts.length() {
        let Some(host) = hosts.item(index).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        if host.has_attribute("data-ptx-mounted") {
            continue;
        }
        let Ok(shadow) = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)) else {
            continue;
        };
        let _ = host.set_attribute("data-ptx-mounted", "");
        if let Ok(link) = document.create_element("link") {
            let _ = link.set_attribute("rel", "stylesheet");
            let _ = link.set_attribute("href", stylesheet);
            let _ = shadow.append_child(&link);
        }
        let Some(app) = new_app_container() else {
            continue;
        };
        if shadow.append_child(&app).is_ok() {
            yew::Renderer::<Root>::with_root_and_props(app, embed_options(&host, index)).render();
            mounted += 1;
        }
    }
    mounted
}
