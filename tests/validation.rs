//! The validator, from an editor's side: the shipped story passes, and each
//! kind of mistake yields a message naming the file, the JSON path and the
//! problem.

mod common;

use alignment_explainer::story::{SourceIx, Story};
use serde_json::{json, Value};

use common::SMALL_STORY as FIXTURE;
const SHIPPED: &str = include_str!("../static/story.json");

fn fixture() -> Value {
    serde_json::from_str(FIXTURE).expect("fixture is valid JSON")
}

/// Every problem the validator reports for the fixture after `edit`.
fn problems_after(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut story = fixture();
    edit(&mut story);
    let text = serde_json::to_string(&story).expect("serialises");
    match Story::load("story.json", &text) {
        Ok(_) => Vec::new(),
        Err(report) => report.to_string().lines().map(str::to_string).collect(),
    }
}

fn assert_only(edit: impl FnOnce(&mut Value), expected: &str) {
    assert_eq!(problems_after(edit), vec![expected.to_string()]);
}

#[test]
fn the_shipped_story_is_valid_and_complete() {
    let story = Story::load("story.json", SHIPPED).unwrap_or_else(|r| panic!("{r}"));
    let events = &story.events;
    assert!(events.len() >= 25, "{} events", events.len());
    assert_eq!(story.sources.len(), 5);
    assert_eq!(
        events.first().map(|e| e.date.notation()).as_deref(),
        Some("1947")
    );
    assert_eq!(
        events.last().map(|e| e.display_date.as_str()),
        Some("29–30 May 2025")
    );
    let disagreements = events
        .iter()
        .flat_map(|e| &e.claims)
        .filter(|c| c.disagreement.is_some())
        .count();
    assert!(disagreements >= 3);
    // Every seed is cited by at least one claim (the validator enforces it; this
    // guards against the rule being loosened).
    for (i, source) in story.sources.iter().enumerate() {
        let cited = events
            .iter()
            .flat_map(|e| &e.claims)
            .any(|c| c.citations.iter().any(|c| c.source == SourceIx(i)));
        assert!(cited, "{} is never cited by a claim", source.id);
    }
}

#[test]
fn the_fixture_is_valid() {
    assert_eq!(problems_after(|_| {}), Vec::<String>::new());
}

#[test]
fn unknown_source() {
    assert_only(
        |s| s["events"][2]["claims"][1]["sources"][0]["id"] = json!("jpost2"),
        r#"story.json: events[2].claims[1].sources[0].id: unknown source "jpost2""#,
    );
}

#[test]
fn a_citation_without_a_passage_is_refused_by_path() {
    let needs =
        "a citation needs a passage: the source's own words, verbatim, that support the claim";
    assert_only(
        |s| s["events"][4]["claims"][0]["sources"][0]["passage"] = json!(""),
        &format!("story.json: events[4].claims[0].sources[0].passage: {needs}"),
    );
    assert_only(
        |s| {
            if let Some(c) = s["events"][2]["claims"][0]["sources"][1].as_object_mut() {
                c.remove("passage");
            }
        },
        &format!("story.json: events[2].claims[0].sources[1].passage: {needs}"),
    );
}

#[test]
fn a_passage_may_have_sixty_words_and_no_more() {
    let words = |n: usize| json!(vec!["word"; n].join(" "));
    assert_eq!(
        problems_after(|s| s["events"][0]["claims"][0]["sources"][0]["passage"] = words(60)),
        Vec::<String>::new()
    );
    assert_only(
        |s| s["events"][2]["claims"][0]["disagreement"]["versions"][0]["sources"][0]["passage"] = words(75),
        "story.json: events[2].claims[0].disagreement.versions[0].sources[0].passage: the passage has 75 words; quote at most 60: a passage attributes the claim, it does not republish the source",
    );
}

#[test]
fn claim_without_sources() {
    assert_only(
        |s| s["events"][3]["claims"][0]["sources"] = json!([]),
        "story.json: events[3].claims[0].sources: cites no source",
    );
}

#[test]
fn source_never_cited() {
    let lines = problems_after(|s| {
        let one = json!([{"id": "one", "passage": "The account says so."}]);
        s["events"][1]["claims"][0]["sources"] = one.clone();
        s["events"][4]["claims"][0]["sources"] = one.clone();
        s["events"][2]["claims"][0]["sources"] = one.clone();
        s["events"][2]["claims"][0]["disagreement"]["versions"][1]["sources"] = one;
    });
    assert_eq!(
        lines,
        vec![r#"story.json: sources[1]: source "two" is never cited"#]
    );
}

#[test]
fn duplicate_ids() {
    assert_only(
        |s| s["events"][3]["id"] = json!("meeting"),
        r#"story.json: events[3].id: duplicate id "meeting""#,
    );
}

#[test]
fn ids_must_be_slugs() {
    assert_only(
        |s| s["events"][0]["id"] = json!("Founding Day"),
        r#"story.json: events[0].id: id "Founding Day" must be lowercase letters, digits and inner hyphens"#,
    );
}

#[test]
fn impossible_date() {
    assert_only(
        |s| s["events"][3]["date"] = json!("2025-02-30"),
        "story.json: events[3].date: 2025-02-30 does not exist",
    );
}

#[test]
fn range_ending_before_it_starts() {
    assert_only(
        |s| s["events"][4]["date"] = json!("2025-05-30/2025-05-28"),
        "story.json: events[4].date: date range ends before it starts",
    );
}

#[test]
fn unsorted_events() {
    assert_only(
        |s| s["events"][3]["date"] = json!("2025-05-20"),
        r#"story.json: events[3].date: "2025-05-20" is earlier than the event before it; keep events in date order"#,
    );
}

#[test]
fn event_outside_every_era() {
    let lines = problems_after(|s| s["events"][0]["date"] = json!("1947"));
    assert_eq!(
        lines,
        vec![r#"story.json: events[0].date: "1947" falls in no era"#]
    );
}

#[test]
fn non_https_and_script_addresses() {
    for url in [
        "http://one.example/",
        "javascript:alert(1)",
        "https://",
        "https://exa mple.com/",
    ] {
        let expected = format!(r#"story.json: sources[0].url: "{url}" is not an https:// address"#);
        assert_only(|s| s["sources"][0]["url"] = json!(url), &expected);
    }
}

#[test]
fn empty_text() {
    assert_only(
        |s| s["events"][1]["body"] = json!("   "),
        "story.json: events[1].body: text is empty",
    );
}

#[test]
fn unknown_value_must_be_null_and_null_must_be_unknown() {
    assert_only(
        |s| s["sources"][1]["identification"]["headline"] = json!("likely"),
        r#"story.json: sources[1].headline: is null but identification.headline is "likely"; use "unknown""#,
    );
    assert_only(
        |s| s["sources"][0]["identification"]["headline"] = json!("unknown"),
        r#"story.json: sources[0].headline: has a value but identification.headline is "unknown"; use null"#,
    );
}

#[test]
fn disagreement_needs_two_versions() {
    assert_only(
        |s| {
            let versions = &mut s["events"][2]["claims"][0]["disagreement"]["versions"];
            if let Some(list) = versions.as_array_mut() {
                list.truncate(1);
            }
        },
        "story.json: events[2].claims[0].disagreement.versions: a disagreement needs at least two versions",
    );
}

#[test]
fn unknown_actor() {
    assert_only(
        |s| s["events"][0]["actors"] = json!(["delta"]),
        r#"story.json: events[0].actors[0]: unknown actor "delta""#,
    );
}

#[test]
fn misspelt_field_is_an_error_not_silence() {
    assert_only(
        |s| {
            if let Some(event) = s["events"][0].as_object_mut() {
                event.insert("headlin".into(), json!("typo"));
            }
        },
        "story.json: events[0].headlin: unknown field `headlin`, expected one of `id`, `date`, `date_label`, `date_outlets`, `headline`, `body`, `actors`, `place`, `place_outlets`, `claims`",
    );
}

#[test]
fn wrong_type_names_the_path() {
    assert_only(
        |s| s["events"][1]["claims"][0]["sources"] = json!("two"),
        r#"story.json: events[1].claims[0].sources: invalid type: string "two", expected a sequence"#,
    );
}

#[test]
fn syntax_errors_give_line_and_column() {
    let report = Story::load(
        "story.json",
        "{\n  \"meta\": {\n    \"title\": \"x\",\n  }\n}",
    )
    .unwrap_err();
    assert_eq!(
        report.to_string(),
        "story.json: line 4 column 3: trailing comma"
    );
}

#[test]
fn every_problem_is_listed_at_once() {
    let lines = problems_after(|s| {
        s["meta"]["title"] = json!("");
        s["events"][0]["date"] = json!("1955-13");
        s["events"][3]["claims"][0]["sources"][0]["id"] = json!("nope");
    });
    assert_eq!(
        lines,
        vec![
            "story.json: meta.title: text is empty",
            "story.json: events[0].date: month 13 does not exist",
            r#"story.json: events[3].claims[0].sources[0].id: unknown source "nope""#,
        ]
    );
}

#[test]
fn an_empty_key_is_named_visibly() {
    // Found by the property tests: serde reports an empty key with an empty path.
    let report = Story::load("story.json", r#"{"": 1}"#).expect_err("invalid");
    assert_eq!(
        report.to_string(),
        "story.json: \"\" (an empty key): unknown field ``, expected one of `$schema`, `meta`, `actors`, `sources`, `outlets`, `eras`, `places`, `route`, `events`"
    );
}

#[test]
fn an_id_too_long_for_a_link() {
    let long = "a".repeat(65);
    assert_only(
        |story| story["events"][0]["id"] = json!(long),
        &format!(
            "story.json: events[0].id: id \"{long}\" is longer than 64 characters: ids go into links"
        ),
    );
}
