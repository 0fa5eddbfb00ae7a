//! The explainer: the reducer's home and the layout of everything else.

use std::rc::Rc;

use yew::prelude::*;

use super::card::Card;
use super::filters::Filters;
use super::heading::heading;
use super::hooks::{use_address_follows, use_followed_links, use_host_commands, use_start_link};
use super::map::LocatorMap;
use super::scrubber::Scrubber;
use super::share::Share;
use super::sources::SourcesPanel;
use super::SharedStory;
use crate::deep_link;
use crate::filter::EventFacets;
use crate::host::fragment::{self, Theme};
use crate::host::metrics;
use crate::i18n::{Dir, Lang};
use crate::state::{Action, State};
use crate::strings;
use crate::timeline::Scale;

/// The widget title's level inside an article, under the article's own headline.
pub const ARTICLE_HEADING_LEVEL: u8 = 2;

/// Where and how the widget sits on a page; set by `app`.
#[derive(Clone, Debug, PartialEq)]
pub struct Placement {
    /// Read the starting view from the URL fragment and keep it up to date,
    /// and take commands from the embedding page (`ptx:show`, `ptx:host`).
    /// Off for widgets that own neither the address nor the page (tests).
    pub sync_location: bool,
    /// Prefix of this widget's fragment keys (`ns.card=…`), so several widgets
    /// on one page keep separate deep links. Empty: plain keys.
    pub link_namespace: AttrValue,
    /// Level of the widget's title: 1 on its own page, 2 inside an article.
    pub heading_level: u8,
    /// The embedding page's choice of theme; a `theme=` in the link wins.
    pub theme: Option<Theme>,
    /// Time runs left to right even in a right-to-left language (`Scrubber`).
    pub timeline_ltr: bool,
}

impl Default for Placement {
    fn default() -> Self {
        Placement {
            sync_location: false,
            link_namespace: AttrValue::default(),
            heading_level: ARTICLE_HEADING_LEVEL,
            theme: None,
            timeline_ltr: false,
        }
    }
}

// The reducer returns the same `Rc` when nothing changed, so an action that
// changes nothing re-renders nothing.
impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The validated story; compared by pointer, so it never re-renders anything.
    pub story: SharedStory,
    /// Where the widget sits on the page.
    #[prop_or_default]
    pub placement: Placement,
}

/// The whole widget for one story: title and standfirst, filters, scrubber,
/// the current card, map, sources and share panel. Owns the one reducer
/// (`State`), and is the only component that talks to the page: the URL
/// fragment, host messages and height reports.
#[component]
pub fn Explainer(props: &Props) -> Html {
    counted!("Explainer");
    let story = &props.story;
    let placement = &props.placement;
    let link = use_start_link(placement);
    let share_open = use_state_eq(|| false);
    let onsharetoggle = use_callback(share_open.setter(), |open: bool, set| set.set(open));
    let share_open = *share_open;
    let state = use_reducer({
        let story = story.clone();
        let link = link.clone();
        move || deep_link::to_state(&link, &story, Rc::new(EventFacets::from_story(&story)))
    });
    let visible = state.visible_shared();
    let scale = use_memo((story.clone(), visible.clone()), |(story, visible)| {
        Scale::for_events(story, visible)
    });

    let main = use_node_ref();
    use_address_follows(&state, story, placement, link.theme, &main);

    // One callback for the widget's life: children compare props, and a new
    // callback each render would re-render every one of them on every step.
    let ondispatch = use_callback(state.dispatcher(), |action: Action, dispatcher| {
        dispatcher.dispatch(action)
    });

    use_followed_links(state.dispatcher(), story, placement);
    use_host_commands(state.dispatcher(), story, placement.sync_location);
    // The first card is in the DOM once the first render's effects run.
    use_effect_with((), |_| metrics::mark("first-card"));
    let step = |action: Action| ondispatch.reform(move |_: MouseEvent| action);
    let meta = &story.meta;
    // Attribute values the story fixes, made once rather than on every step.
    // The story's language sets the direction of the whole widget, and only
    // of the widget: never of the host page around it.
    let fixed = use_memo(story.clone(), |story| {
        let dir = Lang::from_tag(&story.meta.language).map_or(Dir::Ltr, Lang::dir);
        (
            AttrValue::from(story.meta.title.clone()),
            AttrValue::from(story.meta.language.clone()),
            dir.attr(),
        )
    });
    let (title, language, dir) = (*fixed).clone();
    let position = state.position();
    let count = visible.len();
    let current = state.current;
    let shown_event = position.and_then(|_| story.event(current));
    let announcement = match shown_event {
        Some(e) => format!("{}: {}", e.display_date, e.headline),
        None => strings::NO_MATCH.to_string(),
    };
    // Only while the share panel is open: closed, it needs no link, and an
    // unchanged `None` does not re-render it on every step.
    let share_fragment = share_open.then(|| {
        AttrValue::from(fragment::merge(
            "",
            &placement.link_namespace,
            &deep_link::from_state(&state, story, None),
        ))
    });
    let theme_class = link.theme.or(placement.theme).map(Theme::class);
    let place = shown_event.and_then(|e| e.place);
    let place_outlets = shown_event.map_or_else(Rc::default, |e| e.place_outlets.clone());

    html! {
        <section class={classes!("ptx", theme_class)} lang={language} {dir} aria-label={title.clone()}>
            <header class="ptx-head">
                <p class="ptx-kicker">{ strings::KICKER }</p>
                { heading(placement.heading_level, "ptx-title", None, html! { &meta.title }) }
                <p class="ptx-standfirst">{ &meta.standfirst }</p>
                <p class="ptx-dateline">
                    { format!("{} {} · {}", strings::UPDATED, meta.updated.text, strings::summary(state.total(), story.sources.len())) }
                </p>
            </header>
            <Filters story={story.clone()} filter={state.filter.clone()} shown={count} total={state.total()}
                ondispatch={ondispatch.clone()} />
            if let Some(position) = position {
                <Scrubber story={story.clone()} scale={scale.clone()} visible={visible.clone()} {position}
                    ondispatch={ondispatch.clone()} keep_ltr={placement.timeline_ltr} />
            }
            <div class="ptx-columns">
                <div class="ptx-main" ref={main}>
                    if let Some(position) = position {
                        // Sticky on narrow widths: a reader deep in a long card
                        // keeps where they are and the way on.
                        <nav class="ptx-nav" aria-label={strings::CARD_NAVIGATION}>
                            <button type="button" class="ptx-step" aria-label={strings::PREVIOUS_EVENT}
                                disabled={position.0 == 0} onclick={step(Action::Previous)}>
                                <span class="ptx-arrow" aria-hidden="true">{ "← " }</span><span class="ptx-step-word">{ strings::PREVIOUS }</span>
                            </button>
                            <p class="ptx-nav-at">
                                <span class="ptx-nav-date">{ shown_event.map_or("", |e| &e.display_date) }</span>
                                <span class="ptx-position">{ strings::position(position.0 + 1, count) }</span>
                            </p>
                            <button type="button" class="ptx-step" aria-label={strings::NEXT_EVENT}
                                disabled={position.0 + 1 >= count} onclick={step(Action::Next)}>
                                <span class="ptx-step-word">{ strings::NEXT }</span><span class="ptx-arrow" aria-hidden="true">{ " →" }</span>
                            </button>
                        </nav>
                        <Card key={current.0} story={story.clone()} index={current}
                            open_citation={state.open_citation} expanded={state.expanded.clone()}
                            ondispatch={ondispatch.clone()} heading_level={placement.heading_level + 1} />
                        // Where Next goes, said where the reader finishes the card.
                        if let Some(next) = visible.get(position.0 + 1).and_then(|&e| story.event(e)) {
                            <button type="button" class="ptx-step ptx-next-card" onclick={step(Action::Next)}>
                                { strings::next_card(&next.display_date, &next.headline) }<span class="ptx-arrow" aria-hidden="true">{ " →" }</span>
                            </button>
                        }
                    } else {
                        <div class="ptx-empty">
                            <p>{ strings::NO_MATCH }</p>
                            <button type="button" class="ptx-step" onclick={step(Action::ClearFilter)}>
                                { strings::CLEAR_FILTERS }
                            </button>
                        </div>
                    }
                </div>
                <aside class="ptx-side" aria-label={strings::SIDE_PANEL}>
                    <LocatorMap story={story.clone()} {place} {place_outlets} />
                    <SourcesPanel story={story.clone()} heading_level={placement.heading_level + 1} />
                    <Share fragment={share_fragment} {title} ontoggle={onsharetoggle} />
                </aside>
            </div>
            <p class="ptx-sr" aria-live="polite" aria-atomic="true">{ announcement }</p>
        </section>
    }
}
