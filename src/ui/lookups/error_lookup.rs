//! "What does this code mean?": only meanings with a public source; unknown stays unknown.

use engine::catalogue::error_codes::{lookup, ERROR_CODES};
use engine::template::put;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::Said;

#[derive(Properties, PartialEq)]
pub struct ErrorLookupProps {
    pub said: Said,
}

#[component]
pub fn ErrorLookup(props: &ErrorLookupProps) -> Html {
    let said = props.said;
    let t = &said.words.texts;
    let typed = use_state(String::new);
    let help = crate::ui::help::use_official_help();
    let oninput = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                typed.set(input.value());
            }
        })
    };
    let found = lookup(&typed);
    html! {
        <section class="lookup" aria-labelledby="lookup-title" lang={said.lang}>
            <h2 id="lookup-title">{ t.error_title }</h2>
            <label for="error-code">{ t.error_label }</label>
            <input id="error-code" type="text" list="error-codes" autocomplete="off" spellcheck="false" value={(*typed).clone()} {oninput} />
            // The codes' names, as the server or Windows gives them.
            <datalist id="error-codes" lang={said.english}>
                { for ERROR_CODES.iter().map(|e| html! { <option value={e.code}>{ e.title }</option> }) }
            </datalist>
            <div class="lookup-result" role="status" aria-live="polite" data-code={found.map(|e| e.code)}>
                if let Some(e) = found {
                    <p><strong>{ put(t.code_name, "{code}", e.code) }<span lang={said.english}>{ e.title }</span></strong></p>
                    <p>{ said.words.meaning(e) }</p>
                    <p>{ said.words.usually(e) }</p>
                    <p class="source">{ t.source }<span lang={said.english}>{ e.source }</span></p>
                } else if !typed.trim().is_empty() {
                    <p>{ t.unknown }
                        <a href={help.clone()} rel="noopener noreferrer" target="_blank">{ t.support }</a>{ "." }</p>
                }
            </div>
        </section>
    }
}
