//! Checks a story file the way the build does, for editors:
//!     cargo run --bin story-check -- path/to/story.json
//! Prints every problem (file, JSON path, what is wrong) and exits 1, or says
//! what the story holds and exits 0.
//!
//! For a standards read, `--passages` also prints every claim (and each
//! version of a disagreement) with, under it, each source it cites and the
//! passage of that source it rests on:
//!     cargo run --bin story-check -- --passages path/to/story.json
//!
//! A translation is checked against the English story it translates: same
//! ids, dates, sources, outlets and numbers, only texts translated:
//!     cargo run --bin story-check -- --translation-of static/story.json static/story.tr.json

use std::{env, fs, process};

use alignment_explainer::story::{Citation, Report, Story, MAX_STORY_BYTES};

const USAGE: &str =
    "usage: story-check [--passages] [--translation-of path/to/english.json] path/to/story.json";

fn read(path: &str) -> String {
    match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{path}: cannot read: {e}");
            process::exit(1);
        }
    }
}

fn main() {
    let mut passages = false;
    let mut path = None;
    let mut english_path = None;
    let mut args = env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--passages" => passages = true,
            "--translation-of" if english_path.is_none() => match args.next() {
                Some(english) => english_path = Some(english),
                None => {
                    eprintln!("{USAGE}");
                    process::exit(2);
                }
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return;
            }
            _ if arg.starts_with('-') || path.is_some() => {
                eprintln!("{USAGE}");
                process::exit(2);
            }
            _ => path = Some(arg),
        }
    }
    let Some(path) = path else {
        eprintln!("{USAGE}");
        process::exit(2);
    };
    // Refuse oversized files before reading them into memory.
    match fs::metadata(&path) {
        Ok(meta) if meta.len() > MAX_STORY_BYTES as u64 => {
            eprintln!("{}", Report::too_big(&path, meta.len()));
            process::exit(1);
        }
        Ok(_) => {}
        Err(e) => {
            eprintln!("{path}: cannot read: {e}");
            process::exit(1);
        }
    }
    let text = read(&path);
    let loaded = match &english_path {
        Some(english) => Story::load_translation(&path, &text, &read(english)),
        None => Story::load(&path, &text),
    };
    match loaded {
        Ok(story) => {
            if passages {
                print!("{}", claims_beside_passages(&story));
            }
            let claims: usize = story.events.iter().map(|e| e.claims.len()).sum();
            let citations: usize = (story.events.iter().flat_map(|e| &e.claims))
                .map(|c| c.all_citations().count())
                .sum();
            println!(
                "{path}: valid: {} events, {claims} claims, {citations} citations with passages, {} sources, {} eras",
                story.events.len(),
                story.sources.len(),
                story.eras.len()
            );
        }
        Err(report) => {
            eprintln!("{report}");
            eprintln!("{} problem(s)", report.problems.len());
            process::exit(1);
        }
    }
}

/// Every claim and version with the passages it cites, for reading the
/// story against its evidence:
///
/// ```text
/// events[0] independence-1947 · 1947 · Pakistan is born, and a friendship with Turkey begins
///   claims[0]: Friendly relations between Turkey and Pakistan began soon after …
///     gsdn: "The friendship between Turkey and Pakistan began soon after …"
///   claims[1].disagreement.versions[0]: …
/// ```
fn claims_beside_passages(story: &Story) -> String {
    let mut out = String::new();
    let cites = |out: &mut String, citations: &[Citation]| {
        for c in citations {
            let id = &story.source(c.source).id;
            out.push_str(&format!("    {id}: \"{}\"\n", c.passage));
        }
    };
    for (e, event) in story.events.iter().enumerate() {
        out.push_str(&format!(
            "events[{e}] {} · {} · {}\n",
            event.id, event.display_date, event.headline
        ));
        for (k, claim) in event.claims.iter().enumerate() {
            out.push_str(&format!("  claims[{k}]: {}\n", claim.text));
            if let Some(q) = &claim.quote {
                out.push_str(&format!("    (pull quote: \"{}\" — {})\n", q.text, q.by));
            }
            cites(&mut out, &claim.citations);
            for (v, version) in claim
                .disagreement
                .iter()
                .flat_map(|d| d.versions.iter().enumerate())
            {
                out.push_str(&format!(
                    "  claims[{k}].disagreement.versions[{v}]: {}\n",
                    version.text
                ));
                cites(&mut out, &version.citations);
                if !version.outlets.is_empty() {
                    let names: Vec<&str> = (story.outlets_of(&version.outlets))
                        .map(|o| o.name.as_str())
                        .collect();
                    out.push_str(&format!("    outside reporting: {}\n", names.join(", ")));
                }
            }
        }
        out.push('\n');
    }
    out
}
