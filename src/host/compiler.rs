//! The story compiler (`src/bin/story-compiler.rs`: JSON parser, validator
//! and encoder) is a wasm module of its own, fetched only when a page asks
//! for a story file other than the bundled one. Readers of the bundled story
//! never download it. It sits next to the widget's own files; the address is
//! worked out from this snippet's (wasm-bindgen puts snippets two folders
//! below the bundle), so it works under any sub-path and from a CDN.

use wasm_bindgen::prelude::*;

use crate::story::{wire, Report, Story};

#[wasm_bindgen(inline_js = "
let compiler;
export function loadCompiler() {
  compiler ??= import(new URL('../../story-compiler.js', import.meta.url).href)
    .then(async (m) => { await m.default(); return m; });
  // A failure is reported by compileStory, and the next story tries again.
  compiler.catch(() => { compiler = undefined; });
}
export async function compileStory(name, text) {
  loadCompiler();
  const module = await compiler;
  return module.compile_story(name, text);
}")]
extern "C" {
    /// Starts fetching the compiler, so it arrives while the story does.
    #[wasm_bindgen(js_name = loadCompiler)]
    pub fn preload();
    /// `text` stays a JS string: the story goes straight into the compiler's
    /// memory, never through this module's.
    #[wasm_bindgen(catch, js_name = compileStory)]
    async fn compile_story(name: &str, text: &JsValue) -> Result<JsValue, JsValue>;
}

/// Parses and validates `text` (a JS string) in the compiler module.
pub async fn compile(file: &str, text: &JsValue) -> Result<Story, Report> {
    let Ok(compiled) = compile_story(file, text).await else {
        return Err(Report::whole_file(
            file,
            "could not be checked: the story compiler did not load",
        ));
    };
    let bytes = js_sys::Uint8Array::new(&compiled).to_vec();
    wire::decode(&bytes).unwrap_or_else(|| {
        Err(Report::whole_file(
            file,
            "could not be checked: the story compiler gave an unreadable answer",
        ))
    })
}
