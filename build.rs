//! Validates the story file at build time, so `trunk serve` and every build
//! stop with the editor-facing error list instead of shipping a broken story,
//! and compiles it to the binary form the widget decodes (`story::wire`): the
//! first-render wasm carries no JSON parser and no validator.
//!
//! `PTX_STORY=path/to/story.json` bundles another story file (the benchmark
//! builds its synthetic stories this way); the default is the shipped one.

#[allow(dead_code)]
#[path = "src/story/mod.rs"]
mod story;

const DEFAULT_STORY: &str = "static/story.json";

fn main() {
    println!("cargo:rerun-if-env-changed=PTX_STORY");
    let story_path = std::env::var("PTX_STORY").unwrap_or_else(|_| DEFAULT_STORY.to_string());
    println!("cargo:rerun-if-changed={story_path}");
    println!("cargo:rerun-if-changed=src/story");
    let json = match std::fs::read_to_string(&story_path) {
        Ok(json) => json,
        Err(e) => {
            eprintln!("{story_path}: cannot read: {e}");
            std::process::exit(1);
        }
    };
    let loaded = story::Story::load(&story_path, &json);
    if let Err(report) = &loaded {
        eprintln!(
            "The story file has {} problem(s):\n{report}",
            report.problems.len()
        );
        std::process::exit(1);
    }
    let Some(out_dir) = std::env::var_os("OUT_DIR") else {
        eprintln!("OUT_DIR is not set: build.rs runs under cargo only");
        std::process::exit(1);
    };
    let target = std::path::Path::new(&out_dir).join("story.bin");
    if let Err(e) = std::fs::write(&target, story::wire::encode(&loaded)) {
        eprintln!("{}: cannot write: {e}", target.display());
        std::process::exit(1);
    }
    // The studio opens the bundled story as its editors wrote it.
    let text = std::path::Path::new(&out_dir).join("story.json");
    if let Err(e) = std::fs::write(&text, &json) {
        eprintln!("{}: cannot write: {e}", text.display());
        std::process::exit(1);
    }
}
