//! qbo-check's page: probes gather facts, the engine (`engine` crate) decides, the ui renders.

pub mod probe;
pub mod ui;

pub mod bridge;
pub mod early_run;
pub mod js;
// Public for its browser test (tests/panic_page.rs) only.
#[doc(hidden)]
pub mod panic_page;
mod report_reader;
pub mod split;
pub mod storage;

/// Boots the page: a readable panic message first, then the Yew app into `#app`.
pub fn start() {
    panic_page::install();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(loading) = document.get_element_by_id("loading") {
        loading.remove();
    }
    // The plain steps shown when the app cannot start (by the loader, or by the stylesheet
    // after 3 s): the app did start, so they go.
    if let Some(fallback) = document.get_element_by_id("fallback") {
        fallback.remove();
    }
    let Some(root) = document.get_element_by_id("app") else {
        panic_page::show("The page is missing its #app element.");
        return;
    };
    // `?run` without a shared report: start the probes now, before the first screen is drawn.
    // loader.js is the one place that reads `?run`.
    let hash = document
        .location()
        .and_then(|l| l.hash().ok())
        .unwrap_or_default();
    let run_now = js::window().and_then(|w| js::boolean(&w, "qboCheckRunNow")) == Some(true);
    let early = (hash.len() <= 1 && run_now).then(early_run::EarlyRun::start);
    yew::Renderer::<ui::App>::with_root_and_props(root, ui::AppProps { early }).render();
}

/// Called by loader.js, once: fetches the follow-up part (see [`split`]) and draws it. A part
/// that cannot be fetched rejects the promise, and the first part shows its plain steps.
#[wasm_bindgen::prelude::wasm_bindgen]
pub async fn load_followup() -> Result<(), wasm_bindgen::JsValue> {
    split::start_followup().await.map_err(|_| {
        wasm_bindgen::JsValue::from_str("The follow-up part of the page could not load.")
    })
}

// SAFETY: the page runs on the browser's main thread only; no wasm threads are started.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
