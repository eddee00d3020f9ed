//! Reads Intuit's status page (Statuspage v2 JSON) with CORS. Whether Intuit allows that is
//! unconfirmed, so every failure becomes a reading the page can explain, never an error screen.

use engine::status_page::{
    Component, Incident, MalformedReason, OverallStatus, StatusReading, Summary, MAX_STATUS_BYTES,
};
use js_sys::{Promise, Uint8Array, JSON};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, ReferrerPolicy, RequestCache, RequestCredentials, RequestMode, Response,
};

use super::deadline::within;
use super::fetch::{self, Options};
use crate::js::{boolean, call, get, string};

/// At most this many components or incidents are read from a status page, however long.
const MAX_READ: u32 = 200;

fn list<T>(
    json: &wasm_bindgen::JsValue,
    key: &str,
    item: impl Fn(&wasm_bindgen::JsValue) -> Option<T>,
) -> Vec<T> {
    match get(json, key) {
        Some(value) if js_sys::Array::is_array(&value) => {
            let array = js_sys::Array::from(&value);
            (0..array.length().min(MAX_READ))
                .filter_map(|i| item(&array.get(i)))
                .collect()
        }
        _ => Vec::new(),
    }
}

/// Reads the parts of Statuspage's `summary.json` the engine uses, field by field (no serde in
/// the wasm). `None` when it is not a summary at all.
fn summary_from_js(json: &wasm_bindgen::JsValue) -> Option<Summary> {
    let status = get(json, "status")?;
    Some(Summary {
        status: OverallStatus {
            indicator: string(&status, "indicator")?,
            description: string(&status, "description").unwrap_or_default(),
        },
        components: list(json, "components", |c| {
            Some(Component {
                name: string(c, "name")?,
                status: string(c, "status")?,
            })
        }),
        incidents: list(json, "incidents", |i| {
            Some(Incident {
                name: string(i, "name")?,
                status: string(i, "status").unwrap_or_default(),
                impact: string(i, "impact").unwrap_or_default(),
            })
        }),
    })
}

/// Reads the body a chunk at a time and gives up past `max` bytes, so a huge or endless answer
/// costs at most `max` bytes of memory and ends at once (the caller's deadline still applies).
async fn body_capped(response: &Response, max: usize) -> Result<Vec<u8>, MalformedReason> {
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|n| n.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > max as u64) {
        return Err(MalformedReason::TooLarge);
    }
    let reader = get(response, "body")
        .and_then(|body| call(&body, "getReader", &[]))
        .ok_or(MalformedReason::NotJson)?;
    let mut bytes = Vec::new();
    loop {
        let Some(chunk) = call(&reader, "read", &[]).and_then(|p| p.dyn_into::<Promise>().ok())
        else {
            return Err(MalformedReason::NotJson);
        };
        let chunk = JsFuture::from(chunk)
            .await
            .map_err(|_| MalformedReason::NotJson)?;
        if boolean(&chunk, "done") == Some(true) {
            return Ok(bytes);
        }
        let Some(part) = get(&chunk, "value").and_then(|v| v.dyn_into::<Uint8Array>().ok()) else {
            return Err(MalformedReason::NotJson);
        };
        if bytes.len() + part.length() as usize > max {
            call(&reader, "cancel", &[]);
            return Err(MalformedReason::TooLarge);
        }
        bytes.extend(part.to_vec());
    }
}

pub async fn read_status(url: &str, deadline_ms: u32) -> StatusReading {
    let controller = AbortController::new().ok();
    let signal = controller.as_ref().map(|c| c.signal());
    let work = async {
        let options = Options {
            mode: RequestMode::Cors,
            credentials: RequestCredentials::Omit,
            cache: RequestCache::NoStore,
            referrer: Some(ReferrerPolicy::NoReferrer),
            signal: signal.as_ref(),
        };
        let response = fetch::get(url, options)
            .await
            .map_err(|error| StatusReading::Unreadable { error })?;
        if !response.ok() {
            return Err(StatusReading::HttpError {
                status: response.status(),
            });
        }
        let malformed = |reason| StatusReading::Malformed { reason };
        let bytes = body_capped(&response, MAX_STATUS_BYTES)
            .await
            .map_err(malformed)?;
        let text = String::from_utf8(bytes).map_err(|_| malformed(MalformedReason::NotJson))?;
        let json = JSON::parse(&text).map_err(|_| malformed(MalformedReason::NotJson))?;
        let summary = summary_from_js(&json).ok_or(malformed(MalformedReason::NotASummary))?;
        Ok(StatusReading::Read {
            summary: summary.condense(),
        })
    };
    let reading = within(deadline_ms, work).await;
    if let Some(controller) = &controller {
        controller.abort();
    }
    match reading {
        None => StatusReading::TimedOut,
        Some(Ok(reading)) | Some(Err(reading)) => reading,
    }
}
