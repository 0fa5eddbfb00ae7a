//! A claim on a card and everything that backs or qualifies it.

use yew::prelude::*;

use super::outside::outlet_list;
use super::SharedStory;
use crate::state::{Action, CitationKey};
use crate::story::{Citation, EventIx, Note, NoteKind, Story};
use crate::strings;
use crate::text_fragment;

/// A claim is named by where it sits (the story, its card, its place on the
/// card) rather than passed by value: props stay a pointer and two numbers,
/// compared in no time, so a claim renders again only when something it
/// shows changed.
#[derive(Properties, PartialEq)]
pub struct Props {
    pub story: SharedStory,
    pub event: EventIx,
    /// The claim's place on its card.
    pub index: usize,
    /// The card's open citation, only when it is one of this claim's.
    pub open_citation: Option<CitationKey>,
    /// Whether the claim's disagreement shows every version.
    pub expanded: bool,
    /// Receives citation and disagreement toggles.
    pub ondispatch: Callback<Action>,
}

/// One claim with its citations (numbered buttons opening a popover on the
/// source, with the passage of it that backs the claim and a link to that
/// passage in context), how many outlets back it ("3 outlets: …"), its pull
/// quote, its disagreement (each version with its own backing, worded by
/// kind) and its editor's notes.
#[component]
pub fn ClaimView(props: &Props) -> Html {
    counted!("ClaimView");
    let story = &props.story;
    let Some((event, claim)) = story
        .event(props.event)
        .and_then(|e| Some((e, e.claims.get(props.index)?)))
    else {
        return Html::default();
    };
    let markers = |version: Option<usize>, citations: &[Citation]| -> Html {
        html! {
            <span class="ptx-cites">
                { for citations.iter().enumerate().map(|(n, c)| {
                    let key = CitationKey { claim: props.index, version, citation: n };
                    citation(props, key, c)
                }) }
            </span>
        }
    };
    let open_popover = props.open_citation.and_then(|k| {
        let cited = claim.citations_of(k.version)?.get(k.citation)?;
        Some((k.version, cited))
    });
    let popover_for = |version: Option<usize>| -> Html {
        match open_popover {
            Some((v, c)) if v == version => source_popover(story, c, &props.ondispatch),
            _ => Html::default(),
        }
    };

    html! {
        <li class="ptx-claim">
            <p class="ptx-claim-text">
                { &claim.text }
                if let Some(q) = &claim.quote {
                    { " " }
                    <q class="ptx-quote">{ &q.text }</q>
                    <span class="ptx-quote-by">{ format!(" {} {}", strings::QUOTE_BY, q.by) }</span>
                }
                { markers(None, &claim.citations) }
            </p>
            if let Some((text, by)) = claim.quote.as_ref().and_then(|_| crate::original_quote(&event.id, props.index)) {
                <details class="ptx-original">
                    <summary>{ strings::translated_quote() }</summary>
                    <p lang="en" dir="ltr"><q>{ text }</q>{ format!(" {} {by}", strings::QUOTE_BY) }</p>
                </details>
            }
            { popover_for(None) }
            if let Some(d) = &claim.disagreement {
                <div class="ptx-disagreement">
                    <button type="button" class="ptx-disagree-toggle" aria-expanded={props.expanded.to_string()}
                        onclick={
                            let index = props.index;
                            props.ondispatch.reform(move |_: MouseEvent| Action::ToggleDisagreement(index))
                        }>
                        <span class="ptx-disagree-icon" aria-hidden="true">{ "⇄" }</span>
                        { strings::disagreement_label(d.kind) }
                    </button>
                    if props.expanded {
                        <div class="ptx-versions">
                            <p class="ptx-versions-note">{ &d.note }</p>
                            <ul>
                                { for d.versions.iter().enumerate().map(|(v, version)| html! {
                                    <li class="ptx-version">
                                        // Who says it leads: the version is the outlet's account.
                                        <p>
                                            { markers(Some(v), &version.citations) }{ " " }{ &version.text }
                                            if !version.outlets.is_empty() {
                                                <span class="ptx-version-outlets">
                                                    { format!(" ({}: ", strings::OUTSIDE_REPORTING) }{ outlet_list(story, &version.outlets) }{ ")" }
                                                </span>
                                            }
                                        </p>
                                        { popover_for(Some(v)) }
                                    </li>
                                }) }
                            </ul>
                            // The note that settles a dispute reads after the
                            // versions it settles, never as a verdict before them.
                            { for claim.notes.iter().map(|n| note(story, n)) }
                        </div>
                    }
                </div>
            } else {
                { for claim.notes.iter().map(|n| note(story, n)) }
            }
        </li>
    }
}

/// A citation marker, labelled with the source's short name: the same label
/// on every card, in every version and in the source lists.
fn citation(props: &Props, key: CitationKey, cited: &Citation) -> Html {
    let source = props.story.source(cited.source);
    let open = props.open_citation == Some(key);
    let onclick = props
        .ondispatch
        .reform(move |_: MouseEvent| Action::ToggleCitation(key));
    html! {
        <button type="button" class={classes!("ptx-cite", open.then_some("ptx-cite-open"))}
            aria-expanded={open.to_string()}
            aria-label={strings::source_label(&source.publisher, strings::source_date(source))}
            {onclick}>
            { source.short_name() }
        </button>
    }
}

/// The open citation: who and when, the source's own words that back the
/// claim, and a link to those words in the source.
fn source_popover(story: &Story, cited: &Citation, ondispatch: &Callback<Action>) -> Html {
    let source = story.source(cited.source);
    let date = strings::source_date(source);
    let onclose = ondispatch.reform(|_: MouseEvent| Action::CloseCitation);
    html! {
        <div class="ptx-popover" role="group" aria-label={strings::source_label(&source.publisher, date)}>
            <p class="ptx-popover-publisher"><strong>{ &source.publisher }</strong>{ format!(" · {date}") }</p>
            <blockquote class="ptx-passage" dir="auto" cite={source.url.clone()}>
                <p>{ &cited.passage }</p>
            </blockquote>
            <p class="ptx-popover-headline">{ strings::source_headline(source) }</p>
            <p class="ptx-popover-actions">
                <a href={text_fragment::link(&source.url, &cited.passage)} target="_blank" rel="noopener noreferrer">
                    { strings::READ_IN_CONTEXT }<span class="ptx-sr">{ format!(" {}", strings::NEW_TAB) }</span>
                    <span aria-hidden="true">{ " ↗" }</span>
                </a>
                <button type="button" class="ptx-popover-close" onclick={onclose}>{ strings::CLOSE }</button>
            </p>
        </div>
    }
}

fn note(story: &Story, note: &Note) -> Html {
    let kind = match note.kind {
        NoteKind::Correction => "ptx-note-correction",
        NoteKind::Outside => "ptx-note-outside",
    };
    html! {
        <aside class={classes!("ptx-note", kind)}>
            <p>
                <strong class="ptx-note-label">{ format!("{}{} ", strings::note_label(note.kind), strings::FULL_STOP) }</strong>
                { &note.text }
            </p>
            <p class="ptx-note-meta">
                { strings::note_concerns(story, note) }
                if !note.outlets.is_empty() {
                    { format!("{}: ", strings::OUTSIDE_REPORTING) }{ outlet_list(story, &note.outlets) }{ strings::FULL_STOP }
                }
            </p>
        </aside>
    }
}
