//! Dates the page reasons with: the day the catalogues were checked, the day this build was
//! made, and "today" as far as it can be trusted. Each lives here once; everything that shows
//! or uses one of them reads it from here.

use crate::environment::civil_from_days;

const MS_PER_DAY: f64 = 86_400_000.0;

/// A calendar day, counted in days since 1970-01-01 (UTC).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(pub i64);

impl Day {
    /// The day of a (proleptic Gregorian) date; usable in constants.
    pub const fn of(year: i64, month: i64, day: i64) -> Day {
        let y = if month <= 2 { year - 1 } else { year };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let mp = (month + 9) % 12;
        let doy = (153 * mp + 2) / 5 + day - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Day(era * 146_097 + doe - 719_468)
    }

    /// The day a time (ms since 1970) falls on, `None` for a time that is not a number.
    pub fn from_ms(ms: f64) -> Option<Day> {
        ms.is_finite()
            .then(|| Day((ms / MS_PER_DAY).floor() as i64))
    }

    pub fn ms(self) -> f64 {
        self.0 as f64 * MS_PER_DAY
    }

    pub fn plus(self, days: i64) -> Day {
        Day(self.0.saturating_add(days))
    }

    /// "2026-11-26".
    pub fn iso(self) -> String {
        let (y, m, d) = civil_from_days(self.0);
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// "November 2026", for people.
    pub fn month_words(self) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let (y, m, _) = civil_from_days(self.0);
        format!("{} {y}", MONTHS[(m - 1).clamp(0, 11) as usize])
    }
}

/// When the catalogues (hosts and test files, browsers, instructions) were last checked
/// against their sources. The one place this date is written.
pub const CHECKED: Day = Day::of(2026, 11, 26);

/// The day this build was made: `SOURCE_DATE_EPOCH` or the last commit's date, recorded by
/// `engine/build.rs`; the catalogues' check date when neither was known.
pub fn build_day() -> Day {
    option_env!("QBO_BUILD_EPOCH_S")
        .and_then(|s| s.parse::<i64>().ok())
        .map_or(CHECKED, |secs| Day(secs.div_euclid(86_400)))
        .max(CHECKED)
}

/// How far past the build "today" may be, by the source of the date. The page's own server is
/// trusted for years (a deploy may stay up that long); the device's clock alone only a little,
/// so a clock set years ahead never makes every browser "outdated".
pub const SERVER_AHEAD_DAYS: i64 = 5 * 365;
pub const DEVICE_AHEAD_DAYS: i64 = 60;

/// Where "today" came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DaySource {
    /// The `Date` header of the page's own server: it wins over the device, skewed or not.
    Server,
    /// The device's clock, as no server date was read.
    Device,
    /// Neither: the build's own day.
    Build,
}

/// "Today" for judging versions: never before `build`, never further past it than its source
/// is trusted for.
pub fn trusted_today(
    server_ms: Option<i64>,
    device_ms: Option<f64>,
    build: Day,
) -> (Day, DaySource) {
    let server = server_ms.and_then(|ms| Day::from_ms(ms as f64));
    let (day, source, ahead) = match (server, device_ms.and_then(Day::from_ms)) {
        (Some(day), _) => (day, DaySource::Server, SERVER_AHEAD_DAYS),
        (None, Some(day)) => (day, DaySource::Device, DEVICE_AHEAD_DAYS),
        (None, None) => (build, DaySource::Build, 0),
    };
    (day.clamp(build, build.plus(ahead)), source)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_and_read_as_people_read_them() {
        assert_eq!(Day::of(1970, 1, 1), Day(0));
        assert_eq!(Day::of(2026, 11, 26).iso(), "2026-11-26");
        assert_eq!(Day::of(2024, 2, 29).plus(1).iso(), "2024-03-01");
        assert_eq!(CHECKED.month_words(), "November 2026");
        assert_eq!(Day::from_ms(CHECKED.ms() + 3_600_000.0), Some(CHECKED));
        assert_eq!(Day::from_ms(f64::NAN), None);
        assert!(build_day() >= CHECKED);
    }

    #[test]
    fn today_is_bounded_by_the_build_and_by_how_far_its_source_is_trusted() {
        let build = Day::of(2026, 11, 29);
        let twenty_years = build.plus(20 * 365).ms();
        // The server wins over the device, however far apart they are.
        assert_eq!(
            trusted_today(Some(build.plus(400).ms() as i64), Some(twenty_years), build),
            (build.plus(400), DaySource::Server)
        );
        // A device clock 20 years ahead counts for 60 days at most.
        assert_eq!(
            trusted_today(None, Some(twenty_years), build),
            (build.plus(DEVICE_AHEAD_DAYS), DaySource::Device)
        );
        // Never before the build, whoever says so.
        assert_eq!(
            trusted_today(Some(0), None, build),
            (build, DaySource::Server)
        );
        assert_eq!(trusted_today(None, None, build), (build, DaySource::Build));
    }
}
