//! What the browser says about itself: the UA string, UA Client Hints and feature signals.
//! Read once at page load; detection itself happens in the engine.

use engine::browser::{Brand, BrowserSignals, ClientHints};
use wasm_bindgen::JsValue;

use crate::js::{boolean, call, get, number, settle, string, window};

/// How long the high-entropy hints may take before the page goes on without them.
const HINTS_DEADLINE_MS: u32 = 1_000;

fn brands(list: Option<JsValue>) -> Vec<Brand> {
    let Some(list) = list else { return Vec::new() };
    js_sys::Array::from(&list)
        .iter()
        .filter_map(|b| {
            Some(Brand {
                brand: string(&b, "brand")?,
                version: string(&b, "version")?,
            })
        })
        .collect()
}

/// The signals available at once (no high-entropy hints).
pub fn read_now() -> BrowserSignals {
    let Some(navigator) = window().and_then(|w| get(&w, "navigator")) else {
        return BrowserSignals::default();
    };
    let client_hints = get(&navigator, "userAgentData").map(|data| ClientHints {
        brands: brands(get(&data, "brands")),
        mobile: boolean(&data, "mobile").unwrap_or(false),
        platform: string(&data, "platform").unwrap_or_default(),
        platform_version: None,
    });
    BrowserSignals {
        user_agent: string(&navigator, "userAgent").unwrap_or_default(),
        client_hints,
        max_touch_points: number(&navigator, "maxTouchPoints").map_or(0, |n| n.max(0.0) as u32),
        brave_api: get(&navigator, "brave").is_some(),
    }
}

/// Adds the high-entropy hints (platform version, full brand versions) where granted.
pub async fn read_detailed() -> Option<BrowserSignals> {
    let mut signals = read_now();
    let navigator = window().and_then(|w| get(&w, "navigator"))?;
    let data = get(&navigator, "userAgentData")?;
    let wanted: js_sys::Array = ["platformVersion", "fullVersionList"]
        .iter()
        .map(|s| JsValue::from_str(s))
        .collect();
    let values = settle(
        call(&data, "getHighEntropyValues", &[wanted.into()])?,
        HINTS_DEADLINE_MS,
    )
    .await?;
    if let Some(hints) = signals.client_hints.as_mut() {
        hints.platform_version = string(&values, "platformVersion");
        let full = brands(get(&values, "fullVersionList"));
        if !full.is_empty() {
            hints.brands = full;
        }
    }
    Some(signals)
}
