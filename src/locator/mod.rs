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
}

/// Where each country's name sits, as latitude and longitude: placed by eye
/// to clear the route and the pins.
pub const COUNTRY_LABELS: [(MapCountry, f64, f64); 6] = [
    (MapCountry::Turkey, 38.6, 34.6),
    (MapCountry::Iran, 32.0, 55.0),
    (MapCountry::Azerbaijan, 41.3, 47.8),
    (MapCountry::Tajikistan, 39.9, 70.2),
    (MapCountry::Pakistan, 28.5, 66.0),
    (MapCountry::Afghanistan, 33.6, 64.0),
];

/// Pins in the map's right fifth put their label on the left, so it stays
/// inside the frame.
const LABEL_LEFT_FROM: f64 = 0.8;

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

/// A place as drawn: where, and which way its label reads so labels stay
/// inside the frame.
#[derive(Clone, Debug, PartialEq)]
pub struct Pin<'a> {
    pub ix: PlaceIx,
    pub place: &'a Place,
    pub at: (f64, f64),
    pub label_left: bool,
}

/// Every place of the story that falls inside the map's frame.
pub fn pins(story: &Story) -> Vec<Pin<'_>> {
    story
        .places
        .iter()
        .enumerate()
        .map(|(i, place)| {
            let at = project(place.lat, place.lon);
            Pin {
                ix: PlaceIx(i),
                place,
                at,
                label_left: at.0 > f64::from(WIDTH) * LABEL_LEFT_FROM,
            }
        })
        .filter(|pin| in_frame(pin.at))
        .collect()
}

/// The route's stops as map points, in travel order.
pub fn route_points(story: &Story) -> Vec<(f64, f64)> {
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
