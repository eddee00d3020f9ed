//! Paste a help-desk code back in and read what it says.

use engine::share::code::decode_code;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[component]
pub fn CodeLookup() -> Html {
    let lines = use_state(Vec::<String>::new);
    let error = use_state(|| None::<String>);
    let onsubmit = {
        let (lines, error) = (lines.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = e
                .target_dyn_into::<web_sys::HtmlFormElement>()
                .and_then(|f| f.elements().named_item("help-code"))
                .and_then(|el| wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>(el).ok())
                .map(|i| i.value())
                .unwrap_or_default();
            match decode_code(&value) {
                Ok(facts) => {
                    lines.set(facts.lines());
                    error.set(None);
                }
                Err(e) => {
                    lines.set(Vec::new());
                    error.set(Some(e.to_string()));
                }
            }
        })
    };
    html! {
        <section class="code-lookup" aria-labelledby="code-title">
            <h2 id="code-title">{ "Got a help-desk code?" }</h2>
            <form {onsubmit}>
                <label for="help-code">{ "Paste or type a code such as QBC2-…" }</label>
                <input id="help-code" name="help-code" type="text" autocomplete="off" spellcheck="false" />
                <button type="submit" class="secondary" data-action="expand-code">{ "Read the code" }</button>
            </form>
            if let Some(message) = &*error {
                <p class="notice" role="alert">{ message }</p>
            }
            if !lines.is_empty() {
                <ul class="code-facts" data-view="code">
                    { for lines.iter().map(|l| html! { <li>{ l }</li> }) }
                </ul>
            }
        </section>
    }
}
