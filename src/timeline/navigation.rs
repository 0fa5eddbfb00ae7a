//! Moving between events by era, for PageUp/PageDown on the scrubber.

/// First event of the next era that has events, or `current` if none.
pub fn next_era(event_eras: &[usize], current: usize) -> usize {
    let Some(&era) = event_eras.get(current) else {
        return current;
    };
    event_eras
        .iter()
        .skip(current + 1)
        .position(|&e| e > era)
        .map_or(current, |offset| current + 1 + offset)
}

/// First event of the previous era that has events, or the first event.
pub fn previous_era(event_eras: &[usize], current: usize) -> usize {
    let Some(&era) = event_eras.get(current) else {
        return current;
    };
    let first_of_current = event_eras.iter().position(|&e| e == era).unwrap_or(0);
    match first_of_current.checked_sub(1) {
        Some(last_of_previous) => {
            let previous = event_eras[last_of_previous];
            event_eras.iter().position(|&e| e == previous).unwrap_or(0)
        }
        None => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ERAS: [usize; 7] = [0, 0, 1, 3, 3, 3, 4];

    #[test]
    fn next_era_jumps_to_the_first_event_of_the_next_populated_era() {
        assert_eq!(next_era(&ERAS, 0), 2);
        assert_eq!(next_era(&ERAS, 1), 2);
        assert_eq!(next_era(&ERAS, 2), 3, "era 2 has no events and is skipped");
        assert_eq!(next_era(&ERAS, 4), 6);
        assert_eq!(next_era(&ERAS, 6), 6, "stays on the last era");
    }

    #[test]
    fn previous_era_jumps_to_the_first_event_of_the_previous_era() {
        assert_eq!(previous_era(&ERAS, 6), 3);
        assert_eq!(previous_era(&ERAS, 5), 2);
        assert_eq!(previous_era(&ERAS, 3), 2);
        assert_eq!(previous_era(&ERAS, 2), 0);
        assert_eq!(previous_era(&ERAS, 1), 0);
        assert_eq!(previous_era(&ERAS, 0), 0);
    }

    #[test]
    fn out_of_range_indices_stay_put() {
        assert_eq!(next_era(&ERAS, 99), 99);
        assert_eq!(previous_era(&ERAS, 99), 99);
        assert_eq!(next_era(&[], 0), 0);
    }
}
