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
pub mod load_error;
mod map;
mod outside;
pub mod root;
mod scrubber;
mod share;
mod sources;

pub use card::Card;
pub use explainer::{Explainer, Placement, ARTICLE_HEADING_LEVEL};
pub use load_error::LoadError;
pub use root::Root;
