//! The newsroom studio's wasm (studio.html): see `alignment_explainer::studio`.
//! A binary of its own so the reader's widget carries none of it.

fn main() {
    // Natively there is no page to mount on (clippy builds every target).
    #[cfg(target_arch = "wasm32")]
    alignment_explainer::studio::view::start();
}
