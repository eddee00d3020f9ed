//! Reads Intuit's status page (Statuspage v2 JSON) with CORS. Whether Intuit allows that is
//! unconfirmed, so every failure becomes a reading the page can explain, never an error screen.

use engine::status_page::{StatusReading, Summary};
use gloo_net::http::Request;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, ReferrerPolicy, RequestCache, RequestCredentials, RequestMode};

use super::deadline::within;

pub async fn read_status(url: &str, deadline_ms: u32) -> StatusReading {
    let controller = AbortController::new().ok();
    let signal = controller.as_ref().map(|c| c.signal());
    let work = async {
        let response = Request::get(url)
            .mode(RequestMode::Cors)
            .credentials(RequestCredentials::Omit)
            .cache(RequestCache::NoStore)
            .referrer_policy(ReferrerPolicy::NoReferrer)
            .abort_signal(signal.as_ref())
            .send()
            .await
            .map_err(|e| StatusReading::Unreadable {
                error: e.to_string(),
            })?;
        if !response.ok() {
            return Err(StatusReading::HttpError {
                status: response.status(),
            });
        }
        let raw = web_sys::Response::from(response);
        let promise = raw.json().map_err(|e| StatusReading::Malformed {
            error: format!("{e:?}"),
        })?;
        let json = JsFuture::from(promise)
            .await
            .map_err(|e| StatusReading::Malformed {
                error: format!("not JSON: {e:?}"),
            })?;
        let summary: Summary =
            serde_wasm_bindgen::from_value(json).map_err(|e| StatusReading::Malformed {
                error: e.to_string(),
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
