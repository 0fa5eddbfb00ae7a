//! The URL fragment as a deep link: `#card=lachin-summit&actors=pakistan,iran&era=tour&theme=dark`.
//! Pure parsing and formatting. Anything unreadable — unknown keys, values that
//! are not ids, oversized input — is ignored, never an error: a reader with a
//! mangled link still gets the widget.

use std::rc::Rc;

use crate::filter::EventFacets;
use crate::state::{Action, State};
use crate::story::Story;

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
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fragment {
    pub card: Option<String>,
    pub actors: Vec<String>,
    pub era: Option<String>,
    pub theme: Option<Theme>,
}

fn is_id(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 64
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
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
            "card" if is_id(value) => fragment.card = Some(value.to_string()),
            "era" if is_id(value) => fragment.era = Some(value.to_string()),
            "actors" => {
                // Each actor once, wherever it repeats: `to_state` toggles,
                // so a second mention would switch the first one off again.
                fragment.actors.clear();
                for actor in value.split(',').filter(|a| is_id(a)).take(MAX_ACTORS) {
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

/// The reducer actions that take an unfiltered view to the one `fragment`
/// asks for: unknown ids are dropped, and a card the filter hides is not
/// shown. Used on load (`to_state`) and when the link changes after load, so
/// a link opens the same view either way.
pub fn actions(fragment: &Fragment, story: &Story) -> Vec<Action> {
    let mut actions = Vec::new();
    let mut toggled: Vec<&String> = Vec::new();
    for actor in &fragment.actors {
        // Toggling an actor twice would take it out of the filter again.
        if story.file.actors.iter().any(|a| &a.id == actor) && !toggled.contains(&actor) {
            toggled.push(actor);
            actions.push(Action::ToggleActor(actor.clone()));
        }
    }
    if let Some(era) = fragment
        .era
        .as_ref()
        .and_then(|id| story.file.eras.iter().position(|e| &e.id == id))
    {
        actions.push(Action::SetEra(Some(era)));
    }
    if let Some(card) = fragment
        .card
        .as_ref()
        .and_then(|id| story.events().iter().position(|e| &e.id == id))
    {
        actions.push(Action::Goto(card));
    }
    actions
}

/// The reader's view a fragment asks for (see [`actions`]).
pub fn to_state(fragment: &Fragment, story: &Story, facets: Rc<EventFacets>) -> State {
    actions(fragment, story)
        .into_iter()
        .fold(State::new(facets), |state, action| state.apply(action))
}

/// The fragment that reopens `state`.
pub fn from_state(state: &State, story: &Story, theme: Option<Theme>) -> Fragment {
    Fragment {
        card: state
            .position()
            .and_then(|_| story.events().get(state.current))
            .map(|e| e.id.clone()),
        actors: state.filter.actors.clone(),
        era: state
            .filter
            .era
            .and_then(|i| story.file.eras.get(i))
            .map(|e| e.id.clone()),
        theme,
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

    fn fixture() -> Story {
        Story::load(
            "fixture.json",
            include_str!("../../tests/fixtures/small-story.json"),
        )
        .expect("valid fixture")
    }

    fn open(hash: &str) -> (Story, State) {
        let story = fixture();
        let facets = Rc::new(EventFacets::from_story(&story));
        let state = to_state(&parse(hash), &story, facets);
        (story, state)
    }

    #[test]
    fn a_card_link_opens_that_card() {
        let (story, state) = open("#card=talks");
        assert_eq!(story.events()[state.current].id, "talks");
        assert_eq!(format(&from_state(&state, &story, None)), "#card=talks");
    }

    #[test]
    fn filters_in_the_link_are_applied_and_written_back() {
        let (story, state) = open("#card=farewell&actors=beta&era=new");
        assert_eq!(state.visible(), &[2, 3]);
        assert_eq!(
            story.events()[state.current].id,
            "meeting",
            "farewell is hidden by the filter"
        );
        let back = from_state(&state, &story, Some(Theme::Dark));
        assert_eq!(
            format(&back),
            "#card=meeting&actors=beta&era=new&theme=dark"
        );
    }

    #[test]
    fn an_actor_named_twice_in_a_link_is_filtered_once() {
        assert_eq!(
            parse("#actors=alpha,beta,alpha").actors,
            vec!["alpha", "beta"]
        );
        let (_, state) = open("#actors=alpha,beta,alpha");
        assert_eq!(state.filter.actors, vec!["alpha", "beta"]);
        // A fragment built in code, not parsed, may repeat an actor too.
        let story = fixture();
        let facets = Rc::new(EventFacets::from_story(&story));
        let repeated = Fragment {
            actors: vec!["alpha".into(), "beta".into(), "alpha".into()],
            ..Fragment::default()
        };
        let state = to_state(&repeated, &story, facets);
        assert_eq!(state.filter.actors, vec!["alpha", "beta"]);
    }

    #[test]
    fn unknown_ids_in_a_link_are_dropped() {
        let (_, state) = open("#card=nowhere&actors=delta&era=future");
        assert_eq!(state.current, 0);
        assert!(!state.filter.is_active());
        assert_eq!(state.visible().len(), 5);
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
