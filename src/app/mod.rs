//! The composition root: puts the widget on a page, on its own page
//! (`page::start`, called by `main`) or inside an article through the script
//! embed (`script_embed::mount_all`, called by embed.js), and shows the
//! failure state after a panic. The only module that imports both
//! `components` and `host`; neither imports it.

pub mod failure;
pub mod options;
pub mod page;
pub mod script_embed;

use web_sys::Element;

/// Class the prerendered story gets once the interactive widget replaces it
/// on screen (it stays for print).
pub const STATIC_REPLACED: &str = "ptx-static-replaced";
/// Id of the element the widget fills on its own page.
pub const PAGE_ROOT_ID: &str = "ptx-explainer";

/// The element each widget instance renders into.
fn new_app_container() -> Option<Element> {
    let app = gloo::utils::document().create_element("div").ok()?;
    app.set_class_name("ptx-app");
    Some(app)
}
