//! studio.html: the newsroom studio's page (static/studio.html), given the
//! widget's stylesheet under the hashed name Trunk wrote it as, so the
//! preview looks exactly like the published widget.

/// The studio's files as Trunk writes them (index.html builds them).
pub const FILES: [&str; 3] = ["studio.js", "studio_bg.wasm", "studio.css"];

const TEMPLATE: &str = include_str!("../../static/studio.html");
const MARKER: &str = "<!-- the widget's stylesheet -->";

pub fn studio_html(widget_css: &str) -> Result<String, String> {
    if !TEMPLATE.contains(MARKER) {
        return Err(format!("static/studio.html: no \"{MARKER}\" to replace"));
    }
    Ok(TEMPLATE.replace(
        MARKER,
        &format!("<link rel=\"stylesheet\" href=\"./{widget_css}\" />"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_links_the_widget_stylesheet_and_the_studio_code() {
        let page = studio_html("explainer-0123.css").unwrap();
        assert!(page.contains("<link rel=\"stylesheet\" href=\"./explainer-0123.css\" />"));
        assert!(page.contains("import start from './studio.js';"));
        assert!(!page.contains(MARKER));
    }
}
