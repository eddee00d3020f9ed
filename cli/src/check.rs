//! From what the network did to what it means. The page's outcome for each host, evidence in
//! the engine's terms (so the engine's diagnosis, help-desk code and link work unchanged), and
//! the one finding only a native checker can make: TLS inspection.

use engine::catalogue::endpoints::Endpoint;
use engine::diagnose::{diagnose, Finding};
use engine::environment::PageFacts;
use engine::evidence::{EndpointEvidence, Evidence};
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

/// A finding in the report: the page's causes, plus `tls-inspection`.
#[derive(Clone, Debug, Serialize)]
pub struct CliFinding {
    pub cause: String,
    pub confidence: &'static str,
    pub fault: &'static str,
    pub title: String,
    pub detail: String,
}

impl From<&Finding> for CliFinding {
    fn from(f: &Finding) -> Self {
        CliFinding {
            cause: f.cause.id().to_string(),
            confidence: f.confidence.label(),
            fault: f.fault.id(),
            title: f.title.clone(),
            detail: f.detail.clone(),
        }
    }
}

/// TLS inspection, if any host's chain was valid only against this machine's roots: named by
/// its issuer, with the product where the name says so.
pub fn tls_inspection(results: &[(&'static Endpoint, Seen)]) -> Option<CliFinding> {
    let inspected: Vec<&(&Endpoint, Seen)> = results
        .iter()
        .filter(|(_, s)| s.tls.local_ca_only)
        .collect();
    let (_, first) = inspected.first()?;
    let issuer = first
        .tls
        .issuer
        .clone()
        .unwrap_or_else(|| "an unnamed issuer".into());
    let product = engine::catalogue::inspection::product(&issuer);
    let hosts: Vec<&str> = inspected.iter().map(|(e, _)| e.host).collect();
    let which = if hosts.len() == results.len() {
        format!("all {} Intuit hosts", hosts.len())
    } else {
        format!("{} Intuit hosts ({})", hosts.len(), hosts.join(", "))
    };
    Some(CliFinding {
        cause: "tls-inspection".into(),
        confidence: "very likely",
        fault: "network",
        title: "Something on this network or machine is inspecting TLS to Intuit".into(),
        detail: format!(
            "The certificates for {which} were issued by \"{issuer}\"{}, which only this machine trusts, not by a public certificate authority. A proxy, firewall or antivirus that decrypts HTTPS does this, and it is a leading cause of QuickBooks sign-in loops and \"access denied\". Exempt the Intuit hosts from TLS/SSL inspection (decryption) in {}, then check again.",
            product.map(|p| format!(" (probably {p})")).unwrap_or_default(),
            product.unwrap_or("that product's policy"),
        ),
    })
}

/// Exact server errors the engine's browser-minded rules let pass (one host on its own reads to
/// a browser like a retired test file; to a native client it is an HTTP status).
pub fn server_errors(
    results: &[(&'static Endpoint, Seen)],
    engine_findings: &[Finding],
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
        cause: "intuit-outage".into(),
        confidence: "possible",
        fault: "intuit",
        title: "Some Intuit hosts answered with server errors".into(),
        detail: format!(
            "{} answered with a server error. That is Intuit's side, or, where TLS is inspected, the inspecting proxy answering for it. Check Intuit's status page.",
            errors.join(", ")
        ),
    })
}

/// All findings, most likely first: TLS inspection leads when it is there, because it explains
/// what the browser-level causes can only describe. The engine's "all clear" is dropped when
/// anything else was found.
pub fn findings(
    results: &[(&'static Endpoint, Seen)],
    engine_findings: &[Finding],
) -> Vec<CliFinding> {
    let own: Vec<CliFinding> = tls_inspection(results)
        .into_iter()
        .chain(server_errors(results, engine_findings))
        .collect();
    let keep_all_clear = own.is_empty();
    own.into_iter()
        .chain(
            engine_findings
                .iter()
                .filter(|f| keep_all_clear || f.cause.id() != "all-clear")
                // The checker's own finding names the issuer; the engine's says the same in
                // what a link can carry.
                .filter(|f| f.cause.id() != "tls-inspection")
                .map(CliFinding::from),
        )
        .collect()
}

/// The engine's findings for these results.
pub fn judge(evidence: &Evidence) -> Vec<Finding> {
    diagnose(evidence)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::{HttpSeen, Seen};

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
        assert_eq!(judge(&e)[0].cause.id(), "intuit-outage");
    }

    #[test]
    fn inspection_names_the_issuer_and_the_product() {
        let mut seen = answered(200, 30);
        seen.tls.local_ca_only = true;
        seen.tls.issuer = Some("CN=Zscaler Intermediate Root CA, O=Zscaler Inc.".into());
        let results = vec![(&engine::catalogue::ENDPOINTS[0], seen)];
        let f = tls_inspection(&results).unwrap();
        assert_eq!(f.cause, "tls-inspection");
        assert!(f.detail.contains("probably Zscaler"), "{}", f.detail);
        assert!(tls_inspection(&[(&engine::catalogue::ENDPOINTS[0], answered(200, 30))]).is_none());
    }
}
