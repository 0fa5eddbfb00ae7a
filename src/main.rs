use wasm_bindgen::prelude::*;

fn main() {
    alignment_explainer::app::page::start();
}

/// The script embed's entry point (embed.js). Exported here, not in the
/// library: an export there would be linked into every wasm binary,
/// including the story compiler.
#[wasm_bindgen(js_name = mountAll)]
pub fn mount_all(stylesheet: &str, story: &str, story_text: JsValue) -> u32 {
    alignment_explainer::app::script_embed::mount_all(stylesheet, story, story_text)
}
