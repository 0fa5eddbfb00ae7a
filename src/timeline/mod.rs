//! Where events sit on the axis and how to move between them. Pure maths:
//! components ask this module, they never compute positions themselves.

pub mod navigation;
pub mod scale;

pub use scale::{Band, Scale};

use crate::story::{EventIx, Story};

impl Scale {
    /// The scale for the events a filter lets through (in story order).
    pub fn for_events(story: &Story, visible: &[EventIx]) -> Scale {
        let spans: Vec<_> = story.eras.iter().map(|e| e.span).collect();
        let events: Vec<_> = visible
            .iter()
            .filter_map(|&i| story.event(i))
            .map(|e| (e.date.mid_day(), e.era))
            .collect();
        Scale::new(&spans, &events)
    }
}
