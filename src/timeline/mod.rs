//! Where events sit on the axis and how to move between them. Pure maths:
//! components ask this module, they never compute positions themselves.

pub mod navigation;
pub mod scale;

pub use scale::{Band, Scale};

use crate::story::Story;

impl Scale {
    pub fn for_story(story: &Story) -> Scale {
        let events: Vec<_> = story
            .event_dates
            .iter()
            .zip(&story.event_eras)
            .map(|(date, &era)| (date.mid_day(), era))
            .collect();
        Scale::new(&story.era_spans, &events)
    }
}
