//! Which events a reader has asked to see: by actor (any of the chosen
//! countries) and by era. Pure, so the rules are unit-tested.

use crate::story::{ActorIx, EraIx, EventIx, Story};

/// A position among the events a filter lets through (0 = the first
/// visible event): the scrubber's and the time scale's index, which is not
/// the event's index in the story (`EventIx`) once a filter is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct VisiblePos(pub usize);

/// What each event is filtered on, extracted once from the story and
/// indexed by `EventIx`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventFacets {
    pub eras: Vec<EraIx>,
    pub actors: Vec<Vec<ActorIx>>,
}

impl EventFacets {
    pub fn from_story(story: &Story) -> EventFacets {
        EventFacets {
            eras: story.events.iter().map(|e| e.era).collect(),
            actors: story.events.iter().map(|e| e.actors.clone()).collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.eras.len()
    }

    pub fn is_empty(&self) -> bool {
        self.eras.is_empty()
    }

    /// The era of an event (`None` past the end).
    pub fn era(&self, event: EventIx) -> Option<EraIx> {
        self.eras.get(event.0).copied()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Show events involving any of these actors, in the order the reader
    /// chose them (links keep that order); empty means every actor.
    pub actors: Vec<ActorIx>,
    /// Show only this era; `None` means every era.
    pub era: Option<EraIx>,
}

impl Filter {
    pub fn is_active(&self) -> bool {
        !self.actors.is_empty() || self.era.is_some()
    }

    pub fn matches(&self, facets: &EventFacets, event: EventIx) -> bool {
        let era_ok = self.era.is_none() || facets.era(event) == self.era;
        let actors_ok = self.actors.is_empty()
            || facets
                .actors
                .get(event.0)
                .is_some_and(|list| list.iter().any(|a| self.actors.contains(a)));
        era_ok && actors_ok
    }

    /// The matching events, in story order.
    pub fn visible(&self, facets: &EventFacets) -> Vec<EventIx> {
        (0..facets.len())
            .map(EventIx)
            .filter(|&i| self.matches(facets, i))
            .collect()
    }

    pub fn toggle_actor(&self, actor: ActorIx) -> Filter {
        let mut actors = self.actors.clone();
        match actors.iter().position(|&a| a == actor) {
            Some(i) => {
                actors.remove(i);
            }
            None => actors.push(actor),
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

    const PAKISTAN: ActorIx = ActorIx(0);
    const TURKEY: ActorIx = ActorIx(1);
    const AZERBAIJAN: ActorIx = ActorIx(2);
    const ARMENIA: ActorIx = ActorIx(3);
    const IRAN: ActorIx = ActorIx(4);
    const ATLANTIS: ActorIx = ActorIx(5);

    fn facets() -> EventFacets {
        EventFacets {
            eras: [0, 0, 1, 1, 2].map(EraIx).to_vec(),
            actors: vec![
                vec![PAKISTAN, TURKEY],
                vec![TURKEY],
                vec![AZERBAIJAN, ARMENIA],
                vec![PAKISTAN, IRAN],
                vec![IRAN],
            ],
        }
    }

    fn events(list: &[usize]) -> Vec<EventIx> {
        list.iter().copied().map(EventIx).collect()
    }

    #[test]
    fn no_filter_shows_everything() {
        let f = Filter::default();
        assert!(!f.is_active());
        assert_eq!(f.visible(&facets()), events(&[0, 1, 2, 3, 4]));
    }

    #[test]
    fn actors_match_any_of_the_chosen() {
        let f = Filter::default().toggle_actor(PAKISTAN);
        assert_eq!(f.visible(&facets()), events(&[0, 3]));
        let f = f.toggle_actor(IRAN);
        assert_eq!(f.visible(&facets()), events(&[0, 3, 4]));
        let f = f.toggle_actor(PAKISTAN);
        assert_eq!(
            f.visible(&facets()),
            events(&[3, 4]),
            "toggling again removes it"
        );
    }

    #[test]
    fn era_and_actor_combine() {
        let f = Filter {
            actors: vec![PAKISTAN],
            era: Some(EraIx(1)),
        };
        assert!(f.is_active());
        assert_eq!(f.visible(&facets()), events(&[3]));
    }

    #[test]
    fn an_impossible_combination_is_empty_not_an_error() {
        let f = Filter {
            actors: vec![ARMENIA],
            era: Some(EraIx(2)),
        };
        assert!(f.visible(&facets()).is_empty());
        let unknown = Filter::default().toggle_actor(ATLANTIS);
        assert!(unknown.visible(&facets()).is_empty());
        let bad_era = Filter {
            actors: Vec::new(),
            era: Some(EraIx(99)),
        };
        assert!(bad_era.visible(&facets()).is_empty());
    }
}
