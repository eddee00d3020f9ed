//! The page's own server: one no-store read of `version.json` gives the control probe (is our
//! own origin reachable?), the server's clock (its `Date` header) and the newest build.

use engine::environment::{parse_http_date, PageFacts};
use engine::outcome::{FetchAnswer, Observation};
use web_sys::{AbortController, RequestCache, RequestCredentials, RequestMode};

use super::deadline::{now_ms, since, within};
use super::fetch::{get, Options};
use crate::js::string;

pub const VERSION_URL: &str = "version.json";

/// The build running here: the hashed name of this page's script, as the loader's modulepreload
/// link names it. Only the glue's link: the loader preloads other modules too (the split script,
/// a French visit's words), and any of them may come first.
pub fn running_build() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let link = document
        .query_selector(
            "link[rel=\"modulepreload\"][href*=\"/qbo-check-\"]:not([href*=\"/qbo-check-split-\"])",
        )
        .ok()??;
    let href = link.get_attribute("href")?;
    href.rsplit('/').next().map(String::from)
}

pub async fn read_page(deadline_ms: u32) -> (Observation, PageFacts) {
    let controller = AbortController::new().ok();
    let signal = controller.as_ref().map(|c| c.signal());
    let sent_at_ms = js_sys::Date::now();
    let started = now_ms();
    let work = async {
        let options = Options {
            mode: RequestMode::SameOrigin,
            credentials: RequestCredentials::SameOrigin,
            cache: RequestCache::NoStore,
            referrer: None,
            signal: signal.as_ref(),
        };
        let response = get(VERSION_URL, options).await?;
        let answered_at_ms = js_sys::Date::now();
        let after_ms = since(started);
        let date = response.headers().get("date").ok().flatten();
        let build = match response.json() {
            Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise)
                .await
                .ok()
                .and_then(|json| string(&json, "build")),
            Err(_) => None,
        };
        Ok::<_, engine::outcome::FetchError>((after_ms, answered_at_ms, date, build))
    };
    let outcome = within(deadline_ms, work).await;
    if let Some(controller) = &controller {
        controller.abort();
    }
    let mut facts = PageFacts {
        sent_at_ms,
        answered_at_ms: sent_at_ms,
        running_build: running_build(),
        ..PageFacts::default()
    };
    let fetch = match outcome {
        None => FetchAnswer::TimedOut,
        Some(Err(error)) => FetchAnswer::Failed {
            after_ms: since(started),
            error,
        },
        Some(Ok((after_ms, answered_at_ms, date, build))) => {
            facts.answered_at_ms = answered_at_ms;
            facts.server_time_ms = date.as_deref().and_then(parse_http_date);
            facts.served_build = build;
            FetchAnswer::Answered { after_ms }
        }
    };
    (
        Observation {
            fetch,
            image: None,
            second_image: None,
        },
        facts,
    )
}
