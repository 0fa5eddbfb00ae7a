//! No outside fact without its outlet. The validator cannot read prose, so
//! this test lists the fields where outside data can slip in (an event's
//! date, its place, the route, era labels, and any day, year or place named
//! in a headline, body, claim, label or the standfirst) and checks that each
//! is either given by a seed the card cites or wired to an outlet, which the
//! reader sees as a "†" marker or an outside note.

mod common;

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use alignment_explainer::story::date::{
    civil_from_days, days_from_civil, Day, Precision, StoryDate,
};
use alignment_explainer::story::{Citation, Event, PlaceIx, Story};
use common::{seed_by_source, shipped};

/// The shipped story is English: its month names are the English table's.
fn month_name(month: u32) -> &'static str {
    let months = &alignment_explainer::i18n::Lang::En.ui().months;
    (months.get((month as usize).wrapping_sub(1))).map_or("?", |m| m)
}

const WEEKDAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

/// Sunday is 0; day 0 (1 January 1970) was a Thursday.
fn weekday(day: Day) -> usize {
    (day + 4).rem_euclid(7) as usize
}

/// What one seed establishes about time: the days it names ("May 26",
/// "26 May", or a weekday within a week of its own date, either way) and
/// the years it names or was published in.
struct Grounding {
    text: String,
    days: HashSet<Day>,
    years: HashSet<i32>,
}

fn grounding(text: &str, published: Option<Day>) -> Grounding {
    let mut days = HashSet::new();
    let mut years = HashSet::new();
    let year_of_publication = published.map(|d| civil_from_days(d).0);
    years.extend(year_of_publication);
    days.extend(published);
    if let Some(y) = year_of_publication.filter(|_| text.to_lowercase().contains("last year")) {
        years.insert(y - 1);
    }
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    for (i, word) in words.iter().enumerate() {
        if let Ok(y) = word.parse::<i32>() {
            if (1900..2100).contains(&y) {
                years.insert(y);
            }
        }
        if let Some(month) = (1..=12).find(|&m| month_name(m) == *word) {
            let year = year_of_publication.unwrap_or(0);
            for neighbour in [i.checked_sub(1), Some(i + 1)].into_iter().flatten() {
                if let Some(d) = words.get(neighbour).and_then(|w| w.parse::<u32>().ok()) {
                    if (1..=31).contains(&d) {
                        days.insert(days_from_civil(year, month, d));
                    }
                }
            }
        }
        if let (Some(w), Some(p)) = (WEEKDAYS.iter().position(|d| d == word), published) {
            for offset in -6..=6 {
                if weekday(p + offset) == w {
                    days.insert(p + offset);
                }
            }
        }
    }
    Grounding {
        text: text.to_string(),
        days,
        years,
    }
}

/// Days and years named in reader-facing prose: "25 May", "25–28 May",
/// "May 25", "1983".
fn named_in(text: &str, year: i32) -> (Vec<Day>, Vec<i32>) {
    let mut days = Vec::new();
    let mut years = Vec::new();
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '–')
        .filter(|w| !w.is_empty())
        .collect();
    for (i, word) in words.iter().enumerate() {
        if let Ok(y) = word.parse::<i32>() {
            if (1900..2100).contains(&y) && word.len() == 4 {
                years.push(y);
            }
        }
        let Some(month) = (1..=12).find(|&m| month_name(m) == *word) else {
            continue;
        };
        let year = words
            .get(i + 1)
            .and_then(|w| w.parse::<i32>().ok())
            .filter(|y| (1900..2100).contains(y))
            .unwrap_or(year);
        for neighbour in [i.checked_sub(1), Some(i + 1)].into_iter().flatten() {
            let Some(w) = words.get(neighbour) else {
                continue;
            };
            for part in w.split('–') {
                if let Some(d) = part.parse::<u32>().ok().filter(|d| (1..=31).contains(d)) {
                    days.push(days_from_civil(year, month, d));
                }
            }
        }
    }
    (days, years)
}

fn show(day: Day) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{d} {} {y}", month_name(m))
}

/// Dates a seed gives in words this test cannot resolve by itself: the
/// event, the source and the seed's words, which must be in that seed.
const GIVEN_IN_WORDS: &[(&str, &str, &str)] = &[(
    "pakistan-strikes",
    "radiodalsan",
    "over the following three days",
)];

/// What each cited seed establishes.
struct Checker {
    seeds: HashMap<String, Grounding>,
}

impl Checker {
    fn new(story: &Story) -> Checker {
        let texts = seed_by_source(story);
        let seeds = story
            .sources
            .iter()
            .map(|s| {
                let published = s.date.as_ref().map(|d| d.day);
                (s.id.clone(), grounding(&texts[&s.id], published))
            })
            .collect();
        Checker { seeds }
    }

    /// The seeds a card cites, in claims and disagreement versions.
    fn cited_by(&self, story: &Story, event: &Event) -> Vec<&Grounding> {
        self.seeds_of(event.cited.iter().map(|&s| story.source(s).id.as_str()))
    }

    /// The seeds a list of citations names.
    fn cited_in(&self, story: &Story, citations: &[Citation]) -> Vec<&Grounding> {
        self.seeds_of(citations.iter().map(|c| story.source(c.source).id.as_str()))
    }

    fn seeds_of<'a>(&self, ids: impl Iterator<Item = &'a str>) -> Vec<&Grounding> {
        ids.filter_map(|id| self.seeds.get(id)).collect()
    }

    fn all(&self) -> Vec<&Grounding> {
        self.seeds.values().collect()
    }
}

/// Days and years named in `text` must be given by one of `seeds`.
fn prose(problems: &mut Vec<String>, path: &str, text: &str, seeds: &[&Grounding], year: i32) {
    let (days, years) = named_in(text, year);
    for day in days {
        if !seeds.iter().any(|g| g.days.contains(&day)) {
            problems.push(format!(
                "{path}: names {}, which no seed it cites gives: cite the outlet in a note or a marker, or leave it out",
                show(day)
            ));
        }
    }
    for y in years {
        if !seeds.iter().any(|g| g.years.contains(&y)) {
            problems.push(format!(
                "{path}: names the year {y}, which no seed it cites gives"
            ));
        }
    }
}

/// An event's date, to the precision shown, must be given by a seed the
/// card cites, or carry its outlets. A `date_label` replaces the date for
/// readers (the date then only orders the cards), so the label is what is
/// checked, as prose.
fn event_date(
    problems: &mut Vec<String>,
    path: &str,
    event: &Event,
    date: &StoryDate,
    seeds: &[&Grounding],
) {
    if !event.date_outlets.is_empty()
        || event.date_is_label
        || GIVEN_IN_WORDS.iter().any(|(id, _, _)| *id == event.id)
    {
        return;
    }
    for point in std::iter::once(date.from).chain(date.to) {
        let given = match point.precision() {
            Precision::Day => seeds.iter().any(|g| g.days.contains(&point.first_day())),
            Precision::Month => {
                let month = month_name(point.month.unwrap_or(0));
                seeds.iter().any(|g| {
                    g.years.contains(&point.year)
                        && (g.text.contains(month) || g.text.contains("this month"))
                })
            }
            Precision::Year => seeds.iter().any(|g| g.years.contains(&point.year)),
        };
        if !given {
            problems.push(format!(
                "{path}.date: \"{}\" is not given by any seed the card cites; add \"date_outlets\" or date it only as precisely as the seeds do",
                event.date.notation()
            ));
            return;
        }
    }
}

fn check(story: &Story) -> Vec<String> {
    let c = Checker::new(story);
    let mut problems = Vec::new();
    for (event, source, words) in GIVEN_IN_WORDS {
        let cites = story
            .events
            .iter()
            .find(|e| e.id == *event)
            .is_some_and(|e| {
                e.claims
                    .iter()
                    .any(|k| (k.citations.iter()).any(|c| story.source(c.source).id == *source))
            });
        let said = c.seeds.get(*source).is_some_and(|g| g.text.contains(words));
        if !cites || !said {
            problems.push(format!(
                "GIVEN_IN_WORDS: event {event} must cite {source}, whose text must contain {words:?}"
            ));
        }
    }
    let all = c.all();
    let meta = &story.meta;
    prose(
        &mut problems,
        "meta.standfirst",
        &meta.standfirst,
        &all,
        2025,
    );
    prose(&mut problems, "meta.title", &meta.title, &all, 2025);
    if let Some(route) = story.route.as_ref().filter(|r| r.outlets.is_empty()) {
        prose(&mut problems, "route.label", &route.label, &all, 2025);
        for (i, &stop) in route.stops.iter().enumerate() {
            let name = story.place(stop).name.as_str();
            if !all.iter().any(|g| g.text.contains(name)) {
                problems.push(format!(
                    "route.stops[{i}]: {name} is named by no seed; add route \"outlets\""
                ));
            }
        }
    }
    for (i, era) in story
        .eras
        .iter()
        .enumerate()
        .filter(|(_, e)| e.outlets.is_empty())
    {
        prose(
            &mut problems,
            &format!("eras[{i}].label"),
            &era.label,
            &all,
            2025,
        );
    }
    for (i, event) in story.events.iter().enumerate() {
        let path = format!("events[{i}] ({})", event.id);
        let cited = c.cited_by(story, event);
        let date = &event.date;
        let year = date.from.year;
        event_date(&mut problems, &path, event, date, &cited);
        if let Some(place) = event.place.map(|p| story.place(p)) {
            if event.place_outlets.is_empty() && !cited.iter().any(|g| g.text.contains(&place.name))
            {
                problems.push(format!(
                    "{path}.place: {} is not named by any seed the card cites; add \"place_outlets\"",
                    place.name
                ));
            }
        }
        // The label sits beside the date's marker, so it may repeat what the marker cites.
        if let Some(label) = Some(&event.display_date)
            .filter(|_| event.date_is_label && event.date_outlets.is_empty())
        {
            prose(
                &mut problems,
                &format!("{path}.date_label"),
                label,
                &cited,
                year,
            );
        }
        prose(
            &mut problems,
            &format!("{path}.headline"),
            &event.headline,
            &cited,
            year,
        );
        prose(
            &mut problems,
            &format!("{path}.body"),
            &event.body,
            &cited,
            year,
        );
        for (k, claim) in event.claims.iter().enumerate() {
            let own = c.cited_in(story, &claim.citations);
            prose(
                &mut problems,
                &format!("{path}.claims[{k}].text"),
                &claim.text,
                &own,
                year,
            );
            if let Some(d) = &claim.disagreement {
                for (v, version) in d
                    .versions
                    .iter()
                    .enumerate()
                    .filter(|(_, v)| v.outlets.is_empty())
                {
                    let own = c.cited_in(story, &version.citations);
                    prose(
                        &mut problems,
                        &format!("{path}.claims[{k}].disagreement.versions[{v}].text"),
                        &version.text,
                        &own,
                        year,
                    );
                }
            }
        }
    }
    problems
}

#[test]
fn every_outside_date_and_place_carries_its_outlet() {
    let story = shipped();
    let problems = check(&story);
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
    let marked = story
        .events
        .iter()
        .filter(|e| !e.date_outlets.is_empty())
        .count();
    let places = story
        .events
        .iter()
        .filter(|e| !e.place_outlets.is_empty())
        .count();
    println!(
        "outside dates marked: {marked}, outside places marked: {places}, events checked: {}",
        story.events.len()
    );
}

#[test]
fn an_outside_date_without_its_outlet_is_caught() {
    let mut story = shipped();
    let before = check(&story).len();
    // A day no seed gives, in a headline: 3 July of the event's own year.
    let event = story.events.last_mut().expect("an event");
    event.headline.push_str(" on 3 July");
    let after = check(&story);
    assert_eq!(after.len(), before + 1, "{after:?}");
}

#[test]
fn an_unmarked_outside_place_is_caught() {
    let mut story = shipped();
    let before = check(&story).len();
    story.places.push(alignment_explainer::story::Place {
        name: "Stepanakert".into(),
        lat: 39.8,
        lon: 46.75,
    });
    let stepanakert = PlaceIx(story.places.len() - 1);
    let event = story
        .events
        .iter_mut()
        .find(|e| e.place.is_some())
        .expect("an event with a place");
    event.place = Some(stepanakert);
    event.place_outlets = Rc::default();
    assert_eq!(check(&story).len(), before + 1);
}

#[test]
fn days_and_years_are_read_from_prose_and_seeds() {
    let (days, years) = named_in("Met on 25–28 May and again May 30; back in 1983.", 2025);
    assert_eq!(
        days.iter().map(|&d| show(d)).collect::<Vec<_>>(),
        ["25 May 2025", "28 May 2025", "30 May 2025"]
    );
    assert_eq!(years, [1983]);
    // Published on Tuesday 27 May 2025: "Monday" is the 26th, "Wednesday" the 28th.
    let g = grounding(
        "He arrived on Monday and leaves on Wednesday, May 29.",
        Some(days_from_civil(2025, 5, 27)),
    );
    for d in [26, 28, 29] {
        assert!(g.days.contains(&days_from_civil(2025, 5, d)), "{d}");
    }
    assert_eq!(
        weekday(days_from_civil(2025, 5, 25)),
        0,
        "25 May 2025 was a Sunday"
    );
}
