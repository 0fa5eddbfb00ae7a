//! The widget's own words (story text comes from the story file), in one
//! place for translation. Not yet here: month names and "c." in
//! `story::date`, and the confidence words of `story::file::Confidence`.
//! The interactive cards and the prerendered page both word things through
//! the functions here, so the two cannot drift apart.

use crate::locator::MapCountry;
use crate::story::{Confidence, DisagreementKind, NoteKind, Outlet, OutletKind, Source};

pub const KICKER: &str = "Explainer";
pub const UPDATED: &str = "Updated";
pub const PREVIOUS: &str = "Previous";
pub const NEXT: &str = "Next";
pub const PREVIOUS_EVENT: &str = "Previous event";
pub const NEXT_EVENT: &str = "Next event";
pub const TIMELINE: &str = "Timeline";
pub const TIMELINE_HINT: &str =
    "Drag, tap a marker, or use the arrow keys; Page Up and Page Down jump between eras.";
pub const ERA: &str = "Era";
pub const INVOLVED: &str = "Involved";
pub const CLAIMS: &str = "What the sources say";
pub const CARD_SOURCES: &str = "Sources for this card";
pub const SOURCES_DISAGREE: &str = "Sources disagree";
pub const EACH_SIDE_CLAIMS: &str = "Each side claims";
pub const READINGS_DIFFER: &str = "Readings differ";
pub const SOURCE_PREFIX: &str = "Source";
/// The link from a citation's passage to the same words in the source.
pub const READ_IN_CONTEXT: &str = "Read in context";
/// Heading of a card's footnotes (the prerendered page and print): the
/// passage behind each citation.
pub const PASSAGES_CITED: &str = "Passages cited";
pub const BACK_TO_CLAIM: &str = "Back to the claim";
/// What a passage in the sources panel is quoted for.
pub const CITED_FOR: &str = "Cited for";
pub const NEW_TAB: &str = "(opens in a new tab)";
pub const QUOTE_BY: &str = "—";
pub const CORRECTION_NOTE: &str = "Editor's note: our reading of the sources";
pub const OUTSIDE_NOTE: &str = "Editor's note: from outside reporting";
pub const CONCERNS: &str = "Regarding";
pub const OUTSIDE_REPORTING: &str = "From outside reporting";
/// The marker on a date, place, route or era that comes from outside reporting.
pub const OUTSIDE_MARK: &str = "†";
pub const DATE_OUTSIDE: &str = "Date from outside reporting";
pub const PLACE_OUTSIDE: &str = "Place from outside reporting";
pub const ROUTE_OUTSIDE: &str = "Route from outside reporting";
pub const ERA_OUTSIDE: &str = "Era dates from outside reporting";
pub const ALL_SOURCES: &str = "All sources";
pub const HEADLINE_UNKNOWN: &str = "Headline unknown";
pub const HEADLINE_INFERRED: &str = "Headline (inferred, not confirmed)";
pub const AUTHOR_UNKNOWN: &str = "Author unknown";
pub const NO_BYLINE: &str = "No byline";
pub const ABOUT_OUTLET: &str = "About this outlet (our note)";
pub const COUNTRY_UNKNOWN: &str = "country unknown";
/// A source's date when we do not know it.
pub const DATE_UNKNOWN: &str = "date unknown";
pub const AUTHOR: &str = "Author";
/// "author" as a field name inside a sentence.
pub const AUTHOR_FIELD: &str = "author";
pub const PUBLISHED: &str = "Published";
pub const IDENTIFICATION: &str = "How sure the identification is";
pub const PUBLISHER: &str = "publisher";
pub const HEADLINE: &str = "headline";
pub const DATE: &str = "date";
pub const FRAMING: &str = "Framing";
pub const LOAD_ERROR_TITLE: &str = "This explainer could not be loaded";
pub const LOAD_ERROR_BODY: &str =
    "The story file has errors. Editors: fix the problems listed below.";
pub const CLOSE: &str = "Close";
pub const FAILURE: &str = "Something went wrong with the interactive explainer. Where the page includes it, the full story is shown below.";
pub const CARD_NAVIGATION: &str = "Cards";
pub const SIDE_PANEL: &str = "Map and sources";
pub const FILTER: &str = "Filter events";
pub const FILTER_ACTORS: &str = "Countries involved";
pub const FILTER_ERA: &str = "Era";
pub const ALL_ERAS: &str = "All eras";
pub const CLEAR_FILTERS: &str = "Clear filters";
pub const NO_MATCH: &str = "No events match these filters.";
pub const MAP: &str = "Locator map";
pub const THIS_CARD: &str = "This card";
/// A country's name on the locator map (placed by `locator::COUNTRY_LABELS`).
pub fn map_country(country: MapCountry) -> &'static str {
    match country {
        MapCountry::Turkey => "TURKEY",
        MapCountry::Iran => "IRAN",
        MapCountry::Azerbaijan => "AZERBAIJAN",
        MapCountry::Tajikistan => "TAJIKISTAN",
        MapCountry::Pakistan => "PAKISTAN",
        MapCountry::Afghanistan => "AFGHANISTAN",
    }
}
pub const SHARE: &str = "Share or embed";
pub const LINK_TO_CARD: &str = "Link to this card";
pub const COPY_LINK: &str = "Copy link";
pub const EMBED_SNIPPET: &str = "Embed code for an article page";
pub const COPY_SNIPPET: &str = "Copy embed code";
pub const COPIED_LINK: &str = "Link copied.";
pub const COPIED_SNIPPET: &str = "Embed code copied.";
pub const COPY_FAILED: &str = "Could not copy: select the text and copy it yourself.";

/// "7 of 30"
pub fn position(current: usize, count: usize) -> String {
    format!("{current} of {count}")
}

/// The way on at the foot of a card: "Next: 26 May 2025 · On to Tehran".
pub fn next_card(date: &str, headline: &str) -> String {
    format!("{NEXT}: {date} · {headline}")
}

/// Filter result count: "Showing 12 of 30 events".
pub fn shown(shown: usize, total: usize) -> String {
    if shown == total {
        format!("Showing all {total} events")
    } else {
        format!("Showing {shown} of {total} events")
    }
}

/// "events · sources" summary under the title.
pub fn summary(events: usize, sources: usize) -> String {
    format!("{events} events · {sources} sources")
}

/// "1 outlet", "3 outlets".
pub fn outlet_count(count: usize) -> String {
    match count {
        1 => "1 outlet".to_string(),
        n => format!("{n} outlets"),
    }
}

/// The summary of a source's passage list: "Passages quoted (12)".
pub fn passages_quoted(count: usize) -> String {
    format!("Passages quoted ({count})")
}

/// A card named where a passage is listed: "Sharif meets Erdogan in
/// Istanbul (25 May 2025)".
pub fn card_ref(display_date: &str, headline: &str) -> String {
    format!("{headline} ({display_date})")
}

/// Name of an open source box, and of a citation marker, whose visible
/// short name it contains (WCAG 2.5.3): "Source: The Jerusalem Post, 27 May 2025".
pub fn source_label(publisher: &str, date: &str) -> String {
    format!("{SOURCE_PREFIX}: {publisher}, {date}")
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

pub fn outlet_kind(kind: OutletKind) -> &'static str {
    match kind {
        OutletKind::NewsAgency => "news agency",
        OutletKind::StateNewsAgency => "state news agency",
        OutletKind::Broadcaster => "broadcaster",
        OutletKind::StateBroadcaster => "state broadcaster",
        OutletKind::Newspaper => "newspaper",
        OutletKind::NewsSite => "news site",
        OutletKind::AnalysisSite => "analysis site",
        OutletKind::Government => "government",
    }
}

/// What follows an outlet's name: " (Pakistan, news site), 25 May 2025, via UrduPoint".
pub fn outlet_details(outlet: &Outlet) -> String {
    let via = outlet
        .via
        .as_ref()
        .map_or_else(String::new, |v| format!(", via {v}"));
    format!(
        " ({}, {}), {}{via}",
        outlet.country,
        outlet_kind(outlet.kind),
        outlet.date.text
    )
}

/// A source's date as readers see it: "27 May 2025", or "date unknown".
pub fn source_date(source: &Source) -> &str {
    source
        .date
        .as_ref()
        .map_or(DATE_UNKNOWN, |d| d.text.as_str())
}

/// A source's headline as readers see it: in quotation marks only when it
/// is confirmed verbatim; an inferred one is said to be inferred.
pub fn source_headline(source: &Source) -> String {
    match (&source.headline, source.identification.headline) {
        (None, _) => HEADLINE_UNKNOWN.to_string(),
        (Some(h), Confidence::Confirmed) => format!("“{h}”"),
        (Some(h), _) => format!("{HEADLINE_INFERRED}: {h}"),
    }
}

pub fn source_byline(source: &Source) -> String {
    match (&source.author, source.identification.author) {
        (Some(a), _) => format!("{AUTHOR}: {a}"),
        (None, Confidence::Confirmed) => NO_BYLINE.to_string(),
        (None, _) => AUTHOR_UNKNOWN.to_string(),
    }
}

/// Who is speaking: "Israel · newspaper. Israeli daily; …".
pub fn source_about(source: &Source) -> String {
    format!(
        "{} · {}. {}",
        source.country.as_deref().unwrap_or(COUNTRY_UNKNOWN),
        outlet_kind(source.kind),
        source.about
    )
}

/// "Loading the story from ./other.json…"
pub fn loading(address: &str) -> String {
    format!("Loading the story from {address}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_worded_with_their_number() {
        assert_eq!(outlet_count(1), "1 outlet");
        assert_eq!(outlet_count(3), "3 outlets");
        assert_eq!(passages_quoted(12), "Passages quoted (12)");
        assert_eq!(
            next_card("26 May 2025", "On to Tehran"),
            "Next: 26 May 2025 · On to Tehran"
        );
    }
}
