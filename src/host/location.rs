use wasm_bindgen::JsValue;

/// The page's current fragment, `#…`, or empty.
pub fn read_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Query parameter `name` of this page's address, decoded exactly as the
/// browser decodes it (`URLSearchParams`): a lone `%` stays, `+` is a space.
pub fn query_param(name: &str) -> Option<String> {
    let href = gloo::utils::window().location().href().ok()?;
    web_sys::Url::new(&href).ok()?.search_params().get(name)
}

/// Calls `on_change` with the new fragment whenever it changes after load (a
/// link in the article, the back button; not our own `replace_hash`).
/// Dropping the guard stops it.
pub fn on_hash_change(on_change: impl Fn(String) + 'static) -> gloo::events::EventListener {
    gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
        on_change(read_hash())
    })
}

/// Points the address at `hash` without adding a history entry, so scrubbing
/// through thirty cards does not fill the back button.
pub fn replace_hash(hash: &str) {
    let window = gloo::utils::window();
    let location = window.location();
    let (Ok(path), Ok(search), Ok(history)) =
        (location.pathname(), location.search(), window.history())
    else {
        return;
    };
    let url = format!("{path}{search}{hash}");
    // The host page may forbid it (sandboxed iframe): the link just stays as it was.
    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
}

/// This page's address without query or fragment, and without a trailing
/// `index.html`: the base every snippet and link is built on.
pub fn page_url() -> String {
    let location = gloo::utils::window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let path = path.strip_suffix("index.html").unwrap_or(&path);
    format!("{origin}{path}")
}

/// Copies `text` to the clipboard; resolves to whether it worked (it needs a
/// secure context and, in an iframe, the host's permission).
pub async fn copy_to_clipboard(text: &str) -> bool {
    let clipboard = gloo::utils::window().navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}
