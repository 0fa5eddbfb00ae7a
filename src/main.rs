fn main() {
    alignment_explainer::host::mount::start();
}
