//! What Intuit's own status page says, or why it could not be read: a few words on the folded
//! line; inside, this page's own sentence (indicator and counts, drawn by the follow-up module),
//! then the status page's words, sanitized by the engine and quoted with their source, on a live
//! run only: a shared report never carries them, nor does the hand-over to the follow-up.

use engine::catalogue::STATUS_PAGE;
use engine::message::PageText;
use engine::status_page::StatusReading;
use yew::prelude::*;

use super::state::Phase;
use super::words::Words;

#[derive(Properties, PartialEq)]
pub struct StatusPanelProps {
    pub reading: Option<StatusReading>,
    pub phase: Phase,
    /// The reading came from a shared report: it describes the time of that check.
    #[prop_or_default]
    pub shared: bool,
    pub words: Words,
}

#[component]
pub fn StatusPanel(props: &StatusPanelProps) -> Html {
    let words = props.words;
    let lang = words.lang();
    let brief = words.say(match (&props.reading, props.phase) {
        (Some(reading), _) => PageText::StatusBrief(reading.state()),
        (None, phase) => PageText::StatusNotYet {
            running: phase == Phase::Running,
        },
    });
    let quoted = props
        .reading
        .as_ref()
        .map(StatusReading::quoted)
        .unwrap_or_default();
    html! {
        <details class="status-panel fold" aria-label={words.attr(PageText::StatusPageName)} {lang}>
            <summary><h2>{ words.text(PageText::StatusHeading { shared: props.shared }) }</h2><p>{ brief }</p></summary>
            // The sentence (`data-status-headline`) is the follow-up module's
            // (ui/followup/status_line.rs), drawn here once there is a result.
            <div id={crate::bridge::STATUS_SLOT}></div>
            if !quoted.is_empty() {
                <figure class="status-quotes">
                    // Intuit's own words, with this page's English labels around them.
                    <ul lang="en">{ for quoted.into_iter().map(|line| html! { <li>{ line }</li> }) }</ul>
                    <figcaption>{ words.text(PageText::StatusQuotedFrom) }</figcaption>
                </figure>
            }
            <p><a href={STATUS_PAGE.page_url} rel="noopener noreferrer" target="_blank">{ words.text(PageText::OpenStatusPage) }</a></p>
        </details>
    }
}
