//! Everything the probes measured in one run: the engine's only input.

use serde::{Deserialize, Serialize};

use crate::catalogue::endpoints::{endpoint, Endpoint, ENDPOINTS};
use crate::outcome::{classify, Observation, Verdict};
use crate::status_page::StatusReading;

/// One catalogue host and what its probes saw.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndpointEvidence {
    pub id: String,
    pub observation: Observation,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The page's own origin, fetched the same way: if it fails too, the fault is not Intuit's.
    pub control: Option<Observation>,
    pub endpoints: Vec<EndpointEvidence>,
    pub status: Option<StatusReading>,
    /// `navigator.onLine`, where the browser said. `false` is reliable; `true` is not.
    pub online: Option<bool>,
}

/// A catalogue row with its judged result.
pub struct Judged {
    pub endpoint: &'static Endpoint,
    pub verdict: Verdict,
}

impl Evidence {
    /// Every probed host that is in the catalogue, judged. Unknown ids are skipped: they can
    /// only come from a report made by another version.
    pub fn judged(&self) -> Vec<Judged> {
        self.endpoints
            .iter()
            .filter_map(|e| {
                endpoint(&e.id).map(|endpoint| Judged {
                    endpoint,
                    verdict: classify(&e.observation),
                })
            })
            .collect()
    }

    pub fn control_verdict(&self) -> Option<Verdict> {
        self.control.as_ref().map(classify)
    }
}

/// One piece of evidence, as a probe delivers it. Probes finish in any order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fact {
    Endpoint(EndpointEvidence),
    Control(Observation),
    Status(StatusReading),
}

impl Evidence {
    /// Files a fact. A repeated fact replaces the earlier one.
    pub fn record(&mut self, fact: Fact) {
        match fact {
            Fact::Endpoint(e) => match self.endpoints.iter_mut().find(|x| x.id == e.id) {
                Some(existing) => *existing = e,
                None => self.endpoints.push(e),
            },
            Fact::Control(o) => self.control = Some(o),
            Fact::Status(s) => self.status = Some(s),
        }
    }

    /// How many catalogue hosts have an answer.
    pub fn endpoints_done(&self) -> usize {
        ENDPOINTS
            .iter()
            .filter(|e| self.endpoints.iter().any(|x| x.id == e.id))
            .count()
    }

    /// Every probe of a run has reported.
    pub fn is_complete(&self) -> bool {
        self.control.is_some() && self.status.is_some() && self.endpoints_done() == ENDPOINTS.len()
    }

    pub fn observation(&self, id: &str) -> Option<&Observation> {
        self.endpoints.iter().find(|e| e.id == id).map(|e| &e.observation)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outcome::FetchAnswer;

    fn answered() -> Observation {
        Observation {
            fetch: FetchAnswer::Answered { after_ms: 1 },
            image: None,
        }
    }

    #[test]
    fn completes_only_when_every_probe_reported() {
        let mut e = Evidence::default();
        e.record(Fact::Control(answered()));
        for (i, endpoint) in ENDPOINTS.iter().enumerate() {
            assert!(!e.is_complete());
            e.record(Fact::Endpoint(EndpointEvidence {
                id: endpoint.id.into(),
                observation: answered(),
            }));
            assert_eq!(e.endpoints_done(), i + 1);
        }
        assert!(!e.is_complete());
        e.record(Fact::Status(StatusReading::TimedOut));
        assert!(e.is_complete());
    }

    #[test]
    fn a_repeated_fact_replaces_the_first() {
        let mut e = Evidence::default();
        let fact = |ms| {
            Fact::Endpoint(EndpointEvidence {
                id: "qbo".into(),
                observation: Observation {
                    fetch: FetchAnswer::Answered { after_ms: ms },
                    image: None,
                },
            })
        };
        e.record(fact(1));
        e.record(fact(2));
        assert_eq!(e.endpoints.len(), 1);
        assert_eq!(e.observation("qbo").map(|o| o.fetch.clone()), Some(FetchAnswer::Answered { after_ms: 2 }));
    }
}

/// Words for an evidence id, as findings list them.
pub fn evidence_label(id: &str) -> String {
    match id {
        "control" => "this page's own server".into(),
        "status" => "Intuit's status page".into(),
        "online" => "the browser's online flag".into(),
        other => endpoint(other).map_or_else(|| other.to_string(), |e| e.host.to_string()),
    }
}
