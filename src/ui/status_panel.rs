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
    // Before a reading, the folded line says all there is.
    let headline = props.reading.as_ref().map(|reading| {
        let sentence = reading.headline();
        match props.shared {
            true => format!("At the time of the check: {sentence}"),
            false => sentence,
        }
    });
    let brief = match (&props.reading, props.phase) {
        (Some(reading), _) => reading.brief(),
        (None, Phase::Running) => "reading…".to_string(),
        (None, _) => "read when the check runs".to_string(),
    };
    let quoted = props
        .reading
        .as_ref()
        .map(StatusReading::quoted)
        .unwrap_or_default();
    html! {
        <details class="status-panel fold" aria-label="Intuit's status page">
            <summary><h2>{ "Intuit's status: " }</h2><p>{ brief }</p></summary>
            if let Some(headline) = headline {
                <p data-status-headline="">{ headline }</p>
            }
            if !quoted.is_empty() {
                <figure class="status-quotes">
                    <ul>{ for quoted.into_iter().map(|line| html! { <li>{ line }</li> }) }</ul>
                    <figcaption>{ "Quoted from status.quickbooks.intuit.com, with any phone number removed." }</figcaption>
                </figure>
            }
            <p><a href={STATUS_PAGE.page_url} rel="noopener noreferrer" target="_blank">{ "Open Intuit's status page" }</a></p>
        </details>
    }
}
