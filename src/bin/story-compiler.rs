//! The story compiler: JSON in, the compiled story (or the list of
//! problems) out, in the binary form of `story::wire`. As wasm it is the
//! module the widget fetches only when asked to show a story file other than
//! the bundled one, so the JSON parser and the validator stay out of the
//! first-render bundle.

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn compile_story(file_name: &str, json: &str) -> Vec<u8> {
    alignment_explainer::story::wire::compile(file_name, json)
}

// Only the exported function is used; natively `build.rs` compiles the
// bundled story and `story-check` checks files.
fn main() {}
