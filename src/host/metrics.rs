/// A User Timing mark (`performance.mark`), for the benchmark and for
/// anyone profiling an embed in their browser's performance panel.
pub fn mark(name: &str) {
    if let Some(performance) = gloo::utils::window().performance() {
        let _ = performance.mark(name);
    }
}
