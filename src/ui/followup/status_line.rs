//! This page's own sentence about Intuit's status page (indicator and counts, or why it could
//! not be read): drawn into the first module's status fold, so the first load does not carry it.

use engine::status_page::StatusReading;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StatusLineProps {
    pub reading: Option<StatusReading>,
    /// The reading came from a shared report: it describes the time of that check.
    pub shared: bool,
}

#[component]
pub fn StatusLine(props: &StatusLineProps) -> Html {
    let Some(reading) = &props.reading else {
        return html! {};
    };
    let sentence = reading.headline();
    html! {
        <p data-status-headline="">
            { if props.shared { format!("At the time of the check: {sentence}") } else { sentence } }
        </p>
    }
}
