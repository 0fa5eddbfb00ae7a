//! The small story the unit tests share (tests/fixtures/small-story.json).

pub const SMALL: &str = include_str!("../../tests/fixtures/small-story.json");

pub fn small() -> super::Story {
    super::Story::load("fixture.json", SMALL).expect("the small fixture is valid")
}
