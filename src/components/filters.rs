//! The filter panel: which events the timeline and cards show.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::SharedStory;
use crate::filter::Filter;
use crate::state::Action;
use crate::story::{ActorIx, EraIx};
use crate::strings;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub story: SharedStory,
    /// The filter in force.
    pub filter: Rc<Filter>,
    /// Events the filter lets through, and all events, for "12 of 30 events".
    pub shown: usize,
    pub total: usize,
    /// Receives era and actor choices.
    pub ondispatch: Callback<Action>,
}

/// Narrows the timeline by era and by country; says how many events remain.
#[component]
pub fn Filters(props: &Props) -> Html {
    counted!("Filters");
    let story = &props.story;
    let filter = &props.filter;
    let onera = {
        let ondispatch = props.ondispatch.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            ondispatch.emit(Action::SetEra(value.parse::<usize>().ok().map(EraIx)));
        })
    };
    let onclear = props.ondispatch.reform(|_: MouseEvent| Action::ClearFilter);
    let active = filter.actors.len() + usize::from(filter.era.is_some());
    let summary = if active > 0 {
        format!("{} ({active})", strings::FILTER)
    } else {
        strings::FILTER.to_string()
    };

    html! {
        <div class="ptx-filterbar">
            <details class="ptx-filters" open={filter.is_active()}>
                <summary>{ summary }</summary>
                <div class="ptx-filter-body">
                    <fieldset class="ptx-actor-filter">
                        <legend>{ strings::FILTER_ACTORS }</legend>
                        { for story.actors.iter().enumerate().map(|(i, actor)| {
                            let ix = ActorIx(i);
                            let onchange = props.ondispatch.reform(move |_: Event| Action::ToggleActor(ix));
                            html! {
                                <label class="ptx-check">
                                    <input type="checkbox" checked={filter.actors.contains(&ix)} {onchange} />
                                    { &actor.name }
                                </label>
                            }
                        }) }
                    </fieldset>
                    <label class="ptx-era-filter">
                        { strings::FILTER_ERA }
                        <select onchange={onera}>
                            <option value="" selected={filter.era.is_none()}>{ strings::ALL_ERAS }</option>
                            { for story.eras.iter().enumerate().map(|(i, era)| html! {
                                <option value={i.to_string()} selected={filter.era == Some(EraIx(i))}>{ &era.label }</option>
                            }) }
                        </select>
                    </label>
                    <button type="button" class="ptx-clear" disabled={!filter.is_active()} onclick={onclear}>
                        { strings::CLEAR_FILTERS }
                    </button>
                </div>
            </details>
            <p class="ptx-filter-count" role="status">{ strings::shown(props.shown, props.total) }</p>
        </div>
    }
}
