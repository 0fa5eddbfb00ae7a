//! Everything that talks to the page around the widget. `fragment` and
//! `messages` are pure (deep links; message formats); `location`,
//! `embed` and `mount` are the only code touching `window.location`,
//! `history`, `postMessage` and the host element.

pub mod compiler;
pub mod embed;
pub mod fetch;
pub mod fragment;
pub mod location;
pub mod messages;
pub mod metrics;
pub mod mount;
pub mod snippet;
