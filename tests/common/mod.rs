//! The seed articles the story is built from, for tests that check the
//! story's text against them. They are not ours to ship: they are read from
//! `../shared/seeds/` beside the repository (present in CI and on every
//! developer machine), or from `$PTX_SEEDS`.

#![allow(dead_code)] // each test file uses part of this module

use std::collections::HashMap;
use std::path::PathBuf;
use std::{env, fs};

use alignment_explainer::story::Story;

/// The small story most tests start from.
pub const SMALL_STORY: &str = include_str!("../fixtures/small-story.json");

/// The story the build bundles: `$PTX_STORY` when set (as for build.rs), else
/// static/story.json.
pub fn shipped() -> Story {
    let path = env::var("PTX_STORY")
        .unwrap_or_else(|_| format!("{}/static/story.json", env!("CARGO_MANIFEST_DIR")));
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    Story::load(&path, &text).unwrap_or_else(|r| panic!("{r}"))
}

pub fn seeds_dir() -> PathBuf {
    env::var_os("PTX_SEEDS").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds"),
        PathBuf::from,
    )
}

/// Seed text by seed number ("000"), normalised. Fails loudly when the
/// folder is missing: a check of quotations that cannot see the seeds must
/// not pass.
pub fn seeds() -> HashMap<String, String> {
    let dir = seeds_dir();
    let entries = fs::read_dir(&dir).unwrap_or_else(|e| {
        panic!(
            "cannot read the seed articles at {}: {e}. Put the five seed texts \
             (000_*.txt to 004_*.txt) there, or set PTX_SEEDS to their folder.",
            dir.display()
        )
    });
    let mut seeds = HashMap::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let (Some(number), true) = (name.get(..3), name.ends_with(".txt")) {
            let text = fs::read_to_string(entry.path())
                .unwrap_or_else(|e| panic!("cannot read {name}: {e}"));
            seeds.insert(number.to_string(), normalise(&text));
        }
    }
    assert!(
        seeds.len() >= 5,
        "found {} seed texts in {}; expected 000_*.txt to 004_*.txt",
        seeds.len(),
        dir.display()
    );
    seeds
}

/// The seed text of each source id.
pub fn seed_by_source(story: &Story) -> HashMap<String, String> {
    let seeds = seeds();
    story
        .sources
        .iter()
        .map(|s| {
            let text = seeds.get(&s.seed).unwrap_or_else(|| {
                panic!("source {} names seed {}, which is missing", s.id, s.seed)
            });
            (s.id.clone(), text.clone())
        })
        .collect()
}

/// Typographic quotes and apostrophes as plain ones, every run of white
/// space as one space: what differs between a seed and a faithful quotation.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        let c = match c {
            '‘' | '’' | 'ʼ' => '\'',
            '“' | '”' => '"',
            c => c,
        };
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}
