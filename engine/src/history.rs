//! "What changed since your last check", per group of hosts and for the verdict.

use crate::catalogue::{Group, ENDPOINTS};
use crate::diagnose::diagnose;
use crate::evidence::Evidence;
use crate::outcome::Outcome;

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
        .filter_map(|e| evidence.verdict(e.id).map(|v| v.outcome))
        .max_by_key(|o| rank(*o))
}

/// One difference between two runs, with both the stable ids (for tests and tools) and the
/// words people read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// "Verdict" or a host group's label.
    pub what: &'static str,
    pub before_id: &'static str,
    pub after_id: &'static str,
    pub before: String,
    pub after: String,
}

impl Change {
    /// "Verdict: clock-skew → all-clear".
    pub fn ids(&self) -> String {
        format!("{}: {} → {}", self.what, self.before_id, self.after_id)
    }

    /// For people: "Last time: This device's clock is wrong. Now: all good — …" for the
    /// verdict, "Payments and invoice links: Unreachable → Reachable" for a group of hosts.
    pub fn words(&self) -> String {
        match (self.what, self.after_id) {
            ("Verdict", "all-clear") => format!(
                "Last time: {}. Now: all good. Close any QuickBooks tabs, reopen QuickBooks and sign in.",
                self.before
            ),
            ("Verdict", _) => format!("Last time: {}. Now: {}.", self.before, self.after),
            _ => format!("{}: {} → {}", self.what, self.before, self.after),
        }
    }
}

pub fn what_changed(previous: &Evidence, current: &Evidence) -> Vec<Change> {
    let mut changes = Vec::new();
    let (before, now) = (diagnose(previous), diagnose(current));
    if let (Some(b), Some(n)) = (before.first(), now.first()) {
        if b.cause != n.cause {
            changes.push(Change {
                what: "Verdict",
                before_id: b.cause.id(),
                after_id: n.cause.id(),
                before: b.title.clone(),
                after: n.title.clone(),
            });
        }
    }
    for group in Group::ALL {
        if let (Some(b), Some(n)) = (
            group_outcome(previous, group),
            group_outcome(current, group),
        ) {
            if b != n {
                changes.push(Change {
                    what: group.label(),
                    before_id: b.id(),
                    after_id: n.id(),
                    before: b.label().to_string(),
                    after: n.label().to_string(),
                });
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
                        second_image: None,
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
        let ids: Vec<String> = changes.iter().map(Change::ids).collect();
        assert!(
            ids.contains(&"Payments and invoice links: unreachable → ok".to_string()),
            "{ids:?}"
        );
        let words: Vec<String> = changes.iter().map(Change::words).collect();
        assert!(
            words.contains(&"Payments and invoice links: Unreachable → Reachable".to_string()),
            "{words:?}"
        );
        assert!(
            words.iter().all(|w| !w.contains("partial-block")),
            "{words:?}"
        );
        assert!(what_changed(&now, &now).is_empty());
    }
}

#[cfg(test)]
mod wording_tests {
    use super::*;

    #[test]
    fn a_fixed_problem_reads_as_fixed() {
        let change = Change {
            what: "Verdict",
            before_id: "clock-skew",
            after_id: "all-clear",
            before: "This device's clock is wrong".into(),
            after: "Every Intuit host answered from this browser".into(),
        };
        assert_eq!(
            change.words(),
            "Last time: This device's clock is wrong. Now: all good. Close any QuickBooks tabs, reopen QuickBooks and sign in."
        );
        assert_eq!(change.ids(), "Verdict: clock-skew → all-clear");
        let worse = Change {
            after_id: "network-block",
            after: "Your network is blocking Intuit".into(),
            ..change
        };
        assert_eq!(
            worse.words(),
            "Last time: This device's clock is wrong. Now: Your network is blocking Intuit."
        );
    }
}
