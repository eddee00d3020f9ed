//! Rules about this browser and device: support, cookies, clock, caches, extensions.

use super::{finding, Cause, Confidence, Facts, Fault, Finding};
use crate::browser::Family;
use crate::catalogue::browsers::{policy, standing, Standing, Support};
use crate::evidence::EvidenceRef;
use crate::message::{BrowserName, FindingText, Hosts};
use crate::outcome::Outcome;

pub(super) fn browser_support(f: &Facts) -> Option<Finding> {
    let detection = f.evidence.detection()?;
    let policy = policy(detection.family)?;
    let browser = BrowserName::of(&detection);
    match policy.support {
        Support::Unsupported => Some(finding(
            Cause::BrowserUnsupported,
            Confidence::High,
            Fault::Device,
            FindingText::BrowserUnsupported { browser },
            vec![EvidenceRef::Browser],
        )),
        _ => {
            if let Standing::Outdated {
                current,
                behind,
                chromium,
            } = standing(&detection, f.evidence.day().0)
            {
                return Some(finding(
                    Cause::BrowserOutdated,
                    Confidence::Medium,
                    Fault::Device,
                    FindingText::BrowserOutdated {
                        browser,
                        chromium,
                        behind,
                        current,
                    },
                    vec![EvidenceRef::Browser],
                ));
            }
            (policy.support == Support::NotListed).then(|| {
                finding(
                    Cause::BrowserUnsupported,
                    Confidence::Low,
                    Fault::Device,
                    FindingText::BrowserNotListed { browser },
                    vec![EvidenceRef::Browser],
                )
            })
        }
    }
    .filter(|_| detection.family != Family::Unknown)
}

pub(super) fn cookies(f: &Facts) -> Option<Finding> {
    let cookies = f.evidence.cookies.as_ref()?;
    if cookies.cookies_blocked() {
        return Some(finding(
            Cause::CookiesBlocked,
            Confidence::High,
            Fault::Device,
            FindingText::CookiesBlocked,
            vec![EvidenceRef::Cookies],
        ));
    }
    cookies.storage_blocked().then(|| {
        finding(
            Cause::CookiesBlocked,
            Confidence::Medium,
            Fault::Device,
            FindingText::StorageBlocked,
            vec![EvidenceRef::Storage],
        )
    })
}

pub(super) fn clock(f: &Facts) -> Option<Finding> {
    let skew = f.evidence.page.as_ref()?.clock_skew()?;
    skew.too_far().then(|| {
        finding(
            Cause::ClockSkew,
            Confidence::High,
            Fault::Device,
            FindingText::ClockWrong {
                skew_ms: skew.skew_ms,
                within_s: u32::try_from((skew.uncertainty_ms + 999) / 1000).unwrap_or(u32::MAX),
            },
            vec![EvidenceRef::Clock],
        )
    })
}

pub(super) fn stale_cache(f: &Facts) -> Option<Finding> {
    if f.evidence.page.as_ref().is_some_and(|p| p.stale_build()) {
        return Some(finding(
            Cause::StaleCache,
            Confidence::Medium,
            Fault::Device,
            FindingText::StaleBuild,
            vec![EvidenceRef::Build],
        ));
    }
    let cache = f.evidence.cache.as_ref()?;
    let odd_workers = cache.service_workers.is_some_and(|n| n > 0);
    (cache.storage_nearly_full() || odd_workers).then(|| {
        finding(
            Cause::StaleCache,
            Confidence::Low,
            Fault::Device,
            FindingText::CrowdedStorage,
            vec![EvidenceRef::Cache],
        )
    })
}

pub(super) fn extension(f: &Facts) -> Option<Finding> {
    let bait_blocked = f.evidence.bait.is_some_and(|b| b.blocked);
    let filtered: Vec<&str> = f
        .tested
        .iter()
        .filter(|j| j.verdict.filtered)
        .map(|j| j.endpoint.id)
        .collect();
    if !bait_blocked && filtered.is_empty() {
        return None;
    }
    let failed: Vec<&str> = f
        .with(Outcome::is_failure)
        .iter()
        .map(|j| j.endpoint.id)
        .collect();
    let mut evidence = Vec::new();
    if bait_blocked {
        evidence.push(EvidenceRef::Bait);
    }
    evidence.extend(
        f.tested
            .iter()
            .filter(|j| filtered.contains(&j.endpoint.id))
            .map(|j| EvidenceRef::Host(j.endpoint.id)),
    );
    Some(finding(
        Cause::ExtensionInterference,
        if bait_blocked {
            Confidence::Medium
        } else {
            Confidence::Low
        },
        Fault::Device,
        FindingText::Extension {
            bait_blocked,
            filtered: Hosts::of(&filtered),
            failed: Hosts::of(&failed),
        },
        evidence,
    ))
}

/// The browser's own estimate of a very slow link, where no host measured slow.
pub(super) fn slow_link(f: &Facts) -> Option<Finding> {
    let context = f.evidence.context.as_ref()?;
    let slow = context.effective_type.is_some_and(|t| t.is_slow());
    (slow && f.with(|o| o == Outcome::Slow).is_empty()).then(|| {
        finding(
            Cause::SlowNetwork,
            Confidence::Low,
            Fault::Network,
            FindingText::SlowLink,
            vec![EvidenceRef::Connection],
        )
    })
}
