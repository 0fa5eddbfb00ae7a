//! The newsroom studio (studio.html, its own wasm: `src/bin/studio.rs`):
//! edit a story file, see every problem where it is, and watch the widget
//! re-render. `check` and `locate` are pure; `view` is the page and
//! `browser` what it asks of the browser. Readers never download any of it.

// The page itself needs the web-sys features the "studio" feature turns on.
#[cfg(feature = "studio")]
pub mod browser;
pub mod check;
pub mod locate;
#[cfg(feature = "studio")]
pub mod view;
