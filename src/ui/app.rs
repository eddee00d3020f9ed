//! The root component: owns the state, starts runs, opens shared links, hands each result to
//! the follow-up module, and lays out the page. It is the only component that talks to probes.

use engine::share::{decode_current_link, encode_handover, DecodeError};
use engine::timing::PROBE_DEADLINE_MS;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::browser_panel::BrowserPanel;
use super::endpoints::EndpointList;
use super::fallback_steps::FallbackSteps;
use super::help::Help;
use super::progress::Progress;
use super::state::{Action, Phase, RunState};
use super::status_panel::StatusPanel;
use super::verdict::Verdict;
use crate::bridge::{self, Published};
use crate::early_run::EarlyRun;
use crate::probe;

fn start_action() -> Action {
    Action::Start {
        online: probe::run::online(),
        started_at_ms: Some(js_sys::Date::now()),
    }
}

/// Drops a shared report's fragment from the address, so a reload shows this browser's run.
fn clear_fragment() {
    if let Some(window) = web_sys::window() {
        let path = window.location().pathname().unwrap_or_default();
        let search = window.location().search().unwrap_or_default();
        if let Ok(history) = window.history() {
            history
                .replace_state_with_url(
                    &wasm_bindgen::JsValue::NULL,
                    "",
                    Some(&format!("{path}{search}")),
                )
                .ok();
        }
    }
}

/// Opens the report in the address's fragment, if there is one. `true` when there was.
fn open_fragment(dispatcher: &UseReducerDispatcher<RunState>) -> bool {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    if hash.len() <= 1 {
        return false;
    }
    match decode_current_link(&hash) {
        Ok(evidence) => dispatcher.dispatch(Action::OpenShared(Box::new(evidence))),
        Err(DecodeError::OlderFormat) => {
            wasm_bindgen_futures::spawn_local(open_older_link(hash, dispatcher.clone()))
        }
        Err(error) => dispatcher.dispatch(Action::BadInput(error.to_string())),
    }
    true
}

/// An r1 link: the follow-up module holds the legacy reader, so it converts the link and the
/// result opens like any other. If that module cannot load, the link cannot open: say so.
async fn open_older_link(hash: String, dispatcher: UseReducerDispatcher<RunState>) {
    let (send, answer) = futures::channel::oneshot::channel();
    let send = std::cell::Cell::new(Some(send));
    let _listener = bridge::listen(bridge::LINK_UPGRADED, move |detail| {
        if let Some(send) = send.take() {
            send.send(detail).ok();
        }
    });
    let opened = if bridge::load_followup(PROBE_DEADLINE_MS).await {
        bridge::send(bridge::UPGRADE_LINK, &hash.as_str().into());
        match crate::probe::deadline::within(PROBE_DEADLINE_MS, answer).await {
            Some(Ok(detail)) => match crate::probe::js::string(&detail, "link") {
                Some(link) => decode_current_link(&link).map_err(|e| e.to_string()),
                None => Err(crate::probe::js::string(&detail, "error")
                    .unwrap_or_else(|| DecodeError::OlderFormat.to_string())),
            },
            _ => Err(DecodeError::OlderFormat.to_string()),
        }
    } else {
        Err(DecodeError::OlderFormat.to_string())
    };
    match opened {
        Ok(evidence) => dispatcher.dispatch(Action::OpenShared(Box::new(evidence))),
        Err(message) => dispatcher.dispatch(Action::BadInput(message)),
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// A run whose probes started before the app was drawn (`?run`).
    #[prop_or_default]
    pub early: Option<EarlyRun>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let early = props.early.clone();
    let state = {
        let early = early.clone();
        use_reducer(move || {
            let fresh = RunState::with_browser(probe::browser::read_now());
            match early {
                Some(early) => {
                    let start = Action::Start {
                        online: early.online,
                        started_at_ms: Some(early.started_at_ms),
                    };
                    let running = std::rc::Rc::new(fresh).reduce(start);
                    debug_assert_eq!(running.run, EarlyRun::RUN);
                    (*running).clone()
                }
                None => fresh,
            }
        })
    };

    // The early run's facts, those that landed before this moment included.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(early.clone(), move |early| {
            if let Some(early) = early {
                early.attach(move |fact| {
                    dispatcher.dispatch(Action::Record {
                        run: EarlyRun::RUN,
                        fact,
                    })
                });
            }
        });
    }

    // The detailed client hints (Windows 11, exact versions) arrive a moment later.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(signals) = probe::browser::read_detailed().await {
                    dispatcher.dispatch(Action::BrowserRead(signals));
                }
            });
        });
    }

    // A new run id means a run just started: launch its probes.
    {
        let dispatcher = state.dispatcher();
        let started_early = early.is_some();
        use_effect_with(state.run, move |run| {
            let run = *run;
            if run > 0 && !(started_early && run == EarlyRun::RUN) {
                clear_fragment();
                probe::run::start(
                    run,
                    std::rc::Rc::new(move |fact| dispatcher.dispatch(Action::Record { run, fact })),
                );
            }
        });
    }

    // On load: a shared report in the fragment (`?run` was started before the app, in
    // `crate::start`). A link pasted into an open tab only changes the fragment, so later
    // changes are read too.
    {
        let dispatcher = state.dispatcher();
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

    // The follow-up module (steps, sharing, history) loads once there is a result to come;
    // a first visit does not download it. It has the probes' deadline.
    {
        let dispatcher = state.dispatcher();
        let wanted = state.wants_followup();
        use_effect_with(wanted, move |wanted| {
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
    {
        let published = Published {
            key: state.view,
            handover: (state.phase == Phase::Done).then(|| encode_handover(&state.evidence)),
            shared: state.shared,
        };
        use_effect_with(published, bridge::publish);
    }

    // The follow-up module's answers: "drawn", "failed", and its "Run the check again".
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
            let lookups = {
                let dispatcher = dispatcher.clone();
                bridge::listen(bridge::TOOLS_SHOWN, move |_| {
                    dispatcher.dispatch(Action::LookupsShown)
                })
            };
            let again = {
                let dispatcher = dispatcher.clone();
                bridge::listen(bridge::RUN_AGAIN, move |_| {
                    dispatcher.dispatch(start_action())
                })
            };
            // Answers to the triage questions, which the follow-up module draws.
            let triage = bridge::listen(bridge::TRIAGE, move |detail| {
                let answers = detail
                    .as_f64()
                    .filter(|n| n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n))
                    .and_then(|n| engine::triage::Triage::from_number(n as u32));
                if let Some(answers) = answers {
                    dispatcher.dispatch(Action::Triage(answers));
                }
            });
            move || drop((shown, failed, lookups, again, triage))
        });
    }

    // Asked for, the lookups take the keyboard focus from the "open" button that made way for
    // them; drawn because a run loaded the module, they leave the focus where it is.
    {
        let focus = state.lookups_shown && state.lookups_requested;
        use_effect_with(focus, |focus| {
            if *focus {
                let field = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("error-code"))
                    .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(field) = field {
                    field.focus().ok();
                }
            }
        });
    }

    let on_run = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(start_action()))
    };
    let on_lookups = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::OpenLookups))
    };
    let running = state.phase == Phase::Running;
    let label = match (state.phase, state.shared) {
        (Phase::Idle, _) => "Run the check",
        (Phase::Running, _) => "Checking…",
        (Phase::Done, true) => "Run a fresh check in this browser",
        (Phase::Done, false) => "Run the check again",
    };
    let (done, total) = state.progress();
    let done_view = state.phase == Phase::Done;
    let busy = state.run_state() == Phase::Running.id();
    let shared_date = state
        .shared
        .then(|| {
            state
                .evidence
                .started_at_ms
                .map(|ms| engine::environment::format_utc(ms, false))
        })
        .flatten();

    html! {
        <>
            <header class="masthead">
                <h1>{ "Can this browser reach QuickBooks Online?" }</h1>
                <p class="lede">
                    { "One click tests whether this browser can reach each Intuit host that QuickBooks Online needs, reads Intuit's status page, and tells you where a problem most likely is: this device, your network, or Intuit." }
                </p>
                <p class="fine">
                    { "An independent tool, not made by or affiliated with Intuit. The test runs in your browser; nothing about you is sent anywhere, and it only contacts Intuit's own hosts. Its test images load like any Intuit picture on the web, so your browser may send its intuit.com cookies with them; its other requests send none." }
                </p>
            </header>
            if let Some(notice) = &state.notice {
                <div class="notice" role="alert">{ notice }</div>
            }
            <div class="actions">
                <button type="button" class="run" data-action="run" onclick={on_run} disabled={running} aria-describedby="progress">
                    { label }
                </button>
            </div>
            <section id="results" class="results" data-run-state={state.run_state()}
                data-view={state.shared.then_some("shared-report")}
                aria-label={if state.shared { "Shared report" } else { "Results" }} aria-busy={busy.to_string()}>
                if state.shared {
                    <p class="shared-banner">
                        <strong>{ match &shared_date { Some(d) => format!("Shared report from {d}"), None => "Shared report".to_string() } }</strong>
                        { ". These results were measured in someone else's browser and are read-only here. Run a fresh check to test this browser." }
                    </p>
                } else {
                    <Progress phase={state.phase} done={done} total={total} />
                }
                <Verdict findings={state.findings.clone()} />
                // The follow-up module draws into this element; it is always here, at the same
                // place, so re-rendering this module never replaces it.
                <div id={bridge::FOLLOWUP_SLOT} class="followup"></div>
                if done_view && state.followup_unavailable {
                    <FallbackSteps findings={state.findings.clone()} triage={state.evidence.triage} />
                }
                <EndpointList state={state.clone()} />
                <StatusPanel reading={state.evidence.status.clone()} phase={state.phase} shared={state.shared} />
                <BrowserPanel state={state.clone()} />
            </section>
            <section class="lookups" aria-label="Lookups">
                // The follow-up module draws the error-code and help-desk-code lookups here.
                <div id={bridge::TOOLS_SLOT}></div>
                if !state.lookups_shown {
                    <h2>{ "Look up an error code or a help-desk code" }</h2>
                    if state.followup_unavailable {
                        <p class="notice" role="alert">{ "The lookups could not load. Reload the page to try again." }</p>
                    } else {
                        <p>{ "What a code such as 502, 12007 or \"Access Denied\" means, or what a qbo-check help-desk code (QBC…) says." }</p>
                        <button type="button" class="secondary" data-action="open-lookups" onclick={on_lookups}
                            disabled={state.lookups_requested} aria-describedby="lookups-note">
                            { if state.lookups_requested { "Opening the lookups…" } else { "Open the lookups" } }
                        </button>
                        <span id="lookups-note" class="fine">{ " (a second part of this page, loaded only when needed)" }</span>
                    }
                }
            </section>
            <Help />
            <footer class="footer">
                <p>{ format!("qbo-check {} · host list checked November 2026 · ", env!("CARGO_PKG_VERSION")) }
                   { "Intuit and QuickBooks are trademarks of Intuit Inc." }</p>
            </footer>
        </>
    }
}
