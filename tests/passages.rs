//! The evidence behind every citation (issue #16): each citation's passage
//! is word for word in the text of the source it cites, every citation has
//! one, and every pull quote lies inside a passage of its own claim. Then
//! how much of each source the story quotes, printed for the README
//! (`cargo test --test passages -- --nocapture`): attribution, not
//! republication.
//!
//! "Word for word" is after `common::normalise` (white space runs as one
//! space, typographic quotes as plain ones) of both texts. The seeds are read
//! from `../shared/seeds/` or `$PTX_SEEDS`; the test fails, saying so, when
//! they are missing.

mod common;

use std::collections::HashMap;

use alignment_explainer::story::{Citation, SourceIx, Story};
use common::{normalise, seed_by_source, shipped};

/// One citation, named as an editor finds it.
struct Cited<'a> {
    /// "events[19] (istanbul-meeting).claims[1].disagreement.versions[0], source jpost"
    at: String,
    source: SourceIx,
    passage: &'a str,
}

/// Every citation of the story, claims then their versions, in story order.
fn citations(story: &Story) -> Vec<Cited<'_>> {
    let mut found = Vec::new();
    for (e, event) in story.events.iter().enumerate() {
        for (k, claim) in event.claims.iter().enumerate() {
            let at = format!("events[{e}] ({}).claims[{k}]", event.id);
            let versions = claim.disagreement.iter().flat_map(|d| d.versions.iter());
            let lists = std::iter::once((at.clone(), &claim.citations)).chain(
                versions.enumerate().map(|(v, version)| {
                    (
                        format!("{at}.disagreement.versions[{v}]"),
                        &version.citations,
                    )
                }),
            );
            for (at, list) in lists {
                found.extend(list.iter().map(|c: &Citation| Cited {
                    at: format!("{at}, source {}", story.source(c.source).id),
                    source: c.source,
                    passage: &c.passage,
                }));
            }
        }
    }
    found
}

/// Every citation whose passage is missing or not word for word in its
/// source, and every pull quote outside its claim's passages.
fn problems(story: &Story, seeds: &HashMap<String, String>) -> Vec<String> {
    let mut problems = Vec::new();
    for c in citations(story) {
        let id = &story.source(c.source).id;
        let text = seeds.get(id).map_or("", String::as_str);
        if c.passage.trim().is_empty() {
            problems.push(format!("{}: no passage", c.at));
        } else if !text.contains(&normalise(c.passage)) {
            problems.push(format!(
                "{}: the passage is not word for word in {id}'s text: \"{}\"",
                c.at, c.passage
            ));
        }
    }
    for (e, event) in story.events.iter().enumerate() {
        for (k, claim) in event.claims.iter().enumerate() {
            let Some(quote) = &claim.quote else { continue };
            let needle = normalise(&quote.text);
            if !(claim.citations.iter()).any(|c| normalise(&c.passage).contains(&needle)) {
                problems.push(format!(
                    "events[{e}] ({}).claims[{k}].quote: \"{}\" is in no passage of the claim's own citations",
                    event.id, quote.text
                ));
            }
        }
    }
    problems
}

#[test]
fn every_citation_has_a_passage_word_for_word_in_its_source() {
    let story = shipped();
    let seeds = seed_by_source(&story);
    let problems = problems(&story, &seeds);
    assert!(
        problems.is_empty(),
        "{} citation(s) without verified evidence:\n{}",
        problems.len(),
        problems.join("\n")
    );
    let count = citations(&story).len();
    assert!(count >= 100, "only {count} citations: is the walk broken?");
    println!("{}", table(&story, &seeds));
}

#[test]
fn a_changed_word_in_a_passage_is_caught_and_named() {
    let original = shipped();
    let seeds = seed_by_source(&original);
    let mut story = original.clone();
    let (e, k) = (3, 1);
    let passage = &mut story.events[e].claims[k].citations[0].passage;
    *passage = passage.replacen(' ', " very ", 1);
    let problems = problems(&story, &seeds);
    assert_eq!(problems.len(), 1, "{problems:?}");
    let id = &original.events[e].id;
    let source = &original
        .source(original.events[e].claims[k].citations[0].source)
        .id;
    assert!(
        problems[0].starts_with(&format!(
            "events[{e}] ({id}).claims[{k}], source {source}: the passage is not word for word"
        )),
        "{}",
        problems[0]
    );
}

#[test]
fn a_passage_cited_to_the_wrong_source_and_a_quote_outside_its_passages_are_caught() {
    let original = shipped();
    let seeds = seed_by_source(&original);
    let mut story = original.clone();
    // A version's passage moved to a source that does not say it.
    let (e, k, claim) = (story.events.iter_mut().enumerate())
        .find_map(|(e, ev)| {
            let (k, c) =
                (ev.claims.iter_mut().enumerate()).find(|(_, c)| c.disagreement.is_some())?;
            Some((e, k, c))
        })
        .expect("a disagreement");
    let versions = &mut claim.disagreement.as_mut().expect("disagreement").versions;
    let (v, version) = (versions.iter_mut().enumerate())
        .find(|(_, v)| !v.citations.is_empty())
        .expect("a version citing a source");
    let cited = version.citations[0].source;
    let other = (0..original.sources.len())
        .map(SourceIx)
        .find(|&s| {
            s != cited
                && !seeds[&original.source(s).id]
                    .contains(&normalise(&version.citations[0].passage))
        })
        .expect("another source");
    version.citations[0].source = other;
    let problems_now = problems(&story, &seeds);
    let at = format!(
        "events[{e}] ({}).claims[{k}].disagreement.versions[{v}], source {}",
        original.events[e].id,
        original.source(other).id
    );
    assert!(
        problems_now.iter().any(|p| p.starts_with(&at)),
        "{at}: {problems_now:?}"
    );

    // A pull quote whose words are in no passage of its claim.
    let mut story = original.clone();
    let quote = (story.events.iter_mut().flat_map(|e| &mut e.claims))
        .find_map(|c| c.quote.as_mut())
        .expect("a pull quote");
    quote.text.push_str(" and more");
    let problems_now = problems(&story, &seeds);
    assert_eq!(problems_now.len(), 1, "{problems_now:?}");
    assert!(problems_now[0].contains(".quote: "), "{}", problems_now[0]);
}

/// How much of each source the story quotes: citations, distinct passages,
/// words quoted (every citation's passage, repeats included), and the words
/// of the source's text that some passage shows, with their share of it.
fn table(story: &Story, seeds: &HashMap<String, String>) -> String {
    let all = citations(story);
    let mut out = format!(
        "{:<14}{:>10}{:>10}{:>8}{:>20}{}\n",
        "source", "citations", "passages", "words", "source words shown", ""
    );
    let mut totals = [0usize; 5];
    for (i, source) in story.sources.iter().enumerate() {
        let mine: Vec<&str> = (all.iter())
            .filter(|c| c.source == SourceIx(i))
            .map(|c| c.passage)
            .collect();
        let mut distinct = mine.clone();
        distinct.sort_unstable();
        distinct.dedup();
        let words: usize = mine.iter().map(|p| p.split_whitespace().count()).sum();
        let text = seeds.get(&source.id).map_or("", String::as_str);
        let (shown, of) = coverage(text, &distinct);
        out.push_str(&format!(
            "{:<14}{:>10}{:>10}{:>8}{:>10} of {:<5}{:>3}%\n",
            source.id,
            mine.len(),
            distinct.len(),
            words,
            shown,
            of,
            percent(shown, of)
        ));
        for (t, n) in totals
            .iter_mut()
            .zip([mine.len(), distinct.len(), words, shown, of])
        {
            *t += n;
        }
    }
    let [citations, passages, words, shown, of] = totals;
    out.push_str(&format!(
        "{:<14}{:>10}{:>10}{:>8}{:>10} of {:<5}{:>3}%",
        "total",
        citations,
        passages,
        words,
        shown,
        of,
        percent(shown, of)
    ));
    out
}

/// `part` of `whole`, rounded to a whole per cent.
fn percent(part: usize, whole: usize) -> usize {
    (200 * part / whole.max(1)).div_ceil(2)
}

/// How many words of `text` (normalised) the passages show, each passage
/// where it first occurs, and how many words `text` has.
fn coverage(text: &str, passages: &[&str]) -> (usize, usize) {
    let mut covered = vec![false; text.len()];
    for p in passages {
        let p = normalise(p);
        if let Some(at) = text.find(&p) {
            covered[at..at + p.len()].iter_mut().for_each(|c| *c = true);
        }
    }
    let mut shown = 0;
    let mut words = 0;
    let mut at = 0;
    for word in text.split(' ') {
        words += 1;
        if covered[at..at + word.len()].iter().any(|&c| c) {
            shown += 1;
        }
        at += word.len() + 1;
    }
    (shown, words)
}

#[test]
fn coverage_counts_the_words_a_passage_shows() {
    assert_eq!(coverage("one two three four", &["two thr"]), (2, 4));
    assert_eq!(coverage("one two three four", &["one", "one two"]), (2, 4));
    assert_eq!(coverage("one two", &["absent"]), (0, 2));
}
