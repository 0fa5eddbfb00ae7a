//! Numbers written into CSS and SVG. Integer formatting only: float
//! `Display` would add about 11 KB of code to the wasm for these few uses.

/// `value` rounded to `decimals` places, without exponent or trailing dot:
/// `fixed(12.3456, 3)` is "12.346", `fixed(-0.4, 0)` is "0".
pub fn fixed(value: f64, decimals: u32) -> String {
    let unit = 10_i64.pow(decimals);
    let scaled = (value * unit as f64).round() as i64;
    if decimals == 0 {
        return scaled.to_string();
    }
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, part) = (
        scaled.unsigned_abs() / unit as u64,
        scaled.unsigned_abs() % unit as u64,
    );
    format!("{sign}{whole}.{part:0width$}", width = decimals as usize)
}

/// Whole units, for SVG coordinates.
pub fn whole(value: f64) -> String {
    fixed(value, 0)
}

/// A share of 0 to 1 as a CSS percentage with three decimals: "12.345%".
pub fn percent(share: f64) -> String {
    fixed(share.clamp(0.0, 1.0) * 100.0, 3) + "%"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_to_the_places_asked() {
        assert_eq!(fixed(12.3456, 3), "12.346");
        assert_eq!(fixed(7.0, 2), "7.00");
        assert_eq!(fixed(0.05, 1), "0.1");
        assert_eq!(fixed(-3.25, 1), "-3.3");
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(1059.6, 0), "1060");
        assert_eq!(fixed(-13.5, 0), "-14");
    }

    #[test]
    fn percentages_stay_within_the_axis() {
        assert_eq!(percent(0.0), "0.000%");
        assert_eq!(percent(0.123456), "12.346%");
        assert_eq!(percent(1.0), "100.000%");
        assert_eq!(percent(1.5), "100.000%");
        assert_eq!(percent(-0.2), "0.000%");
    }
}
