//! How often each component has rendered, for the component test that keeps
//! a scrub step from re-rendering what does not depend on the position.
//! Counting happens only in builds with the `render-count` feature (the
//! component-test command enables it); otherwise `counted!` expands to
//! nothing and the release wasm carries none of this.

use std::cell::RefCell;
use std::collections::BTreeMap;

/// Whether this build counts renders.
pub fn enabled() -> bool {
    cfg!(feature = "render-count")
}

thread_local! {
    static COUNTS: RefCell<BTreeMap<&'static str, u32>> = const { RefCell::new(BTreeMap::new()) };
}

/// One more render of `component`. Called through `counted!`.
pub fn bump(component: &'static str) {
    COUNTS.with(|c| *c.borrow_mut().entry(component).or_default() += 1);
}

/// Renders so far, by component name.
pub fn snapshot() -> BTreeMap<&'static str, u32> {
    COUNTS.with(|c| c.borrow().clone())
}
