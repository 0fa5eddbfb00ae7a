//! Every quotation the widget shows (text in double quotation marks, and
//! every pull quote) appears word for word in a seed the item cites. A
//! misquotation is the error a reader can check most easily, and the one
//! that costs the story its credibility.

mod common;

use std::collections::HashMap;

use alignment_explainer::story::{Citation, NoteKind, SourceIx, Story};
use common::{normalise, seed_by_source, shipped};

/// The quoted passages in a text, in straight or typographic double quotes;
/// an unpaired mark is an error.
fn quotations(text: &str) -> Result<Vec<String>, String> {
    let mut found = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('"' | '“', None) => open = Some(i + c.len_utf8()),
            ('"' | '”', Some(start)) => {
                found.push(text[start..i].to_string());
                open = None;
            }
            ('”', None) => {
                return Err(format!(
                    "a closing quotation mark with no opening one in {text:?}"
                ))
            }
            _ => {}
        }
    }
    match open {
        Some(_) => Err(format!("an unclosed quotation mark in {text:?}")),
        None => Ok(found),
    }
}

/// One piece of reader-facing text and the sources its quotations must come from.
struct Item<'a> {
    path: String,
    text: &'a str,
    sources: Vec<&'a str>,
    /// The whole text is a pull quote, not prose with quotations in it.
    whole: bool,
}

/// Every piece of story text the widget shows that can carry a quotation
/// attributed to a seed, with the seeds it may quote. Outside notes and
/// outlet-only versions quote their outlets, which we cannot check here;
/// they are returned apart.
fn items(story: &Story) -> (Vec<Item<'_>>, Vec<(String, &str)>) {
    let mut items = Vec::new();
    let mut outside = Vec::new();
    let ids = |citations: &[Citation]| -> Vec<&str> {
        citations
            .iter()
            .map(|c| story.source(c.source).id.as_str())
            .collect()
    };
    let all: Vec<&str> = story.sources.iter().map(|s| s.id.as_str()).collect();
    let meta = &story.meta;
    for (path, text) in [
        ("meta.title", &meta.title),
        ("meta.standfirst", &meta.standfirst),
    ] {
        items.push(Item {
            path: path.into(),
            text,
            sources: all.clone(),
            whole: false,
        });
    }
    for (i, s) in story.sources.iter().enumerate() {
        for (field, text) in [("framing", &s.framing), ("about", &s.about)] {
            items.push(Item {
                path: format!("sources[{i}].{field}"),
                text,
                sources: vec![s.id.as_str()],
                whole: false,
            });
        }
    }
    for (e, event) in story.events.iter().enumerate() {
        let at = format!("events[{e}] ({})", event.id);
        let card: Vec<&str> = event
            .cited
            .iter()
            .map(|&s| story.source(s).id.as_str())
            .collect();
        for (field, text) in [("headline", &event.headline), ("body", &event.body)] {
            items.push(Item {
                path: format!("{at}.{field}"),
                text,
                sources: card.clone(),
                whole: false,
            });
        }
        for (k, claim) in event.claims.iter().enumerate() {
            let at = format!("{at}.claims[{k}]");
            let cited = ids(&claim.citations);
            items.push(Item {
                path: format!("{at}.text"),
                text: &claim.text,
                sources: cited.clone(),
                whole: false,
            });
            if let Some(q) = &claim.quote {
                items.push(Item {
                    path: format!("{at}.quote"),
                    text: &q.text,
                    sources: cited.clone(),
                    whole: true,
                });
            }
            if let Some(d) = &claim.disagreement {
                let mut all_versions = cited.clone();
                for (v, version) in d.versions.iter().enumerate() {
                    let path = format!("{at}.disagreement.versions[{v}].text");
                    if version.citations.is_empty() {
                        outside.push((path, version.text.as_str()));
                        continue;
                    }
                    let own = ids(&version.citations);
                    all_versions.extend(&own);
                    items.push(Item {
                        path,
                        text: &version.text,
                        sources: own,
                        whole: false,
                    });
                }
                items.push(Item {
                    path: format!("{at}.disagreement.note"),
                    text: &d.note,
                    sources: all_versions,
                    whole: false,
                });
            }
            for (n, note) in claim.notes.iter().enumerate() {
                let path = format!("{at}.notes[{n}].text");
                let concerns: Vec<&str> = (note.concerns.iter())
                    .map(|&s| story.source(s).id.as_str())
                    .collect();
                match note.kind {
                    NoteKind::Correction => items.push(Item {
                        path,
                        text: &note.text,
                        sources: concerns,
                        whole: false,
                    }),
                    NoteKind::Outside => outside.push((path, note.text.as_str())),
                }
            }
        }
    }
    (items, outside)
}

/// Every quotation that is not word for word in the seeds it may come
/// from, and the number that are.
fn check(story: &Story, seeds: &HashMap<String, String>) -> (usize, Vec<String>) {
    let (items, _) = items(story);
    let mut verified = 0;
    let mut problems = Vec::new();
    for item in items {
        let quoted = if item.whole {
            Ok(vec![item.text.to_string()])
        } else {
            quotations(item.text)
        };
        let quoted = match quoted {
            Ok(q) => q,
            Err(e) => {
                problems.push(format!("{}: {e}", item.path));
                continue;
            }
        };
        for q in quoted {
            let needle = normalise(&q);
            let found = item
                .sources
                .iter()
                .any(|s| seeds.get(*s).is_some_and(|text| text.contains(&needle)));
            if found {
                verified += 1;
            } else {
                problems.push(format!(
                    "{}: \"{q}\" is not word for word in {}",
                    item.path,
                    item.sources.join(", ")
                ));
            }
        }
    }
    (verified, problems)
}

#[test]
fn every_quotation_is_verbatim_in_a_seed_it_cites() {
    let story = shipped();
    let seeds = seed_by_source(&story);
    let (verified, problems) = check(&story, &seeds);
    assert!(
        problems.is_empty(),
        "{} quotation(s) not found:\n{}",
        problems.len(),
        problems.join("\n")
    );
    let (_, outside) = items(&story);
    let outlet_quotes: usize = outside
        .iter()
        .map(|(_, text)| quotations(text).map_or(0, |q| q.len()))
        .sum();
    println!(
        "quotations verified against the seeds: {verified}; quoted from outside outlets (attributed to them, not checked here): {outlet_quotes}"
    );
    assert!(
        verified > 20,
        "only {verified} quotations found: is the extractor broken?"
    );
}

#[test]
fn a_changed_word_in_a_quotation_is_caught() {
    let original = shipped();
    let seeds = seed_by_source(&original);
    let mut story = original.clone();
    let quote = story
        .events
        .iter_mut()
        .flat_map(|e| &mut e.claims)
        .find_map(|c| c.quote.as_mut())
        .expect("the story has a pull quote");
    quote.text = quote.text.replacen(' ', " very ", 1);
    let (_, before) = check(&original, &seeds);
    let (_, after) = check(&story, &seeds);
    assert_eq!(after.len(), before.len() + 1, "{after:?}");
}

#[test]
fn a_quotation_cited_to_the_wrong_seed_is_caught() {
    let original = shipped();
    let seeds = seed_by_source(&original);
    let mut story = original.clone();
    // Move a claim's quotation onto a source that does not contain it.
    let claim = story
        .events
        .iter_mut()
        .flat_map(|e| &mut e.claims)
        .find(|c| c.quote.is_some())
        .expect("the story has a pull quote");
    let other = (0..original.sources.len())
        .map(SourceIx)
        .find(|&s| !claim.citations.iter().any(|c| c.source == s))
        .expect("another source");
    claim.citations = vec![Citation {
        source: other,
        passage: claim.citations[0].passage.clone(),
    }];
    let (_, before) = check(&original, &seeds);
    let (_, after) = check(&story, &seeds);
    assert!(after.len() > before.len(), "{after:?}");
}

#[test]
fn quotations_are_found_in_both_styles_and_unpaired_marks_are_errors() {
    assert_eq!(
        quotations("He said \"we met\" and “we parted”."),
        Ok(vec!["we met".to_string(), "we parted".to_string()])
    );
    assert!(quotations("An \"unclosed quotation").is_err());
    assert!(quotations("A stray ” mark").is_err());
    assert_eq!(normalise("it’s  “so”\n now"), "it's \"so\" now");
}
