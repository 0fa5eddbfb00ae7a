//! The view: thin components that render `State` and turn DOM events into
//! `Action`s. Dates, positions and navigation come from the pure modules.
//! One component a file, each with its `Props`; `Markers` lives with the
//! scrubber it belongs to.

pub mod card;
mod claim;
pub mod explainer;
mod filters;
mod heading;
mod hooks;
mod load_error;
mod map;
mod outside;
pub mod root;
mod scrubber;
mod share;
mod sources;

pub use card::Card;
pub use explainer::{Explainer, Placement, ARTICLE_HEADING_LEVEL};
pub use root::{Root, StorySource};

use std::ops::Deref;
use std::rc::Rc;

use crate::story::Story;

/// The one decoded story every component of a widget reads, compared by
/// pointer only. A story never changes after decoding, so two props holding
/// the same one are equal; `SharedStory`'s own comparison falls back to
/// walking both stories, which the widget never needs and which cost 3.3 KB
/// of wasm.
#[derive(Clone)]
pub struct SharedStory(Rc<Story>);

impl SharedStory {
    pub fn new(story: Story) -> Self {
        Self(Rc::new(story))
    }
}

impl PartialEq for SharedStory {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for SharedStory {
    type Target = Story;

    fn deref(&self) -> &Story {
        &self.0
    }
}
