//! What is wrong with a story file: each problem with where it is (a JSON
//! path, or a line and column), and the whole list for one file. The build,
//! the story checker, the story compiler and the widget's error card all
//! speak these types.

use std::fmt;

use super::MAX_STORY_BYTES;

/// One thing wrong, with where: an editor fixes files by path, not by
/// reading a parser's state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// JSON path such as `events[7].claims[2].sources[0]`, or a line/column
    /// position for syntax errors.
    pub path: String,
    pub message: String,
}

impl Problem {
    pub(crate) fn new(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            path: path.into(),
            message: message.into(),
        }
    }
}

/// Everything wrong with one story file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub file: String,
    pub problems: Vec<Problem>,
}

impl Report {
    /// A problem with the file as a whole (too big, not loaded, unreadable),
    /// rather than at a JSON path.
    pub fn whole_file(file: &str, message: impl Into<String>) -> Report {
        Report {
            file: file.to_string(),
            problems: vec![Problem::new("(file)", message)],
        }
    }
}

impl Report {
    /// The file is too big to read as a story (checked before reading it).
    pub fn too_big(file: &str, bytes: u64) -> Report {
        Report::whole_file(
            file,
            format!("the file is {bytes} bytes; a story may be at most {MAX_STORY_BYTES} bytes"),
        )
    }

    /// One line per problem, "file: path: message", as editors read them
    /// in the terminal and on the widget's error card.
    pub fn lines(&self) -> impl Iterator<Item = String> + '_ {
        self.problems
            .iter()
            .map(|p| format!("{}: {}: {}", self.file, p.path, p.message))
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, line) in self.lines().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            f.write_str(&line)?;
        }
        Ok(())
    }
}

impl std::error::Error for Report {}
