//! Embed code for producers, built from the widget's public address. Pure.

/// Escapes text for HTML element content and double-quoted attributes.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

/// The iframe snippet for a widget served at `base` (ending in `/`), opening
/// on `fragment`, sized by our host script (or pym.js's parent script).
pub fn iframe_snippet(base: &str, fragment: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" data-ptx-embed style=\"width:100%;height:900px;border:0\" loading=\"lazy\"></iframe>\n<script src=\"{}\" async></script>",
        escape_html(&format!("{base}{fragment}")),
        escape_html(title),
        escape_html(&format!("{base}embed-host.js")),
    )
}

/// The script snippet: the widget mounts straight into the article page.
pub fn script_snippet(base: &str, id: &str) -> String {
    format!(
        "<div data-ptx-explainer data-id=\"{}\"></div>\n<script type=\"module\" src=\"{}\"></script>",
        escape_html(id),
        escape_html(&format!("{base}embed.js")),
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

    #[test]
    fn the_script_snippet_loads_the_module() {
        assert_eq!(
            script_snippet("https://cdn.example/x/", "ex1"),
            "<div data-ptx-explainer data-id=\"ex1\"></div>\n<script type=\"module\" src=\"https://cdn.example/x/embed.js\"></script>"
        );
    }
}
