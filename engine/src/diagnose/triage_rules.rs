//! Rules that read the user's triage answers.

use super::{finding, Cause, Confidence, Facts, Fault, Finding};
use crate::evidence::EvidenceRef;
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
            "It works in a private window: this browser's stored data is the likely cause",
            "A private window starts without intuit.com's cookies and cached files, and usually without extensions. Since QuickBooks works there, clear intuit.com's data in the normal window, then try with extensions off.".into(),
            triage(),
        ));
    }
    if t.works_on_other_network == Some(Answer::Yes) {
        out.push(finding(
            Cause::PartialBlock,
            Confidence::Medium,
            Fault::Network,
            "It works on another network: this network is the likely cause",
            "QuickBooks works from another network, so something on this one (a firewall, DNS filter, proxy, VPN or the provider) is getting in the way, even where this page's own tests passed.".into(),
            triage(),
        ));
    }
    match t.symptom {
        Some(Symptom::AccessDenied) => {
            let errors = !f.with(|o| o == Outcome::ServerError).is_empty();
            out.push(finding(
                Cause::PartialBlock,
                if errors { Confidence::Medium } else { Confidence::Low },
                Fault::Network,
                "\"Access Denied\" comes from Intuit's edge network refusing this connection",
                "That page is Intuit's edge network (Akamai) turning the connection away, typically because of the address it comes from (a VPN, proxy or unusual region) or malformed intuit.com cookies. Turn off any VPN or proxy, then clear intuit.com's data.".into(),
                triage(),
            ));
        }
        Some(Symptom::PaymentError) => out.push(finding(
            Cause::IntuitOutage,
            Confidence::Low,
            Fault::Intuit,
            "A 502 on payments is most often on Intuit's side",
            "A 502 Bad Gateway means a server between you and Intuit's payment service failed to answer. It is usually Intuit's, so check the status page; but the same error also follows a filtering proxy or firewall, old cached files and cookies, an outdated browser, a wrong clock, or security software. The steps below cover each of these.".into(),
            triage(),
        )),
        Some(Symptom::SignInLoop) => out.push(finding(
            Cause::StaleCache,
            Confidence::Low,
            Fault::Device,
            "Sign-in loops usually come from intuit.com's stored cookies",
            "When sign-in keeps coming back, the browser's intuit.com cookies are often stale or blocked, or the clock is wrong. Clear intuit.com's data, check cookies are allowed, and try a private window.".into(),
            triage(),
        )),
        Some(Symptom::BlankPage) => out.push(finding(
            Cause::ExtensionInterference,
            Confidence::Low,
            Fault::Device,
            "Blank pages usually come from blocked or stale scripts",
            "A blank QuickBooks page usually means its scripts did not run: a blocker or extension stopped them, old cached copies broke them, or the browser is too old for them.".into(),
            triage(),
        )),
        Some(Symptom::Slow) if f.with(|o| o == Outcome::Slow).is_empty() => out.push(finding(
            Cause::SlowNetwork,
            Confidence::Low,
            Fault::Network,
            "You see QuickBooks as slow",
            "This page measured no slow Intuit host just now, so the slowness may come and go, or be in the browser (many tabs, extensions) rather than the network.".into(),
            triage(),
        )),
        _ => {}
    }
    if t.product == Some(Product::Desktop) {
        out.push(finding(
            Cause::CannotTest,
            Confidence::Low,
            Fault::Unknown,
            "This page cannot test QuickBooks Desktop itself",
            "This page checks only the network path from this browser to Intuit. QuickBooks Desktop is a Windows program with its own connection settings; its own steps are below.".into(),
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
            finding
                .detail
                .push_str(" Your answers point elsewhere, so this is less certain.");
            finding.evidence.push(EvidenceRef::Triage);
        }
    }
}
