//! The URL fragment's text: `#card=lachin-summit&actors=pakistan,iran&era=tour&theme=dark`,
//! with namespaces for several widgets on one page. Pure parsing and
//! formatting of ids, nothing more: what the ids mean for the reader's view
//! is `deep_link`'s job. Anything unreadable — unknown keys, values that
//! are not ids, oversized input — is ignored, never an error: a reader with
//! a mangled link still gets the widget.

use crate::story::id::is_slug;

/// Longer fragments are not ours (or are hostile); ignore them whole.
const MAX_LEN: usize = 1024;
const MAX_ACTORS: usize = 32;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    /// The theme a link or an embed attribute names; anything else is none.
    pub fn parse(name: &str) -> Option<Theme> {
        match name {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The widget root's class that forces this scheme.
    pub fn class(self) -> &'static str {
        match self {
            Theme::Light => "ptx-theme-light",
            Theme::Dark => "ptx-theme-dark",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fragment {
    pub card: Option<String>,
    pub actors: Vec<String>,
    pub era: Option<String>,
    pub theme: Option<Theme>,
}

const KEYS: [&str; 4] = ["card", "actors", "era", "theme"];

pub fn parse(hash: &str) -> Fragment {
    parse_in(hash, "")
}

/// Our key for `name` in namespace `ns`: `card`, or `ns.card` so several
/// widgets on one page keep separate deep links.
fn key_in(ns: &str, name: &str) -> String {
    if ns.is_empty() {
        name.to_string()
    } else {
        format!("{ns}.{name}")
    }
}

/// Like [`parse`], reading only the keys of namespace `ns`.
pub fn parse_in(hash: &str, ns: &str) -> Fragment {
    let mut fragment = Fragment::default();
    let body = hash.strip_prefix('#').unwrap_or(hash);
    if body.len() > MAX_LEN {
        return fragment;
    }
    for pair in body.split('&') {
        let Some((key, value)) = pair.split_once('=') else {
            continue;
        };
        let key = if ns.is_empty() {
            key
        } else {
            match key.strip_prefix(ns).and_then(|k| k.strip_prefix('.')) {
                Some(k) => k,
                None => continue,
            }
        };
        match key {
            "card" if is_slug(value) => fragment.card = Some(value.to_string()),
            "era" if is_slug(value) => fragment.era = Some(value.to_string()),
            "actors" => {
                // Each actor once, wherever it repeats: `deep_link` toggles,
                // so a second mention would switch the first one off again.
                fragment.actors.clear();
                for actor in value.split(',').filter(|a| is_slug(a)).take(MAX_ACTORS) {
                    if !fragment.actors.iter().any(|a| a == actor) {
                        fragment.actors.push(actor.to_string());
                    }
                }
            }
            "theme" => fragment.theme = Theme::parse(value),
            _ => {}
        }
    }
    fragment
}

fn pairs(fragment: &Fragment, ns: &str) -> Vec<String> {
    let mut parts = Vec::new();
    if let Some(card) = &fragment.card {
        parts.push(format!("{}={card}", key_in(ns, "card")));
    }
    if !fragment.actors.is_empty() {
        parts.push(format!(
            "{}={}",
            key_in(ns, "actors"),
            fragment.actors.join(",")
        ));
    }
    if let Some(era) = &fragment.era {
        parts.push(format!("{}={era}", key_in(ns, "era")));
    }
    if let Some(theme) = fragment.theme {
        parts.push(format!("{}={}", key_in(ns, "theme"), theme.as_str()));
    }
    parts
}

fn joined(parts: Vec<String>) -> String {
    if parts.is_empty() {
        String::new()
    } else {
        format!("#{}", parts.join("&"))
    }
}

/// The fragment, with its `#`; empty when there is nothing to say.
pub fn format(fragment: &Fragment) -> String {
    joined(pairs(fragment, ""))
}

/// `hash` with namespace `ns`'s keys replaced by `fragment`'s; everything
/// else in it (other widgets' keys, the host page's own) is kept as it was.
pub fn merge(hash: &str, ns: &str, fragment: &Fragment) -> String {
    let body = hash.strip_prefix('#').unwrap_or(hash);
    let ours: Vec<String> = KEYS.iter().map(|k| key_in(ns, k)).collect();
    let mut parts: Vec<String> = if body.len() > MAX_LEN {
        Vec::new()
    } else {
        body.split('&')
            .filter(|pair| !pair.is_empty())
            .filter(|pair| {
                let key = pair.split_once('=').map_or(*pair, |(k, _)| k);
                !ours.iter().any(|o| o == key)
            })
            .map(str::to_string)
            .collect()
    };
    parts.extend(pairs(fragment, ns));
    joined(parts)
}

impl Fragment {
    /// Whether it says anything about the view (card, filters). A page's own
    /// anchors (`#section-2`) and other widgets' keys do not.
    pub fn names_a_view(&self) -> bool {
        self.card.is_some() || !self.actors.is_empty() || self.era.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_key() {
        let f = parse("#card=lachin-summit&actors=pakistan,iran&era=tour&theme=dark");
        assert_eq!(f.card.as_deref(), Some("lachin-summit"));
        assert_eq!(f.actors, vec!["pakistan", "iran"]);
        assert_eq!(f.era.as_deref(), Some("tour"));
        assert_eq!(f.theme, Some(Theme::Dark));
    }

    #[test]
    fn round_trips() {
        let f = Fragment {
            card: Some("istanbul-meeting".into()),
            actors: vec!["turkey".into()],
            era: None,
            theme: Some(Theme::Light),
        };
        assert_eq!(
            format(&f),
            "#card=istanbul-meeting&actors=turkey&theme=light"
        );
        assert_eq!(parse(&format(&f)), f);
        assert_eq!(format(&Fragment::default()), "");
    }

    #[test]
    fn garbage_is_ignored_not_an_error() {
        for junk in [
            "",
            "#",
            "#%%%",
            "#card",
            "#card=",
            "#card=<script>alert(1)</script>",
            "#card=ISTANBUL",
            "#theme=purple",
            "#=&&=&",
            "#card=a=b",
            "#top",
            "#card=\u{202e}x",
        ] {
            let f = parse(junk);
            assert_eq!(f, Fragment::default(), "{junk:?}");
        }
        let mixed = parse("#utm=1&card=ok-id&actors=,,BAD,fine,&theme=");
        assert_eq!(mixed.card.as_deref(), Some("ok-id"));
        assert_eq!(mixed.actors, vec!["fine"]);
        assert_eq!(mixed.theme, None);
    }

    #[test]
    fn oversized_fragments_are_ignored_whole() {
        let long = format!("#card=x&actors={}", "a,".repeat(2000));
        assert_eq!(parse(&long), Fragment::default());
        let many = format!(
            "#actors={}",
            (0..100)
                .map(|i| format!("a{i}"))
                .collect::<Vec<_>>()
                .join(",")
        );
        assert_eq!(parse(&many).actors.len(), MAX_ACTORS);
    }

    #[test]
    fn an_actor_named_twice_in_a_link_reads_once() {
        assert_eq!(
            parse("#actors=alpha,beta,alpha").actors,
            vec!["alpha", "beta"]
        );
    }

    #[test]
    fn namespaces_keep_widgets_apart() {
        let hash = "#a.card=talks&b.card=meeting&b.actors=beta&card=top";
        assert_eq!(parse_in(hash, "a").card.as_deref(), Some("talks"));
        assert_eq!(parse_in(hash, "b").actors, vec!["beta"]);
        assert_eq!(parse(hash).card.as_deref(), Some("top"));
        assert_eq!(parse_in(hash, "c"), Fragment::default());
        assert_eq!(
            parse_in("#ab.card=x", "a"),
            Fragment::default(),
            "prefix must end at the dot"
        );
    }

    #[test]
    fn merge_replaces_only_our_keys() {
        let moved = Fragment {
            card: Some("farewell".into()),
            ..Fragment::default()
        };
        assert_eq!(
            merge("#a.card=talks&b.card=meeting&section=2", "a", &moved),
            "#b.card=meeting&section=2&a.card=farewell"
        );
        assert_eq!(merge("#card=old&utm=x", "", &moved), "#utm=x&card=farewell");
        assert_eq!(merge("", "", &Fragment::default()), "");
        assert_eq!(merge("#card=old", "", &Fragment::default()), "");
    }
}
