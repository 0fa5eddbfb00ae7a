//! Loading a story file other than the bundled one, from the widget's own
//! site only. Every way it can fail ends as a `Report` the widget shows as an
//! error card: never a blank box, never a panic.

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
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
    let controller = AbortController::new()
        .map_err(|_| Report::whole_file(address, "cannot be requested here"))?;
    let init = RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    let timer = {
        let controller = controller.clone();
        Timeout::new(TIMEOUT_MS, move || controller.abort())
    };
    compiler::preload();
    let window = gloo::utils::window();
    let response = JsFuture::from(window.fetch_with_str_and_init(&url.href(), &init)).await;
    let response = match response {
        Ok(r) => r,
        Err(_) if controller.signal().aborted() => {
            return Err(too_late(address));
        }
        Err(_) => {
            return Err(Report::whole_file(
                address,
                "could not be loaded (network error)",
            ))
        }
    };
    let Ok(response) = response.dyn_into::<Response>() else {
        return Err(Report::whole_file(address, "could not be loaded"));
    };
    if !response.ok() {
        return Err(Report::whole_file(
            address,
            format!("could not be loaded: HTTP {}", response.status()),
        ));
    }
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise).await,
        Err(e) => Err(e),
    };
    drop(timer);
    let text = match text {
        Ok(value) => value,
        Err(_) if controller.signal().aborted() => {
            return Err(too_late(address));
        }
        Err(_) => return Err(Report::whole_file(address, "could not be read")),
    };
    metrics::mark("story-fetched");
    let story = compiler::compile(address, &text).await;
    metrics::mark("story-compiled");
    story
}
