//! The round loop. It runs a round, hands what the probes saw to the engine's `classify`, and
//! dispatches it; then waits until the interval since the round's start has passed. Rounds
//! never overlap: a slow round makes the next one wait. Hidden tabs get their timers slowed by
//! the browser: each round records when it really started, and nothing pretends otherwise.

use std::cell::Cell;
use std::rc::Rc;

use engine::catalogue::STATUS_PAGE;
use engine::outcome::classify;
use engine::timing::PROBE_DEADLINE_MS;
use engine::watch::{MAX_WATCH_MS, STATUS_EVERY_MS};
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen_futures::spawn_local;
use yew::Callback;

use super::state::{Round, WatchAction};
use crate::probe::round::watch_round;
use crate::probe::status::read_status;

/// How a loop learns it was stopped: the panel's current generation, shared.
pub type Alive = Rc<Cell<u32>>;

/// Starts the loop of watch `generation`. `first_done` says the check just drawn was round 1
/// (it read the status page too); otherwise round 1 runs now.
pub fn start(
    generation: u32,
    interval_s: u32,
    started_at_ms: f64,
    first_done: bool,
    alive: Alive,
    dispatch: Callback<WatchAction>,
) {
    spawn_local(async move {
        let interval_ms = f64::from(interval_s) * 1000.0;
        let now = js_sys::Date::now;
        let mut last_status = if first_done {
            started_at_ms
        } else {
            f64::NEG_INFINITY
        };
        let mut due = if first_done {
            started_at_ms + interval_ms
        } else {
            now()
        };
        let mut round = 0u32;
        loop {
            // Short sleeps, so a stop is noticed within a second even at 10-minute intervals.
            while now() < due {
                if alive.get() != generation {
                    return;
                }
                TimeoutFuture::new((due - now()).clamp(1.0, 1000.0) as u32).await;
            }
            if alive.get() != generation {
                return;
            }
            let started = now();
            if started - started_at_ms >= MAX_WATCH_MS {
                dispatch.emit(WatchAction::HourPassed { generation });
                return;
            }
            round += 1;
            let seen = watch_round(round).await;
            if alive.get() != generation {
                return;
            }
            dispatch.emit(WatchAction::Round {
                generation,
                round: Round {
                    at_s: ((started - started_at_ms) / 1000.0).round().max(0.0) as u32,
                    control: classify(&seen.control).outcome,
                    hosts: seen
                        .hosts
                        .iter()
                        .map(|(id, observation)| (*id, classify(observation).outcome))
                        .collect(),
                },
            });
            if started - last_status >= STATUS_EVERY_MS {
                last_status = started;
                let reading = read_status(STATUS_PAGE.summary_url, PROBE_DEADLINE_MS).await;
                dispatch.emit(WatchAction::Status {
                    generation,
                    state: reading.state(),
                });
            }
            due = started + interval_ms;
        }
    });
}
