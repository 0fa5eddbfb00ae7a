use std::rc::Rc;

use yew::prelude::*;

use super::card::Card;
use super::scrubber::Scrubber;
use super::sources::SourcesPanel;
use crate::state::{Action, State};
use crate::story::date::StoryDate;
use crate::story::Story;
use crate::strings;
use crate::timeline::Scale;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub story: Rc<Story>,
}

#[component]
pub fn Explainer(props: &Props) -> Html {
    let story = &props.story;
    let state = use_reducer({
        let eras: Rc<[usize]> = Rc::from(story.event_eras.clone());
        move || State::new(eras)
    });
    let scale = use_memo(story.clone(), |story| Scale::for_story(story));
    let ondispatch = {
        let state = state.dispatcher();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let count = state.count();
    let current = state.current;
    let step = |action: Action| {
        let ondispatch = ondispatch.clone();
        Callback::from(move |_: MouseEvent| ondispatch.emit(action))
    };
    let meta = &story.file.meta;
    let updated =
        StoryDate::parse(&meta.updated).map_or_else(|_| meta.updated.clone(), |d| d.display());
    let headline = story
        .events()
        .get(current)
        .map_or("", |e| e.headline.as_str());
    let announcement = format!("{}: {}", story.display_date(current), headline);

    html! {
        <section class="ptx" lang={meta.language.clone()} aria-label={meta.title.clone()}>
            <header class="ptx-head">
                <p class="ptx-kicker">{ strings::KICKER }</p>
                <h2 class="ptx-title">{ &meta.title }</h2>
                <p class="ptx-standfirst">{ &meta.standfirst }</p>
                <p class="ptx-dateline">
                    { format!("{} {updated} · {}", strings::UPDATED, strings::summary(count, story.file.sources.len())) }
                </p>
            </header>
            <Scrubber story={story.clone()} scale={scale.clone()} {current} ondispatch={ondispatch.clone()} />
            <nav class="ptx-nav" aria-label={strings::TIMELINE}>
                <button type="button" class="ptx-step" aria-label={strings::PREVIOUS_EVENT}
                    disabled={current == 0} onclick={step(Action::Previous)}>
                    <span aria-hidden="true">{ "← " }</span>{ strings::PREVIOUS }
                </button>
                <p class="ptx-position">{ strings::position(current + 1, count) }</p>
                <button type="button" class="ptx-step" aria-label={strings::NEXT_EVENT}
                    disabled={current + 1 >= count} onclick={step(Action::Next)}>
                    { strings::NEXT }<span aria-hidden="true">{ " →" }</span>
                </button>
            </nav>
            <Card key={current} story={story.clone()} index={current}
                open_citation={state.open_citation} expanded={state.expanded.clone()}
                ondispatch={ondispatch} />
            <p class="ptx-sr" aria-live="polite" aria-atomic="true">{ announcement }</p>
            <SourcesPanel story={story.clone()} />
        </section>
    }
}
