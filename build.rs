//! Validates the story file at build time, so `trunk serve` and every build
//! stop with the editor-facing error list instead of shipping a broken story.

#[allow(dead_code)]
#[path = "src/story/mod.rs"]
mod story;

const STORY_PATH: &str = "static/story.json";

fn main() {
    println!("cargo:rerun-if-changed={STORY_PATH}");
    println!("cargo:rerun-if-changed=src/story");
    let json = match std::fs::read_to_string(STORY_PATH) {
        Ok(json) => json,
        Err(e) => {
            eprintln!("{STORY_PATH}: cannot read: {e}");
            std::process::exit(1);
        }
    };
    if let Err(report) = story::Story::load(STORY_PATH, &json) {
        eprintln!(
            "The story file has {} problem(s):\n{report}",
            report.problems.len()
        );
        std::process::exit(1);
    }
}
