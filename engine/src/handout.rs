//! The text an IT admin needs: which hosts QuickBooks needs, which failed here and how, and the
//! browser and OS. Plain text, so it pastes into any ticket or email.

use crate::catalogue::{Group, ENDPOINTS};
use crate::evidence::Evidence;

/// `date` is a fallback for a run without a start time, as the caller formats it; the engine
/// has no clock. The run's own start is written in UTC, to the minute, so an admin can match it
/// to firewall logs.
pub fn it_handout(evidence: &Evidence, date: &str) -> String {
    let mut out = String::new();
    out.push_str("QuickBooks Online connection check (qbo-check)\n");
    match evidence.started_at_ms {
        Some(ms) => out.push_str(&format!(
            "Checked at: {}\n",
            crate::environment::format_utc(ms, false)
        )),
        None if !date.is_empty() => out.push_str(&format!("Date: {date}\n")),
        None => {}
    }
    if let Some(detection) = evidence.detection() {
        out.push_str(&format!("Browser: {}\n", detection.describe()));
    }
    let top = crate::diagnose::diagnose(evidence).first().map(|f| f.cause);
    out.push_str(match top {
        Some(crate::diagnose::Cause::IntuitOutage) => "\nThe check points to a problem on Intuit's side, so there is nothing to allow on this network. For reference, the hosts QuickBooks needs and what happened here:\n",
        _ => "\nPlease allow HTTPS (TCP 443) from this computer to these hosts, without HTTPS inspection:\n",
    });
    for group in Group::ALL {
        for e in ENDPOINTS.iter().filter(|e| e.group == group) {
            let result = evidence
                .verdict(e.id)
                .map(|v| {
                    let ms = v
                        .elapsed_ms
                        .map(|ms| format!(", {ms} ms"))
                        .unwrap_or_default();
                    format!("{}{ms}", v.outcome.id())
                })
                .unwrap_or_else(|| "not tested".into());
            out.push_str(&format!("  {:<32} {:<12} {}\n", e.host, group.id(), result));
        }
    }
    out.push_str("\nOr, more simply: *.intuit.com and *.intuitcdn.net. Intuit publishes no official list; these hosts were seen in public sources.\n");
    out.push_str("Outcomes: ok = answered; unreachable = DNS, refused, reset, TLS or blocked (a browser cannot tell which); timeout = no answer in 8 s; server-error = answered with an error page.\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::EndpointEvidence;
    use crate::outcome::{FetchAnswer, Observation};

    #[test]
    fn lists_every_host_and_what_happened() {
        let evidence = Evidence {
            endpoints: vec![EndpointEvidence {
                id: "payments-connect".into(),
                observation: Observation {
                    fetch: FetchAnswer::Failed {
                        after_ms: 9,
                        error: crate::outcome::FetchError::Network,
                    },
                    image: None,
                    second_image: None,
                },
            }],
            ..Evidence::default()
        };
        let text = it_handout(&evidence, "2026-11-26");
        for e in ENDPOINTS {
            assert!(text.contains(e.host), "{}", e.host);
        }
        assert!(text.contains("connect.intuit.com") && text.contains("unreachable, 9 ms"));
        assert!(text.contains("not tested"));
        assert!(!text.contains("TypeError"), "no raw error text");
    }
}

#[cfg(test)]
mod wording_tests {
    use super::*;
    use crate::evidence::EndpointEvidence;
    use crate::outcome::{FetchAnswer, ImageAnswer, Observation};

    #[test]
    fn the_handout_has_a_utc_time_and_follows_the_verdict() {
        let every = |observation: Observation| Evidence {
            endpoints: ENDPOINTS
                .iter()
                .map(|e| EndpointEvidence {
                    id: e.id.into(),
                    observation: observation.clone(),
                })
                .collect(),
            started_at_ms: Some(1_795_675_301_000.0),
            ..Evidence::default()
        };
        let refused = every(Observation {
            fetch: FetchAnswer::Failed {
                after_ms: 3,
                error: crate::outcome::FetchError::Network,
            },
            image: None,
            second_image: None,
        });
        let text = it_handout(&refused, "");
        assert!(text.contains("Checked at: 2026-11-26 06:41 UTC"), "{text}");
        assert!(text.contains("Please allow HTTPS"));
        let errors = every(Observation {
            fetch: FetchAnswer::Answered { after_ms: 3 },
            image: Some(ImageAnswer::Failed { after_ms: 4 }),
            second_image: None,
        });
        let text = it_handout(&errors, "");
        assert!(text.contains("nothing to allow"), "{text}");
    }
}
