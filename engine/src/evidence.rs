//! Everything the probes measured in one run: the engine's only input.

use serde::Serialize;

use crate::browser::{detect, BrowserSignals, Detection};
use crate::calendar::{build_day, trusted_today, Day, DaySource};
use crate::catalogue::endpoints::{endpoint, Endpoint, Group, ENDPOINTS};
use crate::environment::{BaitFacts, CacheFacts, ContextFacts, CookieFacts, PageFacts};
use crate::outcome::{classify, Observation, Outcome, Verdict};
use crate::status_page::StatusReading;
use crate::template::{put, put_number};
use crate::triage::Triage;

mod fr_ca;
pub use fr_ca::CANADIAN_FRENCH;

/// One catalogue host and what its probes saw.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EndpointEvidence {
    pub id: String,
    pub observation: Observation,
}

/// Comparable natively only (tests, the native checker): the page compares a result by
/// identity (`src/ui/same.rs`), and without this the page cannot compare one by content by
/// mistake, which cost it some 1.6 KB brotli (docs/ARCHITECTURE.md, "Sizes").
#[derive(Clone, Debug, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(PartialEq))]
pub struct Evidence {
    /// The page's own origin, fetched the same way: if it fails too, the fault is not Intuit's.
    pub control: Option<Observation>,
    pub endpoints: Vec<EndpointEvidence>,
    pub status: Option<StatusReading>,
    /// `navigator.onLine`, where the browser said. `false` is reliable; `true` is not.
    pub online: Option<bool>,
    /// What the browser says about itself, read once at page load.
    pub browser: Option<BrowserSignals>,
    /// A detection carried by a shared report, which holds no UA string. Wins over `browser`.
    pub detected: Option<Detection>,
    /// When the run started (device clock, ms since 1970).
    pub started_at_ms: Option<f64>,
    pub page: Option<PageFacts>,
    pub cookies: Option<CookieFacts>,
    pub cache: Option<CacheFacts>,
    pub bait: Option<BaitFacts>,
    pub context: Option<ContextFacts>,
    /// The user's own answers, where given.
    pub triage: Option<Triage>,
    /// What only the native checker (cli/) can see, when its link is opened.
    pub native: Option<NativeFacts>,
    /// The help desk's ticket tag from the address (`?ticket=`), checked when it was read.
    pub ticket: Option<crate::ticket::Ticket>,
}

/// The native checker's findings a link can carry: counts and a catalogue index, never text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct NativeFacts {
    /// Hosts whose certificate chain was valid only against the machine's own roots.
    pub inspected_hosts: u32,
    /// The inspecting product, as an index into `catalogue::inspection::PRODUCTS`.
    pub product: Option<u8>,
}

/// A catalogue row with its judged result.
pub struct Judged {
    pub endpoint: &'static Endpoint,
    pub verdict: Verdict,
}

impl Evidence {
    /// Every probed host that is in the catalogue, judged. Unknown ids are skipped: they can
    /// only come from a report made by another version.
    /// In catalogue order, whatever order the probes finished in.
    pub fn judged(&self) -> Vec<Judged> {
        ENDPOINTS
            .iter()
            .filter_map(|endpoint| {
                self.verdict(endpoint.id)
                    .map(|verdict| Judged { endpoint, verdict })
            })
            .collect()
    }

    /// One host's verdict, as every view shows it: its observation judged, with the status
    /// host's own code where the page read one. `None` until its probes reported.
    pub fn verdict(&self, id: &str) -> Option<Verdict> {
        let endpoint = endpoint(id)?;
        let observation = self.observation(id)?;
        Some(self.with_status_code(endpoint, classify(observation)))
    }

    /// The status host allows CORS, so the page reads its real status code: an answer with an
    /// HTTP error there is a server error, as its row says, not a plain answer.
    fn with_status_code(&self, endpoint: &Endpoint, mut verdict: Verdict) -> Verdict {
        let http_error =
            matches!(self.status, Some(StatusReading::HttpError { status }) if status >= 400);
        if endpoint.group == Group::Status
            && http_error
            && matches!(verdict.outcome, Outcome::Ok | Outcome::Slow)
        {
            verdict.outcome = Outcome::ServerError;
        }
        verdict
    }

    pub fn control_verdict(&self) -> Option<Verdict> {
        self.control.as_ref().map(classify)
    }

    /// The day this evidence was gathered, as far as it can be trusted: the page's own server's
    /// date, else the device's clock, bounded by this build (`calendar::trusted_today`).
    pub fn day(&self) -> (Day, DaySource) {
        let server = self.page.as_ref().and_then(|p| p.server_time_ms);
        let device = self
            .page
            .as_ref()
            .map(|p| p.sent_at_ms)
            .or(self.started_at_ms);
        trusted_today(server, device, build_day())
    }
}

/// One piece of evidence, as a probe delivers it. Probes finish in any order.
#[derive(Clone, Debug, PartialEq)]
pub enum Fact {
    Endpoint(EndpointEvidence),
    Control(Observation),
    Status(StatusReading),
    Page(PageFacts),
    Cookies(CookieFacts),
    Cache(CacheFacts),
    Bait(BaitFacts),
    Context(ContextFacts),
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
            Fact::Page(p) => self.page = Some(p),
            Fact::Cookies(c) => self.cookies = Some(c),
            Fact::Cache(c) => self.cache = Some(c),
            Fact::Bait(b) => self.bait = Some(b),
            Fact::Context(c) => self.context = Some(c),
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
        self.control.is_some()
            && self.status.is_some()
            && self.page.is_some()
            && self.cookies.is_some()
            && self.cache.is_some()
            && self.bait.is_some()
            && self.context.is_some()
            && self.endpoints_done() == ENDPOINTS.len()
    }

    /// Which browser this evidence is about: a shared report's, or detected from the signals.
    pub fn detection(&self) -> Option<Detection> {
        self.detected
            .clone()
            .or_else(|| self.browser.as_ref().map(detect))
    }

    pub fn observation(&self, id: &str) -> Option<&Observation> {
        self.endpoints
            .iter()
            .find(|e| e.id == id)
            .map(|e| &e.observation)
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
            second_image: None,
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
        e.record(Fact::Page(PageFacts::default()));
        e.record(Fact::Cookies(CookieFacts::default()));
        e.record(Fact::Cache(CacheFacts::default()));
        e.record(Fact::Bait(BaitFacts {
            blocked: false,
            after_ms: 1,
        }));
        assert!(!e.is_complete());
        e.record(Fact::Context(ContextFacts::default()));
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
                    second_image: None,
                },
            })
        };
        e.record(fact(1));
        e.record(fact(2));
        assert_eq!(e.endpoints.len(), 1);
        assert_eq!(
            e.observation("qbo").map(|o| o.fetch.clone()),
            Some(FetchAnswer::Answered { after_ms: 2 })
        );
    }
}

/// One piece of evidence a finding rests on. A host is named by its catalogue id; the report
/// writes each as its id (`payments-connect`, `control`, `status-page` …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EvidenceRef {
    Host(&'static str),
    Control,
    StatusPage,
    Online,
    Browser,
    Cookies,
    Storage,
    Clock,
    Build,
    Cache,
    Bait,
    Connection,
    Triage,
    /// The native checker's own measurements, carried by its link.
    NativeChecker,
}

impl EvidenceRef {
    pub fn id(self) -> &'static str {
        match self {
            EvidenceRef::Host(id) => id,
            EvidenceRef::Control => "control",
            EvidenceRef::StatusPage => "status-page",
            EvidenceRef::Online => "online",
            EvidenceRef::Browser => "browser",
            EvidenceRef::Cookies => "cookies",
            EvidenceRef::Storage => "storage",
            EvidenceRef::Clock => "clock",
            EvidenceRef::Build => "build",
            EvidenceRef::Cache => "cache",
            EvidenceRef::Bait => "bait",
            EvidenceRef::Connection => "connection",
            EvidenceRef::Triage => "triage",
            EvidenceRef::NativeChecker => "native-checker",
        }
    }

    /// Words for it, as findings list them, in a language's words.
    pub fn label_in(self, words: &EvidenceWords) -> &'static str {
        match self {
            EvidenceRef::Host(id) => endpoint(id).map_or(words.an_intuit_host, |e| e.host),
            EvidenceRef::Control => words.control,
            EvidenceRef::StatusPage => words.status_page,
            EvidenceRef::Online => words.online,
            EvidenceRef::Browser => words.browser,
            EvidenceRef::Cookies => words.cookies,
            EvidenceRef::Storage => words.storage,
            EvidenceRef::Clock => words.clock,
            EvidenceRef::Build => words.build,
            EvidenceRef::Cache => words.cache,
            EvidenceRef::Bait => words.bait,
            EvidenceRef::Connection => words.connection,
            EvidenceRef::Triage => words.triage,
            EvidenceRef::NativeChecker => words.native_checker,
        }
    }
}

crate::template::texts! {
    /// One language's words for the evidence line under each finding, as data (as the browser
    /// facts' are, `crate::panel`).
    pub struct EvidenceWords {
        /// `{list}`: what the finding is based on.
        based_on,
        /// `{n}`: every catalogue host, named at once.
        all_hosts,
        an_intuit_host,
        control,
        status_page,
        online,
        browser,
        cookies,
        storage,
        clock,
        build,
        cache,
        bait,
        connection,
        triage,
        native_checker,
    }
}

/// The evidence line in English.
pub static ENGLISH: EvidenceWords = EvidenceWords {
    based_on: "Based on: {list}.",
    all_hosts: "all {n} Intuit hosts",
    an_intuit_host: "an Intuit host",
    control: "this page's own server",
    status_page: "Intuit's status page",
    online: "the browser's online flag",
    browser: "the browser's own description",
    cookies: "a test cookie",
    storage: "a test of site storage",
    clock: "this device's clock against this page's server",
    build: "this page's version against its server's",
    cache: "this page's caches",
    bait: "a test file that blockers stop",
    connection: "the browser's connection estimate",
    triage: "your answers",
    native_checker: "the command-line checker's TLS check",
};

impl Serialize for EvidenceRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// "Based on: …" for a finding, naming every host unless it is all of them.
pub fn describe_evidence(refs: &[EvidenceRef]) -> String {
    describe_evidence_in(&ENGLISH, refs)
}

/// The same in a language's words.
pub fn describe_evidence_in(words: &EvidenceWords, refs: &[EvidenceRef]) -> String {
    let is_host = |r: &EvidenceRef| matches!(r, EvidenceRef::Host(_));
    let every_host = ENDPOINTS
        .iter()
        .all(|e| refs.contains(&EvidenceRef::Host(e.id)));
    let mut parts: Vec<&str> = refs
        .iter()
        .filter(|r| !every_host || !is_host(r))
        .map(|r| r.label_in(words))
        .collect();
    let all = put_number(words.all_hosts, "{n}", ENDPOINTS.len() as u64);
    if every_host {
        parts.push(&all);
    }
    if parts.is_empty() {
        String::new()
    } else {
        put(words.based_on, "{list}", &parts.join(", "))
    }
}

#[cfg(test)]
mod label_tests {
    use super::*;

    #[test]
    fn describes_evidence_compactly() {
        let mut ids = vec![EvidenceRef::Control, EvidenceRef::StatusPage];
        ids.extend(ENDPOINTS.iter().map(|e| EvidenceRef::Host(e.id)));
        assert_eq!(
            describe_evidence(&ids),
            format!(
                "Based on: this page's own server, Intuit's status page, all {} Intuit hosts.",
                ENDPOINTS.len()
            )
        );
        assert_eq!(
            describe_evidence(&[
                EvidenceRef::Host("payments-connect"),
                EvidenceRef::Host("status")
            ]),
            "Based on: connect.intuit.com, status.quickbooks.intuit.com."
        );
        assert_eq!(describe_evidence(&[]), "");
    }
}
