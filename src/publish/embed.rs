//! The files that let other pages embed the widget: `embed.js` (the script
//! embed's entry point) and oEmbed's `oembed.json` with its discovery link.

use super::trunk_index::Bundle;
use crate::host::snippet::{iframe_snippet, IFRAME_HEIGHT};
use crate::html::escape_html;

/// The script embed's entry module: loads the wasm next to it and mounts a
/// widget into every placeholder. Addresses resolve against embed.js itself,
/// so the bundle works from any path or CDN. An error when index.html links
/// no widget stylesheet: the embed would otherwise come out unstyled, with
/// nothing said.
pub fn embed_js(bundle: &Bundle) -> Result<String, String> {
    let css = bundle.widget_css().ok_or_else(|| {
        format!(
            "index.html links no explainer-*.css stylesheet (found: {}); the script embed needs it",
            if bundle.stylesheets.is_empty() {
                "none".to_string()
            } else {
                bundle.stylesheets.join(", ")
            }
        )
    })?;
    Ok(format!(
        "// Script embed: <div data-ptx-explainer></div> + <script type=\"module\" src=\".../embed.js\">.\n\
         import init, {{ mountAll }} from './{glue}';\n\
         await init({{ module_or_path: new URL('./{wasm}', import.meta.url) }});\n\
         mountAll(new URL('./{css}', import.meta.url).href);\n",
        glue = bundle.glue,
        wasm = bundle.wasm,
    ))
}

/// oEmbed (type "rich") for a widget published at `public_url`.
pub fn oembed_json(public_url: &str, title: &str, provider: &str) -> String {
    let html = iframe_snippet(public_url, "", title);
    let value = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": title,
        "provider_name": provider,
        "provider_url": public_url,
        "html": html,
        "width": 740,
        "height": IFRAME_HEIGHT,
    });
    value.to_string()
}

pub fn oembed_link(public_url: &str, title: &str) -> String {
    format!(
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}oembed.json\" title=\"{}\" />",
        escape_html(public_url),
        escape_html(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::trunk_index::{find_bundle, tests::TRUNK_INDEX};

    #[test]
    fn embed_js_resolves_files_next_to_itself() {
        let js = embed_js(&find_bundle(TRUNK_INDEX).expect("found")).expect("embed.js");
        assert!(js.contains("from './app-3.js'"));
        assert!(js.contains("new URL('./app-3_bg.wasm', import.meta.url)"));
        assert!(js.contains("mountAll(new URL('./explainer-2.css', import.meta.url).href)"));
    }

    #[test]
    fn embed_js_without_the_widget_stylesheet_is_an_error() {
        let index = TRUNK_INDEX.replace("explainer-2.css", "other-2.css");
        let bundle = find_bundle(&index).expect("found");
        assert_eq!(
            embed_js(&bundle),
            Err("index.html links no explainer-*.css stylesheet (found: page-1.css, other-2.css); the script embed needs it".to_string())
        );
    }

    #[test]
    fn oembed_is_rich_with_an_absolute_iframe() {
        let json: serde_json::Value = serde_json::from_str(&oembed_json(
            "https://cdn.example/x/",
            "A \"title\"",
            "Desk",
        ))
        .expect("json");
        assert_eq!(json["type"], "rich");
        assert_eq!(json["version"], "1.0");
        assert_eq!(json["title"], "A \"title\"");
        let html = json["html"].as_str().unwrap_or_default();
        assert!(
            html.starts_with("<iframe src=\"https://cdn.example/x/\""),
            "{html}"
        );
        assert!(oembed_link("https://cdn.example/x/", "T")
            .contains("href=\"https://cdn.example/x/oembed.json\""));
    }
}
