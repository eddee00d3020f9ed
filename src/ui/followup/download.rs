//! Saves a JSON file without any server: the text is made in the `extras` part
//! ([`pretty_json`], through `crate::split::report_json`), the download started here.

use serde::Serialize;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// `value` as pretty-printed JSON; `None` when the browser would not serialize it.
pub fn pretty_json<T: Serialize>(value: &T) -> Option<String> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let js = value.serialize(&serializer).ok()?;
    js_sys::JSON::stringify_with_replacer_and_space(&js, &wasm_bindgen::JsValue::NULL, &2.into())
        .ok()
        .map(String::from)
}

/// `false` when the browser would not start the download.
pub fn download_json(text: &str, file_name: &str) -> bool {
    let parts = js_sys::Array::of1(&text.into());
    let options = BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let started = (|| {
        let document = web_sys::window()?.document()?;
        let anchor = document
            .create_element("a")
            .ok()?
            .dyn_into::<HtmlAnchorElement>()
            .ok()?;
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.set_class_name("offscreen");
        document.body()?.append_child(&anchor).ok()?;
        anchor.click();
        anchor.remove();
        Some(())
    })()
    .is_some();
    // Kept a while: Safari reads the file after the click has returned.
    gloo_timers::callback::Timeout::new(30_000, move || {
        Url::revoke_object_url(&url).ok();
    })
    .forget();
    started
}
