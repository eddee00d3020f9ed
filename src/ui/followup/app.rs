//! The follow-up module's root: takes each result the first module hands over and draws the
//! fix steps, the sharing tools, this device's history and the IT handout for it, then says
//! so, which lets the first module mark the run `done`. The facts list and the lookups go into
//! the first module's other slots through portals, so one subscription serves them all.

use engine::share::encode_link;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::facts::Facts;
use super::fixes::Fixes;
use super::handout::Handout;
use super::history_panel::HistoryPanel;
use super::share_bar::ShareBar;
use super::state::{FollowupAction, FollowupState};
use super::tools::Tools;
use super::triage_form::TriageForm;
use crate::bridge::{self, Published};
use crate::storage;

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
    let slots = use_memo((), |_| (slot(bridge::FACTS_SLOT), slot(bridge::TOOLS_SLOT)));

    // A live result (not someone's shared link) goes into this device's history, once.
    {
        let dispatcher = state.dispatcher();
        let live = state
            .result
            .as_ref()
            .filter(|shown| !shown.shared)
            .map(|shown| shown.evidence.clone());
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

    let (facts_slot, tools_slot) = &*slots;
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
    let main = match (&state.notice, &state.result) {
        (Some(notice), _) => html! { <div class="notice" role="alert">{ notice }</div> },
        (None, Some(shown)) => html! {
            <>
                // Results first: what to do, then one way to pass it on, then the rest.
                <Fixes findings={shown.findings.clone()} triage={shown.evidence.triage}
                    detection={shown.evidence.detection()} on_rerun={on_rerun} />
                <ShareBar evidence={shown.evidence.clone()} findings={shown.findings.clone()} />
                // The first check stored on this device has nothing to compare with: no block.
                if !shown.shared && (shown.history_count != 1 || shown.previous.is_some()) {
                    <HistoryPanel changes={shown.changes()} count={shown.history_count} on_forget={on_forget} />
                }
                <Handout evidence={shown.evidence.clone()}
                    open={shown.findings.first().is_some_and(|f| f.fault == engine::diagnose::Fault::Network)} />
                if !shown.shared {
                    <TriageForm triage={shown.evidence.triage} on_change={on_triage} />
                }
            </>
        },
        (None, None) => html! {},
    };
    html! { <>{ main }{ facts }{ tools }</> }
}
