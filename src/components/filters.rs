use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::filter::Filter;
use crate::state::Action;
use crate::story::Story;
use crate::strings;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub story: Rc<Story>,
    pub filter: Filter,
    pub shown: usize,
    pub total: usize,
    pub ondispatch: Callback<Action>,
}

#[component]
pub fn Filters(props: &Props) -> Html {
    counted!("Filters");
    let story = &props.story;
    let filter = &props.filter;
    let onera = {
        let ondispatch = props.ondispatch.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            ondispatch.emit(Action::SetEra(value.parse::<usize>().ok()));
        })
    };
    let onclear = {
        let ondispatch = props.ondispatch.clone();
        Callback::from(move |_: MouseEvent| ondispatch.emit(Action::ClearFilter))
    };
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
                        { for story.file.actors.iter().map(|actor| {
                            let id = actor.id.clone();
                            let ondispatch = props.ondispatch.clone();
                            let onchange = Callback::from(move |_: Event| ondispatch.emit(Action::ToggleActor(id.clone())));
                            html! {
                                <label class="ptx-check">
                                    <input type="checkbox" checked={filter.actors.contains(&actor.id)} {onchange} />
                                    { &actor.name }
                                </label>
                            }
                        }) }
                    </fieldset>
                    <label class="ptx-era-filter">
                        { strings::FILTER_ERA }
                        <select onchange={onera}>
                            <option value="" selected={filter.era.is_none()}>{ strings::ALL_ERAS }</option>
                            { for story.file.eras.iter().enumerate().map(|(i, era)| html! {
                                <option value={i.to_string()} selected={filter.era == Some(i)}>{ &era.label }</option>
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
