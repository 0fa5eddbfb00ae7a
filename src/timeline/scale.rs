//! Date → position on the scrubber axis (0.0 = left end, 1.0 = right end).
//!
//! The story spans 1947–2025 but a third of its events fall in six days of
//! May 2025, so a linear scale would pile them on one pixel. The axis is cut
//! into one band per era; each band's width grows with its event count, and
//! inside a band an event's position blends where its date falls (so the
//! decades still read as time) with its rank (so no two events coincide).

use crate::story::{EventIx, Story};

use crate::filter::VisiblePos;
use crate::story::date::Day;
use crate::story::EraIx;

/// Every era gets at least this much width, counted in events, so an era with
/// one event still shows as a labelled band.
const ERA_BASE_WEIGHT: f64 = 1.0;
/// Share of an in-band position decided by rank rather than by date. Any
/// value above zero keeps events apart; half keeps dates honest too.
const RANK_SHARE: f64 = 0.5;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Band {
    pub era: EraIx,
    pub start: f64,
    pub end: f64,
}

/// Height of the marker drawing's box; each marker is a stroke from
/// `MARKER_TOP` to `MARKER_BOTTOM` inside it, clear of the box's edges.
pub const MARKER_BOX_HEIGHT: u32 = 10;
const MARKER_TOP: u32 = 2;
const MARKER_BOTTOM: u32 = 8;

#[derive(Clone, Debug, PartialEq)]
pub struct Scale {
    /// By visible position.
    positions: Vec<f64>,
    bands: Vec<Band>,
}

impl Scale {
    /// `era_spans`: first/last day of each era, in order. `events`: each
    /// visible event's day and era, in order. Eras with no event get a band
    /// of base width.
    pub fn new(era_spans: &[(Day, Day)], events: &[(Day, EraIx)]) -> Scale {
        let mut counts = vec![0usize; era_spans.len()];
        for &(_, era) in events {
            if let Some(c) = counts.get_mut(era.0) {
                *c += 1;
            }
        }
        let weights: Vec<f64> = counts.iter().map(|&c| ERA_BASE_WEIGHT + c as f64).collect();
        let total: f64 = weights.iter().sum();
        let mut bands = Vec::with_capacity(era_spans.len());
        let mut cursor = 0.0;
        for (era, w) in weights.iter().enumerate() {
            let end = if era + 1 == weights.len() {
                1.0
            } else {
                cursor + w / total
            };
            bands.push(Band {
                era: EraIx(era),
                start: cursor,
                end,
            });
            cursor = end;
        }

        let mut rank_in_era = vec![0usize; era_spans.len()];
        let positions = events
            .iter()
            .map(|&(day, EraIx(era))| {
                let (Some(band), Some(&(first, last))) = (bands.get(era), era_spans.get(era))
                else {
                    return 0.0;
                };
                let n = counts[era] as f64;
                let rank = rank_in_era[era] as f64;
                rank_in_era[era] += 1;
                let span = f64::from((last - first).max(1));
                let time_frac = (f64::from(day - first) / span).clamp(0.0, 1.0);
                let rank_frac = (rank + 0.5) / n;
                let frac = (1.0 - RANK_SHARE) * time_frac + RANK_SHARE * rank_frac;
                // Keep a margin so markers never sit on a band edge: half of
                // the space one marker would have if the band held n + 1,
                // so it shrinks as the band fills and a one-event era puts
                // its marker mid-band.
                let margin = (band.end - band.start) * 0.5 / (n + 1.0);
                band.start + margin + frac * (band.end - band.start - 2.0 * margin)
            })
            .collect();
        Scale { positions, bands }
    }

    pub fn len(&self) -> usize {
        self.positions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }

    /// Where the event at visible position `at` sits on the axis.
    pub fn position(&self, at: VisiblePos) -> f64 {
        self.positions.get(at.0).copied().unwrap_or(0.0)
    }

    pub fn bands(&self) -> &[Band] {
        &self.bands
    }

    /// The visible event whose marker is closest to `pos`; ties go to the
    /// earlier one. Positions are sorted, so this is a binary search.
    pub fn nearest(&self, pos: f64) -> VisiblePos {
        if self.positions.is_empty() || pos.is_nan() {
            return VisiblePos(0);
        }
        let after = self.positions.partition_point(|&p| p < pos);
        if after == 0 {
            return VisiblePos(0);
        }
        if after == self.positions.len() {
            return VisiblePos(after - 1);
        }
        VisiblePos(
            if pos - self.positions[after - 1] <= self.positions[after] - pos {
                after - 1
            } else {
                after
            },
        )
    }

    /// SVG path drawing every marker as a short vertical stroke across a
    /// `units` × `MARKER_BOX_HEIGHT` box. Markers that round to the same unit
    /// are drawn once, so 10,000 events cost at most `units` strokes.
    pub fn marker_path(&self, units: u32) -> String {
        let mut d = String::new();
        let mut last = None;
        for &p in &self.positions {
            let x = (p * f64::from(units)).round() as u32;
            if last != Some(x) {
                d.push_str(&format!("M{x} {MARKER_TOP}V{MARKER_BOTTOM}"));
                last = Some(x);
            }
        }
        d
    }

    /// Smallest distance between neighbouring markers, as a share of the axis.
    #[cfg(test)]
    pub fn min_gap(&self) -> f64 {
        self.positions
            .windows(2)
            .map(|w| w[1] - w[0])
            .fold(f64::INFINITY, f64::min)
    }
}

impl Scale {
    /// The scale for the events a filter lets through (in story order).
    pub fn for_events(story: &Story, visible: &[EventIx]) -> Scale {
        let spans: Vec<_> = story.eras.iter().map(|e| e.span).collect();
        let events: Vec<_> = visible
            .iter()
            .filter_map(|&i| story.event(i))
            .map(|e| (e.date.mid_day(), e.era))
            .collect();
        Scale::new(&spans, &events)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::date::days_from_civil;

    fn day(y: i32, m: u32, d: u32) -> Day {
        days_from_civil(y, m, d)
    }

    fn at(i: usize) -> VisiblePos {
        VisiblePos(i)
    }

    fn sample() -> Scale {
        let eras = [
            (day(1947, 1, 1), day(1990, 12, 31)),
            (day(1991, 1, 1), day(2024, 12, 31)),
            (day(2025, 5, 25), day(2025, 5, 30)),
        ];
        let events = [
            (day(1947, 7, 1), EraIx(0)),
            (day(1955, 7, 1), EraIx(0)),
            (day(2020, 7, 1), EraIx(1)),
            (day(2025, 5, 25), EraIx(2)),
            (day(2025, 5, 25), EraIx(2)),
            (day(2025, 5, 25), EraIx(2)),
            (day(2025, 5, 26), EraIx(2)),
            (day(2025, 5, 30), EraIx(2)),
        ];
        Scale::new(&eras, &events)
    }

    #[test]
    fn positions_are_strictly_increasing_and_inside_the_axis() {
        let s = sample();
        assert_eq!(s.len(), 8);
        for i in 0..s.len() {
            let p = s.position(at(i));
            assert!((0.0..=1.0).contains(&p), "event {i} at {p}");
        }
        assert!(s.min_gap() > 0.0);
    }

    #[test]
    fn same_day_events_stay_apart() {
        let s = sample();
        // Three events on 25 May: distinct markers at least 2 % of the axis apart,
        // which is 6 px on a 320 px phone axis.
        assert!(s.position(at(4)) - s.position(at(3)) >= 0.02, "{:?}", s);
        assert!(s.position(at(5)) - s.position(at(4)) >= 0.02);
    }

    #[test]
    fn bands_tile_the_axis_and_dense_eras_get_more_room() {
        let s = sample();
        let bands = s.bands();
        assert_eq!(bands.first().map(|b| b.start), Some(0.0));
        assert_eq!(bands.last().map(|b| b.end), Some(1.0));
        for w in bands.windows(2) {
            assert_eq!(w[0].end, w[1].start);
        }
        let width = |b: &Band| b.end - b.start;
        assert!(width(&bands[2]) > width(&bands[0]));
        assert!(width(&bands[0]) > width(&bands[1]));
    }

    #[test]
    fn every_event_lies_in_its_eras_band() {
        let s = sample();
        let eras = [0, 0, 1, 2, 2, 2, 2, 2];
        for (i, &era) in eras.iter().enumerate() {
            let b = s.bands()[era];
            assert!(
                b.start < s.position(at(i)) && s.position(at(i)) < b.end,
                "event {i}"
            );
        }
    }

    #[test]
    fn later_dates_sit_further_right_within_an_era() {
        // Same rank pattern, different dates: the date share still moves the marker.
        let eras = [(day(1947, 1, 1), day(1990, 12, 31))];
        let early = Scale::new(&eras, &[(day(1950, 1, 1), EraIx(0))]);
        let late = Scale::new(&eras, &[(day(1985, 1, 1), EraIx(0))]);
        assert!(late.position(at(0)) > early.position(at(0)));
    }

    #[test]
    fn nearest_snaps_to_the_closest_marker() {
        let s = sample();
        for i in 0..s.len() {
            assert_eq!(s.nearest(s.position(at(i))), at(i));
            assert_eq!(s.nearest(s.position(at(i)) + 1e-9), at(i));
        }
        assert_eq!(s.nearest(-5.0), at(0));
        assert_eq!(s.nearest(5.0), at(s.len() - 1));
        assert_eq!(s.nearest(f64::NAN), at(0));
        let mid = (s.position(at(1)) + s.position(at(2))) / 2.0;
        assert_eq!(s.nearest(mid - 1e-6), at(1));
        assert_eq!(s.nearest(mid + 1e-6), at(2));
        let exact = Scale {
            positions: vec![0.25, 0.75],
            bands: Vec::new(),
        };
        assert_eq!(exact.nearest(0.5), at(0), "a tie goes to the earlier event");
    }

    #[test]
    fn the_marker_path_draws_each_marker_once() {
        let s = sample();
        let d = s.marker_path(2000);
        assert_eq!(d.matches('M').count(), s.len());
        assert!(d.starts_with(&format!("M{} 2V8", (s.position(at(0)) * 2000.0).round())));
        // At a coarse resolution neighbours merge instead of piling up.
        let coarse = s.marker_path(10);
        assert!(coarse.matches('M').count() < s.len());
        assert_eq!(Scale::new(&[], &[]).marker_path(2000), "");
    }

    #[test]
    fn empty_story_does_not_panic() {
        let s = Scale::new(&[], &[]);
        assert!(s.is_empty());
        assert_eq!(s.nearest(0.5), at(0));
        assert_eq!(s.position(at(3)), 0.0);
    }
}
