//! The whole story as plain semantic HTML, written into index.html at build
//! time: what readers get with JavaScript off or wasm blocked, what search
//! engines read, and what prints. Same story data, same wording helpers as
//! the interactive cards.

use std::fmt::Write;

use crate::html::escape_html as esc;
use crate::story::{Citation, Claim, OutletIx, Story};
use crate::strings;

fn source_refs(story: &Story, citations: &[Citation]) -> String {
    let links: Vec<String> = citations
        .iter()
        .map(|c| story.source(c.source))
        .map(|s| {
            format!(
                "<a href=\"#ptx-source-{}\">{}</a>",
                esc(&s.id),
                esc(&s.publisher)
            )
        })
        .collect();
    format!(
        " <span class=\"ptx-static-cites\">({}: {})</span>",
        strings::SOURCES,
        links.join("; ")
    )
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

fn claim_html(out: &mut String, story: &Story, claim: &Claim) {
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
    out.push_str(&source_refs(story, &claim.citations));
    out.push_str("</p>");
    if let Some(d) = &claim.disagreement {
        let _ = write!(
            out,
            "<div class=\"ptx-versions\"><p class=\"ptx-versions-note\"><strong>{}.</strong> {}</p><ul>",
            strings::disagreement_label(d.kind),
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
            let sources = if v.citations.is_empty() {
                String::new()
            } else {
                source_refs(story, &v.citations)
            };
            let _ = write!(
                out,
                "<li class=\"ptx-version\"><p>{}{sources}{outlets}</p></li>",
                esc(&v.text),
            );
        }
        out.push_str("</ul></div>");
    }
    for note in &claim.notes {
        let concerns: Vec<&str> = note
            .concerns
            .iter()
            .map(|&s| story.source(s).publisher.as_str())
            .collect();
        let concerns = if concerns.is_empty() {
            String::new()
        } else {
            format!("{}: {}. ", strings::CONCERNS, concerns.join(", "))
        };
        let outlets = if note.outlets.is_empty() {
            String::new()
        } else {
            format!(
                "{}: {}.",
                strings::OUTSIDE_REPORTING,
                outlets_html(story, &note.outlets)
            )
        };
        let _ = write!(
            out,
            "<aside class=\"ptx-note\"><p><strong class=\"ptx-note-label\">{}. </strong>{}</p><p class=\"ptx-note-meta\">{}{outlets}</p></aside>",
            strings::note_label(note.kind),
            esc(&note.text),
            esc(&concerns),
        );
    }
    out.push_str("</li>");
}

/// The static story, wrapped in the element the widget hides on mount.
pub fn static_story(story: &Story) -> String {
    let meta = &story.meta;
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<div class=\"ptx-static\" data-ptx-static><article class=\"ptx\" lang=\"{}\"><header class=\"ptx-head\"><p class=\"ptx-kicker\">{}</p><h1 class=\"ptx-title\">{}</h1><p class=\"ptx-standfirst\">{}</p><p class=\"ptx-dateline\">{} {} · {}</p></header><ol class=\"ptx-static-cards\">",
        esc(&meta.language),
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
        for claim in &event.claims {
            claim_html(&mut out, story, claim);
        }
        out.push_str("</ul></li>");
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
            "<li class=\"ptx-source\" id=\"ptx-source-{}\"><p><strong>{}</strong></p><p class=\"ptx-source-about\"><strong>{}: </strong>{}</p><p class=\"ptx-source-headline\">{}</p><p class=\"ptx-source-byline\">{} · {}: {}</p><p class=\"ptx-source-url\"><a href=\"{}\" rel=\"noopener noreferrer\">{}</a></p><p class=\"ptx-source-framing\"><strong>{}: </strong>{}</p></li>",
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

    fn fixture() -> Story {
        Story::load(
            "fixture.json",
            include_str!("../../tests/fixtures/small-story.json"),
        )
        .expect("valid")
    }

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
        assert!(html.contains("Editor&#x27;s note") || html.contains("Editor's note"));
        assert!(html.contains("href=\"https://one.example/article\""));
        assert!(html.contains("<time datetime=\"~1980/1989\">The 1980s</time>"));
        assert_eq!(html.matches("<li class=\"ptx-card\"").count(), 5);
    }

    #[test]
    fn story_text_is_escaped() {
        let json = include_str!("../../tests/fixtures/small-story.json").replacen(
            "Founding\"",
            "<script>alert(1)</script>\"",
            1,
        );
        let story = Story::load("x.json", &json).expect("valid");
        let html = static_story(&story);
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }
}
