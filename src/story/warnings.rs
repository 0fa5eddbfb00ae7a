//! What is legal but probably wrong: warnings never block a build or a
//! publish, they ask an editor to look twice. `story-check` prints them and
//! the studio lists them beside the problems, with the same JSON paths.
//!
//! Several things one might warn about are already refused by the
//! validator, so they are problems, not warnings: an id over 64 characters,
//! a source cited only by notes ("is never cited"), an event with no claims
//! and an event dated outside every era.

use serde_json::Value;

use super::date::{Day, StoryDate};
use super::report::Problem;

/// A headline longer than this no longer reads as one line on a phone card.
pub const MAX_HEADLINE_CHARS: usize = 100;
/// How far a source's or outlet's date may lie outside the eras before it
/// looks like a typo (2052 for 2025) rather than old or late reporting.
pub const FAR_OUTSIDE_YEARS: i32 = 10;

/// Invisible characters that change how text around them is shown or
/// compared ("trojan source"): bidi controls and zero-width characters.
fn invisible(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING, a bidi control",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING, a bidi control",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING, a bidi control",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE, a bidi control",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE, a bidi control",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE, a bidi control",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE, a bidi control",
        '\u{2068}' => "FIRST STRONG ISOLATE, a bidi control",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE, a bidi control",
        '\u{200E}' => "LEFT-TO-RIGHT MARK, a bidi control",
        '\u{200F}' => "RIGHT-TO-LEFT MARK, a bidi control",
        '\u{061C}' => "ARABIC LETTER MARK, a bidi control",
        '\u{200B}' => "ZERO WIDTH SPACE",
        '\u{200C}' => "ZERO WIDTH NON-JOINER",
        '\u{200D}' => "ZERO WIDTH JOINER",
        '\u{2060}' => "WORD JOINER, a zero-width character",
        '\u{FEFF}' => "ZERO WIDTH NO-BREAK SPACE (a byte order mark)",
        _ => return None,
    })
}

/// Every warning for a story file's text, in file order. A file that is
/// not JSON has none: its syntax error is the problem to fix first.
pub fn warnings(json: &str) -> Vec<Problem> {
    let Ok(file) = serde_json::from_str::<Value>(json) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    invisible_characters(&file, &mut String::new(), &mut found);
    long_headlines(&file, &mut found);
    dates_far_outside_eras(&file, &mut found);
    found
}

/// Each invisible character of `text`, once per kind.
fn check(path: &str, text: &str, what: &str, found: &mut Vec<Problem>) {
    let mut seen = Vec::new();
    for c in text.chars() {
        if let Some(name) = invisible(c).filter(|_| !seen.contains(&c)) {
            seen.push(c);
            found.push(Problem::new(
                path,
                format!(
                    "{what} contains U+{:04X} {name}, invisible when read: delete it unless it is meant to be there",
                    u32::from(c)
                ),
            ));
        }
    }
}

/// Walks every key and string, `path` being where the walk is.
fn invisible_characters(value: &Value, path: &mut String, found: &mut Vec<Problem>) {
    match value {
        Value::String(text) => check(path, text, "the text", found),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                invisible_characters(item, path, found);
                path.truncate(len);
            }
        }
        Value::Object(members) => {
            for (key, item) in members {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                check(path, key, "the key", found);
                invisible_characters(item, path, found);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

fn items<'a>(file: &'a Value, list: &str) -> impl Iterator<Item = (usize, &'a Value)> {
    file.get(list)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
}

fn long_headlines(file: &Value, found: &mut Vec<Problem>) {
    for (i, event) in items(file, "events") {
        let Some(headline) = event.get("headline").and_then(Value::as_str) else {
            continue;
        };
        let chars = headline.chars().count();
        if chars > MAX_HEADLINE_CHARS {
            found.push(Problem::new(
                format!("events[{i}].headline"),
                format!(
                    "the headline is {chars} characters long; over {MAX_HEADLINE_CHARS} it wraps to several lines on a phone: shorten it and move detail to the body"
                ),
            ));
        }
    }
}

fn date_of(item: &Value, key: &str) -> Option<StoryDate> {
    StoryDate::parse(item.get(key)?.as_str()?).ok()
}

/// A source's or outlet's date years before the first era or after the
/// last: most likely a mistyped year.
fn dates_far_outside_eras(file: &Value, found: &mut Vec<Problem>) {
    let starts = items(file, "eras").filter_map(|(_, e)| date_of(e, "start"));
    let ends = items(file, "eras").filter_map(|(_, e)| date_of(e, "end"));
    let (Some(first), Some(last)) = (
        starts.map(|d| d.first_day()).min(),
        ends.map(|d| d.last_day()).max(),
    ) else {
        return;
    };
    // Years of 365.25 days: a margin, not a calendar calculation.
    let margin = Day::from(FAR_OUTSIDE_YEARS) * 36525 / 100;
    for list in ["sources", "outlets"] {
        for (i, item) in items(file, list) {
            let Some(date) = date_of(item, "date") else {
                continue;
            };
            let (direction, side) = if date.last_day() < first - margin {
                ("before", "first era starts")
            } else if date.first_day() > last + margin {
                ("after", "last era ends")
            } else {
                continue;
            };
            found.push(Problem::new(
                format!("{list}[{i}].date"),
                format!(
                    "\"{}\" is more than {FAR_OUTSIDE_YEARS} years {direction} the {side}: check the year",
                    date.notation()
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(json: &str) -> Vec<String> {
        warnings(json)
            .into_iter()
            .map(|p| format!("{}: {}", p.path, p.message))
            .collect()
    }

    const ERAS: &str =
        r#""eras": [{"start": "1990", "end": "1999"}, {"start": "2000", "end": "2010-06"}]"#;

    #[test]
    fn the_shipped_story_has_no_warnings() {
        assert_eq!(
            messages(include_str!("../../static/story.json")),
            Vec::<String>::new()
        );
    }

    #[test]
    fn bidi_and_zero_width_characters_are_named_with_their_path() {
        let json = "{\"events\": [{\"body\": \"pay \u{202E}gnp.exe\"}, {\"claims\": [{\"text\": \"a\u{200B}b\u{200B}c\u{2066}\"}]}], \"meta\": {\"ti\u{FEFF}tle\": \"x\"}}";
        assert_eq!(
            messages(json),
            [
                "events[0].body: the text contains U+202E RIGHT-TO-LEFT OVERRIDE, a bidi control, invisible when read: delete it unless it is meant to be there",
                "events[1].claims[0].text: the text contains U+200B ZERO WIDTH SPACE, invisible when read: delete it unless it is meant to be there",
                "events[1].claims[0].text: the text contains U+2066 LEFT-TO-RIGHT ISOLATE, a bidi control, invisible when read: delete it unless it is meant to be there",
                "meta.ti\u{FEFF}tle: the key contains U+FEFF ZERO WIDTH NO-BREAK SPACE (a byte order mark), invisible when read: delete it unless it is meant to be there",
            ]
        );
    }

    #[test]
    fn a_headline_over_the_limit_is_flagged_at_the_limit_not_before() {
        let at_limit = "é".repeat(MAX_HEADLINE_CHARS);
        let over = "a".repeat(MAX_HEADLINE_CHARS + 1);
        let json =
            format!(r#"{{"events": [{{"headline": "{at_limit}"}}, {{"headline": "{over}"}}]}}"#);
        assert_eq!(
            messages(&json),
            ["events[1].headline: the headline is 101 characters long; over 100 it wraps to several lines on a phone: shorten it and move detail to the body"]
        );
    }

    #[test]
    fn source_and_outlet_dates_far_outside_the_eras_are_flagged() {
        let json = format!(
            r#"{{{ERAS}, "sources": [{{"date": "1979-12-31"}}, {{"date": "1980-01-05"}}, {{"date": null}}],
                "outlets": [{{"date": "2020-06-01"}}, {{"date": "2052-05-01"}}, {{"date": "not a date"}}]}}"#
        );
        assert_eq!(
            messages(&json),
            [
                "sources[0].date: \"1979-12-31\" is more than 10 years before the first era starts: check the year",
                "outlets[1].date: \"2052-05-01\" is more than 10 years after the last era ends: check the year",
            ]
        );
    }

    #[test]
    fn text_that_is_not_json_has_no_warnings() {
        assert!(warnings("{\"events\": [\u{202E}").is_empty());
    }
}
