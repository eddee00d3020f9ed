//! Reads Intuit's status page (Statuspage v2 JSON) with CORS. Whether Intuit allows that is
//! unconfirmed, so every failure becomes a reading the page can explain, never an error screen.

use engine::status_page::{Component, Incident, OverallStatus, StatusReading, Summary};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, ReferrerPolicy, RequestCache, RequestCredentials, RequestMode};

use super::deadline::within;
use super::fetch::{self, describe, Options};
use super::js::{get, string};

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
        let promise = response.json().map_err(|e| StatusReading::Malformed {
            error: describe(&e),
        })?;
        let json = JsFuture::from(promise)
            .await
            .map_err(|e| StatusReading::Malformed {
                error: format!("not JSON: {}", describe(&e)),
            })?;
        let summary = summary_from_js(&json).ok_or_else(|| StatusReading::Malformed {
            error: "not a Statuspage summary".into(),
        })?;
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
