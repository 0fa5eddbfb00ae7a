//! Generated inputs for every parser and for the maths: no panic, no hang,
//! and the round trips and invariants that should hold do. Each property runs
//! 2,000 cases in the normal test run; for a release, run longer:
//!     PROPTEST_CASES=200000 cargo test --release --test properties
//! (random seeds then; the normal run uses a fixed one so CI is repeatable).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use alignment_explainer::filter::{EventFacets, VisiblePos};
use alignment_explainer::host::fragment::{self, Fragment, Theme};
use alignment_explainer::state::{Action, CitationKey, State};
use alignment_explainer::story::date::{
    civil_from_days, days_from_civil, days_in_month, StoryDate,
};
use alignment_explainer::story::{wire, ActorIx, EraIx, EventIx, Story};
use alignment_explainer::timeline::Scale;
use proptest::prelude::*;
use proptest::test_runner::RngSeed;

use common::SMALL_STORY as FIXTURE;

/// 2,000 cases from a fixed seed in the normal run, so CI is repeatable; set
/// PROPTEST_CASES (random seeds then) or PROPTEST_SEED to explore further.
fn config() -> ProptestConfig {
    let env = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<u64>().ok());
    let cases = env("PROPTEST_CASES");
    ProptestConfig {
        cases: cases.map_or(2000, |c| u32::try_from(c).unwrap_or(u32::MAX)),
        rng_seed: match (env("PROPTEST_SEED"), cases) {
            (Some(seed), _) => RngSeed::Fixed(seed),
            (None, Some(_)) => RngSeed::Random,
            (None, None) => RngSeed::Fixed(20_250_525),
        },
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn id() -> impl Strategy<Value = String> {
    "[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?"
}

/// Any JSON value, a few levels deep, with story-like keys.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(serde_json::Value::from),
        ".{0,12}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
            prop::collection::btree_map(
                prop_oneof![
                    Just("meta".to_string()),
                    Just("events".to_string()),
                    Just("sources".to_string()),
                    Just("eras".to_string()),
                    Just("actors".to_string()),
                    Just("date".to_string()),
                    Just("id".to_string()),
                    "[a-z]{1,8}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Applies `edits` (position, 0 remove / 1 insert / 2 replace, character) to
/// the fixture and checks the outcome: the compiled form carries it exactly,
/// and anything accepted satisfies what the widget relies on.
fn mangled_story_is_consistent(edits: &[(usize, u8, char)]) -> Result<(), TestCaseError> {
    let mut text: Vec<char> = FIXTURE.chars().collect();
    for &(at, kind, c) in edits {
        let at = at % (text.len() + 1);
        match kind {
            0 if at < text.len() => {
                text.remove(at);
            }
            1 => text.insert(at, c),
            _ if at < text.len() => text[at] = c,
            _ => {}
        }
    }
    let text: String = text.into_iter().collect();
    let loaded = Story::load("story.json", &text);
    let decoded = wire::decode(&wire::encode(&loaded));
    prop_assert_eq!(decoded.as_ref(), Some(&loaded));
    match loaded {
        Ok(story) => {
            prop_assert!(story.references_resolve());
            prop_assert!(story
                .events
                .windows(2)
                .all(|w| w[0].date.mid_day() <= w[1].date.mid_day()));
            for event in &story.events {
                let (first, last) = story.era(event.era).span;
                let mid = event.date.mid_day();
                prop_assert!(first <= mid && mid <= last, "{} outside its era", event.id);
                for &s in &event.cited {
                    prop_assert!(event
                        .claims
                        .iter()
                        .flat_map(|c| c.all_citations())
                        .any(|c| c.source == s));
                }
            }
        }
        Err(report) => {
            prop_assert!(!report.problems.is_empty());
            for p in &report.problems {
                prop_assert!(!p.path.is_empty() && !p.message.is_empty());
            }
        }
    }
    Ok(())
}

/// A case proptest once shrank a failure to (it was recorded in
/// `properties.proptest-regressions`, which `failure_persistence: None` never
/// read): a deleted character and an inserted quote that together must still
/// give a clean report or a consistent story. Kept as a plain test so it runs
/// every time, whatever the seed.
#[test]
fn a_recorded_mangled_story_case_stays_fixed() {
    mangled_story_is_consistent(&[(53, 0, '0'), (3079, 1, '"')]).expect("consistent");
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn date_parsing_never_panics(text in ".{0,40}") {
        let _ = StoryDate::parse(&text);
    }

    #[test]
    fn valid_dates_parse_and_cover_their_days(year in 1000i32..=9999, month in 1u32..=12, day_seed in 0u32..31, approx: bool) {
        let day = day_seed % days_in_month(year, month) + 1;
        let text = format!("{}{year:04}-{month:02}-{day:02}", if approx { "~" } else { "" });
        let date = StoryDate::parse(&text).expect("valid date");
        prop_assert_eq!(date.first_day(), days_from_civil(year, month, day));
        prop_assert_eq!(civil_from_days(date.first_day()), (year, month, day));
        prop_assert!(!alignment_explainer::i18n::date::format(&date, alignment_explainer::i18n::Lang::En.ui()).is_empty());
        let month_date = StoryDate::parse(&format!("{year:04}-{month:02}")).expect("valid month");
        prop_assert!(month_date.first_day() <= date.first_day() && date.first_day() <= month_date.last_day());
    }

    #[test]
    fn ranges_are_ordered_or_rejected(a in 0i32..40_000, b in 0i32..40_000) {
        let show = |d: i32| {
            let (y, m, dd) = civil_from_days(d);
            format!("{y:04}-{m:02}-{dd:02}")
        };
        let result = StoryDate::parse(&format!("{}/{}", show(a), show(b)));
        prop_assert_eq!(result.is_ok(), a <= b);
    }

    #[test]
    // Text shaped like the start of a story, so the parser goes past its
    // first byte; short of a story, so it must be refused with a problem.
    fn story_like_text_is_refused_never_panics(
        text in "\\{(\"(meta|events|sources|eras)\": ?[\\[{\"]?)?.{0,300}"
    ) {
        let refused = Story::load("story.json", &text);
        prop_assert!(refused.is_err());
    }

    #[test]
    fn story_loading_never_panics_on_any_json(value in json_value()) {
        let _ = Story::load("story.json", &value.to_string());
    }

    #[test]
    fn mangled_stories_fail_cleanly_or_stay_consistent(edits in prop::collection::vec((0usize..4000, 0u8..3, any::<char>()), 1..6)) {
        mangled_story_is_consistent(&edits)?;
    }

    #[test]
    fn scale_positions_are_ordered_inside_the_axis_and_snap_back(
        era_lengths in prop::collection::vec(1i32..20_000, 1..8),
        picks in prop::collection::vec((0usize..8, 0.0f64..1.0), 1..200),
    ) {
        let mut spans = Vec::new();
        let mut start = -10_000;
        for len in &era_lengths {
            spans.push((start, start + len));
            start += len + 1;
        }
        let mut events: Vec<(i32, EraIx)> = picks
            .iter()
            .map(|&(era, frac)| {
                let era = era % spans.len();
                let (a, b) = spans[era];
                (a + (f64::from(b - a) * frac) as i32, EraIx(era))
            })
            .collect();
        events.sort();
        let scale = Scale::new(&spans, &events);
        prop_assert_eq!(scale.len(), events.len());
        for i in 0..scale.len() {
            let p = scale.position(VisiblePos(i));
            prop_assert!((0.0..=1.0).contains(&p));
            prop_assert_eq!(scale.nearest(p), VisiblePos(i));
            if i > 0 {
                prop_assert!(p > scale.position(VisiblePos(i - 1)), "positions must strictly increase");
            }
        }
    }

    #[test]
    fn fragment_parsing_never_panics(text in ".{0,200}", ns in "[a-z]{0,4}") {
        let _ = fragment::parse(&text);
        let _ = fragment::parse_in(&text, &ns);
        let _ = fragment::merge(&text, &ns, &Fragment::default());
    }

    #[test]
    fn fragments_round_trip(
        card in prop::option::of(id()),
        actors in prop::collection::vec(id(), 0..4),
        era in prop::option::of(id()),
        dark in prop::option::of(any::<bool>()),
        ns in prop::option::of("[a-z]{1,4}"),
        other in "[A-Z]{1,3}=[a-z0-9]{0,3}",
    ) {
        // A link may name an actor twice; it reads back once, first place kept.
        let mut unique: Vec<String> = Vec::new();
        for actor in &actors {
            if !unique.contains(actor) {
                unique.push(actor.clone());
            }
        }
        let repeated = Fragment { actors: actors.iter().chain(&actors).cloned().collect(), ..Fragment::default() };
        prop_assert_eq!(fragment::parse(&fragment::format(&repeated)).actors, unique.clone());
        let actors = unique;
        let f = Fragment { card, actors, era, theme: dark.map(|d| if d { Theme::Dark } else { Theme::Light }) };
        prop_assert_eq!(fragment::parse(&fragment::format(&f)), f.clone());
        let ns = ns.unwrap_or_default();
        let merged = fragment::merge(&format!("#{other}"), &ns, &f);
        prop_assert_eq!(fragment::parse_in(&merged, &ns), f);
        let other_key = other.split('=').next().unwrap_or("");
        prop_assert!(merged.contains(other_key), "the host's own keys survive");
    }

    #[test]
    fn the_reducer_keeps_the_current_card_visible(actions in prop::collection::vec(0u8..15, 0..60), args in prop::collection::vec(0usize..8, 60)) {
        let [a, b, c] = [ActorIx(0), ActorIx(1), ActorIx(2)];
        let facets = Rc::new(EventFacets {
            eras: [0, 0, 1, 1, 1, 2, 3].map(EraIx).to_vec(),
            actors: vec![vec![a], vec![b], vec![a, c], vec![c], vec![b], vec![a], vec![b]],
        });
        let mut state = State::new(facets);
        for (kind, arg) in actions.into_iter().zip(args) {
            let action = match kind {
                0 => Action::Next,
                1 => Action::Previous,
                2 => Action::First,
                3 => Action::Last,
                4 => Action::Goto(EventIx(arg)),
                5 => Action::NextEra,
                6 => Action::PreviousEra,
                7 => Action::ToggleActor(ActorIx(arg % 3)),
                8 => Action::SetEra(Some(EraIx(arg % 5))),
                9 => Action::SetEra(None),
                10 => Action::ClearFilter,
                11 => Action::ToggleCitation(CitationKey { claim: arg, version: None, citation: 0 }),
                12 => Action::ToggleDisagreement(arg),
                13 => Action::Reset,
                _ => Action::CloseCitation,
            };
            let before = state.current;
            state = state.apply(action);
            if !state.visible().is_empty() {
                prop_assert!(state.visible().contains(&state.current));
                prop_assert!(state.position().is_some());
            }
            if state.current != before {
                prop_assert!(state.open_citation.is_none() && state.expanded.is_empty());
            }
        }
    }
}
