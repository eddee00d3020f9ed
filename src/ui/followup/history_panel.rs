//! What changed since the last check on this device, and a way to forget it.

use yew::prelude::*;

use crate::ui::words::Words;

#[derive(Properties, PartialEq)]
pub struct HistoryPanelProps {
    pub changes: Vec<String>,
    /// Runs stored on this device; 0 where storage is unavailable or was cleared.
    pub count: usize,
    /// The ticket tag the previous check on this device was made for, if any.
    #[prop_or_default]
    pub previous_ticket: Option<AttrValue>,
    pub on_forget: Callback<MouseEvent>,
    pub words: Words,
}

#[component]
pub fn HistoryPanel(props: &HistoryPanelProps) -> Html {
    let words = props.words.history();
    // The tag is drawn in bold where the sentence names it.
    let (before_ticket, after_ticket) = words.around_ticket();
    html! {
        <>
            if let Some(ticket) = &props.previous_ticket {
                <p data-previous-ticket={ticket.clone()}>{ before_ticket }<strong>{ ticket.clone() }</strong>{ after_ticket }</p>
            }
            if props.changes.is_empty() {
                <p>{ if props.count > 1 { words.nothing_changed } else { words.first_check } }</p>
            } else {
                <ul class="changes">
                    { for props.changes.iter().map(|c| html! { <li data-change="">{ c }</li> }) }
                </ul>
            }
            <p class="source">
                { words.keeping(props.count, crate::storage::KEEP) }
                <button type="button" class="secondary" data-action="forget-history" onclick={props.on_forget.clone()}>{ words.forget }</button>
            </p>
        </>
    }
}
