use std::rc::Rc;

use yew::prelude::*;

use super::outside::outlet_list;
use crate::state::{Action, CitationKey};
use crate::story::{source_date, Claim, Note, NoteKind, Story};
use crate::strings;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub story: Rc<Story>,
    pub claim: Claim,
    pub index: usize,
    /// The card's cited source ids, in marker-number order.
    pub card_sources: Rc<[String]>,
    pub open_citation: Option<CitationKey>,
    pub expanded: bool,
    pub ondispatch: Callback<Action>,
}

#[component]
pub fn ClaimView(props: &Props) -> Html {
    let claim = &props.claim;
    let markers = |version: Option<usize>, ids: &[String]| -> Html {
        html! {
            <span class="ptx-cites">
                { for ids.iter().enumerate().map(|(source, id)| {
                    let key = CitationKey { claim: props.index, version, source };
                    citation(props, key, id)
                }) }
            </span>
        }
    };
    let open_popover = props
        .open_citation
        .filter(|k| k.claim == props.index)
        .and_then(|k| {
            let ids = match k.version {
                None => Some(&claim.sources),
                Some(v) => claim
                    .disagreement
                    .as_ref()
                    .and_then(|d| d.versions.get(v))
                    .map(|v| &v.sources),
            };
            ids.and_then(|ids| ids.get(k.source))
                .map(|id| (k.version, id.clone()))
        });
    let popover_for = |version: Option<usize>| -> Html {
        match &open_popover {
            Some((v, id)) if *v == version => source_popover(&props.story, id, &props.ondispatch),
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
                { markers(None, &claim.sources) }
            </p>
            { popover_for(None) }
            if let Some(d) = &claim.disagreement {
                <div class="ptx-disagreement">
                    <button type="button" class="ptx-disagree-toggle" aria-expanded={props.expanded.to_string()}
                        onclick={
                            let ondispatch = props.ondispatch.clone();
                            let index = props.index;
                            Callback::from(move |_: MouseEvent| ondispatch.emit(Action::ToggleDisagreement(index)))
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
                                        <p>
                                            { &version.text }{ markers(Some(v), &version.sources) }
                                            if !version.outlets.is_empty() {
                                                <span class="ptx-version-outlets">
                                                    { format!(" ({}: ", strings::OUTSIDE_REPORTING) }{ outlet_list(&props.story, &version.outlets) }{ ")" }
                                                </span>
                                            }
                                        </p>
                                        { popover_for(Some(v)) }
                                    </li>
                                }) }
                            </ul>
                        </div>
                    }
                </div>
            }
            { for claim.notes.iter().map(|n| note(&props.story, n)) }
        </li>
    }
}

fn citation(props: &Props, key: CitationKey, id: &str) -> Html {
    let Some(source) = props.story.source(id) else {
        return Html::default();
    };
    let number = props
        .card_sources
        .iter()
        .position(|s| s == id)
        .map_or(0, |p| p + 1);
    let open = props.open_citation == Some(key);
    let onclick = {
        let ondispatch = props.ondispatch.clone();
        Callback::from(move |_: MouseEvent| ondispatch.emit(Action::ToggleCitation(key)))
    };
    html! {
        <button type="button" class={classes!("ptx-cite", open.then_some("ptx-cite-open"))}
            aria-expanded={open.to_string()}
            aria-label={strings::citation_label(number, &source.publisher, &source_date(source))}
            {onclick}>
            { number }
        </button>
    }
}

fn source_popover(story: &Story, id: &str, ondispatch: &Callback<Action>) -> Html {
    let Some(source) = story.source(id) else {
        return Html::default();
    };
    let onclose = {
        let ondispatch = ondispatch.clone();
        Callback::from(move |_: MouseEvent| ondispatch.emit(Action::CloseCitation))
    };
    html! {
        <div class="ptx-popover" role="group" aria-label={strings::source_label(&source.publisher, &source_date(source))}>
            <p class="ptx-popover-publisher"><strong>{ &source.publisher }</strong>{ format!(" · {}", source_date(source)) }</p>
            <p class="ptx-popover-headline">{ strings::source_headline(source) }</p>
            <p class="ptx-popover-actions">
                <a href={source.url.clone()} target="_blank" rel="noopener noreferrer">
                    { strings::OPEN_SOURCE }<span class="ptx-sr">{ format!(" {}", strings::NEW_TAB) }</span>
                    <span aria-hidden="true">{ " ↗" }</span>
                </a>
                <button type="button" class="ptx-popover-close" onclick={onclose}>{ strings::CLOSE }</button>
            </p>
        </div>
    }
}

fn note(story: &Story, note: &Note) -> Html {
    let concerns: Vec<&str> = note
        .concerns
        .iter()
        .filter_map(|id| story.source(id).map(|s| s.publisher.as_str()))
        .collect();
    let kind = match note.kind {
        NoteKind::Correction => "ptx-note-correction",
        NoteKind::Outside => "ptx-note-outside",
    };
    html! {
        <aside class={classes!("ptx-note", kind)}>
            <p>
                <strong class="ptx-note-label">{ format!("{}. ", strings::note_label(note.kind)) }</strong>
                { &note.text }
            </p>
            <p class="ptx-note-meta">
                if !concerns.is_empty() {
                    { format!("{}: {}. ", strings::CONCERNS, concerns.join(", ")) }
                }
                if !note.outlets.is_empty() {
                    { format!("{}: ", strings::OUTSIDE_REPORTING) }{ outlet_list(story, &note.outlets) }{ "." }
                }
            </p>
        </aside>
    }
}
