//! "What changed since your last check", per group of hosts and for the verdict.

use crate::catalogue::{Group, ENDPOINTS};
use crate::diagnose::{diagnose, Cause, Finding};
use crate::evidence::Evidence;
use crate::message::{English, FindingText, Pack, PageText};
use crate::outcome::Outcome;
use crate::template::{put, put_number};

mod fr_ca;
pub use fr_ca::CANADIAN_FRENCH;

crate::template::texts! {
    /// One language's words for the history panel, as data (as the browser facts' are,
    /// `crate::panel`). Placeholders in braces are filled in.
    pub struct HistoryWords {
        /// `{before}`: last time's verdict, when this one is all clear.
        fixed,
        /// `{before}`, `{after}`: the two verdicts.
        changed,
        /// `{group}` of hosts went from `{before}` to `{after}`.
        group,
        /// `{ticket}`: the previous check's ticket tag, which the page draws in bold.
        previous_ticket,
        nothing_changed,
        first_check,
        not_kept,
        /// `{n}`: how many results are kept.
        kept,
        forget,
    }
}

/// The history panel in English.
pub static ENGLISH: HistoryWords = HistoryWords {
    fixed: "Last time: {before}. Now: all good. Close any QuickBooks tabs, reopen QuickBooks and sign in.",
    changed: "Last time: {before}. Now: {after}.",
    group: "{group}: {before} → {after}",
    previous_ticket: "Your last check on this device was for ticket {ticket}.",
    nothing_changed: "Nothing changed since your last check on this device.",
    first_check: "No earlier check is stored on this device.",
    not_kept: "No history is kept: this browser's storage is unavailable or was just cleared. ",
    kept: "Up to {n} results are kept in this browser only (its local storage), never sent anywhere. ",
    forget: "Forget my history",
};

impl HistoryWords {
    /// The previous ticket's sentence, before and after the tag, which the page draws in bold
    /// (found by hand: `split_once` with a `&str` brings core's two-way searcher into the page).
    pub fn around_ticket(&self) -> (&'static str, &'static str) {
        let sentence = self.previous_ticket;
        match crate::find::find(sentence, "{ticket}") {
            Some(at) => (&sentence[..at], &sentence[at + "{ticket}".len()..]),
            None => (sentence, ""),
        }
    }

    /// The line under the changes: how many results are kept, if any.
    pub fn keeping(&self, stored: usize, keep: usize) -> String {
        if stored == 0 {
            self.not_kept.to_string()
        } else {
            put_number(self.kept, "{n}", keep as u64)
        }
    }
}

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
        /// The two findings' messages, for people.
        before_title: FindingText,
        after_title: FindingText,
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
        self.words_in(&English, &ENGLISH)
    }

    /// The same in a language: its pack's words for the findings, groups and outcomes.
    pub fn words_in(&self, pack: &dyn Pack, words: &HistoryWords) -> String {
        match self {
            Change::Verdict {
                after: Cause::AllClear,
                before_title,
                ..
            } => put(words.fixed, "{before}", pack.finding_title(before_title)),
            Change::Verdict {
                before_title,
                after_title,
                ..
            } => put(
                &put(words.changed, "{before}", pack.finding_title(before_title)),
                "{after}",
                pack.finding_title(after_title),
            ),
            Change::Group {
                group,
                before,
                after,
            } => {
                let outcome = |outcome: Outcome| {
                    pack.page(PageText::RowOutcome {
                        outcome,
                        sees_server_errors: true,
                    })
                };
                let line = put(words.group, "{group}", pack.group(*group));
                let line = put(&line, "{before}", &outcome(*before));
                put(&line, "{after}", &outcome(*after))
            }
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
                before_title: b.message,
                after_title: n.message,
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
    fn the_ticket_sits_where_each_language_names_it() {
        assert_eq!(
            ENGLISH.around_ticket(),
            ("Your last check on this device was for ticket ", ".")
        );
        let (before, after) = CANADIAN_FRENCH.around_ticket();
        assert!(!before.is_empty() && !after.is_empty(), "{before}|{after}");
        assert!(!before.contains('{') && !after.contains('}'));
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

    const CLOCK: FindingText = FindingText::ClockWrong {
        skew_ms: 600_000,
        within_s: 1,
    };

    #[test]
    fn a_fixed_problem_reads_as_fixed() {
        let change = Change::Verdict {
            before: Cause::ClockSkew,
            after: Cause::AllClear,
            before_title: CLOCK,
            after_title: FindingText::AllClear {
                status: None,
                blind_hosts: 0,
            },
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
            before_title: FindingText::Offline,
            after_title: FindingText::Offline,
        };
        assert!(reworded.words().contains("Now: all good."));
        let worse = Change::Verdict {
            before: Cause::ClockSkew,
            after: Cause::NetworkBlock,
            before_title: CLOCK,
            after_title: FindingText::NetworkBlock {
                all_timed_out: false,
                clock_wrong: false,
            },
        };
        assert_eq!(
            worse.words(),
            "Last time: This device's clock is wrong. Now: Your network is blocking Intuit."
        );
    }
}
