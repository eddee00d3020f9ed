//! Hints about caches on this page's own origin. intuit.com's cache is out of reach.

use engine::environment::CacheFacts;

use crate::js::{call, get, number, settle, window};

const EACH_DEADLINE_MS: u32 = 1_500;

fn navigation_from_cache() -> Option<bool> {
    let performance = get(&window()?, "performance")?;
    let entries = call(&performance, "getEntriesByType", &["navigation".into()])?;
    let entry = js_sys::Array::from(&entries).get(0);
    let transfer = number(&entry, "transferSize")?;
    let decoded = number(&entry, "decodedBodySize")?;
    Some(transfer == 0.0 && decoded > 0.0)
}

async fn count(promise: Option<wasm_bindgen::JsValue>) -> Option<u32> {
    let list = settle(promise?, EACH_DEADLINE_MS).await?;
    Some(js_sys::Array::from(&list).length())
}

pub async fn read_cache() -> CacheFacts {
    let Some(window) = window() else {
        return CacheFacts::default();
    };
    let navigator = get(&window, "navigator");
    let workers = navigator
        .as_ref()
        .and_then(|n| get(n, "serviceWorker"))
        .and_then(|sw| call(&sw, "getRegistrations", &[]));
    let caches = get(&window, "caches").and_then(|c| call(&c, "keys", &[]));
    let estimate = navigator
        .as_ref()
        .and_then(|n| get(n, "storage"))
        .and_then(|s| call(&s, "estimate", &[]));
    let (service_workers, cache_storage_entries, estimate) =
        futures::join!(count(workers), count(caches), async {
            settle(estimate?, EACH_DEADLINE_MS).await
        });
    CacheFacts {
        navigation_from_cache: navigation_from_cache(),
        service_workers,
        cache_storage_entries,
        storage_used_bytes: estimate.as_ref().and_then(|e| number(e, "usage")),
        storage_quota_bytes: estimate.as_ref().and_then(|e| number(e, "quota")),
    }
}
