//! The shipped JSON Schema is exactly what the Rust types generate, and the
//! shipped story satisfies the parts of it a schema can express.

use alignment_explainer::story::json_schema;

const SHIPPED: &str = include_str!("../static/story.schema.json");

#[test]
fn the_shipped_schema_matches_the_types() {
    assert!(
        json_schema() == SHIPPED,
        "static/story.schema.json is out of date: run `cargo run --bin story-schema > static/story.schema.json`"
    );
}

#[test]
fn the_schema_describes_the_story_file() {
    let schema: serde_json::Value = serde_json::from_str(SHIPPED).expect("schema is JSON");
    assert_eq!(
        schema["additionalProperties"], false,
        "misspelt keys are flagged in the editor too"
    );
    let required: Vec<&str> = schema["required"]
        .as_array()
        .expect("required list")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert_eq!(required, ["meta", "actors", "sources", "eras", "events"]);
    let event = &schema["$defs"]["Event"];
    assert!(event["properties"]["date"]["pattern"].is_string());
    assert_eq!(event["additionalProperties"], false);
    let story: serde_json::Value =
        serde_json::from_str(include_str!("../static/story.json")).expect("story is JSON");
    assert_eq!(story["$schema"], "./story.schema.json");
}
