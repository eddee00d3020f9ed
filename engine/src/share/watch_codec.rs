//! A watch in the `r2` format: section 12. Outcomes are run-length encoded per host, and a host
//! whose rounds equal the control's or an earlier host's is a reference, so an hour of 10-second
//! rounds stays small: a connection that drops now and then costs one lane, not thirteen. When
//! a watch would still not fit in [`MAX_WATCH_BYTES`], the oldest rounds are left out and
//! counted, never silently dropped.

use super::bytes::{Reader, Writer};
use super::{Damage, DecodeError};
use crate::catalogue::endpoints::endpoint;
use crate::outcome::Outcome;
use crate::watch::{Lane, Watch, MAX_INTERVAL_S, MAX_ROUNDS, MIN_INTERVAL_S};

/// The largest watch section: with the rest of a report, a link stays well under 2,000
/// characters (tested).
pub const MAX_WATCH_BYTES: usize = 900;
/// A round starts at most this long after the watch did: an hour, plus a computer that slept.
const MAX_AT_S: u64 = 7 * 86_400;
const MAX_EARLIER_ROUNDS: u64 = 100_000;
const EPOCH_S: u64 = super::evidence_codec::limits::EPOCH_S;

/// Runs of equal values: (value, how many).
fn runs<T: PartialEq + Copy>(values: &[T]) -> Vec<(T, u64)> {
    let mut out: Vec<(T, u64)> = Vec::new();
    for v in values {
        match out.last_mut() {
            Some((last, n)) if last == v => *n += 1,
            _ => out.push((*v, 1)),
        }
    }
    out
}

fn put_outcomes(w: &mut Writer, outcomes: &[Outcome]) {
    let runs = runs(outcomes);
    w.uint(runs.len() as u64);
    for (outcome, n) in runs {
        let index = Outcome::ALL.iter().position(|o| *o == outcome).unwrap_or(5) as u64;
        w.uint(n << 3 | index);
    }
}

fn get_outcomes(r: &mut Reader, rounds: usize) -> Result<Vec<Outcome>, DecodeError> {
    let count = r.upto(rounds as u64)?;
    let mut out = Vec::with_capacity(rounds);
    for _ in 0..count {
        let packed = r.uint()?;
        let outcome = *Outcome::ALL
            .get((packed & 7) as usize)
            .ok_or(DecodeError::Malformed(Damage::WatchOutcome))?;
        let n = packed >> 3;
        if n == 0 || n > (rounds - out.len()) as u64 {
            return Err(DecodeError::Malformed(Damage::LaneRounds));
        }
        out.extend(std::iter::repeat_n(outcome, n as usize));
    }
    if out.len() != rounds {
        return Err(DecodeError::Malformed(Damage::LaneRounds));
    }
    Ok(out)
}

/// The section body for the latest `keep` rounds of `watch`.
fn body(watch: &Watch, keep: usize) -> Vec<u8> {
    let skip = watch.rounds() - keep;
    let mut w = Writer::default();
    w.uint(((watch.started_at_ms / 1000.0).max(0.0) as u64).min(EPOCH_S));
    w.uint(watch.interval_s.into());
    w.uint((u64::from(watch.earlier_rounds) + skip as u64).min(MAX_EARLIER_ROUNDS));
    w.uint(keep as u64);
    let at: Vec<u64> = watch.round_at_s[skip..]
        .iter()
        .map(|s| u64::from(*s).min(MAX_AT_S))
        .collect();
    // Starts as differences, which repeat when the rounds keep time.
    let steps: Vec<u64> = at
        .iter()
        .scan(0u64, |before, now| {
            let step = now.saturating_sub(*before);
            *before = *now;
            Some(step)
        })
        .collect();
    let step_runs = runs(&steps);
    w.uint(step_runs.len() as u64);
    for (step, n) in step_runs {
        w.uint(step);
        w.uint(n);
    }
    let control = &watch.control[skip..];
    put_outcomes(&mut w, control);
    w.uint(watch.lanes.len() as u64);
    let mut written: Vec<&[Outcome]> = Vec::new();
    for lane in &watch.lanes {
        let outcomes = &lane.outcomes[skip.min(lane.outcomes.len())..];
        w.record(|w| {
            w.id(lane.id);
            // 1: the control's rounds; k ≥ 2: those of lane k − 2 written before; 0: its own.
            if outcomes == control {
                w.uint(1);
            } else if let Some(k) = written.iter().position(|o| *o == outcomes) {
                w.uint(k as u64 + 2);
            } else {
                w.uint(0);
                put_outcomes(w, outcomes);
            }
        });
        written.push(outcomes);
    }
    w.0
}

/// The watch section's body: every round if it fits, else the latest rounds that do.
pub fn encode(watch: &Watch) -> Vec<u8> {
    let mut keep = watch.rounds();
    loop {
        let bytes = body(watch, keep);
        if bytes.len() <= MAX_WATCH_BYTES || keep == 0 {
            return bytes;
        }
        keep -= (keep / 8).max(1);
    }
}

pub fn decode(r: &mut Reader) -> Result<Watch, DecodeError> {
    let started_at_ms = r.upto(EPOCH_S)? as f64 * 1000.0;
    let interval_s = r.upto(MAX_INTERVAL_S.into())? as u32;
    if interval_s < MIN_INTERVAL_S {
        return Err(DecodeError::Malformed(Damage::WatchInterval));
    }
    let earlier_rounds = r.upto(MAX_EARLIER_ROUNDS)? as u32;
    let rounds = r.upto(MAX_ROUNDS as u64)? as usize;
    let mut round_at_s = Vec::with_capacity(rounds);
    let step_runs = r.upto(rounds as u64)?;
    let mut at = 0u64;
    for _ in 0..step_runs {
        let step = r.upto(MAX_AT_S)?;
        let n = r.upto((rounds - round_at_s.len()) as u64)?;
        for _ in 0..n {
            at = at.saturating_add(step);
            if at > MAX_AT_S {
                return Err(DecodeError::Malformed(Damage::WatchRound));
            }
            round_at_s.push(at as u32);
        }
    }
    if round_at_s.len() != rounds {
        return Err(DecodeError::Malformed(Damage::RoundTimes));
    }
    let control = get_outcomes(r, rounds)?;
    let mut watch = Watch::new(started_at_ms, interval_s);
    watch.earlier_rounds = earlier_rounds;
    watch.round_at_s = round_at_s;
    for lane in &mut watch.lanes {
        lane.outcomes = vec![Outcome::NotRun; rounds];
    }
    let count = r.upto(super::evidence_codec::limits::ENDPOINTS)?;
    let mut read: Vec<Vec<Outcome>> = Vec::new();
    let mut seen: Vec<&'static str> = Vec::new();
    for _ in 0..count {
        let item = &mut r.record()?;
        let id = item.text(super::evidence_codec::limits::ID_BYTES)?;
        let outcomes = match item.uint()? {
            0 => get_outcomes(item, rounds)?,
            1 => control.clone(),
            k => read
                .get(usize::try_from(k - 2).unwrap_or(usize::MAX))
                .cloned()
                .ok_or(DecodeError::Malformed(Damage::LaneMissing))?,
        };
        read.push(outcomes.clone());
        // A host this build's catalogue does not have is skipped, like in the endpoints section.
        let Some(known) = endpoint(&id) else {
            continue;
        };
        if seen.contains(&known.id) {
            return Err(DecodeError::Malformed(Damage::WatchHostTwice));
        }
        seen.push(known.id);
        if let Some(lane) = watch.lanes.iter_mut().find(|l| l.id == known.id) {
            *lane = Lane {
                id: known.id,
                outcomes,
            };
        }
    }
    watch.control = control;
    Ok(watch)
}

#[cfg(test)]
mod tests {
    use super::super::{decode_link, decode_watched_link, encode_watched_link};
    use crate::catalogue::ENDPOINTS;
    use crate::evidence::Evidence;
    use crate::outcome::Outcome;
    use crate::watch::{Watch, MAX_ROUNDS};

    /// An hour of 10-second rounds where `round` says what each round saw.
    fn hour(round: impl Fn(usize) -> (Outcome, Vec<(&'static str, Outcome)>)) -> Watch {
        let mut w = Watch::new(1_795_651_200_000.0, 10);
        for i in 0..MAX_ROUNDS {
            let (control, hosts) = round(i);
            w.push_round(i as u32 * 10, control, &hosts);
        }
        w
    }

    fn every(outcome: Outcome) -> Vec<(&'static str, Outcome)> {
        ENDPOINTS.iter().map(|e| (e.id, outcome)).collect()
    }

    fn link_of(watch: &Watch) -> (String, Watch) {
        let e = Evidence {
            started_at_ms: Some(watch.started_at_ms),
            ..Evidence::default()
        };
        let link = encode_watched_link(&e, Some(watch));
        let opened = decode_watched_link(&link)
            .expect("decodes")
            .1
            .expect("has the watch");
        (link, opened)
    }

    #[test]
    fn an_hour_of_ten_second_rounds_fits_a_link_whole() {
        let cases: Vec<(&str, Watch)> = vec![
            ("steady", hour(|_| (Outcome::Ok, every(Outcome::Ok)))),
            (
                "the connection drops every 7th round",
                hour(|i| {
                    if i % 7 == 3 {
                        (Outcome::Unreachable, every(Outcome::Unreachable))
                    } else {
                        (Outcome::Ok, every(Outcome::Ok))
                    }
                }),
            ),
            (
                "payments fails every other round",
                hour(|i| {
                    (
                        Outcome::Ok,
                        vec![(
                            "payments-connect",
                            if i % 2 == 0 {
                                Outcome::Timeout
                            } else {
                                Outcome::Ok
                            },
                        )],
                    )
                }),
            ),
            (
                "sign-in answers 502 in bursts",
                hour(|i| {
                    let o = if (i / 20) % 2 == 0 {
                        Outcome::ServerError
                    } else {
                        Outcome::Ok
                    };
                    (Outcome::Ok, vec![("accounts", o), ("sign-in-ui", o)])
                }),
            ),
        ];
        for (name, watch) in cases {
            let (link, opened) = link_of(&watch);
            assert!(link.len() < 1_200, "{name}: {} characters", link.len());
            assert_eq!(opened, watch, "{name}");
        }
    }

    #[test]
    fn a_watch_too_varied_for_a_link_keeps_its_latest_rounds() {
        // Every host fails on its own schedule: nothing repeats.
        let watch = hour(|i| {
            let hosts = ENDPOINTS
                .iter()
                .enumerate()
                .map(|(k, e)| {
                    (
                        e.id,
                        if (i * (k + 3)) % 5 < 2 {
                            Outcome::Unreachable
                        } else {
                            Outcome::Ok
                        },
                    )
                })
                .collect();
            (Outcome::Ok, hosts)
        });
        let (link, opened) = link_of(&watch);
        assert!(link.len() < 2_000, "{} characters", link.len());
        assert!(opened.rounds() < MAX_ROUNDS && opened.rounds() > 0);
        assert_eq!(opened.earlier_rounds as usize + opened.rounds(), MAX_ROUNDS);
        assert_eq!(opened.round_at_s.last(), watch.round_at_s.last());
    }

    #[test]
    fn inconsistent_watches_are_refused() {
        use super::super::bytes::{to_base64url, Writer};
        // Section 1 (the run) then section 12 with: start, interval, earlier, rounds, times,
        // control, lanes.
        let with_watch = |body: &[u64]| {
            let mut w = Writer::default();
            w.uint(1);
            w.record(|r| {
                r.opt_uint(None);
                r.tri(None);
            });
            w.uint(12);
            w.record(|r| body.iter().for_each(|v| r.uint(*v)));
            format!("r2.{}", to_base64url(&w.0))
        };
        let ok = with_watch(&[1_795_651_200, 10, 0, 2, 1, 10, 2, 1, 2 << 3, 0]);
        assert!(decode_watched_link(&ok).is_ok_and(|(_, w)| w.is_some()));
        for (name, body) in [
            (
                "interval under 10 s",
                vec![1_795_651_200, 9, 0, 2, 1, 10, 2, 1, 2 << 3, 0],
            ),
            (
                "times for 3 rounds of 2",
                vec![1_795_651_200, 10, 0, 2, 1, 10, 3, 1, 2 << 3, 0],
            ),
            (
                "times for 1 round of 2",
                vec![1_795_651_200, 10, 0, 2, 1, 10, 1, 1, 2 << 3, 0],
            ),
            (
                "control with 3 rounds",
                vec![1_795_651_200, 10, 0, 2, 1, 10, 2, 1, 3 << 3, 0],
            ),
            (
                "an empty run",
                vec![1_795_651_200, 10, 0, 2, 1, 10, 2, 2, 0, 2 << 3, 0],
            ),
            (
                "outcome 6",
                vec![1_795_651_200, 10, 0, 2, 1, 10, 2, 1, 2 << 3 | 6, 0],
            ),
            (
                "too many rounds",
                vec![1_795_651_200, 10, 0, 400, 1, 10, 400, 1, 400 << 3, 0],
            ),
        ] {
            assert!(decode_watched_link(&with_watch(&body)).is_err(), "{name}");
            // A reader that skips the watch opens the rest.
            assert!(decode_link(&with_watch(&body)).is_ok(), "{name}");
        }
    }
}
