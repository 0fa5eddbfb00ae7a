//! The widget's one reducer. Every change of what the reader sees goes
//! through an [`Action`], so navigation rules live here and are tested here.

use std::rc::Rc;

use crate::filter::{EventFacets, Filter, VisiblePos};
use crate::story::{ActorIx, EraIx, EventIx};
use crate::timeline::navigation;

/// One citation marker of the current card: which claim, which
/// disagreement version (if the marker sits in one), and which of that
/// claim's or version's citations (its position in the list, not a source).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CitationKey {
    pub claim: usize,
    pub version: Option<usize>,
    pub citation: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Next,
    Previous,
    First,
    Last,
    /// Show this event; ignored if the filter hides it.
    Goto(EventIx),
    NextEra,
    PreviousEra,
    ToggleActor(ActorIx),
    SetEra(Option<EraIx>),
    ClearFilter,
    ToggleCitation(CitationKey),
    CloseCitation,
    ToggleDisagreement(usize),
    /// Back to where every deep link starts: no filter, the first card,
    /// nothing open. A link followed after load replays its actions from
    /// here, so it opens the same view as on a fresh load.
    Reset,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    facets: Rc<EventFacets>,
    /// Shared, like the other collections here, so that a step (which
    /// copies the state) allocates nothing.
    pub filter: Rc<Filter>,
    /// The events the filter lets through, in story order.
    visible: Rc<[EventIx]>,
    /// The card on show (meaningless while nothing is visible).
    pub current: EventIx,
    pub open_citation: Option<CitationKey>,
    /// Claims (of the current card) whose disagreement is expanded.
    pub expanded: Rc<[usize]>,
}

impl State {
    pub fn new(facets: Rc<EventFacets>) -> State {
        let visible: Rc<[EventIx]> = (0..facets.len()).map(EventIx).collect();
        State {
            facets,
            filter: Rc::default(),
            visible,
            current: EventIx(0),
            open_citation: None,
            expanded: Rc::default(),
        }
    }

    pub fn visible(&self) -> &[EventIx] {
        &self.visible
    }

    /// The same list, shared: the view keeps it without copying on every
    /// step, and comparing two unchanged lists is a pointer check.
    pub fn visible_shared(&self) -> Rc<[EventIx]> {
        self.visible.clone()
    }

    /// Where the current card sits among the visible ones (a binary search:
    /// they are in story order).
    pub fn position(&self) -> Option<VisiblePos> {
        self.visible
            .binary_search(&self.current)
            .ok()
            .map(VisiblePos)
    }

    pub fn total(&self) -> usize {
        self.facets.len()
    }

    pub fn is_expanded(&self, claim: usize) -> bool {
        self.expanded.contains(&claim)
    }

    fn show(&self, event: EventIx) -> State {
        if event == self.current {
            return self.clone();
        }
        // A new card starts with its citations closed and disagreements folded.
        State {
            current: event,
            open_citation: None,
            expanded: Rc::default(),
            ..self.clone()
        }
    }

    fn show_position(&self, position: VisiblePos) -> State {
        match self.visible.get(position.0) {
            Some(&event) => self.show(event),
            None => self.clone(),
        }
    }

    fn with_filter(&self, filter: Filter) -> State {
        let visible: Rc<[EventIx]> = filter.visible(&self.facets).into();
        // The reader was reading forward through the story: a filter that
        // hides their card moves them on to the next match, never back to
        // what they have read; past the last match, the last one.
        let current = if visible.binary_search(&self.current).is_ok() {
            self.current
        } else {
            visible
                .iter()
                .copied()
                .find(|&i| i > self.current)
                .or_else(|| visible.last().copied())
                .unwrap_or(self.current)
        };
        State {
            filter: Rc::new(filter),
            visible,
            ..self.clone()
        }
        .show(current)
    }

    /// The era of each visible event, by visible position.
    fn visible_eras(&self) -> Vec<EraIx> {
        self.visible
            .iter()
            .map(|&i| self.facets.era(i).unwrap_or(EraIx(0)))
            .collect()
    }

    /// Pure transition; the Yew `Reducible` impl is a one-line wrapper.
    pub fn apply(&self, action: Action) -> State {
        let last = self.visible.len().saturating_sub(1);
        let position = self.position().unwrap_or(VisiblePos(0));
        match action {
            Action::Next => self.show_position(VisiblePos((position.0 + 1).min(last))),
            Action::Previous => self.show_position(VisiblePos(position.0.saturating_sub(1))),
            Action::First => self.show_position(VisiblePos(0)),
            Action::Last => self.show_position(VisiblePos(last)),
            Action::Goto(event) if self.visible.binary_search(&event).is_ok() => self.show(event),
            Action::Goto(_) => self.clone(),
            Action::NextEra => {
                self.show_position(navigation::next_era(&self.visible_eras(), position))
            }
            Action::PreviousEra => {
                self.show_position(navigation::previous_era(&self.visible_eras(), position))
            }
            Action::ToggleActor(actor) => self.with_filter(self.filter.toggle_actor(actor)),
            Action::SetEra(era) => self.with_filter(Filter {
                era,
                ..(*self.filter).clone()
            }),
            Action::ClearFilter => self.with_filter(Filter::default()),
            Action::ToggleCitation(key) => State {
                open_citation: (self.open_citation != Some(key)).then_some(key),
                ..self.clone()
            },
            Action::CloseCitation => State {
                open_citation: None,
                ..self.clone()
            },
            Action::Reset => State::new(self.facets.clone()),
            Action::ToggleDisagreement(claim) => {
                let mut expanded = self.expanded.to_vec();
                match expanded.iter().position(|&c| c == claim) {
                    Some(i) => {
                        expanded.remove(i);
                    }
                    None => expanded.push(claim),
                }
                State {
                    expanded: expanded.into(),
                    ..self.clone()
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PK: ActorIx = ActorIx(0);
    const TR: ActorIx = ActorIx(1);
    const AZ: ActorIx = ActorIx(2);
    const IR: ActorIx = ActorIx(3);

    fn facets() -> Rc<EventFacets> {
        Rc::new(EventFacets {
            eras: [0, 0, 1, 2, 2, 2].map(EraIx).to_vec(),
            actors: vec![
                vec![PK],
                vec![TR],
                vec![PK, AZ],
                vec![TR],
                vec![PK],
                vec![IR],
            ],
        })
    }

    fn run(actions: &[Action]) -> State {
        actions
            .iter()
            .fold(State::new(facets()), |s, &a| s.apply(a))
    }

    fn events(list: &[usize]) -> Vec<EventIx> {
        list.iter().copied().map(EventIx).collect()
    }

    const KEY: CitationKey = CitationKey {
        claim: 1,
        version: None,
        citation: 0,
    };

    #[test]
    fn steps_and_clamps_at_both_ends() {
        assert_eq!(run(&[Action::Previous]).current, EventIx(0));
        assert_eq!(run(&[Action::Next, Action::Next]).current, EventIx(2));
        assert_eq!(run(&[Action::Last, Action::Next]).current, EventIx(5));
        assert_eq!(run(&[Action::Last, Action::First]).current, EventIx(0));
        assert_eq!(run(&[Action::Goto(EventIx(4))]).current, EventIx(4));
        assert_eq!(
            run(&[Action::Goto(EventIx(400))]).current,
            EventIx(0),
            "an unknown event is ignored"
        );
    }

    #[test]
    fn era_keys_follow_navigation_rules() {
        assert_eq!(run(&[Action::NextEra]).current, EventIx(2));
        assert_eq!(run(&[Action::NextEra, Action::NextEra]).current, EventIx(3));
        assert_eq!(
            run(&[Action::Last, Action::PreviousEra]).current,
            EventIx(2)
        );
    }

    #[test]
    fn citations_toggle_and_one_is_open_at_a_time() {
        let s = run(&[Action::ToggleCitation(KEY)]);
        assert_eq!(s.open_citation, Some(KEY));
        let other = CitationKey { citation: 1, ..KEY };
        assert_eq!(
            s.apply(Action::ToggleCitation(other)).open_citation,
            Some(other)
        );
        assert_eq!(s.apply(Action::ToggleCitation(KEY)).open_citation, None);
        assert_eq!(s.apply(Action::CloseCitation).open_citation, None);
    }

    #[test]
    fn disagreements_expand_independently() {
        let s = run(&[Action::ToggleDisagreement(0), Action::ToggleDisagreement(2)]);
        assert!(s.is_expanded(0) && s.is_expanded(2) && !s.is_expanded(1));
        assert!(!s.apply(Action::ToggleDisagreement(0)).is_expanded(0));
    }

    #[test]
    fn changing_card_closes_citations_and_folds_disagreements() {
        let s = run(&[
            Action::ToggleCitation(KEY),
            Action::ToggleDisagreement(1),
            Action::Next,
        ]);
        assert_eq!(s.current, EventIx(1));
        assert_eq!(s.open_citation, None);
        assert!(s.expanded.is_empty());
    }

    #[test]
    fn staying_on_the_same_card_keeps_what_is_open() {
        let s = run(&[Action::ToggleCitation(KEY), Action::Previous]);
        assert_eq!(s.open_citation, Some(KEY));
    }

    #[test]
    fn filtering_steps_only_through_matching_events() {
        let s = run(&[Action::ToggleActor(PK)]);
        assert_eq!(s.visible(), events(&[0, 2, 4]));
        assert_eq!(s.position(), Some(VisiblePos(0)));
        let s = s.apply(Action::Next);
        assert_eq!(s.current, EventIx(2));
        assert_eq!(s.apply(Action::Next).current, EventIx(4));
        assert_eq!(
            s.apply(Action::Last).apply(Action::Next).current,
            EventIx(4)
        );
        assert_eq!(
            s.apply(Action::Goto(EventIx(3))).current,
            EventIx(2),
            "a hidden event cannot be shown"
        );
    }

    #[test]
    fn a_filter_that_hides_the_card_moves_to_the_next_match() {
        let s = run(&[Action::Goto(EventIx(3)), Action::ToggleActor(PK)]);
        assert_eq!(s.current, EventIx(4));
        let s = run(&[Action::Last, Action::ToggleActor(TR)]);
        assert_eq!(s.current, EventIx(3), "no later match: the last one");
    }

    #[test]
    fn era_filter_combines_with_actors_and_clears() {
        let s = run(&[Action::SetEra(Some(EraIx(2))), Action::ToggleActor(PK)]);
        assert_eq!(s.visible(), events(&[4]));
        assert!(s.filter.is_active());
        let s = s.apply(Action::ClearFilter);
        assert_eq!(s.visible().len(), 6);
        assert_eq!(s.current, EventIx(4), "clearing keeps the card");
    }

    #[test]
    fn an_empty_result_keeps_state_sane() {
        let s = run(&[Action::SetEra(Some(EraIx(0))), Action::ToggleActor(IR)]);
        assert!(s.visible().is_empty());
        assert_eq!(s.position(), None);
        for a in [
            Action::Next,
            Action::Previous,
            Action::First,
            Action::Last,
            Action::NextEra,
            Action::PreviousEra,
        ] {
            assert!(s.apply(a).visible().is_empty());
        }
        assert_eq!(s.apply(Action::ClearFilter).visible().len(), 6);
    }

    #[test]
    fn reset_forgets_the_filter_card_and_whatever_was_open() {
        let moved = run(&[
            Action::ToggleActor(PK),
            Action::Last,
            Action::ToggleDisagreement(1),
        ]);
        assert_eq!(moved.apply(Action::Reset), State::new(facets()));
    }

    #[test]
    fn an_empty_story_does_not_underflow() {
        let s = State::new(Rc::new(EventFacets {
            eras: Vec::new(),
            actors: Vec::new(),
        }));
        assert_eq!(s.apply(Action::Last).current, EventIx(0));
        assert_eq!(s.apply(Action::Next).current, EventIx(0));
    }
}
