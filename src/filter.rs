//! Which events a reader has asked to see: by actor (any of the chosen
//! countries) and by era. Pure, so the rules are unit-tested.

use crate::story::Story;

/// What each event is filtered on, extracted once from the story.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventFacets {
    pub eras: Vec<usize>,
    pub actors: Vec<Vec<String>>,
}

impl EventFacets {
    pub fn from_story(story: &Story) -> EventFacets {
        EventFacets {
            eras: story.event_eras.clone(),
            actors: story.events().iter().map(|e| e.actors.clone()).collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.eras.len()
    }

    pub fn is_empty(&self) -> bool {
        self.eras.is_empty()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Show events involving any of these actors; empty means every actor.
    pub actors: Vec<String>,
    /// Show only this era; `None` means every era.
    pub era: Option<usize>,
}

impl Filter {
    pub fn is_active(&self) -> bool {
        !self.actors.is_empty() || self.era.is_some()
    }

    pub fn matches(&self, facets: &EventFacets, event: usize) -> bool {
        let era_ok = self.era.is_none() || facets.eras.get(event).copied() == self.era;
        let actors_ok = self.actors.is_empty()
            || facets
                .actors
                .get(event)
                .is_some_and(|list| list.iter().any(|a| self.actors.contains(a)));
        era_ok && actors_ok
    }

    /// Indices of the matching events, in story order.
    pub fn visible(&self, facets: &EventFacets) -> Vec<usize> {
        (0..facets.len())
            .filter(|&i| self.matches(facets, i))
            .collect()
    }

    pub fn toggle_actor(&self, actor: &str) -> Filter {
        let mut actors = self.actors.clone();
        match actors.iter().position(|a| a == actor) {
            Some(i) => {
                actors.remove(i);
            }
            None => actors.push(actor.to_string()),
        }
        Filter {
            actors,
            era: self.era,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facets() -> EventFacets {
        let list = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        EventFacets {
            eras: vec![0, 0, 1, 1, 2],
            actors: vec![
                list(&["pakistan", "turkey"]),
                list(&["turkey"]),
                list(&["azerbaijan", "armenia"]),
                list(&["pakistan", "iran"]),
                list(&["iran"]),
            ],
        }
    }

    #[test]
    fn no_filter_shows_everything() {
        let f = Filter::default();
        assert!(!f.is_active());
        assert_eq!(f.visible(&facets()), vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn actors_match_any_of_the_chosen() {
        let f = Filter::default().toggle_actor("pakistan");
        assert_eq!(f.visible(&facets()), vec![0, 3]);
        let f = f.toggle_actor("iran");
        assert_eq!(f.visible(&facets()), vec![0, 3, 4]);
        let f = f.toggle_actor("pakistan");
        assert_eq!(
            f.visible(&facets()),
            vec![3, 4],
            "toggling again removes it"
        );
    }

    #[test]
    fn era_and_actor_combine() {
        let f = Filter {
            actors: vec!["pakistan".into()],
            era: Some(1),
        };
        assert!(f.is_active());
        assert_eq!(f.visible(&facets()), vec![3]);
    }

    #[test]
    fn an_impossible_combination_is_empty_not_an_error() {
        let f = Filter {
            actors: vec!["armenia".into()],
            era: Some(2),
        };
        assert!(f.visible(&facets()).is_empty());
        let unknown = Filter::default().toggle_actor("atlantis");
        assert!(unknown.visible(&facets()).is_empty());
        let bad_era = Filter {
            actors: Vec::new(),
            era: Some(99),
        };
        assert!(bad_era.visible(&facets()).is_empty());
    }
}
