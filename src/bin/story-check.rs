//! Checks a story file the way the build does, for editors:
//!     cargo run --bin story-check -- path/to/story.json
//! Prints every problem (file, JSON path, what is wrong) and exits 1, or says
//! what the story holds and exits 0. Warnings (`story::warnings`: legal but
//! probably wrong) are printed either way and never change the exit code.
//!
//! A story kept as a spreadsheet is checked from its tabs, one CSV file each
//! (README, "The story as a spreadsheet"), its problems named by tab, row
//! and column; `--write-json` writes the story file they make (when valid),
//! `--write-csv DIR` a story's tabs (the template to fill in):
//!     cargo run --bin story-check -- sheets/*.csv --write-json story.json
//!     cargo run --bin story-check -- static/story.json --write-csv sheets/
//!
//! For a standards read, `--passages` also prints every claim (and each
//! version of a disagreement) with, under it, each source it cites and the
//! passage of that source it rests on:
//!     cargo run --bin story-check -- --passages path/to/story.json
//!
//! A translation is checked against the English story it translates: same
//! ids, dates, sources, outlets and numbers, only texts translated:
//!     cargo run --bin story-check -- --translation-of static/story.json static/story.tr.json

// A native tool: the wasm target (linted with --all-targets) gets an empty
// program, as the widget's wasm has none of the modules it uses.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::{env, fs, process};

    use alignment_explainer::sheets;
    use alignment_explainer::story::{warnings, Citation, Report, Story, MAX_STORY_BYTES};

    const USAGE: &str = "usage: story-check [--passages] [--translation-of path/to/english.json] \
[--write-json OUT.json] [--write-csv DIR] (path/to/story.json | TAB.csv…)";

    /// What to do, from the command line.
    #[derive(Default)]
    struct Options {
        passages: bool,
        /// The English story a translation is checked against.
        translation_of: Option<String>,
        write_json: Option<String>,
        write_csv: Option<String>,
        paths: Vec<String>,
    }

    fn options() -> Result<Options, ()> {
        let mut options = Options::default();
        let mut args = env::args().skip(1);
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--passages" => options.passages = true,
                "--translation-of" => options.translation_of = Some(args.next().ok_or(())?),
                "--write-json" => options.write_json = Some(args.next().ok_or(())?),
                "--write-csv" => options.write_csv = Some(args.next().ok_or(())?),
                "-h" | "--help" => {
                    println!("{USAGE}");
                    process::exit(0);
                }
                _ if arg.starts_with('-') => return Err(()),
                _ => options.paths.push(arg),
            }
        }
        let csv = options.paths.iter().all(|p| p.ends_with(".csv"));
        if options.paths.is_empty() || (!csv && options.paths.len() > 1) {
            return Err(());
        }
        Ok(options)
    }

    fn fail(message: impl std::fmt::Display) -> ! {
        eprintln!("{message}");
        process::exit(1);
    }

    /// Reads a file, refusing oversized ones before reading them into memory.
    fn read(path: &str) -> String {
        match fs::metadata(path) {
            Ok(meta) if meta.len() > MAX_STORY_BYTES as u64 => {
                fail(Report::too_big(path, meta.len()));
            }
            Ok(_) => {}
            Err(e) => fail(format!("{path}: cannot read: {e}")),
        }
        fs::read_to_string(path).unwrap_or_else(|e| fail(format!("{path}: cannot read: {e}")))
    }

    pub fn main() {
        let Ok(options) = options() else {
            eprintln!("{USAGE}");
            process::exit(2);
        };
        // A spreadsheet's tabs become the story file they describe; its
        // problems are named by tab, row and column.
        let (path, text, sheet) = if options.paths[0].ends_with(".csv") {
            let files: Vec<(String, String)> = (options.paths.iter())
                .map(|p| (p.clone(), read(p)))
                .collect();
            match sheets::from_sheets(&files) {
                Ok(sheet) => (
                    "the spreadsheet".to_string(),
                    sheet.json.clone(),
                    Some(sheet),
                ),
                Err(problems) => {
                    for p in &problems {
                        eprintln!("{p}");
                    }
                    fail(format!("{} problem(s)", problems.len()));
                }
            }
        } else {
            let path = options.paths[0].clone();
            let text = read(&path);
            (path, text, None)
        };
        // Where a problem is: its cell in the spreadsheet, or its JSON path.
        let place = |json_path: &str| match sheet.as_ref().and_then(|s| s.cell_of(json_path)) {
            Some(cell) => format!(
                "{}.csv: row {}, column {} ({json_path})",
                cell.tab, cell.row, cell.column
            ),
            None => format!("{path}: {json_path}"),
        };
        let warnings = warnings::warnings(&text);
        for w in &warnings {
            eprintln!("{}: warning: {}", place(&w.path), w.message);
        }
        if !warnings.is_empty() {
            eprintln!("{} warning(s)", warnings.len());
        }
        if let Some(dir) = &options.write_csv {
            let tabs = sheets::to_sheets(&text).unwrap_or_else(|e| fail(format!("{path}: {e}")));
            for (tab, csv) in tabs {
                let file = std::path::Path::new(dir).join(format!("{tab}.csv"));
                fs::write(&file, csv).unwrap_or_else(|e| fail(format!("{}: {e}", file.display())));
            }
        }
        let loaded = match &options.translation_of {
            Some(english) => Story::load_translation(&path, &text, &read(english)),
            None => Story::load(&path, &text),
        };
        match loaded {
            Ok(story) => {
                if options.passages {
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
                if let Some(out) = &options.write_json {
                    fs::write(out, &text).unwrap_or_else(|e| fail(format!("{out}: {e}")));
                }
            }
            Err(report) => {
                for p in &report.problems {
                    eprintln!("{}: {}", place(&p.path), p.message);
                }
                fail(format!("{} problem(s)", report.problems.len()));
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
}
