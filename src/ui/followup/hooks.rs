//! The follow-up module's effects, one named hook per thing it owns: the results handed over,
//! this device's history, watch mode's loop and its saving, a shared report's watch, and the
//! signal that a result is drawn. The components render what these give them.

use std::rc::Rc;

use engine::notice::Notice;
use engine::share::encode_link;
use engine::ticket::{Ticket, TicketError};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::state::{FollowupAction, FollowupState, Refusal};
use super::watch::driver;
use super::watch::state::{Round, WatchAction};
use crate::bridge::{self, Published};
use crate::storage;
use crate::ui::words::Words;

type State = UseReducerHandle<FollowupState>;

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
    // A shared report's tag is in its link (the first module skips it); a live run's is the
    // address's.
    // A link the first module opened but the full reader refuses has a ticket section that
    // breaks the rule: the result stands, without the tag, and the page says so.
    let (ticket, problem) = if result.shared {
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        match engine::share::decode_current_with_ticket(&hash) {
            Ok(evidence) => (evidence.ticket, None),
            // The first module opened this link, so only its ticket section can be wrong.
            Err(_) => (None, Some(Notice::TicketLeftOut)),
        }
    } else {
        (address_ticket().ok().flatten(), None)
    };
    FollowupAction::Received {
        key: result.key,
        handover: result.handover,
        shared: result.shared,
        ticket,
        problem,
    }
}

/// A help desk's `?ticket=`, as loader.js read it: the tag, or why it was refused.
fn address_ticket() -> Result<Option<Ticket>, TicketError> {
    match crate::js::window().and_then(|w| crate::js::string(&w, "qboCheckTicket")) {
        None => Ok(None),
        Some(text) => Ticket::parse(&text).map(Some),
    }
}

/// This visit's ticket tag from the address, read once: shown before any result, and the reason
/// it was refused, if it was.
#[hook]
pub fn use_address_ticket() -> Rc<Result<Option<Ticket>, TicketError>> {
    use_memo((), |_| address_ticket())
}

/// "Open a saved report": loader.js leaves the chosen or dropped file in
/// `window.qboCheckReportFile` and announces it (it may do so before this module has started,
/// hence the slot). It is read here; a good report's link becomes the address's fragment, which
/// the first module opens as a shared report, and a refused one says why.
#[hook]
pub fn use_report_files(dispatcher: UseReducerDispatcher<FollowupState>) {
    use_effect_with((), move |_| {
        let open = move || {
            let Some(window) = crate::js::window() else {
                return;
            };
            let Some(file) = crate::js::get(&window, REPORT_FILE) else {
                return;
            };
            js_sys::Reflect::delete_property(&window.clone().into(), &REPORT_FILE.into()).ok();
            let done = {
                let dispatcher = dispatcher.clone();
                Callback::from(move |read: Result<String, Refusal>| match read {
                    Ok(link) => {
                        dispatcher.dispatch(FollowupAction::Refused(None));
                        show_in_address(&link);
                    }
                    Err(why) => dispatcher.dispatch(FollowupAction::Refused(Some(why))),
                })
            };
            // The reader is in the extras part: only help desks open files.
            let dispatcher = dispatcher.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let started =
                    crate::split::in_time(crate::split::read_report_file(file, done)).await;
                if started.is_err() {
                    dispatcher.dispatch(FollowupAction::Refused(Some(Refusal::Notice(
                        Notice::PartMissing,
                    ))));
                }
            });
        };
        open();
        let listener = bridge::listen(bridge::OPEN_REPORT, move |_| open());
        move || drop(listener)
    });
}

/// Where loader.js leaves a report file for [`use_report_files`].
const REPORT_FILE: &str = "qboCheckReportFile";

/// Puts a report's link in the address, which opens it (the first module listens for the
/// change), and brings the result into view.
fn show_in_address(link: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    if location.hash().ok().as_deref() == Some(&format!("#{link}")) {
        // The same link is the address already: no `hashchange` would fire, so send one.
        if let Ok(event) = web_sys::Event::new("hashchange") {
            window.dispatch_event(&event).ok();
        }
    } else {
        location.set_hash(link).ok();
    }
    if let Some(results) = window
        .document()
        .and_then(|d| d.get_element_by_id("results"))
    {
        results.scroll_into_view();
    }
}

/// Every result the first module hands over: the one published before this module started,
/// then each later one.
#[hook]
pub fn use_results(dispatcher: UseReducerDispatcher<FollowupState>) {
    use_effect_with((), move |_| {
        if let Some(result) = bridge::latest() {
            dispatcher.dispatch(received(result));
        }
        let listener = bridge::on_result(move |result| dispatcher.dispatch(received(result)));
        move || drop(listener)
    });
}

/// A live result (not someone's shared link) goes into this device's history, once, and the
/// previous run comes back for "what changed".
#[hook]
pub fn use_history(state: &State) {
    let dispatcher = state.dispatcher();
    let live = state.live_evidence().cloned();
    use_effect_with((state.key, live.is_some()), move |(key, _)| {
        if let Some(evidence) = live {
            let stored = storage::load();
            let previous = stored
                .last()
                // An entry stored before the current link format is not compared: the
                // follow-up part does not carry the older reader (docs/ARCHITECTURE.md).
                .and_then(|link| engine::share::decode_current_with_ticket(link).ok())
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

/// Watch mode: `?watch` starts it on the first live result; a started watch gets its loop; an
/// ended one is saved to this device's history. Returns the callback the watch panel uses.
#[hook]
pub fn use_watch(state: &State) -> Callback<WatchAction> {
    let on_watch = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action: WatchAction| {
            dispatcher.dispatch(FollowupAction::Watch(action))
        })
    };
    use_watch_from_address(state, on_watch.clone());
    use_watch_loop(state, on_watch.clone());
    use_saved_watch(state);
    on_watch
}

/// `?watch` or `?watch=N`: once the first live result is drawn, it becomes round 1.
#[hook]
fn use_watch_from_address(state: &State, on_watch: Callback<WatchAction>) {
    let live = state.live_evidence().cloned();
    let autostarted = use_mut_ref(|| false);
    use_effect_with(live.is_some(), move |_| {
        let Some(evidence) = live else { return };
        if *autostarted.borrow() {
            return;
        }
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
    });
}

/// A started watch gets its loop; a stopped one's loop sees the new generation and ends.
/// `alive` tells a running loop whether it is still the current one.
#[hook]
fn use_watch_loop(state: &State, on_watch: Callback<WatchAction>) {
    let alive: driver::Alive = (*use_memo((), |_| Rc::new(std::cell::Cell::new(0u32)))).clone();
    let watch = &state.watch;
    let start = watch.watching.then(|| {
        let w = watch.watch.as_ref();
        (
            watch.interval_s,
            w.map_or_else(js_sys::Date::now, |w| w.started_at_ms),
            w.is_some_and(|w| w.rounds() > 0),
        )
    });
    use_effect_with(
        (watch.generation, watch.watching),
        move |(generation, _)| {
            alive.set(*generation);
            if let Some((interval_s, started_at_ms, first_done)) = start {
                // The round loop is in the extras part: most runs never watch.
                let generation = *generation;
                wasm_bindgen_futures::spawn_local(async move {
                    let unavailable = on_watch.clone();
                    let loaded = crate::split::in_time(crate::split::start_watch_rounds(
                        generation,
                        interval_s,
                        started_at_ms,
                        first_done,
                        alive,
                        on_watch,
                    ))
                    .await;
                    if loaded.is_err() {
                        unavailable.emit(WatchAction::Unavailable { generation });
                    }
                });
            }
        },
    );
}

/// A watch that ended goes into this device's history, once, with the check it began with.
#[hook]
fn use_saved_watch(state: &State) {
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

/// A shared report's watch, read from the link itself (the first module skips it).
#[hook]
pub fn use_shared_watch(state: &State) -> Rc<Option<engine::watch::Watch>> {
    use_memo(
        (
            state.key,
            state.result.as_ref().is_some_and(|shown| shown.shared),
        ),
        |(_, shared)| {
            let hash = web_sys::window()?.location().hash().ok()?;
            shared
                .then(|| engine::share::decode_current_watched_link(&hash).ok()?.1)
                .flatten()
        },
    )
}

/// Tells the first module a result is drawn (effects run once the DOM is updated), which lets
/// it mark the run `done`.
#[hook]
pub fn use_drawn_signal(state: &State) {
    let drawn = state.result.is_some() || state.broken;
    use_effect_with((state.key, drawn), |(key, drawn)| {
        if *drawn {
            bridge::send(bridge::SHOWN, &JsValue::from(*key));
        }
    });
}

/// "Forget this device's history".
#[hook]
pub fn use_forget(dispatcher: UseReducerDispatcher<FollowupState>) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        storage::forget();
        dispatcher.dispatch(FollowupAction::HistoryForgotten);
    })
}

/// The first module's slots this module draws into through portals, where the page has them (a
/// test page may not): the browser facts, the ranked findings, the status line.
#[hook]
pub fn use_slots() -> Rc<[Option<web_sys::Element>; 3]> {
    let slot = |id: &str| web_sys::window()?.document()?.get_element_by_id(id);
    use_memo((), move |_| {
        [
            slot(bridge::FACTS_SLOT),
            slot(bridge::FINDINGS_SLOT),
            slot(bridge::STATUS_SLOT),
        ]
    })
}

/// What this module asks of the first: a fresh run, and a re-diagnosis with the triage answers
/// (the first module hands the refined result back).
#[hook]
pub fn use_requests() -> (Callback<MouseEvent>, Callback<engine::triage::Triage>) {
    let rerun = use_callback((), |_: MouseEvent, _| {
        bridge::send(bridge::RUN_AGAIN, &JsValue::NULL)
    });
    let triage = use_callback((), |triage: engine::triage::Triage, _| {
        bridge::send(bridge::TRIAGE, &JsValue::from(triage.to_number()))
    });
    (rerun, triage)
}

/// The IT handout for the result shown, dated today, in the page's language: made once per
/// result (and language), for the step that asks IT and for the handout itself.
#[hook]
pub fn use_handout(state: &State, words: Words) -> AttrValue {
    let evidence = state.result.as_ref().map(|shown| shown.evidence.clone());
    (*use_memo((evidence, words), |(evidence, words)| {
        evidence
            .as_ref()
            .map(|e| AttrValue::from(super::handout::handout_text(e, *words)))
            .unwrap_or_default()
    }))
    .clone()
}
