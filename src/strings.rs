//! The widget's own words (story text comes from the story file), in one
//! place: which string goes where. The words themselves are the build
//! language's table (`i18n`, from `i18n/ui.LANG.json`), so each constant
//! here is that table's entry of the same name. The interactive cards and
//! the prerendered page both word things through the functions here, so the
//! two cannot drift apart.

use crate::i18n::{fill, Ui};
use crate::locator::MapCountry;
use crate::story::{
    Confidence, DisagreementKind, Note, NoteKind, Outlet, OutletKind, Source, Story,
};

/// The build language's table, read only by constants (here and in `t`).
const UI: &Ui = crate::BUILD_LANG.ui();

/// The templates and word lists of the table, each its own constant: code
/// reads these, never `UI` itself, so the wasm holds the strings it uses
/// rather than the whole table.
mod t {
    use super::UI;
    use crate::i18n::{Plural, UiConfidence, UiMapCountry, UiOutletKind};

    pub const BYLINE: &str = UI.byline;
    pub const CARD_REF: &str = UI.card_ref;
    pub const CONFIDENCE: UiConfidence = UI.confidence;
    pub const EVENTS_COUNT: Plural = UI.events_count;
    pub const HEADLINE_CONFIRMED: &str = UI.headline_confirmed;
    pub const HEADLINE_INFERRED: &str = UI.headline_inferred;
    pub const LOADING: &str = UI.loading;
    pub const MAP_COUNTRY: UiMapCountry = UI.map_country;
    pub const OUTLET_COUNT: Plural = UI.outlet_count;
    pub const OUTLET_DETAILS: &str = UI.outlet_details;
    pub const OUTLET_KIND: UiOutletKind = UI.outlet_kind;
    pub const OUTLET_VIA: &str = UI.outlet_via;
    pub const PASSAGES_QUOTED: &str = UI.passages_quoted;
    pub const NEXT_CARD: &str = UI.next_card;
    pub const NOTE_CONCERNS: &str = UI.note_concerns;
    pub const POSITION: &str = UI.position;
    pub const SHOW_ORIGINAL: &str = UI.show_original;
    pub const SHOWN_ALL: Plural = UI.shown_all;
    pub const SHOWN_SOME: Plural = UI.shown_some;
    pub const SOURCE_ABOUT: &str = UI.source_about;
    pub const SOURCE_LABEL: &str = UI.source_label;
    pub const SOURCES_COUNT: Plural = UI.sources_count;
    pub const SUMMARY: &str = UI.summary;
    pub const TRANSLATION_MARK: &str = UI.translation_mark;
}

pub const KICKER: &str = UI.KICKER;
pub const UPDATED: &str = UI.UPDATED;
pub const PREVIOUS: &str = UI.PREVIOUS;
pub const NEXT: &str = UI.NEXT;
pub const PREVIOUS_EVENT: &str = UI.PREVIOUS_EVENT;
pub const NEXT_EVENT: &str = UI.NEXT_EVENT;
pub const TIMELINE: &str = UI.TIMELINE;
pub const TIMELINE_HINT: &str = UI.TIMELINE_HINT;
pub const ERA: &str = UI.ERA;
pub const INVOLVED: &str = UI.INVOLVED;
pub const CLAIMS: &str = UI.CLAIMS;
pub const CARD_SOURCES: &str = UI.CARD_SOURCES;
pub const SOURCES_DISAGREE: &str = UI.SOURCES_DISAGREE;
pub const EACH_SIDE_CLAIMS: &str = UI.EACH_SIDE_CLAIMS;
pub const READINGS_DIFFER: &str = UI.READINGS_DIFFER;
pub const SOURCE_PREFIX: &str = UI.SOURCE_PREFIX;
/// The link from a citation's passage to the same words in the source.
pub const READ_IN_CONTEXT: &str = UI.READ_IN_CONTEXT;
/// Heading of a card's footnotes (the prerendered page and print): the
/// passage behind each citation.
pub const PASSAGES_CITED: &str = UI.PASSAGES_CITED;
pub const BACK_TO_CLAIM: &str = UI.BACK_TO_CLAIM;
/// What a passage in the sources panel is quoted for.
pub const CITED_FOR: &str = UI.CITED_FOR;
pub const NEW_TAB: &str = UI.NEW_TAB;
pub const QUOTE_BY: &str = UI.QUOTE_BY;
pub const CORRECTION_NOTE: &str = UI.CORRECTION_NOTE;
pub const OUTSIDE_NOTE: &str = UI.OUTSIDE_NOTE;
pub const CONCERNS: &str = UI.CONCERNS;
pub const OUTSIDE_REPORTING: &str = UI.OUTSIDE_REPORTING;
/// The marker on a date, place, route or era that comes from outside reporting.
pub const OUTSIDE_MARK: &str = UI.OUTSIDE_MARK;
pub const DATE_OUTSIDE: &str = UI.DATE_OUTSIDE;
pub const PLACE_OUTSIDE: &str = UI.PLACE_OUTSIDE;
pub const ROUTE_OUTSIDE: &str = UI.ROUTE_OUTSIDE;
pub const ERA_OUTSIDE: &str = UI.ERA_OUTSIDE;
pub const ALL_SOURCES: &str = UI.ALL_SOURCES;
pub const HEADLINE_UNKNOWN: &str = UI.HEADLINE_UNKNOWN;
pub const HEADLINE_INFERRED: &str = UI.HEADLINE_INFERRED;
pub const AUTHOR_UNKNOWN: &str = UI.AUTHOR_UNKNOWN;
pub const NO_BYLINE: &str = UI.NO_BYLINE;
pub const ABOUT_OUTLET: &str = UI.ABOUT_OUTLET;
pub const COUNTRY_UNKNOWN: &str = UI.COUNTRY_UNKNOWN;
/// A source's date when we do not know it.
pub const DATE_UNKNOWN: &str = UI.DATE_UNKNOWN;
pub const AUTHOR: &str = UI.AUTHOR;
/// "author" as a field name inside a sentence.
pub const AUTHOR_FIELD: &str = UI.AUTHOR_FIELD;
pub const PUBLISHED: &str = UI.PUBLISHED;
pub const IDENTIFICATION: &str = UI.IDENTIFICATION;
pub const PUBLISHER: &str = UI.PUBLISHER;
pub const HEADLINE: &str = UI.HEADLINE;
pub const DATE: &str = UI.DATE;
pub const FRAMING: &str = UI.FRAMING;
pub const LOAD_ERROR_TITLE: &str = UI.LOAD_ERROR_TITLE;
pub const LOAD_ERROR_BODY: &str = UI.LOAD_ERROR_BODY;
pub const CLOSE: &str = UI.CLOSE;
pub const FAILURE: &str = UI.FAILURE;
pub const CARD_NAVIGATION: &str = UI.CARD_NAVIGATION;
pub const SIDE_PANEL: &str = UI.SIDE_PANEL;
pub const FILTER: &str = UI.FILTER;
pub const FILTER_ACTORS: &str = UI.FILTER_ACTORS;
pub const FILTER_ERA: &str = UI.FILTER_ERA;
pub const ALL_ERAS: &str = UI.ALL_ERAS;
pub const CLEAR_FILTERS: &str = UI.CLEAR_FILTERS;
pub const NO_MATCH: &str = UI.NO_MATCH;
pub const MAP: &str = UI.MAP;
pub const THIS_CARD: &str = UI.THIS_CARD;
/// A country's name on the locator map (placed by `locator::COUNTRY_LABELS`).
pub fn map_country(country: MapCountry) -> &'static str {
    let names = t::MAP_COUNTRY;
    match country {
        MapCountry::Turkey => names.TURKEY,
        MapCountry::Iran => names.IRAN,
        MapCountry::Azerbaijan => names.AZERBAIJAN,
        MapCountry::Tajikistan => names.TAJIKISTAN,
        MapCountry::Pakistan => names.PAKISTAN,
        MapCountry::Afghanistan => names.AFGHANISTAN,
        MapCountry::India => names.INDIA,
    }
}
/// What opens the original English of a translated quotation.
pub fn translated_quote() -> String {
    format!("{} · {}", t::TRANSLATION_MARK, t::SHOW_ORIGINAL)
}
/// Between the items of a list, and a sentence's end: ", " and "." in the
/// Latin-script languages, "، " and "۔" in Urdu.
pub const LIST_SEPARATOR: &str = UI.list_separator;
pub const FULL_STOP: &str = UI.full_stop;
pub const SHARE: &str = UI.SHARE;
pub const LINK_TO_CARD: &str = UI.LINK_TO_CARD;
pub const COPY_LINK: &str = UI.COPY_LINK;
pub const EMBED_SNIPPET: &str = UI.EMBED_SNIPPET;
pub const COPY_SNIPPET: &str = UI.COPY_SNIPPET;
pub const COPIED_LINK: &str = UI.COPIED_LINK;
pub const COPIED_SNIPPET: &str = UI.COPIED_SNIPPET;
pub const COPY_FAILED: &str = UI.COPY_FAILED;

/// "7 of 30"
pub fn position(current: usize, count: usize) -> String {
    fill(
        t::POSITION,
        &[
            ("current", &current.to_string()),
            ("count", &count.to_string()),
        ],
    )
}

/// The way on at the foot of a card: "Next: 26 May 2025 · On to Tehran".
pub fn next_card(date: &str, headline: &str) -> String {
    fill(t::NEXT_CARD, &[("date", date), ("headline", headline)])
}

/// Filter result count: "Showing 12 of 30 events".
pub fn shown(shown: usize, total: usize) -> String {
    let (shown_text, total_text) = (shown.to_string(), total.to_string());
    let values = [
        ("shown", shown_text.as_str()),
        ("total", total_text.as_str()),
    ];
    if shown == total {
        fill(t::SHOWN_ALL.pick(total), &values)
    } else {
        // Urdu's verb agrees with how many are shown.
        fill(t::SHOWN_SOME.pick(shown), &values)
    }
}

/// "30 events · 5 sources" under the title.
pub fn summary(events: usize, sources: usize) -> String {
    fill(
        t::SUMMARY,
        &[
            ("events", &t::EVENTS_COUNT.count(events)),
            ("sources", &t::SOURCES_COUNT.count(sources)),
        ],
    )
}

/// "1 outlet", "3 outlets".
pub fn outlet_count(count: usize) -> String {
    t::OUTLET_COUNT.count(count)
}

/// The summary of a source's passage list: "Passages quoted (12)".
pub fn passages_quoted(count: usize) -> String {
    fill(t::PASSAGES_QUOTED, &[("count", &count.to_string())])
}

/// A card named where a passage is listed: "Sharif meets Erdogan in
/// Istanbul (25 May 2025)".
pub fn card_ref(display_date: &str, headline: &str) -> String {
    fill(
        t::CARD_REF,
        &[("headline", headline), ("date", display_date)],
    )
}

/// Name of an open source box, and of a citation marker, whose visible
/// short name it contains (WCAG 2.5.3): "Source: The Jerusalem Post, 27 May 2025".
pub fn source_label(publisher: &str, date: &str) -> String {
    fill(t::SOURCE_LABEL, &[("publisher", publisher), ("date", date)])
}

/// The label a disagreement block reads under, by what kind of difference it is.
pub fn disagreement_label(kind: DisagreementKind) -> &'static str {
    match kind {
        DisagreementKind::Factual => SOURCES_DISAGREE,
        DisagreementKind::Claims => EACH_SIDE_CLAIMS,
        DisagreementKind::Readings => READINGS_DIFFER,
    }
}

pub fn note_label(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Correction => CORRECTION_NOTE,
        NoteKind::Outside => OUTSIDE_NOTE,
    }
}

/// Which sources a note is about: "Concerns: TRT World, GSDN. ", or nothing.
pub fn note_concerns(story: &Story, note: &Note) -> Option<String> {
    (!note.concerns.is_empty()).then(|| {
        let publishers: Vec<&str> = (note.concerns.iter())
            .map(|&s| story.source(s).publisher.as_str())
            .collect();
        let publishers = publishers.join(LIST_SEPARATOR);
        fill(
            t::NOTE_CONCERNS,
            &[("label", CONCERNS), ("publishers", &publishers)],
        )
    })
}

pub fn outlet_kind(kind: OutletKind) -> &'static str {
    let kinds = t::OUTLET_KIND;
    match kind {
        OutletKind::NewsAgency => kinds.news_agency,
        OutletKind::StateNewsAgency => kinds.state_news_agency,
        OutletKind::Broadcaster => kinds.broadcaster,
        OutletKind::StateBroadcaster => kinds.state_broadcaster,
        OutletKind::Newspaper => kinds.newspaper,
        OutletKind::NewsSite => kinds.news_site,
        OutletKind::AnalysisSite => kinds.analysis_site,
        OutletKind::Government => kinds.government,
    }
}

/// How sure an identification is: "confirmed", "likely", "unknown".
pub fn confidence(confidence: Confidence) -> &'static str {
    let words = t::CONFIDENCE;
    match confidence {
        Confidence::Confirmed => words.confirmed,
        Confidence::Likely => words.likely,
        Confidence::Unknown => words.unknown,
    }
}

/// What follows an outlet's name: " (Pakistan, news site), 25 May 2025, via UrduPoint".
pub fn outlet_details(outlet: &Outlet) -> String {
    let via =
        (outlet.via.as_ref()).map_or_else(String::new, |v| fill(t::OUTLET_VIA, &[("via", v)]));
    fill(
        t::OUTLET_DETAILS,
        &[
            ("country", &outlet.country),
            ("kind", outlet_kind(outlet.kind)),
            ("date", &outlet.date.text),
        ],
    ) + &via
}

/// A source's date as readers see it: "27 May 2025", or "date unknown".
pub fn source_date(source: &Source) -> &str {
    source
        .date
        .as_ref()
        .map_or(DATE_UNKNOWN, |d| d.text.as_str())
}

/// A source's headline as readers see it: in quotation marks only when it
/// is confirmed verbatim; an inferred one is said to be inferred. The
/// headline is the source's own words, in its language, so in a
/// right-to-left build it is isolated from the sentence around it.
pub fn source_headline(source: &Source) -> String {
    let Some(headline) = &source.headline else {
        return HEADLINE_UNKNOWN.to_string();
    };
    let headline = crate::BUILD_LANG.dir().isolate(headline);
    let template = match source.identification.headline {
        Confidence::Confirmed => t::HEADLINE_CONFIRMED,
        _ => t::HEADLINE_INFERRED,
    };
    fill(template, &[("headline", &headline)])
}

pub fn source_byline(source: &Source) -> String {
    match (&source.author, source.identification.author) {
        (Some(a), _) => fill(t::BYLINE, &[("author", a)]),
        (None, Confidence::Confirmed) => NO_BYLINE.to_string(),
        (None, _) => AUTHOR_UNKNOWN.to_string(),
    }
}

/// Who is speaking: "Israel · newspaper. Israeli daily; …".
pub fn source_about(source: &Source) -> String {
    fill(
        t::SOURCE_ABOUT,
        &[
            (
                "country",
                source.country.as_deref().unwrap_or(COUNTRY_UNKNOWN),
            ),
            ("kind", outlet_kind(source.kind)),
            ("about", &source.about),
        ],
    )
}

/// "Loading the story from ./other.json…"
pub fn loading(address: &str) -> String {
    fill(t::LOADING, &[("address", address)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_templates_are_filled() {
        assert_eq!(outlet_count(1), "1 outlet");
        assert_eq!(outlet_count(3), "3 outlets");
        assert_eq!(
            next_card("26 May 2025", "On to Tehran"),
            "Next: 26 May 2025 · On to Tehran"
        );
        assert_eq!(passages_quoted(12), "Passages quoted (12)");
        assert_eq!(summary(30, 1), "30 events · 1 source");
        assert_eq!(shown(30, 30), "Showing all 30 events");
        assert_eq!(shown(4, 30), "Showing 4 of 30 events");
        assert_eq!(shown(1, 1), "Showing the only event");
        assert_eq!(position(7, 30), "7 of 30");
    }
}
