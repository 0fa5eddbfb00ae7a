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

/// The story shipped with the widget; `build.rs` has already validated it.
pub const STORY_JSON: &str = include_str!("../static/story.json");
pub const STORY_FILE_NAME: &str = "story.json";
