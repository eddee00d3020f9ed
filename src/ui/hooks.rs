//! The App's effects, grouped into named hooks by what they own: the run, the browser's
//! detailed hints, a shared report in the address, and the follow-up module.

use engine::notice::Notice;
use engine::share::DecodeError;
use engine::timing::PROBE_DEADLINE_MS;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::state::{Action, Phase, RunState};
use crate::bridge::{self, Published};
use crate::early_run::EarlyRun;
use crate::probe;
use crate::split::{self, PartMissing};

pub fn start_action() -> Action {
    Action::Start {
        online: probe::run::online(),
        started_at_ms: Some(js_sys::Date::now()),
    }
}

/// Puts `fragment` (without `#`) in the address in place of the current one: no history entry,
/// no `hashchange`.
fn replace_fragment(fragment: &str) {
    replace_address(&format!("#{fragment}"));
}

/// Drops a shared report's fragment from the address, so a reload shows this browser's run.
fn clear_fragment() {
    if let Some(location) = web_sys::window().map(|w| w.location()) {
        let path = location.pathname().unwrap_or_default();
        let search = location.search().unwrap_or_default();
        replace_address(&format!("{path}{search}"));
    }
}

/// Replaces the address with `url` (relative to it) without a history entry, so Back does not
/// return to the address it replaces.
fn replace_address(url: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        history
            .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
            .ok();
    }
}

/// The address's fragment, `#` included; empty when there is none.
fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Opens the report in the address's fragment, if there is one. `true` when there was.
fn open_fragment(dispatcher: &UseReducerDispatcher<RunState>) -> bool {
    let hash = current_fragment();
    if hash.len() <= 1 {
        return false;
    }
    // The link codec lives in the follow-up part, which a shared report draws anyway. While it
    // arrives, a run may start (it clears the address) or another link may be pasted: only
    // the link still in the address opens.
    let dispatcher = dispatcher.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let read = split::in_time(split::decode_link(hash.clone())).await;
        if current_fragment() != hash {
            return;
        }
        match read {
            Ok(Ok(evidence)) => dispatcher.dispatch(Action::OpenShared(Box::new(evidence))),
            // An r1 link: the extras' legacy reader rewrites it in the current format, which
            // replaces it in the address (so Back does not return to it) and opens like any link.
            Ok(Err(DecodeError::OlderFormat)) => {
                match split::in_time(split::upgrade_older_link(hash.clone())).await {
                    Ok(Ok(current)) => {
                        if current_fragment() == hash {
                            replace_fragment(&current);
                            open_fragment(&dispatcher);
                        }
                    }
                    Ok(Err(why)) => dispatcher.dispatch(Action::BadInput(Notice::Link(why))),
                    Err(PartMissing) => dispatcher.dispatch(Action::BadInput(Notice::PartMissing)),
                }
            }
            Ok(Err(error)) => dispatcher.dispatch(Action::BadInput(Notice::Link(error))),
            Err(PartMissing) => dispatcher.dispatch(Action::BadInput(Notice::PartMissing)),
        }
    });
    true
}

/// Owns the runs: the facts of the early run (started with `?run` before the app existed; it
/// is run number [`EarlyRun::RUN`], which the reducer's first `Start` gives), and the probes of
/// every later run.
#[hook]
pub fn use_run(state: &UseReducerHandle<RunState>, early: Option<EarlyRun>) {
    // Checked, not assumed: an early run whose number the reducer did not give is ignored.
    let early = early.filter(|_| state.run >= EarlyRun::RUN);
    {
        let dispatcher = state.dispatcher();
        use_effect_with(early.clone(), move |early| {
            if let Some(early) = early {
                let unavailable = dispatcher.clone();
                early.attach(
                    move |fact| {
                        dispatcher.dispatch(Action::Record {
                            run: EarlyRun::RUN,
                            fact,
                        })
                    },
                    move || unavailable.dispatch(Action::ProbesUnavailable(EarlyRun::RUN)),
                );
            }
        });
    }
    // A new run id means a run just started: launch its probes.
    let dispatcher = state.dispatcher();
    let started_early = early.is_some();
    use_effect_with(state.run, move |run| {
        let run = *run;
        if run > 0 && !(started_early && run == EarlyRun::RUN) {
            clear_fragment();
            let report = {
                let dispatcher = dispatcher.clone();
                std::rc::Rc::new(move |fact| dispatcher.dispatch(Action::Record { run, fact }))
            };
            let unavailable = move || dispatcher.dispatch(Action::ProbesUnavailable(run));
            split::start_run_or(run, report, std::rc::Rc::new(unavailable));
        }
    });
}

/// The detailed client hints (Windows 11, exact versions) arrive a moment after load.
#[hook]
pub fn use_browser_hints(dispatcher: UseReducerDispatcher<RunState>) {
    use_effect_with((), move |_| {
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(signals) = probe::browser::read_detailed().await {
                dispatcher.dispatch(Action::BrowserRead(signals));
            }
        });
    });
}

/// A shared report in the address's fragment: on load, and whenever the fragment changes (a
/// link pasted into an open tab only changes the fragment).
#[hook]
pub fn use_shared_report(dispatcher: UseReducerDispatcher<RunState>) {
    use_effect_with((), move |_| {
        open_fragment(&dispatcher);
        let listener = Closure::<dyn FnMut()>::new(move || {
            open_fragment(&dispatcher);
        });
        let window = web_sys::window();
        if let Some(w) = &window {
            w.add_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref())
                .ok();
        }
        move || {
            if let Some(w) = &window {
                w.remove_event_listener_with_callback(
                    "hashchange",
                    listener.as_ref().unchecked_ref(),
                )
                .ok();
            }
        }
    });
}

/// The follow-up module (steps, sharing, history, triage): loaded once a result is
/// coming (a first visit does not download it), handed each result, and listened to.
#[hook]
pub fn use_followup(state: &UseReducerHandle<RunState>) {
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.wants_followup(), move |wanted| {
            if *wanted {
                wasm_bindgen_futures::spawn_local(async move {
                    if !bridge::load_followup(PROBE_DEADLINE_MS).await {
                        dispatcher.dispatch(Action::FollowupUnavailable);
                    }
                });
            }
        });
    }

    // A result the follow-up module has not drawn within the deadline gets the plain steps.
    {
        let dispatcher = state.dispatcher();
        let done = state.phase == Phase::Done;
        use_effect_with((state.view, done), move |(view, done)| {
            if *done {
                let view = *view;
                wasm_bindgen_futures::spawn_local(async move {
                    gloo_timers::future::TimeoutFuture::new(PROBE_DEADLINE_MS).await;
                    dispatcher.dispatch(Action::FollowupOverdue(view));
                });
            }
        });
    }

    // Each result (and each refinement of it, such as triage answers) goes to the follow-up
    // module; a run under way clears it.
    // A finished result is encoded by the follow-up part (see [`split`]) before it is handed
    // over; a newer result, or a run starting, makes a pending one stale.
    {
        let finished = (state.phase == Phase::Done).then(|| state.evidence.clone());
        use_effect_with(
            (state.view, state.shared, finished),
            move |(key, shared, finished)| {
                let (key, shared) = (*key, *shared);
                let stale = std::rc::Rc::new(std::cell::Cell::new(false));
                match finished.clone() {
                    Some(evidence) => {
                        let stale = stale.clone();
                        wasm_bindgen_futures::spawn_local(async move {
                            if let Ok(handover) =
                                split::encode_handover(Box::new((*evidence).clone())).await
                            {
                                if !stale.get() {
                                    let handover = Some(handover);
                                    bridge::publish(&Published {
                                        key,
                                        handover,
                                        shared,
                                    });
                                }
                            }
                        });
                    }
                    None => bridge::publish(&Published {
                        key,
                        handover: None,
                        shared,
                    }),
                }
                move || stale.set(true)
            },
        );
    }

    // Its answers: drawn, failed, "Run the check again", triage answers.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let shown = {
                let dispatcher = dispatcher.clone();
                bridge::on_shown(move |view| dispatcher.dispatch(Action::FollowupShown(view)))
            };
            let failed = {
                let dispatcher = dispatcher.clone();
                bridge::listen(bridge::FAILED, move |_| {
                    dispatcher.dispatch(Action::FollowupUnavailable)
                })
            };
            let again = {
                let dispatcher = dispatcher.clone();
                bridge::listen(bridge::RUN_AGAIN, move |_| {
                    dispatcher.dispatch(start_action())
                })
            };
            let triage = bridge::listen(bridge::TRIAGE, move |detail| {
                let answers = detail
                    .as_f64()
                    .filter(|n| n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n))
                    .and_then(|n| engine::triage::Triage::from_number(n as u32));
                if let Some(answers) = answers {
                    dispatcher.dispatch(Action::Triage(answers));
                }
            });
            move || drop((shown, failed, again, triage))
        });
    }
}

/// The lookups (error codes, help-desk codes): their own app in the extras part, fetched and
/// drawn when the user asks for them, within the probe deadline.
#[hook]
pub fn use_lookups(state: &UseReducerHandle<RunState>) {
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.lookups_requested, move |requested| {
            if *requested {
                wasm_bindgen_futures::spawn_local(async move {
                    if split::in_time(split::start_lookups()).await.is_err() {
                        dispatcher.dispatch(Action::LookupsUnavailable);
                    }
                });
            }
        });
    }
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let shown = bridge::listen(bridge::TOOLS_SHOWN, move |_| {
                dispatcher.dispatch(Action::LookupsShown)
            });
            move || drop(shown)
        });
    }
    // The focus goes to the lookups once drawn, or back to the button that can ask again (it
    // was disabled while they loaded).
    let focus = if state.lookups_shown {
        Some("#error-code")
    } else if state.lookups_unavailable {
        Some("[data-action=\"open-lookups\"]")
    } else {
        None
    };
    use_effect_with(focus, |focus| {
        let target = focus.and_then(|selector| {
            web_sys::window()?
                .document()?
                .query_selector(selector)
                .ok()
                .flatten()
        });
        if let Some(target) = target.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
            target.focus().ok();
        }
    });
}
