//! Loading a story file other than the bundled one, from the widget's own
//! site only. Every way it can fail ends as a `Report` the widget shows as an
//! error card: never a blank box, never a panic.

use gloo::timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestInit, Response, Url};

use super::{compiler, metrics};
use crate::story::{Report, Story};

/// How long a story file may take to arrive.
pub const TIMEOUT_MS: u32 = 8_000;

/// The story file's answer took longer than readers should wait.
fn too_late(address: &str) -> Report {
    Report::whole_file(
        address,
        format!("did not arrive within {} seconds", TIMEOUT_MS / 1000),
    )
}

/// Fetches the story at `address` (relative to this page) and has the
/// compiler module parse and validate it.
pub async fn load_story(address: &str) -> Result<Story, Report> {
    let url = same_site(address)?;
    // The compiler downloads while the story does.
    compiler::preload();
    let text = fetch_text(address, &url).await?;
    metrics::mark("story-fetched");
    let story = compiler::compile(address, &text).await;
    metrics::mark("story-compiled");
    story
}

/// `address` resolved against this page, if it is on this page's site.
fn same_site(address: &str) -> Result<Url, Report> {
    let location = gloo::utils::window().location();
    let here = location.href().unwrap_or_default();
    let Ok(url) = Url::new_with_base(address, &here) else {
        return Err(Report::whole_file(address, "is not a valid address"));
    };
    if url.origin() != location.origin().unwrap_or_default() {
        return Err(Report::whole_file(
            address,
            "only story files from this site can be loaded",
        ));
    }
    Ok(url)
}

/// The text at `url` as a JS string (it never needs to pass through this
/// module's memory), or why it could not be had within `TIMEOUT_MS`.
/// Problems are reported against `address`, as the page wrote it.
async fn fetch_text(address: &str, url: &Url) -> Result<JsValue, Report> {
    let controller = AbortController::new()
        .map_err(|_| Report::whole_file(address, "cannot be requested here"))?;
    let init = RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    let _timer = {
        let controller = controller.clone();
        Timeout::new(TIMEOUT_MS, move || controller.abort())
    };
    let failed = |otherwise: &str| {
        if controller.signal().aborted() {
            too_late(address)
        } else {
            Report::whole_file(address, otherwise)
        }
    };
    let response =
        JsFuture::from(gloo::utils::window().fetch_with_str_and_init(&url.href(), &init))
            .await
            .map_err(|_| failed("could not be loaded (network error)"))?;
    let Ok(response) = response.dyn_into::<Response>() else {
        return Err(Report::whole_file(address, "could not be loaded"));
    };
    if !response.ok() {
        return Err(Report::whole_file(
            address,
            format!("could not be loaded: HTTP {}", response.status()),
        ));
    }
    let text = response.text().map_err(|_| failed("could not be read"))?;
    JsFuture::from(text)
        .await
        .map_err(|_| failed("could not be read"))
}
