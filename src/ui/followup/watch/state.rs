//! Watch mode's state: the series so far and whether rounds are still coming. Pure, tested
//! natively; the round loop (`driver.rs`) only dispatches what the probes saw.

use engine::outcome::Outcome;
use engine::status_page::StatusState;
use engine::watch::{Phase, Watch, WatchProblem};

/// Why a watch is not running.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ended {
    /// Not started, or the user stopped it.
    Stopped,
    /// An hour passed.
    HourPassed,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WatchState {
    /// Which loop the rounds come from: starting or stopping changes it, so a round from a
    /// stopped loop is dropped.
    pub generation: u32,
    pub watching: bool,
    pub ended: Ended,
    pub watch: Option<Watch>,
    /// The interval chosen (the picker, or `?watch=N`).
    pub interval_s: u32,
    /// What was wrong with `?watch=N`, or why the watch could not start.
    pub problem: Option<WatchProblem>,
    /// Intuit's status page, as last read during the watch (the page words it).
    pub status: Option<StatusState>,
}

impl Default for WatchState {
    fn default() -> Self {
        WatchState {
            generation: 0,
            watching: false,
            ended: Ended::Stopped,
            watch: None,
            interval_s: engine::watch::DEFAULT_INTERVAL_S,
            problem: None,
            status: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum WatchAction {
    /// The picker changed.
    Interval(u32),
    /// `?watch=N` was read.
    FromAddress(engine::watch::IntervalChoice),
    /// A new watch, with its first round when the check just drawn is that round.
    Start {
        started_at_ms: f64,
        first: Option<Round>,
    },
    Round {
        generation: u32,
        round: Round,
    },
    Status {
        generation: u32,
        state: StatusState,
    },
    Stop,
    HourPassed {
        generation: u32,
    },
    /// The part that runs the rounds could not be fetched: the watch ends at once, saying so.
    Unavailable {
        generation: u32,
    },
}

/// One round, judged by the engine.
#[derive(Clone, Debug, PartialEq)]
pub struct Round {
    pub at_s: u32,
    pub control: Outcome,
    pub hosts: Vec<(&'static str, Outcome)>,
}

impl WatchState {
    pub fn apply(&self, action: WatchAction) -> WatchState {
        let mut next = self.clone();
        match action {
            WatchAction::Interval(seconds) => {
                next.interval_s =
                    seconds.clamp(engine::watch::MIN_INTERVAL_S, engine::watch::MAX_INTERVAL_S);
            }
            WatchAction::FromAddress(choice) => {
                next.interval_s = choice.seconds;
                next.problem = choice.problem;
            }
            WatchAction::Start {
                started_at_ms,
                first,
            } => {
                next.generation = self.generation.wrapping_add(1);
                next.watching = true;
                next.ended = Ended::Stopped;
                next.status = None;
                if self.problem == Some(WatchProblem::PartMissing) {
                    next.problem = None;
                }
                let mut watch = Watch::new(started_at_ms, self.interval_s);
                if let Some(round) = first {
                    watch.push_round(round.at_s, round.control, &round.hosts);
                }
                next.watch = Some(watch);
            }
            WatchAction::Round { generation, round }
                if generation == self.generation && self.watching =>
            {
                if let Some(watch) = &mut next.watch {
                    watch.push_round(round.at_s, round.control, &round.hosts);
                    if watch.rounds() >= engine::watch::MAX_ROUNDS {
                        next.watching = false;
                        next.ended = Ended::HourPassed;
                    }
                }
            }
            WatchAction::Status { generation, state } if generation == self.generation => {
                next.status = Some(state);
            }
            WatchAction::Stop => {
                next.generation = self.generation.wrapping_add(1);
                next.watching = false;
                next.ended = Ended::Stopped;
            }
            WatchAction::HourPassed { generation } if generation == self.generation => {
                next.watching = false;
                next.ended = Ended::HourPassed;
            }
            // At most the check it began with: not a watch to show or to save in the history.
            WatchAction::Unavailable { generation } if generation == self.generation => {
                next.generation = self.generation.wrapping_add(1);
                next.watching = false;
                next.ended = Ended::Stopped;
                next.watch = None;
                next.problem = Some(WatchProblem::PartMissing);
            }
            // From a loop that was stopped or replaced.
            WatchAction::Round { .. }
            | WatchAction::Status { .. }
            | WatchAction::HourPassed { .. }
            | WatchAction::Unavailable { .. } => {}
        }
        next
    }

    pub fn rounds(&self) -> usize {
        self.watch.as_ref().map_or(0, Watch::rounds)
    }

    /// Where the watch stands, for the sentence under its controls: a shared report's watch
    /// is only read.
    pub fn phase(&self, read_only: bool) -> Phase {
        match (self.watching, read_only) {
            (_, true) => Phase::Shared,
            (true, _) => Phase::Watching,
            _ if self.ended == Ended::HourPassed => Phase::HourPassed,
            _ => Phase::Stopped,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::watch::{read, Pattern};

    fn round(at_s: u32, control: Outcome, payments: Outcome) -> Round {
        Round {
            at_s,
            control,
            hosts: vec![("payments-connect", payments), ("accounts", Outcome::Ok)],
        }
    }

    #[test]
    fn rounds_from_a_stopped_or_replaced_loop_are_dropped() {
        let s = WatchState::default().apply(WatchAction::Interval(10));
        let s = s.apply(WatchAction::Start {
            started_at_ms: 0.0,
            first: Some(round(0, Outcome::Ok, Outcome::Ok)),
        });
        let live = s.generation;
        let s = s.apply(WatchAction::Round {
            generation: live,
            round: round(10, Outcome::Ok, Outcome::Timeout),
        });
        assert_eq!((s.watching, s.rounds()), (true, 2));
        assert_eq!(read(s.watch.as_ref().unwrap()).pattern, Pattern::HostDrops);
        let s = s.apply(WatchAction::Stop);
        let s = s.apply(WatchAction::Round {
            generation: live,
            round: round(20, Outcome::Ok, Outcome::Ok),
        });
        assert_eq!(
            (s.watching, s.rounds(), s.ended),
            (false, 2, Ended::Stopped)
        );
        // A new watch starts empty and ignores the old loop too.
        let s = s.apply(WatchAction::Start {
            started_at_ms: 1.0,
            first: None,
        });
        let s = s.apply(WatchAction::Round {
            generation: live,
            round: round(0, Outcome::Ok, Outcome::Ok),
        });
        assert_eq!((s.watching, s.rounds()), (true, 0));
    }

    #[test]
    fn the_address_sets_the_interval_and_says_what_was_wrong() {
        let s = WatchState::default().apply(WatchAction::FromAddress(
            engine::watch::interval_from_query(Some("5")),
        ));
        assert_eq!((s.interval_s, s.problem.is_some()), (10, true));
        let s = s.apply(WatchAction::Interval(9999));
        assert_eq!(s.interval_s, 600);
    }

    #[test]
    fn the_phase_follows_the_watch() {
        let idle = WatchState::default();
        assert_eq!(idle.phase(false), Phase::Stopped);
        assert_eq!(idle.phase(true), Phase::Shared);
        let watching = idle.apply(WatchAction::Start {
            started_at_ms: 0.0,
            first: None,
        });
        assert_eq!(watching.phase(false), Phase::Watching);
        assert_eq!(watching.phase(true), Phase::Shared);
        let hour = watching.apply(WatchAction::HourPassed {
            generation: watching.generation,
        });
        assert_eq!(hour.phase(false), Phase::HourPassed);
        assert_eq!(hour.apply(WatchAction::Stop).phase(false), Phase::Stopped);
    }

    #[test]
    fn a_watch_ends_after_an_hour_of_rounds_or_when_told() {
        let mut s = WatchState::default().apply(WatchAction::Start {
            started_at_ms: 0.0,
            first: None,
        });
        let g = s.generation;
        for i in 0..engine::watch::MAX_ROUNDS as u32 {
            s = s.apply(WatchAction::Round {
                generation: g,
                round: round(i * 10, Outcome::Ok, Outcome::Ok),
            });
        }
        assert_eq!((s.watching, s.ended), (false, Ended::HourPassed));
        let mut s = WatchState::default().apply(WatchAction::Start {
            started_at_ms: 0.0,
            first: None,
        });
        s = s.apply(WatchAction::HourPassed {
            generation: s.generation,
        });
        assert_eq!((s.watching, s.ended), (false, Ended::HourPassed));
    }

    #[test]
    fn a_watch_whose_rounds_cannot_load_ends_saying_so_and_can_start_again() {
        let started = WatchState::default().apply(WatchAction::Start {
            started_at_ms: 0.0,
            first: None,
        });
        let stale = started.apply(WatchAction::Unavailable {
            generation: started.generation.wrapping_sub(1),
        });
        assert!(stale.watching && stale.problem.is_none());
        let ended = started.apply(WatchAction::Unavailable {
            generation: started.generation,
        });
        assert!(!ended.watching && ended.watch.is_none());
        assert_eq!(ended.problem, Some(WatchProblem::PartMissing));
        // Its loop, had it started late, is no longer the current one.
        assert_ne!(ended.generation, started.generation);
        let again = ended.apply(WatchAction::Start {
            started_at_ms: 1.0,
            first: None,
        });
        assert!(again.watching && again.problem.is_none());
    }
}
