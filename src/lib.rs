//! qbo-check's page: probes gather facts, the engine (`engine` crate) decides, the ui renders.

pub mod probe;
pub mod ui;

pub mod bridge;
pub mod early_run;
pub mod js;
mod panic_page;
mod report_reader;
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

/// Boots the follow-up module (see [`ui::followup`]) into the element the first module keeps
/// for it. If it fails, the first module hears of it and shows its plain steps instead.
pub fn start_followup() {
    panic_page::install_followup();
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(bridge::FOLLOWUP_SLOT));
    match root {
        Some(root) => {
            yew::Renderer::<ui::followup::Followup>::with_root(root).render();
        }
        None => panic!("the page has no #{} element", bridge::FOLLOWUP_SLOT),
    }
}

// SAFETY: the page runs on the browser's main thread only; no wasm threads are started.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
