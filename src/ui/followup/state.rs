//! The follow-up module's state: the result handed over by the first module, and this
//! device's history. Pure, tested natively.

use std::rc::Rc;

use engine::diagnose::{diagnose, Finding};
use engine::evidence::Evidence;
use engine::notice::Notice;
use engine::share::decode_handover;
use yew::Reducible;

use crate::ui::same::Same;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FollowupState {
    /// The first module's key for the result shown; answered back once drawn.
    pub key: u32,
    /// `None` while a run is under way (nothing to show).
    pub result: Option<Shown>,
    /// The hand-over could not be read: a bug, said plainly.
    pub broken: bool,
    /// Watch mode, which outlives any one result: a new check does not end it.
    pub watch: super::watch::state::WatchState,
    /// Why outside input could not be used: a saved report that could not be read, or a part
    /// of a shared link left out. Set until the next result.
    pub refused: Option<Refusal>,
}

/// Why outside input could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    /// Worded when drawn, in the language shown then.
    Notice(Notice),
    /// A report file, worded by the extras that read it (only they hold these words), in the
    /// language shown then, whose tag `lang` is, English's included: a switch of language
    /// leaves it as it was, marked as what it is.
    File { text: String, lang: &'static str },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    /// Compared by identity, as props and memos compare it ([`Same`]).
    pub evidence: Same<Evidence>,
    pub findings: Same<Vec<Finding>>,
    pub shared: bool,
    /// The last run stored on this device before this one, and how many are stored.
    pub previous: Option<Same<Evidence>>,
    pub history_count: usize,
}

#[derive(Clone, Debug)]
pub enum FollowupAction {
    /// The first module published a result (`None`: a run started).
    Received {
        key: u32,
        handover: Option<String>,
        shared: bool,
        /// The result's ticket tag, which the hand-over does not carry: the address's for a
        /// live run, the link's own for a shared report.
        ticket: Option<engine::ticket::Ticket>,
        /// What is wrong with a shared link that still opened (a ticket tag that breaks the
        /// rule).
        problem: Option<Notice>,
    },
    /// This device's history, read once a live result arrived.
    HistoryLoaded {
        key: u32,
        previous: Option<Box<Evidence>>,
        count: usize,
    },
    HistoryForgotten,
    Watch(super::watch::state::WatchAction),
    /// Outside input (a saved report file) could not be used; `None` when it just opened.
    Refused(Option<Refusal>),
}

impl Reducible for FollowupState {
    type Action = FollowupAction;

    fn reduce(self: Rc<Self>, action: FollowupAction) -> Rc<Self> {
        match action {
            FollowupAction::Received {
                key,
                handover: None,
                ..
            } => Rc::new(FollowupState {
                key,
                result: None,
                broken: false,
                watch: self.watch.clone(),
                refused: None,
            }),
            FollowupAction::Received {
                key,
                handover: Some(text),
                shared,
                ticket,
                problem,
            } => match decode_handover(&text) {
                Ok(evidence) => {
                    let evidence = Evidence { ticket, ..evidence };
                    // A refined result (triage answers) keeps the history already read.
                    let (previous, history_count) = match &self.result {
                        Some(old) if self.key == key => (old.previous.clone(), old.history_count),
                        _ => (None, 0),
                    };
                    Rc::new(FollowupState {
                        key,
                        result: Some(Shown {
                            findings: Same::new(diagnose(&evidence)),
                            evidence: Same::new(evidence),
                            shared,
                            previous,
                            history_count,
                        }),
                        broken: false,
                        watch: self.watch.clone(),
                        refused: problem.map(Refusal::Notice),
                    })
                }
                Err(_) => Rc::new(FollowupState {
                    key,
                    result: None,
                    broken: true,
                    watch: self.watch.clone(),
                    refused: None,
                }),
            },
            FollowupAction::HistoryLoaded { key, .. } if key != self.key => self,
            FollowupAction::HistoryLoaded {
                previous, count, ..
            } => {
                let mut next = (*self).clone();
                if let Some(shown) = &mut next.result {
                    shown.previous = previous.map(|p| Same::new(*p));
                    shown.history_count = count;
                }
                Rc::new(next)
            }
            FollowupAction::Watch(action) => {
                let watch = self.watch.apply(action);
                if watch == self.watch {
                    return self;
                }
                Rc::new(FollowupState {
                    watch,
                    ..(*self).clone()
                })
            }
            FollowupAction::Refused(refused) => Rc::new(FollowupState {
                refused,
                ..(*self).clone()
            }),
            FollowupAction::HistoryForgotten => {
                let mut next = (*self).clone();
                if let Some(shown) = &mut next.result {
                    shown.previous = None;
                    shown.history_count = 0;
                }
                Rc::new(next)
            }
        }
    }
}

impl FollowupState {
    /// The result shown, when it is this device's own run (not someone's shared link).
    pub fn live_evidence(&self) -> Option<&Evidence> {
        self.result
            .as_ref()
            .filter(|shown| !shown.shared)
            .map(|shown| &*shown.evidence)
    }
}

impl Shown {
    /// What changed since the previous run on this device, in `words`' language.
    pub fn changes(&self, words: crate::ui::words::Words) -> Vec<String> {
        match (&self.previous, self.shared) {
            (Some(previous), false) => {
                engine::history::what_changed(previous, &self.evidence, &self.findings)
                    .iter()
                    .map(|change| change.words_in(words.pack(), words.history()))
                    .collect()
            }
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::share::encode_handover;
    use engine::status_page::StatusReading;

    fn handover() -> String {
        encode_handover(&Evidence {
            status: Some(StatusReading::TimedOut),
            ..Evidence::default()
        })
    }

    fn received(key: u32, handover: Option<String>) -> FollowupAction {
        FollowupAction::Received {
            key,
            handover,
            shared: false,
            ticket: None,
            problem: None,
        }
    }

    #[test]
    fn a_problem_with_a_shared_link_is_said_until_the_next_result() {
        let with_problem = Rc::new(FollowupState::default()).reduce(FollowupAction::Received {
            key: 1,
            handover: Some(handover()),
            shared: true,
            ticket: None,
            problem: Some(Notice::TicketLeftOut),
        });
        assert_eq!(
            with_problem.refused,
            Some(Refusal::Notice(Notice::TicketLeftOut))
        );
        assert!(with_problem.result.is_some(), "the result still shows");
        let next = with_problem.reduce(received(2, Some(handover())));
        assert_eq!(next.refused, None);
    }

    #[test]
    fn the_result_carries_the_ticket_it_was_received_with() {
        let ticket = engine::ticket::Ticket::parse("HD-1234").ok();
        let state = Rc::new(FollowupState::default()).reduce(FollowupAction::Received {
            key: 1,
            handover: Some(handover()),
            shared: false,
            ticket,
            problem: None,
        });
        assert_eq!(
            state.result.as_ref().map(|shown| shown.evidence.ticket),
            Some(ticket)
        );
    }

    #[test]
    fn a_result_is_shown_cleared_by_a_new_run_and_history_kept_across_refinements() {
        let mut state = Rc::new(FollowupState::default()).reduce(received(1, Some(handover())));
        let shown = state.result.clone().expect("shown");
        assert_eq!(*shown.findings, diagnose(&shown.evidence));
        state = state.reduce(FollowupAction::HistoryLoaded {
            key: 1,
            previous: Some(Box::default()),
            count: 3,
        });
        state = state.reduce(received(1, Some(handover())));
        assert_eq!(state.result.as_ref().map(|s| s.history_count), Some(3));
        state = state.reduce(FollowupAction::HistoryLoaded {
            key: 0,
            previous: None,
            count: 9,
        });
        assert_eq!(state.result.as_ref().map(|s| s.history_count), Some(3));
        state = state.reduce(received(2, None));
        assert_eq!((state.key, state.result.is_none()), (2, true));
    }

    #[test]
    fn a_broken_hand_over_is_a_notice_not_a_panic() {
        for text in ["", "h1.", "h1.!!!", "r1.AAAA", "h1.AAAAAAAA"] {
            let state =
                Rc::new(FollowupState::default()).reduce(received(4, Some(text.to_string())));
            assert!(state.result.is_none() && state.broken, "{text}");
            assert_eq!(state.key, 4);
        }
    }
}
