//! The image probe: a real image on a host loads only if the host answered with that image.
//! An error page (502, "Access Denied") fails to decode, which a `no-cors` fetch cannot see.

use std::cell::RefCell;
use std::rc::Rc;

use engine::outcome::ImageAnswer;
use futures::channel::oneshot;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlImageElement;

use super::deadline::{now_ms, since, within};

/// Loads `url` (with `cache_key` appended so that the browser cache cannot answer for the host).
pub async fn image(url: &str, cache_key: &str, deadline_ms: u32) -> ImageAnswer {
    let Ok(img) = HtmlImageElement::new() else {
        return ImageAnswer::Failed { after_ms: 0 };
    };
    img.set_referrer_policy("no-referrer");
    let (sender, receiver) = oneshot::channel::<bool>();
    let sender = Rc::new(RefCell::new(Some(sender)));
    let settle = |loaded: bool| {
        let sender = sender.clone();
        Closure::<dyn FnMut()>::new(move || {
            if let Some(sender) = sender.borrow_mut().take() {
                let _ = sender.send(loaded);
            }
        })
    };
    let on_load = settle(true);
    let on_error = settle(false);
    img.set_onload(Some(on_load.as_ref().unchecked_ref()));
    img.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let started = now_ms();
    img.set_src(&super::run::with_cache_key(url, cache_key));
    let settled = within(deadline_ms, receiver).await;
    let after_ms = since(started);
    // Detach before the closures are dropped, and stop a download still under way.
    img.set_onload(None);
    img.set_onerror(None);
    if settled.is_none() {
        img.remove_attribute("src").ok();
    }
    match settled {
        None => ImageAnswer::TimedOut,
        Some(Ok(true)) => ImageAnswer::Loaded { after_ms },
        Some(_) => ImageAnswer::Failed { after_ms },
    }
}
