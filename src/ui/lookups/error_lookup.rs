//! "What does this code mean?": only meanings with a public source; unknown stays unknown.

use engine::catalogue::error_codes::{lookup, ERROR_CODES};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[component]
pub fn ErrorLookup() -> Html {
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
        <section class="lookup" aria-labelledby="lookup-title">
            <h2 id="lookup-title">{ "What does an error code mean?" }</h2>
            <label for="error-code">{ "Code or message QuickBooks showed (for example 502, 12007, Access Denied)" }</label>
            <input id="error-code" type="text" list="error-codes" autocomplete="off" spellcheck="false" value={(*typed).clone()} {oninput} />
            <datalist id="error-codes">
                { for ERROR_CODES.iter().map(|e| html! { <option value={e.code}>{ e.title }</option> }) }
            </datalist>
            <div class="lookup-result" role="status" aria-live="polite" data-code={found.map(|e| e.code)}>
                if let Some(e) = found {
                    <p><strong>{ format!("{}: {}", e.code, e.title) }</strong></p>
                    <p>{ e.meaning }</p>
                    <p>{ "Usually points to: " }{ e.causes.iter().map(|c| engine::diagnose::Cause::words(*c)).collect::<Vec<_>>().join("; ") }{ "." }</p>
                    <p class="source">{ format!("Source: {}", e.source) }</p>
                } else if !typed.trim().is_empty() {
                    <p>{ "This page does not know that code, and will not guess its meaning. Look it up in QuickBooks' own help: " }
                        <a href={help.clone()} rel="noopener noreferrer" target="_blank">{ "QuickBooks Support" }</a>{ "." }</p>
                }
            </div>
        </section>
    }
}
