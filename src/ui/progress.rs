//! Progress, announced politely to screen readers as hosts finish.

use engine::message::PageText;
use engine::timing::PROBE_DEADLINE_MS;
use yew::prelude::*;

use super::state::Phase;
use super::words::Words;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub phase: Phase,
    pub done: usize,
    pub total: usize,
    pub words: Words,
}

#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    let (done, total) = (props.done, props.total);
    let text = props.words.say(match props.phase {
        Phase::Idle => PageText::ProgressIdle {
            seconds: PROBE_DEADLINE_MS / 1000,
        },
        Phase::Running => PageText::ProgressRunning { done, total },
        Phase::Done => PageText::ProgressDone { total },
    });
    html! {
        <div class="progress">
            if props.phase == Phase::Running {
                <progress max={props.total.to_string()} value={props.done.to_string()} aria-hidden="true"></progress>
            }
            <p id="progress" role="status" aria-live="polite" lang={props.words.lang()}>{ text }</p>
        </div>
    }
}
