//! Everything that talks to the page around the widget. `fragment` is pure
//! (parse and format deep links); `location` is the only code that touches
//! `window.location` and `history`.

pub mod fragment;
pub mod location;
