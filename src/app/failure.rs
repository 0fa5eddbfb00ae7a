//! What a reader sees after a Rust panic: the widget's state can no longer
//! be trusted, so the interactive widgets leave the screen, the prerendered
//! story (which needs no code) comes back, and a notice says what happened.

use wasm_bindgen::JsCast;
use web_sys::Element;

use super::script_embed::MOUNTED_ATTRIBUTE;
use super::STATIC_REPLACED;

/// Logs the panic and shows the failure state.
///
/// Through Yew's own setter: `Renderer::render` replaces any hook set with
/// `std::panic::set_hook`, so a plain hook would never run.
pub fn install_panic_notice() {
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
    if let Ok(hosts) = document.query_selector_all(&format!("[{MOUNTED_ATTRIBUTE}]")) {
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
