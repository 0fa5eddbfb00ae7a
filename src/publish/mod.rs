//! Turns Trunk's output into the published bundle (run by `src/bin/publish.rs`
//! as a Trunk post-build hook). Pure text transformations, unit-tested:
//! - the story prerendered into index.html for no-JS readers and print;
//! - Trunk's inline loader moved into a file, so a strict CSP needs no
//!   'unsafe-inline';
//! - `embed.js`, the script embed's entry point;
//! - `oembed.json` and its discovery link;
//! - a single self-contained HTML file for offline reading.

pub mod prerender;

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

/// FNV-1a, 64 bits, as 16 hex digits: content-hashed file names without a
/// hashing dependency.
pub fn content_hash(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
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

const PAGE_ROOT: &str = "<main id=\"ptx-explainer\" class=\"ptx-host\">";

/// Puts the prerendered story inside the widget's page root.
pub fn insert_static(index: &str, static_html: &str) -> Result<String, String> {
    let at = index
        .find(PAGE_ROOT)
        .ok_or("index.html: no <main id=\"ptx-explainer\" class=\"ptx-host\">")?
        + PAGE_ROOT.len();
    Ok(format!("{}{static_html}{}", &index[..at], &index[at..]))
}

pub fn insert_into_head(index: &str, tags: &str) -> Result<String, String> {
    let at = index.find("</head>").ok_or("index.html: no </head>")?;
    Ok(format!("{}{tags}\n  {}", &index[..at], &index[at..]))
}

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
    let html = crate::host::snippet::iframe_snippet(public_url, "", title);
    let value = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": title,
        "provider_name": provider,
        "provider_url": public_url,
        "html": html,
        "width": 740,
        "height": 900,
    });
    value.to_string()
}

pub fn oembed_link(public_url: &str, title: &str) -> String {
    format!(
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}oembed.json\" title=\"{}\" />",
        crate::host::snippet::escape_html(public_url),
        crate::host::snippet::escape_html(title)
    )
}

pub fn base64(bytes: &[u8]) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(char::from(TABLE[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Drops every tag in `html` that starts with `open` (up to its `>`), plus a
/// closing `</script>` right after it when it is a script.
fn drop_tags(html: &str, open: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(open) {
        out.push_str(&rest[..i]);
        let after = &rest[i..];
        let end = after.find('>').map_or(after.len(), |e| e + 1);
        let mut skip = end;
        if after[end..].starts_with("</script>") {
            skip += "</script>".len();
        }
        rest = &after[skip..];
    }
    out.push_str(rest);
    out
}

/// The glue's imports of wasm-bindgen snippets (JS that Rust code declares
/// inline): each import line with the snippet's path in the bundle.
pub fn snippet_imports(glue: &str) -> Vec<(String, String)> {
    glue.lines()
        .filter(|l| l.starts_with("import "))
        .filter_map(|line| {
            let from = line.split(" from ").nth(1)?;
            let path = from.trim().trim_end_matches(';').trim_matches(['\'', '"']);
            let path = path.strip_prefix("./").unwrap_or(path);
            path.starts_with("snippets/")
                .then(|| (line.to_string(), path.to_string()))
        })
        .collect()
}

/// Names of the functions a snippet exports.
fn exported_functions(code: &str) -> Vec<&str> {
    code.lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("export ")?;
            let rest = rest.strip_prefix("async ").unwrap_or(rest);
            let name = rest.strip_prefix("function ")?.split('(').next()?;
            Some(name.trim())
        })
        .collect()
}

/// One self-contained page: styles inline, the JS glue inline, the wasm as
/// base64. Opens from file://, a download folder or a mail attachment with no
/// network request. `index` is the published index.html; `snippets` pairs
/// each of the glue's snippet import lines with the snippet's code, which an
/// inline module must carry itself.
pub fn offline_html(
    index: &str,
    styles: &[String],
    glue: &str,
    snippets: &[(String, String)],
    wasm: &[u8],
) -> String {
    let mut page = index.to_string();
    for open in [
        "<link rel=\"stylesheet\"",
        "<link rel=\"modulepreload\"",
        "<link rel=\"preload\"",
        "<link rel=\"alternate\"",
        "<script type=\"module\" async src=",
    ] {
        page = drop_tags(&page, open);
    }
    // An inline module cannot import itself: make the glue's exports plain
    // declarations and call its initialiser directly.
    // wasm-bindgen imports a snippet by name (`import { f } from …`) and as
    // a namespace (`import * as import1 from …`), possibly several times: its
    // code is inlined once, and a namespace becomes an object of its exports.
    let mut glue = glue.to_string();
    let mut inlined: Vec<&str> = Vec::new();
    for (import, code) in snippets {
        let mut replacement = String::new();
        if !inlined.contains(&code.as_str()) {
            inlined.push(code);
            replacement.push_str(code);
        }
        if let Some(name) = import
            .strip_prefix("import * as ")
            .and_then(|rest| rest.split(' ').next())
        {
            replacement.push_str(&format!(
                "\nconst {name} = {{ {} }};",
                exported_functions(code).join(", ")
            ));
        }
        glue = glue.replacen(import.as_str(), &replacement, 1);
    }
    let glue = glue
        .replace("export async function ", "async function ")
        .replace("export function ", "function ")
        .replace("export class ", "class ")
        .lines()
        .filter(|l| !l.starts_with("export {") && !l.starts_with("export default"))
        .collect::<Vec<_>>()
        .join("\n");
    let css: String = styles.concat();
    let script = format!(
        "<script type=\"module\">\n{glue}\nconst wasmBytes = Uint8Array.from(atob('{}'), (c) => c.charCodeAt(0));\nawait __wbg_init({{ module_or_path: wasmBytes }});\n</script>",
        base64(wasm)
    );
    let page = page.replacen("</head>", &format!("<style>{css}</style>\n</head>"), 1);
    page.replacen("</body>", &format!("{script}\n</body>"), 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK_INDEX: &str = r#"<html><head>
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
    fn inserts_the_static_story_and_head_tags() {
        let index = insert_static(TRUNK_INDEX, "<p>story</p>").expect("inserted");
        assert!(index.contains("<main id=\"ptx-explainer\" class=\"ptx-host\"><p>story</p></main>"));
        let index = insert_into_head(&index, "<link rel=\"alternate\">").expect("inserted");
        assert!(index.contains("<link rel=\"alternate\">\n  </head>"));
    }

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

    #[test]
    fn the_wasm_preload_loses_its_ignored_integrity() {
        let index = "<link rel=\"preload\" href=\"./a.wasm\" integrity=\"sha384-x\" as=\"fetch\"><link rel=\"stylesheet\" href=\"./b.css\" integrity=\"sha384-y\"/>";
        assert_eq!(
            drop_preload_integrity(index),
            "<link rel=\"preload\" href=\"./a.wasm\" as=\"fetch\"><link rel=\"stylesheet\" href=\"./b.css\" integrity=\"sha384-y\"/>"
        );
    }

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64(&[0, 255, 128]), "AP+A");
    }

    #[test]
    fn the_offline_page_has_no_external_reference() {
        let (index, _, _) = move_loader(TRUNK_INDEX).expect("moved");
        // As wasm-bindgen writes them: a named and a namespace import.
        let glue = "import { compileStory } from './snippets/app-1a2b/inline0.js';\nimport * as import1 from \"./snippets/app-1a2b/inline0.js\"\nexport function mountAll(s) {}\nasync function __wbg_init(m) {}\nexport { initSync, __wbg_init as default };";
        let snippet =
            "export function loadCompiler() {}\nexport async function compileStory(n, t) {}";
        let snippets: Vec<_> = snippet_imports(glue)
            .into_iter()
            .map(|(import, path)| {
                assert_eq!(path, "snippets/app-1a2b/inline0.js");
                (import, snippet.to_string())
            })
            .collect();
        assert_eq!(snippets.len(), 2);
        let page = offline_html(
            &index,
            &["body{}".into(), ".ptx{}".into()],
            glue,
            &snippets,
            b"\0asm",
        );
        for external in [
            "href=\"./",
            "src=\"./",
            "modulepreload",
            "export ",
            "import ",
        ] {
            assert!(!page.contains(external), "{external} in {page}");
        }
        assert!(page.contains("<style>body{}.ptx{}</style>"));
        assert!(page.contains("atob('AGFzbQ==')"));
        assert!(page.contains("function mountAll(s) {}"));
        assert_eq!(
            page.matches("async function compileStory(n, t) {}").count(),
            1
        );
        assert!(page.contains("const import1 = { loadCompiler, compileStory };"));
    }
}
