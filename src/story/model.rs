//! The story as the widget reads it: what validation (`validate`) makes of a
//! story file (`file`) that keeps every rule. Each date is parsed once, here,
//! and each reference is resolved once, to an index into the list it names,
//! so nothing downstream (the components, the prerendered page, the filter,
//! the reducer, deep links) parses a date or looks an id up while rendering.
//!
//! Every index this model holds points into its own lists: validation builds
//! them that way, and `wire::decode` refuses a compiled story where one does
//! not. The accessors below (`Story::source` and the rest) can therefore
//! index directly, in O(1). Indices that come from outside the model (the
//! reducer's current card, a filter) go through checked lookups instead.

use std::rc::Rc;

use super::date::{Day, StoryDate};
pub use super::file::{Confidence, DisagreementKind, Identification, NoteKind, OutletKind, Quote};

/// Declares index newtypes: one type per list, so an index into one list
/// cannot be used for another (the compiler refuses `story.source(era)`).
macro_rules! index_types {
    ($($(#[$doc:meta])* $name:ident,)*) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub usize);
    )*};
}

index_types! {
    /// An event's place in `Story::events`, which is date order. Links and
    /// host messages name events by id; inside the widget (the reducer, the
    /// filter, the cards) they are these.
    EventIx,
    /// An era's place in `Story::eras`: the filter's era facet, the scale's
    /// bands.
    EraIx,
    /// A source's place in `Story::sources`: what a citation points to.
    SourceIx,
    /// An outlet's place in `Story::outlets`: what outside-reporting notes,
    /// versions and "†" markers point to.
    OutletIx,
    /// An actor's place in `Story::actors`: what the actor filter holds.
    ActorIx,
    /// A place's position in `Story::places`: an event's place, a route stop.
    PlaceIx,
}

/// A validated story. Built only by `Story::load` (through validation) and
/// `wire::decode`, so its references always resolve (see the module doc).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Story {
    pub meta: Meta,
    pub actors: Vec<Actor>,
    pub sources: Vec<Source>,
    pub outlets: Vec<Outlet>,
    pub eras: Vec<Era>,
    pub places: Vec<Place>,
    pub route: Option<Route>,
    /// In date order (the middle of each date's span), as validation requires.
    pub events: Vec<Event>,
}

/// The story's title block, with its last-updated day already written out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    pub title: String,
    pub standfirst: String,
    pub updated: ShownDay,
    /// BCP 47 tag, e.g. "en".
    pub language: String,
}

/// A single day (a source's or an outlet's date, the last update), and how
/// readers see it, worked out once at validation: rendering a citation or a
/// dateline formats nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownDay {
    pub day: Day,
    /// "27 May 2025".
    pub text: String,
}

/// A country an event can involve; its id is what `#actors=` links name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub id: String,
    pub name: String,
}

/// One of the published accounts the story is built from. Its id names it
/// in the prerendered page's anchors (`#ptx-source-ID`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub id: String,
    /// Which seed article this is (the research file's numbering); the
    /// tests that check quotations against the seeds need it.
    pub seed: String,
    pub publisher: String,
    pub country: Option<String>,
    pub kind: OutletKind,
    pub about: String,
    pub headline: Option<String>,
    pub author: Option<String>,
    /// `None` when the date is unknown.
    pub date: Option<ShownDay>,
    pub url: String,
    pub identification: Identification,
    pub identification_note: String,
    pub framing: String,
}

/// One piece of outside reporting. Its file id only served references,
/// which are `OutletIx` now, so it is not kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outlet {
    pub name: String,
    pub country: String,
    pub kind: OutletKind,
    /// The date of the piece.
    pub date: ShownDay,
    pub headline: Option<String>,
    pub url: Option<String>,
    pub via: Option<String>,
}

/// A named span of time: a band on the scrubber, an option of the era
/// filter; its id is what `#era=` links name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Era {
    pub id: String,
    pub label: String,
    /// First and last day, inclusive.
    pub span: (Day, Day),
    /// When the era's dates or label rely on outside reporting.
    pub outlets: Vec<OutletIx>,
}

/// A place the locator map can show. Its file id only served references,
/// which are `PlaceIx` now, so it is not kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub name: String,
    pub lat: f64,
    pub lon: f64,
}

// Coordinates are finite (serde_json has no NaN, and a decoded story comes
// from a validated one) and bounded by the validator.
impl Eq for Place {}

/// The journey drawn on the locator map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub label: String,
    /// In travel order.
    pub stops: Vec<PlaceIx>,
    pub outlets: Vec<OutletIx>,
}

/// One card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Lowercase letters, digits and inner hyphens: what `#card=` links and
    /// host messages name.
    pub id: String,
    pub date: StoryDate,
    /// What readers see for the date: the editor's label, or the date
    /// written out ("8–10 May 2025").
    pub display_date: String,
    /// Whether `display_date` is the editor's label, which replaces the
    /// date for readers (the date then only places the card).
    pub date_is_label: bool,
    /// When the date comes from outside reporting (the "†" marker).
    pub date_outlets: Vec<OutletIx>,
    /// The era the middle of the date falls in.
    pub era: EraIx,
    pub headline: String,
    pub body: String,
    pub actors: Vec<ActorIx>,
    pub place: Option<PlaceIx>,
    /// When the place comes from outside reporting. Shared: the map gets it
    /// as a prop on every card change.
    pub place_outlets: Rc<[OutletIx]>,
    pub claims: Vec<Claim>,
    /// Every source the card cites (claims and disagreement versions), in
    /// order of first citation: the card's numbered source list, worked out
    /// once instead of on every render.
    pub cited: Vec<SourceIx>,
}

/// One thing the sources say, with what backs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub text: String,
    /// At least one.
    pub citations: Vec<Citation>,
    pub quote: Option<Quote>,
    pub disagreement: Option<Disagreement>,
    pub notes: Vec<Note>,
}

/// One citation of a source, with the evidence: the passage of the source
/// that supports what is cited, word for word (tests/passages.rs checks it
/// against the source's text), at most `MAX_PASSAGE_WORDS` words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    pub source: SourceIx,
    /// The source's own words; never empty.
    pub passage: String,
}

/// The longest passage a citation may quote, in words: enough for the
/// sentence that carries a fact, short of republishing the source.
pub const MAX_PASSAGE_WORDS: usize = 60;

/// Sources that tell the same claim differently, each version with its own
/// backing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disagreement {
    pub kind: DisagreementKind,
    pub note: String,
    /// At least two.
    pub versions: Vec<Version>,
}

/// One version of a disagreement, resting on sources, outlets or both.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub text: String,
    pub citations: Vec<Citation>,
    pub outlets: Vec<OutletIx>,
}

/// An editor's note: a correction (our own reading of the sources) or a fact
/// from outside reporting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub kind: NoteKind,
    pub text: String,
    /// Sources the note corrects or qualifies (not citations).
    pub concerns: Vec<SourceIx>,
    pub outlets: Vec<OutletIx>,
}

impl Story {
    /// The event at `ix`, if there is one: `ix` comes from the reader's view
    /// (the reducer, a component's props), not from the model.
    pub fn event(&self, ix: EventIx) -> Option<&Event> {
        self.events.get(ix.0)
    }

    /// Every event with its index, in story order.
    pub fn indexed_events(&self) -> impl Iterator<Item = (EventIx, &Event)> {
        self.events.iter().enumerate().map(|(i, e)| (EventIx(i), e))
    }

    /// O(1). `ix` must come from this story (every index the model holds
    /// does: see the module doc).
    pub fn source(&self, ix: SourceIx) -> &Source {
        &self.sources[ix.0]
    }

    /// O(1); `ix` must come from this story.
    pub fn outlet(&self, ix: OutletIx) -> &Outlet {
        &self.outlets[ix.0]
    }

    /// O(1); `ix` must come from this story.
    pub fn era(&self, ix: EraIx) -> &Era {
        &self.eras[ix.0]
    }

    /// O(1); `ix` must come from this story.
    pub fn actor(&self, ix: ActorIx) -> &Actor {
        &self.actors[ix.0]
    }

    /// O(1); `ix` must come from this story.
    pub fn place(&self, ix: PlaceIx) -> &Place {
        &self.places[ix.0]
    }

    /// The outlets of a list, in order.
    pub fn outlets_of<'a>(&'a self, ixs: &'a [OutletIx]) -> impl Iterator<Item = &'a Outlet> {
        ixs.iter().map(|&ix| self.outlet(ix))
    }

    /// The event a link or a host message names. A linear search: it runs
    /// once per link followed, never per render.
    pub fn event_by_id(&self, id: &str) -> Option<EventIx> {
        self.events.iter().position(|e| e.id == id).map(EventIx)
    }

    /// The actor a link names (see `event_by_id`).
    pub fn actor_by_id(&self, id: &str) -> Option<ActorIx> {
        self.actors.iter().position(|a| a.id == id).map(ActorIx)
    }

    /// The era a link names (see `event_by_id`).
    pub fn era_by_id(&self, id: &str) -> Option<EraIx> {
        self.eras.iter().position(|e| e.id == id).map(EraIx)
    }

    /// Whether every index the story holds points into its lists: what a
    /// validated story guarantees, and what `wire::decode` checks before it
    /// accepts a compiled one.
    pub fn references_resolve(&self) -> bool {
        let sources = |list: &[SourceIx]| list.iter().all(|s| s.0 < self.sources.len());
        let outlets = |list: &[OutletIx]| list.iter().all(|o| o.0 < self.outlets.len());
        let cited = |list: &[Citation]| list.iter().all(|c| c.source.0 < self.sources.len());
        let claim = |c: &Claim| {
            cited(&c.citations)
                && c.disagreement
                    .iter()
                    .flat_map(|d| &d.versions)
                    .all(|v| cited(&v.citations) && outlets(&v.outlets))
                && c.notes
                    .iter()
                    .all(|n| sources(&n.concerns) && outlets(&n.outlets))
        };
        let event = |e: &Event| {
            e.era.0 < self.eras.len()
                && e.actors.iter().all(|a| a.0 < self.actors.len())
                && e.place.is_none_or(|p| p.0 < self.places.len())
                && outlets(&e.date_outlets)
                && outlets(&e.place_outlets)
                && sources(&e.cited)
                && e.claims.iter().all(claim)
        };
        let route =
            |r: &Route| r.stops.iter().all(|p| p.0 < self.places.len()) && outlets(&r.outlets);
        self.eras.iter().all(|e| outlets(&e.outlets))
            && self.route.as_ref().is_none_or(route)
            && self.events.iter().all(event)
    }
}

/// One passage quoted from a source, with the cards it backs (a passage can
/// back more than one citation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quoted<'a> {
    pub passage: &'a str,
    /// In story order, each once.
    pub events: Vec<EventIx>,
}

impl Story {
    /// The publishers who stand behind `citations`, each once, in citation
    /// order: what the reader sees as "3 outlets: …". Two citations of one
    /// publisher count once; the five accounts are five publishers.
    pub fn publishers_of<'a>(&'a self, citations: &[Citation]) -> Vec<&'a str> {
        let mut names: Vec<&str> = Vec::with_capacity(citations.len());
        for c in citations {
            let name = self.source(c.source).short_name();
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names
    }

    /// Every passage the story quotes from `source` (claims and versions),
    /// each once, in story order, with the cards it backs.
    pub fn quoted_from(&self, source: SourceIx) -> Vec<Quoted<'_>> {
        let mut quoted: Vec<Quoted<'_>> = Vec::new();
        for (ix, event) in self.indexed_events() {
            let cited = event.claims.iter().flat_map(Claim::all_citations);
            for c in cited.filter(|c| c.source == source) {
                match quoted.iter_mut().find(|q| q.passage == c.passage) {
                    Some(q) if !q.events.contains(&ix) => q.events.push(ix),
                    Some(_) => {}
                    None => quoted.push(Quoted {
                        passage: &c.passage,
                        events: vec![ix],
                    }),
                }
            }
        }
        quoted
    }
}

impl Claim {
    /// The citations of the claim (`version` `None`) or of one of its
    /// disagreement's versions.
    pub fn citations_of(&self, version: Option<usize>) -> Option<&[Citation]> {
        match version {
            None => Some(&self.citations),
            Some(v) => self
                .disagreement
                .as_ref()
                .and_then(|d| d.versions.get(v))
                .map(|v| v.citations.as_slice()),
        }
    }

    /// Every citation: the claim's own, then each version's.
    pub fn all_citations(&self) -> impl Iterator<Item = &Citation> {
        let versions = self.disagreement.iter().flat_map(|d| &d.versions);
        self.citations
            .iter()
            .chain(versions.flat_map(|v| &v.citations))
    }
}

impl Source {
    /// The one label readers see for this source wherever it is cited (the
    /// citation buttons, versions, the card's source list, the no-JS
    /// footnotes): the publisher without any spelt-out expansion in
    /// brackets, "GSDN" for "GSDN (Global Strategic and Defence News)".
    /// Per-card numbers meant a "1" that named a different outlet on each card.
    pub fn short_name(&self) -> &str {
        self.publisher
            .split_once(" (")
            .map_or(self.publisher.as_str(), |(short, _)| short)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::fixture::small as fixture;

    fn cite(source: usize) -> Citation {
        Citation {
            source: SourceIx(source),
            passage: "Words.".into(),
        }
    }

    #[test]
    fn a_source_is_labelled_by_its_publisher_without_the_spelt_out_name() {
        let mut story = fixture();
        assert_eq!(story.sources[0].short_name(), "The Daily One");
        story.sources[0].publisher = "GSDN (Global Strategic and Defence News)".into();
        assert_eq!(story.sources[0].short_name(), "GSDN");
    }

    #[test]
    fn publishers_are_counted_once_each_in_citation_order() {
        let mut story = fixture();
        assert_eq!(
            story.publishers_of(&[cite(1), cite(0)]),
            ["Two Weekly", "The Daily One"]
        );
        assert_eq!(story.publishers_of(&[cite(0)]), ["The Daily One"]);
        assert!(story.publishers_of(&[]).is_empty());
        // Two sources from one publisher are one outlet, not two.
        story.sources[1].publisher = "The Daily One".into();
        assert_eq!(story.publishers_of(&[cite(0), cite(1)]), ["The Daily One"]);
    }

    #[test]
    fn a_sources_passages_are_listed_once_each_with_their_cards() {
        let mut story = fixture();
        let one = story.quoted_from(SourceIx(0));
        assert_eq!(one.len(), 5, "{one:?}");
        assert_eq!(one[0].passage, "The venture began in 1955.");
        assert_eq!(one[0].events, [EventIx(0)]);
        // Claim and version passages of the meeting, in story order.
        assert_eq!(one[2].passage, "in the old town hall of Northtown");
        assert_eq!(one[2].events, [EventIx(2)]);
        // A passage that backs two cards is listed once, naming both.
        let repeated = story.events[0].claims[0].citations[0].passage.clone();
        story.events[3].claims[0].citations[0].passage = repeated.clone();
        let one = story.quoted_from(SourceIx(0));
        assert_eq!(one.len(), 4);
        assert_eq!(one[0].passage, repeated);
        assert_eq!(one[0].events, [EventIx(0), EventIx(3)]);
        let two = story.quoted_from(SourceIx(1));
        // "The leaders met in Southtown." backs the claim and its version.
        assert_eq!(two.len(), 3, "{two:?}");
        assert_eq!(two[1].events, [EventIx(2)]);
    }
}
