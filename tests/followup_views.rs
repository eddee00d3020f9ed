//! The follow-up module's views, mounted into a fresh element in real Chromium: a result handed
//! over through `window` is drawn (steps, sharing tools) and answered with "drawn"; a new run
//! clears it; a broken hand-over is a plain alert, never a blank or a panic.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use engine::diagnose::diagnose;
use engine::evidence::Evidence;
use engine::plan::checklist;
use engine::share::encode_handover;
use engine::status_page::StatusReading;
use qbo_check::bridge::{self, Published};
use qbo_check::ui::followup::Followup;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount() -> web_sys::Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let root = document.create_element("div").expect("div");
    root.set_id(bridge::FOLLOWUP_SLOT);
    document
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    yew::Renderer::<Followup>::with_root(root.clone()).render();
    root
}

fn count(root: &web_sys::Element, selector: &str) -> u32 {
    root.query_selector_all(selector).map_or(0, |l| l.length())
}

#[wasm_bindgen_test]
async fn a_handed_over_result_is_drawn_acknowledged_and_cleared() {
    let drawn = Rc::new(RefCell::new(Vec::<f64>::new()));
    let _listener = {
        let drawn = drawn.clone();
        bridge::listen(bridge::SHOWN, move |detail| {
            drawn.borrow_mut().extend(detail.as_f64());
        })
    };
    let root = mount();
    yew::scheduler::flush().await;
    assert_eq!(root.child_element_count(), 0, "nothing before a result");

    let evidence = Evidence {
        status: Some(StatusReading::TimedOut),
        online: Some(true),
        ..Evidence::default()
    };
    let steps = checklist(&diagnose(&evidence), evidence.triage.as_ref());
    assert!(!steps.is_empty());
    bridge::publish(&Published {
        key: 7,
        handover: Some(encode_handover(&evidence)),
        shared: true,
    });
    yew::scheduler::flush().await;
    assert_eq!(count(&root, "[data-step]"), steps.len() as u32);
    for action in ["copy-summary", "copy-code", "copy-link", "download-json"] {
        assert_eq!(
            count(&root, &format!("[data-action=\"{action}\"]")),
            1,
            "{action}"
        );
    }
    assert_eq!(
        count(&root, "[data-view=\"history\"]"),
        0,
        "no history for a shared report"
    );
    assert_eq!(*drawn.borrow(), vec![7.0]);

    bridge::publish(&Published {
        key: 7,
        handover: None,
        shared: false,
    });
    yew::scheduler::flush().await;
    assert_eq!(count(&root, "[data-step]"), 0, "a new run clears the steps");

    bridge::publish(&Published {
        key: 8,
        handover: Some("h1.not-base64!".into()),
        shared: false,
    });
    yew::scheduler::flush().await;
    assert_eq!(
        count(&root, "[role=\"alert\"]"),
        1,
        "a broken hand-over is an alert"
    );
    assert_eq!(*drawn.borrow(), vec![7.0, 8.0]);
    root.remove();
}
