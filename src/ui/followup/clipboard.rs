//! Copy to clipboard, with a fallback for browsers or contexts that refuse the Clipboard API.

use wasm_bindgen::JsCast;
use web_sys::{HtmlDocument, HtmlTextAreaElement};

use crate::js::{call, get, settle, window};

/// Copies `text`; `false` means the user must copy by hand.
pub async fn copy(text: &str) -> bool {
    let api = window()
        .and_then(|w| get(&w, "navigator"))
        .and_then(|n| get(&n, "clipboard"))
        .and_then(|c| call(&c, "writeText", &[text.into()]));
    if let Some(promise) = api {
        // Resolves (with undefined) on success; a rejection or a hang is `None`.
        if settle(promise, 2_000).await.is_some() {
            return true;
        }
    }
    fallback(text)
}

/// The old way: select a hidden textarea and ask the document to copy.
fn fallback(text: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(body) = document.body() else {
        return false;
    };
    let Ok(area) = document.create_element("textarea") else {
        return false;
    };
    let Ok(area) = area.dyn_into::<HtmlTextAreaElement>() else {
        return false;
    };
    area.set_value(text);
    area.set_attribute("readonly", "").ok();
    area.set_class_name("offscreen");
    if body.append_child(&area).is_err() {
        return false;
    }
    area.select();
    let copied = document
        .dyn_ref::<HtmlDocument>()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    area.remove();
    copied
}
