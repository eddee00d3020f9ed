//! The text an IT admin needs: which hosts QuickBooks needs, which failed here and how, and the
//! browser and OS. Plain text, so it pastes into any ticket or email; in the language shown,
//! with the hosts, groups and outcomes as ids an admin can search for. Its words are data
//! ([`HandoutWords`]), as the browser facts' are (`crate::panel`).

use crate::catalogue::{Group, ENDPOINTS};
use crate::evidence::Evidence;
use crate::message::{BrowserName, English, Pack};
use crate::template::put;

mod fr_ca;
pub use fr_ca::CANADIAN_FRENCH;

crate::template::texts! {
    /// One language's words for the handout. Placeholders in braces are filled in.
    pub struct HandoutWords {
        title,
        /// `{time}`: the run's start in UTC.
        checked_at,
        date,
        browser,
        /// Before the hosts when Intuit is at fault: nothing to allow.
        outage,
        allow,
        not_tested,
        simpler,
        /// What the outcome ids mean.
        outcomes,
    }
}

/// The handout in English.
pub static ENGLISH: HandoutWords = HandoutWords {
    title: "QuickBooks Online connection check (qbo-check)",
    checked_at: "Checked at: {time}",
    date: "Date: {date}",
    browser: "Browser: {browser}",
    outage: "The check points to a problem on Intuit's side, so there is nothing to allow on this network. For reference, the hosts QuickBooks needs and what happened here:",
    allow: "Please allow HTTPS (TCP 443) from this computer to these hosts, without HTTPS inspection:",
    not_tested: "not tested",
    simpler: "Or, more simply: *.intuit.com and *.intuitcdn.net. Intuit publishes no official list; these hosts were seen in public sources.",
    outcomes: "Outcomes: ok = answered; unreachable = DNS, refused, reset, TLS or blocked (a browser cannot tell which); slow = answered after more than 3 s; timeout = no answer in 8 s; server-error = answered with an error page; not-run = not tested.",
};

/// The handout in English. `date` is a fallback for a run without a start time, as the caller
/// formats it; the engine has no clock. The run's own start is written in UTC, to the minute, so
/// an admin can match it to firewall logs.
pub fn it_handout(evidence: &Evidence, date: &str) -> String {
    it_handout_in(&English, &ENGLISH, evidence, date)
}

/// The handout in a language.
pub fn it_handout_in(
    pack: &dyn Pack,
    words: &HandoutWords,
    evidence: &Evidence,
    date: &str,
) -> String {
    let mut lines = vec![words.title.to_string()];
    match evidence.started_at_ms {
        Some(ms) => lines.push(put(
            words.checked_at,
            "{time}",
            &crate::environment::format_utc(ms, false),
        )),
        None if !date.is_empty() => lines.push(put(words.date, "{date}", date)),
        None => {}
    }
    if let Some(detection) = evidence.detection() {
        let browser = pack.browser(&BrowserName::of(&detection));
        lines.push(put(words.browser, "{browser}", &browser));
    }
    let top = crate::diagnose::diagnose(evidence).first().map(|f| f.cause);
    lines.push(String::new());
    lines.push(
        match top {
            Some(crate::diagnose::Cause::IntuitOutage) => words.outage,
            _ => words.allow,
        }
        .to_string(),
    );
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
                .unwrap_or_else(|| words.not_tested.into());
            lines.push(format!("  {:<32} {:<12} {}", e.host, group.id(), result));
        }
    }
    lines.push(String::new());
    lines.push(words.simpler.to_string());
    lines.push(words.outcomes.to_string());
    lines.push(String::new());
    lines.join("\n")
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
