//! Saves a value as a pretty-printed JSON file, without any server.

use serde::Serialize;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// `false` when the browser would not start the download.
pub fn download_json<T: Serialize>(value: &T, file_name: &str) -> bool {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let Ok(js) = value.serialize(&serializer) else {
        return false;
    };
    let Ok(text) = js_sys::JSON::stringify_with_replacer_and_space(
        &js,
        &wasm_bindgen::JsValue::NULL,
        &2.into(),
    ) else {
        return false;
    };
    let parts = js_sys::Array::of1(&text);
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
    Url::revoke_object_url(&url).ok();
    started
}
