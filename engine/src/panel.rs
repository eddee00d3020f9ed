//! The "Your browser" panel: every environment fact with a one-line meaning. Words live here,
//! next to the facts, so the ui only lays them out and tests can read them natively.

use serde::Serialize;

use crate::browser::{Detection, Family};
use crate::calendar::{Day, CHECKED};
use crate::catalogue::browsers::{policy, standing, Standing, Support};
use crate::evidence::Evidence;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Health {
    Good,
    Warning,
    Problem,
    /// Not measured, or not measurable in this browser.
    Unknown,
}

impl Health {
    pub fn id(self) -> &'static str {
        match self {
            Health::Good => "good",
            Health::Warning => "warning",
            Health::Problem => "problem",
            Health::Unknown => "unknown",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FactLine {
    pub id: &'static str,
    pub label: &'static str,
    pub value: String,
    pub meaning: String,
    pub health: Health,
}

fn line(
    id: &'static str,
    label: &'static str,
    value: impl Into<String>,
    meaning: impl Into<String>,
    health: Health,
) -> FactLine {
    FactLine {
        id,
        label,
        value: value.into(),
        meaning: meaning.into(),
        health,
    }
}

const NOT_YET: &str = "Checked when the test runs";

fn yes_no(value: Option<bool>, yes: &str, no: &str) -> String {
    match value {
        Some(true) => yes.into(),
        Some(false) => no.into(),
        None => "Not exposed by this browser".into(),
    }
}

pub fn browser_line(detection: &Detection, today: Day) -> FactLine {
    let policy = policy(detection.family);
    let (meaning, health) = match policy {
        Some(p) if p.support == Support::Unsupported => (p.why.to_string(), Health::Problem),
        Some(p) => {
            let standing = standing(detection, today);
            if let Standing::Outdated { .. } = standing {
                (
                    "Older than the versions Intuit supports. Update it.".to_string(),
                    Health::Warning,
                )
            } else if let Standing::LongTerm(channel) = standing {
                (
                    format!("{} An Extended Support Release ({channel}): its maker still ships its security fixes.", p.why),
                    Health::Good,
                )
            } else if p.support == Support::NotListed {
                (p.why.to_string(), Health::Warning)
            } else {
                (p.why.to_string(), Health::Good)
            }
        }
        None if detection.family == Family::Unknown => (
            "This page could not recognise the browser, so its support cannot be judged."
                .to_string(),
            Health::Unknown,
        ),
        None => (String::new(), Health::Unknown),
    };
    let mut meaning = meaning;
    for caveat in &detection.caveats {
        meaning.push(' ');
        meaning.push_str(caveat);
    }
    line("browser", "Browser", detection.describe(), meaning, health)
}

/// Every line of the panel. Before a run, only the browser is known.
pub fn lines(evidence: &Evidence) -> Vec<FactLine> {
    let mut out = Vec::new();
    let (today, _) = evidence.day();
    if let Some(detection) = evidence.detection() {
        out.push(browser_line(&detection, today));
    }
    out.push(line(
        "versions-checked",
        "Browser versions known",
        format!("Worked out for {}", today.iso()),
        format!("Each browser's newest version is worked out from its maker's release schedule, checked on {}, for the date of this check.", CHECKED.iso()),
        Health::Unknown,
    ));

    match &evidence.cookies {
        None => {
            out.push(line(
                "cookies",
                "Cookies",
                NOT_YET,
                "QuickBooks needs cookies to keep you signed in.",
                Health::Unknown,
            ));
            out.push(line(
                "storage",
                "Site storage",
                NOT_YET,
                "QuickBooks keeps settings in the browser's site storage.",
                Health::Unknown,
            ));
        }
        Some(c) => {
            let blocked = c.cookies_blocked();
            out.push(line(
                "cookies",
                "Cookies",
                if blocked {
                    "Blocked"
                } else if c.cookie_round_trip == Some(true) {
                    "Allowed"
                } else {
                    "Not exposed by this browser"
                },
                if blocked {
                    "A test cookie could not be stored: QuickBooks sign-in will fail or loop."
                } else {
                    "A test cookie was stored, read and deleted: QuickBooks can keep you signed in."
                },
                if blocked {
                    Health::Problem
                } else {
                    Health::Good
                },
            ));
            out.push(line(
                "third-party-cookies",
                "Third-party cookies",
                "Cannot be measured from this page",
                "A page can only test its own cookies. QuickBooks' sign-in and app pages share intuit.com, so blocking third-party cookies does not usually affect them.",
                Health::Unknown,
            ));
            let storage_blocked = c.storage_blocked();
            out.push(line(
                "storage",
                "Site storage",
                if storage_blocked { "Blocked" } else { "Available" },
                if storage_blocked { "localStorage or sessionStorage refused a test value: some QuickBooks pages may stay blank." } else { "localStorage and sessionStorage accepted a test value." },
                if storage_blocked { Health::Warning } else { Health::Good },
            ));
        }
    }

    match &evidence.page {
        None => {
            out.push(line(
                "clock",
                "Clock",
                NOT_YET,
                "A wrong clock breaks secure connections and sign-in.",
                Health::Unknown,
            ));
            out.push(line(
                "build",
                "This page's version",
                NOT_YET,
                "Shows whether this page was served from a stale cache.",
                Health::Unknown,
            ));
        }
        Some(page) => {
            out.push(match page.clock_skew() {
                None => line("clock", "Clock", "Could not be checked", "This page's server did not send its time.", Health::Unknown),
                Some(skew) if skew.too_far() => line("clock", "Clock", skew.describe(), "Off by more than 2 minutes: certificates and sign-in tokens fail. Set the time to update automatically.", Health::Problem),
                Some(skew) => line(
                    "clock",
                    "Clock",
                    format!("Correct (within {} seconds)", (skew.skew_ms.abs() + skew.uncertainty_ms + 999) / 1000),
                    "Close enough to the server's time for secure connections and sign-in.",
                    Health::Good,
                ),
            });
            out.push(if page.stale_build() {
                line("build", "This page's version", "Stale copy", "The server has a newer version than the one running here: a cache is serving old files.", Health::Warning)
            } else if page.served_build.is_some() && page.running_build.is_some() {
                line("build", "This page's version", "Up to date", "The version running here is the one the server has now.", Health::Good)
            } else {
                line("build", "This page's version", "Could not be compared", "The server's version file could not be read.", Health::Unknown)
            });
        }
    }

    match &evidence.cache {
        None => out.push(line(
            "page-cache",
            "Caches on this page",
            NOT_YET,
            "Hints about stale caches; intuit.com's own cache is not visible here.",
            Health::Unknown,
        )),
        Some(cache) => {
            out.push(line(
                "page-cache",
                "This page came from the cache",
                yes_no(cache.navigation_from_cache, "Yes", "No"),
                "Whether the browser reused a saved copy of this page. A hint about caching, not a fault.",
                Health::Unknown,
            ));
            let workers =
                cache.service_workers.unwrap_or(0) + cache.cache_storage_entries.unwrap_or(0);
            out.push(line(
                "workers",
                "Offline caches on this page",
                match (cache.service_workers, cache.cache_storage_entries) {
                    (None, None) => "Not exposed by this browser".to_string(),
                    _ => workers.to_string(),
                },
                "qbo-check installs none; any found here are left over from elsewhere.",
                if workers > 0 {
                    Health::Warning
                } else {
                    Health::Unknown
                },
            ));
            out.push(
                match (cache.storage_used_bytes, cache.storage_quota_bytes) {
                    (Some(used), Some(quota)) if quota > 0.0 => line(
                        "storage-use",
                        "Storage used by this page",
                        // Whole numbers only: float formatting costs ~10 KB of wasm.
                        format!(
                            "{} % of {} MB",
                            (used / quota * 100.0).round() as u64,
                            (quota / 1e6).round() as u64
                        ),
                        if cache.storage_nearly_full() {
                            "Nearly full: a full store can keep stale files."
                        } else {
                            "Plenty of room."
                        },
                        if cache.storage_nearly_full() {
                            Health::Warning
                        } else {
                            Health::Good
                        },
                    ),
                    _ => line(
                        "storage-use",
                        "Storage used by this page",
                        "Not exposed by this browser",
                        "",
                        Health::Unknown,
                    ),
                },
            );
        }
    }

    out.push(match evidence.bait {
        None => line("bait", "Content blocker test", NOT_YET, "A harmless file named like an ad: blockers stop it.", Health::Unknown),
        Some(b) if b.blocked => line("bait", "Content blocker test", "Blocked", "A blocker or extension stopped a harmless test file; it may stop parts of QuickBooks too.", Health::Warning),
        Some(_) => line("bait", "Content blocker test", "Not blocked", "No blocker stopped the test file. Blockers can still target Intuit alone.", Health::Good),
    });

    out.push(line(
        "online",
        "Online",
        yes_no(evidence.online, "Yes", "No"),
        "The browser's own flag; \"yes\" only means a network is attached.",
        if evidence.online == Some(false) {
            Health::Problem
        } else {
            Health::Unknown
        },
    ));
    match &evidence.context {
        None => out.push(line(
            "connection",
            "Connection estimate",
            NOT_YET,
            "",
            Health::Unknown,
        )),
        Some(c) => {
            let estimate = match (&c.effective_type, c.rtt_ms, c.downlink_mbps) {
                (Some(kind), rtt, down) => {
                    let mut text = kind.id().to_string();
                    if let Some(rtt) = rtt {
                        text.push_str(&format!(", about {rtt} ms round trip"));
                    }
                    if let Some(down) = down {
                        let tenths = (down * 10.0).round().max(0.0) as u64;
                        text.push_str(&format!(", about {}.{} Mbit/s", tenths / 10, tenths % 10));
                    }
                    if c.save_data == Some(true) {
                        text.push_str(", data saver on");
                    }
                    text
                }
                _ => "Not exposed by this browser".into(),
            };
            out.push(line("connection", "Connection estimate", estimate, "The browser's rough guess, rounded on purpose; the host timings above are measured.", Health::Unknown));
            out.push(line(
                "secure-context",
                "Secure page",
                yes_no(c.secure_context, "Yes", "No"),
                "Some browser features (such as detailed browser version) are only given to secure pages.",
                if c.secure_context == Some(false) { Health::Warning } else { Health::Good },
            ));
            out.push(line(
                "iframe",
                "Opened inside another page",
                yes_no(c.in_iframe, "Yes", "No"),
                "Inside a frame, cookies and storage can behave differently.",
                if c.in_iframe == Some(true) {
                    Health::Warning
                } else {
                    Health::Good
                },
            ));
        }
    }
    out.push(line(
        "private-window",
        "Private window",
        "Cannot be detected reliably",
        "Browsers hide this on purpose. A private window starts without intuit.com's cookies and cache, which makes it a good test.",
        Health::Unknown,
    ));
    out.push(line(
        "intuit-data",
        "intuit.com's cookies and cache",
        "Not visible to this page",
        "Browsers keep each site's data private, so this page can only guide you to clear it.",
        Health::Unknown,
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::browser::BrowserSignals;
    use crate::environment::{BaitFacts, CookieFacts};

    fn value(lines: &[FactLine], id: &str) -> (String, Health) {
        let l = lines
            .iter()
            .find(|l| l.id == id)
            .unwrap_or_else(|| panic!("no line {id}"));
        (l.value.clone(), l.health)
    }

    #[test]
    fn before_a_run_only_the_browser_is_known() {
        let e = Evidence {
            browser: Some(BrowserSignals {
                user_agent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko"
                    .into(),
                ..BrowserSignals::default()
            }),
            ..Evidence::default()
        };
        let lines = lines(&e);
        assert_eq!(
            value(&lines, "browser"),
            (
                "Internet Explorer 11 on Windows 10 or 11".into(),
                Health::Problem
            )
        );
        assert_eq!(value(&lines, "cookies").0, NOT_YET);
        assert_eq!(value(&lines, "intuit-data").0, "Not visible to this page");
    }

    #[test]
    fn after_a_run_every_fact_has_a_value() {
        let e = Evidence {
            cookies: Some(CookieFacts {
                cookie_enabled: Some(false),
                ..CookieFacts::default()
            }),
            bait: Some(BaitFacts {
                blocked: true,
                after_ms: 2,
            }),
            ..Evidence::default()
        };
        let lines = lines(&e);
        assert_eq!(
            value(&lines, "cookies"),
            ("Blocked".into(), Health::Problem)
        );
        assert_eq!(value(&lines, "bait"), ("Blocked".into(), Health::Warning));
        let ids: std::collections::HashSet<_> = lines.iter().map(|l| l.id).collect();
        assert_eq!(ids.len(), lines.len(), "ids are unique");
    }
}
