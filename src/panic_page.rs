//! A panic must never leave a blank page: the hook writes a plain message the user can act on.

use std::panic;

const ADVICE: &str = "qbo-check stopped because of a bug. Your QuickBooks data is not affected. \
Reload the page to try again. Meanwhile, the first steps that help most often are: open \
QuickBooks in a private window; clear this browser's data for intuit.com; and check \
https://status.quickbooks.intuit.com/ for outages.";

/// One hook for both parts: they share one wasm instance, and a panic in either leaves its
/// runtime unusable, so the whole page gives way to the message.
pub fn install() {
    panic::set_hook(Box::new(|info| {
        let detail = info.to_string();
        show(&detail);
    }));
}

/// Replaces the page's content with the message, using only the most basic DOM calls.
pub fn show(detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    let Ok(message) = document.create_element("div") else {
        return;
    };
    message.set_attribute("role", "alert").ok();
    // English in every language: `<html lang>` may say French.
    message.set_attribute("lang", "en").ok();
    message.set_class_name("fatal");
    message.set_text_content(Some(&format!("{ADVICE}\n\nTechnical detail: {detail}")));
    if let Some(app) = document.get_element_by_id("app") {
        app.set_inner_html("");
    }
    body.prepend_with_node_1(&message).ok();
}
