//! qbo-check's page: probes gather facts, the engine (`engine` crate) decides, the ui renders.

pub mod probe;
pub mod ui;

mod panic_page;
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
    // The loader shows a fallback if starting took too long; the app did start after all.
    if let Some(fallback) = document.get_element_by_id("fallback") {
        fallback.set_attribute("hidden", "").ok();
    }
    match document.get_element_by_id("app") {
        Some(root) => {
            yew::Renderer::<ui::App>::with_root(root).render();
        }
        None => panic_page::show("The page is missing its #app element."),
    }
}

// SAFETY: the page runs on the browser's main thread only; no wasm threads are started.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
