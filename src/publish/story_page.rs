//! What a published page takes from its story, between markers that stay in
//! the page: in the head the title, description and social-preview tags; in
//! the widget's root the prerendered story and the compiled story the widget
//! reads (`host::story`). The build fills the markers of Trunk's index.html
//! (src/bin/publish.rs); the studio fills the same markers of the published
//! index.html and offline page to publish an edited story with no toolchain.
//! Both call `parts` and `fill`, so for one story they write the same bytes.

use super::{embed, prerender};
use crate::host::story::FILE as STORY_FILE;
use crate::html::escape_html;
use crate::story::{wire, Story};

/// The widget's page.
pub const PAGE_FILE: &str = "index.html";
/// The single-file offline page.
pub const OFFLINE_FILE: &str = "explainer-offline.html";
/// The story file itself, as its editors wrote it: what the studio opens.
pub const SOURCE_FILE: &str = "story.json";
/// oEmbed's answer, written when the build knows the bundle's address.
pub const OEMBED_FILE: &str = "oembed.json";
/// Every file of the bundle, one path a line: what the studio's "Download
/// bundle" puts in its zip.
pub const MANIFEST_FILE: &str = "bundle-files.txt";

/// A stretch of the page that comes from the story.
struct Region {
    name: &'static str,
    start: &'static str,
    end: &'static str,
}

const HEAD: Region = Region {
    name: "head",
    start: "<!-- story head -->",
    end: "<!-- /story head -->",
};
const BODY: Region = Region {
    name: "body",
    start: "<!-- story -->",
    end: "<!-- /story -->",
};

/// What fills the regions for one story.
pub struct StoryParts {
    head: String,
    body: String,
}

/// The page's title, description and social-preview tags (Open Graph, which
/// Facebook, LinkedIn, Slack and WhatsApp read, and X's card) from the
/// story's title and standfirst, in the story's language; then the story,
/// for the widget (`compiled`, `story::wire`) and readable (the prerender).
pub fn parts(story: &Story, compiled: &[u8]) -> Result<StoryParts, String> {
    let title = escape_html(&story.meta.title);
    let standfirst = escape_html(&story.meta.standfirst);
    let head = format!(
        "<title>{title} — {}</title>\n    <meta name=\"description\" content=\"{standfirst}\" />\n    <meta property=\"og:type\" content=\"article\" />\n    <meta property=\"og:title\" content=\"{title}\" />\n    <meta property=\"og:description\" content=\"{standfirst}\" />\n    <meta name=\"twitter:card\" content=\"summary\" />",
        escape_html(crate::strings::KICKER),
    );
    // The widget's copy first: on a long page the widget can start before
    // the parser has reached the end of the prerender.
    let body = prerender::story_element(compiled)? + &prerender::static_story(story);
    Ok(StoryParts { head, body })
}

/// Trunk's index.html with its `<title>` and description made the head
/// region and an empty story region at the start of the widget's root
/// (`root_tag`).
pub fn mark(index: &str, root_tag: &str) -> Result<String, String> {
    const DESCRIPTION: &str = "<meta name=\"description\" content=\"";
    let title = index.find("<title>").ok_or("index.html: no <title>")?;
    let description = index[title..]
        .find(DESCRIPTION)
        .map(|at| title + at)
        .ok_or_else(|| format!("index.html: no {DESCRIPTION}…\" /> after the <title>"))?;
    let end = index[description..]
        .find(" />")
        .map(|at| description + at + " />".len())
        .ok_or("index.html: the description meta tag is not closed with \" />\"")?;
    let index = format!(
        "{}{}{}{}",
        &index[..title],
        HEAD.start,
        HEAD.end,
        &index[end..]
    );
    let root = index
        .find(root_tag)
        .ok_or_else(|| format!("index.html: no {root_tag}"))?
        + root_tag.len();
    Ok(format!(
        "{}{}{}{}",
        &index[..root],
        BODY.start,
        BODY.end,
        &index[root..]
    ))
}

/// `page` (marked by `mark`, filled or not) with its regions holding
/// `parts`: whatever they held before is gone.
pub fn fill(page: &str, parts: &StoryParts) -> Result<String, String> {
    let page = fill_region(page, &HEAD, &parts.head)?;
    fill_region(&page, &BODY, &parts.body)
}

fn fill_region(page: &str, region: &Region, content: &str) -> Result<String, String> {
    let missing = || {
        format!(
            "the page has no story {} markers ({} … {}): it was not published by this version's build",
            region.name, region.start, region.end
        )
    };
    if page.matches(region.start).count() != 1 || page.matches(region.end).count() != 1 {
        return Err(missing());
    }
    let (Some(start), Some(end)) = (page.find(region.start), page.find(region.end)) else {
        return Err(missing());
    };
    let inside = start + region.start.len();
    if end < inside {
        return Err(missing());
    }
    Ok(format!("{}{content}{}", &page[..inside], &page[end..]))
}

/// `files`, a published bundle (`MANIFEST_FILE`'s files with their bytes),
/// made the bundle of `story`, whose file reads `source`: the files that
/// come from the story written anew as the build writes them, every other
/// file as it is.
pub fn republish(
    files: Vec<(String, Vec<u8>)>,
    story: &Story,
    source: &str,
) -> Result<Vec<(String, Vec<u8>)>, String> {
    let compiled = wire::encode(&Ok(story.clone()));
    let parts = parts(story, &compiled)?;
    files
        .into_iter()
        .map(|(name, bytes)| {
            let bytes = match name.as_str() {
                PAGE_FILE | OFFLINE_FILE => {
                    let page =
                        String::from_utf8(bytes).map_err(|_| format!("{name}: not UTF-8 text"))?;
                    fill(&page, &parts)
                        .map_err(|e| format!("{name}: {e}"))?
                        .into_bytes()
                }
                STORY_FILE => compiled.clone(),
                SOURCE_FILE => source.as_bytes().to_vec(),
                OEMBED_FILE => oembed_for(&bytes, &story.meta.title)
                    .map_err(|e| format!("{name}: {e}"))?
                    .into_bytes(),
                _ => bytes,
            };
            Ok((name, bytes))
        })
        .collect()
}

/// The oEmbed answer for a story titled `title`, at the address the
/// published one gives.
fn oembed_for(published: &[u8], title: &str) -> Result<String, String> {
    let value: serde_json::Value =
        serde_json::from_slice(published).map_err(|e| format!("not JSON: {e}"))?;
    let address = value["provider_url"]
        .as_str()
        .ok_or("no provider_url, the bundle's address")?;
    Ok(embed::oembed_json(address, title, embed::PROVIDER))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROOT: &str = "<main id=\"r\">";
    const INDEX: &str = "<html lang=\"en\"><head><meta charset=\"utf-8\" />\n<title>Old</title>\n<meta name=\"description\" content=\"English.\" />\n<link rel=\"icon\" /></head><body><main id=\"r\"></main></body></html>";

    fn story() -> Story {
        let json = include_str!("../../static/story.json").replacen(
            "\"title\": \"",
            "\"title\": \"A & B <i> ",
            1,
        );
        Story::load("story.json", &json).expect("valid")
    }

    #[test]
    fn marks_then_fills_the_title_description_preview_and_story() {
        let marked = mark(INDEX, ROOT).unwrap();
        assert_eq!(
            marked,
            "<html lang=\"en\"><head><meta charset=\"utf-8\" />\n<!-- story head --><!-- /story head -->\n<link rel=\"icon\" /></head><body><main id=\"r\"><!-- story --><!-- /story --></main></body></html>"
        );
        let story = story();
        let compiled = crate::story::wire::encode(&Ok(story.clone()));
        let page = fill(&marked, &parts(&story, &compiled).unwrap()).unwrap();
        assert!(page.contains("<!-- story head --><title>A &amp; B &lt;i&gt; "));
        assert!(page.contains("<meta property=\"og:title\" content=\"A &amp; B &lt;i&gt; "));
        assert!(page.contains("<meta name=\"twitter:card\" content=\"summary\" />"));
        assert!(!page.contains("English."));
        assert!(page.contains(
            "<main id=\"r\"><!-- story --><div id=\"ptx-story\" hidden data-ptx-story=\"PTX"
        ));
        assert!(page.contains("></div><div class=\"ptx-static\" data-ptx-static>"));
        assert!(page.ends_with("</div><!-- /story --></main></body></html>"));
    }

    #[test]
    fn filling_a_filled_page_equals_filling_the_empty_one() {
        let marked = mark(INDEX, ROOT).unwrap();
        let story = story();
        let compiled = crate::story::wire::encode(&Ok(story.clone()));
        let first = fill(&marked, &parts(&story, &compiled).unwrap()).unwrap();
        let mut edited = story.clone();
        edited.meta.title = "Another title".to_string();
        let compiled = crate::story::wire::encode(&Ok(edited.clone()));
        let edited_parts = parts(&edited, &compiled).unwrap();
        assert_eq!(
            fill(&first, &edited_parts).unwrap(),
            fill(&marked, &edited_parts).unwrap()
        );
    }

    #[test]
    fn republishing_rewrites_the_story_files_and_keeps_the_rest() {
        let story = story();
        let compiled = wire::encode(&Ok(story.clone()));
        let page = fill(
            &mark(INDEX, ROOT).unwrap(),
            &parts(&story, &compiled).unwrap(),
        )
        .unwrap();
        let oembed =
            embed::oembed_json("https://cdn.example/x/", &story.meta.title, embed::PROVIDER);
        let published: Vec<(String, Vec<u8>)> = [
            (PAGE_FILE, page.clone().into_bytes()),
            (OFFLINE_FILE, page.into_bytes()),
            (STORY_FILE, compiled),
            (SOURCE_FILE, b"{\"meta\": 1}".to_vec()),
            (OEMBED_FILE, oembed.into_bytes()),
            ("app-1_bg.wasm", vec![0, 97, 115, 109]),
        ]
        .into_iter()
        .map(|(name, bytes)| (name.to_string(), bytes))
        .collect();
        assert_eq!(
            republish(published.clone(), &story, "{\"meta\": 1}").unwrap(),
            published
        );

        let mut edited = story.clone();
        edited.meta.title = "Another title".to_string();
        let edited_compiled = wire::encode(&Ok(edited.clone()));
        let expected_page = fill(
            &mark(INDEX, ROOT).unwrap(),
            &parts(&edited, &edited_compiled).unwrap(),
        )
        .unwrap();
        let republished = republish(published.clone(), &edited, "{ \"edited\": 1 }").unwrap();
        assert_eq!(republished[0].1, expected_page.as_bytes());
        assert_eq!(republished[1].1, expected_page.as_bytes());
        assert_eq!(republished[2].1, edited_compiled);
        assert_eq!(republished[3].1, b"{ \"edited\": 1 }");
        assert_eq!(
            republished[4].1,
            embed::oembed_json("https://cdn.example/x/", "Another title", embed::PROVIDER)
                .into_bytes()
        );
        assert_eq!(republished[5], published[5]);

        let mut unmarked = published.clone();
        unmarked[0].1 = INDEX.as_bytes().to_vec();
        assert!(republish(unmarked, &edited, "")
            .unwrap_err()
            .starts_with("index.html: the page has no story head markers"));
        let mut odd_oembed = published;
        odd_oembed[4].1 = b"{}".to_vec();
        assert_eq!(
            republish(odd_oembed, &edited, "").unwrap_err(),
            "oembed.json: no provider_url, the bundle's address"
        );
    }

    #[test]
    fn a_page_without_markers_or_with_two_is_refused_by_name() {
        let parts = StoryParts {
            head: String::new(),
            body: String::new(),
        };
        assert_eq!(
            fill(INDEX, &parts).unwrap_err(),
            "the page has no story head markers (<!-- story head --> … <!-- /story head -->): it was not published by this version's build"
        );
        let marked = mark(INDEX, ROOT).unwrap();
        let doubled = marked.replace("</body>", "<!-- story --><!-- /story --></body>");
        assert!(fill(&doubled, &parts)
            .unwrap_err()
            .contains("story body markers"));
        let reversed = "<!-- /story head --><!-- story head -->";
        assert!(fill(reversed, &parts).is_err());
        assert!(mark("<html><title>x</title></html>", ROOT)
            .unwrap_err()
            .contains("description"));
        assert!(mark("<html></html>", ROOT).unwrap_err().contains("<title>"));
        let no_root = INDEX.replace(ROOT, "<main>");
        assert_eq!(
            mark(&no_root, ROOT).unwrap_err(),
            "index.html: no <main id=\"r\">"
        );
    }
}
