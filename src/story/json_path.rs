//! JSON paths for problem reports (`events[7].claims[2].sources[0]`), built
//! as the validator walks the file but written out only for a problem.

use std::fmt;

/// A JSON path such as `events[7].claims[2]`, written out only when a
/// problem is reported. Formatting every path up front cost more than
/// parsing the file (measured on a 10,000-event story), for text nobody reads
/// when the story is valid.
#[derive(Clone, Copy)]
pub(super) struct At<'a> {
    parent: Option<&'a At<'a>>,
    step: Step<'a>,
}

/// One step down from the parent: a key (`.claims`) or a list index (`[2]`).
#[derive(Clone, Copy)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

impl<'a> At<'a> {
    pub(super) fn root(key: &'a str) -> At<'a> {
        At {
            parent: None,
            step: Step::Key(key),
        }
    }

    pub(super) fn key(&'a self, key: &'a str) -> At<'a> {
        At {
            parent: Some(self),
            step: Step::Key(key),
        }
    }

    pub(super) fn index(&'a self, index: usize) -> At<'a> {
        At {
            parent: Some(self),
            step: Step::Index(index),
        }
    }
}

impl fmt::Display for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(parent) = self.parent {
            write!(f, "{parent}")?;
        }
        match self.step {
            Step::Key(key) if self.parent.is_some() => write!(f, ".{key}"),
            Step::Key(key) => f.write_str(key),
            Step::Index(index) => write!(f, "[{index}]"),
        }
    }
}
