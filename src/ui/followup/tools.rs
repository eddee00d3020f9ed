//! The lookups (an error code's meaning, a help-desk code's facts), drawn into the first
//! module's lookup section once asked for, or once a run has loaded this module anyway.

use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use super::code_lookup::CodeLookup;
use super::error_lookup::ErrorLookup;
use crate::bridge;

/// The "open" button has gone; a keyboard user's focus goes to the first field, not the top.
fn focus_first_field() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let lost = document
        .active_element()
        .is_none_or(|el| el.tag_name().eq_ignore_ascii_case("body"));
    if lost {
        if let Some(field) = document
            .get_element_by_id("error-code")
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            field.focus().ok();
        }
    }
}

#[component]
pub fn Tools() -> Html {
    use_effect_with((), |_| {
        focus_first_field();
        bridge::send(bridge::TOOLS_SHOWN, &JsValue::NULL);
    });
    html! {
        <>
            <ErrorLookup />
            <CodeLookup />
        </>
    }
}
