//! Every wait in a probe is bounded: this is the one place that bounds it.

use std::future::Future;

use futures::future::{select, Either};
use gloo_timers::future::TimeoutFuture;

/// `Some(output)` if `work` finishes within `ms`, else `None` (and `work` is dropped).
/// Dropping a browser future does not cancel the browser's work: callers abort that themselves.
pub async fn within<F: Future>(ms: u32, work: F) -> Option<F::Output> {
    let work = Box::pin(work);
    let timer = TimeoutFuture::new(ms);
    match select(work, timer).await {
        Either::Left((output, _)) => Some(output),
        Either::Right(_) => None,
    }
}

/// Milliseconds on the page's monotonic clock.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Whole milliseconds since `start`, never negative.
pub fn since(start: f64) -> u32 {
    (now_ms() - start).max(0.0).round() as u32
}

/// Lets already-queued browser tasks (such as a CSP violation event) run first.
pub async fn next_task() {
    TimeoutFuture::new(0).await;
}
