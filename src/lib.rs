//! An embeddable explainer: one news story as cards, a timeline scrubber and
//! a source for every claim. Pure modules (`story`, `timeline`, `filter`,
//! `state`, `deep_link`, `locator`, `i18n`, `strings`, `number`, `html`,
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
pub mod i18n;
pub mod locator;
pub mod number;
// Build time, and the studio's publishing: kept out of the widget's wasm.
#[cfg(any(feature = "studio", not(target_arch = "wasm32")))]
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

/// The story the build publishes (static/story.json unless the build named
/// another), validated and compiled by `build.rs` (`story::wire`). Native
/// only: the publish step puts it in the page and beside embed.js
/// (`host::story`); the widget's wasm carries no story.
#[cfg(not(target_arch = "wasm32"))]
pub const STORY_COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/story.bin"));
pub const STORY_FILE_NAME: &str = "story.json";

/// The language this build speaks (`PTX_LANG`, English by default): one
/// build per language, so a reader downloads only their language's words
/// and story (README, Languages).
pub const BUILD_LANG: i18n::Lang = include!(concat!(env!("OUT_DIR"), "/lang.rs"));

/// In a translated build, the English story's quotations by event id and
/// claim index (`build.rs`): each translated quotation is marked as our
/// translation, with the original one click away. Empty in English.
const ORIGINAL_QUOTES: &[(&str, usize, &str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/originals.rs"));

/// The original English words and speaker of a quotation on the claim at
/// `claim` of event `event`, when the story is a translation.
pub fn original_quote(event: &str, claim: usize) -> Option<(&'static str, &'static str)> {
    ORIGINAL_QUOTES
        .iter()
        .find(|(e, c, _, _)| *e == event && *c == claim)
        .map(|&(_, _, text, by)| (text, by))
}

/// The story file the build publishes, as its editors wrote it: the bundle
/// carries it (`publish::story_page::SOURCE_FILE`) for the studio to open.
#[cfg(not(target_arch = "wasm32"))]
pub const STORY_SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/story.json"));

/// The story the build publishes, decoded.
#[cfg(not(target_arch = "wasm32"))]
pub fn bundled_story() -> Result<story::Story, story::Report> {
    story::wire::decode(STORY_COMPILED).unwrap_or_else(|| {
        Err(story::Report::whole_file(
            STORY_FILE_NAME,
            "the bundled story could not be read",
        ))
    })
}
