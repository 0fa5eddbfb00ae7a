use alignment_explainer::components::Root;

fn main() {
    let root = gloo::utils::document().get_element_by_id("explainer");
    match root {
        Some(element) => yew::Renderer::<Root>::with_root(element).render(),
        None => yew::Renderer::<Root>::new().render(),
    };
}
