//! One `fetch` with the options a probe chooses, straight through web-sys: a wrapper crate
//! cost wasm size and added nothing the probes use.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, ReferrerPolicy, RequestCache, RequestCredentials, RequestInit};
use web_sys::{RequestMode, Response};

/// How a probe's request goes out. `referrer: None` keeps the browser's default.
pub struct Options<'a> {
    pub mode: RequestMode,
    pub credentials: RequestCredentials,
    pub cache: RequestCache,
    pub referrer: Option<ReferrerPolicy>,
    pub signal: Option<&'a AbortSignal>,
}

/// The browser's own words for a failed fetch ("TypeError: Failed to fetch"), kept as text
/// for the report; the type of a network error is not exposed, so nothing more is claimed.
pub fn describe(error: &JsValue) -> String {
    match error.dyn_ref::<js_sys::Error>() {
        Some(e) => format!("{}: {}", String::from(e.name()), String::from(e.message())),
        None => error
            .as_string()
            .unwrap_or_else(|| "the request failed".into()),
    }
}

/// GETs `url`; `Err` holds the browser's description of a network failure.
pub async fn get(url: &str, options: Options<'_>) -> Result<Response, String> {
    let window = web_sys::window().ok_or_else(|| "no window".to_string())?;
    let init = RequestInit::new();
    init.set_mode(options.mode);
    init.set_credentials(options.credentials);
    init.set_cache(options.cache);
    if let Some(referrer) = options.referrer {
        init.set_referrer_policy(referrer);
    }
    init.set_signal(options.signal);
    let answer = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|e| describe(&e))?;
    answer
        .dyn_into::<Response>()
        .map_err(|_| "the answer was not a Response".to_string())
}
