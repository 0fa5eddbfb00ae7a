//! What the studio asks of the browser: its own storage (the work survives a
//! reload), files in and out, the bundle it was published with, the
//! editor's undo history, and the warning before leaving. Nothing leaves the
//! machine: the bundle's files are read from the studio's own site.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlTextAreaElement, Storage};

use crate::publish::story_page::{MANIFEST_FILE, SOURCE_FILE};

/// The text being edited, written after every check.
const WORK_KEY: &str = "ptx-studio:work";
/// The text as last opened or downloaded: what "unsaved" is measured against.
const SAVED_KEY: &str = "ptx-studio:saved";

fn storage() -> Option<Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// The work kept from an earlier visit, and the text it was last saved as.
pub fn kept_work() -> Option<(String, String)> {
    let storage = storage()?;
    let work = storage.get_item(WORK_KEY).ok().flatten()?;
    let saved = storage
        .get_item(SAVED_KEY)
        .ok()
        .flatten()
        .unwrap_or_default();
    Some((work, saved))
}

/// Keeps the work; a full or forbidden storage only loses the keeping.
pub fn keep_work(text: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(WORK_KEY, text);
    }
}

pub fn keep_saved(text: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(SAVED_KEY, text);
    }
}

/// Forgets the kept work (the explicit "discard").
pub fn forget_work() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(WORK_KEY);
        let _ = storage.remove_item(SAVED_KEY);
    }
}

/// Replaces the editor's whole text, cursor and scroll at the top. Not as
/// typing (`execCommand("insertText")`) would, which keeps the browser's
/// undo history: Chromium takes minutes to insert the real story's 2,400
/// lines that way. The studio keeps the text before instead (view.rs).
pub fn replace_text(editor: &HtmlTextAreaElement, text: &str) {
    editor.set_value(text);
    let _ = editor.set_selection_range(0, 0);
    editor.set_scroll_top(0);
}

/// Offers `content` as a download named `name`, of MIME type `kind`.
pub fn download(name: &str, content: &[u8], kind: &str) {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(kind);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(link) = gloo::utils::document().create_element("a") {
        let link = link.unchecked_into::<web_sys::HtmlAnchorElement>();
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The bytes at `path`, relative to the studio's page.
async fn fetch_bytes(path: &str) -> Result<Vec<u8>, String> {
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(path))
        .await
        .map_err(|_| format!("{path} could not be loaded (network error)"))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| format!("{path} could not be loaded"))?;
    if !response.ok() {
        return Err(format!(
            "{path} could not be loaded: HTTP {}",
            response.status()
        ));
    }
    let buffer = response
        .array_buffer()
        .map_err(|_| format!("{path} could not be read"))?;
    let buffer = JsFuture::from(buffer)
        .await
        .map_err(|_| format!("{path} could not be read"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The story file published with the studio, as its editors wrote it.
pub async fn published_story() -> Result<String, String> {
    String::from_utf8(fetch_bytes(SOURCE_FILE).await?)
        .map_err(|_| format!("{SOURCE_FILE} is not UTF-8 text"))
}

/// Every file of the bundle the studio was published with, as its
/// manifest lists them.
pub async fn published_bundle() -> Result<Vec<(String, Vec<u8>)>, String> {
    let manifest = fetch_bytes(MANIFEST_FILE).await?;
    let manifest = String::from_utf8(manifest).map_err(|_| format!("{MANIFEST_FILE}: not text"))?;
    let mut files = Vec::new();
    for name in manifest.lines().filter(|l| !l.is_empty()) {
        files.push((name.to_string(), fetch_bytes(name).await?));
    }
    Ok(files)
}

/// The text of a file the editor picked or dropped; `Err` says why not.
pub async fn read_file(file: web_sys::File) -> Result<String, String> {
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| format!("{} could not be read", file.name()))?;
    text.as_string()
        .ok_or_else(|| format!("{} is not text", file.name()))
}

/// Asks the browser to confirm leaving while `unsaved` holds.
pub fn warn_before_leaving(unsaved: Rc<Cell<bool>>) -> EventListener {
    EventListener::new_with_options(
        &gloo::utils::window(),
        "beforeunload",
        EventListenerOptions::enable_prevent_default(),
        move |event| {
            if unsaved.get() {
                event.prevent_default();
                if let Some(event) = event.dyn_ref::<web_sys::BeforeUnloadEvent>() {
                    // Older browsers ask only when a return value is set.
                    event.set_return_value("unsaved");
                }
            }
        },
    )
}
