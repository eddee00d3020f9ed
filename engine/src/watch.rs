//! Watch mode: the reachability probes and the control, again every N seconds, and the pattern
//! the rounds make. "QuickBooks keeps disconnecting" is rarely visible in one check; a series
//! shows whether everything drops together (this device or its network), some hosts drop alone
//! (those hosts, or the route to them), or answers only slow down.
//!
//! The rules are documented in docs/DIAGNOSIS.md ("Watch patterns").

use serde::Serialize;

use crate::catalogue::endpoints::{Group, ENDPOINTS};
use crate::outcome::Outcome;

mod fr_ca;
mod words;
pub use fr_ca::CANADIAN_FRENCH;
pub use words::{Phase, WatchTexts, WatchWords, ENGLISH};

/// The shortest interval between rounds: a round takes up to the 8 s probe deadline.
pub const MIN_INTERVAL_S: u32 = 10;
pub const MAX_INTERVAL_S: u32 = 600;
pub const DEFAULT_INTERVAL_S: u32 = 30;
/// A watch ends by itself after an hour.
pub const MAX_WATCH_MS: f64 = 3_600_000.0;
/// The status page is read at most this often during a watch, to be polite to Intuit.
pub const STATUS_EVERY_MS: f64 = 300_000.0;
/// An hour of 10-second rounds, plus the first.
pub const MAX_ROUNDS: usize = 361;

/// The interval a `?watch` or `?watch=N` parameter asks for, and what to tell the user when it
/// could not be used as given. The message never repeats the parameter: a link is a stranger's
/// text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IntervalChoice {
    pub seconds: u32,
    pub problem: Option<WatchProblem>,
}

/// Why a watch does not run as asked ([`WatchWords::problem`] words it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WatchProblem {
    /// `?watch=` is not a number of seconds: the default is used.
    NotANumber,
    /// Shorter than [`MIN_INTERVAL_S`]: the minimum is used.
    TooShort,
    /// Longer than [`MAX_INTERVAL_S`]: the maximum is used.
    TooLong,
    /// The part of the page that runs rounds did not load.
    PartMissing,
}

impl WatchProblem {
    pub const ALL: [WatchProblem; 4] = [
        WatchProblem::NotANumber,
        WatchProblem::TooShort,
        WatchProblem::TooLong,
        WatchProblem::PartMissing,
    ];
}

/// Reads the value of `?watch` (`None` or empty for `?watch` alone).
pub fn interval_from_query(value: Option<&str>) -> IntervalChoice {
    let ok = |seconds| IntervalChoice {
        seconds,
        problem: None,
    };
    let value = value.map(str::trim).unwrap_or("");
    if value.is_empty() {
        return ok(DEFAULT_INTERVAL_S);
    }
    if !value.bytes().all(|b| b.is_ascii_digit()) || value.len() > 9 {
        return IntervalChoice {
            seconds: DEFAULT_INTERVAL_S,
            problem: Some(WatchProblem::NotANumber),
        };
    }
    match value.parse::<u32>() {
        Ok(s) if s < MIN_INTERVAL_S => IntervalChoice {
            seconds: MIN_INTERVAL_S,
            problem: Some(WatchProblem::TooShort),
        },
        Ok(s) if s > MAX_INTERVAL_S => IntervalChoice {
            seconds: MAX_INTERVAL_S,
            problem: Some(WatchProblem::TooLong),
        },
        Ok(s) => ok(s),
        Err(_) => IntervalChoice {
            seconds: DEFAULT_INTERVAL_S,
            problem: Some(WatchProblem::NotANumber),
        },
    }
}

/// One host's outcomes, one per round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Lane {
    pub id: &'static str,
    pub outcomes: Vec<Outcome>,
}

/// A watch: when it started, how often it meant to run, and what each round saw.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Watch {
    /// Device clock, ms since 1970.
    pub started_at_ms: f64,
    pub interval_s: u32,
    /// When each round really started, in seconds after the start (a hidden tab's timers are
    /// slowed, and a sleeping computer runs none: the gaps are kept, not papered over).
    pub round_at_s: Vec<u32>,
    /// The page's own site, fetched the same way: when it fails too, the connection dropped.
    pub control: Vec<Outcome>,
    /// Catalogue hosts, in catalogue order.
    pub lanes: Vec<Lane>,
    /// Rounds before the first one carried here: a shared link keeps the latest rounds when the
    /// whole watch would not fit.
    pub earlier_rounds: u32,
}

/// A round does not count as failed for a host unless it failed outright.
pub fn failed(outcome: Outcome) -> bool {
    matches!(
        outcome,
        Outcome::Unreachable | Outcome::Timeout | Outcome::ServerError
    )
}

impl Watch {
    pub fn new(started_at_ms: f64, interval_s: u32) -> Watch {
        Watch {
            started_at_ms,
            interval_s: interval_s.clamp(MIN_INTERVAL_S, MAX_INTERVAL_S),
            round_at_s: Vec::new(),
            control: Vec::new(),
            lanes: ENDPOINTS
                .iter()
                .map(|e| Lane {
                    id: e.id,
                    outcomes: Vec::new(),
                })
                .collect(),
            earlier_rounds: 0,
        }
    }

    pub fn rounds(&self) -> usize {
        self.round_at_s.len()
    }

    /// Files one round. Hosts the round did not report are `not-run`; ids outside the
    /// catalogue are ignored. Past [`MAX_ROUNDS`] nothing is added.
    pub fn push_round(&mut self, at_s: u32, control: Outcome, hosts: &[(&str, Outcome)]) {
        if self.rounds() >= MAX_ROUNDS {
            return;
        }
        self.round_at_s.push(at_s);
        self.control.push(control);
        for lane in &mut self.lanes {
            let outcome = hosts
                .iter()
                .find(|(id, _)| *id == lane.id)
                .map_or(Outcome::NotRun, |(_, o)| *o);
            lane.outcomes.push(outcome);
        }
    }

    /// Rounds in which this host failed.
    pub fn failed_rounds(&self, id: &str) -> usize {
        self.lanes
            .iter()
            .find(|l| l.id == id)
            .map_or(0, |l| l.outcomes.iter().filter(|o| failed(**o)).count())
    }

    /// A group's outcome in round `i`: its worst host, by [`Outcome::severity`].
    pub fn group_outcome(&self, group: Group, i: usize) -> Outcome {
        self.lanes
            .iter()
            .filter(|l| {
                crate::catalogue::endpoints::endpoint(l.id).is_some_and(|e| e.group == group)
            })
            .filter_map(|l| l.outcomes.get(i).copied())
            .max_by_key(|o| o.severity())
            .unwrap_or(Outcome::NotRun)
    }

    /// Whether the wait before round `i` was much longer than the interval: the browser
    /// throttled this tab's timers, or the computer slept.
    pub fn late(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        let (Some(now), Some(before)) = (self.round_at_s.get(i), self.round_at_s.get(i - 1)) else {
            return false;
        };
        let slack = (self.interval_s / 2).max(5);
        now.saturating_sub(*before) > self.interval_s + PROBE_WINDOW_S + slack
    }
}

/// The longest a round itself can take: the next one may start this much later than planned.
const PROBE_WINDOW_S: u32 = 9;

/// The pattern a watch shows: the `data-watch-verdict` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Pattern {
    Steady,
    ConnectionDrops,
    HostDrops,
    SlowPeriods,
}

impl Pattern {
    pub const ALL: [Pattern; 4] = [
        Pattern::Steady,
        Pattern::ConnectionDrops,
        Pattern::HostDrops,
        Pattern::SlowPeriods,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Pattern::Steady => "steady",
            Pattern::ConnectionDrops => "connection-drops",
            Pattern::HostDrops => "host-drops",
            Pattern::SlowPeriods => "slow-periods",
        }
    }

    pub fn headline(self) -> &'static str {
        match self {
            Pattern::Steady => "Steady: every round answered",
            Pattern::ConnectionDrops => "This connection drops out now and then",
            Pattern::HostDrops => "Some Intuit hosts drop out while the rest answer",
            Pattern::SlowPeriods => "No drops, but slow periods",
        }
    }

    pub fn explanation(self) -> &'static str {
        match self {
            Pattern::Steady => "No round failed while the page watched. If QuickBooks still disconnects, keep watching while it happens, or sign out of QuickBooks and in again: a session that ends early is not a network fault.",
            Pattern::ConnectionDrops => "In the rounds that failed, every Intuit host and this page's own site failed together. The drop is on this device or its network: Wi-Fi, a VPN that reconnects, or the internet provider. QuickBooks signs you out or loses its work when this happens.",
            Pattern::HostDrops => "In the rounds that failed, some Intuit hosts failed while the others and this page's own site answered. So the fault lies with those hosts or the route to them: a firewall or filter that blocks them now and then, or a problem on Intuit's side.",
            Pattern::SlowPeriods => "Every round answered, but some answers took more than 3 seconds. QuickBooks feels frozen or times out during such periods: the network is busy or weak.",
        }
    }

    /// What to do next, most likely fix first.
    pub fn next_steps(self) -> &'static [&'static str] {
        match self {
            Pattern::Steady => &[
                "Keep this page watching while you work in QuickBooks, and look again when it disconnects.",
                "If QuickBooks signs you out while the watch stays steady, clear this browser's data for intuit.com and sign in again.",
            ],
            Pattern::ConnectionDrops => &[
                "Move closer to the Wi-Fi router or use a cable, and watch again.",
                "If a VPN is on, check whether it reconnects at the times of the drops; try without it if your company allows.",
                "Restart the router. If drops continue, send this watch to your internet provider or IT person.",
            ],
            Pattern::HostDrops => &[
                "Check Intuit's status page for the hosts named above.",
                "If the status page shows nothing, send this watch to whoever runs your network: a firewall, filter or antivirus may be blocking those hosts at times.",
                "Watch again from another network (a phone's hotspot) to see whether the drops follow the network.",
            ],
            Pattern::SlowPeriods => &[
                "Pause large downloads, backups, video calls or streaming on this network while you use QuickBooks.",
                "Move closer to the Wi-Fi router or use a cable.",
                "If slow periods continue, send this watch to your internet provider.",
            ],
        }
    }
}

/// A watch, read: its pattern and the counts behind it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reading {
    pub pattern: Pattern,
    /// Rounds in which anything failed.
    pub failed_rounds: usize,
    /// Failed rounds in which the control failed too: the connection was down.
    pub connection_rounds: usize,
    /// Failed rounds in which the control answered: only some hosts failed.
    pub host_rounds: usize,
    /// Rounds with a slow answer and no failure.
    pub slow_rounds: usize,
    /// Rounds that started late because the tab's timers were throttled or the device slept.
    pub late_rounds: usize,
    /// For host drops: the hosts that failed while the control answered, in catalogue order.
    pub dropping: Vec<&'static str>,
}

/// Names the pattern. A round in which the page's own site failed is a connection round: the
/// device could not reach anything. A failed round in which it answered is a host round. The
/// pattern with more rounds wins; a tie goes to the connection, which explains both.
pub fn read(watch: &Watch) -> Reading {
    let mut reading = Reading {
        pattern: Pattern::Steady,
        failed_rounds: 0,
        connection_rounds: 0,
        host_rounds: 0,
        slow_rounds: 0,
        late_rounds: 0,
        dropping: Vec::new(),
    };
    for i in 0..watch.rounds() {
        if watch.late(i) {
            reading.late_rounds += 1;
        }
        let host = |i: usize| {
            watch
                .lanes
                .iter()
                .filter_map(move |l| Some((l.id, *l.outcomes.get(i)?)))
        };
        let any_failed = host(i).any(|(_, o)| failed(o));
        let control_failed = watch.control.get(i).copied().is_some_and(failed);
        if control_failed {
            reading.failed_rounds += 1;
            reading.connection_rounds += 1;
        } else if any_failed {
            reading.failed_rounds += 1;
            reading.host_rounds += 1;
            for (id, _) in host(i).filter(|(_, o)| failed(*o)) {
                if !reading.dropping.contains(&id) {
                    reading.dropping.push(id);
                }
            }
        } else if host(i).any(|(_, o)| o == Outcome::Slow) {
            reading.slow_rounds += 1;
        }
    }
    // Catalogue order, whatever order the drops came in.
    reading.dropping = ENDPOINTS
        .iter()
        .map(|e| e.id)
        .filter(|id| reading.dropping.contains(id))
        .collect();
    reading.pattern = if reading.failed_rounds == 0 {
        if reading.slow_rounds > 0 {
            Pattern::SlowPeriods
        } else {
            Pattern::Steady
        }
    } else if reading.host_rounds > reading.connection_rounds {
        Pattern::HostDrops
    } else {
        Pattern::ConnectionDrops
    };
    reading
}

/// The parts of QuickBooks whose hosts dropped, in a language: "Sign-in (1 of 2 hosts)".
pub fn dropping_groups_in(pack: &dyn crate::message::Pack, reading: &Reading) -> Vec<String> {
    Group::ALL
        .iter()
        .filter_map(|group| {
            let all = ENDPOINTS.iter().filter(|e| e.group == *group).count();
            let dropped = ENDPOINTS
                .iter()
                .filter(|e| e.group == *group && reading.dropping.contains(&e.id))
                .count();
            (dropped > 0).then(|| format!("{} ({})", pack.group(*group), pack.share(dropped, all)))
        })
        .collect()
}

/// A watch in the JSON report: the counts behind the pattern, per host.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WatchReport {
    /// Seconds since 1970 (device clock).
    pub started_at_s: u64,
    pub interval_s: u32,
    /// Rounds carried here, and rounds before them that a shared link could not carry.
    pub rounds: usize,
    pub earlier_rounds: u32,
    /// The pattern and the counts behind it.
    #[serde(flatten)]
    pub reading: Reading,
    pub control_failed_rounds: usize,
    pub hosts: Vec<WatchHostReport>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WatchHostReport {
    pub id: &'static str,
    pub failed_rounds: usize,
    pub slow_rounds: usize,
}

pub fn report(watch: &Watch) -> WatchReport {
    let reading = read(watch);
    WatchReport {
        started_at_s: (watch.started_at_ms / 1000.0).max(0.0) as u64,
        interval_s: watch.interval_s,
        rounds: watch.rounds(),
        earlier_rounds: watch.earlier_rounds,
        reading,
        control_failed_rounds: watch.control.iter().filter(|o| failed(**o)).count(),
        hosts: watch
            .lanes
            .iter()
            .map(|l| WatchHostReport {
                id: l.id,
                failed_rounds: l.outcomes.iter().filter(|o| failed(**o)).count(),
                slow_rounds: l.outcomes.iter().filter(|o| **o == Outcome::Slow).count(),
            })
            .collect(),
    }
}

/// The watch in one sentence, for the plain-text summary, in English.
pub fn summary_line(watch: &Watch) -> String {
    crate::summary::watch_line(&crate::message::English, &crate::summary::ENGLISH, watch)
}

#[cfg(test)]
mod tests;
