//! Table-driven: each case is a scenario, the evidence it produces, and the expected ranking.

use super::*;
use crate::catalogue::ENDPOINTS;
use crate::evidence::EndpointEvidence;
use crate::outcome::{FetchAnswer, ImageAnswer, Observation};
use crate::status_page::{StatusReading, StatusSummary};

/// How one host behaves in a scenario, as the lab would make it behave.
#[derive(Clone, Copy)]
enum Host {
    Ok,
    Slow,
    /// Answers with an error page (502, 403…): visible only on hosts with an image.
    Error,
    Refused,
    Hangs,
    BlockedByPolicy,
}

fn observe(host: Host, has_image: bool) -> Observation {
    let image = |answer| has_image.then_some(answer);
    match host {
        Host::Ok => Observation {
            fetch: FetchAnswer::Answered { after_ms: 80 },
            image: image(ImageAnswer::Loaded { after_ms: 90 }),
        },
        Host::Slow => Observation {
            fetch: FetchAnswer::Answered { after_ms: 3_400 },
            image: image(ImageAnswer::Loaded { after_ms: 3_500 }),
        },
        Host::Error => Observation {
            fetch: FetchAnswer::Answered { after_ms: 60 },
            image: image(ImageAnswer::Failed { after_ms: 70 }),
        },
        Host::Refused => Observation {
            fetch: FetchAnswer::Failed {
                after_ms: 5,
                error: "TypeError: Failed to fetch".into(),
            },
            image: image(ImageAnswer::Failed { after_ms: 6 }),
        },
        Host::Hangs => Observation {
            fetch: FetchAnswer::TimedOut,
            image: image(ImageAnswer::TimedOut),
        },
        Host::BlockedByPolicy => Observation {
            fetch: FetchAnswer::BlockedByPolicy,
            image: None,
        },
    }
}

fn status(indicator: Indicator, incidents: usize) -> Option<StatusReading> {
    Some(StatusReading::Read {
        summary: StatusSummary {
            indicator,
            description: String::new(),
            affected: vec![],
            incidents: (0..incidents)
                .map(|i| (format!("incident {i}"), "major".into()))
                .collect(),
        },
    })
}

fn unreadable() -> Option<StatusReading> {
    Some(StatusReading::Unreadable {
        error: "TypeError".into(),
    })
}

/// Evidence where every host behaves as `default`, except those named in `except`
/// (by endpoint id or by group id).
fn evidence(
    control: Host,
    default: Host,
    except: &[(&str, Host)],
    status: Option<StatusReading>,
) -> Evidence {
    Evidence {
        control: Some(observe(control, false)),
        endpoints: ENDPOINTS
            .iter()
            .map(|e| {
                let host = except
                    .iter()
                    .find(|(key, _)| *key == e.id || *key == e.group.id())
                    .map_or(default, |(_, h)| *h);
                EndpointEvidence {
                    id: e.id.into(),
                    observation: observe(host, e.image.is_some()),
                }
            })
            .collect(),
        status,
        online: Some(true),
    }
}

fn causes(findings: &[Finding]) -> Vec<(&'static str, Confidence)> {
    findings
        .iter()
        .map(|f| (f.cause.id(), f.confidence))
        .collect()
}

/// Expected findings: cause ids with their confidence, best first.
type Ranking = Vec<(&'static str, Confidence)>;

use Confidence::{High, Low, Medium};
use Host::*;

#[test]
fn scenarios() {
    let none = || status(Indicator::None, 0);
    let cases: Vec<(&str, Evidence, Ranking)> = vec![
        (
            "all ok, status clear",
            evidence(Ok, Ok, &[], none()),
            vec![("all-clear", High)],
        ),
        (
            "all ok, status unreadable",
            evidence(Ok, Ok, &[], unreadable()),
            vec![("all-clear", Medium)],
        ),
        (
            "all ok, planned maintenance",
            evidence(Ok, Ok, &[], status(Indicator::Maintenance, 0)),
            vec![("all-clear", Medium)],
        ),
        (
            "all ok but status reports a major outage",
            evidence(Ok, Ok, &[], status(Indicator::Major, 1)),
            vec![("intuit-outage", High)],
        ),
        (
            "all ok, status reports a minor incident",
            evidence(Ok, Ok, &[], status(Indicator::Minor, 1)),
            vec![("intuit-outage", Medium)],
        ),
        (
            "every host answers 502, status unreadable",
            evidence(
                Ok,
                Error,
                &[("status", Error)],
                Some(StatusReading::HttpError { status: 502 }),
            ),
            vec![("intuit-outage", Medium)],
        ),
        (
            "every host answers 502 and Intuit confirms",
            evidence(Ok, Error, &[], status(Indicator::Critical, 1)),
            vec![("intuit-outage", High)],
        ),
        (
            "every image fails but Intuit says all is well",
            evidence(Ok, Error, &[], none()),
            vec![("cannot-test", Medium), ("intuit-outage", Low)],
        ),
        (
            "one image host errors, status clear",
            evidence(Ok, Ok, &[("quickbooks-site", Error)], none()),
            vec![("intuit-outage", Low)],
        ),
        (
            "one image host errors, status unreadable",
            evidence(Ok, Ok, &[("accounts", Error)], unreadable()),
            vec![("intuit-outage", Low)],
        ),
        (
            "every host refuses",
            evidence(Ok, Refused, &[], unreadable()),
            vec![("network-block", High)],
        ),
        (
            "every host hangs",
            evidence(Ok, Hangs, &[], Some(StatusReading::TimedOut)),
            vec![("network-block", High)],
        ),
        (
            "device offline",
            evidence(Refused, Refused, &[], unreadable()),
            vec![("offline", High)],
        ),
        (
            "device offline, everything times out",
            evidence(Hangs, Hangs, &[], Some(StatusReading::TimedOut)),
            vec![("offline", High)],
        ),
        (
            "DNS fails for the static group",
            evidence(Ok, Ok, &[("static", Refused)], none()),
            vec![("partial-block", High)],
        ),
        (
            "sign-in blocked",
            evidence(Ok, Ok, &[("sign-in", Refused)], none()),
            vec![("partial-block", High)],
        ),
        (
            "one app host blocked",
            evidence(Ok, Ok, &[("qbo-c1", Refused)], none()),
            vec![("partial-block", Medium)],
        ),
        (
            "payments hang",
            evidence(Ok, Ok, &[("payments", Hangs)], none()),
            vec![("partial-block", High)],
        ),
        (
            "status host blocked",
            evidence(Ok, Ok, &[("status", Refused)], unreadable()),
            vec![("partial-block", High)],
        ),
        (
            "every host slow",
            evidence(Ok, Slow, &[], none()),
            vec![("slow-network", Medium)],
        ),
        (
            "every host slow, this page too",
            evidence(Slow, Slow, &[], none()),
            vec![("slow-network", High)],
        ),
        (
            "one host slow",
            evidence(Ok, Ok, &[("qbo", Slow)], none()),
            vec![("slow-network", Low)],
        ),
        (
            "slow and partly blocked",
            evidence(Ok, Slow, &[("payments", Hangs)], none()),
            vec![("partial-block", High), ("slow-network", Medium)],
        ),
        (
            "errors and blocks together",
            evidence(
                Ok,
                Ok,
                &[("sign-in", Refused), ("quickbooks-site", Error)],
                unreadable(),
            ),
            vec![("partial-block", High), ("intuit-outage", Low)],
        ),
        (
            "our own CSP blocked everything",
            evidence(Ok, BlockedByPolicy, &[], none()),
            vec![("cannot-test", High)],
        ),
        (
            "our own CSP blocked one host",
            evidence(Ok, Ok, &[("qbo-api", BlockedByPolicy)], none()),
            vec![("cannot-test", Medium)],
        ),
        (
            "own server down, Intuit fine",
            evidence(Refused, Ok, &[], none()),
            vec![("cannot-test", Low)],
        ),
    ];
    assert!(cases.len() >= 25);
    for (name, evidence, expected) in cases {
        assert_eq!(causes(&diagnose(&evidence)), expected, "{name}");
    }
}

#[test]
fn navigator_offline_is_believed_only_when_nothing_answered() {
    let mut e = evidence(Ok, Ok, &[], status(Indicator::None, 0));
    e.online = Some(false);
    assert_eq!(diagnose(&e)[0].cause, Cause::AllClear);
    let mut e = evidence(Ok, Refused, &[], unreadable());
    e.control = None;
    e.online = Some(false);
    assert_eq!(diagnose(&e)[0].cause, Cause::Offline);
}

#[test]
fn empty_evidence_cannot_test() {
    assert_eq!(
        causes(&diagnose(&Evidence::default())),
        vec![("cannot-test", High)]
    );
}

#[test]
fn findings_name_their_evidence() {
    let e = evidence(Ok, Ok, &[("payments", Refused)], status(Indicator::None, 0));
    let top = &diagnose(&e)[0];
    assert_eq!(top.evidence, vec!["payments-connect".to_string()]);
    assert!(top.detail.contains("connect.intuit.com"));
}

#[test]
fn a_network_block_never_blames_intuit_when_our_page_fails_too() {
    for findings in [
        diagnose(&evidence(Refused, Refused, &[], unreadable())),
        diagnose(&evidence(Hangs, Refused, &[], None)),
    ] {
        assert!(
            findings.iter().all(|f| f.fault != Fault::Intuit),
            "{findings:?}"
        );
    }
}

#[test]
fn every_cause_id_is_kebab_case_and_distinct() {
    let all = [
        Cause::Offline,
        Cause::NetworkBlock,
        Cause::IntuitOutage,
        Cause::PartialBlock,
        Cause::ClockSkew,
        Cause::BrowserUnsupported,
        Cause::BrowserOutdated,
        Cause::CookiesBlocked,
        Cause::ExtensionInterference,
        Cause::StaleCache,
        Cause::SlowNetwork,
        Cause::CannotTest,
        Cause::AllClear,
    ];
    let ids: std::collections::HashSet<_> = all.iter().map(|c| c.id()).collect();
    assert_eq!(ids.len(), 13);
    for c in all {
        assert_eq!(
            serde_json::to_string(&c).unwrap(),
            format!("\"{}\"", c.id())
        );
    }
}
