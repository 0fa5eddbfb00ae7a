//! Turns Trunk's output into the published bundle (run by `src/bin/publish.rs`
//! as a Trunk post-build hook). Pure text transformations, unit-tested, and
//! native only: none of it is compiled into the widget's wasm.
//! - `prerender`: the story as HTML in index.html, for no-JS readers and print;
//! - `trunk_index`: Trunk's index.html taken apart and put back together;
//! - `embed`: `embed.js`, `oembed.json` and its discovery link;
//! - `offline`: a single self-contained HTML file for offline reading;
//! - `languages`: what ties the per-language bundles together.

pub mod embed;
pub mod languages;
pub mod offline;
pub mod prerender;
pub mod trunk_index;
