//! What we say to the page around an iframe, and the one command we accept
//! from it, as plain strings and numbers. Pure and unit-tested; `embed`
//! sends and receives them.

use crate::story::id::is_slug;

/// pym.js's delimiter: a parent listening with `new pym.Parent(...)` matches
/// `pym` + id + type + message joined by it.
const PYM_DELIMITER: &str = "xPYMx";

/// Heights outside this range are measurement glitches, never content.
pub const MAX_HEIGHT: u32 = 100_000;

/// The pym.js height message for child `id`.
pub fn pym_height(id: &str, height: u32) -> String {
    ["pym", id, "height", &height.to_string()].join(PYM_DELIMITER)
}

/// A pym child id we are willing to echo back: short, plain characters, so a
/// crafted URL cannot smuggle anything into the message.
pub fn safe_child_id(id: &str) -> Option<&str> {
    let ok = !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    ok.then_some(id)
}

/// The address a "copy link" action should hand out: the embedding article
/// (when pym or our host script told us its address) or this page, with the
/// card's fragment. Only http(s) parents are trusted.
pub fn share_link(parent_url: Option<&str>, own_url: &str, fragment: &str) -> String {
    let base = parent_url
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
        .unwrap_or(own_url);
    let base = base.split('#').next().unwrap_or(base);
    format!("{base}{fragment}")
}

/// The one message the widget accepts from the page around its iframe:
/// `{ "type": "ptx:show", "card": "<event id>" }`, nothing more, nothing less.
pub const SHOW_CARD: &str = "ptx:show";

/// Reads a host message given its fields (name and string value, or `None`
/// for a field that is not a string). Anything but the documented shape is
/// ignored.
pub fn show_card_command(fields: &[(String, Option<String>)]) -> Option<String> {
    let [(k1, v1), (k2, v2)] = fields else {
        return None;
    };
    let (kind, card) = match (k1.as_str(), k2.as_str()) {
        ("type", "card") => (v1.as_deref()?, v2.as_deref()?),
        ("card", "type") => (v2.as_deref()?, v1.as_deref()?),
        _ => return None,
    };
    (kind == SHOW_CARD && is_slug(card)).then(|| card.to_string())
}

/// What the widget in an iframe says once it listens: our host script
/// answers with `ptx:host` (and a `ptx:show` for the article's `#card=`), so
/// the frame never has to be reloaded with them in its address.
pub const HELLO: &str = "ptx:hello";
/// The host script's answer to `HELLO`.
pub const HOST: &str = "ptx:host";

/// Longest article address we keep for share links.
const MAX_URL_LEN: usize = 2048;

/// What our host script tells its frame: `{ "type": "ptx:host", "id":
/// "<pym child id>", "parentUrl": "<the article's address>" }`, exactly.
#[derive(Debug, PartialEq, Eq)]
pub struct HostGreeting {
    pub child_id: String,
    pub parent_url: String,
}

/// Reads a `ptx:host` message from its fields, as `show_card_command` does;
/// anything else, or an id or address we would not echo, is ignored.
pub fn host_greeting(fields: &[(String, Option<String>)]) -> Option<HostGreeting> {
    if fields.len() != 3 {
        return None;
    }
    let field = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .and_then(|(_, v)| v.as_deref())
    };
    if field("type")? != HOST {
        return None;
    }
    let parent_url = field("parentUrl")?;
    let web = parent_url.starts_with("https://") || parent_url.starts_with("http://");
    (web && parent_url.len() <= MAX_URL_LEN).then_some(())?;
    Some(HostGreeting {
        child_id: safe_child_id(field("id")?)?.to_string(),
        parent_url: parent_url.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.map(str::to_string)))
            .collect()
    }

    #[test]
    fn only_the_documented_command_is_accepted() {
        let ok = fields(&[("type", Some("ptx:show")), ("card", Some("tehran-arrival"))]);
        assert_eq!(show_card_command(&ok).as_deref(), Some("tehran-arrival"));
        let reordered = fields(&[("card", Some("a")), ("type", Some("ptx:show"))]);
        assert_eq!(show_card_command(&reordered).as_deref(), Some("a"));
        for bad in [
            fields(&[]),
            fields(&[("type", Some("ptx:show"))]),
            fields(&[("type", Some("ptx:hide")), ("card", Some("a"))]),
            fields(&[("type", Some("ptx:show")), ("card", Some("<script>"))]),
            fields(&[("type", Some("ptx:show")), ("card", None)]),
            fields(&[
                ("type", Some("ptx:show")),
                ("card", Some("a")),
                ("extra", Some("1")),
            ]),
            fields(&[("kind", Some("ptx:show")), ("card", Some("a"))]),
        ] {
            assert_eq!(show_card_command(&bad), None, "{bad:?}");
        }
    }

    #[test]
    fn only_a_well_formed_greeting_is_accepted() {
        let ok = fields(&[
            ("type", Some("ptx:host")),
            ("id", Some("ptx-embed-0")),
            ("parentUrl", Some("https://news.example/story")),
        ]);
        assert_eq!(
            host_greeting(&ok),
            Some(HostGreeting {
                child_id: "ptx-embed-0".into(),
                parent_url: "https://news.example/story".into(),
            })
        );
        let long = format!("https://news.example/{}", "a".repeat(2048));
        for bad in [
            fields(&[("type", Some("ptx:host")), ("id", Some("a"))]),
            fields(&[
                ("type", Some("ptx:show")),
                ("id", Some("a")),
                ("parentUrl", Some("https://news.example/")),
            ]),
            fields(&[
                ("type", Some("ptx:host")),
                ("id", Some("<img>")),
                ("parentUrl", Some("https://news.example/")),
            ]),
            fields(&[
                ("type", Some("ptx:host")),
                ("id", Some("a")),
                ("parentUrl", Some("javascript:alert(1)")),
            ]),
            fields(&[
                ("type", Some("ptx:host")),
                ("id", Some("a")),
                ("parentUrl", Some(long.as_str())),
            ]),
            fields(&[
                ("type", Some("ptx:host")),
                ("id", None),
                ("parentUrl", Some("https://news.example/")),
            ]),
            fields(&[
                ("type", Some("ptx:host")),
                ("id", Some("a")),
                ("parentUrl", Some("https://news.example/")),
                ("extra", Some("1")),
            ]),
        ] {
            assert_eq!(host_greeting(&bad), None, "{bad:?}");
        }
    }

    #[test]
    fn pym_height_matches_the_pym_parent_format() {
        assert_eq!(
            pym_height("explainer", 1234),
            "pymxPYMxexplainerxPYMxheightxPYMx1234"
        );
    }

    #[test]
    fn child_ids_are_plain() {
        assert_eq!(safe_child_id("ptx-1_a"), Some("ptx-1_a"));
        for bad in ["", "a b", "x\"y", "<script>", &"a".repeat(65)] {
            assert_eq!(safe_child_id(bad), None, "{bad}");
        }
    }

    #[test]
    fn share_links_prefer_the_embedding_article() {
        assert_eq!(
            share_link(
                Some("https://news.example/story#top"),
                "https://cdn.example/x/",
                "#card=a"
            ),
            "https://news.example/story#card=a"
        );
        assert_eq!(
            share_link(
                Some("javascript:alert(1)"),
                "https://cdn.example/x/",
                "#card=a"
            ),
            "https://cdn.example/x/#card=a"
        );
        assert_eq!(
            share_link(None, "https://cdn.example/x/#old", ""),
            "https://cdn.example/x/"
        );
    }
}
