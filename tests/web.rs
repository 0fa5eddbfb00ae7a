//! Component tests in headless Chromium: mount the widget on the fixture
//! story, drive it like a reader, assert on the DOM. Each test's widget is
//! unmounted when its `Mounted` guard drops, and the address fragment is
//! cleared, so no test sees another's widget, listener or link.
#![cfg(target_arch = "wasm32")]

mod common;

use std::ops::Deref;
use std::rc::Rc;
use std::time::Duration;

use alignment_explainer::components::{
    explainer, root, Card, Explainer, Placement, Root, SharedStory, StorySource,
};
use alignment_explainer::host::story as host_story;
use alignment_explainer::render_count;
use alignment_explainer::story::{wire, EventIx, Story};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

use common::SMALL_STORY as FIXTURE;

/// Until Yew has rendered everything pending and run its effects. A zero
/// sleep was not enough: under load Yew yields mid-render and finishes in a
/// later task, after such a sleep wakes.
async fn settle() {
    yew::scheduler::flush().await;
    yew::platform::time::sleep(Duration::ZERO).await;
}

/// Waits until `done` holds, checking every 10 ms for at most 3 s, instead
/// of sleeping for a guessed time.
async fn until(what: &str, mut done: impl FnMut() -> bool) {
    for _ in 0..300 {
        if done() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting for {what}");
}

/// This page's address without its fragment, and no history entry for it.
fn clear_hash() {
    let window = gloo::utils::window();
    let location = window.location();
    let url = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Points the fragment at `hash` as a followed link does, and waits until the
/// page has fired its `hashchange` and the widget has rendered: listeners
/// added before this one (a mounted widget's) have then handled it.
async fn set_hash(hash: &str) {
    let window = gloo::utils::window();
    let fired = Rc::new(std::cell::Cell::new(false));
    let _listener = gloo::events::EventListener::once(&window, "hashchange", {
        let fired = fired.clone();
        move |_| fired.set(true)
    });
    window.location().set_hash(hash).expect("set hash");
    until("the hashchange", || fired.get()).await;
    settle().await;
}

/// A mounted widget. Dropping it unmounts the app (its effects clean up,
/// listeners go), removes its container and clears the fragment.
struct Mounted<C: yew::BaseComponent = Explainer> {
    root: Element,
    app: Option<yew::AppHandle<C>>,
}

impl<C: yew::BaseComponent> Deref for Mounted<C> {
    type Target = Element;
    fn deref(&self) -> &Element {
        &self.root
    }
}

impl<C: yew::BaseComponent> Drop for Mounted<C> {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
        clear_hash();
    }
}

/// Mounts a fresh widget on `json` in its own container.
async fn mount_story(json: &str, sync_location: bool) -> Mounted {
    let story = SharedStory::new(Story::load("fixture.json", json).expect("fixture is valid"));
    mount_shared(story, sync_location).await
}

async fn mount_shared(story: SharedStory, sync_location: bool) -> Mounted {
    let placement = Placement {
        sync_location,
        ..Placement::default()
    };
    mount_placed(story, placement).await
}

async fn mount_placed(story: SharedStory, placement: Placement) -> Mounted {
    mount_component::<Explainer>(yew::props!(explainer::Props { story, placement })).await
}

/// Mounts any component with `props` in a fresh container, with the
/// widget's stylesheet on the page.
async fn mount_component<C: yew::BaseComponent>(props: C::Properties) -> Mounted<C> {
    let document = gloo::utils::document();
    // The widget's real stylesheet, so layout assertions mean something.
    if document.get_element_by_id("ptx-test-css").is_none() {
        let style = document.create_element("style").expect("style");
        style.set_id("ptx-test-css");
        style.set_text_content(Some(include_str!("../static/explainer.css")));
        document
            .head()
            .expect("head")
            .append_child(&style)
            .expect("append");
    }
    let root = document.create_element("div").expect("create div");
    gloo::utils::body().append_child(&root).expect("append");
    let app = yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    settle().await;
    Mounted {
        root,
        app: Some(app),
    }
}

async fn mount() -> Mounted {
    mount_story(FIXTURE, false).await
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .expect("valid selector")
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i).and_then(|n| n.dyn_into::<Element>().ok()))
        .collect()
}

/// Events the scrubber's markers stand for.
fn markers(root: &Element) -> usize {
    (find(root, ".ptx-markers").get_attribute("data-count"))
        .and_then(|n| n.parse().ok())
        .unwrap_or_default()
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

async fn press(target: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    target.dispatch_event(&event).expect("dispatch");
    settle().await;
}

async fn click(target: &Element) {
    target
        .dyn_ref::<HtmlElement>()
        .expect("html element")
        .click();
    settle().await;
}

#[wasm_bindgen_test]
async fn renders_the_first_card_with_slider_semantics() {
    let root = mount().await;
    assert_eq!(text(&root, ".ptx-card-title"), "Founding");
    assert_eq!(text(&root, ".ptx-position"), "1 of 5");
    let slider = find(&root, "[role=slider]");
    assert_eq!(slider.get_attribute("aria-valuemin").as_deref(), Some("1"));
    assert_eq!(slider.get_attribute("aria-valuemax").as_deref(), Some("5"));
    assert_eq!(slider.get_attribute("aria-valuenow").as_deref(), Some("1"));
    assert_eq!(
        slider.get_attribute("aria-valuetext").as_deref(),
        Some("1955: Founding")
    );
    assert_eq!(markers(&root), 5);
    assert_eq!(all(&root, ".ptx-band").len(), 2);
}

#[wasm_bindgen_test]
async fn scrubbing_by_keyboard_moves_the_card() {
    let root = mount().await;
    let slider = find(&root, "[role=slider]");
    press(&slider, "ArrowRight").await;
    assert_eq!(text(&root, ".ptx-card-title"), "A decade");
    assert_eq!(text(&root, ".ptx-card-meta time"), "The 1980s");
    press(&slider, "End").await;
    assert_eq!(text(&root, ".ptx-card-title"), "Farewell");
    assert_eq!(
        slider.get_attribute("aria-valuetext").as_deref(),
        Some("28–30 May 2025: Farewell")
    );
    press(&slider, "PageUp").await;
    assert_eq!(
        text(&root, ".ptx-card-title"),
        "Founding",
        "PageUp jumps to the previous era"
    );
    press(&slider, "PageDown").await;
    assert_eq!(
        text(&root, ".ptx-card-title"),
        "A meeting",
        "PageDown jumps to the next era"
    );
    press(&slider, "Home").await;
    assert_eq!(text(&root, ".ptx-position"), "1 of 5");
    press(&slider, "ArrowLeft").await;
    assert_eq!(
        text(&root, ".ptx-position"),
        "1 of 5",
        "stops at the first event"
    );
    assert_eq!(text(&root, "[aria-live]"), "1955: Founding");
}

#[wasm_bindgen_test]
async fn keys_outside_the_slider_do_nothing() {
    let root = mount().await;
    press(&gloo::utils::body().into(), "ArrowRight").await;
    assert_eq!(text(&root, ".ptx-card-title"), "Founding");
}

#[wasm_bindgen_test]
async fn buttons_step_and_disable_at_the_ends() {
    let root = mount().await;
    let buttons = all(&root, ".ptx-step");
    assert!(buttons[0].has_attribute("disabled"));
    click(&buttons[1]).await;
    assert_eq!(text(&root, ".ptx-card-title"), "A decade");
    assert!(!buttons[0].has_attribute("disabled"));
}

#[wasm_bindgen_test]
async fn a_citation_reveals_its_source() {
    let root = mount().await;
    let cite = find(&root, ".ptx-cite");
    assert_eq!(
        cite.get_attribute("aria-label").as_deref(),
        Some("Source: The Daily One, 27 May 2025")
    );
    // Named, not numbered: the same label on every card.
    assert_eq!(cite.text_content().as_deref(), Some("The Daily One"));
    assert_eq!(
        cite.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(root
        .query_selector(".ptx-popover")
        .expect("selector")
        .is_none());
    click(&cite).await;
    assert_eq!(cite.get_attribute("aria-expanded").as_deref(), Some("true"));
    let popover = text(&root, ".ptx-popover");
    assert!(
        popover.contains("The Daily One") && popover.contains("One headline"),
        "{popover}"
    );
    // The source's own words, quoted, under outlet and date.
    assert_eq!(
        text(&root, ".ptx-popover-publisher"),
        "The Daily One · 27 May 2025"
    );
    let quote = find(&root, ".ptx-popover blockquote.ptx-passage");
    assert_eq!(text_of(&quote), "The venture began in 1955.");
    assert_eq!(
        quote.get_attribute("cite").as_deref(),
        Some("https://one.example/article")
    );
    // One click from the passage in the source.
    let link = find(&root, ".ptx-popover a");
    assert_eq!(text_of(&link), "Read in context (opens in a new tab) ↗");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://one.example/article#:~:text=The%20venture%20began%20in%201955.")
    );
    assert_eq!(
        link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
    press(&cite, "Escape").await;
    assert!(
        root.query_selector(".ptx-popover")
            .expect("selector")
            .is_none(),
        "Escape closes it"
    );
}

#[wasm_bindgen_test]
async fn each_claim_names_the_outlets_behind_it_and_versions_show_their_passages() {
    let root = mount().await;
    press(&find(&root, "[role=slider]"), "PageDown").await;
    found(&root, ".ptx-disagree-toggle").await;
    // The citation buttons name the outlets: one line of names, not a number
    // and then the same names again.
    let named: Vec<Vec<String>> = all(&root, ".ptx-claim > .ptx-claim-text")
        .iter()
        .map(|p| all(p, ".ptx-cite").iter().map(text_of).collect())
        .collect();
    assert_eq!(
        named,
        [vec!["The Daily One", "Two Weekly"], vec!["The Daily One"]]
    );
    assert!(all(&root, ".ptx-agreement").is_empty());
    // A long passage is linked by its first and last words.
    click(&find(&root, ".ptx-cite")).await;
    assert_eq!(
        find(&root, ".ptx-popover a").get_attribute("href").as_deref(),
        Some("https://one.example/article#:~:text=The%20two%20leaders%20met,the%20spring%2C%20officials%20said.")
    );
    // A version's citation shows the version's own passage.
    click(&find(&root, ".ptx-disagree-toggle")).await;
    let version = found(&root, ".ptx-version").await;
    click(&find(&version, ".ptx-cite")).await;
    assert_eq!(
        text_of(&found(&version, ".ptx-passage").await),
        "in the old town hall of Northtown"
    );
}

#[wasm_bindgen_test]
async fn the_sources_panel_lists_each_sources_passages_with_their_cards() {
    let root = mount().await;
    let lists = all(&root, ".ptx-source-passages");
    assert_eq!(lists.len(), 2);
    let summaries: Vec<String> = lists.iter().map(|l| text(l, "summary")).collect();
    assert_eq!(summaries, ["Passages quoted (5)", "Passages quoted (3)"]);
    assert!(
        all(&root, ".ptx-passage-list").is_empty(),
        "nothing built before it is asked for"
    );
    click(&find(&root, ".ptx-sources > summary")).await;
    click(&find(&lists[1], "summary")).await;
    let list = found(&lists[1], ".ptx-passage-list").await;
    let items: Vec<(String, String)> = all(&list, "li")
        .iter()
        .map(|li| (text(li, ".ptx-passage"), text(li, ".ptx-passage-for")))
        .collect();
    assert_eq!(
        items,
        [
            (
                "Throughout the 1980s, things happened.".to_string(),
                "Cited for: A decade (The 1980s)".to_string()
            ),
            (
                "The leaders met in Southtown.".to_string(),
                "Cited for: A meeting (25 May 2025)".to_string()
            ),
            (
                "They parted at the end of May.".to_string(),
                "Cited for: Farewell (28–30 May 2025)".to_string()
            ),
        ]
    );
    assert!(
        all(&lists[0], ".ptx-passage-list").is_empty(),
        "the other source's list stays unbuilt"
    );
}

#[wasm_bindgen_test]
async fn a_disagreement_expands_to_each_version_with_sources() {
    let root = mount().await;
    press(&find(&root, "[role=slider]"), "PageDown").await;
    let toggle = find(&root, ".ptx-disagree-toggle");
    assert_eq!(toggle.text_content().as_deref(), Some("⇄Sources disagree"));
    assert!(all(&root, ".ptx-version").is_empty());
    click(&toggle).await;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let versions = all(&root, ".ptx-version");
    assert_eq!(versions.len(), 2);
    // Each version leads with who says it.
    assert!(versions[0]
        .text_content()
        .unwrap_or_default()
        .starts_with("The Daily One In Northtown."));
    let version_cites = all(&versions[1], ".ptx-cite");
    assert_eq!(version_cites.len(), 1);
    assert_eq!(
        version_cites[0].get_attribute("aria-label").as_deref(),
        Some("Source: Two Weekly, date unknown")
    );
    // The next card starts folded.
    press(&find(&root, "[role=slider]"), "ArrowRight").await;
    assert!(all(&root, ".ptx-version").is_empty());
}

#[wasm_bindgen_test]
async fn notes_and_quotes_are_labelled() {
    let root = mount().await;
    let slider = find(&root, "[role=slider]");
    press(&slider, "ArrowRight").await;
    let note = text(&root, ".ptx-note");
    assert!(
        note.starts_with("Editor's note: from outside reporting. Outside reporting disagrees."),
        "{note}"
    );
    assert!(note.contains("Regarding: Two Weekly."), "{note}");
    press(&slider, "ArrowRight").await;
    assert_eq!(text(&root, ".ptx-quote"), "We met");
    assert_eq!(text(&root, ".ptx-quote-by"), " — A leader");
}

#[wasm_bindgen_test]
async fn a_hostile_story_renders_as_inert_text() {
    let root = mount_story(include_str!("fixtures/hostile-story.json"), false).await;
    // Open everything that shows story text.
    let slider = find(&root, "[role=slider]");
    click(&find(&root, ".ptx-cite")).await;
    assert!(text(&root, ".ptx-card-title").starts_with("<img src=x onerror="));
    assert!(text(&root, ".ptx-popover").contains("<b onmouseover="));
    assert!(text(&root, ".ptx-popover .ptx-passage").starts_with("</blockquote><script>"));
    press(&slider, "PageDown").await;
    click(&find(&root, ".ptx-disagree-toggle")).await;
    assert!(text(&root, ".ptx-quote").starts_with("</q><script>"));
    assert!(text(&root, ".ptx-versions-note").starts_with("<details open>"));
    // Nothing was injected: no element the story's text names exists.
    for selector in [
        "script",
        "img",
        "iframe",
        "style",
        "marquee",
        "b",
        "u",
        "a[href^=javascript]",
        "[onerror]",
        "[onload]",
        "[onmouseover]",
        ".ptx-map ~ svg",
    ] {
        assert!(
            root.query_selector(selector).expect("selector").is_none(),
            "{selector} was injected"
        );
    }
    // No script ran.
    let pwned = js_sys::Reflect::get(&gloo::utils::window(), &"__pwned".into()).expect("read");
    assert!(pwned.is_undefined(), "a story string ran as script");
    // Every link the widget emits is http(s).
    for link in all(&root, "a") {
        let href = link.get_attribute("href").unwrap_or_default();
        assert!(
            href.starts_with("https://") || href.starts_with("http://"),
            "{href}"
        );
    }
    // The 400-letter word wraps instead of pushing the widget wider.
    press(&slider, "Home").await;
    let body = find(&root, ".ptx-body");
    assert!(
        body.scroll_width() <= body.client_width() + 1,
        "{} > {}",
        body.scroll_width(),
        body.client_width()
    );
}

#[wasm_bindgen_test]
async fn filtering_by_actor_narrows_cards_and_scrubber() {
    let root = mount().await;
    assert_eq!(text(&root, ".ptx-filter-count"), "Showing all 5 events");
    let boxes = all(&root, ".ptx-actor-filter input");
    assert_eq!(boxes.len(), 3);
    click(&boxes[1]).await; // Betaland
    assert_eq!(text(&root, ".ptx-filter-count"), "Showing 3 of 5 events");
    assert_eq!(markers(&root), 3);
    assert_eq!(text(&root, ".ptx-position"), "1 of 3");
    assert_eq!(
        text(&root, ".ptx-card-title"),
        "A decade",
        "the first card involving Betaland"
    );
    let slider = find(&root, "[role=slider]");
    assert_eq!(slider.get_attribute("aria-valuemax").as_deref(), Some("3"));
    press(&slider, "End").await;
    assert_eq!(text(&root, ".ptx-card-title"), "Talks");
    click(&find(&root, ".ptx-clear")).await;
    assert_eq!(text(&root, ".ptx-filter-count"), "Showing all 5 events");
    assert_eq!(
        text(&root, ".ptx-card-title"),
        "Talks",
        "clearing keeps the card"
    );
}

#[wasm_bindgen_test]
async fn era_and_actor_filters_combine_and_an_empty_result_says_so() {
    let root = mount().await;
    let select = find(&root, ".ptx-era-filter select");
    let select = select
        .dyn_ref::<web_sys::HtmlSelectElement>()
        .expect("select");
    select.set_value("0");
    select
        .dispatch_event(&web_sys::Event::new("change").expect("event"))
        .expect("dispatch");
    settle().await;
    assert_eq!(text(&root, ".ptx-filter-count"), "Showing 2 of 5 events");
    let boxes = all(&root, ".ptx-actor-filter input");
    click(&boxes[1]).await; // Betaland, in the old era: one event
    assert_eq!(text(&root, ".ptx-filter-count"), "Showing 1 of 5 events");
    assert_eq!(text(&root, ".ptx-card-title"), "A decade");
    click(&boxes[1]).await;
    click(&boxes[2]).await; // Gammaland has no events at all
    assert_eq!(text(&root, ".ptx-filter-count"), "Showing 0 of 5 events");
    assert_eq!(
        text(&root, ".ptx-empty p"),
        "No events match these filters."
    );
    assert!(root
        .query_selector("[role=slider]")
        .expect("selector")
        .is_none());
    assert!(root
        .query_selector(".ptx-card")
        .expect("selector")
        .is_none());
    click(&find(&root, ".ptx-empty button")).await;
    assert_eq!(text(&root, ".ptx-filter-count"), "Showing all 5 events");
    assert!(root
        .query_selector(".ptx-card")
        .expect("selector")
        .is_some());
}

#[wasm_bindgen_test]
async fn a_deep_link_opens_its_card_and_follows_the_reader() {
    let window = gloo::utils::window();
    set_hash("card=talks&actors=beta").await;
    let root = mount_story(FIXTURE, true).await;
    assert_eq!(text(&root, ".ptx-card-title"), "Talks");
    assert_eq!(text(&root, ".ptx-filter-count"), "Showing 3 of 5 events");
    press(&find(&root, "[role=slider]"), "ArrowLeft").await;
    assert_eq!(text(&root, ".ptx-card-title"), "A meeting");
    assert_eq!(
        window.location().hash().as_deref(),
        Ok("#card=talks&actors=beta"),
        "the address waits for scrubbing to pause"
    );
    until("the address to follow", || {
        window.location().hash().as_deref() == Ok("#card=meeting&actors=beta")
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_link_followed_after_load_opens_its_card() {
    let root = mount_story(FIXTURE, true).await;
    assert_eq!(text(&root, ".ptx-card-title"), "Founding");
    // As an in-article `<a href="#card=talks">` does: a hashchange, no reload.
    set_hash("card=talks").await;
    assert_eq!(text(&root, ".ptx-card-title"), "Talks");
    // Filters in the link replace the reader's, and the view is the one a
    // fresh load of the link opens (see host::fragment's tests), wherever
    // the reader was.
    click(&all(&root, ".ptx-actor-filter input")[0]).await; // Alphaland
    assert_eq!(text(&root, ".ptx-filter-count"), "Showing 4 of 5 events");
    set_hash("card=farewell&actors=beta&era=new").await;
    assert_eq!(text(&root, ".ptx-filter-count"), "Showing 2 of 5 events");
    assert_eq!(
        text(&root, ".ptx-card-title"),
        "A meeting",
        "farewell is hidden by the linked filter"
    );
    // The article's own anchors are not ours: the view stays.
    set_hash("section-2").await;
    assert_eq!(text(&root, ".ptx-card-title"), "A meeting");
    assert_eq!(text(&root, ".ptx-filter-count"), "Showing 2 of 5 events");
}

#[wasm_bindgen_test]
async fn a_garbage_fragment_is_ignored() {
    set_hash("card=%3Cscript%3E&actors=,,,&theme=<b>").await;
    let root = mount_story(FIXTURE, true).await;
    assert_eq!(text(&root, ".ptx-card-title"), "Founding");
    assert_eq!(text(&root, ".ptx-filter-count"), "Showing all 5 events");
}

#[wasm_bindgen_test]
async fn the_failure_state_shows_one_notice_however_often_it_is_shown() {
    let document = gloo::utils::document();
    let page = document.create_element("div").expect("div");
    page.set_inner_html(
        "<div data-ptx-static class=\"ptx-static ptx-static-replaced\">Static story</div><div class=\"ptx-app\">Widget</div>",
    );
    gloo::utils::body().append_child(&page).expect("append");
    alignment_explainer::app::failure::show_failure(&document);
    let static_story = find(&page, "[data-ptx-static]");
    assert!(!static_story.class_list().contains("ptx-static-replaced"));
    assert!(find(&page, ".ptx-app")
        .class_list()
        .contains("ptx-app-failed"));
    let notice = find(&page, ".ptx-failure");
    assert_eq!(notice.get_attribute("role").as_deref(), Some("alert"));
    assert!(notice
        .text_content()
        .unwrap_or_default()
        .starts_with("Something went wrong"));
    // A second panic does not stack notices.
    alignment_explainer::app::failure::show_failure(&document);
    assert_eq!(all(&page, ".ptx-failure").len(), 1);
    page.remove();
}

/// The fixture with `edit` applied, as JSON text.
fn fixture_with(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut story: serde_json::Value = serde_json::from_str(FIXTURE).expect("fixture is JSON");
    edit(&mut story);
    story.to_string()
}

fn text_of(element: &Element) -> String {
    element.text_content().unwrap_or_default()
}

/// The first element matching `selector` once it is there: a render after
/// an event is not always done by the next tick.
async fn found(root: &Element, selector: &str) -> Element {
    until(selector, || {
        root.query_selector(selector).ok().flatten().is_some()
    })
    .await;
    find(root, selector)
}

#[wasm_bindgen_test]
async fn a_dispute_between_the_parties_reads_each_side_claims_with_outlets_named() {
    let json = fixture_with(|s| {
        let d = &mut s["events"][2]["claims"][0]["disagreement"];
        d["kind"] = "claims".into();
        d["versions"][1]["sources"] = serde_json::json!([]);
        d["versions"][1]["outlets"] = serde_json::json!(["wire-2025-06-01"]);
    });
    let root = mount_story(&json, false).await;
    press(&find(&root, "[role=slider]"), "PageDown").await;
    let toggle = found(&root, ".ptx-disagree-toggle").await;
    assert_eq!(toggle.text_content().as_deref(), Some("⇄Each side claims"));
    click(&toggle).await;
    found(&root, ".ptx-version").await;
    let versions = all(&root, ".ptx-version");
    assert_eq!(versions.len(), 2);
    assert!(all(&versions[1], ".ptx-cite").is_empty(), "no seed cited");
    assert_eq!(
        text_of(&find(&versions[1], ".ptx-version-outlets")),
        " (From outside reporting: Wire Service (opens in a new tab) (Betaland, news agency), 1 June 2025)"
    );
    assert_eq!(
        find(&versions[1], ".ptx-outlet a")
            .get_attribute("href")
            .as_deref(),
        Some("https://wire.example/report")
    );
}

#[wasm_bindgen_test]
async fn a_date_from_outside_reporting_carries_a_marker_that_names_its_outlet() {
    let root = mount().await;
    let slider = find(&root, "[role=slider]");
    assert!(
        all(&root, ".ptx-card-meta .ptx-outside-mark").is_empty(),
        "the first card's date is the seeds'"
    );
    press(&slider, "End").await;
    let mark = found(&root, ".ptx-card-meta details.ptx-outside-mark").await;
    let summary = find(&mark, "summary");
    assert_eq!(
        summary.get_attribute("aria-label").as_deref(),
        Some("Date from outside reporting")
    );
    assert_eq!(text_of(&summary), "†");
    assert!(!mark.has_attribute("open"));
    click(&summary).await;
    assert!(mark.has_attribute("open"), "the marker opens on click");
    assert_eq!(
        text_of(&find(&mark, ".ptx-outside-pop")),
        "Date from outside reporting: Wire Service (opens in a new tab) (Betaland, news agency), 1 June 2025."
    );
}

#[wasm_bindgen_test]
async fn notes_say_whether_they_are_our_reading_or_outside_reporting() {
    let root = mount().await;
    let slider = find(&root, "[role=slider]");
    press(&slider, "ArrowRight").await;
    let outside = found(&root, ".ptx-note.ptx-note-outside").await;
    assert_eq!(
        text_of(&find(&outside, ".ptx-note-label")),
        "Editor's note: from outside reporting. "
    );
    assert_eq!(
        text_of(&find(&outside, ".ptx-note-meta")),
        "Regarding: Two Weekly. From outside reporting: Wire Service (opens in a new tab) (Betaland, news agency), 1 June 2025."
    );
    press(&slider, "ArrowRight").await;
    press(&slider, "ArrowRight").await;
    let correction = found(&root, ".ptx-note.ptx-note-correction").await;
    assert_eq!(
        text_of(&find(&correction, ".ptx-note-label")),
        "Editor's note: our reading of the sources. "
    );
    assert_eq!(
        text_of(&find(&correction, ".ptx-note-meta")),
        "Regarding: The Daily One. "
    );
}

#[wasm_bindgen_test]
async fn source_cards_say_who_is_speaking_and_never_quote_an_inferred_headline() {
    let json = fixture_with(|s| {
        s["sources"][0]["identification"]["headline"] = "likely".into();
        s["sources"][0]["identification"]["author"] = "confirmed".into();
    });
    let root = mount_story(&json, false).await;
    let sources = all(&root, ".ptx-sources .ptx-source");
    assert_eq!(sources.len(), 2);
    assert_eq!(
        text_of(&find(&sources[0], ".ptx-source-about")),
        "About this outlet (our note): Alphaland · newspaper. A daily paper in Alphaland."
    );
    assert_eq!(
        text_of(&find(&sources[1], ".ptx-source-about")),
        "About this outlet (our note): country unknown · analysis site. An analysis site."
    );
    assert_eq!(
        text_of(&find(&sources[0], ".ptx-source-headline")),
        "Headline (inferred, not confirmed): One headline"
    );
    assert!(text_of(&find(&sources[0], ".ptx-source-byline")).starts_with("No byline"));
    assert!(text_of(&find(&sources[1], ".ptx-source-byline")).starts_with("Author: A. Writer"));
    // The citation box says the same.
    let cite = find(&root, ".ptx-card .ptx-cite");
    click(&cite).await;
    assert_eq!(
        text_of(&found(&root, ".ptx-popover-headline").await),
        "Headline (inferred, not confirmed): One headline"
    );
}

#[derive(Properties, PartialEq)]
struct CardHostProps {
    story: SharedStory,
}

/// One `Card` whose index starts out of range and then becomes valid: the
/// same component instance renders both ways, as the rules of hooks require.
#[component]
fn CardHost(props: &CardHostProps) -> Html {
    let index = use_state(|| EventIx(usize::MAX));
    let onclick = {
        let index = index.clone();
        Callback::from(move |_: MouseEvent| index.set(EventIx(0)))
    };
    html! {
        <>
            <button type="button" class="ptx-test-show" {onclick}>{ "show" }</button>
            <Card story={props.story.clone()} index={*index} open_citation={None}
                expanded={Rc::<[usize]>::default()} ondispatch={Callback::noop()} heading_level={3} />
        </>
    }
}

#[wasm_bindgen_test]
async fn a_card_calls_its_hooks_whatever_its_index() {
    let story = SharedStory::new(Story::load("fixture.json", FIXTURE).expect("fixture is valid"));
    let root = mount_component::<CardHost>(CardHostProps { story }).await;
    assert!(root
        .query_selector(".ptx-card")
        .expect("selector")
        .is_none());
    click(&find(&root, ".ptx-test-show")).await;
    assert_eq!(text(&root, ".ptx-card-title"), "Founding");
}

/// DOM changes below the first element matching `selector`, counted as they
/// happen, for parts of the widget whose components are not counted.
fn count_mutations(
    root: &Element,
    selector: &str,
) -> (Rc<std::cell::Cell<u32>>, web_sys::MutationObserver) {
    let count = Rc::new(std::cell::Cell::new(0));
    let callback = wasm_bindgen::closure::Closure::<dyn Fn(js_sys::Array)>::new({
        let count = count.clone();
        move |records: js_sys::Array| count.set(count.get() + records.length())
    });
    let observer =
        web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()).expect("observer");
    callback.forget();
    let init = web_sys::MutationObserverInit::new();
    init.set_subtree(true);
    init.set_child_list(true);
    init.set_attributes(true);
    init.set_character_data(true);
    observer
        .observe_with_options(&find(root, selector), &init)
        .expect("observe");
    (count, observer)
}

/// What each scrub step costs: over ten ArrowRight steps on the shipped
/// story, only the components showing the position may render again, and
/// each claim of each new card renders once.
#[wasm_bindgen_test]
async fn a_scrub_step_re_renders_only_what_shows_the_position() {
    assert!(
        render_count::enabled(),
        "run the component tests with --features render-count (scripts/test.sh does)"
    );
    let story = SharedStory::new(
        Story::load("story.json", include_str!("../static/story.json")).expect("the shipped story"),
    );
    // The claims of the ten cards the steps show.
    let new_claims: u32 = story.events[1..=10]
        .iter()
        .map(|e| e.claims.len() as u32)
        .sum();
    let root = mount_shared(story, false).await;
    let slider = find(&root, "[role=slider]");
    let (sources_changes, sources_observer) = count_mutations(&root, ".ptx-sources");
    let before = render_count::snapshot();
    for _ in 0..10 {
        press(&slider, "ArrowRight").await;
    }
    settle().await;
    sources_observer.disconnect();
    let after = render_count::snapshot();
    assert_eq!(slider.get_attribute("aria-valuenow").as_deref(), Some("11"));
    let renders =
        |name: &str| after.get(name).copied().unwrap_or(0) - before.get(name).copied().unwrap_or(0);
    let table: Vec<String> = after
        .keys()
        .map(|name| format!("{name} {}", renders(name)))
        .collect();
    console_log!("renders over 10 steps: {}", table.join(", "));
    // The counter is live: these change with the position.
    assert_eq!(renders("Explainer"), 10, "{table:?}");
    assert_eq!(renders("Scrubber"), 10, "{table:?}");
    assert_eq!(renders("Card"), 10, "{table:?}");
    assert_eq!(renders("ClaimView"), new_claims, "{table:?}");
    for still in ["Filters", "Share", "Markers", "Outlines"] {
        assert!(
            after.contains_key(still),
            "{still} never rendered: {table:?}"
        );
        assert_eq!(
            renders(still),
            0,
            "{still} re-rendered on a step: {table:?}"
        );
    }
    // The sources panel (not counted) must not change either.
    assert_eq!(
        sources_changes.get(),
        0,
        "the sources panel changed on a step"
    );
}

/// Opening a citation re-renders its card and the claim it belongs to, not
/// the card's other claims; moving it to another claim renders those two.
#[wasm_bindgen_test]
async fn a_citation_re_renders_only_its_own_claim() {
    assert!(render_count::enabled(), "run with --features render-count");
    let root = mount().await;
    press(&find(&root, "[role=slider]"), "PageDown").await;
    let claims = all(&root, ".ptx-card .ptx-claim");
    assert_eq!(claims.len(), 2, "the meeting card has two claims");
    let renders_while = |before: &std::collections::BTreeMap<&str, u32>, name: &str| {
        let after = render_count::snapshot();
        after.get(name).copied().unwrap_or(0) - before.get(name).copied().unwrap_or(0)
    };
    let before = render_count::snapshot();
    click(&find(&claims[0], ".ptx-cite")).await;
    assert_eq!(renders_while(&before, "Card"), 1);
    assert_eq!(
        renders_while(&before, "ClaimView"),
        1,
        "only the first claim"
    );
    let before = render_count::snapshot();
    click(&find(&claims[1], ".ptx-cite")).await;
    assert_eq!(
        renders_while(&before, "ClaimView"),
        2,
        "the first claim closes, the second opens"
    );
    assert!(text(&claims[1], ".ptx-popover").contains("The Daily One"));
}

/// The address as the browser reads it, through `URLSearchParams`: a lone
/// `%` stays, `+` is a space, escapes decode (`?story=%+a.json` once came out
/// as a newline and `.json`).
#[wasm_bindgen_test]
fn query_parameters_are_read_as_the_browser_reads_them() {
    use alignment_explainer::host::location::query_param;
    let window = gloo::utils::window();
    let history = window.history().expect("history");
    let location = window.location();
    let original = location.href().expect("href");
    let path = location.pathname().expect("path");
    history
        .replace_state_with_url(
            &JsValue::NULL,
            "",
            Some(&format!(
                "{path}?story=%+a.json&childId=ptx-1&parentUrl=https%3A%2F%2Fnews.example%2Fstory%3Fa%3D1&bad=%zz&empty="
            )),
        )
        .expect("replace");
    let read = |name: &str| query_param(name);
    let results = [
        read("story"),
        read("childId"),
        read("parentUrl"),
        read("bad"),
        read("empty"),
        read("missing"),
    ];
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&original))
        .expect("restore");
    assert_eq!(
        results,
        [
            Some("% a.json".to_string()),
            Some("ptx-1".to_string()),
            Some("https://news.example/story?a=1".to_string()),
            Some("%zz".to_string()),
            Some(String::new()),
            None,
        ]
    );
}

/// Mounts the fixture as a story in Urdu (its texts stay English: only the
/// direction matters here), with or without the left-to-right embed setting.
async fn mount_urdu(timeline_ltr: bool) -> Mounted {
    let json = fixture_with(|s| s["meta"]["language"] = "ur".into());
    let story = SharedStory::new(Story::load("fixture.json", &json).expect("fixture is valid"));
    let placement = Placement {
        timeline_ltr,
        ..Placement::default()
    };
    mount_placed(story, placement).await
}

fn centre_x(element: &Element) -> f64 {
    let rect = element.get_bounding_client_rect();
    rect.left() + rect.width() / 2.0
}

#[wasm_bindgen_test]
async fn a_right_to_left_story_mirrors_the_timeline_and_its_arrow_keys() {
    let root = mount_urdu(false).await;
    let widget = find(&root, ".ptx");
    assert_eq!(widget.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(widget.get_attribute("lang").as_deref(), Some("ur"));
    let slider = find(&root, "[role=slider]");
    let track = find(&root, ".ptx-track");
    // The first event sits at the right: time runs right to left. (The knob
    // glides to a new place: wait for it to arrive.)
    until("the first event at the right", || {
        centre_x(&slider) > centre_x(&track)
    })
    .await;
    press(&slider, "ArrowLeft").await;
    assert_eq!(text(&root, ".ptx-card-title"), "A decade", "Left goes on");
    press(&slider, "ArrowRight").await;
    assert_eq!(
        text(&root, ".ptx-card-title"),
        "Founding",
        "Right goes back"
    );
    // Time runs right to left: the last event is left of the first (the
    // knob glides there: wait for it).
    press(&slider, "End").await;
    until("the last event at the left", || {
        centre_x(&slider) < centre_x(&track)
    })
    .await;
}

#[wasm_bindgen_test]
async fn an_embed_can_keep_the_timeline_left_to_right_in_urdu() {
    let root = mount_urdu(true).await;
    let widget = find(&root, ".ptx");
    assert_eq!(widget.get_attribute("dir").as_deref(), Some("rtl"));
    let slider = find(&root, "[role=slider]");
    let track = find(&root, ".ptx-track");
    until("the first event at the left", || {
        centre_x(&slider) < centre_x(&track)
    })
    .await;
    press(&slider, "ArrowRight").await;
    assert_eq!(text(&root, ".ptx-card-title"), "A decade", "Right goes on");
    press(&slider, "End").await;
    until("the last event at the right", || {
        centre_x(&slider) > centre_x(&track)
    })
    .await;
}

/// The first card's title, or the error card's lines, once the widget has
/// one or the other (a fetched story arrives a few tasks later).
async fn shown(root: &Element) -> String {
    for _ in 0..50 {
        settle().await;
        if let Ok(Some(card)) = root.query_selector(".ptx-card-title") {
            return card.text_content().unwrap_or_default();
        }
        let errors = all(root, ".ptx-error-list li");
        if !errors.is_empty() {
            let lines: Vec<String> = errors.iter().filter_map(|e| e.text_content()).collect();
            return lines.join("\n");
        }
    }
    panic!("neither a card nor an error card: {}", root.inner_html());
}

fn compiled_fixture() -> String {
    let story = Story::load("fixture.json", FIXTURE).expect("fixture is valid");
    String::from_utf8(wire::encode(&Ok(story))).expect("the compiled form is text")
}

async fn mount_root(source: StorySource) -> Mounted<Root> {
    mount_component::<Root>(yew::props!(root::Props { source })).await
}

/// The widget carries no story: the page hands it one in an attribute
/// beside the prerender. A damaged one, or none, is an error card that
/// names the page, never a blank box.
#[wasm_bindgen_test]
async fn the_story_comes_from_the_page_and_a_damaged_or_missing_one_is_named() {
    let first = Story::load("fixture.json", FIXTURE)
        .expect("fixture is valid")
        .events[0]
        .headline
        .clone();
    let carrier = gloo::utils::document().create_element("div").expect("div");
    carrier.set_id(host_story::ELEMENT_ID);
    carrier
        .set_attribute(host_story::ATTRIBUTE, &compiled_fixture())
        .expect("attribute");
    gloo::utils::body().append_child(&carrier).expect("append");

    let root = mount_root(StorySource::Page).await;
    assert_eq!(shown(&root).await, first);
    drop(root);

    carrier
        .set_attribute(host_story::ATTRIBUTE, "PTX00000000?~~")
        .expect("attribute");
    let root = mount_root(StorySource::Page).await;
    assert_eq!(
        shown(&root).await,
        "index.html: (file): carries a story this version of the widget cannot read: publish the page and the widget's files together"
    );
    drop(root);

    carrier.remove();
    let root = mount_root(StorySource::Page).await;
    assert_eq!(
        shown(&root).await,
        "index.html: (file): carries no story: it was not published by the widget's build or studio"
    );
}

/// The script embed's story comes from embed.js's download of story.txt.
#[wasm_bindgen_test]
async fn the_script_embed_reads_the_story_embed_js_fetched_or_names_the_file() {
    let file = "https://cdn.example/explainer/story.txt";
    let text = js_sys::Promise::resolve(&JsValue::from_str(&compiled_fixture()));
    let root = mount_root(StorySource::Fetched(file.into(), text.into())).await;
    let first = Story::load("fixture.json", FIXTURE)
        .expect("fixture is valid")
        .events[0]
        .headline
        .clone();
    assert_eq!(shown(&root).await, first);
    drop(root);

    // embed.js gives null when the file could not be had.
    let failed = js_sys::Promise::resolve(&JsValue::NULL);
    let root = mount_root(StorySource::Fetched(file.into(), failed.into())).await;
    assert_eq!(
        shown(&root).await,
        format!("{file}: (file): could not be loaded")
    );
}
