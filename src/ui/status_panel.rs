//! What Intuit's own status page says, or why it could not be read.

use engine::catalogue::STATUS_PAGE;
use engine::status_page::StatusReading;
use yew::prelude::*;

use super::state::Phase;

#[derive(Properties, PartialEq)]
pub struct StatusPanelProps {
    pub reading: Option<StatusReading>,
    pub phase: Phase,
}

#[component]
pub fn StatusPanel(props: &StatusPanelProps) -> Html {
    let headline = match (&props.reading, props.phase) {
        (Some(reading), _) => reading.headline(),
        (None, Phase::Running) => "Reading Intuit's status page…".to_string(),
        (None, _) => "Intuit's status page is read when the check runs.".to_string(),
    };
    let (affected, incidents) = match &props.reading {
        Some(StatusReading::Read { summary }) => {
            (summary.affected.clone(), summary.incidents.clone())
        }
        _ => (vec![], vec![]),
    };
    html! {
        <section class="status-panel" aria-label="Intuit's status page">
            <h2>{ "Intuit's status page" }</h2>
            <p>{ headline }</p>
            if !incidents.is_empty() {
                <h3>{ "Open incidents" }</h3>
                <ul>{ for incidents.iter().map(|(name, impact)| html! { <li>{ format!("{name} (impact: {impact})") }</li> }) }</ul>
            }
            if !affected.is_empty() {
                <h3>{ "Affected parts" }</h3>
                <ul>{ for affected.iter().map(|(name, status)| html! { <li>{ format!("{name}: {status}") }</li> }) }</ul>
            }
            <p><a href={STATUS_PAGE.page_url} rel="noopener noreferrer" target="_blank">{ "Open Intuit's status page" }</a></p>
        </section>
    }
}
