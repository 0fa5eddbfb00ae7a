//! A script embed's settings, read from its placeholder's `data-*`
//! attributes. Pure, so every rule is tested natively; a value that is
//! missing or not understood falls back to the default, never to an error
//! on the article page.

use crate::components::ARTICLE_HEADING_LEVEL;
use crate::host::fragment::Theme;
use crate::story::id::is_slug;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedOptions {
    /// Prefix of this widget's deep-link keys: `data-id` when it is a plain
    /// id, else `ptx<N>` by the placeholder's order on the page, so two
    /// widgets never share keys.
    pub link_namespace: String,
    pub heading_level: u8,
    pub theme: Option<Theme>,
    /// Another story file to show instead of the bundled one.
    pub story_url: Option<String>,
    /// `data-timeline="ltr"`: time runs left to right even in Urdu.
    pub timeline_ltr: bool,
}

impl EmbedOptions {
    /// `attr` reads one attribute of the placeholder; `index` is its place
    /// among the page's placeholders.
    pub fn from_attrs(index: u32, attr: impl Fn(&str) -> Option<String>) -> EmbedOptions {
        let attr = |name: &str| attr(name).unwrap_or_default();
        let id = attr("data-id");
        let plain = is_slug(&id);
        let story = attr("data-story");
        EmbedOptions {
            link_namespace: if plain { id } else { format!("ptx{index}") },
            heading_level: attr("data-heading-level")
                .parse()
                .ok()
                .filter(|level| (1..=6).contains(level))
                .unwrap_or(ARTICLE_HEADING_LEVEL),
            theme: Theme::parse(&attr("data-theme")),
            story_url: (!story.is_empty()).then_some(story),
            timeline_ltr: attr("data-timeline") == "ltr",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(index: u32, attrs: &[(&str, &str)]) -> EmbedOptions {
        EmbedOptions::from_attrs(index, |name| {
            attrs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn no_attributes_give_the_article_defaults() {
        assert_eq!(
            options(3, &[]),
            EmbedOptions {
                link_namespace: "ptx3".into(),
                heading_level: ARTICLE_HEADING_LEVEL,
                theme: None,
                story_url: None,
                timeline_ltr: false,
            }
        );
    }

    #[test]
    fn every_attribute_is_read() {
        let read = options(
            0,
            &[
                ("data-id", "alignment"),
                ("data-heading-level", "3"),
                ("data-theme", "dark"),
                ("data-story", "other.json"),
                ("data-timeline", "ltr"),
            ],
        );
        assert!(read.timeline_ltr);
        assert_eq!(read.link_namespace, "alignment");
        assert_eq!(read.heading_level, 3);
        assert_eq!(read.theme, Some(Theme::Dark));
        assert_eq!(read.story_url.as_deref(), Some("other.json"));
    }

    #[test]
    fn values_not_understood_fall_back() {
        let read = options(
            1,
            &[
                ("data-id", "Has Spaces&x=1"),
                ("data-heading-level", "7"),
                ("data-theme", "sepia"),
                ("data-story", ""),
                ("data-timeline", "rtl"),
            ],
        );
        assert!(!read.timeline_ltr);
        assert_eq!(read.link_namespace, "ptx1");
        assert_eq!(read.heading_level, ARTICLE_HEADING_LEVEL);
        assert_eq!(read.theme, None);
        assert_eq!(read.story_url, None);
        assert_eq!(options(0, &[("data-heading-level", "0")]).heading_level, 2);
    }
}
