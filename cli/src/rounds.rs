//! A round (every catalogue host checked once, judged by the engine), and rounds on a clock:
//! `qbo-check watch` names the pattern of its rounds as the page's watch mode does, from the
//! same engine (`engine::watch`).

use std::collections::VecDeque;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use engine::catalogue::endpoints::Endpoint;
use engine::catalogue::ENDPOINTS;
use engine::diagnose::Finding;
use engine::evidence::Evidence;
use engine::message::Checker;
use engine::outcome::{FetchError, Outcome};
use engine::status_page::{MalformedReason, StatusReading, Summary};
use engine::watch::{Reading, Watch};

use crate::check::{self, CliFinding};
use crate::net::Seen;
use crate::tls::Trust;
use crate::Options;

/// Rounds closer together than this would only add load on Intuit's hosts.
const MIN_INTERVAL: Duration = Duration::from_secs(5);
const MAX_INTERVAL: Duration = Duration::from_secs(3600);
/// The pattern a long-running watcher reports is that of its latest rounds.
pub const WINDOW: usize = 60;

/// Every host checked once.
pub struct Round {
    pub results: Vec<(&'static Endpoint, Seen)>,
    pub evidence: Evidence,
    pub engine_findings: Vec<Finding>,
    pub findings: Vec<CliFinding>,
    pub finished_at_ms: f64,
    /// Intuit's status page, read from the status host's answer. Reported in the metrics only:
    /// the verdict stays the same as before the checker read it.
    pub status: Option<StatusReading>,
}

/// What the status host's answer says of Intuit's status page, as the page would read it.
fn status_reading(results: &[(&'static Endpoint, Seen)]) -> Option<StatusReading> {
    let summary_url = engine::catalogue::endpoints::STATUS_PAGE.summary_url;
    let (_, seen) = results.iter().find(|(e, _)| e.reach_url == summary_url)?;
    Some(match (seen.http.status, &seen.body) {
        _ if seen.timed_out => StatusReading::TimedOut,
        _ if seen.body_too_large => StatusReading::Malformed {
            reason: MalformedReason::TooLarge,
        },
        (Some(code), _) if !(200..300).contains(&code) => StatusReading::HttpError { status: code },
        (Some(_), Some(body)) => match serde_json::from_slice::<Summary>(body) {
            Ok(summary) => StatusReading::Read {
                summary: summary.condense(),
            },
            Err(_) if serde_json::from_slice::<serde_json::Value>(body).is_ok() => {
                StatusReading::Malformed {
                    reason: MalformedReason::NotASummary,
                }
            }
            Err(_) => StatusReading::Malformed {
                reason: MalformedReason::NotJson,
            },
        },
        (Some(_), None) => StatusReading::Malformed {
            reason: MalformedReason::NotJson,
        },
        (None, _) => StatusReading::Unreadable {
            error: FetchError::Network,
        },
    })
}

impl Round {
    pub fn all_clear(&self) -> bool {
        self.findings
            .first()
            .is_some_and(|f| f.cause == "all-clear")
    }

    /// The page's outcome for each host, and for the control, as a watch files them.
    fn outcomes(&self) -> (Outcome, Vec<(&'static str, Outcome)>) {
        let control = self
            .evidence
            .control_verdict()
            .map_or(Outcome::NotRun, |v| v.outcome);
        let hosts = self
            .results
            .iter()
            .map(|(e, seen)| {
                let id = check::outcome(seen);
                let outcome = Outcome::ALL
                    .into_iter()
                    .find(|o| o.id() == id)
                    .unwrap_or(Outcome::NotRun);
                (e.id, outcome)
            })
            .collect();
        (control, hosts)
    }
}

/// Checks every catalogue host once.
pub async fn run(options: &Options, trust: Arc<Trust>) -> Result<Round, String> {
    let started = crate::now_ms();
    let urls = ENDPOINTS
        .iter()
        .map(|e| (e, e.reach_url.to_string()))
        .collect();
    let results = crate::run_all(urls, options, trust).await?;
    let evidence = check::evidence(&results, started);
    let engine_findings = engine::diagnose::diagnose(&evidence);
    let findings = check::findings(&results, &engine_findings, options.pack()?);
    Ok(Round {
        status: status_reading(&results),
        results,
        evidence,
        engine_findings,
        findings,
        finished_at_ms: crate::now_ms(),
    })
}

/// `30s`, `2m`, `1h` or a bare number of seconds, from 5 s to 1 h.
pub fn parse_interval(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let (number, unit) = match text.find(|c: char| !c.is_ascii_digit()) {
        Some(at) => text.split_at(at),
        None => (text, "s"),
    };
    let scale = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        _ => return Err(format!("{text:?} is not an interval such as 30s, 2m or 1h")),
    };
    let seconds: u64 = number
        .parse()
        .map_err(|_| format!("{text:?} is not an interval such as 30s, 2m or 1h"))?;
    let interval = Duration::from_secs(seconds.saturating_mul(scale));
    if !(MIN_INTERVAL..=MAX_INTERVAL).contains(&interval) {
        return Err(format!("the interval must be from 5s to 1h, not {text}"));
    }
    Ok(interval)
}

/// A round as a watch files it.
struct Filed {
    /// Seconds after the watcher started.
    at_s: u32,
    control: Outcome,
    hosts: Vec<(&'static str, Outcome)>,
}

/// The latest rounds, read as the page's watch reads its own.
pub struct Watcher {
    interval: Duration,
    started: Instant,
    started_at_ms: f64,
    /// The latest [`WINDOW`] rounds.
    rounds: VecDeque<Filed>,
}

impl Watcher {
    pub fn new(interval: Duration) -> Watcher {
        Watcher {
            interval,
            started: Instant::now(),
            started_at_ms: crate::now_ms(),
            rounds: VecDeque::new(),
        }
    }

    /// Files a round and reads the window.
    pub fn file(&mut self, round: &Round) -> Reading {
        let (control, hosts) = round.outcomes();
        let at_s = self.started.elapsed().as_secs().min(u64::from(u32::MAX)) as u32;
        if self.rounds.len() == WINDOW {
            self.rounds.pop_front();
        }
        self.rounds.push_back(Filed {
            at_s,
            control,
            hosts,
        });
        let first = self.rounds.front().map_or(0, |r| r.at_s);
        let interval_s = self.interval.as_secs().clamp(10, 600) as u32;
        let mut watch = Watch::new(self.started_at_ms + f64::from(first) * 1000.0, interval_s);
        for round in &self.rounds {
            watch.push_round(round.at_s - first, round.control, &round.hosts);
        }
        engine::watch::read(&watch)
    }

    /// When the next round is due: the next beat of the interval after now. A round that ran
    /// past a beat (or failed) skips it rather than catching up back to back, so the load on
    /// Intuit's hosts never exceeds one round per interval.
    pub fn next_start(&self) -> tokio::time::Instant {
        let beats = self.started.elapsed().as_nanos() / self.interval.as_nanos().max(1) + 1;
        let beats = u32::try_from(beats).unwrap_or(u32::MAX);
        tokio::time::Instant::from_std(self.started + self.interval.saturating_mul(beats))
    }
}

/// `qbo-check watch`: a line per round, then what the pattern means.
pub async fn watch(options: &Options, interval: Duration, limit: u32) -> Result<ExitCode, String> {
    let trust = Arc::new(Trust::load(options.ca_file.as_deref())?);
    let pack = options.pack()?;
    let mut watcher = Watcher::new(interval);
    let mut done = 0u32;
    let mut reading;
    loop {
        let round = run(options, trust.clone()).await?;
        done += 1;
        reading = watcher.file(&round);
        let failing: Vec<&str> = round
            .results
            .iter()
            .filter(|(_, seen)| !matches!(check::outcome(seen), "ok" | "slow"))
            .map(|(e, _)| e.host)
            .collect();
        let verdict = round.findings.first().map_or("-", |f| f.cause.as_str());
        println!(
            "{}",
            pack.checker(Checker::Round {
                round: done,
                answered: round.results.len() - failing.len(),
                total: round.results.len(),
                verdict,
                pattern: reading.pattern.id(),
                failed: &failing.join(", "),
            })
        );
        if limit != 0 && done >= limit {
            break;
        }
        tokio::time::sleep_until(watcher.next_start()).await;
    }
    let words = pack.pattern(reading.pattern);
    println!();
    println!("{}", words.headline);
    println!("{}", words.explanation);
    for (i, step) in words.steps.iter().enumerate() {
        println!("  {}. {step}", i + 1);
    }
    Ok(if reading.pattern == engine::watch::Pattern::Steady {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::HttpSeen;

    /// Every host answered 200, the status host with `status` and `body`.
    fn with_status(status: Option<u16>, body: Option<&str>) -> Vec<(&'static Endpoint, Seen)> {
        ENDPOINTS
            .iter()
            .map(|e| {
                let status_host =
                    e.reach_url == engine::catalogue::endpoints::STATUS_PAGE.summary_url;
                let seen = Seen {
                    http: HttpSeen {
                        status: if status_host { status } else { Some(200) },
                        ..HttpSeen::default()
                    },
                    body: body.filter(|_| status_host).map(|b| b.as_bytes().to_vec()),
                    ..Seen::default()
                };
                (e, seen)
            })
            .collect()
    }

    #[test]
    fn the_status_hosts_answer_reads_as_the_page_would_read_it() {
        let summary = r#"{"status":{"indicator":"major","description":"Partial outage"},"components":[],"incidents":[]}"#;
        let read = status_reading(&with_status(Some(200), Some(summary)));
        assert_eq!(
            read.and_then(|r| r.indicator()),
            Some(engine::status_page::Indicator::Major)
        );
        assert_eq!(
            status_reading(&with_status(Some(502), Some("<html>"))),
            Some(StatusReading::HttpError { status: 502 })
        );
        assert_eq!(
            status_reading(&with_status(Some(200), Some("<html>"))),
            Some(StatusReading::Malformed {
                reason: MalformedReason::NotJson
            })
        );
        assert_eq!(
            status_reading(&with_status(Some(200), Some("[1]"))),
            Some(StatusReading::Malformed {
                reason: MalformedReason::NotASummary
            })
        );
        assert_eq!(
            status_reading(&with_status(None, None)),
            Some(StatusReading::Unreadable {
                error: FetchError::Network
            })
        );
    }

    #[test]
    fn intervals_read_as_people_write_them() {
        for (text, seconds) in [
            ("30s", 30),
            ("2m", 120),
            ("1h", 3600),
            ("45", 45),
            ("5s", 5),
        ] {
            assert_eq!(
                parse_interval(text),
                Ok(Duration::from_secs(seconds)),
                "{text}"
            );
        }
        for text in [
            "4s",
            "2h",
            "",
            "s",
            "10x",
            "-5s",
            "1.5m",
            "99999999999999999999h",
        ] {
            assert!(parse_interval(text).is_err(), "{text}");
        }
    }
}
