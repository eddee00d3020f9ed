//! The follow-up module's root: takes each result the first module hands over and draws the
//! fix steps, the sharing tools, this device's history and the IT handout for it, then says
//! so, which lets the first module mark the run `done`. The facts list, the findings and the
//! status page's sentence go into the first module's other slots through portals, so one
//! subscription serves them all.

use engine::message::PageText;
use engine::notice::Notice;
use yew::prelude::*;

use super::copy_button::CopyButton;
use super::facts::Facts;
use super::findings::Findings;
use super::fixes::Fixes;
use super::history_panel::HistoryPanel;
use super::hooks::{
    use_address_ticket, use_drawn_signal, use_forget, use_handout, use_history, use_report_files,
    use_requests, use_results, use_shared_watch, use_slots, use_watch,
};
use super::share_bar::ShareBar;
use super::state::{FollowupState, Refusal};
use super::status_line::StatusLine;
use super::triage_form::TriageForm;
use super::watch::state::WatchAction;
use super::watch::WatchPanel;
use crate::ui::words::alert;

#[component]
pub fn Followup() -> Html {
    let state = use_reducer(FollowupState::default);
    let words = crate::ui::words::use_words();
    use_results(state.dispatcher());
    use_report_files(state.dispatcher());

    let slots = use_slots();
    use_history(&state);
    let on_watch = use_watch(&state);
    let shared_watch = use_shared_watch(&state);
    use_drawn_signal(&state);
    let on_forget = use_forget(state.dispatcher());

    let (on_rerun, on_triage) = use_requests();
    let [facts_slot, findings_slot, status_slot] = &*slots;
    let facts = match (facts_slot, &state.result) {
        (Some(host), Some(shown)) => create_portal(
            html! { <Facts evidence={shown.evidence.clone()} {words} /> },
            host.clone(),
        ),
        _ => html! {},
    };
    let findings = match (findings_slot, &state.result) {
        (Some(host), Some(shown)) => create_portal(
            html! { <Findings findings={shown.findings.clone()} words={words} /> },
            host.clone(),
        ),
        _ => html! {},
    };
    let status_line = match (status_slot, &state.result) {
        (Some(host), Some(shown)) => create_portal(
            html! { <StatusLine reading={shown.evidence.status.clone()} shared={shown.shared} {words} /> },
            host.clone(),
        ),
        _ => html! {},
    };
    let handout = use_handout(&state, words);
    let main = match (state.broken, &state.result) {
        (true, _) => words.notice(Notice::HandoverBug),
        (false, Some(shown)) => {
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
                    handout={handout.clone()}
                        detection={shown.evidence.detection()} on_rerun={on_rerun} words={words} />
                    <ShareBar evidence={shown.evidence.clone()} findings={shown.findings.clone()} watch={watch} words={words} />
                    // Someone else's report shows its watch, if it has one, and offers none.
                    if !shown.shared || shared_watch.is_some() {
                    <WatchPanel state={state.watch.clone()}
                        shared={shown.shared.then(|| (*shared_watch).clone()).flatten()}
                        on_start={on_watch.reform(|_| WatchAction::Start { started_at_ms: js_sys::Date::now(), first: None })}
                        on_stop={on_watch.reform(|_| WatchAction::Stop)}
                        on_interval={on_watch.reform(WatchAction::Interval)} {words} />
                    }
                    // The first check stored on this device has nothing to compare with: no block.
                    if !shown.shared && (shown.history_count != 1 || shown.previous.is_some()) {
                        <section class="history" aria-labelledby="history-title" data-view="history" lang={words.lang()}>
                        <h2 id="history-title">{ words.text(PageText::HistoryTitle) }</h2>
                        <HistoryPanel changes={shown.changes(words)} count={shown.history_count} on_forget={on_forget} {words}
                            previous_ticket={shown.previous.as_ref().and_then(|p| p.ticket.as_ref()).map(|t| AttrValue::from(t.to_string()))} />
                        </section>
                    }
                    // Folded: on a network verdict its list is also in the step that asks IT.
                    <details class="handout fold" lang={words.lang()}>
                    <summary>{ words.text(PageText::HandoutTitle) }</summary>
                    <pre class="handout-text">{ handout.clone() }</pre>
                    <CopyButton text={handout} action="copy-handout" label={Some(words.attr(PageText::CopyForIt))} {words} />
                    </details>
                    if !shown.shared {
                        <details class="triage fold" data-view="triage" lang={words.lang()}>
                        <summary>{ words.text(PageText::TriageTitle) }</summary>
                        <TriageForm triage={shown.evidence.triage} on_change={on_triage} {words} />
                        </details>
                    }
                </>
            }
        }
        (false, None) => html! {},
    };
    let refused = match &state.refused {
        Some(Refusal::Notice(notice)) => words.notice(*notice),
        Some(Refusal::File { text, lang }) => alert(Some(lang), Html::from(text.clone())),
        None => html! {},
    };
    // The ticket tag: the result's own, or before any result, the address's. A refused one is
    // never shown, only why.
    let address_ticket = use_address_ticket();
    let ticket = match (&state.result, &*address_ticket) {
        (Some(shown), _) => shown.evidence.ticket,
        (None, Ok(ticket)) => *ticket,
        (None, Err(_)) => None,
    };
    let ticket = match (ticket, &*address_ticket) {
        (Some(tag), _) => html! {
            <p class="ticket" data-ticket={tag.to_string()} lang={words.lang()}>{ words.text(PageText::Ticket) }<strong>{ tag.to_string() }</strong></p>
        },
        (None, Err(why)) => alert(words.lang(), Html::from(words.notices().ticket(*why))),
        (None, Ok(_)) => html! {},
    };
    html! { <>{ refused }{ ticket }{ main }{ facts }{ findings }{ status_line }</> }
}
