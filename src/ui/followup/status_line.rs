//! This page's own sentence about Intuit's status page (indicator and counts, or why it could
//! not be read): drawn into the first module's status fold by the follow-up part.

use engine::message::PageText;
use engine::status_page::StatusReading;
use yew::prelude::*;

use crate::ui::words::Words;

#[derive(Properties, PartialEq)]
pub struct StatusLineProps {
    pub reading: Option<StatusReading>,
    /// The reading came from a shared report: it describes the time of that check.
    pub shared: bool,
    pub words: Words,
}

#[component]
pub fn StatusLine(props: &StatusLineProps) -> Html {
    let Some(reading) = &props.reading else {
        return html! {};
    };
    let words = props.words;
    let sentence = words.say(PageText::StatusHeadline(reading.state()));
    html! {
        <p data-status-headline="" lang={words.lang()}>
            { if props.shared { format!("{}{sentence}", words.say(PageText::AtTheTime)) } else { sentence } }
        </p>
    }
}
