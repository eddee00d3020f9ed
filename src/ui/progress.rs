//! Progress, announced politely to screen readers as hosts finish.

use engine::timing::PROBE_DEADLINE_MS;
use yew::prelude::*;

use super::state::Phase;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub phase: Phase,
    pub done: usize,
    pub total: usize,
}

#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    let text = match props.phase {
        Phase::Idle => format!(
            "Press the button to start. It takes a few seconds, and never more than {} seconds.",
            PROBE_DEADLINE_MS / 1000
        ),
        Phase::Running => format!(
            "Testing… {} of {} Intuit hosts done.",
            props.done, props.total
        ),
        Phase::Done => format!("Done: all {} Intuit hosts tested.", props.total),
    };
    html! {
        <div class="progress">
            if props.phase == Phase::Running {
                <progress max={props.total.to_string()} value={props.done.to_string()} aria-hidden="true"></progress>
            }
            <p id="progress" role="status" aria-live="polite">{ text }</p>
        </div>
    }
}
