//! One round of watch mode: every catalogue host and the control, the same probes as a check,
//! and nothing else (the status page is read by the watch itself, at most every 5 minutes).

use std::rc::Rc;

use engine::catalogue::ENDPOINTS;
use engine::outcome::Observation;
use engine::timing::PROBE_DEADLINE_MS;

use super::page::read_page;
use super::policy_watch::PolicyWatch;
use super::run::observe;

/// What one round saw: the control and each host, in catalogue order. It ends within the probe
/// deadline, whatever the network does.
pub struct RoundSeen {
    pub control: Observation,
    pub hosts: Vec<(&'static str, Observation)>,
}

pub async fn watch_round(round: u32) -> RoundSeen {
    let policy = Rc::new(PolicyWatch::start());
    // Each round's own query value: no cache can answer, and the lab tells rounds apart by it.
    let cache_key = format!("{}-w{round}", js_sys::Date::now() as u64);
    let hosts = futures::future::join_all(ENDPOINTS.iter().map(|endpoint| {
        let (policy, cache_key) = (policy.clone(), cache_key.as_str());
        async move {
            (
                endpoint.id,
                observe(endpoint, cache_key, PROBE_DEADLINE_MS, &policy).await,
            )
        }
    }));
    let (hosts, (control, _page)) = futures::join!(hosts, read_page(PROBE_DEADLINE_MS));
    RoundSeen { control, hosts }
}
