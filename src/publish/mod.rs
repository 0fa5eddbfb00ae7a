//! Turns Trunk's output into the published bundle (run by `src/bin/publish.rs`
//! as a Trunk post-build hook). Pure text transformations, unit-tested, and
//! native only: none of it is compiled into the widget's wasm.
//! - `prerender`: the story as HTML in index.html, for no-JS readers and print;
//! - `trunk_index`: Trunk's index.html taken apart and put back together;
//! - `embed`: `embed.js`, `oembed.json` and its discovery link;
//! - `offline`: a single self-contained HTML file for offline reading;
//! - `studio_page`: studio.html, the newsroom studio's page.

pub mod embed;
pub mod offline;
pub mod prerender;
pub mod studio_page;
pub mod trunk_index;
