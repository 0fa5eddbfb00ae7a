//! An embeddable explainer: one news story as cards, a timeline scrubber and
//! a source for every claim. Pure modules (`story`, `timeline`, `filter`,
//! `state`, `deep_link`, `locator`, `strings`, `number`, `html`,
//! `text_fragment`, `publish`, `app::options` and the pure `host` codecs)
//! know nothing of Yew or the DOM; `components` is the thin view, `app`
//! puts it on a page.
// Outside data never panics the widget: every failure becomes a report or
// is ignored. Tests may still unwrap (clippy.toml).
#![deny(clippy::unwrap_used, clippy::expect_used)]

/// Counts a render of the named component when the `render-count` feature is
/// on (see `render_count`); nothing otherwise.
macro_rules! counted {
    ($component:literal) => {
        #[cfg(feature = "render-count")]
        $crate::render_count::bump($component);
    };
}

#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub mod app;
pub mod components;
pub mod deep_link;
pub mod filter;
pub mod host;
pub mod html;
pub mod locator;
pub mod number;
// Build-time only: kept out of the widget's wasm.
#[cfg(not(target_arch = "wasm32"))]
pub mod publish;
pub mod render_count;
// Studio and native tools only (Cargo.toml, feature "studio").
#[cfg(any(feature = "studio", not(target_arch = "wasm32")))]
pub mod sheets;
pub mod state;
pub mod story;
pub mod strings;
// Studio and native tools only (Cargo.toml, feature "studio").
#[cfg(any(feature = "studio", not(target_arch = "wasm32")))]
pub mod studio;
pub mod text_fragment;
pub mod timeline;
// Studio and native tools only (Cargo.toml, feature "studio").
#[cfg(any(feature = "studio", not(target_arch = "wasm32")))]
pub mod zip;

use story::{wire, Report, Story};

/// The story shipped with the widget (static/story.json unless the build
/// named another), validated and compiled by `build.rs` (`story::wire`).
pub const STORY_COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/story.bin"));
pub const STORY_FILE_NAME: &str = "story.json";

/// The bundled story, decoded: no JSON parsing, no validation at run time.
pub fn bundled_story() -> Result<Story, Report> {
    wire::decode(STORY_COMPILED).unwrap_or_else(|| {
        Err(Report::whole_file(
            STORY_FILE_NAME,
            "the bundled story could not be read",
        ))
    })
}
