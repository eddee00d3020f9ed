//! Facts about this browser and device, as probes read them, and what they mean.
//! Everything here is raw where the browser gave a raw answer, so a rule can say how sure it is.

use serde::{Deserialize, Serialize};

/// Cookies and storage, measured by writing, reading and deleting a first-party test value.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CookieFacts {
    /// `navigator.cookieEnabled`.
    pub cookie_enabled: Option<bool>,
    /// A test cookie written on this page could be read back (then it was deleted).
    pub cookie_round_trip: Option<bool>,
    pub local_storage: Option<bool>,
    pub session_storage: Option<bool>,
}

impl CookieFacts {
    /// Cookies are off or do not stick: QuickBooks cannot keep anyone signed in.
    pub fn cookies_blocked(&self) -> bool {
        self.cookie_enabled == Some(false) || self.cookie_round_trip == Some(false)
    }

    pub fn storage_blocked(&self) -> bool {
        self.local_storage == Some(false) || self.session_storage == Some(false)
    }
}

/// The page's own server, read with `cache: 'no-store'`: its clock and its newest build.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PageFacts {
    /// The server's clock from its `Date` header (ms since 1970), where it sent a valid one.
    pub server_time_ms: Option<i64>,
    /// The device clock (ms since 1970) just before sending and just after the answer.
    pub sent_at_ms: f64,
    pub answered_at_ms: f64,
    /// The build the server has now (from `version.json`), and the build running here.
    pub served_build: Option<String>,
    pub running_build: Option<String>,
}

/// How far the device clock is from the server's, with the uncertainty of the measurement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClockSkew {
    /// Positive: the device is behind the server.
    pub skew_ms: i64,
    pub uncertainty_ms: i64,
}

/// A device clock off by more than this breaks certificate checks and sign-in tokens.
pub const CLOCK_SKEW_LIMIT_MS: i64 = 120_000;

impl PageFacts {
    /// Server time minus device time at the middle of the round trip. The `Date` header has
    /// one-second resolution, so the uncertainty is half the round trip plus one second.
    /// Float-to-integer casts saturate in Rust, so odd inputs give odd numbers, never a panic.
    pub fn clock_skew(&self) -> Option<ClockSkew> {
        let server_ms = self.server_time_ms?;
        let round_trip = (self.answered_at_ms - self.sent_at_ms).max(0.0);
        let device_ms = self.sent_at_ms + round_trip / 2.0;
        if !device_ms.is_finite() {
            return None;
        }
        Some(ClockSkew {
            skew_ms: (server_ms as f64 - device_ms).round() as i64,
            uncertainty_ms: ((round_trip / 2.0).round() as i64).saturating_add(1_000),
        })
    }

    /// Both builds are known and differ: this page itself came from a stale cache.
    pub fn stale_build(&self) -> bool {
        matches!((&self.served_build, &self.running_build), (Some(served), Some(running)) if served != running)
    }
}

impl ClockSkew {
    /// Off by more than the limit even at the edge of the measurement's uncertainty.
    pub fn too_far(&self) -> bool {
        let off = i64::try_from(self.skew_ms.unsigned_abs()).unwrap_or(i64::MAX);
        off.saturating_sub(self.uncertainty_ms) > CLOCK_SKEW_LIMIT_MS
    }

    /// "4 minutes behind", "2 hours ahead".
    pub fn describe(&self) -> String {
        crate::message::skew_in_english(self.skew_ms)
    }
}

/// (year, month, day) for a count of days since 1970-01-01 (Howard Hinnant's algorithm).
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

/// "2026-11-26 06:41 UTC" (or, with `iso`, "2026-11-26T06:41:41Z") for ms since 1970.
pub fn format_utc(ms: f64, iso: bool) -> String {
    let secs = (ms / 1000.0).floor() as i64;
    let (year, month, day) = civil_from_days(secs.div_euclid(86_400));
    let rem = secs.rem_euclid(86_400);
    let (h, m, s) = (rem / 3600, rem / 60 % 60, rem % 60);
    if iso {
        format!("{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}Z")
    } else {
        format!("{year:04}-{month:02}-{day:02} {h:02}:{m:02} UTC")
    }
}

/// Parses an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`) into ms since 1970. Years outside
/// 1970–9999 are refused, so the arithmetic below cannot overflow.
pub fn parse_http_date(text: &str) -> Option<i64> {
    let mut words = text.split_whitespace();
    let _weekday = words.next()?;
    let day: i64 = words.next()?.parse().ok()?;
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS
        .iter()
        .position(|m| Some(*m) == words.clone().next())? as i64
        + 1;
    words.next();
    let year: i64 = words.next()?.parse().ok()?;
    let mut clock = words.next()?.split(':').map(|p| p.parse::<i64>().ok());
    let (h, m, s) = (clock.next()??, clock.next()??, clock.next()??);
    if words.next()? != "GMT"
        || !(1..=31).contains(&day)
        || !(1970..=9999).contains(&year)
        || !(0..=23).contains(&h)
        || !(0..=59).contains(&m)
        || !(0..=60).contains(&s)
    {
        return None;
    }
    // Days from civil date (Howard Hinnant's algorithm).
    let (y, mo) = if month <= 2 {
        (year - 1, month + 9)
    } else {
        (year, month - 3)
    };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * mo + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(((days * 24 + h) * 60 + m) * 60_000 + s * 1000)
}

/// What this page can learn about caches: never intuit.com's, only hints.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CacheFacts {
    /// This page's navigation was answered from the browser cache (Navigation Timing).
    pub navigation_from_cache: Option<bool>,
    /// Service workers registered for this page's origin (qbo-check registers none).
    pub service_workers: Option<u32>,
    /// Cache Storage entries on this origin (qbo-check makes none).
    pub cache_storage_entries: Option<u32>,
    pub storage_used_bytes: Option<f64>,
    pub storage_quota_bytes: Option<f64>,
}

impl CacheFacts {
    /// Storage for this site is more than 90 % full.
    pub fn storage_nearly_full(&self) -> bool {
        matches!((self.storage_used_bytes, self.storage_quota_bytes), (Some(used), Some(quota)) if quota > 0.0 && used / quota > 0.9)
    }
}

/// A harmless file on this page's own origin, named like an ad, that content blockers stop.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BaitFacts {
    pub blocked: bool,
    pub after_ms: u32,
}

/// The Network Information API's estimate of the connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EffectiveType {
    #[serde(rename = "slow-2g")]
    Slow2g,
    #[serde(rename = "2g")]
    TwoG,
    #[serde(rename = "3g")]
    ThreeG,
    #[serde(rename = "4g")]
    FourG,
}

impl EffectiveType {
    pub const ALL: [EffectiveType; 4] = [
        EffectiveType::Slow2g,
        EffectiveType::TwoG,
        EffectiveType::ThreeG,
        EffectiveType::FourG,
    ];

    /// The browser's word; anything else is not a reading.
    pub fn parse(text: &str) -> Option<EffectiveType> {
        EffectiveType::ALL.into_iter().find(|t| t.id() == text)
    }

    pub fn id(self) -> &'static str {
        match self {
            EffectiveType::Slow2g => "slow-2g",
            EffectiveType::TwoG => "2g",
            EffectiveType::ThreeG => "3g",
            EffectiveType::FourG => "4g",
        }
    }

    pub fn is_slow(self) -> bool {
        matches!(self, EffectiveType::Slow2g | EffectiveType::TwoG)
    }
}

/// The connection and the page's context, as the browser describes them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ContextFacts {
    pub effective_type: Option<EffectiveType>,
    pub rtt_ms: Option<u32>,
    pub downlink_mbps: Option<f64>,
    pub save_data: Option<bool>,
    pub secure_context: Option<bool>,
    pub in_iframe: Option<bool>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_http_dates() {
        assert_eq!(parse_http_date("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
        assert_eq!(
            parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(784_111_777_000)
        );
        assert_eq!(
            parse_http_date("Thu, 26 Nov 2026 06:41:41 GMT"),
            Some(1_795_675_301_000)
        );
        for bad in [
            "",
            "yesterday",
            "Thu, 32 Nov 2026 06:41:41 GMT",
            "Thu, 26 Nov 2026 06:41:41 CET",
            "Thu, 26 Foo 2026 06:41:41 GMT",
            "Thu, 26 Nov 2026 25:00:00 GMT",
            "Thu, 26 Nov 99999999999999 06:41:41 GMT",
            "Thu, 26 Nov -5 06:41:41 GMT",
            "Thu, 26 Nov 2026 06:-1:41 GMT",
            "Thu, 26 Nov 2026 06:99999999999999999:41 GMT",
        ] {
            assert_eq!(parse_http_date(bad), None, "{bad}");
        }
    }

    fn page(date: &str, sent: f64, answered: f64) -> PageFacts {
        PageFacts {
            server_time_ms: parse_http_date(date),
            sent_at_ms: sent,
            answered_at_ms: answered,
            ..PageFacts::default()
        }
    }

    #[test]
    fn measures_clock_skew_with_its_uncertainty() {
        let at = 1_795_675_301_000.0;
        let cases = [
            (at, at + 200.0, -100, 1_100, false),
            (at - 600_000.0, at - 600_000.0 + 40.0, 599_980, 1_020, true),
            (at + 3_600_000.0, at + 3_600_000.0, -3_600_000, 1_000, true),
            (at - 121_000.0, at - 121_000.0, 121_000, 1_000, false),
        ];
        for (sent, answered, skew, uncertainty, too_far) in cases {
            let s = page("Thu, 26 Nov 2026 06:41:41 GMT", sent, answered)
                .clock_skew()
                .expect("skew");
            assert_eq!(
                (s.skew_ms, s.uncertainty_ms, s.too_far()),
                (skew, uncertainty, too_far)
            );
        }
        assert_eq!(page("garbage", 0.0, 0.0).clock_skew(), None);
    }

    #[test]
    fn formats_utc_dates() {
        assert_eq!(
            format_utc(1_795_675_301_000.0, true),
            "2026-11-26T06:41:41Z"
        );
        assert_eq!(
            format_utc(1_795_675_301_999.0, false),
            "2026-11-26 06:41 UTC"
        );
        assert_eq!(format_utc(0.0, true), "1970-01-01T00:00:00Z");
        assert_eq!(format_utc(951_782_400_000.0, true), "2000-02-29T00:00:00Z");
    }

    #[test]
    fn describes_skew_in_words() {
        let s = |ms| {
            ClockSkew {
                skew_ms: ms,
                uncertainty_ms: 0,
            }
            .describe()
        };
        assert_eq!(s(600_000), "10 minutes behind");
        assert_eq!(s(599_400), "10 minutes behind");
        assert_eq!(s(-7_200_000), "2 hours ahead");
        assert_eq!(s(-3 * 86_400_000), "3 days ahead");
        assert!(s(i64::MIN).ends_with("days ahead"));
        assert!(s(i64::MAX).ends_with("days behind"));
    }

    #[test]
    fn stale_build_needs_both_builds() {
        let mut p = PageFacts::default();
        assert!(!p.stale_build());
        p.running_build = Some("a".into());
        assert!(!p.stale_build());
        p.served_build = Some("b".into());
        assert!(p.stale_build());
        p.served_build = Some("a".into());
        assert!(!p.stale_build());
    }

    #[test]
    fn cookie_and_storage_flags() {
        let blocked = CookieFacts {
            cookie_enabled: Some(true),
            cookie_round_trip: Some(false),
            ..CookieFacts::default()
        };
        assert!(blocked.cookies_blocked());
        assert!(!CookieFacts::default().cookies_blocked());
        assert!(CacheFacts {
            storage_used_bytes: Some(95.0),
            storage_quota_bytes: Some(100.0),
            ..CacheFacts::default()
        }
        .storage_nearly_full());
    }
}
