//! A translation of the story is the English file with only its reader-facing
//! texts translated (`TEXTS`): the same ids in the same order, the same dates,
//! sources, outlets, addresses and passages (the evidence stays in the
//! sources' English), and in each text the same numbers. This walk compares
//! the two files value by value and names every difference by its JSON path;
//! `Story::load_translation` runs it after the ordinary validation.

use serde_json::Value;

use super::report::Problem;
use crate::i18n::Lang;

/// The fields a translator translates, as paths with `[]` for any index.
pub const TEXTS: [&str; 20] = [
    "meta.title",
    "meta.standfirst",
    "actors[].name",
    "sources[].identification_note",
    "sources[].framing",
    "sources[].country",
    "sources[].about",
    "outlets[].country",
    "eras[].label",
    "places[].name",
    "route.label",
    "events[].headline",
    "events[].body",
    "events[].date_label",
    "events[].claims[].text",
    "events[].claims[].notes[].text",
    "events[].claims[].disagreement.note",
    "events[].claims[].disagreement.versions[].text",
    "events[].claims[].quote.text",
    "events[].claims[].quote.by",
];

/// Every difference between a translation and the English story it
/// translates, beyond what `validate` finds in the translation alone.
pub fn compare(english: &Value, translation: &Value) -> Vec<Problem> {
    let mut problems = Vec::new();
    let language = translation
        .pointer("/meta/language")
        .and_then(Value::as_str);
    let english_language = english.pointer("/meta/language").and_then(Value::as_str);
    match language.and_then(Lang::from_tag) {
        Some(lang) if Some(lang.code()) != english_language && lang != Lang::Pseudo => {}
        _ => problems.push(Problem::new(
            "meta.language",
            format!(
                "\"{}\" is not a language a translation can be in: use tr, ur or az",
                language.unwrap_or_default()
            ),
        )),
    }
    walk(english, translation, "", "", &mut problems);
    problems
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn walk(en: &Value, tr: &Value, path: &str, shape: &str, problems: &mut Vec<Problem>) {
    match (en, tr) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                let (inner, inner_shape) = (join(path, key), join(shape, key));
                match b.get(key) {
                    None => problems.push(Problem::new(inner, "missing: the English story has it")),
                    Some(other) if inner_shape != "meta.language" => {
                        walk(value, other, &inner, &inner_shape, problems)
                    }
                    Some(_) => {}
                }
            }
            for key in b.keys().filter(|k| !a.contains_key(*k)) {
                problems.push(Problem::new(join(path, key), "not in the English story"));
            }
        }
        (Value::Array(a), Value::Array(b)) => list(a, b, path, shape, problems),
        (Value::String(a), Value::String(b)) if TEXTS.contains(&shape) => {
            text(a, b, path, problems)
        }
        _ if en == tr => {}
        _ => problems.push(Problem::new(
            path,
            format!(
                "changes {}: a translation keeps the English story's {}",
                what(shape),
                short(en)
            ),
        )),
    }
}

/// What a changed value is, in the words of the rule it breaks.
fn what(shape: &str) -> &'static str {
    let key = shape.rsplit('.').next().unwrap_or_default();
    if matches!(key, "date" | "start" | "end" | "updated") {
        "a date"
    } else if shape.contains("sources") || shape.contains("concerns") {
        "a source"
    } else if shape.contains("outlets") {
        "an outlet"
    } else if key == "id" {
        "an id"
    } else {
        "a value"
    }
}

fn short(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(80) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text,
    }
}

/// The ids of a list's items, if every item has one.
fn ids(items: &[Value]) -> Option<Vec<&str>> {
    items
        .iter()
        .map(|item| item.get("id").and_then(Value::as_str))
        .collect()
}

/// Lists of things with ids (events, sources, actors…) are compared by id,
/// so a missing or added one is named; other lists item by item.
fn list(a: &[Value], b: &[Value], path: &str, shape: &str, problems: &mut Vec<Problem>) {
    let item_shape = format!("{shape}[]");
    if let (Some(en_ids), Some(tr_ids), false) = (ids(a), ids(b), shape.ends_with(".sources")) {
        let before = problems.len();
        for id in en_ids.iter().filter(|id| !tr_ids.contains(id)) {
            problems.push(Problem::new(
                path,
                format!(
                    "id \"{id}\" is missing: a translation keeps every id of the English story"
                ),
            ));
        }
        for (i, id) in tr_ids
            .iter()
            .enumerate()
            .filter(|(_, id)| !en_ids.contains(id))
        {
            problems.push(Problem::new(
                format!("{path}[{i}].id"),
                format!("id \"{id}\" is not in the English story"),
            ));
        }
        if problems.len() > before {
            return;
        }
    }
    if a.len() != b.len() {
        problems.push(Problem::new(
            path,
            format!("{} items where the English story has {}", b.len(), a.len()),
        ));
        return;
    }
    for (i, (x, y)) in a.iter().zip(b).enumerate() {
        walk(x, y, &format!("{path}[{i}]"), &item_shape, problems);
    }
}

fn text(en: &str, tr: &str, path: &str, problems: &mut Vec<Problem>) {
    if tr.trim().is_empty() {
        problems.push(Problem::new(path, "text is empty"));
        return;
    }
    if let Some(digit) = tr.chars().find(|c| c.is_numeric() && !c.is_ascii_digit()) {
        problems.push(Problem::new(
            path,
            format!("\"{digit}\": write numbers in ASCII digits, as the English story does"),
        ));
        return;
    }
    let (a, b) = (numbers(en), numbers(tr));
    if a != b {
        problems.push(Problem::new(
            path,
            format!(
                "numbers differ from the English: the English has [{}], the translation [{}]",
                a.join(", "),
                b.join(", ")
            ),
        ));
    }
    if en.trim() == tr.trim() && en.split_whitespace().count() >= 3 {
        problems.push(Problem::new(path, "still the English text"));
    }
}

/// The numbers in a text, sorted, a thousands separator dropped ("1,000",
/// Turkish "1.000", "1 000" are all 1000).
fn numbers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_digit() {
            current.push(c);
            continue;
        }
        let separator = matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{66c}');
        let group = chars
            .get(i + 1..i + 4)
            .is_some_and(|g| g.iter().all(char::is_ascii_digit))
            && !chars.get(i + 4).is_some_and(char::is_ascii_digit);
        if separator && !current.is_empty() && group {
            continue;
        }
        if !current.is_empty() {
            found.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        found.push(current);
    }
    found.sort();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_ignore_thousands_separators_and_order() {
        assert_eq!(numbers("1,000 troops in 2025"), ["1000", "2025"]);
        assert_eq!(numbers("2025'te 1.000 asker"), ["1000", "2025"]);
        assert_eq!(numbers("8–10 May, 3.5 km"), ["10", "3", "5", "8"]);
        assert!(numbers("no digits").is_empty());
    }
}
