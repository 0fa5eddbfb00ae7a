//! Where events sit on the axis and how to move between them. Pure maths:
//! components ask this module, they never compute positions themselves.

pub mod navigation;
pub mod scale;

pub use scale::{Band, Scale, MARKER_BOX_HEIGHT};
