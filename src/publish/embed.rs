//! The files that let other pages embed the widget: `embed.js` (the script
//! embed's entry point) and oEmbed's `oembed.json` with its discovery link.

#[cfg(not(target_arch = "wasm32"))]
use super::trunk_index::Bundle;
use crate::host::snippet::{iframe_snippet, IFRAME_HEIGHT};
use crate::html::escape_html;

/// The script embed's entry module. Fetches nothing (no glue, no wasm, no
/// stylesheet) until a placeholder comes within about one screen of the
/// viewport (at once where IntersectionObserver is missing), then loads the
/// wasm next to it and mounts a widget into every placeholder. Until then
/// each placeholder keeps one screen (at most the iframe's starting height)
/// free, so the article
/// does not move when the widget appears. Addresses resolve against embed.js
/// itself, so the bundle works from any path or CDN. An error when
/// index.html links no widget stylesheet: the embed would otherwise come out
/// unstyled, with nothing said. `handover`: the English bundle's check for
/// an article in another language (`languages::embed_handover_js`), which
/// then loads that language's embed.js instead. The compiled story
/// (`host::story::FILE`) comes while the wasm does.
#[cfg(not(target_arch = "wasm32"))]
pub fn embed_js(bundle: &Bundle, handover: Option<&str>) -> Result<String, String> {
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
    let script = format!(
        r#"const waiting = [...document.querySelectorAll('[data-ptx-explainer]:not([data-ptx-mounted])')];
for (const el of waiting) if (!el.style.minHeight) el.style.minHeight = 'min(100vh, {IFRAME_HEIGHT}px)';
let started = null;
const start = () => {{
  started ??= (async () => {{
    const story = new URL('./{story}', import.meta.url).href;
    const text = fetch(story).then((r) => (r.ok ? r.text() : null), () => null);
    const glue = await import('./{glue}');
    await glue.default({{ module_or_path: new URL('./{wasm}', import.meta.url) }});
    glue.mountAll(new URL('./{css}', import.meta.url).href, story, text);
  }})();
}};
if (!('IntersectionObserver' in window)) start();
else {{
  const near = new IntersectionObserver((entries) => {{
    if (entries.some((e) => e.isIntersecting)) {{ near.disconnect(); start(); }}
  }}, {{ rootMargin: '100% 0px' }});
  for (const el of waiting) near.observe(el);
}}
"#,
        glue = bundle.glue,
        wasm = bundle.wasm,
        story = crate::host::story::FILE,
    );
    let header = "// Script embed: <div data-ptx-explainer></div> + <script type=\"module\" src=\".../embed.js\">.\n";
    Ok(match handover {
        None => format!("{header}{script}"),
        Some(check) => format!(
            "{header}{check}if (handover) import(`./${{handover}}/embed.js`);\nelse {{\n{script}}}\n"
        ),
    })
}

/// The address oEmbed will give consumers, from `PUBLIC_URL`: none when it
/// is not set (oEmbed needs an absolute address, and a guessed one, such as
/// the local server's, would point every consumer at a loopback address);
/// an error when it is not an http(s) address.
pub fn public_url(value: Option<&str>) -> Result<Option<String>, String> {
    let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    let host = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))
        .map_or("", |rest| rest.split('/').next().unwrap_or(""));
    if host.is_empty() || value.contains(['"', '<', '>', ' ', '#', '?']) {
        return Err(format!(
            "PUBLIC_URL must be the bundle's absolute http(s) address, e.g. https://cdn.example/graphics/explainer/ (got {value:?})"
        ));
    }
    let slash = if value.ends_with('/') { "" } else { "/" };
    Ok(Some(format!("{value}{slash}")))
}

/// Who publishes the widget, as oEmbed names the provider.
pub const PROVIDER: &str = "Alignment explainer";

/// The width oEmbed consumers are told to give the iframe: a wide article
/// column; the widget fits any width, and our host script sizes the height.
const OEMBED_WIDTH: u32 = 740;

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
        "width": OEMBED_WIDTH,
        "height": IFRAME_HEIGHT,
    });
    value.to_string()
}

/// The discovery link carries no title (oEmbed makes it optional): the
/// story's title is in the response, and the page outside the story's
/// markers stays the same for every story (`story_page`).
pub fn oembed_link(public_url: &str) -> String {
    format!(
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}oembed.json\" />",
        escape_html(public_url)
    )
}

// Native: they read Trunk's index (trunk_index), which the studio lacks.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::publish::trunk_index::{find_bundle, tests::TRUNK_INDEX};

    #[test]
    fn embed_js_resolves_files_next_to_itself() {
        let js = embed_js(&find_bundle(TRUNK_INDEX).expect("found"), None).expect("embed.js");
        assert!(js.contains("await import('./app-3.js')"));
        assert!(js.contains("new URL('./app-3_bg.wasm', import.meta.url)"));
        assert!(js
            .contains("mountAll(new URL('./explainer-2.css', import.meta.url).href, story, text)"));
        assert!(js.contains("new URL('./story.txt', import.meta.url)"));
        // Nothing is imported before a placeholder is near.
        assert!(!js.contains("import init"), "{js}");
        assert!(js.contains("rootMargin: '100% 0px'"));
    }

    #[test]
    fn embed_js_without_the_widget_stylesheet_is_an_error() {
        let index = TRUNK_INDEX.replace("explainer-2.css", "other-2.css");
        let bundle = find_bundle(&index).expect("found");
        assert_eq!(
            embed_js(&bundle, None),
            Err("index.html links no explainer-*.css stylesheet (found: page-1.css, other-2.css); the script embed needs it".to_string())
        );
    }

    #[test]
    fn oembed_needs_an_absolute_public_address() {
        assert_eq!(public_url(None), Ok(None));
        assert_eq!(public_url(Some(" ")), Ok(None));
        assert_eq!(
            public_url(Some("https://cdn.example/x")),
            Ok(Some("https://cdn.example/x/".into()))
        );
        assert_eq!(
            public_url(Some("http://127.0.0.1:8092/")),
            Ok(Some("http://127.0.0.1:8092/".into()))
        );
        for bad in [
            "./",
            "/graphics/x/",
            "cdn.example/x/",
            "https://",
            "https://a/\"><script>",
        ] {
            assert!(public_url(Some(bad)).is_err(), "{bad}");
        }
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
        assert!(oembed_link("https://cdn.example/x/")
            .contains("href=\"https://cdn.example/x/oembed.json\""));
    }
}
