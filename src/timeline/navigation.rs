//! Moving between events by era, for PageUp/PageDown on the scrubber.
//! `event_eras` is the era of each visible event, by visible position.

use crate::filter::VisiblePos;
use crate::story::EraIx;

/// First event of the next era that has events, or `current` if none.
pub fn next_era(event_eras: &[EraIx], current: VisiblePos) -> VisiblePos {
    let Some(&era) = event_eras.get(current.0) else {
        return current;
    };
    event_eras
        .iter()
        .skip(current.0 + 1)
        .position(|&e| e > era)
        .map_or(current, |offset| VisiblePos(current.0 + 1 + offset))
}

/// First event of the previous era that has events, or the first event.
pub fn previous_era(event_eras: &[EraIx], current: VisiblePos) -> VisiblePos {
    let Some(&era) = event_eras.get(current.0) else {
        return current;
    };
    let first_of = |era: EraIx| event_eras.iter().position(|&e| e == era).unwrap_or(0);
    let previous = first_of(era)
        .checked_sub(1)
        .and_then(|last_of_previous| event_eras.get(last_of_previous));
    VisiblePos(previous.map_or(0, |&era| first_of(era)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ERAS: [EraIx; 7] = [
        EraIx(0),
        EraIx(0),
        EraIx(1),
        EraIx(3),
        EraIx(3),
        EraIx(3),
        EraIx(4),
    ];

    fn next(at: usize) -> usize {
        next_era(&ERAS, VisiblePos(at)).0
    }

    fn previous(at: usize) -> usize {
        previous_era(&ERAS, VisiblePos(at)).0
    }

    #[test]
    fn next_era_jumps_to_the_first_event_of_the_next_populated_era() {
        assert_eq!(next(0), 2);
        assert_eq!(next(1), 2);
        assert_eq!(next(2), 3, "era 2 has no events and is skipped");
        assert_eq!(next(4), 6);
        assert_eq!(next(6), 6, "stays on the last era");
    }

    #[test]
    fn previous_era_jumps_to_the_first_event_of_the_previous_era() {
        assert_eq!(previous(6), 3);
        assert_eq!(previous(5), 2);
        assert_eq!(previous(3), 2);
        assert_eq!(previous(2), 0);
        assert_eq!(previous(1), 0);
        assert_eq!(previous(0), 0);
    }

    #[test]
    fn out_of_range_indices_stay_put() {
        assert_eq!(next(99), 99);
        assert_eq!(previous(99), 99);
        assert_eq!(next_era(&[], VisiblePos(0)), VisiblePos(0));
    }
}
