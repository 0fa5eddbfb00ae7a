//! Every rule a story must satisfy, each broken rule reported with its JSON
//! path, all of them at once so an editor can fix a file in one pass; and,
//! for a file that keeps every rule, the typed `Story` it describes. One
//! walk does both: each check parses a date or resolves an id once and
//! hands the result to the model, so nobody parses a date twice.
//!
//! A check that finds a problem still returns what it could make of the
//! section (an unknown id is left out of its list), so the walk goes on and
//! reports everything; the model is kept only when there was no problem.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::date::{Day, Precision, StoryDate};
use super::file::{self, Confidence, NoteKind, StoryFile};
use super::id::{self, is_slug};
use super::json_path::At;
use super::model::{
    Actor, ActorIx, Citation, Claim, Disagreement, Era, EraIx, Event, Meta, Note, Outlet, OutletIx,
    Place, PlaceIx, Route, ShownDay, Source, SourceIx, Story, Version, MAX_PASSAGE_WORDS,
};
use super::report::Problem;
use crate::i18n::date::format as date_text;
use crate::i18n::{Lang, Ui};

/// The ids of one list (actors, sources, outlets, places), where each sits
/// in its list, and which of them something cites.
struct Registry<'a> {
    /// "source", "outlet", …, for messages.
    what: &'static str,
    index: HashMap<&'a str, usize>,
    cited: Vec<bool>,
}

impl<'a> Registry<'a> {
    fn new(what: &'static str, ids: impl Iterator<Item = &'a str>) -> Registry<'a> {
        let mut index = HashMap::new();
        let mut count = 0;
        for (i, id) in ids.enumerate() {
            // The first item with an id owns it; a duplicate is reported elsewhere.
            index.entry(id).or_insert(i);
            count = i + 1;
        }
        Registry {
            what,
            index,
            cited: vec![false; count],
        }
    }

    fn get(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }
}

/// Whether a reference counts as a citation (a claim's sources) or only
/// names what it is about (a note's `concerns`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cite {
    Counts,
    NamesOnly,
}

/// What the checks of one section need from the others.
struct Refs<'a> {
    sources: Registry<'a>,
    outlets: Registry<'a>,
    actors: Registry<'a>,
    places: Registry<'a>,
    /// Scratch space for each card's source list: which sources it has
    /// listed so far, cleared after each card.
    listed: Vec<bool>,
}

/// The problems found so far; its methods are the checks.
struct Checker {
    problems: Vec<Problem>,
    /// The story's language (`meta.language`), for the dates readers see;
    /// English for a language the widget does not speak.
    ui: &'static Ui,
}

impl Checker {
    fn fail(&mut self, path: impl fmt::Display, message: impl Into<String>) {
        self.problems.push(Problem::new(path.to_string(), message));
    }

    fn text(&mut self, path: impl fmt::Display, value: &str) {
        if value.trim().is_empty() {
            self.fail(path, "text is empty");
        }
    }

    fn ids<'a>(&mut self, section: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        let list = At::root(section);
        for (i, id) in ids.enumerate() {
            let item = list.index(i);
            let path = item.key("id");
            if id.len() > id::MAX_LEN {
                self.fail(
                    path,
                    format!(
                        "id \"{id}\" is longer than {} characters: ids go into links",
                        id::MAX_LEN
                    ),
                );
            } else if !is_slug(id) {
                self.fail(
                    path,
                    format!("id \"{id}\" must be lowercase letters, digits and inner hyphens"),
                );
            } else if !seen.insert(id) {
                self.fail(path, format!("duplicate id \"{id}\""));
            }
        }
    }

    fn date(&mut self, path: impl fmt::Display, text: &str) -> Option<StoryDate> {
        match StoryDate::parse(text) {
            Ok(d) => Some(d),
            Err(e) => {
                self.fail(path, e.to_string());
                None
            }
        }
    }

    /// A date that must be one day, with the text readers see for it.
    fn day(&mut self, path: impl fmt::Display + Copy, text: &str) -> Option<ShownDay> {
        let d = self.date(path, text)?;
        if d.to.is_some() || d.approximate || d.from.precision() != Precision::Day {
            self.fail(path, format!("\"{text}\" must be a single day, YYYY-MM-DD"));
            return None;
        }
        Some(ShownDay {
            day: d.first_day(),
            text: date_text(&d, self.ui),
        })
    }

    fn https_address(&mut self, path: impl fmt::Display, url: &str) {
        let host = url.strip_prefix("https://").unwrap_or("");
        let host = host.split(['/', '?', '#']).next().unwrap_or("");
        if host.is_empty()
            || !host.contains('.')
            || !host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        {
            self.fail(path, format!("\"{url}\" is not an https:// address"));
        }
    }

    /// Checks a list of ids against a registry, recording citations, and
    /// returns the indices of the known ones as `T` (`SourceIx`, …).
    fn refs<T>(
        &mut self,
        path: At<'_>,
        ids: &[String],
        registry: &mut Registry<'_>,
        cite: Cite,
        ix: fn(usize) -> T,
    ) -> Vec<T> {
        let mut seen = HashSet::new();
        let mut resolved = Vec::with_capacity(ids.len());
        for (i, id) in ids.iter().enumerate() {
            if let Some(k) = self.reference(path.index(i), id, registry, cite, &mut seen) {
                resolved.push(ix(k));
            }
        }
        resolved
    }

    /// One id of a list: where it sits in its registry, if it is there; an
    /// unknown id or one already in the list (`seen`) is a problem at `at`.
    fn reference<'s>(
        &mut self,
        at: At<'_>,
        id: &'s str,
        registry: &mut Registry<'_>,
        cite: Cite,
        seen: &mut HashSet<&'s str>,
    ) -> Option<usize> {
        let known = registry.get(id);
        match known {
            Some(k) if cite == Cite::Counts => registry.cited[k] = true,
            Some(_) => {}
            None => self.fail(at, format!("unknown {} \"{id}\"", registry.what)),
        }
        if !seen.insert(id) {
            self.fail(at, format!("{} \"{id}\" is listed twice", registry.what));
        }
        known
    }

    /// A claim's or a version's sources, each with its passage.
    fn citations(
        &mut self,
        path: At<'_>,
        cited: &[file::Citation],
        refs: &mut Refs<'_>,
    ) -> Vec<Citation> {
        let mut seen = HashSet::new();
        let mut resolved = Vec::with_capacity(cited.len());
        for (i, c) in cited.iter().enumerate() {
            let item = path.index(i);
            let source = self.reference(
                item.key("id"),
                &c.id,
                &mut refs.sources,
                Cite::Counts,
                &mut seen,
            );
            self.passage(item.key("passage"), &c.passage);
            if let Some(k) = source {
                resolved.push(Citation {
                    source: SourceIx(k),
                    passage: c.passage.clone(),
                });
            }
        }
        resolved
    }

    /// A citation's passage: there, and short enough to attribute rather
    /// than republish.
    fn passage(&mut self, path: At<'_>, passage: &str) {
        let words = passage.split_whitespace().count();
        if words == 0 {
            self.fail(
                path,
                "a citation needs a passage: the source's own words, verbatim, that support the claim",
            );
        } else if words > MAX_PASSAGE_WORDS {
            self.fail(
                path,
                format!(
                    "the passage has {words} words; quote at most {MAX_PASSAGE_WORDS}: a passage attributes the claim, it does not republish the source"
                ),
            );
        }
    }

    fn outlet_refs(&mut self, path: At<'_>, ids: &[String], refs: &mut Refs<'_>) -> Vec<OutletIx> {
        self.refs(path, ids, &mut refs.outlets, Cite::Counts, OutletIx)
    }

    fn note(&mut self, path: At<'_>, note: &file::Note, refs: &mut Refs<'_>) -> Note {
        self.text(path.key("text"), &note.text);
        let concerns = self.refs(
            path.key("concerns"),
            &note.concerns,
            &mut refs.sources,
            Cite::NamesOnly,
            SourceIx,
        );
        let outlets = self.outlet_refs(path.key("outlets"), &note.outlets, refs);
        match note.kind {
            NoteKind::Outside if note.outlets.is_empty() => self.fail(
                path.key("outlets"),
                "an outside note must cite at least one outlet from \"outlets\"",
            ),
            NoteKind::Correction if !note.outlets.is_empty() => self.fail(
                path.key("outlets"),
                "a correction is our own reading and cites no outlet; make it an \"outside\" note",
            ),
            NoteKind::Correction if note.concerns.is_empty() => self.fail(
                path.key("concerns"),
                "a correction must name the source it corrects",
            ),
            _ => {}
        }
        Note {
            kind: note.kind,
            text: note.text.clone(),
            concerns,
            outlets,
        }
    }

    fn disagreement(
        &mut self,
        path: At<'_>,
        d: &file::Disagreement,
        refs: &mut Refs<'_>,
    ) -> Disagreement {
        self.text(path.key("note"), &d.note);
        let list = path.key("versions");
        if d.versions.len() < 2 {
            self.fail(list, "a disagreement needs at least two versions");
        }
        let mut versions = Vec::with_capacity(d.versions.len());
        for (v, version) in d.versions.iter().enumerate() {
            let at = list.index(v);
            self.text(at.key("text"), &version.text);
            if version.sources.is_empty() && version.outlets.is_empty() {
                self.fail(at, "cites no source or outlet");
            }
            versions.push(Version {
                text: version.text.clone(),
                citations: self.citations(at.key("sources"), &version.sources, refs),
                outlets: self.outlet_refs(at.key("outlets"), &version.outlets, refs),
            });
        }
        Disagreement {
            kind: d.kind,
            note: d.note.clone(),
            versions,
        }
    }

    fn claim(&mut self, path: At<'_>, claim: &file::Claim, refs: &mut Refs<'_>) -> Claim {
        self.text(path.key("text"), &claim.text);
        if claim.sources.is_empty() {
            self.fail(path.key("sources"), "cites no source");
        }
        let citations = self.citations(path.key("sources"), &claim.sources, refs);
        if let Some(q) = &claim.quote {
            let quote = path.key("quote");
            self.text(quote.key("text"), &q.text);
            self.text(quote.key("by"), &q.by);
        }
        let disagreement = claim
            .disagreement
            .as_ref()
            .map(|d| self.disagreement(path.key("disagreement"), d, refs));
        let notes_path = path.key("notes");
        let notes = (claim.notes.iter().enumerate())
            .map(|(n, note)| self.note(notes_path.index(n), note, refs))
            .collect();
        Claim {
            text: claim.text.clone(),
            citations,
            quote: claim.quote.clone(),
            disagreement,
            notes,
        }
    }

    fn meta(&mut self, meta: &file::Meta) -> Option<Meta> {
        let at = At::root("meta");
        self.text(at.key("title"), &meta.title);
        self.text(at.key("standfirst"), &meta.standfirst);
        let updated = self.day(at.key("updated"), &meta.updated);
        let lang = &meta.language;
        if lang.is_empty() || !lang.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            self.fail(
                at.key("language"),
                format!("\"{lang}\" is not a language tag such as \"en\""),
            );
        }
        Some(Meta {
            title: meta.title.clone(),
            standfirst: meta.standfirst.clone(),
            updated: updated?,
            language: meta.language.clone(),
        })
    }

    fn actors(&mut self, actors: &[file::Actor]) -> Vec<Actor> {
        self.ids("actors", actors.iter().map(|a| a.id.as_str()));
        let list = At::root("actors");
        for (i, actor) in actors.iter().enumerate() {
            self.text(list.index(i).key("name"), &actor.name);
        }
        actors
            .iter()
            .map(|a| Actor {
                id: a.id.clone(),
                name: a.name.clone(),
            })
            .collect()
    }

    fn sources(&mut self, sources: &[file::Source]) -> Vec<Source> {
        self.ids("sources", sources.iter().map(|s| s.id.as_str()));
        let list = At::root("sources");
        (sources.iter().enumerate())
            .map(|(i, s)| self.source(list.index(i), s))
            .collect()
    }

    fn source(&mut self, path: At<'_>, s: &file::Source) -> Source {
        self.text(path.key("seed"), &s.seed);
        self.text(path.key("publisher"), &s.publisher);
        if let Some(country) = &s.country {
            self.text(path.key("country"), country);
        }
        self.text(path.key("about"), &s.about);
        self.text(path.key("identification_note"), &s.identification_note);
        self.text(path.key("framing"), &s.framing);
        let optional = [
            ("headline", &s.headline, s.identification.headline),
            ("author", &s.author, s.identification.author),
            ("date", &s.date, s.identification.date),
        ];
        for (field, value, confidence) in optional {
            let at = path.key(field);
            match (value, confidence) {
                (None, Confidence::Unknown) => {}
                // A confirmed absent author is a piece with no byline.
                (None, Confidence::Confirmed) if field == "author" => {}
                (None, _) if field == "author" => self.fail(
                    at,
                    format!(
                        "is null but identification.author is \"{}\"; use \"confirmed\" for a piece with no byline or \"unknown\"",
                        confidence.label()
                    ),
                ),
                (None, _) => self.fail(
                    at,
                    format!(
                        "is null but identification.{field} is \"{}\"; use \"unknown\"",
                        confidence.label()
                    ),
                ),
                (Some(_), Confidence::Unknown) => self.fail(
                    at,
                    format!("has a value but identification.{field} is \"unknown\"; use null"),
                ),
                (Some(v), _) => self.text(at, v),
            }
        }
        if s.identification.publisher == Confidence::Unknown {
            self.fail(
                path.key("identification").key("publisher"),
                "a source's publisher must be known",
            );
        }
        let date = s.date.as_ref().and_then(|d| self.day(path.key("date"), d));
        self.https_address(path.key("url"), &s.url);
        Source {
            id: s.id.clone(),
            seed: s.seed.clone(),
            publisher: s.publisher.clone(),
            country: s.country.clone(),
            kind: s.kind,
            about: s.about.clone(),
            headline: s.headline.clone(),
            author: s.author.clone(),
            date,
            url: s.url.clone(),
            identification: s.identification.clone(),
            identification_note: s.identification_note.clone(),
            framing: s.framing.clone(),
        }
    }

    /// Each outlet, or `None` where its date is broken.
    fn outlets(&mut self, outlets: &[file::Outlet]) -> Vec<Option<Outlet>> {
        self.ids("outlets", outlets.iter().map(|o| o.id.as_str()));
        let list = At::root("outlets");
        let mut checked = Vec::with_capacity(outlets.len());
        for (i, o) in outlets.iter().enumerate() {
            let path = list.index(i);
            self.text(path.key("name"), &o.name);
            self.text(path.key("country"), &o.country);
            let date = self.day(path.key("date"), &o.date);
            if let Some(headline) = &o.headline {
                self.text(path.key("headline"), headline);
            }
            if let Some(via) = &o.via {
                self.text(path.key("via"), via);
            }
            if let Some(url) = &o.url {
                self.https_address(path.key("url"), url);
            }
            checked.push(date.map(|date| Outlet {
                name: o.name.clone(),
                country: o.country.clone(),
                kind: o.kind,
                date,
                headline: o.headline.clone(),
                url: o.url.clone(),
                via: o.via.clone(),
            }));
        }
        checked
    }

    /// Each era, or `None` where its dates are broken (so the list keeps
    /// era indices).
    fn eras(&mut self, eras: &[file::Era], refs: &mut Refs<'_>) -> Vec<Option<Era>> {
        self.ids("eras", eras.iter().map(|e| e.id.as_str()));
        if eras.is_empty() {
            self.fail("eras", "a story needs at least one era");
        }
        let mut checked: Vec<Option<Era>> = Vec::with_capacity(eras.len());
        let list = At::root("eras");
        for (i, era) in eras.iter().enumerate() {
            let path = list.index(i);
            self.text(path.key("label"), &era.label);
            let outlets = self.outlet_refs(path.key("outlets"), &era.outlets, refs);
            let start = self.date(path.key("start"), &era.start);
            let end = self.date(path.key("end"), &era.end);
            let span = match (start, end) {
                (Some(start), Some(end)) => (start.first_day(), end.last_day()),
                _ => {
                    checked.push(None);
                    continue;
                }
            };
            // The last era before this one with a span that makes sense.
            let previous = checked
                .iter()
                .rev()
                .flatten()
                .find(|e| e.span.0 <= e.span.1);
            if span.1 < span.0 {
                self.fail(path.key("end"), "era ends before it starts");
            } else if previous.is_some_and(|p| span.0 <= p.span.1) {
                self.fail(
                    path.key("start"),
                    "era overlaps or precedes the era before it",
                );
            }
            checked.push(Some(Era {
                id: era.id.clone(),
                label: era.label.clone(),
                span,
                outlets,
            }));
        }
        checked
    }

    fn places(&mut self, places: &[file::Place]) -> Vec<Place> {
        self.ids("places", places.iter().map(|p| p.id.as_str()));
        let list = At::root("places");
        for (i, place) in places.iter().enumerate() {
            let path = list.index(i);
            self.text(path.key("name"), &place.name);
            if !(-90.0..=90.0).contains(&place.lat) {
                self.fail(
                    path.key("lat"),
                    format!("latitude {} is outside -90..90", place.lat),
                );
            }
            if !(-180.0..=180.0).contains(&place.lon) {
                self.fail(
                    path.key("lon"),
                    format!("longitude {} is outside -180..180", place.lon),
                );
            }
        }
        places
            .iter()
            .map(|p| Place {
                name: p.name.clone(),
                lat: p.lat,
                lon: p.lon,
            })
            .collect()
    }

    fn route(&mut self, route: &file::Route, refs: &mut Refs<'_>) -> Route {
        let at = At::root("route");
        self.text(at.key("label"), &route.label);
        let stops_path = at.key("stops");
        if route.stops.len() < 2 {
            self.fail(stops_path, "a route needs at least two stops");
        }
        let mut stops = Vec::with_capacity(route.stops.len());
        for (i, stop) in route.stops.iter().enumerate() {
            match refs.places.get(stop) {
                Some(k) => stops.push(PlaceIx(k)),
                None => self.fail(stops_path.index(i), format!("unknown place \"{stop}\"")),
            }
        }
        Route {
            label: route.label.clone(),
            stops,
            outlets: self.outlet_refs(at.key("outlets"), &route.outlets, refs),
        }
    }

    /// Each event, or `None` where its date or era is broken.
    fn events(
        &mut self,
        events: &[file::Event],
        era_spans: &[Option<(Day, Day)>],
        refs: &mut Refs<'_>,
    ) -> Vec<Option<Event>> {
        self.ids("events", events.iter().map(|e| e.id.as_str()));
        if events.is_empty() {
            self.fail("events", "a story needs at least one event");
        }
        let mut checked = Vec::with_capacity(events.len());
        let mut previous_mid: Option<Day> = None;
        let list = At::root("events");
        for (i, event) in events.iter().enumerate() {
            let path = list.index(i);
            self.text(path.key("headline"), &event.headline);
            self.text(path.key("body"), &event.body);
            if let Some(label) = &event.date_label {
                self.text(path.key("date_label"), label);
            }
            let dated = self.date(path.key("date"), &event.date).and_then(|date| {
                // The middle of the span orders events, so "1950s" sits before "1955"
                // and "May 2025" after "7 May 2025".
                let mid = date.mid_day();
                if previous_mid.is_some_and(|p| mid < p) {
                    self.fail(
                        path.key("date"),
                        format!(
                            "\"{}\" is earlier than the event before it; keep events in date order",
                            event.date
                        ),
                    );
                }
                previous_mid = Some(mid);
                let era = era_spans
                    .iter()
                    .position(|s| s.is_some_and(|(a, b)| a <= mid && mid <= b));
                if era.is_none() {
                    self.fail(
                        path.key("date"),
                        format!("\"{}\" falls in no era", event.date),
                    );
                }
                Some((date, EraIx(era?)))
            });
            checked.push(self.event(path, event, dated, refs));
        }
        checked
    }

    /// The rest of an event, given its date and era (which `events` works
    /// out, as they depend on the events before it and on the eras); `None`
    /// when those are broken.
    fn event(
        &mut self,
        path: At<'_>,
        event: &file::Event,
        dated: Option<(StoryDate, EraIx)>,
        refs: &mut Refs<'_>,
    ) -> Option<Event> {
        let date_outlets = self.outlet_refs(path.key("date_outlets"), &event.date_outlets, refs);
        let actors = self.event_actors(path.key("actors"), &event.actors, refs);
        let place = match &event.place {
            Some(place) => {
                let known = refs.places.get(place).map(PlaceIx);
                if known.is_none() {
                    self.fail(path.key("place"), format!("unknown place \"{place}\""));
                }
                known
            }
            None => {
                if !event.place_outlets.is_empty() {
                    self.fail(
                        path.key("place_outlets"),
                        "names outlets for a place, but the event has no \"place\"",
                    );
                }
                None
            }
        };
        let place_outlets = self
            .outlet_refs(path.key("place_outlets"), &event.place_outlets, refs)
            .into();
        let claims_path = path.key("claims");
        if event.claims.is_empty() {
            self.fail(claims_path, "an event needs at least one claim");
        }
        let claims: Vec<Claim> = (event.claims.iter().enumerate())
            .map(|(k, claim)| self.claim(claims_path.index(k), claim, refs))
            .collect();
        let cited = card_sources(&claims, &mut refs.listed);
        let (date, era) = dated?;
        Some(Event {
            id: event.id.clone(),
            date,
            display_date: (event.date_label.clone()).unwrap_or_else(|| date_text(&date, self.ui)),
            date_is_label: event.date_label.is_some(),
            date_outlets,
            era,
            headline: event.headline.clone(),
            body: event.body.clone(),
            actors,
            place,
            place_outlets,
            claims,
            cited,
        })
    }

    fn event_actors(&mut self, path: At<'_>, actors: &[String], refs: &Refs<'_>) -> Vec<ActorIx> {
        if actors.is_empty() {
            self.fail(path, "names no actor");
        }
        let mut seen = HashSet::new();
        let mut resolved = Vec::with_capacity(actors.len());
        for (a, actor) in actors.iter().enumerate() {
            match refs.actors.get(actor) {
                None => self.fail(path.index(a), format!("unknown actor \"{actor}\"")),
                Some(_) if !seen.insert(actor) => {
                    self.fail(path.index(a), format!("actor \"{actor}\" is listed twice"))
                }
                Some(k) => resolved.push(ActorIx(k)),
            }
        }
        resolved
    }

    /// Every source and outlet must be cited somewhere: an unused one is
    /// usually a misspelt id elsewhere.
    fn uncited(&mut self, section: &str, ids: &[&str], registry: &Registry<'_>) {
        let list = At::root(section);
        for (i, id) in ids.iter().enumerate() {
            if !registry.cited[i] && registry.get(id) == Some(i) {
                self.fail(
                    list.index(i),
                    format!("{} \"{id}\" is never cited", registry.what),
                );
            }
        }
    }
}

/// The sources a card cites, in order of first citation. `listed` is one
/// flag per source, all false on entry and on return: one pass over the
/// citations, whatever their number.
fn card_sources(claims: &[Claim], listed: &mut [bool]) -> Vec<SourceIx> {
    let mut cited = Vec::new();
    for c in claims.iter().flat_map(Claim::all_citations) {
        if let Some(seen) = listed.get_mut(c.source.0) {
            if !*seen {
                *seen = true;
                cited.push(c.source);
            }
        }
    }
    for s in &cited {
        if let Some(seen) = listed.get_mut(s.0) {
            *seen = false;
        }
    }
    cited
}

/// Checks every rule, section by section, and builds the typed story when
/// none is broken.
pub fn validate(story: &StoryFile) -> Result<Story, Vec<Problem>> {
    let lang = Lang::from_tag(&story.meta.language).unwrap_or(Lang::En);
    let mut c = Checker {
        problems: Vec::new(),
        ui: lang.ui(),
    };
    let mut refs = Refs {
        sources: Registry::new("source", story.sources.iter().map(|s| s.id.as_str())),
        outlets: Registry::new("outlet", story.outlets.iter().map(|o| o.id.as_str())),
        actors: Registry::new("actor", story.actors.iter().map(|a| a.id.as_str())),
        places: Registry::new("place", story.places.iter().map(|p| p.id.as_str())),
        listed: vec![false; story.sources.len()],
    };
    let meta = c.meta(&story.meta);
    let actors = c.actors(&story.actors);
    let sources = c.sources(&story.sources);
    let outlets = c.outlets(&story.outlets);
    let eras = c.eras(&story.eras, &mut refs);
    let places = c.places(&story.places);
    let route = story.route.as_ref().map(|r| c.route(r, &mut refs));
    let spans: Vec<Option<(Day, Day)>> = eras.iter().map(|e| e.as_ref().map(|e| e.span)).collect();
    let events = c.events(&story.events, &spans, &mut refs);
    let source_ids: Vec<&str> = story.sources.iter().map(|s| s.id.as_str()).collect();
    c.uncited("sources", &source_ids, &refs.sources);
    let outlet_ids: Vec<&str> = story.outlets.iter().map(|o| o.id.as_str()).collect();
    c.uncited("outlets", &outlet_ids, &refs.outlets);

    if !c.problems.is_empty() {
        return Err(c.problems);
    }
    let story = || {
        Some(Story {
            meta: meta?,
            actors,
            sources,
            outlets: outlets.into_iter().collect::<Option<_>>()?,
            eras: eras.into_iter().collect::<Option<_>>()?,
            places,
            route,
            events: events.into_iter().collect::<Option<_>>()?,
        })
    };
    // Every part left out above comes with a problem, so this holds; said
    // plainly if it ever does not.
    story().ok_or_else(|| vec![Problem::new("(file)", "cannot be read as a story")])
}
