//! Every finding of the result shown, most likely first, with the evidence behind each: drawn
//! into the first module's folded "Why this verdict", so the first load does not carry it.

use engine::diagnose::{Cause, Finding};
use engine::evidence::describe_evidence_in;
use engine::message::PageText;
use yew::prelude::*;

use crate::ui::same::Same;

use crate::ui::words::Words;

#[derive(Properties, PartialEq)]
pub struct FindingsProps {
    pub findings: Same<Vec<Finding>>,
    pub words: Words,
}

#[component]
pub fn Findings(props: &FindingsProps) -> Html {
    let words = props.words;
    html! {
        <ol class="findings" lang={words.lang()}>
            { for props.findings.iter().enumerate().map(|(rank, f)| html! {
                <li data-cause={f.cause.id()} class={(f.cause == Cause::RetiredTestFile).then_some("quiet-note")}>
                    <strong>{ words.title(f) }</strong>
                    <span class="confidence-tag">{ words.text(PageText::FindingTag { confidence: f.confidence, fault: f.fault }) }</span>
                    // The top finding's explanation is already in the headline above.
                    if rank > 0 {
                        <p>{ words.detail(f) }</p>
                    }
                    <p class="evidence">{ describe_evidence_in(words.evidence(), &f.evidence) }</p>
                </li>
            }) }
        </ol>
    }
}
