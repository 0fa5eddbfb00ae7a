//! Validates the story file at build time, so `trunk serve` and every build
//! stop with the editor-facing error list instead of shipping a broken story,
//! and compiles it to the form the widget decodes (`story::wire`), which the
//! publish step puts in the page and beside embed.js: the first-render wasm
//! carries no story, no JSON parser and no validator.
//!
//! `PTX_LANG=tr` builds the widget in another language (README, Languages):
//! its interface table and its story, `static/story.tr.json`, which must be a
//! faithful translation of `static/story.json` (`story::translation`).
//! `PTX_STORY=path/to/story.json` bundles another story file (the benchmark
//! builds its synthetic stories this way); the default is the shipped one.

#[allow(dead_code)]
#[path = "src/story/mod.rs"]
mod story;

#[allow(dead_code)]
#[path = "src/i18n/mod.rs"]
mod i18n;

const ENGLISH_STORY: &str = "static/story.json";

fn fail(message: impl std::fmt::Display) -> ! {
    eprintln!("{message}");
    std::process::exit(1);
}

fn main() {
    println!("cargo:rerun-if-env-changed=PTX_STORY");
    println!("cargo:rerun-if-env-changed=PTX_LANG");
    println!("cargo:rerun-if-changed=src/i18n");
    let lang_tag = std::env::var("PTX_LANG").unwrap_or_else(|_| "en".to_string());
    let Some(lang) = i18n::Lang::from_tag(&lang_tag).filter(|l| l.code() == lang_tag) else {
        fail(format!(
            "PTX_LANG=\"{lang_tag}\": the widget is built in one of {}",
            i18n::Lang::ALL.map(|l| l.code()).join(", ")
        ))
    };
    // The pseudo-locale tests the interface only: its story is the English.
    let default_story = if matches!(lang, i18n::Lang::En | i18n::Lang::Pseudo) {
        ENGLISH_STORY.to_string()
    } else {
        format!("static/story.{}.json", lang.code())
    };
    let story_path = std::env::var("PTX_STORY").unwrap_or(default_story);
    println!("cargo:rerun-if-changed={story_path}");
    println!("cargo:rerun-if-changed={ENGLISH_STORY}");
    println!("cargo:rerun-if-changed=src/story");
    let json = match std::fs::read_to_string(&story_path) {
        Ok(json) => json,
        Err(e) => {
            eprintln!("{story_path}: cannot read: {e}");
            std::process::exit(1);
        }
    };
    let loaded = if story_path == ENGLISH_STORY || std::env::var_os("PTX_STORY").is_some() {
        story::Story::load(&story_path, &json)
    } else {
        match std::fs::read_to_string(ENGLISH_STORY) {
            Ok(english) => story::Story::load_translation(&story_path, &json, &english),
            Err(e) => fail(format!("{ENGLISH_STORY}: cannot read: {e}")),
        }
    };
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
    let lang_source = format!("crate::i18n::Lang::{lang:?}");
    let lang_target = std::path::Path::new(&out_dir).join("lang.rs");
    if let Err(e) = std::fs::write(&lang_target, lang_source) {
        fail(format!("{}: cannot write: {e}", lang_target.display()));
    }
    let originals = if story_path == ENGLISH_STORY || std::env::var_os("PTX_STORY").is_some() {
        "&[]".to_string()
    } else {
        original_quotes(&std::fs::read_to_string(ENGLISH_STORY).unwrap_or_default())
    };
    let originals_target = std::path::Path::new(&out_dir).join("originals.rs");
    if let Err(e) = std::fs::write(&originals_target, originals) {
        fail(format!("{}: cannot write: {e}", originals_target.display()));
    }
    let target = std::path::Path::new(&out_dir).join("story.bin");
    if let Err(e) = std::fs::write(&target, story::wire::encode(&loaded)) {
        eprintln!("{}: cannot write: {e}", target.display());
        std::process::exit(1);
    }
    // The bundle carries the story file as its editors wrote it, for the
    // studio to open (the publish step writes it).
    let text = std::path::Path::new(&out_dir).join("story.json");
    if let Err(e) = std::fs::write(&text, &json) {
        eprintln!("{}: cannot write: {e}", text.display());
        std::process::exit(1);
    }
}

/// The English story's quotations, as Rust: `(event id, claim index, text,
/// by)` for each. A translated build shows them beside its own translation
/// of each quotation (`lib::original_quote`); the translation validator has
/// already checked that the two stories have the same events and claims.
fn original_quotes(english: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(english).unwrap_or_default();
    let mut out = String::from("&[\n");
    let events = value["events"].as_array().cloned().unwrap_or_default();
    for event in &events {
        let claims = event["claims"].as_array().cloned().unwrap_or_default();
        for (index, claim) in claims.iter().enumerate() {
            if let (Some(id), Some(text), Some(by)) = (
                event["id"].as_str(),
                claim["quote"]["text"].as_str(),
                claim["quote"]["by"].as_str(),
            ) {
                out.push_str(&format!("    ({id:?}, {index}, {text:?}, {by:?}),\n"));
            }
        }
    }
    out.push(']');
    out
}
