//! Paste a help-desk code back in and read what it says.

use engine::share::code::{decode_code, CodeError, CodeFacts};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::Said;

#[derive(Properties, PartialEq)]
pub struct CodeLookupProps {
    pub said: Said,
}

#[component]
pub fn CodeLookup(props: &CodeLookupProps) -> Html {
    let said = props.said;
    let t = &said.words.texts;
    // What the code says, worded when drawn: a language chosen later words it again.
    let read = use_state(|| None::<Result<CodeFacts, CodeError>>);
    let onsubmit = {
        let read = read.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = e
                .target_dyn_into::<web_sys::HtmlFormElement>()
                .and_then(|f| f.elements().named_item("help-code"))
                .and_then(|el| wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>(el).ok())
                .map(|i| i.value())
                .unwrap_or_default();
            read.set(Some(decode_code(&value)));
        })
    };
    html! {
        <section class="code-lookup" aria-labelledby="code-title" lang={said.lang}>
            <h2 id="code-title">{ t.code_title }</h2>
            <form {onsubmit}>
                <label for="help-code">{ t.code_label }</label>
                <input id="help-code" name="help-code" type="text" autocomplete="off" spellcheck="false" />
                <button type="submit" class="secondary" data-action="expand-code">{ t.read_code }</button>
            </form>
            {
                match &*read {
                    // Why a code could not be read, in the section's language.
                    Some(Err(e)) => html! { <p class="notice" role="alert">{ said.words.refusal(*e) }</p> },
                    Some(Ok(facts)) => html! {
                        <ul class="code-facts" data-view="code">
                            { for said.words.code_lines(said.pack, facts).into_iter().map(|l| html! { <li>{ l }</li> }) }
                        </ul>
                    },
                    None => html! {},
                }
            }
        </section>
    }
}
