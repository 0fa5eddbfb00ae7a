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

/// A copy of the translators' files with one mistake in each translation.
fn damaged_copy() -> std::path::PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::temp_dir().join(format!("ptx-i18n-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("i18n")).unwrap();
    for lang in ["en", "tr", "ur", "az"] {
        let name = format!("i18n/ui.{lang}.json");
        let text = std::fs::read_to_string(root.join(&name)).unwrap();
        let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let map = value.as_object_mut().unwrap();
        match lang {
            "tr" => {
                map.remove("KICKER");
                map["months"].as_array_mut().unwrap().pop();
            }
            "ur" => {
                map.insert("position".into(), "{current} سے".into());
                map["outlet_count"]["one"] = " ".into();
            }
            "az" => {
                map.insert("EXTRA".into(), "əlavə".into());
            }
            _ => {}
        }
        std::fs::write(dir.join(&name), value.to_string()).unwrap();
    }
    dir
}

#[test]
fn a_missing_extra_empty_or_changed_string_is_refused_by_file_and_key() {
    let dir = damaged_copy();
    let problems = tables(&dir).expect_err("damaged files accepted");
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(
        problems,
        [
            "i18n/ui.tr.json: .KICKER: missing",
            "i18n/ui.tr.json: .months: must be a list of 12 texts",
            "i18n/ui.ur.json: .outlet_count.one: empty",
            "i18n/ui.ur.json: .position: placeholders {\"current\"} differ from the English {\"count\", \"current\"}",
            "i18n/ui.az.json: .EXTRA: not a key of i18n/ui.en.json",
        ]
    );
}
