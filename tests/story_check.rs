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

fn run(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_story-check"))
        .args(args)
        .output()
        .unwrap();
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (out.status.success(), text(out.stdout), text(out.stderr))
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("story-check-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn csv_files(dir: &std::path::Path) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .filter(|p| p.ends_with(".csv"))
        .collect();
    files.sort();
    files
}

#[test]
fn a_story_goes_to_csv_tabs_and_back_to_the_same_story() {
    let dir = scratch("round-trip");
    let story = dir.join("story.json");
    std::fs::write(&story, FIXTURE).unwrap();
    let (ok, _, stderr) = run(&[
        story.to_str().unwrap(),
        "--write-csv",
        dir.to_str().unwrap(),
    ]);
    assert!(ok, "{stderr}");
    let tabs = csv_files(&dir);
    assert_eq!(tabs.len(), 12, "{tabs:?}");
    let back = dir.join("back.json");
    let mut args: Vec<&str> = tabs.iter().map(String::as_str).collect();
    args.extend(["--write-json", back.to_str().unwrap()]);
    let (ok, stdout, stderr) = run(&args);
    assert!(ok, "{stderr}");
    assert!(stdout.starts_with("the spreadsheet: valid: "), "{stdout}");
    let parse = |text: &str| -> alignment_explainer::story::file::StoryFile {
        serde_json::from_str(text).unwrap()
    };
    assert_eq!(
        parse(&std::fs::read_to_string(back).unwrap()),
        parse(FIXTURE)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_problem_in_a_tab_is_named_by_tab_row_and_column() {
    let dir = scratch("broken-tab");
    let story = dir.join("story.json");
    std::fs::write(&story, FIXTURE).unwrap();
    assert!(
        run(&[
            story.to_str().unwrap(),
            "--write-csv",
            dir.to_str().unwrap()
        ])
        .0
    );
    // The first event's date, in the events tab (row 2: under the header).
    let events = dir.join("events.csv");
    let text = std::fs::read_to_string(&events).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let first: Value = serde_json::from_str::<Value>(FIXTURE).unwrap()["events"][0]["date"].clone();
    lines[1] = lines[1].replacen(first.as_str().unwrap(), "19x5", 1);
    std::fs::write(&events, lines.join("\r\n")).unwrap();
    let tabs = csv_files(&dir);
    let (ok, _, stderr) = run(&tabs.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(!ok);
    let first_line = stderr.lines().next().unwrap();
    assert!(
        first_line.starts_with("events.csv: row 2, column date (events[0].date): "),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
