//! Which browsers QuickBooks Online supports, and which versions count as up to date.
//!
//! Intuit says "the latest versions of Chrome, Firefox, Safari and Edge" and publishes no
//! minimum versions. Nothing here is a hand-typed "current version": each family's current
//! major is worked out from a sourced anchor release and its published cadence, on a day that
//! can be trusted (`calendar::trusted_today`). Every estimate leans the safe way: when it is
//! wrong, it takes a browser for newer than it is, never for older (docs/SOURCES.md, "Browser
//! release trains").

use serde::Serialize;

use crate::browser::{Detection, Family};
use crate::calendar::Day;

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

/// A stretch of a family's releases at one cadence, from a sourced anchor release.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Era {
    pub major: u32,
    pub released: Day,
    pub every_days: u32,
    /// Release slots a year that the family skips (year-end, summer): a formula that ignored
    /// them would run ahead of the real versions and call current browsers outdated.
    pub skips_per_year: u32,
}

impl Era {
    /// Days between majors, allowing for the skipped slots (longer than `every_days`).
    fn period(&self) -> f64 {
        let slots = 365.25 / f64::from(self.every_days.max(1));
        365.25 / (slots - f64::from(self.skips_per_year)).max(1.0)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cadence {
    /// Majors at an interval, era by era, oldest first.
    Interval(&'static [Era]),
    /// One major a year, on or about a day of a month (Safari: September).
    Yearly {
        major: u32,
        year: i64,
        month: i64,
        day: i64,
    },
}

impl Cadence {
    /// The estimated day `major` shipped (or ships). Before the first anchor, as if no slot had
    /// been skipped; after it, allowing for skipped slots: both put the day later than it
    /// really was, so an old browser is never taken for older than it is.
    pub fn released(&self, major: u32) -> Day {
        match *self {
            Cadence::Interval(eras) => {
                let Some(first) = eras.first() else {
                    return Day(0);
                };
                let era = eras
                    .iter()
                    .rev()
                    .find(|e| e.major <= major)
                    .unwrap_or(first);
                let steps = f64::from(major) - f64::from(era.major);
                let per = if steps < 0.0 {
                    f64::from(era.every_days)
                } else {
                    era.period()
                };
                era.released.plus((steps * per).round() as i64)
            }
            Cadence::Yearly {
                major: base,
                year,
                month,
                day,
            } => Day::of(year + i64::from(major) - i64::from(base), month, day),
        }
    }

    /// The newest major shipped by `today`.
    pub fn current(&self, today: Day) -> u32 {
        match *self {
            Cadence::Interval(eras) => {
                let Some(first) = eras.first() else {
                    return 0;
                };
                let era = eras
                    .iter()
                    .rev()
                    .find(|e| e.released <= today)
                    .unwrap_or(first);
                let elapsed = (today.0 - era.released.0) as f64;
                let steps = if elapsed >= 0.0 {
                    (elapsed / era.period()).floor()
                } else {
                    -(-elapsed / f64::from(era.every_days)).ceil()
                };
                (f64::from(era.major) + steps).max(0.0) as u32
            }
            Cadence::Yearly { major, .. } => {
                let mut current = major;
                while self.released(current + 1) <= today && current < major + 1000 {
                    current += 1;
                }
                current
            }
        }
    }
}

/// A channel that keeps an older major patched for longer: Firefox ESR.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LongTermChannel {
    pub name: &'static str,
    /// Known releases of the channel: (major, first day), oldest first.
    pub known: &'static [(u32, Day)],
    /// A new one about this often, for years past the known list.
    pub every_days: i64,
    /// How long one stays patched after the next one ships.
    pub overlap_days: i64,
    /// How far a predicted (not yet known) major may be off the estimate of the day it ships.
    pub tolerance: u32,
    /// Where the fact comes from, for maintainers, tests and the native checker. The page never
    /// shows it, so the wasm build leaves it out: every byte of the first load counts.
    #[cfg(not(target_arch = "wasm32"))]
    pub source: &'static str,
}

impl LongTermChannel {
    /// Whether `major` is a release of this channel that is still patched on `today`.
    pub fn supports(&self, major: u32, today: Day, cadence: &Cadence) -> bool {
        let Some(&(last_major, last_day)) = self.known.last() else {
            return false;
        };
        let window = |start: Day, next: Day| start <= today && today < next.plus(self.overlap_days);
        let known = self.known.iter().enumerate().any(|(i, &(m, start))| {
            let next = self
                .known
                .get(i + 1)
                .map_or(start.plus(self.every_days), |&(_, d)| d);
            m == major && window(start, next)
        });
        // Past the list: one a year, from whatever major is current when it starts.
        let predicted = (1..=20).any(|k| {
            let start = last_day.plus(k * self.every_days);
            let estimate = cadence.current(start).max(last_major + 1);
            window(start, start.plus(self.every_days)) && major.abs_diff(estimate) <= self.tolerance
        });
        known || predicted
    }
}

/// How a family's versions are judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Versions {
    /// Not judged: the family has no version that means anything here.
    None,
    /// By the family's own release train.
    Own {
        cadence: Cadence,
        /// How long after its release a major still counts as up to date.
        up_to_date_days: i64,
        long_term: Option<LongTermChannel>,
    },
    /// By the Chromium version it is built on (from the UA string or client hints), allowing
    /// for how far behind Chromium the family ships.
    ChromiumBase { lag_days: i64 },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BrowserPolicy {
    pub family: Family,
    pub support: Support,
    pub versions: Versions,
    pub why: &'static str,
    /// Where the fact comes from, for maintainers, tests and the native checker. The page never
    /// shows it, so the wasm build leaves it out: every byte of the first load counts.
    #[cfg(not(target_arch = "wasm32"))]
    pub source: &'static str,
}

const CHROME_TRAIN: &[Era] = &[
    Era {
        major: 150,
        released: Day::of(2026, 6, 30),
        every_days: 28,
        skips_per_year: 2,
    },
    Era {
        major: 153,
        released: Day::of(2026, 9, 8),
        every_days: 14,
        skips_per_year: 2,
    },
];
const EDGE_TRAIN: &[Era] = &[
    Era {
        major: 150,
        released: Day::of(2026, 7, 2),
        every_days: 28,
        skips_per_year: 2,
    },
    Era {
        major: 153,
        released: Day::of(2026, 9, 10),
        every_days: 14,
        skips_per_year: 2,
    },
];
const FIREFOX_TRAIN: &[Era] = &[
    Era {
        major: 153,
        released: Day::of(2026, 7, 21),
        every_days: 28,
        skips_per_year: 2,
    },
    Era {
        major: 155,
        released: Day::of(2026, 9, 1),
        every_days: 14,
        skips_per_year: 2,
    },
];

const CHROME: Cadence = Cadence::Interval(CHROME_TRAIN);

/// Firefox's Extended Support Releases: one a year, each patched until about 12 weeks after
/// the next one ships.
pub const FIREFOX_ESR: LongTermChannel = LongTermChannel {
    name: "ESR",
    known: &[
        (115, Day::of(2023, 7, 4)),
        (128, Day::of(2024, 7, 9)),
        (140, Day::of(2025, 6, 24)),
        (153, Day::of(2026, 7, 21)),
    ],
    every_days: 365,
    overlap_days: 84,
    tolerance: 2,
    #[cfg(not(target_arch = "wasm32"))]
    source: "Mozilla: Firefox ESR release cycle.",
};

/// Up to date for 12 weeks after release: the current major and the few before it.
const UP_TO_DATE_DAYS: i64 = 84;

pub static BROWSERS: &[BrowserPolicy] = &[
    BrowserPolicy { family: Family::Chrome, support: Support::Supported, versions: Versions::Own { cadence: CHROME, up_to_date_days: UP_TO_DATE_DAYS, long_term: None }, why: "Supported by Intuit.", #[cfg(not(target_arch = "wasm32"))] source: "Chromium Dash; Google's two-week cycle post (2026)." },
    BrowserPolicy { family: Family::Edge, support: Support::Supported, versions: Versions::Own { cadence: Cadence::Interval(EDGE_TRAIN), up_to_date_days: 126, long_term: None }, why: "Supported by Intuit.", #[cfg(not(target_arch = "wasm32"))] source: "Edge release schedule and channels (Microsoft Learn)." },
    BrowserPolicy { family: Family::Firefox, support: Support::Supported, versions: Versions::Own { cadence: Cadence::Interval(FIREFOX_TRAIN), up_to_date_days: UP_TO_DATE_DAYS, long_term: Some(FIREFOX_ESR) }, why: "Supported by Intuit.", #[cfg(not(target_arch = "wasm32"))] source: "Mozilla release calendar." },
    BrowserPolicy { family: Family::Safari, support: Support::Supported, versions: Versions::Own { cadence: Cadence::Yearly { major: 26, year: 2025, month: 9, day: 15 }, up_to_date_days: 730, long_term: None }, why: "Supported by Intuit.", #[cfg(not(target_arch = "wasm32"))] source: "Apple Safari release notes." },
    BrowserPolicy { family: Family::Brave, support: Support::NotListed, versions: Versions::ChromiumBase { lag_days: 14 }, why: "Built on Chrome's engine; not on Intuit's list. Its shields can block parts of QuickBooks.", #[cfg(not(target_arch = "wasm32"))] source: "Brave wiki: Detecting Brave." },
    BrowserPolicy { family: Family::Opera, support: Support::NotListed, versions: Versions::ChromiumBase { lag_days: 42 }, why: "Built on Chrome's engine; not on Intuit's list.", #[cfg(not(target_arch = "wasm32"))] source: "Opera release data (MDN)." },
    BrowserPolicy { family: Family::Vivaldi, support: Support::NotListed, versions: Versions::ChromiumBase { lag_days: 42 }, why: "Built on Chrome's engine; not on Intuit's list.", #[cfg(not(target_arch = "wasm32"))] source: "Vivaldi blog: user agent changes." },
    BrowserPolicy { family: Family::SamsungInternet, support: Support::NotListed, versions: Versions::ChromiumBase { lag_days: 270 }, why: "Built on Chrome's engine; not on Intuit's list.", #[cfg(not(target_arch = "wasm32"))] source: "Samsung Internet release data (MDN)." },
    BrowserPolicy { family: Family::QboDesktop, support: Support::Supported, versions: Versions::None, why: "Intuit's own app for QuickBooks Online.", #[cfg(not(target_arch = "wasm32"))] source: "Recognised by a \"QuickBooks\" token in its UA string (not confirmed)." },
    BrowserPolicy { family: Family::Ie, support: Support::Unsupported, versions: Versions::None, why: "Internet Explorer is retired and cannot run QuickBooks Online.", #[cfg(not(target_arch = "wasm32"))] source: "Microsoft retired Internet Explorer in June 2022." },
    BrowserPolicy { family: Family::EdgeLegacy, support: Support::Unsupported, versions: Versions::None, why: "The old Edge (EdgeHTML) is retired; the new Edge replaced it.", #[cfg(not(target_arch = "wasm32"))] source: "Microsoft ended support for Edge Legacy in March 2021." },
    BrowserPolicy { family: Family::AndroidWebview, support: Support::Unsupported, versions: Versions::None, why: "An app's built-in browser (for example after tapping a link in another app) is not a supported browser; sign-in often fails there.", #[cfg(not(target_arch = "wasm32"))] source: "Intuit lists full browsers only." },
];

pub fn policy(family: Family) -> Option<&'static BrowserPolicy> {
    BROWSERS.iter().find(|p| p.family == family)
}

/// Where a browser's version stands on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// The current major, or recent enough.
    UpToDate,
    /// An older major that a long-term channel still patches (Firefox ESR).
    LongTerm(&'static str),
    /// Behind: `behind` majors older than `current` (of Chromium, for a browser built on it).
    Outdated {
        current: u32,
        behind: u32,
        chromium: bool,
    },
    /// Not judged: no version, or a family without a train.
    Unknown,
}

/// Where `detection`'s version stands on `today`.
pub fn standing(detection: &Detection, today: Day) -> Standing {
    let Some(policy) = policy(detection.family) else {
        return Standing::Unknown;
    };
    let (major, cadence, up_to_date, long_term, chromium) = match policy.versions {
        Versions::None => return Standing::Unknown,
        Versions::Own {
            cadence,
            up_to_date_days,
            long_term,
        } => (detection.major, cadence, up_to_date_days, long_term, false),
        Versions::ChromiumBase { lag_days } => (
            detection.chromium_major,
            CHROME,
            UP_TO_DATE_DAYS + lag_days,
            None,
            true,
        ),
    };
    let Some(major) = major else {
        return Standing::Unknown;
    };
    if cadence.released(major).plus(up_to_date) >= today {
        return Standing::UpToDate;
    }
    if let Some(channel) = long_term.filter(|c| c.supports(major, today, &cadence)) {
        return Standing::LongTerm(channel.name);
    }
    let current = cadence.current(today);
    Standing::Outdated {
        current,
        behind: current.saturating_sub(major),
        chromium,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::browser::{DetectedBy, FormFactor, Os};
    use crate::calendar::{build_day, CHECKED};

    fn browser(family: Family, major: u32) -> Detection {
        Detection {
            family,
            major: Some(major),
            chromium_major: None,
            os: Os::Windows,
            os_detail: None,
            form: FormFactor::Desktop,
            detected_by: DetectedBy::UserAgent,
            caveats: Vec::new(),
        }
    }

    fn built_on(family: Family, own: u32, chromium: u32) -> Detection {
        Detection {
            chromium_major: Some(chromium),
            ..browser(family, own)
        }
    }

    fn up_to_date(d: &Detection, today: Day) -> bool {
        !matches!(standing(d, today), Standing::Outdated { .. })
    }

    #[test]
    fn the_four_browsers_intuit_names_are_supported_and_judged() {
        for family in [
            Family::Chrome,
            Family::Edge,
            Family::Firefox,
            Family::Safari,
        ] {
            let p = policy(family).expect("listed");
            assert_eq!(p.support, Support::Supported);
            assert!(matches!(p.versions, Versions::Own { .. }));
        }
    }

    #[test]
    fn every_row_has_a_source_and_a_reason_and_is_listed_once() {
        for (i, p) in BROWSERS.iter().enumerate() {
            assert!(!p.source.is_empty() && !p.why.is_empty());
            assert!(BROWSERS[i + 1..].iter().all(|o| o.family != p.family));
        }
    }

    /// Fixed vectors: the anchors give back their own releases, and the trains run on.
    #[test]
    fn current_majors_follow_the_sourced_trains() {
        let day = Day::of;
        let cases = [
            (CHROME, day(2026, 9, 8), 153),
            (CHROME, day(2026, 9, 7), 152),
            (CHROME, day(2026, 11, 29), 158),
            (Cadence::Interval(FIREFOX_TRAIN), day(2026, 9, 1), 155),
            (Cadence::Interval(FIREFOX_TRAIN), day(2026, 11, 29), 160),
            (Cadence::Interval(EDGE_TRAIN), day(2026, 11, 29), 158),
        ];
        for (cadence, today, want) in cases {
            assert_eq!(cadence.current(today), want, "{}", today.iso());
        }
        let safari = policy(Family::Safari).map(|p| p.versions);
        let Some(Versions::Own {
            cadence: safari, ..
        }) = safari
        else {
            panic!("Safari has a train");
        };
        assert_eq!(safari.current(day(2025, 9, 15)), 26);
        assert_eq!(safari.current(day(2026, 9, 14)), 26);
        assert_eq!(safari.current(day(2026, 11, 29)), 27);
        assert_eq!(safari.current(day(2029, 11, 29)), 30);
        // The estimate never runs ahead of what shipped: Chrome 156 had shipped by 2026-11-29.
        assert!(CHROME.released(156) <= day(2026, 11, 29));
    }

    /// At the build date, one year later and three years later: the current major and those
    /// within the grace are up to date, older ones are not, and ESR is judged the same way.
    #[test]
    fn the_table_stays_right_for_years() {
        for years in [0, 1, 3] {
            let today = build_day().max(CHECKED).plus(years * 365);
            for family in [
                Family::Chrome,
                Family::Edge,
                Family::Firefox,
                Family::Safari,
            ] {
                let Some(Versions::Own { cadence, .. }) = policy(family).map(|p| p.versions) else {
                    panic!("{family:?} has a train");
                };
                let current = cadence.current(today);
                assert!(
                    up_to_date(&browser(family, current), today),
                    "{family:?} {current}"
                );
                assert!(
                    up_to_date(&browser(family, current + 3), today),
                    "newer is never outdated"
                );
                let previous = if family == Family::Safari {
                    current - 1
                } else {
                    current - 2
                };
                assert!(
                    up_to_date(&browser(family, previous), today),
                    "{family:?} {previous} in {years} years"
                );
                let old = if family == Family::Safari {
                    current - 3
                } else {
                    current - 12
                };
                assert!(
                    !up_to_date(&browser(family, old), today),
                    "{family:?} {old} in {years} years"
                );
            }
            // Firefox: the ESR of the day is supported; a year-old non-ESR major is not.
            let firefox = Cadence::Interval(FIREFOX_TRAIN);
            let esr = (0..=100)
                .map(|n| firefox.current(today) - n)
                .find(|m| FIREFOX_ESR.supports(*m, today, &firefox))
                .expect("an ESR is supported");
            assert_eq!(
                standing(&browser(Family::Firefox, esr), today),
                if firefox.released(esr).plus(UP_TO_DATE_DAYS) >= today {
                    Standing::UpToDate
                } else {
                    Standing::LongTerm("ESR")
                }
            );
        }
    }

    #[test]
    fn firefox_esr_153_is_supported_and_ends_after_its_successor() {
        let firefox = Cadence::Interval(FIREFOX_TRAIN);
        let esr153 = browser(Family::Firefox, 153);
        assert_eq!(
            standing(&esr153, Day::of(2026, 11, 29)),
            Standing::LongTerm("ESR")
        );
        assert_eq!(
            standing(&esr153, Day::of(2027, 9, 1)),
            Standing::LongTerm("ESR")
        );
        assert!(matches!(
            standing(&esr153, Day::of(2028, 1, 15)),
            Standing::Outdated { .. }
        ));
        // 154 was never an ESR.
        assert!(matches!(
            standing(&browser(Family::Firefox, 154), Day::of(2027, 3, 1)),
            Standing::Outdated { .. }
        ));
        // ESR 140 ended in autumn 2026.
        assert!(FIREFOX_ESR.supports(140, Day::of(2026, 8, 1), &firefox));
        assert!(!FIREFOX_ESR.supports(140, Day::of(2026, 11, 29), &firefox));
        // The ESR after 153, about a year on, is predicted from the train.
        let next = firefox.current(Day::of(2027, 7, 21));
        assert!(FIREFOX_ESR.supports(next, Day::of(2028, 1, 15), &firefox));
    }

    #[test]
    fn browsers_built_on_chromium_are_judged_by_their_chromium() {
        let today = Day::of(2026, 11, 29);
        assert!(up_to_date(&built_on(Family::Opera, 138, 156), today));
        assert!(!up_to_date(&built_on(Family::Opera, 120, 136), today));
        // Samsung Internet trails Chromium by months, and that is allowed for.
        assert!(up_to_date(
            &built_on(Family::SamsungInternet, 30, 145),
            today
        ));
        assert!(!up_to_date(
            &built_on(Family::SamsungInternet, 20, 110),
            today
        ));
        assert_eq!(
            standing(&browser(Family::Vivaldi, 7), today),
            Standing::Unknown
        );
        assert!(matches!(
            standing(&built_on(Family::Brave, 140, 140), today),
            Standing::Outdated { chromium: true, .. }
        ));
    }
}
