//! Where events sit on the axis and how to move between them. Pure maths:
//! components ask this module, they never compute positions themselves.

pub mod navigation;
pub mod scale;

pub use scale::{Band, Scale};

use crate::story::Story;

impl Scale {
    /// The scale for the events a filter lets through (story indices, in order).
    pub fn for_events(story: &Story, visible: &[usize]) -> Scale {
        let events: Vec<_> = visible
            .iter()
            .filter_map(|&i| {
                Some((
                    story.event_dates.get(i)?.mid_day(),
                    *story.event_eras.get(i)?,
                ))
            })
            .collect();
        Scale::new(&story.era_spans, &events)
    }
}
