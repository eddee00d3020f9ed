//! Reachability: a `no-cors` fetch resolves for any HTTP answer and rejects on any network
//! failure. It sends no cookies and no referrer, and stops the body as soon as the answer starts,
//! so it never downloads a large file. It must follow redirects: Chromium rejects a `no-cors`
//! fetch whose redirect mode is not `follow` (seen in the lab). Without cookies, a redirect to a
//! sign-in page cannot touch the user's session.

use engine::outcome::FetchAnswer;
use web_sys::{AbortController, ReferrerPolicy, RequestCache, RequestCredentials, RequestMode};

use super::deadline::{next_task, now_ms, since, within};
use super::fetch::{get, Options};
use super::policy_watch::PolicyWatch;

pub async fn reach(url: &str, deadline_ms: u32, policy: &PolicyWatch) -> FetchAnswer {
    let controller = AbortController::new().ok();
    let signal = controller.as_ref().map(|c| c.signal());
    let options = Options {
        mode: RequestMode::NoCors,
        credentials: RequestCredentials::Omit,
        cache: RequestCache::NoStore,
        referrer: Some(ReferrerPolicy::NoReferrer),
        signal: signal.as_ref(),
    };
    let started = now_ms();
    let answer = within(deadline_ms, get(url, options)).await;
    let after_ms = since(started);
    // Whatever happened, stop the request: no body download, no connection left waiting.
    if let Some(controller) = &controller {
        controller.abort();
    }
    match answer {
        None => FetchAnswer::TimedOut,
        Some(Ok(_)) => FetchAnswer::Answered { after_ms },
        Some(Err(error)) => {
            next_task().await;
            if policy.blocked(url) && policy.allows(url) {
                FetchAnswer::RedirectedAway { after_ms }
            } else if policy.blocked(url) {
                FetchAnswer::BlockedByPolicy
            } else {
                FetchAnswer::Failed { after_ms, error }
            }
        }
    }
}
