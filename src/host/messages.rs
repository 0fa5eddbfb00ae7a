//! What we say to the page around an iframe, as plain strings and numbers.
//! Pure: formatting and query parsing are unit-tested; `embed` sends them.

/// pym.js's delimiter: a parent listening with `new pym.Parent(...)` matches
/// `pym` + id + type + message joined by it.
const PYM_DELIMITER: &str = "xPYMx";

/// Heights outside this range are measurement glitches, never content.
pub const MAX_HEIGHT: u32 = 100_000;

/// The pym.js height message for child `id`.
pub fn pym_height(id: &str, height: u32) -> String {
    ["pym", id, "height", &height.to_string()].join(PYM_DELIMITER)
}

/// Value of query parameter `name` in `search` ("?a=1&b=2"), percent-decoded.
/// Invalid escapes make the parameter absent rather than wrong.
pub fn query_param(search: &str, name: &str) -> Option<String> {
    let body = search.strip_prefix('?').unwrap_or(search);
    body.split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .and_then(|(_, value)| percent_decode(value))
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
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
    let plain = !card.is_empty()
        && card.len() <= 64
        && card
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    (kind == SHOW_CARD && plain).then(|| card.to_string())
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
    fn pym_height_matches_the_pym_parent_format() {
        assert_eq!(
            pym_height("explainer", 1234),
            "pymxPYMxexplainerxPYMxheightxPYMx1234"
        );
    }

    #[test]
    fn reads_query_parameters() {
        let search = "?initialWidth=740&childId=ptx-1&parentUrl=https%3A%2F%2Fnews.example%2Fstory%3Fa%3D1&parentTitle=A+story";
        assert_eq!(query_param(search, "childId").as_deref(), Some("ptx-1"));
        assert_eq!(
            query_param(search, "parentUrl").as_deref(),
            Some("https://news.example/story?a=1")
        );
        assert_eq!(
            query_param(search, "parentTitle").as_deref(),
            Some("A story")
        );
        assert_eq!(query_param(search, "missing"), None);
        assert_eq!(query_param("?childId=%zz", "childId"), None);
        assert_eq!(
            query_param("?childId=%e2%82", "childId"),
            None,
            "invalid UTF-8"
        );
        assert_eq!(query_param("", "childId"), None);
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
