//! Every rule a story must satisfy, each broken rule reported with its JSON
//! path, all of them at once so an editor can fix a file in one pass.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::date::{Day, Precision, StoryDate};
use super::model::{
    Actor, Claim, Confidence, Era, Event, Meta, Note, NoteKind, Outlet, Source, StoryFile,
};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// JSON path such as `events[7].claims[2].sources[0]`, or a line/column
    /// position for syntax errors.
    pub path: String,
    pub message: String,
}

impl Problem {
    fn new(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            path: path.into(),
            message: message.into(),
        }
    }
}

/// Everything wrong with one story file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub file: String,
    pub problems: Vec<Problem>,
}

impl Report {
    /// A problem with the file as a whole (too big, not loaded, unreadable),
    /// rather than at a JSON path.
    pub fn whole_file(file: &str, message: impl Into<String>) -> Report {
        Report {
            file: file.to_string(),
            problems: vec![Problem::new("(file)", message)],
        }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}: {}: {}", self.file, p.path, p.message)?;
        }
        Ok(())
    }
}

/// What validation derives from the file, so nobody parses a date twice.
pub struct Derived {
    pub event_dates: Vec<StoryDate>,
    pub event_eras: Vec<usize>,
    pub era_spans: Vec<(Day, Day)>,
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

/// A JSON path such as `events[7].claims[2]`, written out only when a
/// problem is reported. Formatting every path up front cost more than
/// parsing the file (measured on a 10,000-event story), for text nobody reads
/// when the story is valid.
#[derive(Clone, Copy)]
struct At<'a> {
    parent: Option<&'a At<'a>>,
    step: Step<'a>,
}

#[derive(Clone, Copy)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

impl<'a> At<'a> {
    fn root(key: &'a str) -> At<'a> {
        At {
            parent: None,
            step: Step::Key(key),
        }
    }

    fn key(&'a self, key: &'a str) -> At<'a> {
        At {
            parent: Some(self),
            step: Step::Key(key),
        }
    }

    fn index(&'a self, index: usize) -> At<'a> {
        At {
            parent: Some(self),
            step: Step::Index(index),
        }
    }
}

impl fmt::Display for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(parent) = self.parent {
            write!(f, "{parent}")?;
        }
        match self.step {
            Step::Key(key) if self.parent.is_some() => write!(f, ".{key}"),
            Step::Key(key) => f.write_str(key),
            Step::Index(index) => write!(f, "[{index}]"),
        }
    }
}

/// The ids of one list (sources or outlets), and which of them something cites.
struct Registry<'a> {
    /// "source" or "outlet", for messages.
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
}

/// Whether a reference counts as a citation (a claim's sources) or only
/// names what it is about (a note's `concerns`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cite {
    Counts,
    NamesOnly,
}

struct Checker {
    problems: Vec<Problem>,
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
            if !is_slug(id) {
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

    fn day_date(&mut self, path: impl fmt::Display + Copy, text: &str) {
        if let Some(d) = self.date(path, text) {
            if d.to.is_some() || d.approximate || d.from.precision() != Precision::Day {
                self.fail(path, format!("\"{text}\" must be a single day, YYYY-MM-DD"));
            }
        }
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

    /// Checks a list of ids against a registry, recording citations.
    fn refs(&mut self, path: At<'_>, ids: &[String], registry: &mut Registry<'_>, cite: Cite) {
        let mut seen = HashSet::new();
        for (i, id) in ids.iter().enumerate() {
            let item = path.index(i);
            match registry.index.get(id.as_str()) {
                Some(&k) if cite == Cite::Counts => registry.cited[k] = true,
                Some(_) => {}
                None => self.fail(item, format!("unknown {} \"{id}\"", registry.what)),
            }
            if !seen.insert(id) {
                self.fail(item, format!("{} \"{id}\" is listed twice", registry.what));
            }
        }
    }

    fn note(&mut self, path: At<'_>, note: &Note, refs: &mut Refs<'_>) {
        self.text(path.key("text"), &note.text);
        self.refs(
            path.key("concerns"),
            &note.concerns,
            &mut refs.sources,
            Cite::NamesOnly,
        );
        self.refs(
            path.key("outlets"),
            &note.outlets,
            &mut refs.outlets,
            Cite::Counts,
        );
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
    }

    fn claim(&mut self, path: At<'_>, claim: &Claim, refs: &mut Refs<'_>) {
        self.text(path.key("text"), &claim.text);
        if claim.sources.is_empty() {
            self.fail(path.key("sources"), "cites no source");
        }
        self.refs(
            path.key("sources"),
            &claim.sources,
            &mut refs.sources,
            Cite::Counts,
        );
        if let Some(q) = &claim.quote {
            let quote = path.key("quote");
            self.text(quote.key("text"), &q.text);
            self.text(quote.key("by"), &q.by);
        }
        if let Some(d) = &claim.disagreement {
            let disagreement = path.key("disagreement");
            self.text(disagreement.key("note"), &d.note);
            let versions = disagreement.key("versions");
            if d.versions.len() < 2 {
                self.fail(versions, "a disagreement needs at least two versions");
            }
            for (v, version) in d.versions.iter().enumerate() {
                let at = versions.index(v);
                self.text(at.key("text"), &version.text);
                if version.sources.is_empty() && version.outlets.is_empty() {
                    self.fail(at, "cites no source or outlet");
                }
                self.refs(
                    at.key("sources"),
                    &version.sources,
                    &mut refs.sources,
                    Cite::Counts,
                );
                self.refs(
                    at.key("outlets"),
                    &version.outlets,
                    &mut refs.outlets,
                    Cite::Counts,
                );
            }
        }
        let notes = path.key("notes");
        for (n, note) in claim.notes.iter().enumerate() {
            self.note(notes.index(n), note, refs);
        }
    }

    fn meta(&mut self, meta: &Meta) {
        let at = At::root("meta");
        self.text(at.key("title"), &meta.title);
        self.text(at.key("standfirst"), &meta.standfirst);
        self.day_date(at.key("updated"), &meta.updated);
        let lang = &meta.language;
        if lang.is_empty() || !lang.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            self.fail(
                at.key("language"),
                format!("\"{lang}\" is not a language tag such as \"en\""),
            );
        }
    }

    fn actors(&mut self, actors: &[Actor]) {
        self.ids("actors", actors.iter().map(|a| a.id.as_str()));
        let list = At::root("actors");
        for (i, actor) in actors.iter().enumerate() {
            self.text(list.index(i).key("name"), &actor.name);
        }
    }

    fn sources(&mut self, sources: &[Source]) {
        self.ids("sources", sources.iter().map(|s| s.id.as_str()));
        let list = At::root("sources");
        for (i, s) in sources.iter().enumerate() {
            let path = list.index(i);
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
            if let Some(date) = &s.date {
                self.day_date(path.key("date"), date);
            }
            self.https_address(path.key("url"), &s.url);
        }
    }

    fn outlets(&mut self, outlets: &[Outlet]) {
        self.ids("outlets", outlets.iter().map(|o| o.id.as_str()));
        let list = At::root("outlets");
        for (i, o) in outlets.iter().enumerate() {
            let path = list.index(i);
            self.text(path.key("name"), &o.name);
            self.text(path.key("country"), &o.country);
            self.day_date(path.key("date"), &o.date);
            if let Some(headline) = &o.headline {
                self.text(path.key("headline"), headline);
            }
            if let Some(via) = &o.via {
                self.text(path.key("via"), via);
            }
            if let Some(url) = &o.url {
                self.https_address(path.key("url"), url);
            }
        }
    }

    /// First and last day of each era; a broken era gets an empty span so
    /// span indices stay era indices.
    fn eras(&mut self, eras: &[Era], refs: &mut Refs<'_>) -> Vec<(Day, Day)> {
        self.ids("eras", eras.iter().map(|e| e.id.as_str()));
        if eras.is_empty() {
            self.fail("eras", "a story needs at least one era");
        }
        let mut spans: Vec<(Day, Day)> = Vec::with_capacity(eras.len());
        let list = At::root("eras");
        for (i, era) in eras.iter().enumerate() {
            let path = list.index(i);
            self.text(path.key("label"), &era.label);
            self.refs(
                path.key("outlets"),
                &era.outlets,
                &mut refs.outlets,
                Cite::Counts,
            );
            let start = self.date(path.key("start"), &era.start);
            let end = self.date(path.key("end"), &era.end);
            let span = match (start, end) {
                (Some(start), Some(end)) => (start.first_day(), end.last_day()),
                _ => (1, 0),
            };
            if start.is_some() && end.is_some() {
                if span.1 < span.0 {
                    self.fail(path.key("end"), "era ends before it starts");
                } else if let Some(&(_, prev_end)) = spans.iter().rev().find(|(a, b)| a <= b) {
                    if span.0 <= prev_end {
                        self.fail(
                            path.key("start"),
                            "era overlaps or precedes the era before it",
                        );
                    }
                }
            }
            spans.push(span);
        }
        spans
    }

    fn places_and_route(&mut self, story: &StoryFile, refs: &mut Refs<'_>) {
        self.ids("places", story.places.iter().map(|p| p.id.as_str()));
        let list = At::root("places");
        for (i, place) in story.places.iter().enumerate() {
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
        let Some(route) = &story.route else {
            return;
        };
        let at = At::root("route");
        self.text(at.key("label"), &route.label);
        let stops = at.key("stops");
        if route.stops.len() < 2 {
            self.fail(stops, "a route needs at least two stops");
        }
        for (i, stop) in route.stops.iter().enumerate() {
            if !refs.places.contains(stop.as_str()) {
                self.fail(stops.index(i), format!("unknown place \"{stop}\""));
            }
        }
        self.refs(
            at.key("outlets"),
            &route.outlets,
            &mut refs.outlets,
            Cite::Counts,
        );
    }

    fn events(
        &mut self,
        events: &[Event],
        era_spans: &[(Day, Day)],
        refs: &mut Refs<'_>,
    ) -> (Vec<StoryDate>, Vec<usize>) {
        self.ids("events", events.iter().map(|e| e.id.as_str()));
        if events.is_empty() {
            self.fail("events", "a story needs at least one event");
        }
        let mut event_dates = Vec::with_capacity(events.len());
        let mut event_eras = Vec::with_capacity(events.len());
        let mut previous_mid: Option<Day> = None;
        let list = At::root("events");
        for (i, event) in events.iter().enumerate() {
            let path = list.index(i);
            self.text(path.key("headline"), &event.headline);
            self.text(path.key("body"), &event.body);
            if let Some(label) = &event.date_label {
                self.text(path.key("date_label"), label);
            }
            if let Some(date) = self.date(path.key("date"), &event.date) {
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
                match era_spans.iter().position(|&(a, b)| a <= mid && mid <= b) {
                    Some(era) => event_eras.push(era),
                    None => self.fail(
                        path.key("date"),
                        format!("\"{}\" falls in no era", event.date),
                    ),
                }
                event_dates.push(date);
            }
            self.refs(
                path.key("date_outlets"),
                &event.date_outlets,
                &mut refs.outlets,
                Cite::Counts,
            );
            self.event_actors(path.key("actors"), &event.actors, refs);
            match &event.place {
                Some(place) if !refs.places.contains(place.as_str()) => {
                    self.fail(path.key("place"), format!("unknown place \"{place}\""));
                }
                None if !event.place_outlets.is_empty() => self.fail(
                    path.key("place_outlets"),
                    "names outlets for a place, but the event has no \"place\"",
                ),
                _ => {}
            }
            self.refs(
                path.key("place_outlets"),
                &event.place_outlets,
                &mut refs.outlets,
                Cite::Counts,
            );
            let claims = path.key("claims");
            if event.claims.is_empty() {
                self.fail(claims, "an event needs at least one claim");
            }
            for (k, claim) in event.claims.iter().enumerate() {
                self.claim(claims.index(k), claim, refs);
            }
        }
        (event_dates, event_eras)
    }

    fn event_actors(&mut self, path: At<'_>, actors: &[String], refs: &Refs<'_>) {
        if actors.is_empty() {
            self.fail(path, "names no actor");
        }
        let mut seen = HashSet::new();
        for (a, actor) in actors.iter().enumerate() {
            if !refs.actors.contains(actor.as_str()) {
                self.fail(path.index(a), format!("unknown actor \"{actor}\""));
            } else if !seen.insert(actor) {
                self.fail(path.index(a), format!("actor \"{actor}\" is listed twice"));
            }
        }
    }

    /// Every source and outlet must be cited somewhere: an unused one is
    /// usually a misspelt id elsewhere.
    fn uncited(&mut self, section: &str, ids: &[&str], registry: &Registry<'_>) {
        let list = At::root(section);
        for (i, id) in ids.iter().enumerate() {
            if !registry.cited[i] && registry.index.get(id) == Some(&i) {
                self.fail(
                    list.index(i),
                    format!("{} \"{id}\" is never cited", registry.what),
                );
            }
        }
    }
}

/// What the checks of one section need from the others.
struct Refs<'a> {
    sources: Registry<'a>,
    outlets: Registry<'a>,
    actors: HashSet<&'a str>,
    places: HashSet<&'a str>,
}

pub fn validate(story: &StoryFile) -> Result<Derived, Vec<Problem>> {
    let mut c = Checker {
        problems: Vec::new(),
    };
    let mut refs = Refs {
        sources: Registry::new("source", story.sources.iter().map(|s| s.id.as_str())),
        outlets: Registry::new("outlet", story.outlets.iter().map(|o| o.id.as_str())),
        actors: story.actors.iter().map(|a| a.id.as_str()).collect(),
        places: story.places.iter().map(|p| p.id.as_str()).collect(),
    };
    c.meta(&story.meta);
    c.actors(&story.actors);
    c.sources(&story.sources);
    c.outlets(&story.outlets);
    let era_spans = c.eras(&story.eras, &mut refs);
    c.places_and_route(story, &mut refs);
    let (event_dates, event_eras) = c.events(&story.events, &era_spans, &mut refs);
    let source_ids: Vec<&str> = story.sources.iter().map(|s| s.id.as_str()).collect();
    c.uncited("sources", &source_ids, &refs.sources);
    let outlet_ids: Vec<&str> = story.outlets.iter().map(|o| o.id.as_str()).collect();
    c.uncited("outlets", &outlet_ids, &refs.outlets);

    if c.problems.is_empty() {
        Ok(Derived {
            event_dates,
            event_eras,
            era_spans,
        })
    } else {
        Err(c.problems)
    }
}
