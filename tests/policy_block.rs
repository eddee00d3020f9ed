//! A fetch stopped by the page's own Content-Security-Policy fails exactly like a network
//! fault. The probe must say "blocked by policy", never "unreachable". Its own test binary,
//! because it installs a CSP into the test page.
#![cfg(target_arch = "wasm32")]

use engine::outcome::{classify, FetchAnswer, Observation, Outcome};
use qbo_check::probe::policy_watch::PolicyWatch;
use qbo_check::probe::reach::reach;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn our_own_csp_is_not_a_network_fault() {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let meta = document.create_element("meta").expect("meta");
    meta.set_attribute("http-equiv", "Content-Security-Policy")
        .expect("attr");
    meta.set_attribute("content", "connect-src 'self'")
        .expect("attr");
    document
        .head()
        .expect("head")
        .append_child(&meta)
        .expect("append");

    let policy = PolicyWatch::start();
    let fetch = reach("https://ok.lab.test/images/probe.png", 3_000, &policy).await;
    assert_eq!(fetch, FetchAnswer::BlockedByPolicy);
    assert_eq!(
        classify(&Observation {
            fetch,
            image: None,
            second_image: None
        })
        .outcome,
        Outcome::NotRun
    );
}
