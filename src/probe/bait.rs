//! A harmless file on this page's own origin, named like an ad. Content blockers stop such
//! files before any request leaves the browser; our own server always has it.

use engine::environment::BaitFacts;
use engine::outcome::FetchAnswer;

use super::policy_watch::PolicyWatch;
use super::reach::reach;

pub const BAIT_URL: &str = "ads/ad-banner.js";

pub async fn read_bait(deadline_ms: u32, policy: &PolicyWatch) -> BaitFacts {
    match reach(BAIT_URL, deadline_ms, policy).await {
        FetchAnswer::Answered { after_ms } => BaitFacts {
            blocked: false,
            after_ms,
        },
        FetchAnswer::Failed { after_ms, .. } => BaitFacts {
            blocked: true,
            after_ms,
        },
        // A timeout or our own policy says nothing about blockers.
        FetchAnswer::TimedOut
        | FetchAnswer::BlockedByPolicy
        | FetchAnswer::RedirectedAway { .. } => BaitFacts {
            blocked: false,
            after_ms: deadline_ms,
        },
    }
}
