//! What changed since the last check on this device, and a way to forget it.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HistoryPanelProps {
    pub changes: Vec<String>,
    /// Runs stored on this device; 0 where storage is unavailable or was cleared.
    pub count: usize,
    /// The ticket tag the previous check on this device was made for, if any.
    #[prop_or_default]
    pub previous_ticket: Option<AttrValue>,
    pub on_forget: Callback<MouseEvent>,
}

#[component]
pub fn HistoryPanel(props: &HistoryPanelProps) -> Html {
    html! {
        <>
            if let Some(ticket) = &props.previous_ticket {
                <p data-previous-ticket={ticket.clone()}>{ "Your last check on this device was for ticket " }<strong>{ ticket.clone() }</strong>{ "." }</p>
            }
            if props.changes.is_empty() {
                <p>{ if props.count > 1 { "Nothing changed since your last check on this device." } else { "No earlier check is stored on this device." } }</p>
            } else {
                <ul class="changes">
                    { for props.changes.iter().map(|c| html! { <li data-change="">{ c }</li> }) }
                </ul>
            }
            <p class="source">
                { if props.count == 0 {
                    "No history is kept: this browser's storage is unavailable or was just cleared. ".to_string()
                } else {
                    format!("Up to {} results are kept in this browser only (its local storage), never sent anywhere. ", crate::storage::KEEP)
                } }
                <button type="button" class="secondary" data-action="forget-history" onclick={props.on_forget.clone()}>{ "Forget my history" }</button>
            </p>
        </>
    }
}
