//! The root component: owns the state, starts runs, lays out the page.

use yew::prelude::*;

use super::browser_panel::BrowserPanel;
use super::endpoints::EndpointList;
use super::error_lookup::ErrorLookup;
use super::fixes::Fixes;
use super::handout::Handout;
use super::help::Help;
use super::progress::Progress;
use super::state::{wants_autostart, Action, Phase, RunState};
use super::status_panel::StatusPanel;
use super::triage_form::TriageForm;
use super::verdict::Verdict;
use crate::probe;

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
                probe::run::start(run, move |fact| {
                    dispatcher.dispatch(Action::Record { run, fact })
                });
            }
        });
    }

    // `?run` starts the check as soon as the page is up.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let search = web_sys::window()
                .and_then(|w| w.location().search().ok())
                .unwrap_or_default();
            if wants_autostart(&search) {
                dispatcher.dispatch(Action::Start {
                    online: probe::run::online(),
                });
            }
        });
    }

    let on_run = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(Action::Start {
                online: probe::run::online(),
            })
        })
    };
    let on_triage = {
        let dispatcher = state.dispatcher();
        Callback::from(move |triage| dispatcher.dispatch(Action::Triage(triage)))
    };
    let running = state.phase == Phase::Running;
    let label = match state.phase {
        Phase::Idle => "Run the check",
        Phase::Running => "Checking…",
        Phase::Done => "Run the check again",
    };
    let (done, total) = state.progress();

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
            <div class="actions">
                <button type="button" class="run" data-action="run" onclick={on_run.clone()} disabled={running} aria-describedby="progress">
                    { label }
                </button>
            </div>
            <section id="results" class="results" data-run-state={state.phase.id()} aria-label="Results" aria-busy={running.to_string()}>
                <Progress phase={state.phase} done={done} total={total} />
                <Verdict findings={state.findings.clone()} />
                if state.phase == Phase::Done {
                    <Fixes findings={state.findings.clone()} triage={state.evidence.triage}
                        detection={state.detection()} on_rerun={on_run.clone()} />
                }
                <EndpointList state={state.clone()} />
                <StatusPanel reading={state.evidence.status.clone()} phase={state.phase} />
                <BrowserPanel state={state.clone()} />
                if state.phase == Phase::Done {
                    <Handout evidence={state.evidence.clone()} />
                }
            </section>
            <TriageForm triage={state.evidence.triage} on_change={on_triage} />
            <ErrorLookup />
            <Help />
            <footer class="footer">
                <p>{ format!("qbo-check {} · host list checked November 2026 · ", env!("CARGO_PKG_VERSION")) }
                   { "Intuit and QuickBooks are trademarks of Intuit Inc." }</p>
            </footer>
        </>
    }
}
