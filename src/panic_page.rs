//! A panic must never leave a blank page: the hook writes a plain message the user can act on,
//! in the language shown (`engine::notice`).

use std::panic;

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
    // In the language shown: English until another language's words have arrived.
    let words = crate::ui::words::shown();
    let notices = words.notices();
    message
        .set_attribute("lang", words.lang().unwrap_or("en"))
        .ok();
    message.set_class_name("fatal");
    message.set_text_content(Some(&format!(
        "{}\n\n{}",
        notices.crash, notices.technical_detail
    )));
    // The detail is as the program wrote it: English in every language.
    if let Ok(technical) = document.create_element("span") {
        technical.set_attribute("lang", "en").ok();
        technical.set_text_content(Some(detail));
        message.append_with_node_1(&technical).ok();
    }
    if let Some(app) = document.get_element_by_id("app") {
        app.set_inner_html("");
    }
    body.prepend_with_node_1(&message).ok();
}
