//! Every finding of the result shown, most likely first, with the evidence behind each: drawn
//! into the first module's folded "Why this verdict", so the first load does not carry it.

use engine::diagnose::{Cause, Finding};
use engine::evidence::describe_evidence;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FindingsProps {
    pub findings: Vec<Finding>,
}

#[component]
pub fn Findings(props: &FindingsProps) -> Html {
    html! {
        <ol class="findings">
            { for props.findings.iter().enumerate().map(|(rank, f)| html! {
                <li data-cause={f.cause.id()} class={(f.cause == Cause::RetiredTestFile).then_some("quiet-note")}>
                    <strong>{ f.title() }</strong>
                    <span class="confidence-tag">{ format!(" — {}, {}", f.confidence.label(), f.fault.label()) }</span>
                    // The top finding's explanation is already in the headline above.
                    if rank > 0 {
                        <p>{ f.detail() }</p>
                    }
                    <p class="evidence">{ describe_evidence(&f.evidence) }</p>
                </li>
            }) }
        </ol>
    }
}
