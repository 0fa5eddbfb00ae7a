//! Writes the interface tables from the translators' files:
//!     cargo run --bin ui-tables > /tmp/tables.rs && mv /tmp/tables.rs src/i18n/tables.rs
//! (through a temporary file: the binary is built from the tables it replaces)
//! or lists what keeps a file from being used (a missing or extra key, an
//! empty text, a changed placeholder) and exits 1.

// Build-time only, like `i18n::generate`: the wasm target (linted with
// --all-targets) gets an empty program.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    match alignment_explainer::i18n::generate::tables(root) {
        Ok(tables) => print!("{tables}"),
        Err(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            eprintln!("{} problem(s)", problems.len());
            std::process::exit(1);
        }
    }
}
