//! Rules about this browser and device: support, cookies, clock, caches, extensions.

use super::{finding, Cause, Confidence, Facts, Fault, Finding};
use crate::browser::Family;
use crate::catalogue::browsers::{policy, standing, Standing, Support};
use crate::evidence::EvidenceRef;
use crate::outcome::Outcome;

pub(super) fn browser_support(f: &Facts) -> Option<Finding> {
    let detection = f.evidence.detection()?;
    let policy = policy(detection.family)?;
    let name = detection.describe();
    match policy.support {
        Support::Unsupported => Some(finding(
            Cause::BrowserUnsupported,
            Confidence::High,
            Fault::Device,
            "This browser cannot run QuickBooks Online",
            format!("This looks like {name}. {} Open QuickBooks in the latest Chrome, Edge, Firefox or Safari.", policy.why),
            vec![EvidenceRef::Browser],
        )),
        _ => {
            if let Standing::Outdated {
                current,
                behind,
                chromium,
            } = standing(&detection, f.evidence.day().0)
            {
                let of = if chromium { "its Chromium is " } else { "" };
                return Some(finding(
                    Cause::BrowserOutdated,
                    Confidence::Medium,
                    Fault::Device,
                    "This browser is out of date",
                    format!("This looks like {name}; {of}{behind} versions behind {current}, the newest by its maker's release schedule. Intuit supports only the latest versions; old browsers can fail to load QuickBooks or to sign in. Update the browser and restart it."),
                    vec![EvidenceRef::Browser],
                ));
            }
            (policy.support == Support::NotListed).then(|| {
                finding(
                    Cause::BrowserUnsupported,
                    Confidence::Low,
                    Fault::Device,
                    "This browser is not on Intuit's list",
                    format!("This looks like {name}. {} If QuickBooks misbehaves, try the latest Chrome, Edge, Firefox or Safari.", policy.why),
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
            "Cookies are blocked in this browser",
            "A test cookie on this page could not be stored. QuickBooks needs cookies for intuit.com to keep you signed in; without them sign-in loops or fails. Allow cookies for intuit.com in the browser's settings.".into(),
            vec![EvidenceRef::Cookies],
        ));
    }
    cookies.storage_blocked().then(|| {
        finding(
            Cause::CookiesBlocked,
            Confidence::Medium,
            Fault::Device,
            "Site storage is blocked in this browser",
            "This page could not use the browser's site storage (localStorage or sessionStorage). QuickBooks uses it too; a privacy setting or extension that blocks it can break sign-in or leave pages blank.".into(),
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
            "This device's clock is wrong",
            format!("This device's clock is {} compared with this page's server (measured to within {} seconds). Secure connections check certificates against the clock, and sign-in tokens expire by it, so a wrong clock breaks sign-in and secure pages. Set the date, time and time zone to update automatically.", skew.describe(), (skew.uncertainty_ms + 999) / 1000),
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
            "Old cached files are being served",
            "This page itself came from an old cached copy: its server already has a newer version. A browser cache or a caching proxy is holding on to old files and may do the same to QuickBooks. This page cannot see intuit.com's cache, so this is a hint: reload with Ctrl+Shift+R (Cmd+Shift+R on a Mac), or clear cached files for intuit.com.".into(),
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
            "This browser's storage looks crowded",
            "Site storage is nearly full or holds cached workers this page did not install. Full or stale storage can keep old QuickBooks files around. Clearing data for intuit.com may help.".into(),
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
        .map(|j| j.endpoint.host)
        .collect();
    if !bait_blocked && filtered.is_empty() {
        return None;
    }
    let failed: Vec<&str> = f
        .with(Outcome::is_failure)
        .iter()
        .map(|j| j.endpoint.host)
        .collect();
    let mut detail = String::new();
    if bait_blocked {
        detail.push_str("Something in this browser (an ad or content blocker, a privacy extension or security software) stopped a harmless test file on this page. ");
    }
    if !filtered.is_empty() {
        detail.push_str(&format!("Requests to {} were stopped although their images loaded, which is how filters behave. ", filtered.join(", ")));
    }
    if bait_blocked && !failed.is_empty() {
        detail.push_str(&format!(
            "The same blocker may be what stops {}. ",
            failed.join(", ")
        ));
    }
    detail.push_str("Blockers can break parts of QuickBooks. A browser cannot say for sure which extension did it: try QuickBooks in a private window or with extensions turned off.");
    let mut evidence = Vec::new();
    if bait_blocked {
        evidence.push(EvidenceRef::Bait);
    }
    evidence.extend(
        f.tested
            .iter()
            .filter(|j| filtered.contains(&j.endpoint.host))
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
        "An extension or blocker may be interfering",
        detail,
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
            "The browser reports a very slow connection",
            "The browser estimates this connection as 2G-like. QuickBooks may load slowly or time out.".into(),
            vec![EvidenceRef::Connection],
        )
    })
}
