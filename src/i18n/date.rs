//! Story dates as each language writes them: "25 May 2025", "25 Mayıs 2025",
//! "25 مئی 2025"; ranges ("8–10 May 2025", "22 April – 10 May 2025",
//! "1950–1959") and approximate dates ("c. 1974"). The words and the order
//! come from the language's table (`months`, `date_*`), so a translator
//! decides them; this is the only place that puts a date into words.

use super::{fill, Ui};
use crate::story::date::{Point, Precision, StoryDate};

fn month(ui: &Ui, month: u32) -> &'static str {
    ui.months
        .get((month as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

/// One point, with or without its year ("22 April" in "22 April – 10 May 2025").
fn point(ui: &Ui, p: Point, with_year: bool) -> String {
    let year = p.year.to_string();
    let pattern = match (p.month, p.day) {
        (Some(_), Some(_)) => ui.date_day,
        (Some(_), None) => ui.date_month,
        _ => return year,
    };
    let day = p.day.map(|d| d.to_string()).unwrap_or_default();
    let text = fill(
        pattern,
        &[
            ("day", &day),
            ("month", month(ui, p.month.unwrap_or(1))),
            ("year", if with_year { &year } else { "" }),
        ],
    );
    if with_year {
        text
    } else {
        text.trim().to_string()
    }
}

/// Reader-facing text of a story date in the table's language.
pub fn format(date: &StoryDate, ui: &Ui) -> String {
    let core = match date.to {
        None => {
            let p = date.from;
            if p.precision() == Precision::Year {
                fill(ui.date_year, &[("year", &p.year.to_string())])
            } else {
                point(ui, p, true)
            }
        }
        Some(to) => {
            let from = date.from;
            let same_year = from.year == to.year;
            match (from.day, to.day) {
                (Some(a), Some(b)) if same_year && from.month == to.month => fill(
                    ui.date_range_same_month,
                    &[
                        ("day_from", &a.to_string()),
                        ("day_to", &b.to_string()),
                        ("month", month(ui, to.month.unwrap_or(1))),
                        ("year", &to.year.to_string()),
                    ],
                ),
                _ if same_year && from.precision() != Precision::Year => fill(
                    ui.date_range_same_year,
                    &[
                        ("from", &point(ui, from, false)),
                        ("to", &point(ui, to, true)),
                    ],
                ),
                _ if from.precision() == Precision::Year && to.precision() == Precision::Year => {
                    fill(
                        ui.date_range_years,
                        &[
                            ("from", &from.year.to_string()),
                            ("to", &to.year.to_string()),
                        ],
                    )
                }
                _ => fill(
                    ui.date_range,
                    &[
                        ("from", &point(ui, from, true)),
                        ("to", &point(ui, to, true)),
                    ],
                ),
            }
        }
    };
    if date.approximate {
        fill(ui.date_circa, &[("date", &core)])
    } else {
        core
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn show(lang: Lang, text: &str) -> String {
        format(&StoryDate::parse(text).unwrap(), lang.ui())
    }

    #[test]
    fn english_like_a_newsroom() {
        let en = |s| show(Lang::En, s);
        assert_eq!(en("2025-05-25"), "25 May 2025");
        assert_eq!(en("2025-02"), "February 2025");
        assert_eq!(en("1955"), "1955");
        assert_eq!(en("2025-05-08/2025-05-10"), "8–10 May 2025");
        assert_eq!(en("2025-04-22/2025-05-10"), "22 April – 10 May 2025");
        assert_eq!(en("2025-04/2025-05"), "April – May 2025");
        assert_eq!(en("1950/1959"), "1950–1959");
        assert_eq!(en("1955/1959-06"), "1955 – June 1959");
        assert_eq!(
            en("2024-12-30/2025-01-02"),
            "30 December 2024 – 2 January 2025"
        );
        assert_eq!(en("~1974"), "c. 1974");
        assert_eq!(en("~1980/1989"), "c. 1980–1989");
    }

    #[test]
    fn turkish_urdu_and_azerbaijani_with_ascii_digits() {
        let cases = [
            (Lang::Tr, "2025-05-25", "25 Mayıs 2025"),
            (Lang::Tr, "2025-05-08/2025-05-10", "8–10 Mayıs 2025"),
            (
                Lang::Tr,
                "2025-04-22/2025-05-10",
                "22 Nisan – 10 Mayıs 2025",
            ),
            (Lang::Tr, "~1974", "yaklaşık 1974"),
            (Lang::Tr, "2025-02", "Şubat 2025"),
            (Lang::Ur, "2025-05-25", "25 مئی 2025"),
            (Lang::Ur, "2025-04-22/2025-05-10", "22 اپریل – 10 مئی 2025"),
            (Lang::Ur, "~1980/1989", "تقریباً 1980–1989"),
            (Lang::Ur, "2021-01", "جنوری 2021"),
            (Lang::Az, "2025-05-25", "25 may 2025"),
            (Lang::Az, "2025-05-25/2025-05-28", "25–28 may 2025"),
            (Lang::Az, "1950/1959", "1950–1959"),
            (Lang::Az, "~2018", "təxminən 2018"),
            (
                Lang::Az,
                "2024-12-30/2025-01-02",
                "30 dekabr 2024 – 2 yanvar 2025",
            ),
        ];
        for (lang, date, expected) in cases {
            assert_eq!(show(lang, date), expected, "{lang:?} {date}");
        }
    }

    #[test]
    fn the_pseudo_locale_accents_month_names_only() {
        let p = show(Lang::Pseudo, "2025-05-25");
        assert!(p.starts_with("25 Måý"), "{p}");
        assert!(p.ends_with(" 2025"), "{p}");
    }
}
