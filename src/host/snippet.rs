//! Embed code for producers, built from the widget's public address. Pure.

use crate::html::escape_html;

/// The iframe's height before our host script (or pym.js) sizes it to the
/// widget: about one card on a desktop, so the article does not jump much.
pub const IFRAME_HEIGHT: u32 = 900;

/// The iframe snippet for a widget served at `base` (ending in `/`), opening
/// on `fragment`, sized by our host script (or pym.js's parent script).
pub fn iframe_snippet(base: &str, fragment: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" data-ptx-embed style=\"width:100%;height:{IFRAME_HEIGHT}px;border:0\" loading=\"lazy\"></iframe>\n<script src=\"{}\" async></script>",
        escape_html(&format!("{base}{fragment}")),
        escape_html(title),
        escape_html(&format!("{base}embed-host.js")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_iframe_snippet_points_at_the_bundle_and_escapes_attributes() {
        let s = iframe_snippet(
            "https://cdn.example/graphics/x/",
            "#card=a&actors=b",
            "Say \"hi\" <now>",
        );
        assert!(
            s.starts_with("<iframe src=\"https://cdn.example/graphics/x/#card=a&amp;actors=b\""),
            "{s}"
        );
        assert!(s.contains("title=\"Say &quot;hi&quot; &lt;now&gt;\""));
        assert!(s.contains("data-ptx-embed"));
        assert!(s.ends_with(
            "<script src=\"https://cdn.example/graphics/x/embed-host.js\" async></script>"
        ));
    }
}
