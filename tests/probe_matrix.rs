//! The probe-technique matrix, proved in real headless Chromium against the lab.
//!
//! `scripts/test.sh` starts the lab with `tests/probe-lab.json` and points Chromium at it, so
//! `*.lab.test` names reach real faults on loopback. Each case runs the real probes and the
//! engine's `classify`, and checks the raw answers too: the matrix in `engine::outcome` is
//! what these tests saw, not what we hoped.
#![cfg(target_arch = "wasm32")]

use engine::outcome::{classify, FetchAnswer, ImageAnswer, Observation, Outcome};
use qbo_check::probe::image::image;
use qbo_check::probe::policy_watch::PolicyWatch;
use qbo_check::probe::reach::reach;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Short, so the hang cases finish quickly; the real deadline is a constant in the engine.
const DEADLINE_MS: u32 = 1_500;

async fn probe(host: &str) -> Observation {
    let url = format!("https://{host}/images/probe.png");
    let policy = PolicyWatch::start();
    let (fetch, image) = futures::join!(
        reach(&url, DEADLINE_MS, &policy),
        image(&url, "test", DEADLINE_MS)
    );
    Observation {
        fetch,
        image: Some(image),
        second_image: None,
    }
}

fn fetch_answered(o: &Observation) -> bool {
    matches!(o.fetch, FetchAnswer::Answered { .. })
}

fn fetch_failed(o: &Observation) -> bool {
    matches!(o.fetch, FetchAnswer::Failed { .. })
}

#[wasm_bindgen_test]
async fn a_healthy_host_is_ok_on_both_probes() {
    let o = probe("ok.lab.test").await;
    assert!(fetch_answered(&o), "{o:?}");
    assert!(matches!(o.image, Some(ImageAnswer::Loaded { .. })), "{o:?}");
    assert_eq!(classify(&o).outcome, Outcome::Ok);
}

#[wasm_bindgen_test]
async fn a_delay_is_measured() {
    let o = probe("slow.lab.test").await;
    let verdict = classify(&o);
    assert_eq!(verdict.outcome, Outcome::Ok, "600 ms is not slow: {o:?}");
    assert!(verdict.elapsed_ms.is_some_and(|ms| ms >= 600), "{o:?}");
}

#[wasm_bindgen_test]
async fn error_pages_answer_the_fetch_but_fail_the_image() {
    for host in ["e502.lab.test", "e403.lab.test"] {
        let o = probe(host).await;
        assert!(
            fetch_answered(&o),
            "no-cors fetch resolves for {host}: {o:?}"
        );
        assert!(
            matches!(o.image, Some(ImageAnswer::Failed { .. })),
            "{host}: {o:?}"
        );
        assert_eq!(classify(&o).outcome, Outcome::ServerError, "{host}");
    }
}

#[wasm_bindgen_test]
async fn network_failures_all_look_alike() {
    for host in [
        "refused.lab.test",
        "nodns.lab.test",
        "reset.lab.test",
        "badcert.lab.test",
    ] {
        let o = probe(host).await;
        assert!(fetch_failed(&o), "{host}: {o:?}");
        assert!(
            matches!(o.image, Some(ImageAnswer::Failed { .. })),
            "{host}: {o:?}"
        );
        assert_eq!(classify(&o).outcome, Outcome::Unreachable, "{host}");
    }
}

#[wasm_bindgen_test]
async fn a_host_that_never_answers_times_out_at_the_deadline() {
    let o = probe("hang.lab.test").await;
    assert_eq!(o.fetch, FetchAnswer::TimedOut, "{o:?}");
    assert_eq!(o.image, Some(ImageAnswer::TimedOut), "{o:?}");
    assert_eq!(classify(&o).outcome, Outcome::Timeout);
}
