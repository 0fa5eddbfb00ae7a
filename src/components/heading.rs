//! Headings whose level follows where the widget lives.

use yew::prelude::*;

/// A heading at `level` (clamped to h1–h6). The widget's title level depends
/// on where it lives (its own page: h1; inside an article: h2), and every
/// heading below it follows, so the outline never skips a level.
pub fn heading(level: u8, class: &'static str, id: Option<String>, content: Html) -> Html {
    const TAGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];
    let tag = TAGS[usize::from(level.clamp(1, 6)) - 1];
    html! { <@{tag} {class} {id}>{ content }</@> }
}
