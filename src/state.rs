//! The widget's one reducer. Every change of what the reader sees goes
//! through an [`Action`], so navigation rules live here and are tested here.

use std::rc::Rc;

use crate::timeline::navigation;

/// One citation marker: which claim, which disagreement version (if the
/// marker sits in one), and which of its cited sources.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CitationKey {
    pub claim: usize,
    pub version: Option<usize>,
    pub source: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Next,
    Previous,
    First,
    Last,
    Goto(usize),
    NextEra,
    PreviousEra,
    ToggleCitation(CitationKey),
    CloseCitation,
    ToggleDisagreement(usize),
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub current: usize,
    event_eras: Rc<[usize]>,
    pub open_citation: Option<CitationKey>,
    /// Claims (of the current card) whose disagreement is expanded.
    pub expanded: Vec<usize>,
}

impl State {
    pub fn new(event_eras: Rc<[usize]>) -> State {
        State {
            current: 0,
            event_eras,
            open_citation: None,
            expanded: Vec::new(),
        }
    }

    pub fn count(&self) -> usize {
        self.event_eras.len()
    }

    pub fn is_expanded(&self, claim: usize) -> bool {
        self.expanded.contains(&claim)
    }

    fn last(&self) -> usize {
        self.count().saturating_sub(1)
    }

    /// Pure transition; the Yew `Reducible` impl is a one-line wrapper.
    pub fn apply(&self, action: Action) -> State {
        let target = match action {
            Action::Next => (self.current + 1).min(self.last()),
            Action::Previous => self.current.saturating_sub(1),
            Action::First => 0,
            Action::Last => self.last(),
            Action::Goto(i) => i.min(self.last()),
            Action::NextEra => navigation::next_era(&self.event_eras, self.current),
            Action::PreviousEra => navigation::previous_era(&self.event_eras, self.current),
            Action::ToggleCitation(key) => {
                let open_citation = (self.open_citation != Some(key)).then_some(key);
                return State {
                    open_citation,
                    ..self.clone()
                };
            }
            Action::CloseCitation => {
                return State {
                    open_citation: None,
                    ..self.clone()
                };
            }
            Action::ToggleDisagreement(claim) => {
                let mut expanded = self.expanded.clone();
                match expanded.iter().position(|&c| c == claim) {
                    Some(i) => {
                        expanded.remove(i);
                    }
                    None => expanded.push(claim),
                }
                return State {
                    expanded,
                    ..self.clone()
                };
            }
        };
        if target == self.current {
            return self.clone();
        }
        // A new card starts with its citations closed and disagreements folded.
        State {
            current: target,
            event_eras: self.event_eras.clone(),
            open_citation: None,
            expanded: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> State {
        State::new(Rc::from(vec![0, 0, 1, 2, 2, 2]))
    }

    fn run(actions: &[Action]) -> State {
        actions.iter().fold(state(), |s, &a| s.apply(a))
    }

    const KEY: CitationKey = CitationKey {
        claim: 1,
        version: None,
        source: 0,
    };

    #[test]
    fn steps_and_clamps_at_both_ends() {
        assert_eq!(run(&[Action::Previous]).current, 0);
        assert_eq!(run(&[Action::Next, Action::Next]).current, 2);
        assert_eq!(run(&[Action::Last, Action::Next]).current, 5);
        assert_eq!(run(&[Action::Last, Action::First]).current, 0);
        assert_eq!(run(&[Action::Goto(4)]).current, 4);
        assert_eq!(run(&[Action::Goto(400)]).current, 5);
    }

    #[test]
    fn era_keys_follow_navigation_rules() {
        assert_eq!(run(&[Action::NextEra]).current, 2);
        assert_eq!(run(&[Action::NextEra, Action::NextEra]).current, 3);
        assert_eq!(run(&[Action::Last, Action::PreviousEra]).current, 2);
    }

    #[test]
    fn citations_toggle_and_one_is_open_at_a_time() {
        let s = run(&[Action::ToggleCitation(KEY)]);
        assert_eq!(s.open_citation, Some(KEY));
        let other = CitationKey { source: 1, ..KEY };
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
        assert_eq!(s.current, 1);
        assert_eq!(s.open_citation, None);
        assert!(s.expanded.is_empty());
    }

    #[test]
    fn staying_on_the_same_card_keeps_what_is_open() {
        let s = run(&[Action::ToggleCitation(KEY), Action::Previous]);
        assert_eq!(s.open_citation, Some(KEY));
    }

    #[test]
    fn an_empty_story_does_not_underflow() {
        let s = State::new(Rc::from(Vec::<usize>::new()));
        assert_eq!(s.apply(Action::Last).current, 0);
        assert_eq!(s.apply(Action::Next).current, 0);
    }
}
