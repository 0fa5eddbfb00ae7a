//! The newsroom studio (studio.html): edit a story file, see every problem
//! where it is, and watch the widget re-render. `locate` is pure.

pub mod check;
pub mod locate;
