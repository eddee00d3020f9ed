//! The page's one state and its pure reducer, tested natively.

use std::rc::Rc;

use engine::browser::{detect, BrowserSignals, Detection};
use engine::catalogue::ENDPOINTS;
use engine::diagnose::{diagnose, Finding};
use engine::evidence::{Evidence, Fact};
use engine::notice::Notice;
use engine::outcome::Verdict;
use engine::triage::Triage;
use yew::Reducible;

use super::same::Same;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Phase {
    #[default]
    Idle,
    Running,
    Done,
}

impl Phase {
    /// the page's `data-run-state` contract (docs/ARCHITECTURE.md).
    pub fn id(self) -> &'static str {
        match self {
            Phase::Idle => "idle",
            Phase::Running => "running",
            Phase::Done => "done",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunState {
    pub phase: Phase,
    /// Counts runs, so that a late fact from an earlier run is never filed in a new one.
    pub run: u32,
    /// Compared by identity: each change is a new value ([`Same`]).
    pub evidence: Same<Evidence>,
    /// Ranked; empty until the run is done.
    pub findings: Same<Vec<Finding>>,
    /// The results came from a shared link, not from this browser.
    pub shared: bool,
    /// Why a link could not be used or the check could not start, shown as an alert and
    /// worded when drawn.
    pub notice: Option<Notice>,
    /// Counts results shown (a finished run, an opened link), so the follow-up module's
    /// "drawn" answer is matched to the result it drew.
    pub view: u32,
    /// The last `view` the follow-up module (fix steps, sharing, history) has drawn.
    pub followup_shown: u32,
    /// The follow-up module could not load: this module shows plain steps instead.
    pub followup_unavailable: bool,
    /// The user asked for the lookups (they live in the extras part), whether they have been
    /// drawn, and whether their part could not be fetched (the user may ask again).
    pub lookups_requested: bool,
    pub lookups_shown: bool,
    pub lookups_unavailable: bool,
}

#[derive(Clone, Debug)]
pub enum Action {
    /// What the browser says about itself (again, once its detailed hints arrive).
    BrowserRead(BrowserSignals),
    /// The user's triage answers; they refine a finished diagnosis at once.
    Triage(Triage),
    /// Start a run, unless one is under way.
    Start {
        online: Option<bool>,
        started_at_ms: Option<f64>,
    },
    /// A shared report was opened from the link.
    OpenShared(Box<Evidence>),
    /// Input could not be used; say why.
    BadInput(Notice),
    /// The follow-up module drew result `view`.
    FollowupShown(u32),
    /// The user asked for the error-code and help-desk-code lookups.
    OpenLookups,
    /// The lookups were drawn.
    LookupsShown,
    /// The lookups' part could not be fetched.
    LookupsUnavailable,
    /// The follow-up module did not load in time, or failed.
    FollowupUnavailable,
    /// A deadline after result `view` was shown: unless drawn by now, the follow-up module
    /// counts as unavailable.
    FollowupOverdue(u32),
    /// A probe of run `run` finished.
    Record { run: u32, fact: Fact },
    /// The probes of run `run` could not be fetched: the run ends without a result.
    ProbesUnavailable(u32),
}

impl Reducible for RunState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::BrowserRead(signals) => {
                let mut next = (*self).clone();
                next.evidence.browser = Some(signals);
                if next.phase == Phase::Done {
                    next.findings = Same::new(diagnose(&next.evidence));
                }
                Rc::new(next)
            }
            Action::Triage(triage) => {
                let mut next = (*self).clone();
                next.evidence.triage = Some(triage);
                if next.phase == Phase::Done {
                    next.findings = Same::new(diagnose(&next.evidence));
                }
                Rc::new(next)
            }
            Action::Start { .. } if self.phase == Phase::Running => self,
            Action::Start {
                online,
                started_at_ms,
            } => Rc::new(RunState {
                phase: Phase::Running,
                run: self.run + 1,
                evidence: Same::new(Evidence {
                    online,
                    started_at_ms,
                    // A shared report's browser is not this one.
                    browser: self.evidence.browser.clone(),
                    triage: if self.shared {
                        None
                    } else {
                        self.evidence.triage
                    },
                    ..Evidence::default()
                }),
                findings: Same::default(),
                shared: false,
                notice: None,
                ..(*self).clone()
            }),
            Action::OpenShared(evidence) => Rc::new(RunState {
                phase: Phase::Done,
                view: self.view + 1,
                findings: Same::new(diagnose(&evidence)),
                evidence: Same::new(Evidence {
                    browser: self.evidence.browser.clone(),
                    ..*evidence
                }),
                shared: true,
                notice: None,
                ..(*self).clone()
            }),
            Action::BadInput(message) => Rc::new(RunState {
                notice: Some(message),
                ..(*self).clone()
            }),
            Action::OpenLookups if self.lookups_requested => self,
            Action::OpenLookups => Rc::new(RunState {
                lookups_requested: true,
                lookups_unavailable: false,
                ..(*self).clone()
            }),
            Action::LookupsUnavailable if self.lookups_shown || !self.lookups_requested => self,
            Action::LookupsUnavailable => Rc::new(RunState {
                lookups_requested: false,
                lookups_unavailable: true,
                ..(*self).clone()
            }),
            Action::LookupsShown if self.lookups_shown => self,
            Action::LookupsShown => Rc::new(RunState {
                lookups_shown: true,
                ..(*self).clone()
            }),
            Action::FollowupShown(view) if view == self.followup_shown => self,
            // A module that arrives late (a slow link) replaces the plain steps.
            Action::FollowupShown(view) => Rc::new(RunState {
                followup_shown: view,
                followup_unavailable: false,
                ..(*self).clone()
            }),
            Action::FollowupOverdue(view)
                if view != self.view
                    || self.followup_shown == view
                    || self.phase != Phase::Done =>
            {
                self
            }
            Action::FollowupOverdue(_) | Action::FollowupUnavailable
                if self.followup_unavailable =>
            {
                self
            }
            Action::FollowupOverdue(_) | Action::FollowupUnavailable => Rc::new(RunState {
                followup_unavailable: true,
                ..(*self).clone()
            }),
            Action::ProbesUnavailable(run) if run != self.run || self.phase != Phase::Running => {
                self
            }
            Action::ProbesUnavailable(_) => Rc::new(RunState {
                phase: Phase::Idle,
                notice: Some(Notice::ProbesMissing),
                ..(*self).clone()
            }),
            Action::Record { run, .. } if run != self.run || self.phase != Phase::Running => self,
            Action::Record { fact, .. } => {
                let mut next = (*self).clone();
                next.evidence.record(fact);
                if next.evidence.is_complete() {
                    next.phase = Phase::Done;
                    next.view += 1;
                    next.findings = Same::new(diagnose(&next.evidence));
                }
                Rc::new(next)
            }
        }
    }
}

impl RunState {
    /// A fresh page that already knows what the browser said at load.
    pub fn with_browser(signals: BrowserSignals) -> Self {
        RunState {
            evidence: Same::new(Evidence {
                browser: Some(signals),
                ..Evidence::default()
            }),
            ..RunState::default()
        }
    }

    /// The browser the shown results are about (a shared report's, or this one).
    pub fn detection(&self) -> Option<Detection> {
        self.evidence.detection()
    }

    /// This browser, whatever results are shown.
    pub fn this_browser(&self) -> Option<Detection> {
        self.evidence.browser.as_ref().map(detect)
    }

    /// Whether the follow-up module is wanted: a run under way or done.
    pub fn wants_followup(&self) -> bool {
        self.phase != Phase::Idle
    }

    /// the page's `data-run-state` contract (docs/ARCHITECTURE.md): `done` only once the whole result is on the page, the
    /// follow-up module's steps included (or this module's plain steps, if it could not load),
    /// so that whoever waits for `done` finds every part of it.
    pub fn run_state(&self) -> Phase {
        match self.phase {
            Phase::Done if self.followup_shown != self.view && !self.followup_unavailable => {
                Phase::Running
            }
            phase => phase,
        }
    }

    /// A row's verdict, once its probes have reported.
    pub fn verdict(&self, endpoint_id: &str) -> Option<Verdict> {
        self.evidence.verdict(endpoint_id)
    }

    /// (hosts finished, hosts in all).
    pub fn progress(&self) -> (usize, usize) {
        (self.evidence.endpoints_done(), ENDPOINTS.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::environment::{BaitFacts, CacheFacts, ContextFacts, CookieFacts, PageFacts};
    use engine::evidence::EndpointEvidence;
    use engine::outcome::{FetchAnswer, Observation};
    use engine::status_page::StatusReading;

    fn answered() -> Observation {
        Observation {
            fetch: FetchAnswer::Answered { after_ms: 5 },
            image: None,
            second_image: None,
        }
    }

    fn record(state: Rc<RunState>, run: u32, fact: Fact) -> Rc<RunState> {
        state.reduce(Action::Record { run, fact })
    }

    fn every_fact() -> Vec<Fact> {
        let mut facts: Vec<Fact> = ENDPOINTS
            .iter()
            .map(|e| {
                Fact::Endpoint(EndpointEvidence {
                    id: e.id.into(),
                    observation: answered(),
                })
            })
            .collect();
        facts.push(Fact::Control(answered()));
        facts.push(Fact::Status(StatusReading::TimedOut));
        facts.push(Fact::Page(PageFacts::default()));
        facts.push(Fact::Cookies(CookieFacts::default()));
        facts.push(Fact::Cache(CacheFacts::default()));
        facts.push(Fact::Bait(BaitFacts {
            blocked: false,
            after_ms: 1,
        }));
        facts.push(Fact::Context(ContextFacts::default()));
        facts
    }

    #[test]
    fn a_run_goes_idle_running_done() {
        let mut state = Rc::new(RunState::default());
        assert_eq!(state.phase, Phase::Idle);
        state = state.reduce(Action::Start {
            online: Some(true),
            started_at_ms: None,
        });
        assert_eq!((state.phase, state.run), (Phase::Running, 1));
        for fact in every_fact() {
            assert_eq!(state.phase, Phase::Running);
            state = record(state, 1, fact);
        }
        assert_eq!(state.phase, Phase::Done);
        assert_eq!(state.findings[0].cause.id(), "all-clear");
        assert_eq!(state.progress(), (ENDPOINTS.len(), ENDPOINTS.len()));
    }

    #[test]
    fn probes_that_cannot_be_fetched_end_the_run_with_a_notice_and_no_result() {
        let start = Action::Start {
            online: None,
            started_at_ms: None,
        };
        let running = Rc::new(RunState::default()).reduce(start.clone());
        // Another run's failure, or one after the result, changes nothing.
        assert!(Rc::ptr_eq(
            &running.clone().reduce(Action::ProbesUnavailable(2)),
            &running
        ));
        let ended = running.reduce(Action::ProbesUnavailable(1));
        assert_eq!((ended.phase, ended.run), (Phase::Idle, 1));
        assert!(ended.findings.is_empty());
        assert_eq!(ended.notice, Some(Notice::ProbesMissing));
        // Facts of the failed run (a part that arrived late) are not recorded.
        let fact = every_fact().remove(0);
        assert!(Rc::ptr_eq(
            &ended.clone().reduce(Action::Record {
                run: 1,
                fact: fact.clone()
            }),
            &ended
        ));
        // The page can be asked again.
        let again = ended.reduce(start);
        assert!(Rc::ptr_eq(
            &again.clone().reduce(Action::Record { run: 1, fact }),
            &again
        ));
        assert_eq!((again.phase, again.run), (Phase::Running, 2));
        let mut done = again;
        for fact in every_fact() {
            done = record(done, 2, fact);
        }
        assert!(Rc::ptr_eq(
            &done.clone().reduce(Action::ProbesUnavailable(2)),
            &done
        ));
    }

    #[test]
    fn start_is_ignored_while_running_and_restarts_when_done() {
        let mut state = Rc::new(RunState::default()).reduce(Action::Start {
            online: None,
            started_at_ms: None,
        });
        state = state.reduce(Action::Start {
            online: None,
            started_at_ms: None,
        });
        assert_eq!(state.run, 1);
        for fact in every_fact() {
            state = record(state, 1, fact);
        }
        state = state.reduce(Action::Start {
            online: None,
            started_at_ms: None,
        });
        assert_eq!((state.phase, state.run), (Phase::Running, 2));
        assert!(state.findings.is_empty() && state.evidence.endpoints.is_empty());
    }

    #[test]
    fn late_facts_from_an_earlier_run_are_dropped() {
        let mut state = Rc::new(RunState::default()).reduce(Action::Start {
            online: None,
            started_at_ms: None,
        });
        for fact in every_fact() {
            state = record(state, 1, fact);
        }
        state = state.reduce(Action::Start {
            online: None,
            started_at_ms: None,
        });
        state = record(state, 1, Fact::Control(answered()));
        assert!(state.evidence.control.is_none());
        let idle = Rc::new(RunState::default());
        assert_eq!(*record(idle.clone(), 0, Fact::Control(answered())), *idle);
    }

    #[test]
    fn the_browser_is_known_before_and_across_runs() {
        let signals = BrowserSignals {
            user_agent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko"
                .into(),
            ..BrowserSignals::default()
        };
        let mut state = Rc::new(RunState::with_browser(signals.clone()));
        assert_eq!(state.detection().map(|d| d.family.id()), Some("ie"));
        state = state.reduce(Action::Start {
            online: None,
            started_at_ms: None,
        });
        assert_eq!(state.evidence.browser, Some(signals));
        for fact in every_fact() {
            state = record(state, 1, fact);
        }
        assert_eq!(state.findings[0].cause.id(), "browser-unsupported");
        let chrome = BrowserSignals {
            user_agent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36".into(),
            ..BrowserSignals::default()
        };
        state = state.reduce(Action::BrowserRead(chrome));
        assert_eq!(state.detection().map(|d| d.family.id()), Some("chrome"));
        assert_ne!(state.findings[0].cause.id(), "browser-unsupported");
    }

    #[test]
    fn triage_answers_refine_a_finished_run_and_survive_the_next() {
        use engine::triage::{Answer, Triage};
        let mut state = Rc::new(RunState::default()).reduce(Action::Start {
            online: None,
            started_at_ms: None,
        });
        for fact in every_fact() {
            state = record(state, 1, fact);
        }
        let before = state.findings.clone();
        let triage = Triage {
            works_in_private_window: Some(Answer::Yes),
            ..Triage::default()
        };
        state = state.reduce(Action::Triage(triage));
        assert_ne!(*state.findings, *before);
        assert!(state.findings.iter().any(|f| f.cause.id() == "stale-cache"));
        state = state.reduce(Action::Start {
            online: None,
            started_at_ms: None,
        });
        assert_eq!(state.evidence.triage, Some(triage));
    }

    #[test]
    fn a_shared_report_is_shown_done_and_a_fresh_run_replaces_it() {
        let mut shared = Evidence::default();
        for fact in every_fact() {
            shared.record(fact);
        }
        let mut state = Rc::new(RunState::default()).reduce(Action::OpenShared(Box::new(shared)));
        assert_eq!((state.phase, state.shared), (Phase::Done, true));
        assert!(!state.findings.is_empty());
        state = state.reduce(Action::Start {
            online: None,
            started_at_ms: None,
        });
        assert_eq!((state.phase, state.shared), (Phase::Running, false));
        assert!(state.evidence.endpoints.is_empty());
    }

    #[test]
    fn bad_input_is_a_notice_that_the_next_run_clears() {
        let mut state = Rc::new(RunState::default()).reduce(Action::BadInput(Notice::PartMissing));
        assert_eq!(state.notice, Some(Notice::PartMissing));
        assert_eq!(state.phase, Phase::Idle);
        state = state.reduce(Action::Start {
            online: None,
            started_at_ms: None,
        });
        assert_eq!(state.notice, None);
    }

    #[test]
    fn done_waits_for_the_follow_up_module_or_its_failure() {
        let mut state = Rc::new(RunState::default()).reduce(Action::Start {
            online: None,
            started_at_ms: None,
        });
        assert_eq!(state.run_state(), Phase::Running);
        for fact in every_fact() {
            state = record(state, 1, fact);
        }
        assert_eq!(
            (state.phase, state.run_state()),
            (Phase::Done, Phase::Running)
        );
        let view = state.view;
        assert_eq!(
            state
                .clone()
                .reduce(Action::FollowupShown(view - 1))
                .run_state(),
            Phase::Running
        );
        assert_eq!(
            state
                .clone()
                .reduce(Action::FollowupShown(view))
                .run_state(),
            Phase::Done
        );
        state = state.reduce(Action::FollowupUnavailable);
        assert_eq!(state.run_state(), Phase::Done);
        state = state.reduce(Action::Start {
            online: None,
            started_at_ms: None,
        });
        assert_eq!(state.run_state(), Phase::Running);
        let mut shared = Evidence::default();
        for fact in every_fact() {
            shared.record(fact);
        }
        let opened = Rc::new(RunState::default()).reduce(Action::OpenShared(Box::new(shared)));
        assert_eq!(opened.run_state(), Phase::Running);
        let view = opened.view;
        assert_eq!(
            opened
                .clone()
                .reduce(Action::FollowupOverdue(view - 1))
                .run_state(),
            Phase::Running
        );
        assert_eq!(
            opened
                .clone()
                .reduce(Action::FollowupOverdue(view))
                .run_state(),
            Phase::Done
        );
        let drawn = opened.reduce(Action::FollowupShown(view));
        assert_eq!(drawn.run_state(), Phase::Done);
        assert!(
            !drawn
                .reduce(Action::FollowupOverdue(view))
                .followup_unavailable
        );
    }

    /// The lookups are their own part: asking for them does not fetch the follow-up part, and a
    /// part that could not be fetched leaves the request open to be made again.
    #[test]
    fn lookups_that_could_not_load_can_be_asked_for_again() {
        let asked = Rc::new(RunState::default()).reduce(Action::OpenLookups);
        assert!(asked.lookups_requested && !asked.wants_followup());
        let failed = asked.reduce(Action::LookupsUnavailable);
        assert!(failed.lookups_unavailable && !failed.lookups_requested);
        let again = failed.reduce(Action::OpenLookups);
        assert!(again.lookups_requested && !again.lookups_unavailable);
        let shown = again.reduce(Action::LookupsShown);
        // A late failure of an earlier attempt does not hide lookups that are on the page.
        let late = shown.reduce(Action::LookupsUnavailable);
        assert!(late.lookups_shown && !late.lookups_unavailable);
    }
}
