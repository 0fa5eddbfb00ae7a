//! The editor-facing error card for a story that cannot be shown.

use yew::prelude::*;

use super::heading::heading;
use crate::story::Report;
use crate::strings;

/// The editor-facing error card: a story that cannot be shown, and why,
/// place by place (file, JSON path and message). A plain view function, not a
/// component: it has no state, and each component costs about 1.7 KB of wasm.
pub fn load_error(report: &Report, heading_level: u8) -> Html {
    html! {
        <section class="ptx ptx-error" role="alert">
            { heading(heading_level, "ptx-title", None, html! { strings::LOAD_ERROR_TITLE }) }
            <p>{ strings::LOAD_ERROR_BODY }</p>
            <ul class="ptx-error-list">
                { for report.lines().map(|line| html! { <li><code>{ line }</code></li> }) }
            </ul>
        </section>
    }
}
