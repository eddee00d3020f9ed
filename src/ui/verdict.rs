//! The headline verdict: where the fault most likely is, and why, in a few lines. The ranked
//! list of every finding is the follow-up module's (ui/followup/findings.rs).

use engine::diagnose::{Cause, Fault, Finding};
use engine::message::PageText;
use yew::prelude::*;

use crate::ui::same::Same;

use super::words::Words;

#[derive(Properties, PartialEq)]
pub struct VerdictProps {
    pub findings: Same<Vec<Finding>>,
    /// The open incident as Intuit's status page names it (sanitized), on a live run: an
    /// Intuit verdict quotes it, attributed.
    #[prop_or_default]
    pub incident: Option<AttrValue>,
    pub words: Words,
}

#[component]
pub fn Verdict(props: &VerdictProps) -> Html {
    let words = props.words;
    let Some(top) = props.findings.first() else {
        return html! {};
    };
    let place = match (top.cause, top.fault) {
        (Cause::AllClear, _) => PageText::NoProblem,
        (_, Fault::Unknown) => PageText::Unplaced,
        // The wording and the colour follow the confidence: red only when it is high.
        (_, fault) => PageText::Place {
            confidence: top.confidence,
            fault,
        },
    };
    let confidence = format!("confidence-{}", top.confidence.id());
    html! {
        <>
            <div class={classes!("verdict", format!("fault-{}", top.fault.id()), confidence)} data-verdict={top.cause.id()} role="region" aria-label="Verdict" aria-live="polite" lang={words.lang()}>
                <p class="where">{ words.text(place) }</p>
                // The same in a picture: device → network → Intuit, the hop at fault
                // marked by the stylesheet from the verdict's `fault-…` class. The line above
                // says it in words, so screen readers skip the picture.
                <ol class="hops" aria-hidden="true"><li>{ words.text(PageText::HopDevice) }</li><li>{ words.text(PageText::HopNetwork) }</li><li>{ words.text(PageText::HopIntuit) }</li></ol>
                <h2>{ words.title(top) }</h2>
                if let (Cause::IntuitOutage, Some(incident)) = (top.cause, &props.incident) {
                    // Intuit's own words, in Intuit's language.
                    <p class="incident">{ words.text(PageText::StatusSays) }<q lang="en">{ incident }</q></p>
                }
                // The evidence is listed once, below, not repeated under a detail that names it.
                <p>{ words.detail(top) }<span class="confidence">{ words.text(PageText::ConfidenceIs(top.confidence)) }</span></p>
            </div>
        </>
    }
}
