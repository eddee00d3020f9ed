//! The lookups (an error code's meaning, a help-desk code's facts): their own small Yew app in
//! the `extras` part (`crate::split::start_lookups`), drawn into the first part's lookup section
//! only when asked for, so neither a first visit nor a run downloads them.

mod code_lookup;
mod error_lookup;

use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::bridge;
use code_lookup::CodeLookup;
use error_lookup::ErrorLookup;

#[component]
pub fn Lookups() -> Html {
    use_effect_with((), |_| bridge::send(bridge::TOOLS_SHOWN, &JsValue::NULL));
    html! {
        <>
            <ErrorLookup />
            <CodeLookup />
        </>
    }
}
