//! The hand-over between the page's two Yew apps in one tab. The first (verdict, host rows) is
//! what a first visit downloads; the follow-up app (fix steps, sharing, history, handout) is in
//! a part of the binary fetched once a run starts or a shared report opens (`crate::split`).
//! They talk only through `window`: a slot holding the latest result plus DOM events, so
//! neither app holds the other's state, and a result published before the follow-up started is
//! not lost.

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit};

use crate::js::{call, get, string};

/// Holds the latest [`Published`] result, for a follow-up module that starts late.
const SLOT: &str = "qboCheckResult";
/// The first module published a result (or cleared it when a new run started).
pub const RESULT: &str = "qbo-check:result";
/// The follow-up module has drawn the result with this key.
pub const SHOWN: &str = "qbo-check:followup-shown";
/// The lookups (their own app, in the `extras` part) have been drawn.
pub const TOOLS_SHOWN: &str = "qbo-check:tools-shown";
/// The follow-up module stopped (a panic): the first module shows its plain steps.
pub const FAILED: &str = "qbo-check:followup-failed";
/// The user asked the follow-up module's "Run the check again".
pub const RUN_AGAIN: &str = "qbo-check:run-again";
/// Elements the first module keeps, always in place, for the follow-up module to draw into:
/// the result's steps and sharing tools, the facts list, the lookups, the ranked findings and the
/// status page's sentence.
pub const FOLLOWUP_SLOT: &str = "followup";
pub const FACTS_SLOT: &str = "facts";
pub const TOOLS_SLOT: &str = "tools";
pub const FINDINGS_SLOT: &str = "findings";
pub const STATUS_SLOT: &str = "status-line";
/// loader.js asks the follow-up module to read a saved report, chosen in the first module's
/// `data-action="open-report"` input or dropped on the page; the detail is the `File`.
pub const OPEN_REPORT: &str = "qbo-check:open-report";
/// The user changed an answer to the triage questions (drawn by the follow-up module); the
/// detail is `engine::triage::Triage::to_number`.
pub const TRIAGE: &str = "qbo-check:triage";
/// The function loader.js defines to load the follow-up module once.
const LOADER: &str = "qboCheckFollowup";

/// A result as handed over. `handover` is `engine::share::encode_handover`'s text, or `None`
/// while a run is under way.
#[derive(Clone, Debug, PartialEq)]
pub struct Published {
    pub key: u32,
    pub handover: Option<String>,
    /// The result came from someone else's shared link: no history, read-only.
    pub shared: bool,
}

fn set(target: &JsValue, key: &str, value: &JsValue) {
    js_sys::Reflect::set(target, &JsValue::from_str(key), value).ok();
}

fn to_js(result: &Published) -> JsValue {
    let object = JsValue::from(js_sys::Object::new());
    set(&object, "key", &JsValue::from(result.key));
    let handover = result
        .handover
        .as_deref()
        .map_or(JsValue::NULL, JsValue::from_str);
    set(&object, "handover", &handover);
    set(&object, "shared", &JsValue::from_bool(result.shared));
    object
}

/// A result's key as it crossed `window`; anything but a whole u32 reads as `None`.
fn key_of(value: &JsValue) -> Option<u32> {
    value
        .as_f64()
        .filter(|k| k.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(k))
        .map(|k| k as u32)
}

/// Reads a published result; anything odd reads as `None`.
fn from_js(value: &JsValue) -> Option<Published> {
    Some(Published {
        key: key_of(&get(value, "key")?)?,
        handover: string(value, "handover"),
        shared: crate::js::boolean(value, "shared").unwrap_or(false),
    })
}

/// Dispatches `name` on `window` with `detail`.
pub fn send(name: &str, detail: &JsValue) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let init = CustomEventInit::new();
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        window.dispatch_event(&event).ok();
    }
}

/// Stores `result` in the slot and announces it.
pub fn publish(result: &Published) {
    let value = to_js(result);
    if let Some(window) = web_sys::window() {
        set(&window, SLOT, &value);
    }
    send(RESULT, &value);
}

/// The result published before this module started, if any.
pub fn latest() -> Option<Published> {
    let window = JsValue::from(web_sys::window()?);
    from_js(&get(&window, SLOT)?)
}

/// A window event listener that stays until the guard is dropped.
pub struct Listener {
    name: &'static str,
    closure: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            window
                .remove_event_listener_with_callback(
                    self.name,
                    self.closure.as_ref().unchecked_ref(),
                )
                .ok();
        }
    }
}

/// Calls `handle` with each `name` event's detail.
pub fn listen(name: &'static str, mut handle: impl FnMut(JsValue) + 'static) -> Listener {
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        let detail = event
            .dyn_ref::<CustomEvent>()
            .map_or(JsValue::UNDEFINED, CustomEvent::detail);
        handle(detail);
    });
    if let Some(window) = web_sys::window() {
        window
            .add_event_listener_with_callback(name, closure.as_ref().unchecked_ref())
            .ok();
    }
    Listener { name, closure }
}

/// Calls `handle` with each published result.
pub fn on_result(mut handle: impl FnMut(Published) + 'static) -> Listener {
    listen(RESULT, move |detail| {
        if let Some(result) = from_js(&detail) {
            handle(result);
        }
    })
}

/// Calls `handle` with the key of each result the follow-up module has drawn.
pub fn on_shown(mut handle: impl FnMut(u32) + 'static) -> Listener {
    listen(SHOWN, move |detail| {
        if let Some(key) = key_of(&detail) {
            handle(key);
        }
    })
}

/// Asks loader.js for the follow-up module; `true` once it has started. Waits at most
/// `deadline_ms`; a page built without the loader (tests) or a blocked file gives `false`.
pub async fn load_followup(deadline_ms: u32) -> bool {
    let Some(window) = crate::js::window() else {
        return false;
    };
    let Some(promise) = call(&window, LOADER, &[]) else {
        return false;
    };
    crate::js::settle(promise, deadline_ms).await.is_some()
}
