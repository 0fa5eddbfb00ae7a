//! An embeddable explainer: one news story as cards, a timeline scrubber and
//! a source for every claim. Pure modules (`story`, `timeline`, `state`,
//! `strings`) know nothing of Yew or the DOM; `components` is the thin view.

pub mod components;
pub mod filter;
pub mod host;
pub mod locator;
pub mod publish;
pub mod state;
pub mod story;
pub mod strings;
pub mod timeline;

/// The story shipped with the widget, as editors write it. Native tools
/// (prerender, checks) read it; the widget itself never parses JSON for it.
pub const STORY_JSON: &str = include_str!("../static/story.json");
/// The same story, validated and compiled by `build.rs` (`story::wire`).
pub const STORY_COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/story.bin"));
pub const STORY_FILE_NAME: &str = "story.json";
