//! The root component: owns the state, starts runs, opens shared links, hands each result to
//! the follow-up module, and lays out the page. It is the only component that talks to probes.

use yew::prelude::*;

use super::browser_panel::BrowserPanel;
use super::endpoints::EndpointList;
use super::fallback_steps::FallbackSteps;
use super::hooks::{
    start_action, use_browser_hints, use_followup, use_lookups, use_run, use_shared_report,
};
use super::progress::Progress;
use super::state::{Action, Phase, RunState};
use super::status_panel::StatusPanel;
use super::verdict::Verdict;
use super::words::{use_language, use_words};
use crate::bridge;
use crate::early_run::EarlyRun;
use crate::probe;
use engine::message::PageText;

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
                    (*std::rc::Rc::new(fresh).reduce(start)).clone()
                }
                None => fresh,
            }
        })
    };

    use_run(&state, early.clone());
    use_browser_hints(state.dispatcher());
    use_shared_report(state.dispatcher());
    use_followup(&state);
    use_lookups(&state);
    use_language();
    let words = use_words();

    let on_run = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(start_action()))
    };
    let on_lookups = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::OpenLookups))
    };
    let running = state.phase == Phase::Running;
    let label = words.say(match (state.phase, state.shared) {
        (Phase::Idle, _) => PageText::RunIdle,
        (Phase::Running, _) => PageText::RunRunning,
        (Phase::Done, true) => PageText::RunFresh,
        (Phase::Done, false) => PageText::RunAgain,
    });
    let (done, total) = state.progress();
    let done_view = state.phase == Phase::Done;
    let busy = state.run_state() == Phase::Running;
    let verdicts = std::rc::Rc::new(
        engine::catalogue::ENDPOINTS
            .iter()
            .map(|e| state.verdict(e.id))
            .collect::<Vec<_>>(),
    );
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
            if let Some(notice) = state.notice {
                { words.notice(notice) }
            }
            <div class="actions">
                <button type="button" class="run" data-action="run" onclick={on_run} disabled={running} aria-describedby="progress" lang={words.lang()}>
                    { label }
                </button>
            </div>
            <section id="results" class="results" data-run-state={state.run_state().id()}
                data-view={state.shared.then_some("shared-report")}
                aria-label={words.attr(if state.shared { PageText::SharedReport } else { PageText::Results })} aria-busy={busy.to_string()}>
                if state.shared {
                    <p class="shared-banner" lang={words.lang()}>
                        <strong>{ match &shared_date { Some(d) => format!("{}{d}", words.say(PageText::SharedFrom)), None => words.say(PageText::SharedReport) } }</strong>
                        { words.text(PageText::SharedNote) }
                    </p>
                } else {
                    <Progress phase={state.phase} done={done} total={total} words={words} />
                }
                <Verdict findings={state.findings.clone()} words={words}
                    incident={state.evidence.status.as_ref().and_then(|s| s.first_incident()).map(|n| AttrValue::from(n.as_str().to_string()))} />
                // The follow-up module draws into this element; it is always here, at the same
                // place, so re-rendering this module never replaces it.
                <div id={bridge::FOLLOWUP_SLOT} class="followup"></div>
                // Every finding, ranked: folded, drawn by the follow-up module into the slot, which
                // is always in place (hidden while there is nothing to fold).
                <details class="findings-fold fold" hidden={state.findings.is_empty() || state.followup_unavailable}>
                    <summary lang={words.lang()}><h2>{ words.text(PageText::WhyThisVerdict) }</h2>
                        <span class="show">{ words.text(PageText::FindingCount(state.findings.len())) }</span></summary>
                    <div id={bridge::FINDINGS_SLOT}></div>
                </details>
                if done_view && state.followup_unavailable {
                    <FallbackSteps findings={state.findings.clone()} triage={state.evidence.triage} words={words} />
                }
                <EndpointList verdicts={verdicts} running={state.phase == Phase::Running}
                    status_error={match &state.evidence.status {
                        Some(engine::status_page::StatusReading::HttpError { status }) => Some(*status),
                        _ => None,
                    }} {words} />
                <StatusPanel reading={state.evidence.status.clone()} phase={state.phase} shared={state.shared} {words} />
                <BrowserPanel detection={state.detection()} {words} />
            </section>
            <details class="lookups fold" aria-label={words.attr(PageText::LookupsName)} open={state.lookups_requested || state.lookups_unavailable} lang={words.lang()}>
                <summary><h2>{ words.text(PageText::LookupsTitle) }</h2></summary>
                // The lookups' own part draws the error-code and help-desk-code lookups here, each
                // marked with the language its words are in (src/ui/lookups/mod.rs).
                <div id={bridge::TOOLS_SLOT}></div>
                if !state.lookups_shown {
                    if state.lookups_unavailable {
                        <p class="notice" role="alert" lang={words.lang()}>{ words.text(PageText::LookupsFailed) }</p>
                    }
                    <p lang={words.lang()}>{ words.text(PageText::LookupsWhat) }</p>
                    <button type="button" class="secondary" data-action="open-lookups" onclick={on_lookups}
                        disabled={state.lookups_requested} aria-describedby="lookups-note" lang={words.lang()}>
                        { words.text(PageText::LookupsOpen { opening: state.lookups_requested }) }
                    </button>
                    <span id="lookups-note" class="fine" lang={words.lang()}>{ words.text(PageText::LookupsLater) }</span>
                }
                // loader.js reads the chosen (or dropped) file with the follow-up module.
                <label class="open-report" lang={words.lang()}>{ words.text(PageText::OpenReport) }
                    <input type="file" accept=".json,application/json" data-action="open-report" /></label>
            </details>
            <footer class="footer">
                <p lang={words.lang()}>{ format!("qbo-check {} · {} · {}", env!("CARGO_PKG_VERSION"),
                    words.say(PageText::HostsChecked(engine::calendar::CHECKED)), words.say(PageText::Trademark)) }</p>
            </footer>
        </>
    }
}
