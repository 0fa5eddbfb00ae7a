//! The story compiler: JSON in, the compiled story (or the list of
//! problems) out, in the binary form of `story::wire`. As wasm it is the
//! module the widget fetches only when asked to show a story file other than
//! the bundled one, so the JSON parser and the validator stay out of the
//! first-render bundle. Natively it compiles a file, as `build.rs` does:
//!   cargo run --bin story-compiler -- story.json story.bin

use alignment_explainer::story::wire;
#[cfg(not(target_arch = "wasm32"))]
use alignment_explainer::story::Story;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn compile_story(file_name: &str, json: &str) -> Vec<u8> {
    wire::compile(file_name, json)
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: story-compiler STORY.json OUT.bin");
        std::process::exit(2);
    };
    let json = match std::fs::read_to_string(input) {
        Ok(json) => json,
        Err(e) => {
            eprintln!("{input}: cannot read: {e}");
            std::process::exit(1);
        }
    };
    let loaded = Story::load(input, &json);
    if let Err(report) = &loaded {
        eprintln!("{report}");
        std::process::exit(1);
    }
    if let Err(e) = std::fs::write(output, wire::encode(&loaded)) {
        eprintln!("{output}: cannot write: {e}");
        std::process::exit(1);
    }
}
