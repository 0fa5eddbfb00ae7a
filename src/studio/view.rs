//! The studio's page: the story text with line numbers on the left, the
//! problems and warnings under it, the live widget on the right. The text
//! is checked a moment after each edit; the preview shows the last version
//! without problems.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::browser;
use super::check::{check, Checked, Placed, Severity};
use crate::components::{Explainer, Placement, SharedStory};
use crate::host::fragment::{self, Fragment, Theme};
use crate::host::location;
use crate::publish::story_page;
use crate::{sheets, zip};

/// The name problems are reported under, as `story-check` names the file.
const FILE_NAME: &str = "story.json";
/// The spreadsheet's tabs, one CSV file each, in one download.
const SHEETS_FILE_NAME: &str = "story-sheets.zip";
/// The published bundle for the edited story, in one download.
const BUNDLE_FILE_NAME: &str = "explainer-bundle.zip";
/// The pause in typing after which the text is checked and the preview
/// redrawn: checking the real story takes a few milliseconds, redrawing the
/// widget some more, and neither should happen on every key.
const DEBOUNCE_MS: u32 = 250;
/// The editor's line height in pixels (studio.css `--studio-line`), for
/// scrolling a line into view.
const LINE_PX: i32 = 20;
/// Preview widths: a phone, a tablet or narrow column, a desktop page.
const WIDTHS: [u32; 3] = [360, 768, 1280];

/// What the page shows of the last check.
#[derive(Clone, PartialEq)]
pub struct View {
    found: Rc<Vec<Placed>>,
    problems: usize,
    /// The last version without problems.
    story: Option<SharedStory>,
    /// Bumped to redraw the widget from scratch: it then reads its card
    /// from the address, where it keeps it.
    redraw: u32,
    /// The card last asked for (card list, a problem's card).
    card: Option<String>,
    /// Checks done, for tests to wait on.
    checks: u32,
    /// The text differs from what was last opened or downloaded.
    unsaved: bool,
}

pub enum Msg {
    Checked {
        found: Vec<Placed>,
        story: Option<SharedStory>,
        unsaved: bool,
    },
    /// Redraw the widget on this card.
    ShowCard(String),
    Saved,
}

impl Reducible for View {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = (*self).clone();
        match msg {
            Msg::Checked {
                found,
                story,
                unsaved,
            } => {
                next.problems = found
                    .iter()
                    .filter(|p| p.severity == Severity::Problem)
                    .count();
                next.found = Rc::new(found);
                if let Some(story) = story {
                    next.story = Some(story);
                    next.redraw += 1;
                }
                next.checks += 1;
                next.unsaved = unsaved;
            }
            Msg::ShowCard(card) => {
                next.card = Some(card);
                next.redraw += 1;
            }
            Msg::Saved => next.unsaved = false,
        }
        Rc::new(next)
    }
}

fn line_count(text: &str) -> usize {
    text.matches('\n').count() + 1
}

/// Shows `card` in the preview: the widget reads its starting card from
/// the address when drawn.
fn show_card(card: &str, view: &UseReducerDispatcher<View>) {
    let link = Fragment {
        card: Some(card.to_string()),
        ..Fragment::default()
    };
    location::replace_hash(&fragment::format(&link));
    view.dispatch(Msg::ShowCard(card.to_string()));
}

#[component]
pub fn Studio() -> Html {
    let editor = use_node_ref();
    let gutter = use_node_ref();
    // Kept work wins over the published story: a reload loses nothing.
    // Without it the editor starts empty and the published story is opened
    // once it has arrived.
    let start = use_memo((), |_| browser::kept_work().unwrap_or_default());
    let saved = use_mut_ref(|| start.1.clone());
    let unsaved = use_memo((), |_| Rc::new(Cell::new(start.0 != start.1)));
    let lines = use_state_eq(|| line_count(&start.0));
    let view = use_reducer(|| {
        let checked = (!start.0.is_empty()).then(|| check(FILE_NAME, &start.0));
        View {
            problems: checked.as_ref().map_or(0, Checked::problems),
            checks: u32::from(checked.is_some()),
            story: (checked.as_ref()).and_then(|c| c.story.clone().map(SharedStory::new)),
            found: Rc::new(checked.map(|c| c.found).unwrap_or_default()),
            redraw: 0,
            card: None,
            unsaved: start.0 != start.1,
        }
    });
    let width = use_state_eq(|| WIDTHS[1]);
    let theme = use_state_eq(|| None::<Theme>);
    let message = use_state_eq(String::new);
    let pending = use_mut_ref(|| None::<Timeout>);

    {
        let unsaved = (*unsaved).clone();
        use_effect_with((), move |_| {
            let listener = browser::warn_before_leaving(unsaved);
            move || drop(listener)
        });
    }

    // Checks the editor's text now, keeps it, and shows the result.
    let check_now = {
        let editor = editor.clone();
        let view = view.dispatcher();
        let saved = saved.clone();
        let unsaved = (*unsaved).clone();
        Rc::new(move || {
            let Some(editor) = editor.cast::<HtmlTextAreaElement>() else {
                return;
            };
            let text = editor.value();
            let checked = check(FILE_NAME, &text);
            browser::keep_work(&text);
            let differs = *saved.borrow() != text;
            unsaved.set(differs);
            view.dispatch(Msg::Checked {
                found: checked.found,
                story: checked.story.map(SharedStory::new),
                unsaved: differs,
            });
        })
    };

    let oninput = {
        let lines = lines.setter();
        let pending = pending.clone();
        let check_now = check_now.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(editor) = e.target_dyn_into::<HtmlTextAreaElement>() {
                lines.set(line_count(&editor.value()));
            }
            let check_now = check_now.clone();
            // Replacing the pending timeout cancels it.
            *pending.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || check_now()));
        })
    };

    let onscroll = {
        let gutter = gutter.clone();
        Callback::from(move |e: Event| {
            if let (Some(editor), Some(gutter)) = (
                e.target_dyn_into::<HtmlTextAreaElement>(),
                gutter.cast::<web_sys::Element>(),
            ) {
                gutter.set_scroll_top(editor.scroll_top());
            }
        })
    };

    // The text before the last open or discard, which one button brings
    // back (and pressed again, forward): the browser's own undo covers typing.
    let before_open = use_mut_ref(|| None::<String>);
    let can_go_back = use_state_eq(|| false);

    // Opens `text` in the editor as the new saved version.
    let open = {
        let editor = editor.clone();
        let saved = saved.clone();
        let check_now = check_now.clone();
        let message = message.setter();
        let before_open = before_open.clone();
        let can_go_back = can_go_back.setter();
        Rc::new(move |text: String, from: String| {
            let Some(editor) = editor.cast::<HtmlTextAreaElement>() else {
                return;
            };
            browser::keep_saved(&text);
            *saved.borrow_mut() = text.clone();
            // An empty editor has nothing worth swapping back to.
            let before = editor.value();
            if !before.is_empty() {
                *before_open.borrow_mut() = Some(before);
                can_go_back.set(true);
            }
            browser::replace_text(&editor, &text);
            check_now();
            message.set(format!("Opened {from}."));
        })
    };

    let on_go_back = {
        let editor = editor.clone();
        let check_now = check_now.clone();
        let message = message.setter();
        Callback::from(move |_: MouseEvent| {
            let (Some(editor), Some(before)) = (
                editor.cast::<HtmlTextAreaElement>(),
                before_open.borrow_mut().take(),
            ) else {
                return;
            };
            *before_open.borrow_mut() = Some(editor.value());
            browser::replace_text(&editor, &before);
            check_now();
            message.set("Swapped back to the text before: press again to swap forward.".into());
        })
    };

    // Opens the story file published with the studio; `then`, a message
    // to show once it is open.
    let open_published = {
        let open = open.clone();
        let message = message.setter();
        Rc::new(move |then: Option<&'static str>| {
            let open = open.clone();
            let message = message.clone();
            yew::platform::spawn_local(async move {
                match browser::published_story().await {
                    Ok(text) => {
                        open(text, "the published story".into());
                        if let Some(then) = then {
                            message.set(then.into());
                        }
                    }
                    Err(why) => {
                        message.set(format!("The published story could not be opened: {why}"))
                    }
                }
            });
        })
    };
    {
        let open_published = open_published.clone();
        let starts_empty = start.0.is_empty();
        use_effect_with((), move |_| {
            if starts_empty {
                open_published(None);
            }
        });
    }

    let on_published = {
        let open_published = open_published.clone();
        Callback::from(move |_: MouseEvent| open_published(None))
    };

    let on_discard = {
        let open_published = open_published.clone();
        Callback::from(move |_: MouseEvent| {
            browser::forget_work();
            open_published(Some(
                "Your changes were discarded: the published story is back (\"Swap back\" restores them).",
            ));
        })
    };

    // One story.json, or a spreadsheet's tabs (CSV files) read into one.
    let sheet_problems = use_state_eq(Vec::<String>::new);
    let open_files = {
        let open = open.clone();
        let message = message.setter();
        let sheet_problems = sheet_problems.setter();
        Rc::new(move |files: Option<web_sys::FileList>| {
            let files: Vec<web_sys::File> = files
                .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
                .unwrap_or_default();
            if files.is_empty() {
                return;
            }
            let open = open.clone();
            let message = message.clone();
            let sheet_problems = sheet_problems.clone();
            yew::platform::spawn_local(async move {
                let mut read = Vec::new();
                for file in files {
                    let name = file.name();
                    match browser::read_file(file).await {
                        Ok(text) => read.push((name, text)),
                        Err(why) => return message.set(why),
                    }
                }
                sheet_problems.set(Vec::new());
                if !read
                    .iter()
                    .all(|(name, _)| name.to_lowercase().ends_with(".csv"))
                {
                    if let [(name, text)] = read.as_slice() {
                        open(text.clone(), name.clone());
                    } else {
                        message.set(
                            "Open one story.json, or the CSV files of a spreadsheet's tabs.".into(),
                        );
                    }
                    return;
                }
                match sheets::from_sheets(&read) {
                    Ok(sheet) => open(sheet.json, format!("the spreadsheet ({} tabs)", read.len())),
                    Err(problems) => {
                        message.set(format!(
                            "The spreadsheet was not opened: {} problem(s), below.",
                            problems.len()
                        ));
                        sheet_problems.set(problems.iter().map(ToString::to_string).collect());
                    }
                }
            });
        })
    };

    let on_pick = {
        let open_files = open_files.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                open_files(input.files());
                // Picking the same file again should open it again.
                input.set_value("");
            }
        })
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let on_drop = {
        let open_files = open_files.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            open_files(e.data_transfer().and_then(|d| d.files()));
        })
    };

    let save = {
        let editor = editor.clone();
        let saved = saved.clone();
        let view = view.dispatcher();
        let unsaved = (*unsaved).clone();
        let message = message.setter();
        Rc::new(move || {
            let Some(editor) = editor.cast::<HtmlTextAreaElement>() else {
                return;
            };
            let text = editor.value();
            browser::download(FILE_NAME, text.as_bytes(), "application/json");
            browser::keep_saved(&text);
            *saved.borrow_mut() = text;
            unsaved.set(false);
            view.dispatch(Msg::Saved);
            message.set(format!("Downloaded {FILE_NAME}."));
        })
    };
    let on_sheets = {
        let editor = editor.clone();
        let message = message.setter();
        Callback::from(move |_: MouseEvent| {
            let Some(editor) = editor.cast::<HtmlTextAreaElement>() else {
                return;
            };
            // One zip: browsers stop a page offering a dozen downloads at once.
            let tabs = match sheets::to_sheets(&editor.value()) {
                Ok(tabs) => tabs,
                Err(why) => {
                    return message.set(format!("The text is not JSON, so it has no tabs: {why}"))
                }
            };
            let files: Vec<(String, Vec<u8>)> = (tabs.into_iter())
                .map(|(tab, csv)| (format!("{tab}.csv"), csv.into_bytes()))
                .collect();
            if let Some(zip) = zip::stored(&files) {
                browser::download(SHEETS_FILE_NAME, &zip, "application/zip");
                message.set(format!(
                    "Downloaded {SHEETS_FILE_NAME}: {} CSV files, one per tab.",
                    files.len()
                ));
            }
        })
    };
    let on_bundle = {
        let editor = editor.clone();
        let message = message.setter();
        Callback::from(move |_: MouseEvent| {
            let Some(editor) = editor.cast::<HtmlTextAreaElement>() else {
                return;
            };
            // The text as it is now, not as last checked: a bundle of the
            // last version without problems would publish what nobody sees.
            let text = editor.value();
            let checked = check(FILE_NAME, &text);
            let Some(story) = checked.story else {
                return message.set(format!(
                    "The text has {} problem(s): fix them, then download the bundle.",
                    checked.problems()
                ));
            };
            message.set("Making the bundle…".into());
            let message = message.clone();
            yew::platform::spawn_local(async move {
                let bundle = browser::published_bundle()
                    .await
                    .and_then(|files| story_page::republish(files, &story, &text));
                match bundle.map(|files| (zip::stored(&files), files.len())) {
                    Ok((Some(zip), count)) => {
                        browser::download(BUNDLE_FILE_NAME, &zip, "application/zip");
                        message.set(format!(
                            "Downloaded {BUNDLE_FILE_NAME}: the {count} files of the published widget, for this story. Upload them in place of the published ones."
                        ));
                    }
                    Ok((None, _)) => message.set("The bundle is too large for one zip.".into()),
                    Err(why) => message.set(format!("The bundle could not be made: {why}")),
                }
            });
        })
    };
    let on_save = {
        let save = save.clone();
        Callback::from(move |_: MouseEvent| save())
    };

    // Moves the cursor to a problem and the preview to its card.
    let go_to = {
        let editor = editor.clone();
        let view = view.dispatcher();
        Rc::new(move |placed: &Placed| {
            if let Some(editor) = editor.cast::<HtmlTextAreaElement>() {
                let _ = editor.focus();
                let at = u32::try_from(placed.at.utf16).unwrap_or(u32::MAX);
                let _ = editor.set_selection_range(at, at);
                let line = i32::try_from(placed.at.line).unwrap_or(i32::MAX);
                let top = (line - 1).saturating_mul(LINE_PX) - editor.client_height() / 3;
                editor.set_scroll_top(top.max(0));
            }
            if let Some(card) = &placed.card {
                show_card(card, &view);
            }
        })
    };

    // Shortcuts work wherever the focus is (after a reload it is on the page).
    let found_now = use_mut_ref(|| view.found.clone());
    *found_now.borrow_mut() = view.found.clone();
    {
        let save = save.clone();
        let go_to = go_to.clone();
        let editor = editor.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                EventListenerOptions::enable_prevent_default(),
                move |e| {
                    let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    let command = e.ctrl_key() || e.meta_key();
                    if command && e.key().eq_ignore_ascii_case("s") {
                        e.prevent_default();
                        save();
                    } else if e.key() == "F8" {
                        e.prevent_default();
                        let cursor = (editor.cast::<HtmlTextAreaElement>())
                            .and_then(|t| t.selection_start().ok().flatten())
                            .unwrap_or(0) as usize;
                        let found = found_now.borrow().clone();
                        // The next one after the cursor (before it with Shift), round the end.
                        let next = if e.shift_key() {
                            (found.iter().rev().find(|p| p.at.utf16 < cursor)).or(found.last())
                        } else {
                            (found.iter().find(|p| p.at.utf16 > cursor)).or(found.first())
                        };
                        if let Some(placed) = next {
                            go_to(placed);
                        }
                    }
                },
            );
            move || drop(listener)
        });
    }

    let on_width = {
        let width = width.setter();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                width.set(select.value().parse().unwrap_or(WIDTHS[1]));
            }
        })
    };
    let on_theme = {
        let theme = theme.setter();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                theme.set(Theme::parse(&select.value()));
            }
        })
    };
    let on_card = {
        let view = view.dispatcher();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                show_card(&select.value(), &view);
            }
        })
    };

    let numbers = (1..=*lines)
        .map(|n| n.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    let warnings = view.found.len() - view.problems;
    let summary = match (view.problems, warnings) {
        (0, 0) => "No problems, no warnings.".to_string(),
        (p, w) => format!("{p} problem(s), {w} warning(s)."),
    };
    let found_list = view.found.iter().map(|placed| {
        let onclick = {
            let go_to = go_to.clone();
            let placed = placed.clone();
            Callback::from(move |_: MouseEvent| go_to(&placed))
        };
        let (kind, class) = match placed.severity {
            Severity::Problem => ("Problem", "studio-problem"),
            Severity::Warning => ("Warning", "studio-warning"),
        };
        html! {
            <li>
                <button type="button" class={classes!("studio-found", class)} {onclick}>
                    <span class="studio-kind">{ kind }</span>
                    { " " }<span class="studio-where">{ format!("line {}:{}", placed.at.line, placed.at.column) }</span>
                    { " " }<code>{ &placed.path }</code>
                    <span class="studio-message">{ &placed.message }</span>
                </button>
            </li>
        }
    });
    let banner = match (&view.story, view.problems) {
        (_, 0) => None,
        (Some(_), n) => Some(format!(
            "The text has {n} problem(s): the preview shows the last version without problems."
        )),
        (None, n) => Some(format!(
            "The text has {n} problem(s) and no version of it has been without problems yet: fix them to see the preview."
        )),
    };
    let placement = Placement {
        sync_location: true,
        theme: *theme,
        ..Placement::default()
    };
    let theme_value = theme.map_or("", Theme::as_str);

    html! {
        <div class="studio" data-checks={view.checks.to_string()}>
            <header class="studio-bar">
                <h1 class="studio-title">{ "Story studio" }</h1>
                <div class="studio-actions">
                    <button type="button" onclick={on_published}>{ "Open the published story" }</button>
                    <label class="studio-file">
                        { "Open story.json or CSV tabs…" }
                        <input type="file" multiple=true accept=".json,.csv,application/json,text/csv" onchange={on_pick} />
                    </label>
                    <button type="button" onclick={on_save}>{ "Download story.json" }</button>
                    <button type="button" onclick={on_sheets}>{ "Download as spreadsheet (CSV)" }</button>
                    <button type="button" onclick={on_bundle}>{ "Download bundle (publish)" }</button>
                    <button type="button" onclick={on_discard}>{ "Discard my changes" }</button>
                    if *can_go_back {
                        <button type="button" onclick={on_go_back}>{ "Swap back" }</button>
                    }
                </div>
                <p class="studio-status" role="status">
                    { if view.unsaved { "Unsaved changes (kept in this browser). " } else { "" } }
                    { (*message).clone() }
                </p>
                if !sheet_problems.is_empty() {
                    <ul class="studio-sheet-problems">
                        { for sheet_problems.iter().map(|p| html! { <li>{ p }</li> }) }
                    </ul>
                }
            </header>
            <main class="studio-panes">
                <section class="studio-edit" aria-labelledby="studio-text-title"
                    ondragover={on_drag_over} ondrop={on_drop}>
                    <h2 id="studio-text-title">{ "Story file" }</h2>
                    <p class="studio-hint" id="studio-text-hint">
                        { "Edit, paste or drop a story.json here. Ctrl+S downloads it, F8 (Shift+F8) goes to the next (previous) problem, Ctrl+Z and Ctrl+Y undo and redo typing; after opening a file, \"Swap back\" brings the text before it back." }
                    </p>
                    <div class="studio-editor">
                        <pre class="studio-gutter" aria-hidden="true" ref={gutter}>{ numbers }</pre>
                        <textarea ref={editor} class="studio-text" aria-labelledby="studio-text-title"
                            aria-describedby="studio-text-hint" spellcheck="false" autocomplete="off"
                            wrap="off" defaultvalue={start.0.clone()} {oninput} {onscroll} />
                    </div>
                    <h2 id="studio-found-title">{ "Problems and warnings" }</h2>
                    <p class="studio-summary" role="status">{ summary }</p>
                    <ol class="studio-found-list" aria-labelledby="studio-found-title">{ for found_list }</ol>
                </section>
                <section class="studio-preview" aria-labelledby="studio-preview-title">
                    <h2 id="studio-preview-title">{ "Preview" }</h2>
                    <div class="studio-view-options">
                        <label>{ "Width " }
                            <select onchange={on_width}>
                                { for WIDTHS.iter().map(|w| html! {
                                    <option value={w.to_string()} selected={*w == *width}>{ format!("{w} px") }</option>
                                }) }
                            </select>
                        </label>
                        <label>{ "Theme " }
                            <select onchange={on_theme}>
                                <option value="" selected={theme_value.is_empty()}>{ "Reader's setting" }</option>
                                <option value="light" selected={theme_value == "light"}>{ "Light" }</option>
                                <option value="dark" selected={theme_value == "dark"}>{ "Dark" }</option>
                            </select>
                        </label>
                        if let Some(story) = &view.story {
                            <label>{ "Card " }
                                <select onchange={on_card}>
                                    { for story.events.iter().map(|e| html! {
                                        <option value={e.id.clone()} selected={view.card.as_deref() == Some(e.id.as_str())}>{ format!("{} · {}", e.display_date, e.headline) }</option>
                                    }) }
                                </select>
                            </label>
                        }
                    </div>
                    if let Some(banner) = banner {
                        <p class="studio-banner" role="alert">{ banner }</p>
                    }
                    <div class="studio-frame" style={format!("width: {}px", *width)}>
                        if let Some(story) = &view.story {
                            <div class="ptx-app" key={view.redraw}>
                                <Explainer story={story.clone()} {placement} />
                            </div>
                        }
                    </div>
                </section>
            </main>
        </div>
    }
}

/// Mounts the studio into `#ptx-studio` (studio.html).
pub fn start() {
    let Some(root) = gloo::utils::document().get_element_by_id("ptx-studio") else {
        return;
    };
    yew::Renderer::<Studio>::with_root(root).render();
}
