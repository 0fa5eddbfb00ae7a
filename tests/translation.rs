//! Translations of the story: the shipped ones are faithful copies of the
//! English story with only their texts translated, and every malformed
//! translation in tests/fixtures/invalid-translation/ (written by
//! make_invalid_translations.py from a hand-written list of mistakes and
//! messages) produces exactly the messages in its `.expected` file.
#![cfg(not(target_arch = "wasm32"))]

use alignment_explainer::i18n::Lang;
use alignment_explainer::story::Story;

fn read(relative: &str) -> String {
    let path = format!("{}/{relative}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_shipped_translations_are_faithful_to_the_english_story() {
    let english = read("static/story.json");
    for lang in [Lang::Tr, Lang::Ur, Lang::Az] {
        let name = format!("static/story.{}.json", lang.code());
        let story = Story::load_translation(&name, &read(&name), &english)
            .unwrap_or_else(|report| panic!("{report}"));
        assert_eq!(story.meta.language, lang.code());
    }
}

#[test]
fn the_fixture_translation_is_accepted_with_its_dates_in_turkish() {
    let story = Story::load_translation(
        "story.tr.json",
        &read("tests/fixtures/small-story.tr.json"),
        &read("tests/fixtures/small-story.json"),
    )
    .unwrap_or_else(|report| panic!("{report}"));
    let dates: Vec<&str> = story
        .events
        .iter()
        .map(|e| e.display_date.as_str())
        .collect();
    assert_eq!(
        dates,
        [
            "1955",
            "1980'ler",
            "25 Mayıs 2025",
            "26 Mayıs 2025",
            "28–30 Mayıs 2025"
        ]
    );
}

fn check(stem: &str) {
    let dir = "tests/fixtures/invalid-translation";
    let json = read(&format!("{dir}/{stem}.json"));
    let expected = read(&format!("{dir}/{stem}.expected"));
    let english = read("tests/fixtures/small-story.json");
    let report = match Story::load_translation("story.tr.json", &json, &english) {
        Ok(_) => panic!("{stem}: accepted an unfaithful translation"),
        Err(report) => report,
    };
    assert_eq!(format!("{report}\n"), expected, "{stem}");
}

macro_rules! fixtures {
    ($($name:ident => $stem:literal,)*) => {
        $(#[test] fn $name() { check($stem); })*

        #[test]
        fn every_fixture_file_has_a_test() {
            let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/invalid-translation");
            let mut on_disk: Vec<String> = std::fs::read_dir(dir)
                .expect("fixture folder")
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter_map(|n| n.strip_suffix(".json").map(str::to_string))
                .collect();
            on_disk.sort();
            let tested: Vec<&str> = vec![$($stem),*];
            assert_eq!(on_disk, tested);
        }
    };
}

fixtures! {
    t01_missing_event => "01-missing-event",
    t02_added_actor => "02-added-actor",
    t03_changed_event_date => "03-changed-event-date",
    t04_changed_era_start => "04-changed-era-start",
    t05_changed_source_address => "05-changed-source-address",
    t06_translated_passage => "06-translated-passage",
    t07_changed_citation => "07-changed-citation",
    t08_changed_outlet_name => "08-changed-outlet-name",
    t09_changed_date_outlets => "09-changed-date-outlets",
    t10_changed_number => "10-changed-number",
    t11_dropped_number => "11-dropped-number",
    t12_eastern_digits => "12-eastern-digits",
    t13_empty_headline => "13-empty-headline",
    t14_empty_quote_by => "14-empty-quote-by",
    t15_untranslated_body => "15-untranslated-body",
    t16_english_language => "16-english-language",
    t17_unknown_language => "17-unknown-language",
    t18_extra_field => "18-extra-field",
    t19_missing_notes => "19-missing-notes",
    t20_changed_concerns => "20-changed-concerns",
    t21_changed_actor_id => "21-changed-actor-id",
}
