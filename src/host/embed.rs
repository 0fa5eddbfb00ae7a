//! Inside an iframe, tell the embedding page how tall we are — on load, on
//! resize and on every card change — so it never shows an inner scrollbar or
//! clips a card. Two dialects, both understood without our own code:
//! pym.js (news sites' usual parent script) and AMP's `embed-size` request.

use std::cell::RefCell;

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{Element, ResizeObserver};

use super::location;
use super::messages::{self, MAX_HEIGHT};

fn in_iframe() -> bool {
    let window = gloo::utils::window();
    match window.parent() {
        Ok(Some(parent)) => parent != window,
        _ => false,
    }
}

/// What the embedding page told us about itself: in the iframe's address
/// (pym.js's parent script) or, from our host script, in a `ptx:host`
/// message after load.
#[derive(Default)]
struct Host {
    child_id: Option<String>,
    parent_url: Option<String>,
    /// The height last reported, sent again when a child id arrives late.
    height: u32,
}

thread_local! {
    static HOST: RefCell<Host> = RefCell::new(Host {
        child_id: location::query_param("childId")
            .and_then(|id| messages::safe_child_id(&id).map(str::to_string)),
        parent_url: location::query_param("parentUrl"),
        height: 0,
    });
}

/// The pym child id the parent gave us, if any.
fn child_id() -> Option<String> {
    HOST.with(|host| host.borrow().child_id.clone())
}

/// The embedding article's address, as pym.js and our host script pass it.
pub fn parent_url() -> Option<String> {
    HOST.with(|host| host.borrow().parent_url.clone())
}

/// Our host script answered: keep what it said, and report the height to it
/// at once (the first reports went out before it had named us).
fn greeted(greeting: messages::HostGreeting) {
    let height = HOST.with(|host| {
        let mut host = host.borrow_mut();
        host.child_id = Some(greeting.child_id);
        host.parent_url = Some(greeting.parent_url);
        host.height
    });
    if height > 0 {
        send_height(height, child_id().as_deref());
    }
}

fn amp_embed_size(height: u32) -> Option<JsValue> {
    let message = Object::new();
    Reflect::set(&message, &"sentinel".into(), &"amp".into()).ok()?;
    Reflect::set(&message, &"type".into(), &"embed-size".into()).ok()?;
    Reflect::set(&message, &"height".into(), &height.into()).ok()?;
    Some(message.into())
}

fn send_height(height: u32, child: Option<&str>) {
    let Ok(Some(parent)) = gloo::utils::window().parent() else {
        return;
    };
    // Heights are not secret, and the embedding origin is not known in advance.
    if let Some(id) = child {
        let _ = parent.post_message(&messages::pym_height(id, height).into(), "*");
    }
    if let Some(amp) = amp_embed_size(height) {
        let _ = parent.post_message(&amp, "*");
    }
}

/// Content height of the page: the bottom of `content` in document coordinates.
fn measure(content: &Element) -> u32 {
    let scroll = gloo::utils::window().scroll_y().unwrap_or(0.0);
    let bottom = content.get_bounding_client_rect().bottom() + scroll;
    bottom.ceil().clamp(0.0, f64::from(MAX_HEIGHT)) as u32
}

/// Starts reporting `content`'s height to the embedding page whenever it
/// changes. Does nothing on a top-level page.
pub fn report_height(content: &Element) {
    if !in_iframe() {
        return;
    }
    let target = content.clone();
    let on_resize = Closure::<dyn Fn()>::new(move || {
        let height = measure(&target);
        let changed = HOST.with(|host| {
            let mut host = host.borrow_mut();
            height > 0 && std::mem::replace(&mut host.height, height) != height
        });
        if changed {
            send_height(height, child_id().as_deref());
        }
    });
    match ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        Ok(observer) => {
            observer.observe(content);
            // The observer and its callback live as long as the page.
            on_resize.forget();
            std::mem::forget(observer);
        }
        Err(_) => {
            // No ResizeObserver (very old browser): report once, still better than a fixed height.
            send_height(measure(content), child_id().as_deref());
        }
    }
}

/// Listens for the host page's `{type: "ptx:show", card}` command (see
/// `messages::show_card_command`) and hands the card id to `on_show`, and
/// for our host script's `ptx:host` greeting, which it asks for once
/// listening. Only messages from the embedding window count. Dropping the
/// guard stops it.
pub fn listen_for_commands(
    on_show: impl Fn(String) + 'static,
) -> Option<gloo::events::EventListener> {
    if !in_iframe() {
        return None;
    }
    let window = gloo::utils::window();
    let listener = Some(gloo::events::EventListener::new(
        &window,
        "message",
        move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                return;
            };
            let parent = gloo::utils::window().parent().ok().flatten();
            let from_parent = match (event.source(), parent) {
                (Some(source), Some(parent)) => JsValue::from(source) == JsValue::from(parent),
                _ => false,
            };
            let data = event.data();
            if !from_parent || !data.is_object() || js_sys::Array::is_array(&data) {
                return;
            }
            let fields: Vec<(String, Option<String>)> =
                Object::entries(&data.unchecked_into::<Object>())
                    .iter()
                    .filter_map(|entry| {
                        let pair = entry.dyn_into::<js_sys::Array>().ok()?;
                        Some((pair.get(0).as_string()?, pair.get(1).as_string()))
                    })
                    .collect();
            if let Some(card) = messages::show_card_command(&fields) {
                on_show(card);
            } else if let Some(greeting) = messages::host_greeting(&fields) {
                greeted(greeting);
            }
        },
    ));
    if let Ok(Some(parent)) = window.parent() {
        let hello = Object::new();
        if Reflect::set(&hello, &"type".into(), &messages::HELLO.into()).is_ok() {
            // Says nothing about the reader; the embedding origin is unknown.
            let _ = parent.post_message(&hello, "*");
        }
    }
    listener
}
