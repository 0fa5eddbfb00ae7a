//! Prints the story file's JSON Schema: cargo run --bin story-schema > static/story.schema.json
fn main() {
    print!("{}", alignment_explainer::story::json_schema());
}
