//! The root component: owns the state, starts runs, opens shared links, keeps history, and
//! lays out the page. It is the only component that talks to probes and storage.

use engine::share::{decode_link, encode_link};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::browser_panel::BrowserPanel;
use super::code_lookup::CodeLookup;
use super::endpoints::EndpointList;
use super::error_lookup::ErrorLookup;
use super::fixes::Fixes;
use super::handout::Handout;
use super::help::Help;
use super::history_panel::HistoryPanel;
use super::progress::Progress;
use super::share_bar::ShareBar;
use super::state::{wants_autostart, Action, Phase, RunState};
use super::status_panel::StatusPanel;
use super::triage_form::TriageForm;
use super::verdict::Verdict;
use crate::{probe, storage};

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
    match decode_link(&hash) {
        Ok(evidence) => dispatcher.dispatch(Action::OpenShared(evidence)),
        Err(error) => dispatcher.dispatch(Action::BadInput(error.to_string())),
    }
    true
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| RunState::with_browser(probe::browser::read_now()));

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
        use_effect_with(state.run, move |run| {
            let run = *run;
            if run > 0 {
                clear_fragment();
                probe::run::start(run, move |fact| {
                    dispatcher.dispatch(Action::Record { run, fact })
                });
            }
        });
    }

    // On load: a shared report in the fragment, or `?run` to start at once. A link pasted into
    // an open tab only changes the fragment, so later changes are read too.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let search = web_sys::window()
                .and_then(|w| w.location().search().ok())
                .unwrap_or_default();
            if !open_fragment(&dispatcher) && wants_autostart(&search) {
                dispatcher.dispatch(start_action());
            }
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

    // A finished run of this browser goes into this device's history.
    {
        let dispatcher = state.dispatcher();
        let done = state.phase == Phase::Done && !state.shared;
        let evidence = state.evidence.clone();
        use_effect_with((state.run, done), move |(_, done)| {
            if *done {
                let stored = storage::load();
                let previous = stored.last().and_then(|link| decode_link(link).ok());
                let count = if storage::append(&encode_link(&evidence)) {
                    (stored.len() + 1).min(storage::KEEP)
                } else {
                    0
                };
                dispatcher.dispatch(Action::HistoryLoaded { previous, count });
            }
        });
    }

    let on_run = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(start_action()))
    };
    let on_triage = {
        let dispatcher = state.dispatcher();
        Callback::from(move |triage| dispatcher.dispatch(Action::Triage(triage)))
    };
    let on_forget = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            storage::forget();
            dispatcher.dispatch(Action::HistoryForgotten);
        })
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
                    { "An independent tool, not made by or affiliated with Intuit. The test runs in your browser; nothing about you is sent anywhere, and it only contacts Intuit's own hosts." }
                </p>
            </header>
            if let Some(notice) = &state.notice {
                <div class="notice" role="alert">{ notice }</div>
            }
            <div class="actions">
                <button type="button" class="run" data-action="run" onclick={on_run.clone()} disabled={running} aria-describedby="progress">
                    { label }
                </button>
            </div>
            <section id="results" class="results" data-run-state={state.phase.id()}
                data-view={state.shared.then_some("shared-report")}
                aria-label={if state.shared { "Shared report" } else { "Results" }} aria-busy={running.to_string()}>
                if state.shared {
                    <p class="shared-banner">
                        <strong>{ match &shared_date { Some(d) => format!("Shared report from {d}"), None => "Shared report".to_string() } }</strong>
                        { ". These results were measured in someone else's browser and are read-only here. Run a fresh check to test this browser." }
                    </p>
                } else {
                    <Progress phase={state.phase} done={done} total={total} />
                }
                <Verdict findings={state.findings.clone()} />
                if done_view {
                    <ShareBar evidence={state.evidence.clone()} findings={state.findings.clone()} />
                    <Fixes findings={state.findings.clone()} triage={state.evidence.triage}
                        detection={state.detection()} on_rerun={on_run.clone()} />
                }
                if done_view && !state.shared {
                    <HistoryPanel changes={state.changes()} count={state.history_count} on_forget={on_forget} />
                }
                <EndpointList state={state.clone()} />
                <StatusPanel reading={state.evidence.status.clone()} phase={state.phase} />
                <BrowserPanel state={state.clone()} />
                if done_view {
                    <Handout evidence={state.evidence.clone()} />
                }
            </section>
            if !state.shared {
                <TriageForm triage={state.evidence.triage} on_change={on_triage} />
            }
            <ErrorLookup />
            <CodeLookup />
            <Help />
            <footer class="footer">
                <p>{ format!("qbo-check {} · host list checked November 2026 · ", env!("CARGO_PKG_VERSION")) }
                   { "Intuit and QuickBooks are trademarks of Intuit Inc." }</p>
            </footer>
        </>
    }
}
