//! History of runs on this device: the last few results, packed as shared-link payloads, in
//! localStorage. Nothing leaves the browser. Where storage is refused, there is simply no history.

use js_sys::{Array, JSON};
use wasm_bindgen::JsValue;

const KEY: &str = "qbo-check.history.v1";
/// How many past runs are kept.
pub const KEEP: usize = 10;

fn store() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Stored runs, oldest first. Anything odd in storage reads as no history.
pub fn load() -> Vec<String> {
    let Some(text) = store().and_then(|s| s.get_item(KEY).ok().flatten()) else {
        return Vec::new();
    };
    let Ok(value) = JSON::parse(&text) else {
        return Vec::new();
    };
    if !Array::is_array(&value) {
        return Vec::new();
    }
    Array::from(&value)
        .iter()
        .filter_map(|v| v.as_string())
        .filter(|s| s.len() < 4_096)
        .collect()
}

/// Adds a run and keeps the newest [`KEEP`]. Returns whether it was stored.
pub fn append(run: &str) -> bool {
    let mut runs = load();
    runs.push(run.to_string());
    let start = runs.len().saturating_sub(KEEP);
    let array: Array = runs[start..].iter().map(|s| JsValue::from_str(s)).collect();
    let Ok(text) = JSON::stringify(&array) else {
        return false;
    };
    store()
        .and_then(|s| s.set_item(KEY, &String::from(text)).ok())
        .is_some()
}

pub fn forget() {
    if let Some(s) = store() {
        s.remove_item(KEY).ok();
    }
}
