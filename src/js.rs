//! Small, forgiving readers for browser objects that web-sys does not cover or that may be
//! missing or odd. Every reader returns `None` rather than failing. Shared by the probes, the
//! ui and the bridge between the page's two apps.

use js_sys::{Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::probe::deadline::within;

pub fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

pub fn string(target: &JsValue, key: &str) -> Option<String> {
    get(target, key)?.as_string()
}

pub fn number(target: &JsValue, key: &str) -> Option<f64> {
    get(target, key)?.as_f64().filter(|n| n.is_finite())
}

pub fn boolean(target: &JsValue, key: &str) -> Option<bool> {
    get(target, key)?.as_bool()
}

/// Calls `target[method](args…)`.
pub fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Option<JsValue> {
    let function = get(target, method)?.dyn_into::<js_sys::Function>().ok()?;
    let array = args.iter().collect::<js_sys::Array>();
    Reflect::apply(&function, target, &array).ok()
}

/// Awaits a promise, at most `ms` milliseconds; a rejection or a timeout is `None`.
pub async fn settle(value: JsValue, ms: u32) -> Option<JsValue> {
    let promise = value.dyn_into::<Promise>().ok()?;
    within(ms, JsFuture::from(promise)).await?.ok()
}

pub fn window() -> Option<JsValue> {
    web_sys::window().map(JsValue::from)
}
