//! The crash message, drawn in real Chromium: it replaces the app with words a person can act
//! on, in the language shown (English here, as no other language's words have come), with the
//! program's own detail marked as English whatever the page's language.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn a_crash_says_what_to_do_and_keeps_its_detail_apart() {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let app = document.create_element("div").expect("div");
    app.set_id("app");
    app.set_inner_html("<p>the app</p>");
    document
        .body()
        .expect("body")
        .append_child(&app)
        .expect("append");

    qbo_check::panic_page::show("index out of bounds");

    let fatal = document
        .query_selector(".fatal[role=\"alert\"]")
        .ok()
        .flatten()
        .expect("the message is drawn");
    assert_eq!(fatal.get_attribute("lang").as_deref(), Some("en"));
    let text = fatal.text_content().unwrap_or_default();
    let notices = &engine::notice::ENGLISH;
    assert!(text.starts_with(notices.crash), "{text}");
    assert!(text.contains(notices.technical_detail), "{text}");
    let detail = fatal
        .query_selector("span[lang=\"en\"]")
        .ok()
        .flatten()
        .expect("the detail is apart");
    assert_eq!(
        detail.text_content().as_deref(),
        Some("index out of bounds")
    );
    assert_eq!(app.inner_html(), "", "the app gives way to the message");
    fatal.remove();
    app.remove();
}
