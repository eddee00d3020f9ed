//! "What changed since your last check", per group of hosts and for the verdict.

use crate::catalogue::{Group, ENDPOINTS};
use crate::diagnose::diagnose;
use crate::evidence::Evidence;
use crate::outcome::{classify, Outcome};

/// The worst outcome in a group, by how much it hurts.
fn group_outcome(evidence: &Evidence, group: Group) -> Option<Outcome> {
    let rank = |o: Outcome| match o {
        Outcome::Ok => 0,
        Outcome::NotRun => 1,
        Outcome::Slow => 2,
        Outcome::ServerError => 3,
        Outcome::Timeout => 4,
        Outcome::Unreachable => 5,
    };
    ENDPOINTS
        .iter()
        .filter(|e| e.group == group)
        .filter_map(|e| evidence.observation(e.id).map(|o| classify(o).outcome))
        .max_by_key(|o| rank(*o))
}

pub fn what_changed(previous: &Evidence, current: &Evidence) -> Vec<String> {
    let mut changes = Vec::new();
    let (before, now) = (diagnose(previous), diagnose(current));
    if let (Some(b), Some(n)) = (before.first(), now.first()) {
        if b.cause != n.cause {
            changes.push(format!("Verdict: {} → {}", b.cause.id(), n.cause.id()));
        }
    }
    for group in Group::ALL {
        if let (Some(b), Some(n)) = (
            group_outcome(previous, group),
            group_outcome(current, group),
        ) {
            if b != n {
                changes.push(format!("{}: {} → {}", group.label(), b.id(), n.id()));
            }
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::EndpointEvidence;
    use crate::outcome::{FetchAnswer, Observation};

    fn with_payments(fetch: FetchAnswer) -> Evidence {
        Evidence {
            endpoints: ENDPOINTS
                .iter()
                .map(|e| EndpointEvidence {
                    id: e.id.into(),
                    observation: Observation {
                        fetch: if e.id == "payments-connect" {
                            fetch.clone()
                        } else {
                            FetchAnswer::Answered { after_ms: 5 }
                        },
                        image: None,
                    },
                })
                .collect(),
            ..Evidence::default()
        }
    }

    #[test]
    fn names_what_changed() {
        let before = with_payments(FetchAnswer::Failed {
            after_ms: 2,
            error: crate::outcome::FetchError::Network,
        });
        let now = with_payments(FetchAnswer::Answered { after_ms: 5 });
        let changes = what_changed(&before, &now);
        assert!(
            changes.contains(&"Payments and invoice links: unreachable → ok".to_string()),
            "{changes:?}"
        );
        assert!(what_changed(&now, &now).is_empty());
    }
}
