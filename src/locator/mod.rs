//! The locator map's geometry: the same equirectangular projection that
//! scripts/make-map.mjs used for the country outlines, applied to the story's
//! places. Pure; the component only draws what this returns.

mod outlines;

pub use outlines::{HEIGHT, OUTLINES, WIDTH};

use crate::story::{Place, PlaceIx, Story};

/// The countries the map names (their names are `strings::map_country`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapCountry {
    Turkey,
    Iran,
    Azerbaijan,
    Tajikistan,
    Pakistan,
    Afghanistan,
    India,
}

/// Where each country's name sits, as latitude and longitude: placed by eye
/// to clear the route and the pins.
pub const COUNTRY_LABELS: [(MapCountry, f64, f64); 7] = [
    (MapCountry::Turkey, 37.3, 34.5),
    (MapCountry::Iran, 32.0, 55.0),
    (MapCountry::Azerbaijan, 41.3, 47.8),
    (MapCountry::Tajikistan, 39.9, 70.2),
    (MapCountry::Pakistan, 28.5, 66.0),
    (MapCountry::Afghanistan, 33.6, 64.0),
    (MapCountry::India, 25.0, 77.5),
];

/// Label sizes in map units at the narrowest map (static/explainer.css sets
/// the same, and smaller ones on wider maps), where the map is most
/// crowded: labels laid out at these sizes clear each other at every width.
pub const PLACE_FONT: f64 = 42.0;
pub const CURRENT_FONT: f64 = 46.0;
pub const COUNTRY_FONT: f64 = 34.0;
/// A character's advance as a share of the font size: generous, so an
/// estimated box holds the real text.
const CHAR_WIDTH: f64 = 0.66;
/// Room kept clear around every label, in map units.
const LABEL_PAD: f64 = 6.0;
/// How far apart the route's line is sampled, in map units.
const ROUTE_STEP: f64 = 6.0;
/// Map units between a pin's centre and its label.
const LABEL_GAP: f64 = 16.0;
/// Pin radii in map units: the current card's place stands out.
pub const PIN_RADIUS: f64 = 8.0;
pub const CURRENT_PIN_RADIUS: f64 = 14.0;

/// Map coordinates (0..WIDTH, 0..HEIGHT) of a latitude and longitude.
pub fn project(lat: f64, lon: f64) -> (f64, f64) {
    let kx = outlines::PARALLEL.to_radians().cos();
    (
        (lon - outlines::WEST) * kx * outlines::SCALE,
        (outlines::NORTH - lat) * outlines::SCALE,
    )
}

pub fn in_frame((x, y): (f64, f64)) -> bool {
    (0.0..=f64::from(WIDTH)).contains(&x) && (0.0..=f64::from(HEIGHT)).contains(&y)
}

/// Where a label's text is anchored: its start, middle or end at `x`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn attr(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// A label as drawn: its text's anchor point (`y` the middle of the text,
/// drawn with `dominant-baseline: central`).
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
}

/// A place as drawn: a route stop, or the current card's place.
#[derive(Clone, Debug, PartialEq)]
pub struct Pin<'a> {
    pub ix: PlaceIx,
    pub place: &'a Place,
    pub at: (f64, f64),
    pub current: bool,
    /// The place's name, marked "▶" on the current card's place (a cue
    /// that is not only colour).
    pub text: String,
    pub label: Label,
}

/// What the map draws for a card: the route, its pins, each labelled, and
/// the country names that clear them.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout<'a> {
    /// The route's stops as map points, in travel order.
    pub route: Vec<(f64, f64)>,
    pub pins: Vec<Pin<'a>>,
    pub countries: Vec<(MapCountry, Label)>,
}

/// A box in map units: left, top, right, bottom.
type Box = (f64, f64, f64, f64);

fn overlaps(a: &Box, b: &Box) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

fn inside(b: &Box) -> bool {
    b.0 >= 0.0 && b.1 >= 0.0 && b.2 <= f64::from(WIDTH) && b.3 <= f64::from(HEIGHT)
}

/// The box of `text` at `font` size, anchored as `label` says.
fn text_box(label: &Label, text: &str, font: f64) -> Box {
    let width = text.chars().count() as f64 * CHAR_WIDTH * font;
    let left = match label.anchor {
        Anchor::Start => label.x,
        Anchor::Middle => label.x - width / 2.0,
        Anchor::End => label.x - width,
    };
    (
        left - LABEL_PAD,
        label.y - font * 0.6,
        left + width + LABEL_PAD,
        label.y + font * 0.6,
    )
}

fn pin_box((x, y): (f64, f64), radius: f64) -> Box {
    (x - radius, y - radius, x + radius, y + radius)
}

/// Where a pin's label may go, nearest first: beside the pin, then a line
/// above or below it (centred, or running from the pin's left edge, or
/// ending at its right edge, or beside it), then two lines away.
fn label_spots((x, y): (f64, f64), radius: f64, font: f64) -> Vec<Label> {
    let reach = radius + LABEL_GAP;
    let label = |x, y, anchor| Label { x, y, anchor };
    let beside = |y| {
        [
            label(x + reach, y, Anchor::Start),
            label(x - reach, y, Anchor::End),
        ]
    };
    let mut spots = beside(y).to_vec();
    for lines in [1.0, 2.0] {
        for dy in [-1.0, 1.0] {
            let y = y + dy * (reach + font / 2.0 + (lines - 1.0) * font * 1.2);
            spots.extend([
                label(x, y, Anchor::Middle),
                label(x - radius, y, Anchor::Start),
                label(x + radius, y, Anchor::End),
            ]);
            spots.extend(beside(y));
        }
    }
    spots
}

/// The map for a card whose place is `current`: a pin on every route stop
/// and on the current place (other places would be unlabelled dots), each
/// labelled where its label clears the frame's edge, the other pins and the
/// labels placed before it (the current place's first, then the stops in
/// travel order); then the country names that clear all of those.
/// `country_name` words a country in the build's language.
pub fn layout<'a>(
    story: &'a Story,
    current: Option<PlaceIx>,
    country_name: impl Fn(MapCountry) -> &'static str,
) -> Layout<'a> {
    let stops: &[PlaceIx] = story.route.as_ref().map_or(&[], |r| &r.stops);
    let mut shown: Vec<PlaceIx> = current.into_iter().collect();
    shown.extend(stops.iter().filter(|&&s| Some(s) != current));
    let drawn: Vec<(PlaceIx, (f64, f64), f64)> = shown
        .iter()
        .map(|&ix| {
            let place = story.place(ix);
            let radius = if Some(ix) == current {
                CURRENT_PIN_RADIUS
            } else {
                PIN_RADIUS
            };
            (ix, project(place.lat, place.lon), radius)
        })
        .filter(|&(_, at, _)| in_frame(at))
        .collect();
    let mut taken: Vec<Box> = drawn.iter().map(|&(_, at, r)| pin_box(at, r)).collect();
    // The route's line, as points every few units: no label covers it.
    let route = route_points(story);
    for pair in route.windows(2) {
        let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
        let steps = ((x1 - x0).hypot(y1 - y0) / ROUTE_STEP).ceil().max(1.0);
        for i in 0..=steps as usize {
            let t = i as f64 / steps;
            taken.push(pin_box((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t), 3.0));
        }
    }
    let pins = drawn
        .iter()
        .map(|&(ix, at, radius)| {
            let place = story.place(ix);
            let is_current = Some(ix) == current;
            let font = if is_current { CURRENT_FONT } else { PLACE_FONT };
            let text = if is_current {
                format!("▶ {}", place.name)
            } else {
                place.name.clone()
            };
            let tries = label_spots(at, radius, font);
            let clear = |label: &Label| {
                let b = text_box(label, &text, font);
                inside(&b) && !taken.iter().any(|t| overlaps(t, &b))
            };
            let label = (tries.iter().find(|l| clear(l)))
                .unwrap_or(&tries[0])
                .clone();
            taken.push(text_box(&label, &text, font));
            Pin {
                ix,
                place,
                at,
                current: is_current,
                text,
                label,
            }
        })
        .collect();
    let countries = COUNTRY_LABELS
        .iter()
        .filter_map(|&(country, lat, lon)| {
            let (x, y) = project(lat, lon);
            let label = Label {
                x,
                y,
                anchor: Anchor::Middle,
            };
            let b = text_box(&label, country_name(country), COUNTRY_FONT);
            (inside(&b) && !taken.iter().any(|t| overlaps(t, &b))).then(|| {
                taken.push(b);
                (country, label)
            })
        })
        .collect();
    Layout {
        route,
        pins,
        countries,
    }
}

/// The route's stops as map points, in travel order.
fn route_points(story: &Story) -> Vec<(f64, f64)> {
    let Some(route) = &story.route else {
        return Vec::new();
    };
    route
        .stops
        .iter()
        .map(|&stop| story.place(stop))
        .map(|p| project(p.lat, p.lon))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tour_cities_fall_inside_the_frame_west_to_east() {
        let istanbul = project(41.01, 28.98);
        let tehran = project(35.69, 51.39);
        let lachin = project(39.64, 46.55);
        let dushanbe = project(38.56, 68.79);
        for p in [istanbul, tehran, lachin, dushanbe] {
            assert!(in_frame(p), "{p:?}");
        }
        assert!(istanbul.0 < lachin.0 && lachin.0 < tehran.0 && tehran.0 < dushanbe.0);
        assert!(
            tehran.1 > lachin.1,
            "Tehran lies south of Lachin, so lower on the map"
        );
    }

    fn shipped() -> Story {
        Story::load("story.json", include_str!("../../static/story.json")).expect("valid")
    }

    #[test]
    fn every_card_labels_its_pins_clear_of_each_other_the_route_and_the_edge() {
        let story = shipped();
        let mut route: Vec<Box> = Vec::new();
        for pair in route_points(&story).windows(2) {
            for i in 0..=20 {
                let t = f64::from(i) / 20.0;
                let (x, y) = (
                    pair[0].0 + (pair[1].0 - pair[0].0) * t,
                    pair[0].1 + (pair[1].1 - pair[0].1) * t,
                );
                route.push(pin_box((x, y), 1.0));
            }
        }
        let cards = std::iter::once(None).chain(story.events.iter().map(|e| e.place));
        for current in cards {
            let drawn = layout(&story, current, crate::strings::map_country);
            let mut expected: Vec<usize> = (story.route.iter())
                .flat_map(|r| r.stops.iter().map(|s| s.0))
                .chain(current.map(|c| c.0))
                .collect();
            expected.sort_unstable();
            expected.dedup();
            let mut pinned: Vec<usize> = drawn.pins.iter().map(|p| p.ix.0).collect();
            pinned.sort_unstable();
            assert_eq!(
                pinned, expected,
                "{current:?}: the stops and the current place, nothing else"
            );
            let mut labels: Vec<(String, Box)> = (drawn.pins.iter())
                .map(|p| {
                    let font = if p.current { CURRENT_FONT } else { PLACE_FONT };
                    (p.text.clone(), text_box(&p.label, &p.text, font))
                })
                .collect();
            labels.extend(drawn.countries.iter().map(|(c, l)| {
                let name = crate::strings::map_country(*c);
                (name.to_string(), text_box(l, name, COUNTRY_FONT))
            }));
            for (i, (name, b)) in labels.iter().enumerate() {
                assert!(inside(b), "{current:?}: {name} leaves the frame");
                for (other, o) in &labels[i + 1..] {
                    assert!(!overlaps(b, o), "{current:?}: {name} over {other}");
                }
                for pin in &drawn.pins {
                    let r = if pin.current {
                        CURRENT_PIN_RADIUS
                    } else {
                        PIN_RADIUS
                    };
                    assert!(
                        !overlaps(b, &pin_box(pin.at, r)),
                        "{current:?}: {name} over the pin of {}",
                        pin.place.name
                    );
                }
                assert!(
                    !route.iter().any(|r| overlaps(b, r)),
                    "{current:?}: {name} over the route"
                );
            }
            if let Some(c) = current {
                assert!(
                    drawn.pins.iter().any(|p| p.ix == c && p.current),
                    "{current:?} has its pin"
                );
            }
        }
        // The countries the story is about keep their names on the map of
        // the tour's first stop.
        let first_stop = story.route.as_ref().map(|r| r.stops[0]);
        let named: Vec<MapCountry> = layout(&story, first_stop, crate::strings::map_country)
            .countries
            .iter()
            .map(|(c, _)| *c)
            .collect();
        for country in [
            MapCountry::Turkey,
            MapCountry::Iran,
            MapCountry::Pakistan,
            MapCountry::India,
        ] {
            assert!(
                named.contains(&country),
                "{country:?} is not named: {named:?}"
            );
        }
    }

    #[test]
    fn kashmir_and_india_are_on_the_map() {
        let pahalgam = project(34.01, 75.32);
        let delhi = project(28.61, 77.21);
        assert!(in_frame(pahalgam) && in_frame(delhi));
    }

    #[test]
    fn the_frame_corners_map_to_the_edges() {
        let (x, y) = project(outlines::NORTH, outlines::WEST);
        assert!(x.abs() < 1e-9 && y.abs() < 1e-9);
        assert!(!in_frame(project(51.5, -0.1)), "London is off the map");
    }

    #[test]
    fn the_outlines_are_small_and_well_formed() {
        let bytes: usize = OUTLINES.iter().map(|(_, d)| d.len()).sum();
        assert!(bytes < 12_000, "{bytes} bytes of outline paths");
        for (name, d) in OUTLINES {
            assert!(d.starts_with('M') && d.ends_with('Z'), "{name}");
            assert!(d.bytes().all(|b| b"MLZ -0123456789".contains(&b)), "{name}");
        }
        for country in ["Turkey", "Iran", "Azerbaijan", "Tajikistan", "Pakistan"] {
            assert!(OUTLINES.iter().any(|(n, _)| *n == country), "{country}");
        }
    }
}
