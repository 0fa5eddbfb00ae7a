//! The shipped JSON Schema is exactly what the Rust types generate, and the
//! shipped story satisfies it as an editor's JSON Schema tooling sees it.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use alignment_explainer::story::json_schema;

/// Read at run time, not compiled in: the files change while the tests do not.
fn read_json(relative: &str) -> serde_json::Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

#[test]
fn the_shipped_schema_matches_the_types() {
    let shipped = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("static/story.schema.json"),
    )
    .expect("schema file");
    assert!(
        json_schema() == shipped,
        "static/story.schema.json is out of date: run `cargo run --bin story-schema > static/story.schema.json`"
    );
}

#[test]
fn the_shipped_story_satisfies_the_shipped_schema() {
    let schema = read_json("static/story.schema.json");
    let story = read_json("static/story.json");
    let validator = jsonschema::validator_for(&schema).expect("the schema itself is valid");
    let errors: Vec<String> = validator
        .iter_errors(&story)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "static/story.json:\n{}",
        errors.join("\n")
    );
    // The schema is the one editors see: the story names it.
    assert_eq!(story["$schema"], "./story.schema.json");
}

#[test]
fn the_schema_flags_what_editors_get_wrong() {
    let schema = read_json("static/story.schema.json");
    let validator = jsonschema::validator_for(&schema).expect("the schema itself is valid");
    let story = read_json("static/story.json");
    let mutate = |change: &dyn Fn(&mut serde_json::Value)| {
        let mut copy = story.clone();
        change(&mut copy);
        copy
    };
    for (what, broken) in [
        (
            "a misspelt top-level key",
            mutate(&|s| s["evnets"] = serde_json::json!([])),
        ),
        (
            "a missing required key",
            mutate(&|s| {
                s.as_object_mut().map(|o| o.remove("meta"));
            }),
        ),
        (
            "a date in words",
            mutate(&|s| s["events"][0]["date"] = "last spring".into()),
        ),
        (
            "a misspelt event key",
            mutate(&|s| s["events"][0]["headlin"] = "x".into()),
        ),
    ] {
        assert!(!validator.is_valid(&broken), "{what} passed the schema");
    }
}
