//! One `fetch` with the options a probe chooses, straight through web-sys: a wrapper crate
//! cost wasm size and added nothing the probes use.

use engine::outcome::FetchError;
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

/// The kind of a failed fetch, from the error's name. The message differs between browsers
/// and the network cause is hidden on purpose, so the kind is all that is kept.
pub fn error_kind(error: &JsValue) -> FetchError {
    match error.dyn_ref::<js_sys::Error>() {
        Some(e) => FetchError::from_name(&String::from(e.name())),
        None => FetchError::Other,
    }
}

/// GETs `url`; `Err` holds the kind of network failure.
pub async fn get(url: &str, options: Options<'_>) -> Result<Response, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Other)?;
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
        .map_err(|e| error_kind(&e))?;
    answer.dyn_into::<Response>().map_err(|_| FetchError::Other)
}
