//! The interface tables are exactly what the translators' files give
//! (`i18n/ui.LANG.json`), and a file that lacks a key, adds one, empties a
//! text or changes a placeholder is refused by name.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use alignment_explainer::i18n::generate::tables;

#[test]
fn the_tables_match_the_translators_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let generated = tables(root).unwrap_or_else(|problems| panic!("{}", problems.join("\n")));
    let shipped = std::fs::read_to_string(root.join("src/i18n/tables.rs")).expect("tables.rs");
    assert!(
        generated == shipped,
        "src/i18n/tables.rs is out of date: run `cargo run --bin ui-tables > /tmp/tables.rs && mv /tmp/tables.rs src/i18n/tables.rs`"
    );
}
