//! One check of the editor's text: the story when it is valid, and every
//! problem and warning with where it is (line and column) and the card it
//! concerns. The validator and the warnings are the build's and
//! `story-check`'s own (`story`), so the messages are theirs word for word.

use super::locate::{self, Position};
use crate::story::{warnings, Problem, Story};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The story cannot be published until it is fixed.
    Problem,
    /// Legal, probably wrong; never blocks.
    Warning,
}

/// A problem or warning, placed in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placed {
    pub severity: Severity,
    /// As the validator writes it: a JSON path, or "line L column C".
    pub path: String,
    pub message: String,
    pub at: Position,
    /// The id of the event it is about, when it is about one.
    pub card: Option<String>,
}

#[derive(Debug)]
pub struct Checked {
    /// `None` while the text has a problem.
    pub story: Option<Story>,
    /// Problems first, then warnings, each in the validator's order.
    pub found: Vec<Placed>,
}

impl Checked {
    pub fn problems(&self) -> usize {
        (self.found.iter())
            .filter(|p| p.severity == Severity::Problem)
            .count()
    }
}

pub fn check(file_name: &str, text: &str) -> Checked {
    let place = |severity, problem: Problem| {
        let card = locate::event_index(&problem.path)
            .and_then(|i| locate::string_at(text, &format!("events[{i}].id")))
            .map(str::to_string);
        Placed {
            severity,
            at: locate::locate(text, &problem.path),
            path: problem.path,
            message: problem.message,
            card,
        }
    };
    let (story, problems) = match Story::load(file_name, text) {
        Ok(story) => (Some(story), Vec::new()),
        Err(report) => (None, report.problems),
    };
    let found = (problems.into_iter().map(|p| place(Severity::Problem, p)))
        .chain((warnings::warnings(text).into_iter()).map(|p| place(Severity::Warning, p)))
        .collect();
    Checked { story, found }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../static/story.json");

    #[test]
    fn the_shipped_story_checks_clean() {
        let checked = check("story.json", SHIPPED);
        assert!(checked.story.is_some());
        assert_eq!(checked.found, []);
    }

    #[test]
    fn a_problem_is_placed_on_its_line_and_names_its_card() {
        // Break the second event's date where it is written.
        let events = SHIPPED.find("\"events\"").unwrap();
        let second = events
            + SHIPPED[events..]
                .match_indices("\"date\": \"")
                .nth(1)
                .unwrap()
                .0;
        let line = SHIPPED[..second].matches('\n').count() + 1;
        let text = format!(
            "{}\"date\": \"19x5{}",
            &SHIPPED[..second],
            &SHIPPED[second + 9 + 4..]
        );
        let checked = check("story.json", &text);
        assert!(checked.story.is_none());
        let [found] = checked.found.as_slice() else {
            panic!("{:#?}", checked.found)
        };
        assert_eq!(found.severity, Severity::Problem);
        assert_eq!(found.at.line, line);
        assert!(found.path.ends_with(".date"), "{}", found.path);
        let id = locate::string_at(&text, &found.path.replace(".date", ".id"));
        assert_eq!(found.card.as_deref(), id);
        assert!(found.card.is_some());
    }

    #[test]
    fn a_syntax_error_is_placed_where_serde_found_it() {
        let checked = check("story.json", "{\n  \"meta\": {,\n}");
        assert_eq!(checked.problems(), 1);
        let found = &checked.found[0];
        assert_eq!(found.path, "line 2 column 12");
        assert_eq!((found.at.line, found.at.column), (2, 12));
        assert_eq!(found.card, None);
    }

    #[test]
    fn warnings_follow_problems_and_do_not_block() {
        let text = SHIPPED.replacen("\"headline\": \"", "\"headline\": \"\u{200B}", 1);
        let checked = check("story.json", &text);
        assert!(checked.story.is_some());
        assert_eq!(checked.problems(), 0);
        assert_eq!(checked.found.len(), 1);
        assert_eq!(checked.found[0].severity, Severity::Warning);
    }
}
