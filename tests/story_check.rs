//! `story-check` as an editor runs it: warnings are printed with file and
//! JSON path and never change the verdict.

use std::process::Command;

use serde_json::Value;

const FIXTURE: &str = include_str!("fixtures/small-story.json");

fn check(file_name: &str, json: &str) -> (bool, String, String) {
    let dir = std::env::temp_dir().join(format!("story-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(file_name);
    std::fs::write(&path, json).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_story-check"))
        .arg(&path)
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&path);
    let path = path.display().to_string();
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap().replace(&path, "FILE");
    (out.status.success(), text(out.stdout), text(out.stderr))
}

#[test]
fn a_valid_story_with_a_warning_passes_and_prints_the_warning() {
    let mut story: Value = serde_json::from_str(FIXTURE).unwrap();
    story["events"][0]["body"] = Value::from("Hidden \u{202E}reversed");
    let (ok, stdout, stderr) = check("warned.json", &story.to_string());
    assert!(ok, "{stderr}");
    assert!(stdout.starts_with("FILE: valid: "), "{stdout}");
    assert_eq!(
        stderr,
        "FILE: events[0].body: warning: the text contains U+202E RIGHT-TO-LEFT OVERRIDE, a bidi control, invisible when read: delete it unless it is meant to be there\n1 warning(s)\n"
    );
}

#[test]
fn a_story_without_warnings_prints_none() {
    let (ok, _, stderr) = check("clean.json", FIXTURE);
    assert!(ok);
    assert_eq!(stderr, "");
}
