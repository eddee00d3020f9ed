//! The lookups (an error code's meaning, a help-desk code's facts), drawn into the first
//! module's lookup section once asked for, or once a run has loaded this module anyway.

use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::code_lookup::CodeLookup;
use super::error_lookup::ErrorLookup;
use crate::bridge;

#[component]
pub fn Tools() -> Html {
    use_effect_with((), |_| bridge::send(bridge::TOOLS_SHOWN, &JsValue::NULL));
    let help = crate::ui::help::use_official_help();
    html! {
        <>
            <ErrorLookup {help} />
            <CodeLookup />
        </>
    }
}
