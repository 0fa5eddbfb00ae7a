//! Deep links ↔ the reader's view: which `State` a `#card=…&actors=…&era=…`
//! link opens, and which link reopens a state. This is the edge where ids
//! become indices (`EventIx`, `ActorIx`, `EraIx`) and back; the text of the
//! fragment is `host::fragment`'s. Pure, so it is tested natively.

use std::rc::Rc;

use crate::filter::EventFacets;
use crate::host::fragment::{Fragment, Theme};
use crate::state::{Action, State};
use crate::story::Story;

/// The reducer actions that take an unfiltered view to the one `fragment`
/// asks for: unknown ids are dropped, and a card the filter hides is not
/// shown. Used on load (`to_state`) and when the link changes after load, so
/// a link opens the same view either way.
pub fn actions(fragment: &Fragment, story: &Story) -> Vec<Action> {
    let mut actions = Vec::new();
    let mut toggled = Vec::new();
    for actor in fragment
        .actors
        .iter()
        .filter_map(|id| story.actor_by_id(id))
    {
        // Toggling an actor twice would take it out of the filter again.
        if !toggled.contains(&actor) {
            toggled.push(actor);
            actions.push(Action::ToggleActor(actor));
        }
    }
    if let Some(era) = fragment.era.as_deref().and_then(|id| story.era_by_id(id)) {
        actions.push(Action::SetEra(Some(era)));
    }
    if let Some(card) = fragment
        .card
        .as_deref()
        .and_then(|id| story.event_by_id(id))
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

/// The fragment that reopens `state`. The state's indices come from the
/// reader's view, so each is looked up with a check, never trusted.
pub fn from_state(state: &State, story: &Story, theme: Option<Theme>) -> Fragment {
    Fragment {
        card: state
            .position()
            .and_then(|_| story.event(state.current))
            .map(|e| e.id.clone()),
        actors: (state.filter.actors.iter())
            .filter_map(|a| story.actors.get(a.0))
            .map(|a| a.id.clone())
            .collect(),
        era: (state.filter.era)
            .and_then(|e| story.eras.get(e.0))
            .map(|e| e.id.clone()),
        theme,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::host::fragment::{format, parse};
    use crate::story::fixture::small as fixture;
    use crate::story::{ActorIx, EventIx};

    fn open(hash: &str) -> (Story, State) {
        let story = fixture();
        let facets = Rc::new(EventFacets::from_story(&story));
        let state = to_state(&parse(hash), &story, facets);
        (story, state)
    }

    fn id_of(story: &Story, event: EventIx) -> &str {
        story.event(event).map_or("", |e| e.id.as_str())
    }

    #[test]
    fn a_card_link_opens_that_card() {
        let (story, state) = open("#card=talks");
        assert_eq!(id_of(&story, state.current), "talks");
        assert_eq!(format(&from_state(&state, &story, None)), "#card=talks");
    }

    #[test]
    fn filters_in_the_link_are_applied_and_written_back() {
        let (story, state) = open("#card=farewell&actors=beta&era=new");
        assert_eq!(state.visible(), &[EventIx(2), EventIx(3)]);
        assert_eq!(
            id_of(&story, state.current),
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
        let (_, state) = open("#actors=alpha,beta,alpha");
        assert_eq!(state.filter.actors, vec![ActorIx(0), ActorIx(1)]);
        // A fragment built in code, not parsed, may repeat an actor too.
        let story = fixture();
        let facets = Rc::new(EventFacets::from_story(&story));
        let repeated = Fragment {
            actors: vec!["alpha".into(), "beta".into(), "alpha".into()],
            ..Fragment::default()
        };
        let state = to_state(&repeated, &story, facets);
        assert_eq!(state.filter.actors, vec![ActorIx(0), ActorIx(1)]);
    }

    #[test]
    fn unknown_ids_in_a_link_are_dropped() {
        let (_, state) = open("#card=nowhere&actors=delta&era=future");
        assert_eq!(state.current, EventIx(0));
        assert!(!state.filter.is_active());
        assert_eq!(state.visible().len(), 5);
    }

    #[test]
    fn a_state_from_outside_the_story_writes_no_unknown_ids() {
        let story = fixture();
        let state = State::new(Rc::new(EventFacets::from_story(&story)))
            .apply(Action::ToggleActor(ActorIx(99)))
            .apply(Action::SetEra(Some(crate::story::EraIx(99))));
        assert_eq!(from_state(&state, &story, None), Fragment::default());
    }
}
