//! From what the network did to what it means. The page's outcome for each host, evidence in
//! the engine's terms (so the engine's diagnosis, help-desk code and link work unchanged), and
//! the one finding only a native checker can make: TLS inspection.

use engine::catalogue::endpoints::Endpoint;
use engine::diagnose::{Cause, Confidence, Fault, Finding};
use engine::environment::PageFacts;
use engine::evidence::{EndpointEvidence, Evidence};
use engine::message::{Checker, CheckerPack, FindingText};
use engine::outcome::{FetchAnswer, FetchError, ImageAnswer, Observation};
use engine::timing::SLOW_AFTER_MS;
use serde::Serialize;

use crate::net::Seen;

/// The page's `data-outcome` for a host, from what the checker saw. Exact where a browser
/// guesses: a 5xx is a server error on every host, not only on hosts with a test image.
pub fn outcome(seen: &Seen) -> &'static str {
    match seen.http.status {
        _ if seen.timed_out => "timeout",
        Some(code) if code >= 500 => "server-error",
        Some(_) if seen.http.ms.unwrap_or(0) > u64::from(SLOW_AFTER_MS) => "slow",
        Some(_) => "ok",
        None => "unreachable",
    }
}

fn total_ms(seen: &Seen) -> u32 {
    let sum = seen.dns.ms.unwrap_or(0) + seen.tcp.ms.unwrap_or(0) + seen.http.ms.unwrap_or(0);
    sum.min(120_000) as u32
}

/// The host as the page would have observed it: any HTTP answer reaches it, and the answer's
/// status stands for its test image (an error page is not an image).
pub fn observation(seen: &Seen) -> Observation {
    let after_ms = total_ms(seen);
    let (fetch, image) = match seen.http.status {
        _ if seen.timed_out => (FetchAnswer::TimedOut, None),
        Some(code) => (
            FetchAnswer::Answered { after_ms },
            Some(if code >= 500 {
                ImageAnswer::Failed { after_ms }
            } else {
                ImageAnswer::Loaded { after_ms }
            }),
        ),
        None => (
            FetchAnswer::Failed {
                after_ms,
                error: FetchError::Network,
            },
            None,
        ),
    };
    Observation {
        fetch,
        image,
        second_image: None,
    }
}

/// The control probe, as far as a command line has one: it has no page origin of its own, so
/// the machine's network counts as up when its DNS server answered a lookup or any host
/// accepted a connection, and as down when lookups were made and none of either happened.
fn control(results: &[(&'static Endpoint, Seen)]) -> Option<Observation> {
    let up = results.iter().any(|(_, s)| {
        s.tcp.address.is_some()
            || (!s.dns.overridden && s.dns.error.is_none() && s.dns.ms.is_some())
    });
    let looked_up = results
        .iter()
        .any(|(_, s)| !s.dns.overridden && s.dns.ms.is_some());
    let fetch = if up {
        FetchAnswer::Answered { after_ms: 0 }
    } else if looked_up {
        FetchAnswer::Failed {
            after_ms: 0,
            error: FetchError::Network,
        }
    } else {
        return None;
    };
    Some(Observation {
        fetch,
        image: None,
        second_image: None,
    })
}

/// Everything seen, as the engine's evidence.
pub fn evidence(results: &[(&'static Endpoint, Seen)], started_at_ms: f64) -> Evidence {
    let clock = results.iter().find_map(|(_, s)| {
        s.http.date_ms.map(|server| PageFacts {
            server_time_ms: Some(server),
            sent_at_ms: s.http.read_at_ms - s.http.ms.unwrap_or(0) as f64,
            answered_at_ms: s.http.read_at_ms,
            served_build: None,
            running_build: None,
        })
    });
    let inspected: Vec<&Seen> = results
        .iter()
        .map(|(_, s)| s)
        .filter(|s| s.tls.local_ca_only)
        .collect();
    let native = (!inspected.is_empty()).then(|| engine::evidence::NativeFacts {
        inspected_hosts: inspected.len() as u32,
        product: inspected.iter().find_map(|s| {
            s.tls
                .issuer
                .as_deref()
                .and_then(engine::catalogue::inspection::index)
        }),
    });
    Evidence {
        native,
        control: control(results),
        endpoints: results
            .iter()
            .map(|(e, s)| EndpointEvidence {
                id: e.id.to_string(),
                observation: observation(s),
            })
            .collect(),
        started_at_ms: Some(started_at_ms),
        page: clock,
        ..Evidence::default()
    }
}

/// A finding in the report: the page's causes, plus `tls-inspection`. Its title and detail
/// are in the language chosen (`--lang`); everything else is an id, whatever the language.
#[derive(Clone, Debug, Serialize)]
pub struct CliFinding {
    pub cause: String,
    /// The confidence's English label ("very likely"), which reports have always carried.
    pub confidence: &'static str,
    /// The confidence and the fault as values, for the words around the finding, which the
    /// language decides.
    #[serde(skip)]
    pub level: Confidence,
    #[serde(skip)]
    pub place: Fault,
    pub fault: &'static str,
    pub title: String,
    pub detail: String,
    /// The engine's message: an id and its values (docs/FORMATS.md); none for the findings only
    /// this checker makes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<FindingText>,
}

impl CliFinding {
    fn from(f: &Finding, pack: &dyn CheckerPack) -> Self {
        CliFinding {
            cause: f.cause.id().to_string(),
            confidence: f.confidence.label(),
            level: f.confidence,
            place: f.fault,
            fault: f.fault.id(),
            title: f.title_in(pack).to_string(),
            detail: f.detail_in(pack),
            message: Some(f.message),
        }
    }
}

/// What the link cannot carry about TLS inspection, added to the engine's finding: the
/// issuer's name as the certificates give it, and which hosts.
fn inspection_detail(results: &[(&'static Endpoint, Seen)], pack: &dyn CheckerPack) -> String {
    let inspected: Vec<&(&Endpoint, Seen)> = results
        .iter()
        .filter(|(_, s)| s.tls.local_ca_only)
        .collect();
    let issuer = inspected.iter().find_map(|(_, s)| s.tls.issuer.as_deref());
    let hosts: Vec<&str> = inspected.iter().map(|(e, _)| e.host).collect();
    pack.checker(Checker::Issuer {
        issuer,
        every: (inspected.len() == results.len()).then_some(inspected.len()),
        hosts: &hosts.join(", "),
    })
}

/// Exact server errors the engine's browser-minded rules let pass (one host on its own reads to
/// a browser like a retired test file; to a native client it is an HTTP status).
pub fn server_errors(
    results: &[(&'static Endpoint, Seen)],
    engine_findings: &[Finding],
    pack: &dyn CheckerPack,
) -> Option<CliFinding> {
    if engine_findings
        .iter()
        .any(|f| f.cause.id() == "intuit-outage")
    {
        return None;
    }
    let errors: Vec<String> = results
        .iter()
        .filter_map(|(e, s)| {
            s.http
                .status
                .filter(|c| *c >= 500)
                .map(|c| format!("{} (HTTP {c})", e.host))
        })
        .collect();
    (!errors.is_empty()).then(|| CliFinding {
        cause: Cause::IntuitOutage.id().into(),
        confidence: Confidence::Low.label(),
        level: Confidence::Low,
        place: Fault::Intuit,
        fault: Fault::Intuit.id(),
        title: pack.checker(Checker::ServerErrorsTitle),
        detail: pack.checker(Checker::ServerErrorsDetail {
            hosts: &errors.join(", "),
        }),
        message: None,
    })
}

/// All findings, most likely first: TLS inspection leads when it is there, because it explains
/// what the browser-level causes can only describe. The engine's "all clear" is dropped when
/// anything else was found.
pub fn findings(
    results: &[(&'static Endpoint, Seen)],
    engine_findings: &[Finding],
    pack: &dyn CheckerPack,
) -> Vec<CliFinding> {
    let errors = server_errors(results, engine_findings, pack);
    let keep_all_clear = errors.is_none();
    let mut out: Vec<CliFinding> = engine_findings
        .iter()
        .filter(|f| keep_all_clear || f.cause != Cause::AllClear)
        .map(|f| {
            let mut found = CliFinding::from(f, pack);
            if f.cause == Cause::TlsInspection {
                found.detail.push_str(&inspection_detail(results, pack));
            }
            found
        })
        .collect();
    // The exact server errors rank right after TLS inspection, which may explain them.
    let at = usize::from(out.first().is_some_and(|f| f.cause == "tls-inspection"));
    out.splice(at..at, errors);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::{HttpSeen, Seen};
    use engine::diagnose::diagnose;

    fn answered(status: u16, ms: u64) -> Seen {
        Seen {
            http: HttpSeen {
                status: Some(status),
                ms: Some(ms),
                ..HttpSeen::default()
            },
            ..Seen::default()
        }
    }

    #[test]
    fn outcomes_as_the_page_names_them() {
        let cases = [
            (answered(200, 40), "ok"),
            (answered(404, 40), "ok"),
            (answered(502, 40), "server-error"),
            (answered(200, 3_500), "slow"),
            (Seen::default(), "unreachable"),
            (
                Seen {
                    timed_out: true,
                    ..Seen::default()
                },
                "timeout",
            ),
        ];
        for (seen, expected) in cases {
            assert_eq!(outcome(&seen), expected, "{seen:?}");
        }
    }

    #[test]
    fn a_502_everywhere_is_an_intuit_outage_to_the_engine() {
        let results: Vec<(&'static Endpoint, Seen)> = engine::catalogue::ENDPOINTS
            .iter()
            .map(|e| (e, answered(502, 30)))
            .collect();
        let e = evidence(&results, 1_795_651_200_000.0);
        assert_eq!(diagnose(&e)[0].cause.id(), "intuit-outage");
    }

    #[test]
    fn inspection_names_the_issuer_and_the_product() {
        let mut seen = answered(200, 30);
        seen.tls.local_ca_only = true;
        seen.tls.issuer = Some("CN=Zscaler Intermediate Root CA, O=Zscaler Inc.".into());
        let judged = |results: &[(&'static Endpoint, Seen)]| {
            let engine_findings = diagnose(&evidence(results, 1_795_651_200_000.0));
            findings(results, &engine_findings, &engine::message::English)
        };
        let results = vec![(&engine::catalogue::ENDPOINTS[0], seen)];
        let f = &judged(&results)[0];
        assert_eq!(f.cause, "tls-inspection");
        assert!(f.detail.contains("probably Zscaler"), "{}", f.detail);
        assert!(
            f.detail.contains("CN=Zscaler Intermediate Root CA"),
            "{}",
            f.detail
        );
        let clean = [(&engine::catalogue::ENDPOINTS[0], answered(200, 30))];
        assert!(judged(&clean).iter().all(|f| f.cause != "tls-inspection"));
        // In French, the same finding, with the checker's own sentence in French too.
        let engine_findings = diagnose(&evidence(&results, 1_795_651_200_000.0));
        let french = findings(&results, &engine_findings, &engine::message::CanadianFrench);
        assert_eq!(french[0].cause, "tls-inspection");
        assert_eq!(french[0].message, Some(engine_findings[0].message));
        assert!(
            french[0].detail.contains("probablement Zscaler"),
            "{}",
            french[0].detail
        );
        assert!(
            french[0].detail.contains("L’émetteur des certificats"),
            "{}",
            french[0].detail
        );
    }

    #[test]
    fn exact_server_errors_are_worded_in_the_language_asked() {
        let results: Vec<_> = engine::catalogue::ENDPOINTS
            .iter()
            .take(1)
            .map(|e| (e, answered(503, 30)))
            .collect();
        let e = evidence(&results, 1_795_651_200_000.0);
        let engine_findings: Vec<Finding> = diagnose(&e)
            .into_iter()
            .filter(|f| f.cause != Cause::IntuitOutage)
            .collect();
        for (pack, words) in [
            (
                &engine::message::English as &dyn CheckerPack,
                "answered with a server error",
            ),
            (
                &engine::message::CanadianFrench,
                "qui ont renvoyé une erreur de serveur",
            ),
        ] {
            let found = server_errors(&results, &engine_findings, pack).expect("a server error");
            assert!(found.detail.contains(words), "{}", found.detail);
            assert!(found.message.is_none());
        }
    }
}
