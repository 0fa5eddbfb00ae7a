//! The one rule for ids that travel in links: event, era and actor ids in
//! deep links (`#card=…`, `#actors=…`), a widget's namespace (`ns.card=…`)
//! and the host page's `ptx:show` command. The validator holds story ids to
//! it, so every id a story has can be linked, and every id a link or message
//! carries that breaks it is ignored unread.

/// Longest id: long enough for any headline-like slug, short enough that a
/// link with a few of them stays readable.
pub const MAX_LEN: usize = 64;

/// Lowercase ASCII letters, digits and inner hyphens, 1 to `MAX_LEN` long.
pub fn is_slug(id: &str) -> bool {
    (1..=MAX_LEN).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_plain_and_short() {
        for good in [
            "a",
            "lachin-summit",
            "independence-1947",
            &"a".repeat(MAX_LEN),
        ] {
            assert!(is_slug(good), "{good}");
        }
        for bad in [
            "",
            "-a",
            "a-",
            "Founding",
            "a b",
            "a_b",
            "a,b",
            "ş",
            "<img>",
            &"a".repeat(MAX_LEN + 1),
        ] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
