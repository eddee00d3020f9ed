//! One run: every catalogue host, the page's own origin (the control), the status page and
//! the environment checks, all at once.
//! Each finished probe is reported as a [`Fact`] the moment it lands, so rows fill in live.

use std::rc::Rc;

use engine::catalogue::{Endpoint, ENDPOINTS, STATUS_PAGE};
use engine::evidence::{EndpointEvidence, Fact};
use engine::outcome::Observation;
use engine::timing::PROBE_DEADLINE_MS;
use wasm_bindgen_futures::spawn_local;

use super::bait::read_bait;
use super::cache::read_cache;
use super::context::read_context;
use super::cookies::read_cookies;
use super::image::image;
use super::page::read_page;
use super::policy_watch::PolicyWatch;
use super::reach::reach;
use super::status::read_status;

/// `url` with this run's `qbo-check=<key>` query added.
pub fn with_cache_key(url: &str, cache_key: &str) -> String {
    let separator = if url.contains('?') { '&' } else { '?' };
    format!("{url}{separator}qbo-check={cache_key}")
}

/// Probes one endpoint: reachability and, where the host has one, its image, side by side.
pub async fn observe(
    endpoint: &Endpoint,
    cache_key: &str,
    deadline_ms: u32,
    policy: &PolicyWatch,
) -> Observation {
    // The same per-run query as the image probe: no cache can answer for the host, and no
    // tool that treats a bare /favicon.ico specially (Playwright's routing fails it) is involved.
    let url = with_cache_key(endpoint.reach_url, cache_key);
    let fetch = reach(&url, deadline_ms, policy);
    // Every test image of the host, side by side with the fetch; a host without one gets none.
    let load = |probe_image: Option<engine::catalogue::endpoints::ProbeImage>| async move {
        match probe_image {
            Some(p) => Some(image(p.url, cache_key, deadline_ms).await),
            None => None,
        }
    };
    let (fetch, image, second_image) =
        futures::join!(fetch, load(endpoint.image), load(endpoint.second_image));
    Observation {
        fetch,
        image,
        second_image,
    }
}

/// Where a run's facts go. One concrete type, so the probes are compiled once however many
/// places start a run.
pub type Report = Rc<dyn Fn(Fact)>;

/// Starts every probe of run `run` and reports each fact through `report`.
pub fn start(run: u32, report: Report) {
    let policy = Rc::new(PolicyWatch::start());
    let cache_key = Rc::new(format!("{}-{run}", js_sys::Date::now() as u64));
    for endpoint in ENDPOINTS {
        let (policy, cache_key, report) = (policy.clone(), cache_key.clone(), report.clone());
        spawn_local(async move {
            let observation = observe(endpoint, &cache_key, PROBE_DEADLINE_MS, &policy).await;
            report(Fact::Endpoint(EndpointEvidence {
                id: endpoint.id.to_string(),
                observation,
            }));
        });
    }
    {
        let report = report.clone();
        spawn_local(async move {
            let (control, page) = read_page(PROBE_DEADLINE_MS).await;
            report(Fact::Control(control));
            report(Fact::Page(page));
        });
    }
    {
        let (policy, report) = (policy.clone(), report.clone());
        spawn_local(async move {
            report(Fact::Bait(read_bait(PROBE_DEADLINE_MS, &policy).await));
        });
    }
    {
        let report = report.clone();
        spawn_local(async move {
            report(Fact::Cache(read_cache().await));
        });
    }
    report(Fact::Cookies(read_cookies()));
    report(Fact::Context(read_context()));
    spawn_local(async move {
        report(Fact::Status(
            read_status(STATUS_PAGE.summary_url, PROBE_DEADLINE_MS).await,
        ));
    });
}

/// `navigator.onLine`, where the browser has it.
pub fn online() -> Option<bool> {
    web_sys::window().map(|w| w.navigator().on_line())
}
