//! The script embed: embed.js loads the widget into an article page and
//! calls `mount_all`, which fills every placeholder, each in its own shadow
//! root so the article's CSS and ours never meet.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, ShadowRootInit, ShadowRootMode};

use super::failure::install_panic_notice;
use super::new_app_container;
use super::options::EmbedOptions;
use crate::components::{root, Placement, Root, StorySource};

/// Attribute marking a script-embed placeholder in an article.
pub const EMBED_ATTRIBUTE: &str = "data-ptx-explainer";
/// Set on a placeholder once it holds a widget, so a second `mount_all`
/// (another embed.js on the page) leaves it alone.
pub const MOUNTED_ATTRIBUTE: &str = "data-ptx-mounted";

fn root_props(options: EmbedOptions, bundled: &StorySource) -> root::Props {
    root::Props {
        placement: Placement {
            sync_location: true,
            link_namespace: options.link_namespace.into(),
            heading_level: options.heading_level,
            theme: options.theme,
            timeline_ltr: options.timeline_ltr,
        },
        source: options
            .story_url
            .map_or_else(|| bundled.clone(), |url| StorySource::File(url.into())),
    }
}

/// Mounts a widget into every `[data-ptx-explainer]` placeholder not yet
/// mounted. `stylesheet` is the address of explainer.css; `story` the
/// address of the compiled story file and `story_text` the promise of its
/// text (embed.js starts the download with the widget's own). Returns how
/// many it mounted. Exported to embed.js by `main.rs`.
pub fn mount_all(stylesheet: &str, story: &str, story_text: JsValue) -> u32 {
    let bundled = StorySource::Fetched(story.to_string().into(), story_text);
    install_panic_notice();
    let document = gloo::utils::document();
    let Ok(hosts) = document.query_selector_all(&format!("[{EMBED_ATTRIBUTE}]")) else {
        return 0;
    };
    let mut mounted = 0;
    for index in 0..hosts.length() {
        let Some(host) = hosts.item(index).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        if host.has_attribute(MOUNTED_ATTRIBUTE) {
            continue;
        }
        let Ok(shadow) = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)) else {
            continue;
        };
        let _ = host.set_attribute(MOUNTED_ATTRIBUTE, "");
        let (Some(app), Ok(link)) = (new_app_container(), document.create_element("link")) else {
            continue;
        };
        let _ = link.set_attribute("rel", "stylesheet");
        let _ = link.set_attribute("href", stylesheet);
        if shadow.append_child(&link).is_err() || shadow.append_child(&app).is_err() {
            continue;
        }
        let options = EmbedOptions::from_attrs(index, |name| host.get_attribute(name));
        let props = root_props(options, &bundled);
        // Rendered once styled: a widget drawn unstyled and then restyled
        // would move under the reader's eyes (and the article with it). A
        // stylesheet that fails still gets the widget shown.
        let pending = Rc::new(Cell::new(Some((app, props))));
        for event in ["load", "error"] {
            let pending = pending.clone();
            EventListener::once(&link, event, move |_| {
                if let Some((app, props)) = pending.take() {
                    yew::Renderer::<Root>::with_root_and_props(app, props).render();
                }
            })
            .forget();
        }
        mounted += 1;
    }
    mounted
}
