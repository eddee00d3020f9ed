//! "What changed since your last check", per group of hosts and for the verdict.

use crate::catalogue::{Group, ENDPOINTS};
use crate::diagnose::{diagnose, Cause, Finding};
use crate::evidence::Evidence;
use crate::outcome::Outcome;

/// The worst outcome in a group, by [`Outcome::severity`].
fn group_outcome(evidence: &Evidence, group: Group) -> Option<Outcome> {
    ENDPOINTS
        .iter()
        .filter(|e| e.group == group)
        .filter_map(|e| evidence.verdict(e.id).map(|v| v.outcome))
        .max_by_key(|o| o.severity())
}

/// What changed: the verdict, or one group of hosts. Typed, so the wording can change (or be
/// translated) without changing which sentence a change gets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    Verdict {
        before: Cause,
        after: Cause,
        /// The two findings' titles, for people.
        before_title: &'static str,
        after_title: &'static str,
    },
    Group {
        group: Group,
        before: Outcome,
        after: Outcome,
    },
}

impl Change {
    /// "Verdict: clock-skew → all-clear", "Payments and invoice links: unreachable → ok": the
    /// ids, in the form the shared history vectors (engine/tests/data) were written in.
    pub fn ids(&self) -> String {
        match self {
            Change::Verdict { before, after, .. } => {
                format!("Verdict: {} → {}", before.id(), after.id())
            }
            Change::Group {
                group,
                before,
                after,
            } => format!("{}: {} → {}", group.label(), before.id(), after.id()),
        }
    }

    /// For people: "Last time: This device's clock is wrong. Now: all good — …" for the
    /// verdict, "Payments and invoice links: Unreachable → Reachable" for a group of hosts.
    pub fn words(&self) -> String {
        match self {
            Change::Verdict {
                after: Cause::AllClear,
                before_title,
                ..
            } => format!(
                "Last time: {before_title}. Now: all good. Close any QuickBooks tabs, reopen QuickBooks and sign in."
            ),
            Change::Verdict {
                before_title,
                after_title,
                ..
            } => format!("Last time: {before_title}. Now: {after_title}."),
            Change::Group {
                group,
                before,
                after,
            } => format!("{}: {} → {}", group.label(), before.label(), after.label()),
        }
    }
}

/// What changed between the previous run and this one. `now` is this run's diagnosis, which
/// the caller already has, so only the previous run is diagnosed here.
pub fn what_changed(previous: &Evidence, current: &Evidence, now: &[Finding]) -> Vec<Change> {
    let mut changes = Vec::new();
    let before = diagnose(previous);
    if let (Some(b), Some(n)) = (before.first(), now.first()) {
        if b.cause != n.cause {
            changes.push(Change::Verdict {
                before: b.cause,
                after: n.cause,
                before_title: b.title(),
                after_title: n.title(),
            });
        }
    }
    for group in Group::ALL {
        if let (Some(before), Some(after)) = (
            group_outcome(previous, group),
            group_outcome(current, group),
        ) {
            if before != after {
                changes.push(Change::Group {
                    group,
                    before,
                    after,
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
        let changes = what_changed(&before, &now, &diagnose(&now));
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
        assert!(what_changed(&now, &now, &diagnose(&now)).is_empty());
    }
}

#[cfg(test)]
mod wording_tests {
    use super::*;

    #[test]
    fn a_fixed_problem_reads_as_fixed() {
        let change = Change::Verdict {
            before: Cause::ClockSkew,
            after: Cause::AllClear,
            before_title: "This device's clock is wrong",
            after_title: "Every Intuit host answered from this browser",
        };
        assert_eq!(
            change.words(),
            "Last time: This device's clock is wrong. Now: all good. Close any QuickBooks tabs, reopen QuickBooks and sign in."
        );
        assert_eq!(change.ids(), "Verdict: clock-skew → all-clear");
        // The sentence follows the cause, not the title's words.
        let reworded = Change::Verdict {
            before: Cause::ClockSkew,
            after: Cause::AllClear,
            before_title: "x",
            after_title: "y",
        };
        assert!(reworded.words().contains("Now: all good."));
        let worse = Change::Verdict {
            before: Cause::ClockSkew,
            after: Cause::NetworkBlock,
            before_title: "This device's clock is wrong",
            after_title: "Your network is blocking Intuit",
        };
        assert_eq!(
            worse.words(),
            "Last time: This device's clock is wrong. Now: Your network is blocking Intuit."
        );
    }
}
