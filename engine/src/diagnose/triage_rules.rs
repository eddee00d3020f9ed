//! Rules that read the user's triage answers.

use super::{finding, Cause, Confidence, Facts, Fault, Finding};
use crate::evidence::EvidenceRef;
use crate::message::FindingText;
use crate::outcome::Outcome;
use crate::triage::{Answer, Product, Symptom};

/// Findings the answers add on their own.
pub(super) fn from_answers(f: &Facts) -> Vec<Finding> {
    let Some(t) = f.evidence.triage else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let triage = || vec![EvidenceRef::Triage];
    if t.works_in_private_window == Some(Answer::Yes) {
        out.push(finding(
            Cause::StaleCache,
            Confidence::Medium,
            Fault::Device,
            FindingText::PrivateWindowWorks,
            triage(),
        ));
    }
    if t.works_on_other_network == Some(Answer::Yes) {
        out.push(finding(
            Cause::PartialBlock,
            Confidence::Medium,
            Fault::Network,
            FindingText::OtherNetworkWorks,
            triage(),
        ));
    }
    match t.symptom {
        Some(Symptom::AccessDenied) => {
            let errors = !f.with(|o| o == Outcome::ServerError).is_empty();
            out.push(finding(
                Cause::PartialBlock,
                if errors {
                    Confidence::Medium
                } else {
                    Confidence::Low
                },
                Fault::Network,
                FindingText::AccessDenied,
                triage(),
            ));
        }
        Some(Symptom::PaymentError) => out.push(finding(
            Cause::IntuitOutage,
            Confidence::Low,
            Fault::Intuit,
            FindingText::PaymentError,
            triage(),
        )),
        Some(Symptom::SignInLoop) => out.push(finding(
            Cause::StaleCache,
            Confidence::Low,
            Fault::Device,
            FindingText::SignInLoop,
            triage(),
        )),
        Some(Symptom::BlankPage) => out.push(finding(
            Cause::ExtensionInterference,
            Confidence::Low,
            Fault::Device,
            FindingText::BlankPage,
            triage(),
        )),
        Some(Symptom::Slow) if f.with(|o| o == Outcome::Slow).is_empty() => out.push(finding(
            Cause::SlowNetwork,
            Confidence::Low,
            Fault::Network,
            FindingText::FeelsSlow,
            triage(),
        )),
        _ => {}
    }
    if t.product == Some(Product::Desktop) {
        out.push(finding(
            Cause::CannotTest,
            Confidence::Low,
            Fault::Unknown,
            FindingText::DesktopNotTestable,
            triage(),
        ));
    }
    out
}

/// Answers that contradict a finding lower its confidence instead of picking a side.
pub(super) fn temper(f: &Facts, findings: &mut [Finding]) {
    let Some(t) = f.evidence.triage else { return };
    for finding in findings.iter_mut() {
        let network = matches!(
            finding.cause,
            Cause::NetworkBlock | Cause::PartialBlock | Cause::SlowNetwork
        );
        let contradicted = (network
            && t.works_on_other_device == Some(Answer::Yes)
            && t.works_on_other_network != Some(Answer::Yes))
            || (network && t.works_on_other_network == Some(Answer::No))
            || (finding.cause == Cause::StaleCache
                && t.works_in_private_window == Some(Answer::No)
                && !finding.evidence.contains(&EvidenceRef::Build));
        if contradicted && !finding.evidence.contains(&EvidenceRef::Triage) {
            finding.confidence = match finding.confidence {
                Confidence::High => Confidence::Medium,
                _ => Confidence::Low,
            };
            finding.doubted = true;
            finding.evidence.push(EvidenceRef::Triage);
        }
    }
}
