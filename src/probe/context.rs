//! The connection estimate and the page's context, as the browser reports them.

use engine::environment::{ContextFacts, EffectiveType};

use crate::js::{boolean, get, number, string, window};

pub fn read_context() -> ContextFacts {
    let Some(window) = window() else {
        return ContextFacts::default();
    };
    let connection = get(&window, "navigator").and_then(|n| get(&n, "connection"));
    let in_iframe = web_sys::window().and_then(|w| {
        let top = w.top().ok()??;
        Some(top != w)
    });
    ContextFacts {
        effective_type: connection
            .as_ref()
            .and_then(|c| string(c, "effectiveType"))
            .and_then(|t| EffectiveType::parse(&t)),
        rtt_ms: connection
            .as_ref()
            .and_then(|c| number(c, "rtt"))
            .map(|n| n.max(0.0) as u32),
        downlink_mbps: connection.as_ref().and_then(|c| number(c, "downlink")),
        save_data: connection.as_ref().and_then(|c| boolean(c, "saveData")),
        secure_context: boolean(&window, "isSecureContext"),
        in_iframe,
    }
}
