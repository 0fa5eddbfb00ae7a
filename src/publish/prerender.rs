//! The whole story as plain semantic HTML, written into index.html at build
//! time: what readers get with JavaScript off or wasm blocked, what search
//! engines read, and what prints. Same story data, same wording helpers as
//! the interactive cards.

use std::fmt::Write;

use crate::host::story::{ATTRIBUTE, ELEMENT_ID};
use crate::html::escape_html as esc;
use crate::story::{Citation, Claim, OutletIx, Source, Story};
use crate::strings;
use crate::text_fragment;

/// The element that hands the widget its story (`host::story`): the
/// compiled form, which is text, in one attribute escaped like any other.
pub fn story_element(compiled: &[u8]) -> Result<String, String> {
    let text = std::str::from_utf8(compiled)
        .map_err(|_| "the compiled story is not text: story::wire writes text".to_string())?;
    Ok(format!(
        "<div id=\"{ELEMENT_ID}\" hidden {ATTRIBUTE}=\"{}\"></div>",
        esc(text)
    ))
}

/// A card's footnotes: the passage behind each of its citations, numbered
/// in reading order, printed after the card.
struct Footnotes<'a> {
    /// The card's id, which keeps anchors unique on the page.
    card: &'a str,
    cited: Vec<&'a Citation>,
}

impl<'a> Footnotes<'a> {
    /// Numbers the next citation and returns its marker: a link down to the
    /// footnote, which links back.
    fn mark(&mut self, citation: &'a Citation) -> String {
        self.cited.push(citation);
        let n = self.cited.len();
        let card = esc(self.card);
        format!(
            "<sup class=\"ptx-fn-ref\"><a href=\"#ptx-fn-{card}-{n}\" id=\"ptx-fnref-{card}-{n}\">{n}</a></sup>"
        )
    }

    fn html(&self, story: &Story) -> String {
        if self.cited.is_empty() {
            return String::new();
        }
        let card = esc(self.card);
        let mut out = format!(
            "<section class=\"ptx-footnotes\" aria-labelledby=\"ptx-fn-{card}\"><h3 class=\"ptx-footnotes-title\" id=\"ptx-fn-{card}\">{}</h3><ol>",
            strings::PASSAGES_CITED
        );
        for (i, c) in self.cited.iter().enumerate() {
            let n = i + 1;
            let source: &Source = story.source(c.source);
            let _ = write!(
                out,
                "<li id=\"ptx-fn-{card}-{n}\"><blockquote class=\"ptx-passage\" dir=\"auto\" cite=\"{url}\"><p>{passage}</p></blockquote><p class=\"ptx-footnote-source\"><a href=\"#ptx-fnref-{card}-{n}\" class=\"ptx-fn-back\" aria-label=\"{back}\">↑</a><cite>{publisher}</cite>{sep}{date}{stop} <a href=\"{link}\" class=\"ptx-fn-context\" rel=\"noopener noreferrer\">{read}</a></p></li>",
                url = esc(&source.url),
                passage = esc(&c.passage),
                publisher = esc(&source.publisher),
                date = esc(strings::source_date(source)),
                link = esc(&text_fragment::link(&source.url, &c.passage)),
                read = strings::READ_IN_CONTEXT,
                back = strings::BACK_TO_CLAIM,
                sep = strings::LIST_SEPARATOR,
                stop = strings::FULL_STOP,
            );
        }
        out.push_str("</ol></section>");
        out
    }
}

/// The sources of a claim or version, each linked to the sources list and
/// marked with its footnote; `lead` says what the list is ("2 outlets").
fn source_refs<'a>(
    story: &Story,
    lead: &str,
    citations: &'a [Citation],
    notes: &mut Footnotes<'a>,
) -> String {
    format!(
        " <span class=\"ptx-static-cites\">({lead}: {})</span>",
        source_links(story, citations, notes)
    )
}

/// Each cited source by its short name, linked to the sources list and
/// marked with its footnote: "NationPress¹; Radio Dalsan²".
fn source_links<'a>(story: &Story, citations: &'a [Citation], notes: &mut Footnotes<'a>) -> String {
    citations
        .iter()
        .map(|c| {
            let s = story.source(c.source);
            format!(
                "<a href=\"#ptx-source-{}\">{}</a>{}",
                esc(&s.id),
                esc(s.short_name()),
                notes.mark(c)
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Outlets as the cards name them, names linked where the address is known.
fn outlets_html(story: &Story, outlets: &[OutletIx]) -> String {
    story
        .outlets_of(outlets)
        .map(|o| {
            let name = match &o.url {
                Some(url) => format!(
                    "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
                    esc(url),
                    esc(&o.name)
                ),
                None => esc(&o.name),
            };
            format!(
                "<cite class=\"ptx-outlet\">{name}</cite>{}",
                esc(&strings::outlet_details(o))
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The "†" marker and, in print and without JavaScript, its outlets spelt out.
fn outside_html(story: &Story, label: &str, outlets: &[OutletIx]) -> String {
    if outlets.is_empty() {
        return String::new();
    }
    format!(
        "<span class=\"ptx-static-outside\"><sup aria-hidden=\"true\">{}</sup> ({label}: {})</span>",
        strings::OUTSIDE_MARK,
        outlets_html(story, outlets)
    )
}

/// `original`: the English words and speaker of the claim's quotation, when
/// the story is a translation (`crate::original_quote`).
fn claim_html<'a>(
    out: &mut String,
    story: &Story,
    claim: &'a Claim,
    original: Option<(&str, &str)>,
    notes: &mut Footnotes<'a>,
) {
    out.push_str("<li class=\"ptx-claim\"><p class=\"ptx-claim-text\">");
    out.push_str(&esc(&claim.text));
    if let Some(q) = &claim.quote {
        let _ = write!(
            out,
            " <q class=\"ptx-quote\">{}</q><span class=\"ptx-quote-by\"> {} {}</span>",
            esc(&q.text),
            strings::QUOTE_BY,
            esc(&q.by)
        );
    }
    // "2 outlets: NationPress¹; Radio Dalsan²", as the card's agreement
    // line counts them.
    let lead = strings::outlet_count(story.publishers_of(&claim.citations).len());
    out.push_str(&source_refs(story, &lead, &claim.citations, notes));
    out.push_str("</p>");
    if let Some((text, by)) = original {
        let _ = write!(
            out,
            "<details class=\"ptx-original\"><summary>{}</summary><p lang=\"en\" dir=\"ltr\"><q>{}</q> {} {}</p></details>",
            esc(&strings::translated_quote()),
            esc(text),
            strings::QUOTE_BY,
            esc(by)
        );
    }
    if let Some(d) = &claim.disagreement {
        let _ = write!(
            out,
            "<div class=\"ptx-versions\"><p class=\"ptx-versions-note\"><strong>{}{}</strong> {}</p><ul>",
            strings::disagreement_label(d.kind),
            strings::FULL_STOP,
            esc(&d.note)
        );
        for v in &d.versions {
            let outlets = if v.outlets.is_empty() {
                String::new()
            } else {
                format!(
                    " <span class=\"ptx-version-outlets\">({}: {})</span>",
                    strings::OUTSIDE_REPORTING,
                    outlets_html(story, &v.outlets)
                )
            };
            // Who says it leads, as on the interactive card.
            let sources = if v.citations.is_empty() {
                String::new()
            } else {
                format!("{}: ", source_links(story, &v.citations, notes))
            };
            let _ = write!(
                out,
                "<li class=\"ptx-version\"><p>{sources}{}{outlets}</p></li>",
                esc(&v.text),
            );
        }
        out.push_str("</ul></div>");
    }
    for note in &claim.notes {
        let concerns = strings::note_concerns(story, note).unwrap_or_default();
        let outlets = if note.outlets.is_empty() {
            String::new()
        } else {
            format!(
                "{}: {}{}",
                strings::OUTSIDE_REPORTING,
                outlets_html(story, &note.outlets),
                strings::FULL_STOP
            )
        };
        let _ = write!(
            out,
            "<aside class=\"ptx-note\"><p><strong class=\"ptx-note-label\">{}{} </strong>{}</p><p class=\"ptx-note-meta\">{}{outlets}</p></aside>",
            strings::note_label(note.kind),
            strings::FULL_STOP,
            esc(&note.text),
            esc(&concerns),
        );
    }
    out.push_str("</li>");
}

/// The static story, wrapped in the element the widget hides on mount.
/// An empty `ptx-static-controls` holds the place of the widget's filters,
/// scrubber and previous/next (explainer.css sizes it when scripts run), so the
/// first card does not jump down when the widget takes over on a slow
/// connection.
pub fn static_story(story: &Story) -> String {
    let meta = &story.meta;
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<div class=\"ptx-static\" data-ptx-static><article class=\"ptx\" lang=\"{}\" dir=\"{}\"><header class=\"ptx-head\"><p class=\"ptx-kicker\">{}</p><h1 class=\"ptx-title\">{}</h1><p class=\"ptx-standfirst\">{}</p><p class=\"ptx-dateline\">{} {} · {}</p></header><div class=\"ptx-static-controls\"></div><ol class=\"ptx-static-cards\">",
        esc(&meta.language),
        crate::i18n::Lang::from_tag(&meta.language).map_or("ltr", |l| l.dir().attr()),
        strings::KICKER,
        esc(&meta.title),
        esc(&meta.standfirst),
        strings::UPDATED,
        esc(&meta.updated.text),
        strings::summary(story.events.len(), story.sources.len()),
    );
    for event in &story.events {
        let era = story.era(event.era);
        let _ = write!(
            out,
            "<li class=\"ptx-card\" id=\"ptx-card-{}\"><p class=\"ptx-card-meta\"><time datetime=\"{}\">{}</time>{} <span class=\"ptx-card-era\">{}</span>{}</p><h2 class=\"ptx-card-title\">{}</h2><p class=\"ptx-actors\">{}</p><p class=\"ptx-body\">{}</p><ul class=\"ptx-claims\">",
            esc(&event.id),
            esc(&event.date.notation()),
            esc(&event.display_date),
            outside_html(story, strings::DATE_OUTSIDE, &event.date_outlets),
            esc(&era.label),
            outside_html(story, strings::ERA_OUTSIDE, &era.outlets),
            esc(&event.headline),
            event
                .actors
                .iter()
                .map(|&a| format!("<span class=\"ptx-actor\">{}</span>", esc(&story.actor(a).name)))
                .collect::<Vec<_>>()
                .join(" "),
            esc(&event.body),
        );
        let mut notes = Footnotes {
            card: &event.id,
            cited: Vec::new(),
        };
        for (index, claim) in event.claims.iter().enumerate() {
            let original = claim
                .quote
                .as_ref()
                .and(crate::original_quote(&event.id, index));
            claim_html(&mut out, story, claim, original, &mut notes);
        }
        out.push_str("</ul>");
        out.push_str(&notes.html(story));
        out.push_str("</li>");
    }
    let _ = write!(
        out,
        "</ol><section class=\"ptx-static-sources\"><h2 class=\"ptx-sources-title\">{} ({})</h2><ol class=\"ptx-source-list\">",
        strings::ALL_SOURCES,
        story.sources.len()
    );
    for s in &story.sources {
        let _ = write!(
            out,
            "<li class=\"ptx-source\" id=\"ptx-source-{}\"><p><strong>{}</strong></p><p class=\"ptx-source-about\"><strong>{}: </strong>{}</p><p class=\"ptx-source-headline\">{}</p><p class=\"ptx-source-byline\">{} · {}: {}</p><p class=\"ptx-source-url\" dir=\"ltr\"><a href=\"{}\" rel=\"noopener noreferrer\">{}</a></p><p class=\"ptx-source-framing\"><strong>{}: </strong>{}</p></li>",
            esc(&s.id),
            esc(&s.publisher),
            strings::ABOUT_OUTLET,
            esc(&strings::source_about(s)),
            esc(&strings::source_headline(s)),
            esc(&strings::source_byline(s)),
            strings::PUBLISHED,
            esc(strings::source_date(s)),
            esc(&s.url),
            esc(&s.url),
            strings::FRAMING,
            esc(&s.framing),
        );
    }
    out.push_str("</ol></section></article></div>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::story::fixture::{small as fixture, SMALL};

    #[test]
    fn every_card_claim_version_note_and_source_is_in_the_html() {
        let story = fixture();
        let html = static_story(&story);
        for event in &story.events {
            assert!(
                html.contains(&format!("id=\"ptx-card-{}\"", event.id)),
                "{}",
                event.id
            );
            assert!(html.contains(&esc(&event.headline)));
        }
        assert!(html.contains("In Northtown."));
        assert!(html.contains("<q class=\"ptx-quote\">We met</q>"));
        assert!(html.contains("Editor's note"), "{html}");
        assert!(html.contains("href=\"https://one.example/article\""));
        assert!(html.contains("<time datetime=\"~1980/1989\">The 1980s</time>"));
        assert_eq!(html.matches("<li class=\"ptx-card\"").count(), 5);
    }

    #[test]
    fn each_card_ends_with_its_passages_as_numbered_footnotes() {
        let story = fixture();
        let html = static_story(&story);
        // The meeting card: claim 0 cites one and two, its versions one
        // and two, claim 1 one: five footnotes, in reading order.
        let start = html.find("id=\"ptx-card-meeting\"").expect("card");
        let card = &html[start
            ..start
                + html[start..]
                    .find("</li><li class=\"ptx-card\"")
                    .expect("next card")];
        assert_eq!(card.matches("<sup class=\"ptx-fn-ref\">").count(), 5);
        for n in 1..=5 {
            assert!(card.contains(&format!(
                "href=\"#ptx-fn-meeting-{n}\" id=\"ptx-fnref-meeting-{n}\">{n}</a>"
            )));
            assert!(card.contains(&format!("<li id=\"ptx-fn-meeting-{n}\">")));
            assert!(card.contains(&format!("href=\"#ptx-fnref-meeting-{n}\"")));
        }
        assert!(card.contains(
            "<h3 class=\"ptx-footnotes-title\" id=\"ptx-fn-meeting\">Passages cited</h3>"
        ));
        // The first footnote: the passage, quoted, under its source, with a
        // link to the words in context.
        let first = &card[card
            .find("<li id=\"ptx-fn-meeting-1\">")
            .expect("footnote 1")..];
        assert!(first.starts_with(
            "<li id=\"ptx-fn-meeting-1\"><blockquote class=\"ptx-passage\" dir=\"auto\" cite=\"https://one.example/article\"><p>The two leaders met on Sunday in the old town hall, their first meeting since the border talks of the spring, officials said.</p></blockquote><p class=\"ptx-footnote-source\"><a href=\"#ptx-fnref-meeting-1\" class=\"ptx-fn-back\" aria-label=\"Back to the claim\">↑</a><cite>The Daily One</cite>, 27 May 2025. <a href=\"https://one.example/article#:~:text=The%20two%20leaders%20met,the%20spring%2C%20officials%20said.\" class=\"ptx-fn-context\" rel=\"noopener noreferrer\">Read in context</a>"
        ), "{first}");
        // The claim says how many outlets it rests on.
        assert!(card.contains("(2 outlets: <a href=\"#ptx-source-one\">The Daily One</a><sup"));
        assert!(card.contains("(1 outlet: <a href=\"#ptx-source-one\">The Daily One</a><sup"));
        // Every citation of the story has its footnote.
        let citations: usize = story
            .events
            .iter()
            .flat_map(|e| &e.claims)
            .map(|c| c.all_citations().count())
            .sum();
        assert_eq!(
            html.matches("<blockquote class=\"ptx-passage\"").count(),
            citations
        );
    }

    #[test]
    fn story_text_is_escaped() {
        let json = SMALL
            .replacen("Founding\"", "<script>alert(1)</script>\"", 1)
            .replacen(
                "The venture began in 1955.",
                "</blockquote><script>alert(2)</script> \\\"x\\\" & y",
                1,
            );
        let story = Story::load("x.json", &json).expect("valid");
        let html = static_story(&story);
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains(
            "<p>&lt;/blockquote&gt;&lt;script&gt;alert(2)&lt;/script&gt; &quot;x&quot; &amp; y</p>"
        ));
    }
}
