//! The "Your browser" panel: every environment fact with a one-line meaning. Words live here,
//! next to the facts, so the ui only lays them out and tests can read them natively.
//!
//! A language's words are data ([`FactWords`]), as its steps are
//! (`catalogue::instructions::StepWords`): a language fetched as a part of its own then shares
//! no code with the page that draws them (docs/ARCHITECTURE.md, "Languages and regions").

use serde::Serialize;

use crate::browser::{Caveat, Detection, Family};
use crate::calendar::{Day, CHECKED};
use crate::catalogue::browsers::{policy, standing, Standing, Support};
use crate::evidence::Evidence;
use crate::template::{put, put_number};

mod fr_ca;
pub use fr_ca::CANADIAN_FRENCH;

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

crate::template::texts! {
    /// The panel's fixed texts in one language. Placeholders in braces are filled in:
    /// `{date}`, `{channel}`, `{n}`, `{pct}`, `{mb}`, `{whole}` and `{tenth}`. A pair of
    /// fields `_one` and `_other` is a count's two forms, chosen by the language's rule.
    pub struct FactTexts {
        not_yet,
        not_exposed,
        yes,
        no,
        browser,
        outdated,
        /// Follows the browser's reason for its support.
        extended_support,
        unrecognised,
        versions,
        versions_worked_out,
        versions_meaning,
        cookies,
        cookies_needed,
        cookies_blocked,
        cookies_allowed,
        cookies_blocked_meaning,
        cookies_allowed_meaning,
        third_party,
        third_party_value,
        third_party_meaning,
        storage,
        storage_needed,
        storage_blocked,
        storage_available,
        storage_blocked_meaning,
        storage_available_meaning,
        clock,
        clock_needed,
        clock_unchecked,
        clock_no_time,
        /// `{skew}`: the clock's error, "10 minutes behind".
        clock_off,
        clock_wrong,
        clock_right_one,
        clock_right_other,
        clock_right_meaning,
        build,
        build_needed,
        build_stale,
        build_stale_meaning,
        build_current,
        build_current_meaning,
        build_uncompared,
        build_uncompared_meaning,
        caches,
        caches_meaning,
        from_cache,
        from_cache_meaning,
        workers,
        workers_meaning,
        storage_use,
        storage_use_value,
        /// The same for a store of 10,000 MB or more, in GB.
        storage_use_value_gb,
        storage_nearly_full,
        storage_roomy,
        bait,
        bait_meaning,
        bait_blocked,
        bait_blocked_meaning,
        bait_passed,
        bait_passed_meaning,
        online,
        online_meaning,
        connection,
        connection_rtt,
        connection_downlink,
        connection_data_saver,
        connection_meaning,
        secure,
        secure_meaning,
        iframe,
        iframe_meaning,
        private_window,
        private_window_value,
        private_window_meaning,
        intuit_data,
        intuit_data_value,
        intuit_data_meaning,
        /// The fold of the facts that are fine, when none is wrong.
        all_fine_one,
        all_fine_other,
        /// The same, below the facts that are not.
        others_fine_one,
        others_fine_other,
    }
}

/// One language's words for the panel: its texts, and what is worded by rules or shared
/// with the language's pack.
pub struct FactWords {
    pub texts: FactTexts,
    /// "Chrome 131 on Windows 11", as the language's pack says it.
    pub browser_name: fn(&Detection) -> String,
    /// The catalogue's reason for a browser's support.
    pub why: fn(Family) -> &'static str,
    pub caveat: fn(Caveat) -> &'static str,
    /// A clock's error: "10 minutes behind".
    pub skew: fn(i64) -> String,
    /// The language's plural rule: a count's `one` or `other` form.
    pub plural: fn(usize, &'static str, &'static str) -> &'static str,
}

/// The panel in English.
pub static ENGLISH: FactWords = FactWords {
    texts: FactTexts {
        not_yet: "Checked when the test runs",
        not_exposed: "Not exposed by this browser",
        yes: "Yes",
        no: "No",
        browser: "Browser",
        outdated: "Older than the versions Intuit supports. Update it.",
        extended_support: "An Extended Support Release ({channel}): its maker still ships its security fixes.",
        unrecognised: "This page could not recognise the browser, so its support cannot be judged.",
        versions: "Browser versions known",
        versions_worked_out: "Worked out for {date}",
        versions_meaning: "Each browser's newest version is worked out from its maker's release schedule, checked on {date}, for the date of this check.",
        cookies: "Cookies",
        cookies_needed: "QuickBooks needs cookies to keep you signed in.",
        cookies_blocked: "Blocked",
        cookies_allowed: "Allowed",
        cookies_blocked_meaning: "A test cookie could not be stored: QuickBooks sign-in will fail or loop.",
        cookies_allowed_meaning: "A test cookie was stored, read and deleted: QuickBooks can keep you signed in.",
        third_party: "Third-party cookies",
        third_party_value: "Cannot be measured from this page",
        third_party_meaning: "A page can only test its own cookies. QuickBooks' sign-in and app pages share intuit.com, so blocking third-party cookies does not usually affect them.",
        storage: "Site storage",
        storage_needed: "QuickBooks keeps settings in the browser's site storage.",
        storage_blocked: "Blocked",
        storage_available: "Available",
        storage_blocked_meaning: "localStorage or sessionStorage refused a test value: some QuickBooks pages may stay blank.",
        storage_available_meaning: "localStorage and sessionStorage accepted a test value.",
        clock: "Clock",
        clock_needed: "A wrong clock breaks secure connections and sign-in.",
        clock_unchecked: "Could not be checked",
        clock_no_time: "This page's server did not send its time.",
        clock_off: "{skew}",
        clock_wrong: "Off by more than 2 minutes: certificates and sign-in tokens fail. Set the time to update automatically.",
        clock_right_one: "Correct (within {n} second)",
        clock_right_other: "Correct (within {n} seconds)",
        clock_right_meaning: "Close enough to the server's time for secure connections and sign-in.",
        build: "This page's version",
        build_needed: "Shows whether this page was served from a stale cache.",
        build_stale: "Stale copy",
        build_stale_meaning: "The server has a newer version than the one running here: a cache is serving old files.",
        build_current: "Up to date",
        build_current_meaning: "The version running here is the one the server has now.",
        build_uncompared: "Could not be compared",
        build_uncompared_meaning: "The server's version file could not be read.",
        caches: "Caches on this page",
        caches_meaning: "Hints about stale caches; intuit.com's own cache is not visible here.",
        from_cache: "This page came from the cache",
        from_cache_meaning: "Whether the browser reused a saved copy of this page. A hint about caching, not a fault.",
        workers: "Offline caches on this page",
        workers_meaning: "qbo-check installs none; any found here are left over from elsewhere.",
        storage_use: "Storage used by this page",
        storage_use_value: "{pct} % of {mb} MB",
        storage_use_value_gb: "{pct} % of {gb} GB",
        storage_nearly_full: "Nearly full: a full store can keep stale files.",
        storage_roomy: "Plenty of room.",
        bait: "Content blocker test",
        bait_meaning: "A harmless file named like an ad: blockers stop it.",
        bait_blocked: "Blocked",
        bait_blocked_meaning: "A blocker or extension stopped a harmless test file; it may stop parts of QuickBooks too.",
        bait_passed: "Not blocked",
        bait_passed_meaning: "No blocker stopped the test file. Blockers can still target Intuit alone.",
        online: "Online",
        online_meaning: "The browser's own flag; \"yes\" only means a network is attached.",
        connection: "Connection estimate",
        connection_rtt: ", about {n} ms round trip",
        connection_downlink: ", about {whole}.{tenth} Mbit/s",
        connection_data_saver: ", data saver on",
        connection_meaning: "The browser's rough guess, rounded on purpose; the host timings above are measured.",
        secure: "Secure page",
        secure_meaning: "Some browser features (such as detailed browser version) are only given to secure pages.",
        iframe: "Opened inside another page",
        iframe_meaning: "Inside a frame, cookies and storage can behave differently.",
        private_window: "Private window",
        private_window_value: "Cannot be detected reliably",
        private_window_meaning: "Browsers hide this on purpose. A private window starts without intuit.com's cookies and cache, which makes it a good test.",
        intuit_data: "intuit.com's cookies and cache",
        intuit_data_value: "Not visible to this page",
        intuit_data_meaning: "Browsers keep each site's data private, so this page can only guide you to clear it.",
        all_fine_one: "The one browser check: nothing wrong found. Show it",
        all_fine_other: "All {n} browser checks: nothing wrong found. Show them",
        others_fine_one: "The other browser check, which found nothing wrong. Show it",
        others_fine_other: "The other {n} browser checks, which found nothing wrong. Show them",
    },
    browser_name: Detection::describe,
    why: |family| policy(family).map_or("", |p| p.why),
    caveat: |caveat| match caveat {
        Caveat::HintsContradictName => {
            "The browser sent Chromium client hints that contradict its name; they were ignored."
        }
        Caveat::WebkitOnIos => "On iOS and iPadOS every browser runs on Safari's engine (WebKit).",
        Caveat::WindowsTenOrEleven => "This browser does not say whether this is Windows 10 or 11.",
    },
    skew: crate::message::skew_in_english,
    plural: crate::message::english_plural,
};

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

fn yes_no(t: &FactTexts, value: Option<bool>) -> &'static str {
    match value {
        Some(true) => t.yes,
        Some(false) => t.no,
        None => t.not_exposed,
    }
}

impl FactWords {
    /// The fold's line for the facts that are fine: all `fine` of them, or the rest.
    pub fn fine(&self, fine: usize, all_fine: bool) -> String {
        let t = &self.texts;
        let (one, other) = if all_fine {
            (t.all_fine_one, t.all_fine_other)
        } else {
            (t.others_fine_one, t.others_fine_other)
        };
        put_number((self.plural)(fine, one, other), "{n}", fine as u64)
    }
}

pub fn browser_line(words: &FactWords, detection: &Detection, today: Day) -> FactLine {
    let t = &words.texts;
    let policy = policy(detection.family);
    let why = (words.why)(detection.family);
    let (meaning, health) = match policy {
        Some(p) if p.support == Support::Unsupported => (why.to_string(), Health::Problem),
        Some(p) => {
            let standing = standing(detection, today);
            if let Standing::Outdated { .. } = standing {
                (t.outdated.to_string(), Health::Warning)
            } else if let Standing::LongTerm(channel) = standing {
                let esr = put(t.extended_support, "{channel}", channel);
                (format!("{why} {esr}"), Health::Good)
            } else if p.support == Support::NotListed {
                (why.to_string(), Health::Warning)
            } else {
                (why.to_string(), Health::Good)
            }
        }
        None if detection.family == Family::Unknown => {
            (t.unrecognised.to_string(), Health::Unknown)
        }
        None => (String::new(), Health::Unknown),
    };
    let mut meaning = meaning;
    for caveat in &detection.caveats {
        meaning.push(' ');
        meaning.push_str((words.caveat)(*caveat));
    }
    line(
        "browser",
        t.browser,
        (words.browser_name)(detection),
        meaning,
        health,
    )
}

/// Every line of the panel, in English. Before a run, only the browser is known.
pub fn lines(evidence: &Evidence) -> Vec<FactLine> {
    lines_in(&ENGLISH, evidence)
}

/// Every line of the panel in a language's words.
pub fn lines_in(words: &FactWords, evidence: &Evidence) -> Vec<FactLine> {
    let t = &words.texts;
    let mut out = Vec::new();
    let (today, _) = evidence.day();
    if let Some(detection) = evidence.detection() {
        out.push(browser_line(words, &detection, today));
    }
    out.push(line(
        "versions-checked",
        t.versions,
        put(t.versions_worked_out, "{date}", &today.iso()),
        put(t.versions_meaning, "{date}", &CHECKED.iso()),
        Health::Unknown,
    ));

    match &evidence.cookies {
        None => {
            out.push(line(
                "cookies",
                t.cookies,
                t.not_yet,
                t.cookies_needed,
                Health::Unknown,
            ));
            out.push(line(
                "storage",
                t.storage,
                t.not_yet,
                t.storage_needed,
                Health::Unknown,
            ));
        }
        Some(c) => {
            let blocked = c.cookies_blocked();
            out.push(line(
                "cookies",
                t.cookies,
                if blocked {
                    t.cookies_blocked
                } else if c.cookie_round_trip == Some(true) {
                    t.cookies_allowed
                } else {
                    t.not_exposed
                },
                if blocked {
                    t.cookies_blocked_meaning
                } else {
                    t.cookies_allowed_meaning
                },
                if blocked {
                    Health::Problem
                } else {
                    Health::Good
                },
            ));
            out.push(line(
                "third-party-cookies",
                t.third_party,
                t.third_party_value,
                t.third_party_meaning,
                Health::Unknown,
            ));
            let storage_blocked = c.storage_blocked();
            out.push(line(
                "storage",
                t.storage,
                if storage_blocked {
                    t.storage_blocked
                } else {
                    t.storage_available
                },
                if storage_blocked {
                    t.storage_blocked_meaning
                } else {
                    t.storage_available_meaning
                },
                if storage_blocked {
                    Health::Warning
                } else {
                    Health::Good
                },
            ));
        }
    }

    match &evidence.page {
        None => {
            out.push(line(
                "clock",
                t.clock,
                t.not_yet,
                t.clock_needed,
                Health::Unknown,
            ));
            out.push(line(
                "build",
                t.build,
                t.not_yet,
                t.build_needed,
                Health::Unknown,
            ));
        }
        Some(page) => {
            out.push(match page.clock_skew() {
                None => line(
                    "clock",
                    t.clock,
                    t.clock_unchecked,
                    t.clock_no_time,
                    Health::Unknown,
                ),
                Some(skew) if skew.too_far() => line(
                    "clock",
                    t.clock,
                    put(t.clock_off, "{skew}", &(words.skew)(skew.skew_ms)),
                    t.clock_wrong,
                    Health::Problem,
                ),
                Some(skew) => {
                    let seconds = skew
                        .skew_ms
                        .unsigned_abs()
                        .saturating_add(skew.uncertainty_ms.unsigned_abs())
                        .div_ceil(1000);
                    let value =
                        (words.plural)(seconds as usize, t.clock_right_one, t.clock_right_other);
                    line(
                        "clock",
                        t.clock,
                        put_number(value, "{n}", seconds),
                        t.clock_right_meaning,
                        Health::Good,
                    )
                }
            });
            out.push(if page.stale_build() {
                line(
                    "build",
                    t.build,
                    t.build_stale,
                    t.build_stale_meaning,
                    Health::Warning,
                )
            } else if page.served_build.is_some() && page.running_build.is_some() {
                line(
                    "build",
                    t.build,
                    t.build_current,
                    t.build_current_meaning,
                    Health::Good,
                )
            } else {
                line(
                    "build",
                    t.build,
                    t.build_uncompared,
                    t.build_uncompared_meaning,
                    Health::Unknown,
                )
            });
        }
    }

    match &evidence.cache {
        None => out.push(line(
            "page-cache",
            t.caches,
            t.not_yet,
            t.caches_meaning,
            Health::Unknown,
        )),
        Some(cache) => {
            out.push(line(
                "page-cache",
                t.from_cache,
                yes_no(t, cache.navigation_from_cache),
                t.from_cache_meaning,
                Health::Unknown,
            ));
            let workers =
                cache.service_workers.unwrap_or(0) + cache.cache_storage_entries.unwrap_or(0);
            out.push(line(
                "workers",
                t.workers,
                match (cache.service_workers, cache.cache_storage_entries) {
                    (None, None) => t.not_exposed.to_string(),
                    _ => workers.to_string(),
                },
                t.workers_meaning,
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
                        t.storage_use,
                        // Whole numbers only: float formatting costs ~10 KB of wasm. A
                        // store of 10,000 MB or more (Chrome gives an origin a share of the
                        // disk) is said in GB, so no number needs a thousands separator.
                        {
                            let mb = (quota / 1e6).round() as u64;
                            let (template, key, size) = if mb < 10_000 {
                                (t.storage_use_value, "{mb}", mb)
                            } else {
                                (t.storage_use_value_gb, "{gb}", (quota / 1e9).round() as u64)
                            };
                            put_number(
                                &put_number(
                                    template,
                                    "{pct}",
                                    (used / quota * 100.0).round() as u64,
                                ),
                                key,
                                size,
                            )
                        },
                        if cache.storage_nearly_full() {
                            t.storage_nearly_full
                        } else {
                            t.storage_roomy
                        },
                        if cache.storage_nearly_full() {
                            Health::Warning
                        } else {
                            Health::Good
                        },
                    ),
                    _ => line(
                        "storage-use",
                        t.storage_use,
                        t.not_exposed,
                        "",
                        Health::Unknown,
                    ),
                },
            );
        }
    }

    out.push(match evidence.bait {
        None => line("bait", t.bait, t.not_yet, t.bait_meaning, Health::Unknown),
        Some(b) if b.blocked => line(
            "bait",
            t.bait,
            t.bait_blocked,
            t.bait_blocked_meaning,
            Health::Warning,
        ),
        Some(_) => line(
            "bait",
            t.bait,
            t.bait_passed,
            t.bait_passed_meaning,
            Health::Good,
        ),
    });

    out.push(line(
        "online",
        t.online,
        yes_no(t, evidence.online),
        t.online_meaning,
        if evidence.online == Some(false) {
            Health::Problem
        } else {
            Health::Unknown
        },
    ));
    match &evidence.context {
        None => out.push(line(
            "connection",
            t.connection,
            t.not_yet,
            "",
            Health::Unknown,
        )),
        Some(c) => {
            let estimate = match (&c.effective_type, c.rtt_ms, c.downlink_mbps) {
                (Some(kind), rtt, down) => {
                    let mut text = kind.id().to_string();
                    if let Some(rtt) = rtt {
                        text.push_str(&put_number(t.connection_rtt, "{n}", u64::from(rtt)));
                    }
                    if let Some(down) = down {
                        let tenths = (down * 10.0).round().max(0.0) as u64;
                        text.push_str(&put_number(
                            &put_number(t.connection_downlink, "{whole}", tenths / 10),
                            "{tenth}",
                            tenths % 10,
                        ));
                    }
                    if c.save_data == Some(true) {
                        text.push_str(t.connection_data_saver);
                    }
                    text
                }
                _ => t.not_exposed.into(),
            };
            out.push(line(
                "connection",
                t.connection,
                estimate,
                t.connection_meaning,
                Health::Unknown,
            ));
            out.push(line(
                "secure-context",
                t.secure,
                yes_no(t, c.secure_context),
                t.secure_meaning,
                if c.secure_context == Some(false) {
                    Health::Warning
                } else {
                    Health::Good
                },
            ));
            out.push(line(
                "iframe",
                t.iframe,
                yes_no(t, c.in_iframe),
                t.iframe_meaning,
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
        t.private_window,
        t.private_window_value,
        t.private_window_meaning,
        Health::Unknown,
    ));
    out.push(line(
        "intuit-data",
        t.intuit_data,
        t.intuit_data_value,
        t.intuit_data_meaning,
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
        assert_eq!(value(&lines, "cookies").0, ENGLISH.texts.not_yet);
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
