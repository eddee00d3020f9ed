//! The plain-text summary for a chat or an email: short enough to read aloud.

use crate::catalogue::instructions::{profile_for, profile_info};
use crate::catalogue::ENDPOINTS;
use crate::diagnose::Finding;
use crate::evidence::Evidence;
use crate::outcome::Outcome;
use crate::plan::checklist;

/// `watch` is the watch that followed the check, if the user watched.
pub fn summary(
    evidence: &Evidence,
    watch: Option<&crate::watch::Watch>,
    findings: &[Finding],
    date: &str,
    code: &str,
) -> String {
    let mut lines = Vec::new();
    let when = if date.is_empty() {
        String::new()
    } else {
        format!(" ({date})")
    };
    match findings.first() {
        Some(top) => lines.push(format!(
            "QuickBooks Online check{when}: {} ({}; where: {}).",
            top.title(),
            top.confidence.label(),
            top.fault.label()
        )),
        None => lines.push(format!("QuickBooks Online check{when}: not finished.")),
    }
    if let Some(ticket) = &evidence.ticket {
        lines.push(format!("Ticket: {ticket}"));
    }
    let failing: Vec<String> = ENDPOINTS
        .iter()
        .filter_map(|e| {
            let outcome = evidence.verdict(e.id)?.outcome;
            (outcome != Outcome::Ok).then(|| format!("{} {}", e.host, outcome.id()))
        })
        .collect();
    if failing.is_empty() {
        lines.push(format!("All {} Intuit hosts answered.", ENDPOINTS.len()));
    } else {
        lines.push(format!("Problems: {}.", failing.join(", ")));
    }
    if let Some(status) = &evidence.status {
        lines.push(status.headline());
    }
    if let Some(watch) = watch {
        lines.push(crate::watch::summary_line(watch));
    }
    if let Some(d) = evidence.detection() {
        lines.push(format!("Browser: {}.", d.describe()));
    }
    let steps = checklist(findings, evidence.triage.as_ref());
    if !steps.is_empty() {
        let browser = evidence
            .detection()
            .map(|d| profile_info(profile_for(d.family, d.os)).name)
            .unwrap_or("the browser");
        let titles: Vec<&str> = steps.iter().take(3).map(|t| t.title()).collect();
        lines.push(format!("Suggested for {browser}: {}.", titles.join("; ")));
    }
    if !code.is_empty() {
        lines.push(format!("Help-desk code: {code}"));
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnose::diagnose;
    use crate::evidence::EndpointEvidence;
    use crate::outcome::{FetchAnswer, Observation};

    #[test]
    fn short_and_names_the_failing_hosts() {
        let evidence = Evidence {
            endpoints: vec![EndpointEvidence {
                id: "payments-connect".into(),
                observation: Observation {
                    fetch: FetchAnswer::Failed {
                        after_ms: 3,
                        error: crate::outcome::FetchError::Network,
                    },
                    image: None,
                    second_image: None,
                },
            }],
            ..Evidence::default()
        };
        let text = summary(
            &evidence,
            None,
            &diagnose(&evidence),
            "2026-11-26",
            "QBC2-0000-0000-00000",
        );
        assert!(text.contains("connect.intuit.com unreachable"), "{text}");
        assert!(text.contains("QBC2-"));
        assert!(text.lines().count() <= 7 && text.len() < 800, "{text}");
    }
}
