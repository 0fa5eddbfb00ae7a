//! Every interface string the reader sees, in one place for translation.
//! Story text comes from the story file; these are the widget's own words.

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
pub const SOURCE_PREFIX: &str = "Source";
pub const OPEN_SOURCE: &str = "Read the original";
pub const NEW_TAB: &str = "(opens in a new tab)";
pub const QUOTE_BY: &str = "—";
pub const EDITORS_NOTE: &str = "Editor's note";
pub const CONCERNS: &str = "Concerns";
pub const OUTSIDE_REPORTING: &str = "From outside reporting";
pub const OUTSIDE_UNNAMED: &str = "From outside reporting (outlets not named in our research file)";
pub const ALL_SOURCES: &str = "All sources";
pub const HEADLINE_UNKNOWN: &str = "Headline unknown";
pub const AUTHOR_UNKNOWN: &str = "Author unknown";
pub const AUTHOR: &str = "Author";
pub const PUBLISHED: &str = "Published";
pub const IDENTIFICATION: &str = "How sure the identification is";
pub const PUBLISHER: &str = "publisher";
pub const HEADLINE: &str = "headline";
pub const DATE: &str = "date";
pub const FRAMING: &str = "Framing";
pub const SEED: &str = "Research file";
pub const LOAD_ERROR_TITLE: &str = "This explainer could not be loaded";
pub const LOAD_ERROR_BODY: &str =
    "The story file has errors. Editors: fix the problems listed below.";
pub const CLOSE: &str = "Close";
pub const SOURCES: &str = "Sources";
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
/// Country names on the locator map (positions in `locator::COUNTRY_LABEL_AT`).
pub const MAP_COUNTRIES: [&str; 6] = [
    "TURKEY",
    "IRAN",
    "AZERBAIJAN",
    "TAJIKISTAN",
    "PAKISTAN",
    "AFGHANISTAN",
];
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

/// Accessible name of a citation marker, which contains its visible number
/// (WCAG 2.5.3): "Source 1: The Jerusalem Post, 27 May 2025".
pub fn citation_label(number: usize, publisher: &str, date: &str) -> String {
    format!("{SOURCE_PREFIX} {number}: {publisher}, {date}")
}

/// Name of an open source box: "Source: The Jerusalem Post, 27 May 2025".
pub fn source_label(publisher: &str, date: &str) -> String {
    format!("{SOURCE_PREFIX}: {publisher}, {date}")
}

/// Where an editor's note comes from: named outlets, unnamed outside
/// reporting, or (empty) the editors' own reading of the sources.
pub fn note_origin(outlets: &[String], outside: bool) -> String {
    match (outlets.is_empty(), outside) {
        (false, _) => format!("{OUTSIDE_REPORTING}: {}.", outlets.join(", ")),
        (true, true) => format!("{OUTSIDE_UNNAMED}."),
        (true, false) => String::new(),
    }
}

/// "Loading the story from ./other.json…"
pub fn loading(address: &str) -> String {
    format!("Loading the story from {address}…")
}
