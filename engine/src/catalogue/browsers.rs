//! Which browsers QuickBooks Online supports, and which versions count as current.
//!
//! Intuit says "the latest versions of Chrome, Firefox, Safari and Edge" and publishes no
//! minimum versions. The current majors below are estimates from each browser's
//! release cadence, checked on [`CHECKED`]; the page shows that date so a stale table is
//! visible. A stale table can only under-report: a browser newer than "current" is never
//! called outdated.

use serde::Serialize;

use crate::browser::Family;

/// When the versions below were last checked.
pub const CHECKED: &str = "2026-11-26";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Support {
    /// On Intuit's list of supported browsers.
    Supported,
    /// Built on a supported engine but not on Intuit's list: usually works, not guaranteed.
    NotListed,
    /// Known not to work with QuickBooks Online.
    Unsupported,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct BrowserPolicy {
    pub family: Family,
    pub support: Support,
    /// The newest major version on [`CHECKED`], where one applies.
    pub current_major: Option<u32>,
    /// How many majors behind current still count as up to date.
    pub grace_majors: u32,
    pub why: &'static str,
    pub source: &'static str,
}

const ESTIMATE: &str = "Estimated from the release cadence on 2026-11-26 (not confirmed); Chromium 156 verified on this project's machines.";

pub static BROWSERS: &[BrowserPolicy] = &[
    BrowserPolicy { family: Family::Chrome, support: Support::Supported, current_major: Some(156), grace_majors: 3, why: "Supported by Intuit.", source: ESTIMATE },
    BrowserPolicy { family: Family::Edge, support: Support::Supported, current_major: Some(156), grace_majors: 3, why: "Supported by Intuit.", source: "Edge follows Chrome's major version (an estimate, not confirmed, 2026-11-26)." },
    BrowserPolicy { family: Family::Firefox, support: Support::Supported, current_major: Some(157), grace_majors: 3, why: "Supported by Intuit.", source: "Firefox 145 shipped in November 2025; four-week cadence (an estimate, not confirmed, 2026-11-26)." },
    BrowserPolicy { family: Family::Safari, support: Support::Supported, current_major: Some(27), grace_majors: 1, why: "Supported by Intuit.", source: "Safari 26 shipped in September 2025; one major a year (an estimate, not confirmed, 2026-11-26)." },
    BrowserPolicy { family: Family::Brave, support: Support::NotListed, current_major: Some(156), grace_majors: 3, why: "Built on Chrome's engine; not on Intuit's list. Its shields can block parts of QuickBooks.", source: "Brave reports Chrome's engine version (an estimate, not confirmed, 2026-11-26)." },
    BrowserPolicy { family: Family::Opera, support: Support::NotListed, current_major: None, grace_majors: 3, why: "Built on Chrome's engine; not on Intuit's list.", source: "Opera's own version numbers are not tracked here." },
    BrowserPolicy { family: Family::Vivaldi, support: Support::NotListed, current_major: None, grace_majors: 3, why: "Built on Chrome's engine; not on Intuit's list.", source: "Vivaldi's own version numbers are not tracked here." },
    BrowserPolicy { family: Family::SamsungInternet, support: Support::NotListed, current_major: None, grace_majors: 3, why: "Built on Chrome's engine; not on Intuit's list.", source: "Samsung Internet's own version numbers are not tracked here." },
    BrowserPolicy { family: Family::QboDesktop, support: Support::Supported, current_major: None, grace_majors: 0, why: "Intuit's own app for QuickBooks Online.", source: "Recognised by a \"QuickBooks\" token in its UA string (not confirmed)." },
    BrowserPolicy { family: Family::Ie, support: Support::Unsupported, current_major: None, grace_majors: 0, why: "Internet Explorer is retired and cannot run QuickBooks Online.", source: "Microsoft retired Internet Explorer in June 2022." },
    BrowserPolicy { family: Family::EdgeLegacy, support: Support::Unsupported, current_major: None, grace_majors: 0, why: "The old Edge (EdgeHTML) is retired; the new Edge replaced it.", source: "Microsoft ended support for Edge Legacy in March 2021." },
    BrowserPolicy { family: Family::AndroidWebview, support: Support::Unsupported, current_major: None, grace_majors: 0, why: "An app's built-in browser (for example after tapping a link in another app) is not a supported browser; sign-in often fails there.", source: "Intuit lists full browsers only." },
];

pub fn policy(family: Family) -> Option<&'static BrowserPolicy> {
    BROWSERS.iter().find(|p| p.family == family)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_four_browsers_intuit_names_are_supported() {
        for family in [
            Family::Chrome,
            Family::Edge,
            Family::Firefox,
            Family::Safari,
        ] {
            let p = policy(family).expect("listed");
            assert_eq!(p.support, Support::Supported);
            assert!(p.current_major.is_some());
        }
    }

    #[test]
    fn every_row_has_a_source_and_a_reason_and_is_listed_once() {
        for (i, p) in BROWSERS.iter().enumerate() {
            assert!(!p.source.is_empty() && !p.why.is_empty());
            assert!(BROWSERS[i + 1..].iter().all(|o| o.family != p.family));
        }
    }
}
