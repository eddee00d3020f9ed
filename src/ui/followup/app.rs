//! The follow-up module's root: takes each result the first module hands over and draws the
//! fix steps, the sharing tools, this device's history and the IT handout for it, then says
//! so, which lets the first module mark the run `done`. The facts list and the lookups go into
//! the first module's other slots through portals, so one subscription serves them all.

use engine::share::encode_link;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::facts::Facts;
use super::findings::Findings;
use super::fixes::Fixes;
use super::handout::Handout;
use super::history_panel::HistoryPanel;
use super::share_bar::ShareBar;
use super::state::{FollowupAction, FollowupState};
use super::tools::Tools;
use super::triage_form::TriageForm;
use super::watch::state::{Round, WatchAction};
use super::watch::{driver, WatchPanel};
use crate::bridge::{self, Published};
use crate::storage;

/// The first round of a watch started by `?watch`: the check just drawn, judged.
fn first_round(evidence: &engine::evidence::Evidence) -> Round {
    Round {
        at_s: 0,
        control: evidence
            .control_verdict()
            .map_or(engine::outcome::Outcome::NotRun, |v| v.outcome),
        hosts: evidence
            .judged()
            .iter()
            .map(|j| (j.endpoint.id, j.verdict.outcome))
            .collect(),
    }
}

/// `?watch`'s value as the loader read it: `None` without `?watch`.
fn watch_parameter() -> Option<String> {
    crate::js::window().and_then(|w| crate::js::string(&w, "qboCheckWatch"))
}

fn received(result: Published) -> FollowupAction {
    FollowupAction::Received {
        key: result.key,
        handover: result.handover,
        shared: result.shared,
    }
}

/// One of the first module's slots, where the page has it (a test page may not).
fn slot(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

#[component]
pub fn Followup() -> Html {
    let state = use_reducer(FollowupState::default);

    // The result published before this module started, then every later one.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            if let Some(result) = bridge::latest() {
                dispatcher.dispatch(received(result));
            }
            let listener = bridge::on_result(move |result| dispatcher.dispatch(received(result)));
            move || drop(listener)
        });
    }
    let slots = use_memo((), |_| {
        (
            slot(bridge::FACTS_SLOT),
            slot(bridge::TOOLS_SLOT),
            slot(bridge::FINDINGS_SLOT),
        )
    });

    // A live result (not someone's shared link) goes into this device's history, once.
    {
        let dispatcher = state.dispatcher();
        let live = state.live_evidence().cloned();
        use_effect_with((state.key, live.is_some()), move |(key, _)| {
            if let Some(evidence) = live {
                let stored = storage::load();
                let previous = stored
                    .last()
                    .and_then(|link| engine::share::decode_link(link).ok())
                    .map(Box::new);
                let count = if storage::append(&encode_link(&evidence)) {
                    (stored.len() + 1).min(storage::KEEP)
                } else {
                    0
                };
                dispatcher.dispatch(FollowupAction::HistoryLoaded {
                    key: *key,
                    previous,
                    count,
                });
            }
        });
    }

    // Watch mode. `alive` tells a running loop whether it is still the current one.
    let alive: driver::Alive =
        (*use_memo((), |_| std::rc::Rc::new(std::cell::Cell::new(0u32)))).clone();
    let on_watch = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action: WatchAction| {
            dispatcher.dispatch(FollowupAction::Watch(action))
        })
    };
    // `?watch` or `?watch=N`: once the first live result is drawn, it becomes round 1.
    {
        let on_watch = on_watch.clone();
        let live = state.live_evidence().cloned();
        let autostarted = use_mut_ref(|| false);
        use_effect_with(live.is_some(), move |_| {
            if let Some(evidence) = live {
                if !*autostarted.borrow() {
                    *autostarted.borrow_mut() = true;
                    if let Some(value) = watch_parameter() {
                        let value = (!value.is_empty()).then_some(value.as_str());
                        on_watch.emit(WatchAction::FromAddress(
                            engine::watch::interval_from_query(value),
                        ));
                        on_watch.emit(WatchAction::Start {
                            started_at_ms: evidence.started_at_ms.unwrap_or_else(js_sys::Date::now),
                            first: Some(first_round(&evidence)),
                        });
                    }
                }
            }
        });
    }
    // A started watch gets its loop; a stopped one's loop sees the new generation and ends.
    {
        let watch = &state.watch;
        let start = watch.watching.then(|| {
            let w = watch.watch.as_ref();
            (
                watch.interval_s,
                w.map_or_else(js_sys::Date::now, |w| w.started_at_ms),
                w.is_some_and(|w| w.rounds() > 0),
            )
        });
        let (alive, on_watch) = (alive.clone(), on_watch.clone());
        use_effect_with(
            (watch.generation, watch.watching),
            move |(generation, _)| {
                alive.set(*generation);
                if let Some((interval_s, started_at_ms, first_done)) = start {
                    driver::start(
                        *generation,
                        interval_s,
                        started_at_ms,
                        first_done,
                        alive,
                        on_watch,
                    );
                }
            },
        );
    }
    // A watch that ended goes into this device's history, once, with the check it began with.
    {
        let ended = (!state.watch.watching)
            .then(|| state.watch.watch.clone())
            .flatten()
            .filter(|w| w.rounds() > 0);
        let live = state.live_evidence().cloned();
        let saved = use_mut_ref(|| None::<f64>);
        let key = ended
            .as_ref()
            .map(|w| (w.started_at_ms.to_bits(), w.rounds()));
        use_effect_with(key, move |_| {
            if let (Some(watch), Some(evidence)) = (ended, live) {
                if *saved.borrow() != Some(watch.started_at_ms) {
                    *saved.borrow_mut() = Some(watch.started_at_ms);
                    storage::append(&engine::share::encode_watched_link(&evidence, Some(&watch)));
                }
            }
        });
    }

    // A shared report's watch is read from the link itself: the first module skips it.
    let shared_watch = use_memo(
        (
            state.key,
            state.result.as_ref().is_some_and(|shown| shown.shared),
        ),
        |(_, shared)| {
            let hash = web_sys::window()?.location().hash().ok()?;
            shared
                .then(|| engine::share::decode_watched_link(&hash).ok()?.1)
                .flatten()
        },
    );

    // Drawn: tell the first module (effects run once the DOM is updated).
    {
        let drawn = state.result.is_some() || state.notice.is_some();
        use_effect_with((state.key, drawn), |(key, drawn)| {
            if *drawn {
                bridge::send(bridge::SHOWN, &JsValue::from(*key));
            }
        });
    }

    let on_rerun = Callback::from(|_: MouseEvent| bridge::send(bridge::RUN_AGAIN, &JsValue::NULL));
    // The first module re-diagnoses with the answers and hands the refined result back.
    let on_triage = Callback::from(|triage: engine::triage::Triage| {
        bridge::send(bridge::TRIAGE, &JsValue::from(triage.to_number()))
    });
    let on_forget = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            storage::forget();
            dispatcher.dispatch(FollowupAction::HistoryForgotten);
        })
    };

    let (facts_slot, tools_slot, findings_slot) = &*slots;
    let tools = match tools_slot {
        Some(host) => create_portal(html! { <Tools /> }, host.clone()),
        None => html! {},
    };
    let facts = match (facts_slot, &state.result) {
        (Some(host), Some(shown)) => create_portal(
            html! { <Facts evidence={shown.evidence.clone()} /> },
            host.clone(),
        ),
        _ => html! {},
    };
    let findings = match (findings_slot, &state.result) {
        (Some(host), Some(shown)) => create_portal(
            html! { <Findings findings={shown.findings.clone()} /> },
            host.clone(),
        ),
        _ => html! {},
    };
    let main = match (&state.notice, &state.result) {
        (Some(notice), _) => html! { <div class="notice" role="alert">{ notice }</div> },
        (None, Some(shown)) => {
            // The live watch travels with the result in the summary, report and link.
            let watch = if shown.shared {
                (*shared_watch).clone()
            } else {
                state.watch.watch.clone()
            };
            html! {
                <>
                    // Results first: what to do, then one way to pass it on, then the rest.
                    <Fixes findings={shown.findings.clone()} triage={shown.evidence.triage}
                    handout={AttrValue::from(super::handout::handout_text(&shown.evidence))}
                        detection={shown.evidence.detection()} on_rerun={on_rerun} />
                    <ShareBar evidence={shown.evidence.clone()} findings={shown.findings.clone()} watch={watch} />
                    // Someone else's report shows its watch, if it has one, and offers none.
                    if !shown.shared || shared_watch.is_some() {
                    <WatchPanel state={state.watch.clone()}
                        shared={shown.shared.then(|| (*shared_watch).clone()).flatten()}
                        on_start={on_watch.reform(|_| WatchAction::Start { started_at_ms: js_sys::Date::now(), first: None })}
                        on_stop={on_watch.reform(|_| WatchAction::Stop)}
                        on_interval={on_watch.reform(WatchAction::Interval)} />
                    }
                    // The first check stored on this device has nothing to compare with: no block.
                    if !shown.shared && (shown.history_count != 1 || shown.previous.is_some()) {
                        <HistoryPanel changes={shown.changes()} count={shown.history_count} on_forget={on_forget} />
                    }
                    // Folded: on a network verdict its list is also in the step that asks IT.
                    <Handout evidence={shown.evidence.clone()} open=false />
                    if !shown.shared {
                        <TriageForm triage={shown.evidence.triage} on_change={on_triage} />
                    }
                </>
            }
        }
        (None, None) => html! {},
    };
    html! { <>{ main }{ facts }{ findings }{ tools }</> }
}
