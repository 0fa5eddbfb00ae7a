//! Surgery on the index.html Trunk writes: which files it names, its inline
//! loader moved into a file (a strict CSP then needs no 'unsafe-inline'),
//! the prerendered story and head tags put in. Text in, text out.

/// The files Trunk wrote, by name, as index.html refers to them.
#[derive(Debug, PartialEq, Eq)]
pub struct Bundle {
    pub glue: String,
    pub wasm: String,
    pub stylesheets: Vec<String>,
}

impl Bundle {
    /// The widget's own stylesheet (the script embed loads only this one).
    pub fn widget_css(&self) -> Option<&str> {
        self.stylesheets
            .iter()
            .map(String::as_str)
            .find(|s| s.starts_with("explainer-"))
    }
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!("{name}=\""))? + name.len() + 2;
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

/// Every `<link …>` tag in `html`.
fn link_tags(html: &str) -> impl Iterator<Item = &str> {
    html.match_indices("<link ").filter_map(move |(i, _)| {
        let end = html[i..].find('>')?;
        Some(&html[i..=i + end])
    })
}

fn file_name(href: &str) -> String {
    href.trim_start_matches("./")
        .trim_start_matches('/')
        .to_string()
}

pub fn find_bundle(index: &str) -> Result<Bundle, String> {
    let mut glue = None;
    let mut wasm = None;
    let mut stylesheets = Vec::new();
    for tag in link_tags(index) {
        let (Some(rel), Some(href)) = (attribute(tag, "rel"), attribute(tag, "href")) else {
            continue;
        };
        match rel {
            // Trunk preloads wasm-bindgen snippets too; the glue is the other one.
            "modulepreload" if !file_name(href).starts_with("snippets/") => {
                glue = Some(file_name(href));
            }
            "preload" if href.ends_with(".wasm") => wasm = Some(file_name(href)),
            "stylesheet" => stylesheets.push(file_name(href)),
            _ => {}
        }
    }
    Ok(Bundle {
        glue: glue.ok_or("index.html: no modulepreload link to the JS glue")?,
        wasm: wasm.ok_or("index.html: no preload link to the wasm file")?,
        stylesheets,
    })
}

/// Drops the `integrity` attribute Trunk puts on the wasm preload: browsers
/// ignore it there and log a warning on every load.
pub fn drop_preload_integrity(index: &str) -> String {
    let mut out = index.to_string();
    for tag in link_tags(index) {
        if attribute(tag, "rel") == Some("preload") {
            if let Some(integrity) = attribute(tag, "integrity") {
                let cleaned = tag.replace(&format!(" integrity=\"{integrity}\""), "");
                out = out.replace(tag, &cleaned);
            }
        }
    }
    out
}

/// A short content hash for the loader's file name, in the style of Trunk's
/// own names: the first 16 hex digits of the SHA-384 the integrity uses.
pub fn content_hash(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha384};
    (Sha384::digest(bytes).iter().take(8))
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Subresource integrity of `bytes`, in the form Trunk writes: `sha384-…`.
pub fn integrity(bytes: &[u8]) -> String {
    use base64::Engine;
    use sha2::{Digest, Sha384};
    let digest = Sha384::digest(bytes);
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Gives the link to `file` the integrity of its new content (after the
/// publish step rewrote the file); an error when no link names it, or the
/// link carries no integrity to update.
pub fn update_integrity(index: &str, file: &str, content: &[u8]) -> Result<String, String> {
    let tag = link_tags(index)
        .find(|tag| attribute(tag, "href").map(file_name).as_deref() == Some(file))
        .ok_or_else(|| format!("index.html: no link to {file}"))?;
    let old = attribute(tag, "integrity")
        .ok_or_else(|| format!("index.html: the link to {file} has no integrity"))?;
    let updated = tag.replace(old, &integrity(content));
    Ok(index.replacen(tag, &updated, 1))
}

const INLINE_MODULE: &str = "<script type=\"module\">";

/// Moves Trunk's inline module script into its own file. Returns the new
/// index.html, the file's name and its content.
pub fn move_loader(index: &str) -> Result<(String, String, String), String> {
    let start = index
        .find(INLINE_MODULE)
        .ok_or("index.html: Trunk's inline loader script is missing")?;
    let body_start = start + INLINE_MODULE.len();
    let len = index[body_start..]
        .find("</script>")
        .ok_or("index.html: the loader script is not closed")?;
    let code = index[body_start..body_start + len].trim().to_string() + "\n";
    let name = format!("loader-{}.js", content_hash(code.as_bytes()));
    // async: the widget need not wait for the whole page to be parsed (a
    // long prerendered story held it back; `app::page::start` copes).
    let tag = format!("<script type=\"module\" async src=\"./{name}\"></script>");
    let rewritten = format!(
        "{}{tag}{}",
        &index[..start],
        &index[body_start + len + "</script>".len()..]
    );
    Ok((rewritten, name, code))
}

/// The widget's root on its own page, where the prerendered story goes.
pub const PAGE_ROOT: &str = "<main id=\"ptx-explainer\" class=\"ptx-host\">";

/// Puts the language switcher just before the widget's page root.
pub fn insert_switcher(index: &str, switcher: &str) -> Result<String, String> {
    let at = index
        .find(PAGE_ROOT)
        .ok_or("index.html: no <main id=\"ptx-explainer\" class=\"ptx-host\">")?;
    Ok(format!("{}{switcher}{}", &index[..at], &index[at..]))
}

pub fn insert_into_head(index: &str, tags: &str) -> Result<String, String> {
    let at = index.find("</head>").ok_or("index.html: no </head>")?;
    Ok(format!("{}{tags}\n  {}", &index[..at], &index[at..]))
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    pub(in crate::publish) const TRUNK_INDEX: &str = r#"<html><head>
<link rel="stylesheet" href="./page-1.css" integrity="sha384-x"/>
<link rel="stylesheet" href="./explainer-2.css" integrity="sha384-y"/>
<script type="module">
import init, * as bindings from './app-3.js';
const wasm = await init({ module_or_path: './app-3_bg.wasm' });
</script>
<link rel="modulepreload" href="./app-3.js" crossorigin="anonymous"><link rel="modulepreload" href="./snippets/app-9/inline0.js" crossorigin="anonymous"><link rel="preload" href="./app-3_bg.wasm" as="fetch" type="application/wasm"></head>
<body><main id="ptx-explainer" class="ptx-host"></main></body></html>"#;

    #[test]
    fn finds_trunks_files() {
        let bundle = find_bundle(TRUNK_INDEX).expect("found");
        assert_eq!(bundle.glue, "app-3.js");
        assert_eq!(bundle.wasm, "app-3_bg.wasm");
        assert_eq!(bundle.stylesheets, vec!["page-1.css", "explainer-2.css"]);
        assert_eq!(bundle.widget_css(), Some("explainer-2.css"));
        assert!(find_bundle("<html></html>").is_err());
    }

    #[test]
    fn moves_the_inline_loader_into_a_hashed_file() {
        let (index, name, code) = move_loader(TRUNK_INDEX).expect("moved");
        assert!(!index.contains("<script type=\"module\">"));
        assert!(index.contains(&format!(
            "<script type=\"module\" async src=\"./{name}\"></script>"
        )));
        assert!(code.starts_with("import init, * as bindings from './app-3.js';"));
        assert_eq!(name, format!("loader-{}.js", content_hash(code.as_bytes())));
        assert!(move_loader("<html></html>").is_err());
    }

    #[test]
    fn inserts_head_tags() {
        let index = insert_into_head(TRUNK_INDEX, "<link rel=\"alternate\">").expect("inserted");
        assert!(index.contains("<link rel=\"alternate\">\n  </head>"));
    }

    #[test]
    fn integrity_is_sha384_in_base64() {
        assert_eq!(
            integrity(b"alert('Hello, world.');"),
            "sha384-H8BRh8j48O9oYatfu5AZzq6A9RINhZO5H16dQZngK7T62em8MUt1FLm52t+eX6xO"
        );
    }

    #[test]
    fn a_rewritten_file_gets_its_new_integrity() {
        let index = update_integrity(TRUNK_INDEX, "explainer-2.css", b"body{}").expect("updated");
        assert!(index.contains(
            "href=\"./explainer-2.css\" integrity=\"sha384-myyg/hQ74aSgjBBvVME/QXAXEkT4Y9dHbVQ5C0lIyGpldvNLJV2IWc5ElXbqLi06\""
        ));
        assert!(index.contains("href=\"./page-1.css\" integrity=\"sha384-x\""));
        assert!(update_integrity(TRUNK_INDEX, "missing.css", b"").is_err());
        assert!(update_integrity(TRUNK_INDEX, "app-3_bg.wasm", b"").is_err());
    }

    #[test]
    fn the_wasm_preload_loses_its_ignored_integrity() {
        let index = "<link rel=\"preload\" href=\"./a.wasm\" integrity=\"sha384-x\" as=\"fetch\"><link rel=\"stylesheet\" href=\"./b.css\" integrity=\"sha384-y\"/>";
        assert_eq!(
            drop_preload_integrity(index),
            "<link rel=\"preload\" href=\"./a.wasm\" as=\"fetch\"><link rel=\"stylesheet\" href=\"./b.css\" integrity=\"sha384-y\"/>"
        );
    }
}
