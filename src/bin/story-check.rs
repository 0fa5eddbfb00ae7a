//! Checks a story file the way the build does, for editors:
//!     cargo run --bin story-check -- path/to/story.json
//! Prints every problem (file, JSON path, what is wrong) and exits 1, or says
//! what the story holds and exits 0.

use std::{env, fs, process};

use alignment_explainer::story::{Report, Story, MAX_STORY_BYTES};

fn main() {
    let Some(path) = env::args().nth(1) else {
        eprintln!("usage: story-check path/to/story.json");
        process::exit(2);
    };
    // Refuse oversized files before reading them into memory.
    match fs::metadata(&path) {
        Ok(meta) if meta.len() > MAX_STORY_BYTES as u64 => {
            eprintln!("{}", Report::too_big(&path, meta.len()));
            process::exit(1);
        }
        Ok(_) => {}
        Err(e) => {
            eprintln!("{path}: cannot read: {e}");
            process::exit(1);
        }
    }
    let text = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{path}: cannot read: {e}");
            process::exit(1);
        }
    };
    match Story::load(&path, &text) {
        Ok(story) => {
            let claims: usize = story.events.iter().map(|e| e.claims.len()).sum();
            println!(
                "{path}: valid: {} events, {claims} claims, {} sources, {} eras",
                story.events.len(),
                story.sources.len(),
                story.eras.len()
            );
        }
        Err(report) => {
            eprintln!("{report}");
            eprintln!("{} problem(s)", report.problems.len());
            process::exit(1);
        }
    }
}
