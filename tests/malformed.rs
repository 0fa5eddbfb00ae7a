//! Every malformed fixture in tests/fixtures/invalid/ (written by
//! make_invalid.py from a hand-written list of mistakes and messages) must
//! produce exactly the messages in its `.expected` file, no more, no fewer.

#[macro_use]
mod common;

use alignment_explainer::story::{Story, MAX_STORY_BYTES};

fn check(stem: &str) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/invalid");
    let json = std::fs::read_to_string(format!("{dir}/{stem}.json")).expect("fixture exists");
    let expected =
        std::fs::read_to_string(format!("{dir}/{stem}.expected")).expect("expected file exists");
    let report = match Story::load("story.json", &json) {
        Ok(_) => panic!("{stem}: accepted a malformed story"),
        Err(report) => report,
    };
    assert_eq!(format!("{report}\n"), expected, "{stem}");
}

fixture_tests! {
    "invalid", 40,
    t01_syntax_trailing_comma => "01-syntax-trailing-comma",
    t02_syntax_empty_file => "02-syntax-empty-file",
    t03_syntax_unclosed_string => "03-syntax-unclosed-string",
    t04_syntax_not_an_object => "04-syntax-not-an-object",
    t05_syntax_single_quotes => "05-syntax-single-quotes",
    t06_syntax_trailing_garbage => "06-syntax-trailing-garbage",
    t07_missing_meta => "07-missing-meta",
    t08_missing_event_date => "08-missing-event-date",
    t09_missing_claim_sources => "09-missing-claim-sources",
    t10_extra_top_level_field => "10-extra-top-level-field",
    t11_misspelt_event_field => "11-misspelt-event-field",
    t12_wrong_type_actors => "12-wrong-type-actors",
    t13_wrong_type_lat => "13-wrong-type-lat",
    t14_wrong_confidence_word => "14-wrong-confidence-word",
    t15_null_title => "15-null-title",
    t16_unknown_source => "16-unknown-source",
    t17_unknown_source_in_version => "17-unknown-source-in-version",
    t18_unknown_source_in_note => "18-unknown-source-in-note",
    t19_source_cited_twice_in_claim => "19-source-cited-twice-in-claim",
    t20_claim_without_sources => "20-claim-without-sources",
    t21_unused_source => "21-unused-source",
    t22_duplicate_source_id => "22-duplicate-source-id",
    t23_duplicate_event_id => "23-duplicate-event-id",
    t24_event_id_with_spaces => "24-event-id-with-spaces",
    t25_event_id_leading_hyphen => "25-event-id-leading-hyphen",
    t26_duplicate_era_id => "26-duplicate-era-id",
    t27_unknown_actor => "27-unknown-actor",
    t28_actor_listed_twice => "28-actor-listed-twice",
    t29_event_without_actors => "29-event-without-actors",
    t30_impossible_date => "30-impossible-date",
    t31_february_29_not_leap => "31-february-29-not-leap",
    t32_month_13 => "32-month-13",
    t33_date_in_words => "33-date-in-words",
    t34_range_ends_before_start => "34-range-ends-before-start",
    t35_unsorted_events => "35-unsorted-events",
    t36_event_outside_every_era => "36-event-outside-every-era",
    t37_updated_not_a_day => "37-updated-not-a-day",
    t38_overlapping_eras => "38-overlapping-eras",
    t39_era_ends_before_start => "39-era-ends-before-start",
    t40_http_address => "40-http-address",
    t41_javascript_address => "41-javascript-address",
    t42_address_without_host => "42-address-without-host",
    t43_empty_title => "43-empty-title",
    t44_blank_body => "44-blank-body",
    t45_empty_claim_text => "45-empty-claim-text",
    t46_empty_quote_speaker => "46-empty-quote-speaker",
    t47_unknown_headline_not_null => "47-unknown-headline-not-null",
    t48_null_headline_said_likely => "48-null-headline-said-likely",
    t49_single_version_disagreement => "49-single-version-disagreement",
    t50_event_without_claims => "50-event-without-claims",
    t51_unknown_place => "51-unknown-place",
    t52_latitude_out_of_range => "52-latitude-out-of-range",
    t53_route_with_unknown_stop => "53-route-with-unknown-stop",
    t54_bad_language_tag => "54-bad-language-tag",
    t55_outside_note_without_outlet => "55-outside-note-without-outlet",
    t56_unknown_outlet => "56-unknown-outlet",
    t57_unused_outlet => "57-unused-outlet",
    t58_outlet_without_name => "58-outlet-without-name",
    t59_outlet_without_date => "59-outlet-without-date",
    t60_outlet_date_not_a_day => "60-outlet-date-not-a-day",
    t61_outlet_http_address => "61-outlet-http-address",
    t62_outlet_kind_unknown => "62-outlet-kind-unknown",
    t63_outlet_listed_twice => "63-outlet-listed-twice",
    t64_unknown_outlet_for_date => "64-unknown-outlet-for-date",
    t65_place_outlets_without_place => "65-place-outlets-without-place",
    t66_note_without_kind => "66-note-without-kind",
    t67_correction_citing_outlet => "67-correction-citing-outlet",
    t68_correction_without_concerns => "68-correction-without-concerns",
    t69_disagreement_without_kind => "69-disagreement-without-kind",
    t70_unknown_disagreement_kind => "70-unknown-disagreement-kind",
    t71_version_without_source_or_outlet => "71-version-without-source-or-outlet",
    t72_source_without_about => "72-source-without-about",
    t73_author_null_said_likely => "73-author-null-said-likely",
    t74_citation_without_passage => "74-citation-without-passage",
    t75_blank_passage_in_version => "75-blank-passage-in-version",
    t76_passage_too_long => "76-passage-too-long",
    t77_citation_as_bare_id => "77-citation-as-bare-id",
    t78_citation_with_unknown_key => "78-citation-with-unknown-key",
}

#[test]
fn a_ten_megabyte_file_is_refused_before_parsing() {
    let padding = "x".repeat(10 * 1024 * 1024);
    let json = format!("{{\"meta\": {{\"title\": \"{padding}\"}}}}");
    let report = Story::load("story.json", &json).expect_err("too big");
    assert_eq!(
        report.to_string(),
        format!(
            "story.json: (file): the file is {} bytes; a story may be at most {MAX_STORY_BYTES} bytes",
            json.len()
        )
    );
}
