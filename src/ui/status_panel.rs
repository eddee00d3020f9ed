//! What Intuit's own status page says, or why it could not be read. The headline is this page's
//! own sentence (indicator and counts); the status page's words follow, sanitized by the engine
//! and quoted with their source, on a live run only: a shared report never carries them.

use engine::catalogue::STATUS_PAGE;
use engine::status_page::StatusReading;
use yew::prelude::*;

use super::state::Phase;

#[derive(Properties, PartialEq)]
pub struct StatusPanelProps {
    pub reading: Option<StatusReading>,
    pub phase: Phase,
    /// The reading came from a shared report: it describes the time of that check.
    #[prop_or_default]
    pub shared: bool,
}

#[component]
pub fn StatusPanel(props: &StatusPanelProps) -> Html {
    let headline = match (&props.reading, props.phase) {
        (Some(reading), _) if props.shared => {
            format!("At the time of the check: {}", reading.headline())
        }
        (Some(reading), _) => reading.headline(),
        (None, Phase::Running) => "Reading Intuit's status page…".to_string(),
        (None, _) => "Intuit's status page is read when the check runs.".to_string(),
    };
    let quoted = props
        .reading
        .as_ref()
        .map(StatusReading::quoted)
        .unwrap_or_default();
    html! {
        <details class="status-panel fold" aria-label="Intuit's status page">
            <summary><h2>{ "Intuit's status page" }</h2><span class="show">{ " Details" }</span>
                <p data-status-headline="">{ headline }</p></summary>
            if !quoted.is_empty() {
                <figure class="status-quotes">
                    <ul>{ for quoted.into_iter().map(|line| html! { <li>{ line }</li> }) }</ul>
                    <figcaption>{ "Quoted from status.quickbooks.intuit.com. Phone numbers are never shown here; Intuit's real help is at quickbooks.intuit.com/learn-support." }</figcaption>
                </figure>
            }
            <p><a href={STATUS_PAGE.page_url} rel="noopener noreferrer" target="_blank">{ "Open Intuit's status page" }</a></p>
        </details>
    }
}
