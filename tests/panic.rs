//! A real panic, caught by the hook the widget installs: the prerendered
//! story comes back with a notice. A file of its own because the hook, once
//! installed, is the whole module's, and a panic traps the module's run.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use alignment_explainer::app::failure::install_panic_notice;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_panic_brings_back_the_prerendered_story_with_a_notice() {
    let document = gloo::utils::document();
    let page = document.create_element("div").expect("div");
    page.set_inner_html(
        "<div data-ptx-static class=\"ptx-static ptx-static-replaced\">Static story</div><div class=\"ptx-app\">Widget</div>",
    );
    gloo::utils::body().append_child(&page).expect("append");
    install_panic_notice();

    // The panic happens in a task of its own, as one in an event handler
    // would: it traps that task, not this test.
    let panicking = Closure::once_into_js(|| -> () { panic!("a deliberate panic") });
    gloo::utils::window()
        .set_timeout_with_callback(panicking.unchecked_ref())
        .expect("timeout");

    let mut notice = None;
    for _ in 0..300 {
        notice = page.query_selector(".ptx-failure").ok().flatten();
        if notice.is_some() {
            break;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    let notice = notice.expect("the panic hook shows a notice");
    assert_eq!(notice.get_attribute("role").as_deref(), Some("alert"));
    let restored = page
        .query_selector("[data-ptx-static]")
        .ok()
        .flatten()
        .expect("static story");
    assert!(!restored.class_list().contains("ptx-static-replaced"));
    let app = page.query_selector(".ptx-app").ok().flatten().expect("app");
    assert!(app.class_list().contains("ptx-app-failed"));
    page.remove();
}
