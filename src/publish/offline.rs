//! One self-contained HTML file for offline reading: every style, script and
//! the wasm inline, so it opens from file://, a download folder or a mail
//! attachment with no network request.

use base64::Engine;

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
        base64::engine::general_purpose::STANDARD.encode(wasm)
    );
    let page = page.replacen("</head>", &format!("<style>{css}</style>\n</head>"), 1);
    page.replacen("</body>", &format!("{script}\n</body>"), 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::trunk_index::{move_loader, tests::TRUNK_INDEX};

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
