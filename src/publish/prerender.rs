//! The whole story as plain semantic HTML, written into index.html at build
//! time: what readers get with JavaScript off or wasm blocked, what search
//! engines read, and what prints. Same story data, same wording helpers as
//! the interactive cards.

use std::fmt::Write;

use crate::host::snippet::escape_html as esc;
use crate::story::{source_date, Claim, Story};
use crate::strings;

fn source_refs(story: &Story, ids: &[String]) -> String {
    let links: Vec<String> = ids
        .iter()
        .filter_map(|id| story.source(id))
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
    out.push_str(&source_refs(story, &claim.sources));
    out.push_str("</p>");
    if let Some(d) = &claim.disagreement {
        let _ = write!(
            out,
            "<div class=\"ptx-versions\"><p class=\"ptx-versions-note\"><strong>{}.</strong> {}</p><ul>",
            strings::SOURCES_DISAGREE,
            esc(&d.note)
        );
        for v in &d.versions {
            let _ = write!(
                out,
                "<li class=\"ptx-version\"><p>{}{}</p></li>",
                esc(&v.text),
                source_refs(story, &v.sources)
            );
        }
        out.push_str("</ul></div>");
    }
    for note in &claim.notes {
        let concerns: Vec<&str> = note
            .concerns
            .iter()
            .filter_map(|id| story.source(id).map(|s| s.publisher.as_str()))
            .collect();
        let concerns = if concerns.is_empty() {
            String::new()
        } else {
            format!("{}: {}. ", strings::CONCERNS, concerns.join(", "))
        };
        let _ = write!(
            out,
            "<aside class=\"ptx-note\"><p><strong class=\"ptx-note-label\">{}. </strong>{}</p><p class=\"ptx-note-meta\">{}{}</p></aside>",
            strings::EDITORS_NOTE,
            esc(&note.text),
            esc(&concerns),
            esc(&strings::note_origin(&note.outlets, note.outside))
        );
    }
    out.push_str("</li>");
}

/// The static story, wrapped in the element the widget hides on mount.
pub fn static_story(story: &Story) -> String {
    let meta = &story.file.meta;
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<div class=\"ptx-static\" data-ptx-static><article class=\"ptx\" lang=\"{}\"><header class=\"ptx-head\"><p class=\"ptx-kicker\">{}</p><h1 class=\"ptx-title\">{}</h1><p class=\"ptx-standfirst\">{}</p><p class=\"ptx-dateline\">{} {} · {}</p></header><ol class=\"ptx-static-cards\">",
        esc(&meta.language),
        strings::KICKER,
        esc(&meta.title),
        esc(&meta.standfirst),
        strings::UPDATED,
        esc(&crate::story::date::StoryDate::parse(&meta.updated).map_or_else(|_| meta.updated.clone(), |d| d.display())),
        strings::summary(story.events().len(), story.file.sources.len()),
    );
    for (i, event) in story.events().iter().enumerate() {
        let _ = write!(
            out,
            "<li class=\"ptx-card\" id=\"ptx-card-{}\"><p class=\"ptx-card-meta\"><time datetime=\"{}\">{}</time> <span class=\"ptx-card-era\">{}</span></p><h2 class=\"ptx-card-title\">{}</h2><p class=\"ptx-actors\">{}</p><p class=\"ptx-body\">{}</p><ul class=\"ptx-claims\">",
            esc(&event.id),
            esc(&event.date),
            esc(&story.display_date(i)),
            esc(story.era_label(i)),
            esc(&event.headline),
            event
                .actors
                .iter()
                .map(|a| format!("<span class=\"ptx-actor\">{}</span>", esc(story.actor_name(a))))
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
        story.file.sources.len()
    );
    for s in &story.file.sources {
        let _ = write!(
            out,
            "<li class=\"ptx-source\" id=\"ptx-source-{}\"><p><strong>{}</strong></p><p class=\"ptx-source-headline\">{}</p><p class=\"ptx-source-byline\">{} · {}: {}</p><p class=\"ptx-source-url\"><a href=\"{}\" rel=\"noopener noreferrer\">{}</a></p><p class=\"ptx-source-framing\"><strong>{}: </strong>{}</p></li>",
            esc(&s.id),
            esc(&s.publisher),
            esc(&s.headline.as_ref().map_or_else(|| strings::HEADLINE_UNKNOWN.to_string(), |h| format!("“{h}”"))),
            esc(&s.author.as_ref().map_or_else(|| strings::AUTHOR_UNKNOWN.to_string(), |a| format!("{}: {a}", strings::AUTHOR))),
            strings::PUBLISHED,
            esc(&source_date(s)),
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
        for event in story.events() {
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
