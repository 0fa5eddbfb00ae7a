//! What the studio asks of the browser: its own storage (the work survives a
//! reload), files in and out, the editor's undo history, and the warning
//! before leaving. Nothing leaves the machine.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlTextAreaElement, Storage};

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

/// The text of a file the editor picked or dropped; `Err` says why not.
pub async fn read_file(file: web_sys::File) -> Result<String, String> {
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
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
