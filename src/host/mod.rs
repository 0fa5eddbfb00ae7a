//! Everything that talks to the page around the widget. `fragment` and
//! `messages` are pure (deep links; message formats); `location` and
//! `embed` are the only code touching `window.location`, `history` and
//! `postMessage`. Nothing here imports `components` (`app` joins the two).

pub mod compiler;
pub mod embed;
pub mod fetch;
pub mod fragment;
pub mod location;
pub mod messages;
pub mod metrics;
pub mod snippet;
pub mod story;
