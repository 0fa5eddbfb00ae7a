//! Every rule a story must satisfy, each broken rule reported with its JSON
//! path, all of them at once so an editor can fix a file in one pass.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::date::{Day, Precision, StoryDate};
use super::model::{Claim, Confidence, Note, StoryFile};

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

    /// Checks a list of source ids and records each one as cited.
    fn citations(
        &mut self,
        path: At<'_>,
        ids: &[String],
        known: &HashMap<&str, usize>,
        cited: &mut [bool],
        must_cite: bool,
    ) {
        if must_cite && ids.is_empty() {
            self.fail(path, "cites no source");
        }
        let mut seen = HashSet::new();
        for (i, id) in ids.iter().enumerate() {
            let item = path.index(i);
            match known.get(id.as_str()) {
                Some(&k) => cited[k] = true,
                None => self.fail(item, format!("unknown source \"{id}\"")),
            }
            if !seen.insert(id) {
                self.fail(item, format!("source \"{id}\" is listed twice"));
            }
        }
    }

    fn note(&mut self, path: At<'_>, note: &Note, known: &HashMap<&str, usize>) {
        self.text(path.key("text"), &note.text);
        // A note's `concerns` names what it corrects; it is not a citation.
        let mut ignored = vec![false; known.len()];
        self.citations(
            path.key("concerns"),
            &note.concerns,
            known,
            &mut ignored,
            false,
        );
        let outlets = path.key("outlets");
        for (i, outlet) in note.outlets.iter().enumerate() {
            self.text(outlets.index(i), outlet);
        }
    }

    fn claim(
        &mut self,
        path: At<'_>,
        claim: &Claim,
        known: &HashMap<&str, usize>,
        cited: &mut [bool],
    ) {
        self.text(path.key("text"), &claim.text);
        self.citations(path.key("sources"), &claim.sources, known, cited, true);
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
                self.citations(at.key("sources"), &version.sources, known, cited, true);
            }
        }
        let notes = path.key("notes");
        for (n, note) in claim.notes.iter().enumerate() {
            self.note(notes.index(n), note, known);
        }
    }
}

pub fn validate(story: &StoryFile) -> Result<Derived, Vec<Problem>> {
    let mut c = Checker {
        problems: Vec::new(),
    };

    c.text("meta.title", &story.meta.title);
    c.text("meta.standfirst", &story.meta.standfirst);
    c.day_date("meta.updated", &story.meta.updated);
    let lang = &story.meta.language;
    if lang.is_empty() || !lang.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        c.fail(
            "meta.language",
            format!("\"{lang}\" is not a language tag such as \"en\""),
        );
    }

    c.ids("actors", story.actors.iter().map(|a| a.id.as_str()));
    for (i, actor) in story.actors.iter().enumerate() {
        c.text(format!("actors[{i}].name"), &actor.name);
    }

    c.ids("sources", story.sources.iter().map(|s| s.id.as_str()));
    for (i, s) in story.sources.iter().enumerate() {
        let path = format!("sources[{i}]");
        c.text(format!("{path}.seed"), &s.seed);
        c.text(format!("{path}.publisher"), &s.publisher);
        c.text(
            format!("{path}.identification_note"),
            &s.identification_note,
        );
        c.text(format!("{path}.framing"), &s.framing);
        let optional = [
            ("headline", &s.headline, s.identification.headline),
            ("author", &s.author, s.identification.author),
            ("date", &s.date, s.identification.date),
        ];
        for (field, value, confidence) in optional {
            let fpath = format!("{path}.{field}");
            match (value, confidence) {
                (None, Confidence::Unknown) => {}
                (None, _) => c.fail(
                    fpath,
                    format!(
                        "is null but identification.{field} is \"{}\"; use \"unknown\"",
                        confidence.label()
                    ),
                ),
                (Some(_), Confidence::Unknown) => c.fail(
                    fpath,
                    format!("has a value but identification.{field} is \"unknown\"; use null"),
                ),
                (Some(v), _) => c.text(fpath, v),
            }
        }
        if s.identification.publisher == Confidence::Unknown {
            c.fail(
                format!("{path}.identification.publisher"),
                "a source's publisher must be known",
            );
        }
        if let Some(date) = &s.date {
            c.day_date(&format!("{path}.date"), date);
        }
        let host = s.url.strip_prefix("https://").unwrap_or("");
        let host = host.split(['/', '?', '#']).next().unwrap_or("");
        if host.is_empty()
            || !host.contains('.')
            || !host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        {
            c.fail(
                format!("{path}.url"),
                format!("\"{}\" is not an https:// address", s.url),
            );
        }
    }
    // The first source with an id owns it; a duplicate is reported above.
    let mut known: HashMap<&str, usize> = HashMap::new();
    for (i, s) in story.sources.iter().enumerate() {
        known.entry(s.id.as_str()).or_insert(i);
    }
    let actors: HashSet<&str> = story.actors.iter().map(|a| a.id.as_str()).collect();

    c.ids("eras", story.eras.iter().map(|e| e.id.as_str()));
    if story.eras.is_empty() {
        c.fail("eras", "a story needs at least one era");
    }
    let mut era_spans = Vec::with_capacity(story.eras.len());
    let eras = At::root("eras");
    for (i, era) in story.eras.iter().enumerate() {
        let path = eras.index(i);
        c.text(path.key("label"), &era.label);
        let start = c.date(path.key("start"), &era.start);
        let end = c.date(path.key("end"), &era.end);
        // Every era gets a span, a broken one an empty span, so span indices
        // stay era indices.
        let span = match (start, end) {
            (Some(start), Some(end)) => (start.first_day(), end.last_day()),
            _ => (1, 0),
        };
        if start.is_some() && end.is_some() {
            if span.1 < span.0 {
                c.fail(path.key("end"), "era ends before it starts");
            } else if let Some(&(_, prev_end)) = era_spans.iter().rev().find(|(a, b)| a <= b) {
                if span.0 <= prev_end {
                    c.fail(
                        path.key("start"),
                        "era overlaps or precedes the era before it",
                    );
                }
            }
        }
        era_spans.push(span);
    }

    c.ids("places", story.places.iter().map(|p| p.id.as_str()));
    for (i, place) in story.places.iter().enumerate() {
        c.text(format!("places[{i}].name"), &place.name);
        if !(-90.0..=90.0).contains(&place.lat) {
            c.fail(
                format!("places[{i}].lat"),
                format!("latitude {} is outside -90..90", place.lat),
            );
        }
        if !(-180.0..=180.0).contains(&place.lon) {
            c.fail(
                format!("places[{i}].lon"),
                format!("longitude {} is outside -180..180", place.lon),
            );
        }
    }
    let places: HashSet<&str> = story.places.iter().map(|p| p.id.as_str()).collect();
    if let Some(route) = &story.route {
        c.text("route.label", &route.label);
        if route.stops.len() < 2 {
            c.fail("route.stops", "a route needs at least two stops");
        }
        for (i, stop) in route.stops.iter().enumerate() {
            if !places.contains(stop.as_str()) {
                c.fail(
                    format!("route.stops[{i}]"),
                    format!("unknown place \"{stop}\""),
                );
            }
        }
    }

    c.ids("events", story.events.iter().map(|e| e.id.as_str()));
    if story.events.is_empty() {
        c.fail("events", "a story needs at least one event");
    }
    let mut cited = vec![false; story.sources.len()];
    let mut event_dates = Vec::with_capacity(story.events.len());
    let mut event_eras = Vec::with_capacity(story.events.len());
    let mut previous_mid: Option<Day> = None;
    let events = At::root("events");
    for (i, event) in story.events.iter().enumerate() {
        let path = events.index(i);
        c.text(path.key("headline"), &event.headline);
        c.text(path.key("body"), &event.body);
        if let Some(label) = &event.date_label {
            c.text(path.key("date_label"), label);
        }
        if let Some(date) = c.date(path.key("date"), &event.date) {
            // The middle of the span orders events, so "1950s" sits before "1955"
            // and "May 2025" after "7 May 2025".
            let mid = date.mid_day();
            if previous_mid.is_some_and(|p| mid < p) {
                c.fail(
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
                None => c.fail(
                    path.key("date"),
                    format!("\"{}\" falls in no era", event.date),
                ),
            }
            event_dates.push(date);
        }
        let actors_at = path.key("actors");
        if event.actors.is_empty() {
            c.fail(actors_at, "names no actor");
        }
        let mut seen = HashSet::new();
        for (a, actor) in event.actors.iter().enumerate() {
            if !actors.contains(actor.as_str()) {
                c.fail(actors_at.index(a), format!("unknown actor \"{actor}\""));
            } else if !seen.insert(actor) {
                c.fail(
                    actors_at.index(a),
                    format!("actor \"{actor}\" is listed twice"),
                );
            }
        }
        if let Some(place) = &event.place {
            if !places.contains(place.as_str()) {
                c.fail(path.key("place"), format!("unknown place \"{place}\""));
            }
        }
        let claims = path.key("claims");
        if event.claims.is_empty() {
            c.fail(claims, "an event needs at least one claim");
        }
        for (k, claim) in event.claims.iter().enumerate() {
            c.claim(claims.index(k), claim, &known, &mut cited);
        }
    }
    for (i, s) in story.sources.iter().enumerate() {
        if !cited[i] && known.get(s.id.as_str()) == Some(&i) {
            c.fail(
                format!("sources[{i}]"),
                format!("source \"{}\" is never cited", s.id),
            );
        }
    }

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
