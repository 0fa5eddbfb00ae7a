use wasm_bindgen::JsValue;

/// The page's current fragment, `#…`, or empty.
pub fn read_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
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
