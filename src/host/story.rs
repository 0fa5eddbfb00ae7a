//! Where the widget's own story comes from, in the compiled form
//! (`story::wire`): the published page carries it in an attribute beside
//! the prerendered story (`publish::prerender::story_element`), and the
//! script embed's embed.js fetches the same text from a file next to the
//! bundle. The widget's wasm carries no story, so one build serves any
//! story the studio or the build publishes, and a page ships its story once.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use crate::story::{wire, Report, Story};

/// The element of the published page that carries the story.
pub const ELEMENT_ID: &str = "ptx-story";
/// Its attribute holding the compiled story.
pub const ATTRIBUTE: &str = "data-ptx-story";
/// The compiled story's file beside the bundle, for the script embed.
pub const FILE: &str = "story.txt";
/// The page, as problems with its story name it.
pub const PAGE: &str = "index.html";

/// `text` decoded; a blob this build cannot read (a page or file published
/// by another release of the widget, or damaged) is named as such.
pub fn decode(file: &str, text: &str) -> Result<Story, Report> {
    wire::decode(text.as_bytes()).unwrap_or_else(|| {
        Err(Report::whole_file(
            file,
            "carries a story this version of the widget cannot read: publish the page and the widget's files together",
        ))
    })
}

/// The story the page carries; `None` until the parser has reached it.
pub fn from_page() -> Option<Result<Story, Report>> {
    let element = gloo::utils::document().get_element_by_id(ELEMENT_ID)?;
    let text = element.get_attribute(ATTRIBUTE)?;
    Some(decode(PAGE, &text))
}

/// The page has been parsed whole and carries no story.
pub fn missing_from_page() -> Report {
    Report::whole_file(
        PAGE,
        "carries no story: it was not published by the widget's build or studio",
    )
}

/// The story text embed.js fetched (`file` names it in problems); the
/// promise gives `null` when the file could not be had.
pub async fn fetched(file: &str, text: JsValue) -> Result<Story, Report> {
    let text = JsFuture::from(js_sys::Promise::resolve(&text))
        .await
        .ok()
        .and_then(|text| text.as_string());
    match text {
        Some(text) => decode(file, &text),
        None => Err(Report::whole_file(file, "could not be loaded")),
    }
}
