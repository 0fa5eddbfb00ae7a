//! Turns Trunk's output into the published bundle (run by `src/bin/publish.rs`
//! as a Trunk post-build hook). Pure text transformations, unit-tested, never
//! compiled into the widget's wasm; the studio's wasm has what publishing an
//! edited story takes (`story_page` and what it uses).
//! - `prerender`: the story as HTML in index.html, for no-JS readers and print;
//! - `trunk_index`: Trunk's index.html taken apart and put back together;
//! - `embed`: `embed.js`, `oembed.json` and its discovery link;
//! - `offline`: a single self-contained HTML file for offline reading;
//! - `languages`: what ties the per-language bundles together;
//! - `studio_page`: studio.html, the newsroom studio's page;
//! - `story_page`: what a published page takes from its story, between
//!   markers the build and the studio fill alike.

pub mod embed;
pub mod languages;
#[cfg(not(target_arch = "wasm32"))]
pub mod offline;
pub mod prerender;
pub mod story_page;
#[cfg(not(target_arch = "wasm32"))]
pub mod studio_page;
#[cfg(not(target_arch = "wasm32"))]
pub mod trunk_index;
