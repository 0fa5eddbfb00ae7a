use proptest::prelude::*;
use serde_json::Value;

use super::*;
use crate::story::file::StoryFile;

const SHIPPED: &str = include_str!("../../static/story.json");

fn files(tabs: Vec<(&'static str, String)>) -> Vec<(String, String)> {
    tabs.into_iter()
        .map(|(tab, text)| (format!("{tab}.csv"), text))
        .collect()
}

fn story_file(json: &str) -> StoryFile {
    serde_json::from_str(json).unwrap()
}

fn round_trip(json: &str) -> StoryFile {
    let back = from_sheets(&files(to_sheets(json).unwrap())).unwrap_or_else(|p| panic!("{p:?}"));
    story_file(&back.json)
}

#[test]
fn the_shipped_story_survives_the_round_trip() {
    assert_eq!(round_trip(SHIPPED), story_file(SHIPPED));
}

#[test]
fn every_tab_has_its_header_even_when_empty() {
    let tabs = to_sheets(SHIPPED).unwrap();
    assert_eq!(
        tabs.iter().map(|(t, _)| *t).collect::<Vec<_>>(),
        [
            "story",
            "actors",
            "sources",
            "outlets",
            "eras",
            "places",
            "events",
            "route",
            "claims",
            "versions",
            "citations",
            "notes"
        ]
    );
    let citations = &tabs.iter().find(|(t, _)| *t == "citations").unwrap().1;
    assert!(citations.starts_with("event,claim,version,source,passage\n"));
}

/// The shipped story's tabs, edited: `edit` gets the tab's rows.
fn edited(tab: &str, edit: impl FnOnce(&mut Vec<Vec<String>>)) -> Vec<(String, String)> {
    let mut sheets = files(to_sheets(SHIPPED).unwrap());
    let (_, text) = sheets
        .iter_mut()
        .find(|(name, _)| *name == format!("{tab}.csv"))
        .unwrap();
    let mut rows = csv::read(text).unwrap();
    edit(&mut rows);
    *text = csv::write(&rows);
    sheets
}

fn problems(files: &[(String, String)]) -> Vec<String> {
    from_sheets(files)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn sheets_exported_by_european_excel_read_the_same() {
    // `;` separators, CRLF, a byte order mark, quoted newlines.
    let excel: Vec<(String, String)> = files(to_sheets(SHIPPED).unwrap())
        .into_iter()
        .map(|(name, text)| {
            let rows = csv::read(&text).unwrap();
            let lines: Vec<String> = (rows.iter())
                .map(|r| {
                    (r.iter())
                        .map(|c| format!("\"{}\"", c.replace('"', "\"\"").replace('\n', "\r\n")))
                        .collect::<Vec<_>>()
                        .join(";")
                })
                .collect();
            (name, format!("\u{FEFF}{}\r\n", lines.join("\r\n")))
        })
        .collect();
    let back = from_sheets(&excel).unwrap();
    assert_eq!(story_file(&back.json), story_file(SHIPPED));
}

#[test]
fn google_sheets_file_names_name_their_tab() {
    let named: Vec<(String, String)> = files(to_sheets(SHIPPED).unwrap())
        .into_iter()
        .map(|(name, text)| (format!("Explainer story - {name}"), text))
        .collect();
    assert!(from_sheets(&named).is_ok());
}

#[test]
fn problems_name_tab_row_and_column() {
    let mut unknown = edited("claims", |rows| rows[3][0] = "no-such-event".into());
    assert_eq!(
        problems(&unknown),
        [
            "claims.csv: row 4, column event: no event has the id \"no-such-event\" (events tab)",
            // Its citations then hang on nothing: said too.
            "citations.csv: row 4, column claim: the claims tab has no claim \"1\" for event \"baghdad-pact-1955\""
        ]
    );
    unknown.retain(|(name, _)| name != "citations.csv");
    assert_eq!(
        problems(&unknown),
        ["citations.csv: row 1: this tab is missing"]
    );
    assert_eq!(
        problems(&edited("places", |rows| rows[2][2] = "north".into())),
        ["places.csv: row 3, column lat: \"north\" is not a number"]
    );
    assert_eq!(
        problems(&edited("events", |rows| rows[0][4] = "title".into())),
        [
            "events.csv: row 1, column title: unknown column \"title\" (column 5 of the header)",
            "events.csv: row 1, column headline: the header has no column \"headline\""
        ]
    );
    assert_eq!(
        problems(&edited("citations", |rows| rows[1][1] = "99".into())),
        [format!(
            "citations.csv: row 2, column claim: the claims tab has no claim \"99\" for event \"{}\"",
            story_file(SHIPPED).events[0].id
        )]
    );
    let mut broken = files(to_sheets(SHIPPED).unwrap());
    let (_, notes) = broken
        .iter_mut()
        .find(|(name, _)| name == "notes.csv")
        .unwrap();
    let rows = csv::read(notes).unwrap().len();
    notes.push_str("x,1,outside,\"never closed\n");
    assert_eq!(
        problems(&broken),
        [format!(
            "notes.csv: row {}: a quoted cell is never closed",
            rows + 1
        )]
    );
}

#[test]
fn validator_problems_point_back_at_their_cell() {
    let sheets = edited("events", |rows| rows[2][1] = "19x5".into());
    let back = from_sheets(&sheets).unwrap();
    let report = crate::story::Story::load("story.json", &back.json).unwrap_err();
    let cells: Vec<_> = report
        .problems
        .iter()
        .map(|p| back.cell_of(&p.path).cloned())
        .collect();
    assert_eq!(
        cells,
        [Some(Cell {
            tab: "events".into(),
            row: 3,
            column: "date".into()
        })]
    );
}

/// Where free text may go in the shipped story: every string that is not
/// an id, a reference, a kind or an optional field (an empty optional cell
/// reads as null).
fn text_paths(value: &Value, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match value {
        Value::Object(members) => {
            for (key, item) in members {
                path.push(key.clone());
                text_paths(item, path, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(i.to_string());
                text_paths(item, path, out);
                path.pop();
            }
        }
        Value::String(_) => {
            let key = path.last().map(String::as_str).unwrap_or("");
            let plain = [
                "text",
                "body",
                "headline",
                "passage",
                "note",
                "label",
                "about",
                "framing",
                "standfirst",
                "title",
                "name",
                "by",
                "identification_note",
            ];
            if plain.contains(&key) && !path.iter().any(|p| p == "identification") {
                out.push(path.clone());
            }
        }
        _ => {}
    }
}

fn set(value: &mut Value, path: &[String], text: &str) {
    let mut v = value;
    for step in path {
        v = match step.parse::<usize>() {
            Ok(i) => &mut v[i],
            Err(_) => &mut v[step.as_str()],
        };
    }
    *v = Value::from(text);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// Any text (separators, quotes, newlines, leading and trailing spaces,
    /// any script) in any text field survives story → CSV → story.
    #[test]
    fn any_text_survives_the_round_trip(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), "[^\r]{0,40}"), 1..12),
        drop_quotes in any::<bool>(),
    ) {
        let mut story: Value = serde_json::from_str(SHIPPED).unwrap();
        let mut paths = Vec::new();
        text_paths(&story, &mut Vec::new(), &mut paths);
        // Optional parts written empty must be absent, not empty.
        paths.retain(|p| !(p.last().is_some_and(|k| k == "headline") && p.first().is_some_and(|s| s == "outlets" || s == "sources")));
        for (index, text) in &edits {
            let path = index.get(&paths);
            set(&mut story, path, text);
        }
        // The sheet cannot tell an all-empty quote or disagreement from none
        // (the documented rule: such a part is dropped); one empty cell of a
        // present part comes back as an empty text, for the validator to name.
        for event in story["events"].as_array_mut().unwrap() {
            for claim in event["claims"].as_array_mut().unwrap() {
                let claim = claim.as_object_mut().unwrap();
                for part in ["quote", "disagreement"] {
                    let empty = claim.get(part).and_then(Value::as_object).is_some_and(|o| {
                        o.values().all(|v| v.as_str().is_none_or(str::is_empty))
                    });
                    if empty {
                        claim.remove(part);
                    }
                }
            }
        }
        if drop_quotes {
            for event in story["events"].as_array_mut().unwrap() {
                for claim in event["claims"].as_array_mut().unwrap() {
                    claim.as_object_mut().unwrap().remove("quote");
                }
            }
        }
        let json = story.to_string();
        prop_assert_eq!(round_trip(&json), story_file(&json));
    }
}

#[test]
fn an_empty_cell_of_a_present_quote_or_disagreement_is_an_empty_text() {
    let mut story: Value = serde_json::from_str(SHIPPED).unwrap();
    let claims = || {
        story["events"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|e| e["claims"].as_array().unwrap())
    };
    let quoted = claims().position(|c| c.get("quote").is_some()).unwrap();
    let disputed = claims()
        .position(|c| c.get("disagreement").is_some())
        .unwrap();
    let mut claims_mut: Vec<&mut Value> = story["events"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .flat_map(|e| e["claims"].as_array_mut().unwrap().iter_mut())
        .collect();
    claims_mut[quoted]["quote"]["text"] = Value::from("");
    claims_mut[disputed]["disagreement"]["note"] = Value::from("");
    let json = story.to_string();
    assert_eq!(round_trip(&json), story_file(&json));
}
