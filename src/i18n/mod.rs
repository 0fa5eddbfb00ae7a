//! Languages: which ones the widget speaks, their interface tables (generated
//! from `i18n/ui.LANG.json` into `tables`), plural choice, filling a
//! template, and the one date formatter the widget, the prerendered page and
//! the validator share (`date`). Pure: no Yew, no web-sys, no `Intl` (the
//! native prerender has none, and browsers differ), so `cargo test` covers
//! every language.
//!
//! Digits: every language writes ASCII digits ("25 مئی 2025"). Urdu news
//! sites do (BBC Urdu "سنہ 2007", UrduPoint "جمعہ 2 مئی 2025"), as Turkish
//! and Azerbaijani ones do; the translations keep the story's numbers in
//! ASCII too, so the validator can compare them with the English.

use std::borrow::Cow;

pub mod date;
#[cfg(not(target_arch = "wasm32"))]
pub mod generate;
#[rustfmt::skip]
mod tables;

pub use tables::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    Tr,
    /// Written right to left.
    Ur,
    Az,
    /// English made 40 % longer and accented (`generate::pseudo_text`): shows
    /// in tests what only fits, or only reads, in English.
    Pseudo,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    pub const fn attr(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }

    /// The arrow from one stop of a route to the next, pointing the way the
    /// text runs: "Istanbul → Tehran", "استنبول ← تہران".
    pub const fn onward(self) -> &'static str {
        match self {
            Dir::Ltr => " → ",
            Dir::Rtl => " ← ",
        }
    }

    /// `text` made one bidi island (first-strong isolate … pop, the plain-text
    /// `<bdi>`) when it goes into a right-to-left sentence: a source's own
    /// English headline in an Urdu line keeps its closing quotation mark and
    /// question mark at its own end instead of at the start of the line. Also
    /// inside attributes and the prerendered page, where a `<bdi>` cannot go.
    /// Left to right it is unchanged.
    pub fn isolate(self, text: &str) -> Cow<'_, str> {
        match self {
            Dir::Ltr => Cow::Borrowed(text),
            Dir::Rtl => Cow::Owned(format!("\u{2068}{text}\u{2069}")),
        }
    }
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Tr, Lang::Ur, Lang::Az, Lang::Pseudo];

    /// The BCP 47 tag: `lang` attributes, file names (`ui.tr.json`,
    /// `story.tr.json`, `index.tr.html`) and the `lang=` option.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Tr => "tr",
            Lang::Ur => "ur",
            Lang::Az => "az",
            Lang::Pseudo => "en-XA",
        }
    }

    /// A language tag as a host page or a reader writes it ("tr", "TR",
    /// "ur-PK"): its primary language, if the widget speaks it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        if tag.eq_ignore_ascii_case(Lang::Pseudo.code()) {
            return Some(Lang::Pseudo);
        }
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|l| *l != Lang::Pseudo && l.code().eq_ignore_ascii_case(primary))
    }

    pub const fn dir(self) -> Dir {
        match self {
            Lang::Ur => Dir::Rtl,
            Lang::En | Lang::Tr | Lang::Az | Lang::Pseudo => Dir::Ltr,
        }
    }

    pub const fn ui(self) -> &'static Ui {
        match self {
            Lang::En => &EN,
            Lang::Tr => &TR,
            Lang::Ur => &UR,
            Lang::Az => &AZ,
            Lang::Pseudo => &PSEUDO,
        }
    }

    /// The name of its constant in `tables`.
    pub const fn table_name(self) -> &'static str {
        match self {
            Lang::En => "EN",
            Lang::Tr => "TR",
            Lang::Ur => "UR",
            Lang::Az => "AZ",
            Lang::Pseudo => "PSEUDO",
        }
    }
}

/// A text that depends on a count. All four languages choose "one" for
/// exactly 1 and "other" for every other count (CLDR's cardinal rules for
/// en, tr, ur and az); Turkish and Azerbaijani give the same noun for both,
/// since they do not pluralise a noun after a number.
#[derive(Debug, PartialEq, Clone, Copy)]
pub struct Plural {
    pub one: &'static str,
    pub other: &'static str,
}

impl Plural {
    pub fn pick(&self, count: usize) -> &'static str {
        if count == 1 {
            self.one
        } else {
            self.other
        }
    }

    /// The form for `count` with `{n}` filled in: "1 event", "30 events".
    pub fn count(&self, count: usize) -> String {
        fill(self.pick(count), &[("n", &count.to_string())])
    }
}

/// A template with each `{name}` replaced by its value; a placeholder with no
/// value is left as written, so a mistake shows rather than vanishes.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    // `split_once`, not slicing at a found index: each slice carries a
    // bounds check and a panic call that `split_once` does not (300 bytes
    // brotli of the widget's wasm for this function's inlined copies).
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let Some((name, tail)) = after.split_once('}') else {
            out.push('{');
            rest = after;
            break;
        };
        match values.iter().find(|(k, _)| *k == name) {
            Some((_, value)) => out.push_str(value),
            None => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_named_placeholders_in_any_order() {
        assert_eq!(
            fill("{count} / {current}", &[("current", "7"), ("count", "30")]),
            "30 / 7"
        );
        assert_eq!(fill("{missing} {n}", &[("n", "1")]), "{missing} 1");
        assert_eq!(fill("open {", &[]), "open {");
    }

    #[test]
    fn a_route_points_the_way_its_text_runs() {
        assert_eq!(["A", "B"].join(Dir::Ltr.onward()), "A → B");
        assert_eq!(["A", "B"].join(Dir::Rtl.onward()), "A ← B");
    }

    #[test]
    fn only_right_to_left_text_isolates_what_goes_into_it() {
        let headline = "How are \"Pakistan, Turkey\" strengthening ties?";
        assert_eq!(Dir::Ltr.isolate(headline), headline);
        assert_eq!(
            Dir::Rtl.isolate(headline),
            format!("\u{2068}{headline}\u{2069}")
        );
    }

    #[test]
    fn english_plurals() {
        let ui = Lang::En.ui();
        assert_eq!(ui.events_count.count(1), "1 event");
        assert_eq!(ui.events_count.count(30), "30 events");
        assert_eq!(ui.outlet_count.count(0), "0 outlets");
    }

    #[test]
    fn turkish_and_azerbaijani_do_not_pluralise_urdu_does() {
        assert_eq!(Lang::Tr.ui().events_count.count(1), "1 olay");
        assert_eq!(Lang::Tr.ui().events_count.count(30), "30 olay");
        assert_eq!(Lang::Az.ui().events_count.count(30), "30 hadisə");
        assert_eq!(Lang::Az.ui().outlet_count.count(3), "3 media qurumu");
        assert_eq!(Lang::Ur.ui().events_count.count(1), "1 واقعہ");
        assert_eq!(Lang::Ur.ui().events_count.count(30), "30 واقعات");
        assert_eq!(Lang::Ur.ui().outlet_count.count(2), "2 ادارے");
    }

    #[test]
    fn templates_per_language() {
        let position = |lang: Lang| fill(lang.ui().position, &[("current", "7"), ("count", "30")]);
        assert_eq!(position(Lang::En), "7 of 30");
        assert_eq!(position(Lang::Tr), "7 / 30");
        assert_eq!(position(Lang::Ur), "30 میں سے 7");
        assert_eq!(position(Lang::Az), "7 / 30");
        assert_eq!(Lang::Ur.dir(), Dir::Rtl);
        assert_eq!(Lang::Tr.dir(), Dir::Ltr);
    }

    #[test]
    fn tags_choose_a_language_by_their_primary_subtag() {
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag(" EN "), Some(Lang::En));
        assert_eq!(Lang::from_tag("en-XA"), Some(Lang::Pseudo));
        assert_eq!(Lang::from_tag("ur-PK"), Some(Lang::Ur));
        assert_eq!(Lang::from_tag("TR"), Some(Lang::Tr));
        assert_eq!(Lang::from_tag("az-Latn-AZ"), Some(Lang::Az));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn the_pseudo_locale_is_longer_accented_and_keeps_placeholders() {
        let ui = Lang::Pseudo.ui();
        assert!(ui.NEXT.starts_with("Ñéxt"), "{}", ui.NEXT);
        assert!(ui.NEXT.chars().count() >= 6);
        assert!(ui.position.contains("{current}") && ui.position.contains("{count}"));
        assert_eq!(ui.date_day, "{day} {month} {year}");
        assert_eq!(ui.QUOTE_BY, "—");
        for (en, pseudo) in [
            (EN.TIMELINE_HINT, PSEUDO.TIMELINE_HINT),
            (EN.FAILURE, PSEUDO.FAILURE),
        ] {
            let (en, pseudo) = (en.chars().count(), pseudo.chars().count());
            assert!(pseudo * 10 >= en * 14, "{pseudo} against {en}");
        }
    }
}
