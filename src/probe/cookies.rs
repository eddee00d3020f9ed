//! Cookies and site storage, tested for real: write, read back, delete.

use engine::environment::CookieFacts;
use wasm_bindgen::JsCast;
use web_sys::HtmlDocument;

const NAME: &str = "qbo_check_probe";

fn cookie_round_trip() -> Option<bool> {
    let document = web_sys::window()?
        .document()?
        .dyn_into::<HtmlDocument>()
        .ok()?;
    let value = format!("{}", js_sys::Date::now() as u64);
    document
        .set_cookie(&format!("{NAME}={value}; path=/; SameSite=Lax"))
        .ok()?;
    let stored = document
        .cookie()
        .ok()?
        .split(';')
        .any(|pair| pair.trim() == format!("{NAME}={value}"));
    document
        .set_cookie(&format!("{NAME}=; path=/; max-age=0; SameSite=Lax"))
        .ok();
    Some(stored)
}

fn storage_works(storage: Result<Option<web_sys::Storage>, wasm_bindgen::JsValue>) -> Option<bool> {
    // Access itself throws in some privacy modes: that is "blocked", not "unknown".
    let Ok(Some(storage)) = storage else {
        return Some(false);
    };
    let ok = storage.set_item(NAME, "1").is_ok()
        && storage.get_item(NAME).ok().flatten().as_deref() == Some("1");
    storage.remove_item(NAME).ok();
    Some(ok)
}

pub fn read_cookies() -> CookieFacts {
    let Some(window) = web_sys::window() else {
        return CookieFacts::default();
    };
    CookieFacts {
        cookie_enabled: crate::js::window()
            .and_then(|w| crate::js::get(&w, "navigator"))
            .and_then(|n| crate::js::boolean(&n, "cookieEnabled")),
        cookie_round_trip: cookie_round_trip(),
        local_storage: storage_works(window.local_storage()),
        session_storage: storage_works(window.session_storage()),
    }
}
