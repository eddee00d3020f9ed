//! The headline verdict: where the fault most likely is, and why, in a few lines. The ranked
//! list of every finding is the follow-up module's (ui/followup/findings.rs).

use engine::diagnose::{Cause, Fault, Finding};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VerdictProps {
    pub findings: Vec<Finding>,
    /// The open incident as Intuit's status page names it (sanitized), on a live run: an
    /// Intuit verdict quotes it, attributed.
    #[prop_or_default]
    pub incident: Option<AttrValue>,
}

#[component]
pub fn Verdict(props: &VerdictProps) -> Html {
    let Some(top) = props.findings.first() else {
        return html! {};
    };
    let place = match (top.cause, top.fault) {
        (Cause::AllClear, _) => "No problem found between this browser and Intuit".to_string(),
        (_, Fault::Unknown) => "This test could not tell where the problem is".to_string(),
        // The wording and the colour follow the confidence: red only when it is high.
        (_, fault) => format!(
            "Where the problem {}: {}",
            top.confidence.placing(),
            fault.label()
        ),
    };
    let confidence = format!("confidence-{}", top.confidence.id());
    html! {
        <>
            <div class={classes!("verdict", format!("fault-{}", top.fault.id()), confidence)} data-verdict={top.cause.id()} role="region" aria-label="Verdict" aria-live="polite">
                <p class="where">{ place }</p>
                // The same in a picture: device → network → Intuit, the hop at fault
                // marked by the stylesheet from the verdict's `fault-…` class. The line above
                // says it in words, so screen readers skip the picture.
                <ol class="hops" aria-hidden="true"><li>{ "Device" }</li><li>{ "Network" }</li><li>{ "Intuit" }</li></ol>
                <h2>{ top.title() }</h2>
                if let (Cause::IntuitOutage, Some(incident)) = (top.cause, &props.incident) {
                    <p class="incident">{ "Intuit's status page says: " }<q>{ incident }</q></p>
                }
                // The evidence is listed once, below, not repeated under a detail that names it.
                <p>{ top.detail() }<span class="confidence">{ format!(" Confidence: {}.", top.confidence.label()) }</span></p>
            </div>
        </>
    }
}
