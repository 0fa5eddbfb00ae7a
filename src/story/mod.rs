//! The story: its file format (`file`), its dates (`date`), the checks a
//! file must pass (`validate`, reporting through `report` with `json_path`),
//! the typed story they produce (`model`) and its compiled form (`wire`);
//! a translation is checked against the English story too (`translation`).
//! No Yew, no web-sys: the build script compiles this module too, so a
//! broken story file fails the build with the same messages the tests check.

pub mod date;
pub mod file;
#[cfg(test)]
pub(crate) mod fixture;
pub mod id;
mod json_path;
pub mod model;
pub mod report;
pub mod translation;
pub mod validate;
pub mod wire;

use file::StoryFile;
pub use model::*;
pub use report::{Problem, Report};

/// The story file's JSON Schema, generated from the types above: editors
/// get completion and checking as they type. Shipped as static/story.schema.json.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(StoryFile);
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

/// One serde_json error as a problem: a type or shape error names its JSON
/// path, a syntax error its line and column.
fn syntax_or_data(path: String, error: serde_json::Error) -> Problem {
    let position = format!("line {} column {}", error.line(), error.column());
    let full = error.to_string();
    // serde_json appends the position; it goes where each kind of error needs it.
    let message = full
        .strip_suffix(&format!(" at {position}"))
        .unwrap_or(&full)
        .to_string();
    match error.classify() {
        serde_json::error::Category::Data => Problem {
            path: match path.as_str() {
                "." => "(top level)".to_string(),
                // A key that is the empty string: make it visible.
                "" => "\"\" (an empty key)".to_string(),
                _ => path,
            },
            message,
        },
        _ => Problem {
            path: position,
            message,
        },
    }
}

/// Far above any real story (ours is 40 KB; the 10,000-event benchmark
/// story is about 2.5 MB); stops a wrong file from freezing the build or a
/// reader's tab.
pub const MAX_STORY_BYTES: usize = 6 * 1024 * 1024;

impl Story {
    /// Parses and validates; the error names `file_name`, the JSON path and
    /// the problem, for every problem found.
    pub fn load(file_name: &str, json: &str) -> Result<Story, Report> {
        let report = |problems| Report {
            file: file_name.to_string(),
            problems,
        };
        if json.len() > MAX_STORY_BYTES {
            return Err(Report::too_big(file_name, json.len() as u64));
        }
        // serde would read `[…]` as a struct written as a list and complain
        // about its first item; say what is really wrong.
        if !json.trim_start().starts_with('{') && !json.trim().is_empty() {
            return Err(report(vec![Problem {
                path: "(top level)".to_string(),
                message: "a story file is one JSON object, starting with {".to_string(),
            }]));
        }
        // Tracking the JSON path makes parsing about 70 % slower (10,000
        // events natively: 7.5 against 12.7 ms), and only a failure needs it:
        // parse plainly first, and again with tracking only to word the error.
        let file = match serde_json::from_str::<StoryFile>(json) {
            Ok(file) => file,
            Err(_) => return Err(report(vec![Self::parse_error(json)])),
        };
        validate::validate(&file).map_err(report)
    }

    /// Loads a translation (`static/story.tr.json`): it must keep every rule
    /// of a story and be a faithful copy of the English story `english`
    /// with only its texts translated (`translation::compare`). The
    /// comparison's problems come first and alone: a translation that
    /// differs from the English in shape would repeat them as rule breaks.
    pub fn load_translation(file_name: &str, json: &str, english: &str) -> Result<Story, Report> {
        let story = Story::load(file_name, json);
        let (Ok(tr), Ok(en)) = (
            serde_json::from_str::<serde_json::Value>(json),
            serde_json::from_str::<serde_json::Value>(english),
        ) else {
            // The translation's own syntax error, or the English story's
            // (which the build reports on its own).
            return story;
        };
        let problems = translation::compare(&en, &tr);
        if problems.is_empty() {
            story
        } else {
            Err(Report {
                file: file_name.to_string(),
                problems,
            })
        }
    }

    /// The problem with a file serde cannot read, with its JSON path.
    fn parse_error(json: &str) -> Problem {
        let deserializer = &mut serde_json::Deserializer::from_str(json);
        let parsed = serde_path_to_error::deserialize::<_, StoryFile>(&mut *deserializer)
            .map_err(|e| {
                let path = e.path().to_string();
                syntax_or_data(path, e.into_inner())
            })
            // Text after the object is a mistake too (a pasted second story).
            .and_then(|_| {
                deserializer
                    .end()
                    .map_err(|e| syntax_or_data(".".into(), e))
            });
        match parsed {
            Err(problem) => problem,
            // Unreachable while both parses agree; said plainly if not.
            Ok(()) => Problem {
                path: "(file)".to_string(),
                message: "cannot be read as a story".to_string(),
            },
        }
    }
}
