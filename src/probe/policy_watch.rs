//! Our own Content-Security-Policy can block a probe, and the browser reports that exactly like
//! a network failure. This watch listens for `securitypolicyviolation` so that a CSP bug in
//! qbo-check is never reported as the user's network fault.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::SecurityPolicyViolationEvent;

pub struct PolicyWatch {
    blocked: Rc<RefCell<Vec<String>>>,
    /// This page's own policy, as its meta tag states it.
    own_policy: String,
    listener: Option<Closure<dyn FnMut(SecurityPolicyViolationEvent)>>,
}

impl PolicyWatch {
    /// Starts listening. Without a document it watches nothing and blocks nothing.
    pub fn start() -> Self {
        let blocked = Rc::new(RefCell::new(Vec::new()));
        let sink = blocked.clone();
        let listener = Closure::<dyn FnMut(SecurityPolicyViolationEvent)>::new(
            move |event: SecurityPolicyViolationEvent| {
                sink.borrow_mut().push(event.blocked_uri());
            },
        );
        let attached = web_sys::window()
            .and_then(|w| w.document())
            .map(|d| {
                d.add_event_listener_with_callback(
                    "securitypolicyviolation",
                    listener.as_ref().unchecked_ref(),
                )
                .is_ok()
            })
            .unwrap_or(false);
        let own_policy = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| {
                d.query_selector("meta[http-equiv=\"Content-Security-Policy\"]")
                    .ok()
                    .flatten()
            })
            .and_then(|m| m.get_attribute("content"))
            .unwrap_or_default();
        PolicyWatch {
            blocked,
            own_policy,
            listener: attached.then_some(listener),
        }
    }

    /// Whether this page's own policy lets it fetch `url`. A violation for such a URL can only
    /// come from a redirect to somewhere else: browsers report the original URL.
    pub fn allows(&self, url: &str) -> bool {
        engine::policy::allows(&self.own_policy, "connect-src", url)
    }

    /// Whether a violation was reported for this URL (browsers may report only its origin).
    pub fn blocked(&self, url: &str) -> bool {
        self.blocked
            .borrow()
            .iter()
            .any(|uri| !uri.is_empty() && url.starts_with(uri.as_str()))
    }
}

impl Drop for PolicyWatch {
    fn drop(&mut self) {
        if let (Some(listener), Some(document)) =
            (&self.listener, web_sys::window().and_then(|w| w.document()))
        {
            document
                .remove_event_listener_with_callback(
                    "securitypolicyviolation",
                    listener.as_ref().unchecked_ref(),
                )
                .ok();
        }
    }
}
