//! Evidence in, ranked findings out. Pure: no browser, no clock, no I/O.
//!
//! Each rule reads the evidence and may add one finding. The list is then ranked by confidence
//! and, within a confidence, by how much a cause explains (an offline device explains every
//! other symptom, so it comes first). There is always at least one finding.

use serde::{Deserialize, Serialize};

use crate::browser::Engine;
use crate::catalogue::endpoints::Group;
use crate::evidence::{Evidence, EvidenceRef, Judged};
use crate::message::{English, Files, FindingText, Groups, Hosts, OutageWord, Pack, Shares};
use crate::outcome::Outcome;
use crate::status_page::{Indicator, StatusReading};

/// The cause ids of the page's `data-cause` contract (docs/ARCHITECTURE.md). The order of
/// declaration is the ranking: it breaks ties between equally confident findings, so a cause
/// that explains more comes first. Help-desk codes use [`Cause::code`] instead, which never
/// changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cause {
    Offline,
    /// Found only by the native checker (cli/), and shown by the page from its link.
    TlsInspection,
    NetworkBlock,
    IntuitOutage,
    PartialBlock,
    ClockSkew,
    BrowserUnsupported,
    BrowserOutdated,
    CookiesBlocked,
    ExtensionInterference,
    StaleCache,
    SlowNetwork,
    CannotTest,
    AllClear,
    /// A note, ranked below all-clear: one test file did not load while everything else did.
    RetiredTestFile,
}

impl Cause {
    /// Every cause, in the order of their help-desk code numbers.
    pub const ALL: [Cause; 15] = [
        Cause::AllClear,
        Cause::Offline,
        Cause::IntuitOutage,
        Cause::NetworkBlock,
        Cause::PartialBlock,
        Cause::SlowNetwork,
        Cause::ClockSkew,
        Cause::BrowserOutdated,
        Cause::BrowserUnsupported,
        Cause::CookiesBlocked,
        Cause::StaleCache,
        Cause::ExtensionInterference,
        Cause::CannotTest,
        Cause::RetiredTestFile,
        Cause::TlsInspection,
    ];

    /// The cause's number in help-desk codes. Fixed forever: codes already read out to a help
    /// desk must keep their meaning. A new cause takes the next free number.
    pub fn code(self) -> u8 {
        match self {
            Cause::AllClear => 0,
            Cause::Offline => 1,
            Cause::IntuitOutage => 2,
            Cause::NetworkBlock => 3,
            Cause::PartialBlock => 4,
            Cause::SlowNetwork => 5,
            Cause::ClockSkew => 6,
            Cause::BrowserOutdated => 7,
            Cause::BrowserUnsupported => 8,
            Cause::CookiesBlocked => 9,
            Cause::StaleCache => 10,
            Cause::ExtensionInterference => 11,
            Cause::CannotTest => 12,
            Cause::RetiredTestFile => 13,
            Cause::TlsInspection => 14,
        }
    }

    /// The cause in a few plain words, for people (ids are for tools and tests).
    pub fn words(self) -> &'static str {
        match self {
            Cause::Offline => "no internet connection",
            Cause::NetworkBlock => "a network blocking Intuit",
            Cause::IntuitOutage => "a problem on Intuit's side",
            Cause::PartialBlock => "a firewall, proxy, VPN or filter",
            Cause::ClockSkew => "a wrong device clock",
            Cause::BrowserUnsupported => "an unsupported browser",
            Cause::BrowserOutdated => "an outdated browser or system",
            Cause::CookiesBlocked => "blocked cookies",
            Cause::ExtensionInterference => "an extension or security software",
            Cause::StaleCache => "stale cookies or cached files",
            Cause::SlowNetwork => "a slow connection",
            Cause::CannotTest => "something this page cannot test",
            Cause::AllClear => "nothing wrong",
            Cause::RetiredTestFile => "a test file this page uses that Intuit moved",
            Cause::TlsInspection => "a proxy or antivirus inspecting secure connections",
        }
    }

    pub fn from_code(code: u64) -> Option<Cause> {
        Cause::ALL.into_iter().find(|c| u64::from(c.code()) == code)
    }

    pub fn id(self) -> &'static str {
        match self {
            Cause::Offline => "offline",
            Cause::NetworkBlock => "network-block",
            Cause::IntuitOutage => "intuit-outage",
            Cause::PartialBlock => "partial-block",
            Cause::ClockSkew => "clock-skew",
            Cause::BrowserUnsupported => "browser-unsupported",
            Cause::BrowserOutdated => "browser-outdated",
            Cause::CookiesBlocked => "cookies-blocked",
            Cause::ExtensionInterference => "extension-interference",
            Cause::StaleCache => "stale-cache",
            Cause::SlowNetwork => "slow-network",
            Cause::CannotTest => "cannot-test",
            Cause::AllClear => "all-clear",
            Cause::RetiredTestFile => "retired-test-file",
            Cause::TlsInspection => "tls-inspection",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    /// The confidence's words, one table: its label ("very likely"), how the headline places
    /// the fault ("Where the problem most likely is"), and its id for styles and tools.
    fn words(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Confidence::Low => ("possible", "may be", "low"),
            Confidence::Medium => ("likely", "likely is", "medium"),
            Confidence::High => ("very likely", "most likely is", "high"),
        }
    }

    pub fn label(self) -> &'static str {
        self.words().0
    }

    /// "Where the problem {this}: your network".
    pub fn placing(self) -> &'static str {
        self.words().1
    }

    pub fn id(self) -> &'static str {
        self.words().2
    }
}

/// Where the fault lies, in the words the headline uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fault {
    Device,
    Network,
    Intuit,
    /// The test itself could not tell.
    Unknown,
    /// Nothing wrong was found.
    Nowhere,
}

impl Fault {
    pub fn id(self) -> &'static str {
        match self {
            Fault::Device => "device",
            Fault::Network => "network",
            Fault::Intuit => "intuit",
            Fault::Unknown => "unknown",
            Fault::Nowhere => "none",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Fault::Device => "this device",
            Fault::Network => "your network",
            Fault::Intuit => "Intuit",
            Fault::Unknown => "unclear",
            Fault::Nowhere => "no fault found",
        }
    }
}

/// One explanation of what was measured. It holds what was found, not words: a language pack
/// words it when it is shown ([`Finding::title_in`], [`Finding::detail_in`]), so no rule can
/// depend on how a sentence reads, and a verdict is the same in every language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub cause: Cause,
    pub confidence: Confidence,
    pub fault: Fault,
    /// What it says, as an id and typed values (the JSON report's `message`).
    pub message: FindingText,
    /// The visitor's answers contradict it ([`triage_rules`]), which its words then say.
    pub doubted: bool,
    /// The evidence behind it: catalogue hosts, the control probe, the status page …
    pub evidence: Vec<EvidenceRef>,
}

impl Finding {
    /// Its headline in `pack`'s language: a `&dyn Pack` on the page (src/ui/words.rs), the
    /// English pack itself where only English is written (the summary, the handout).
    pub fn title_in<P: Pack + ?Sized>(&self, pack: &P) -> &'static str {
        pack.finding_title(&self.message)
    }

    /// Its explanation in `pack`'s language.
    pub fn detail_in<P: Pack + ?Sized>(&self, pack: &P) -> String {
        let mut detail = pack.finding_detail(&self.message);
        if self.doubted {
            detail.push_str(pack.answers_disagree());
        }
        detail
    }

    /// Its headline in English, the language every build carries.
    pub fn title(&self) -> &'static str {
        self.title_in(&English)
    }

    /// Its explanation in English.
    pub fn detail(&self) -> String {
        self.detail_in(&English)
    }
}

/// As the JSON report writes a finding in English (docs/FORMATS.md); [`Worded`] in another
/// language.
impl Serialize for Finding {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Worded(self, &English).serialize(s)
    }
}

/// A finding as a JSON report writes it: its ids and its words in `pack`'s language (the
/// report's `lang`), plus its message (an id and typed arguments), so a help desk's tools read
/// the same ids whatever language was shown. The page's report is made in its extras part, so
/// the messages' names stay out of the first load and an English run.
pub struct Worded<'a>(pub &'a Finding, pub &'a dyn Pack);

impl Serialize for Worded<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let Worded(finding, pack) = *self;
        let mut f = s.serialize_struct("Finding", 7)?;
        f.serialize_field("cause", &finding.cause)?;
        f.serialize_field("confidence", &finding.confidence)?;
        f.serialize_field("fault", &finding.fault)?;
        f.serialize_field("title", finding.title_in(pack))?;
        f.serialize_field("detail", &finding.detail_in(pack))?;
        f.serialize_field("message", &finding.message)?;
        f.serialize_field("evidence", &finding.evidence)?;
        f.end()
    }
}

/// The engine's one verdict function.
pub fn diagnose(evidence: &Evidence) -> Vec<Finding> {
    let facts = Facts::gather(evidence);
    let rules: [fn(&Facts) -> Option<Finding>; 16] = [
        tls_inspection,
        redirected_away,
        offline,
        network_block,
        partial_block,
        answered_in_intuits_place,
        intuit_outage,
        slow_network,
        cannot_test,
        retired_test_file,
        device::browser_support,
        device::cookies,
        device::clock,
        device::stale_cache,
        device::extension,
        device::slow_link,
    ];
    let mut findings: Vec<Finding> = Vec::new();
    for found in rules.iter().filter_map(|rule| rule(&facts)) {
        merge(&mut findings, found);
    }
    triage_rules::temper(&facts, &mut findings);
    for answer in triage_rules::from_answers(&facts) {
        merge(&mut findings, answer);
    }
    // "All clear" speaks for the network. It stands only where nothing else is likely.
    if findings.iter().all(|f| f.confidence == Confidence::Low) {
        findings.extend(all_clear(&facts));
    }
    if findings.is_empty() {
        findings.push(finding(
            Cause::CannotTest,
            Confidence::Low,
            Fault::Unknown,
            FindingText::Unexplained,
            facts
                .tested
                .iter()
                .map(|j| EvidenceRef::Host(j.endpoint.id))
                .collect(),
        ));
    }
    rank(&mut findings);
    findings
}

/// Most confident first, then in the causes' declared order. An insertion sort: stable, like
/// the standard one, and for at most 14 findings; the standard library's sort costs the page's
/// first load about 1 KB.
fn rank(findings: &mut [Finding]) {
    let after = |a: &Finding, b: &Finding| {
        b.confidence
            .cmp(&a.confidence)
            .then(a.cause.cmp(&b.cause))
            .is_gt()
    };
    for i in 1..findings.len() {
        let mut j = i;
        while j > 0 && after(&findings[j - 1], &findings[j]) {
            findings.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// What the rules ask of the evidence, computed once.
struct Facts<'a> {
    evidence: &'a Evidence,
    /// Rows that really ran (not stopped by our own policy).
    tested: Vec<Judged>,
    not_run: Vec<&'static str>,
    control: Option<Outcome>,
    /// In WebKit (Safari, and every browser on iOS), a proxy that refuses a host can reach the
    /// page as an answer from that host: the fetch resolves and only the image fails, exactly
    /// as an error page from Intuit would (docs/DIAGNOSIS.md, "Evidence that depends on the
    /// engine").
    refusals_look_like_answers: bool,
}

impl<'a> Facts<'a> {
    fn gather(evidence: &'a Evidence) -> Self {
        let (tested, not_run): (Vec<Judged>, Vec<Judged>) = evidence
            .judged()
            .into_iter()
            .partition(|j| j.verdict.outcome != Outcome::NotRun);
        Facts {
            evidence,
            tested,
            not_run: not_run.iter().map(|j| j.endpoint.id).collect(),
            control: evidence.control_verdict().map(|v| v.outcome),
            refusals_look_like_answers: evidence
                .detection()
                .is_some_and(|d| d.engine() == Engine::WebKit),
        }
    }

    fn with(&self, pick: impl Fn(Outcome) -> bool) -> Vec<&Judged> {
        self.tested
            .iter()
            .filter(|j| pick(j.verdict.outcome))
            .collect()
    }

    fn control_answered(&self) -> bool {
        self.control.is_some_and(Outcome::answered)
    }

    fn any_answered(&self) -> bool {
        self.tested.iter().any(|j| j.verdict.outcome.answered())
    }

    /// Groups in which every tested host failed.
    fn dead_groups(&self) -> Vec<Group> {
        Group::ALL
            .into_iter()
            .filter(|g| {
                let rows: Vec<_> = self
                    .tested
                    .iter()
                    .filter(|j| j.endpoint.group == *g)
                    .collect();
                !rows.is_empty() && rows.iter().all(|j| j.verdict.outcome.is_failure())
            })
            .collect()
    }

    /// A wrong device clock makes secure connections fail like a block: network blame is
    /// then less certain.
    fn clock_doubt(&self, confidence: Confidence) -> (Confidence, bool) {
        let clock_wrong = self
            .evidence
            .page
            .as_ref()
            .and_then(|p| p.clock_skew())
            .is_some_and(|s| s.too_far());
        let confidence = if clock_wrong {
            confidence.min(Confidence::Medium)
        } else {
            confidence
        };
        (confidence, clock_wrong)
    }

    /// Tested hosts with a test image.
    fn image_rows(&self) -> Vec<&Judged> {
        self.tested
            .iter()
            .filter(|j| j.endpoint.image.is_some())
            .collect()
    }

    /// Image hosts that answered with an error instead of their file (not a redirect away).
    /// The status host's own error code is read from the status page instead.
    fn server_errors(&self) -> Vec<&Judged> {
        self.with(|o| o == Outcome::ServerError)
            .into_iter()
            .filter(|j| !redirected(j) && j.endpoint.image.is_some())
            .collect()
    }

    /// A single image host answering with an error while its host answered, the other image
    /// hosts loaded their files and Intuit reports no incident: most likely a test file that
    /// Intuit moved, not an outage (docs/DIAGNOSIS.md).
    fn lone_image_failure(&self) -> Option<&Judged> {
        let errors = self.server_errors();
        let [only] = errors.as_slice() else {
            return None;
        };
        let others: Vec<&Judged> = self
            .image_rows()
            .into_iter()
            .filter(|j| j.endpoint.id != only.endpoint.id)
            .collect();
        let others_load = !others.is_empty()
            && others
                .iter()
                .all(|j| matches!(j.verdict.outcome, Outcome::Ok | Outcome::Slow));
        // Someone who sees "Access Denied" is looking at an edge block: an error page on one
        // host is then the likelier story than a moved file.
        let access_denied = self.evidence.triage.and_then(|t| t.symptom)
            == Some(crate::triage::Symptom::AccessDenied);
        (others_load
            && !self.status_reports_incident()
            && !access_denied
            && !self.refusals_look_like_answers)
            .then_some(*only)
    }

    /// The status host answered with CORS: its summary, or an HTTP error whose code the page
    /// read. A proxy's refusal or block page carries no CORS permission, so this is the one
    /// answer that must have come from Intuit's side.
    fn status_host_answered(&self) -> bool {
        matches!(
            self.evidence.status,
            Some(StatusReading::Read { .. } | StatusReading::HttpError { .. })
        )
    }

    /// The image hosts answering with errors, less a lone one that is most likely a moved file.
    fn errors_beyond_a_moved_file(&self) -> Vec<&Judged> {
        let lone = self.lone_image_failure().map(|j| j.endpoint.id);
        self.server_errors()
            .into_iter()
            .filter(|j| Some(j.endpoint.id) != lone)
            .collect()
    }

    fn status_indicator(&self) -> Option<Indicator> {
        self.evidence.status.as_ref().and_then(|s| s.indicator())
    }

    fn status_reports_incident(&self) -> bool {
        self.evidence
            .status
            .as_ref()
            .is_some_and(|s| s.reports_incident())
    }
}

fn finding(
    cause: Cause,
    confidence: Confidence,
    fault: Fault,
    message: FindingText,
    evidence: Vec<EvidenceRef>,
) -> Finding {
    Finding {
        cause,
        confidence,
        fault,
        message,
        doubted: false,
        evidence,
    }
}

/// The host redirected the test away (a captive portal or filter), rather than failing.
fn redirected(j: &Judged) -> bool {
    j.verdict.redirected
}

/// Intuit's hosts send the test to another site: the network in between is answering for them.
fn redirected_away(f: &Facts) -> Option<Finding> {
    let rows: Vec<&Judged> = f.tested.iter().filter(|j| redirected(j)).collect();
    if rows.is_empty() {
        return None;
    }
    let all = rows.len() == f.tested.len();
    Some(finding(
        if all {
            Cause::NetworkBlock
        } else {
            Cause::PartialBlock
        },
        if all {
            Confidence::High
        } else {
            Confidence::Medium
        },
        Fault::Network,
        FindingText::RedirectedAway {
            hosts: shares(&rows),
        },
        ids(&rows),
    ))
}

fn ids(rows: &[&Judged]) -> Vec<EvidenceRef> {
    rows.iter()
        .map(|j| EvidenceRef::Host(j.endpoint.id))
        .collect()
}

/// How many of each group's hosts the rows are.
fn shares(rows: &[&Judged]) -> Shares {
    let mut shares = Shares::default();
    for row in rows {
        shares.add(row.endpoint.group);
    }
    shares
}

/// TLS inspection, as the native checker found it (a browser cannot see a certificate's
/// issuer): certificates for Intuit's hosts valid only against the machine's own roots.
fn tls_inspection(f: &Facts) -> Option<Finding> {
    let native = f
        .evidence
        .native
        .as_ref()
        .filter(|n| n.inspected_hosts > 0)?;
    let product = native
        .product
        .and_then(|i| crate::catalogue::inspection::PRODUCTS.get(usize::from(i)))
        .map(|p| p.product);
    Some(finding(
        Cause::TlsInspection,
        Confidence::High,
        Fault::Network,
        FindingText::TlsInspection {
            hosts: native.inspected_hosts,
            product,
        },
        vec![EvidenceRef::NativeChecker],
    ))
}

fn offline(f: &Facts) -> Option<Finding> {
    let said_offline = f.evidence.online == Some(false);
    let control_failed = f.control.is_some_and(Outcome::is_failure);
    if f.any_answered() || f.control_answered() || !(said_offline || control_failed) {
        return None;
    }
    let mut evidence = vec![EvidenceRef::Control];
    if said_offline {
        evidence.push(EvidenceRef::Online);
    }
    evidence.extend(f.tested.iter().map(|j| EvidenceRef::Host(j.endpoint.id)));
    Some(finding(
        Cause::Offline,
        Confidence::High,
        Fault::Network,
        FindingText::Offline,
        evidence,
    ))
}

fn network_block(f: &Facts) -> Option<Finding> {
    let failed = f.with(Outcome::is_failure);
    if !f.control_answered() || f.tested.is_empty() || failed.len() != f.tested.len() {
        return None;
    }
    let all_timed_out = failed.iter().all(|j| j.verdict.outcome == Outcome::Timeout);
    let mut evidence = vec![EvidenceRef::Control];
    evidence.extend(ids(&failed));
    let (confidence, clock_wrong) = f.clock_doubt(Confidence::High);
    Some(finding(
        Cause::NetworkBlock,
        confidence,
        Fault::Network,
        FindingText::NetworkBlock {
            all_timed_out,
            clock_wrong,
        },
        evidence,
    ))
}

/// Some hosts unreachable while others answer. The confidence follows how much failed
/// (docs/DIAGNOSIS.md): a whole group of two or more hosts is very likely a block; one host on
/// its own may as well be a fault on Intuit's side of that host.
fn partial_block(f: &Facts) -> Option<Finding> {
    let failed = f.with(Outcome::is_failure);
    if !f.control_answered() || failed.is_empty() || failed.len() == f.tested.len() {
        return None;
    }
    let dead = f.dead_groups();
    let whole_group = dead
        .iter()
        .any(|g| f.tested.iter().filter(|j| j.endpoint.group == *g).count() >= 2);
    let base = match failed.len() {
        1 => Confidence::Low,
        _ if whole_group => Confidence::High,
        _ => Confidence::Medium,
    };
    let (confidence, clock_wrong) = f.clock_doubt(base);
    let message = if failed.len() == 1 {
        FindingText::OneHostUnreachable {
            hosts: shares(&failed),
            clock_wrong,
        }
    } else {
        FindingText::SomeHostsBlocked {
            hosts: shares(&failed),
            dead: Groups::of(dead),
            clock_wrong,
        }
    };
    Some(finding(
        Cause::PartialBlock,
        confidence,
        Fault::Network,
        message,
        ids(&failed),
    ))
}

/// The escalation ladder of docs/DIAGNOSIS.md: how many image hosts answered with errors,
/// against what Intuit's status page says.
fn intuit_outage(f: &Facts) -> Option<Finding> {
    let errors = f.errors_beyond_a_moved_file();
    let image_rows = f.image_rows();
    let incident = f.status_reports_incident();
    let status_clear = f.status_indicator() == Some(Indicator::None);
    if !incident && errors.is_empty() {
        return None;
    }
    let mut evidence = Vec::new();
    if incident || status_clear {
        evidence.push(EvidenceRef::StatusPage);
    }
    evidence.extend(ids(&errors));
    let (confidence, word) = if incident {
        let strong = matches!(
            f.status_indicator(),
            Some(Indicator::Major | Indicator::Critical)
        ) || !errors.is_empty();
        (
            if strong {
                Confidence::High
            } else {
                Confidence::Medium
            },
            OutageWord::Incident,
        )
    } else if status_clear {
        // Never claim an outage on image evidence alone while Intuit says all is well: a retired
        // image path or an edge block of this connection looks exactly the same.
        (Confidence::Low, OutageWord::StatusClear)
    } else {
        // No word from the status page: the number of independent image hosts decides. Only an
        // answer from the status host itself makes Intuit very likely: without one, the same
        // rows come from a proxy answering in Intuit's place (a block page behind TLS
        // inspection in any engine, a plain refusal in WebKit).
        let ladder = if errors.len() >= 3 && errors.len() == image_rows.len() {
            Confidence::High
        } else if errors.len() >= 2 {
            Confidence::Medium
        } else {
            Confidence::Low
        };
        let cap = if f.status_host_answered() {
            Confidence::High
        } else if f.refusals_look_like_answers {
            Confidence::Low
        } else {
            Confidence::Medium
        };
        (ladder.min(cap), OutageWord::Unconfirmed)
    };
    Some(finding(
        Cause::IntuitOutage,
        confidence,
        Fault::Intuit,
        FindingText::IntuitOutage {
            confidence,
            word,
            errors: shares(&errors),
        },
        evidence,
    ))
}

/// Image hosts that "answered with an error" while nothing from Intuit's side confirms it: the
/// network may be answering in Intuit's place. In WebKit a proxy's plain refusal looks exactly
/// like this, so it is the likelier story there; elsewhere only a block page behind TLS
/// inspection does, so it is the alternative (docs/DIAGNOSIS.md).
fn answered_in_intuits_place(f: &Facts) -> Option<Finding> {
    let errors = f.errors_beyond_a_moved_file();
    if errors.is_empty() || f.status_reports_incident() || !f.control_answered() {
        return None;
    }
    let status_answered = f.status_host_answered();
    if status_answered && !f.refusals_look_like_answers {
        return None;
    }
    if matches!(f.evidence.status, Some(StatusReading::HttpError { .. })) {
        // The status host itself answered with an error: that is Intuit's side.
        return None;
    }
    let every_image_host = errors.len() == f.image_rows().len();
    let whole_network = every_image_host && !status_answered;
    let confidence = if f.refusals_look_like_answers {
        Confidence::Medium
    } else {
        Confidence::Low
    };
    let (confidence, clock_wrong) = f.clock_doubt(confidence);
    let mut evidence = vec![EvidenceRef::Control, EvidenceRef::StatusPage];
    evidence.extend(ids(&errors));
    Some(finding(
        if whole_network {
            Cause::NetworkBlock
        } else {
            Cause::PartialBlock
        },
        confidence,
        Fault::Network,
        FindingText::AnsweredForIntuit {
            whole_network,
            hosts: shares(&errors),
            webkit: f.refusals_look_like_answers,
            status_answered,
            clock_wrong,
        },
        evidence,
    ))
}

fn slow_network(f: &Facts) -> Option<Finding> {
    let slow = f.with(|o| o == Outcome::Slow);
    let answered = f.with(Outcome::answered);
    if slow.is_empty() {
        return None;
    }
    let control_slow = f.control == Some(Outcome::Slow);
    let confidence = if control_slow {
        Confidence::High
    } else if slow.len() * 2 >= answered.len() {
        Confidence::Medium
    } else {
        Confidence::Low
    };
    let mut evidence = ids(&slow);
    if control_slow {
        evidence.insert(0, EvidenceRef::Control);
    }
    Some(finding(
        Cause::SlowNetwork,
        confidence,
        Fault::Network,
        FindingText::SlowNetwork {
            slow: slow.len(),
            answered: answered.len(),
            after_s: crate::timing::SLOW_AFTER_MS / 1000,
            hosts: shares(&slow),
        },
        evidence,
    ))
}

fn cannot_test(f: &Facts) -> Option<Finding> {
    if !f.not_run.is_empty() {
        let confidence = if f.tested.is_empty() {
            Confidence::High
        } else {
            Confidence::Medium
        };
        return Some(finding(
            Cause::CannotTest,
            confidence,
            Fault::Unknown,
            FindingText::NotRun {
                hosts: Hosts::of(&f.not_run),
            },
            f.not_run.iter().map(|id| EvidenceRef::Host(id)).collect(),
        ));
    }
    if f.tested.is_empty() {
        return Some(finding(
            Cause::CannotTest,
            Confidence::High,
            Fault::Unknown,
            FindingText::NothingTested,
            vec![],
        ));
    }
    let control_failed = f.control.is_some_and(Outcome::is_failure);
    if control_failed && f.any_answered() {
        return Some(finding(
            Cause::CannotTest,
            Confidence::Low,
            Fault::Unknown,
            FindingText::OwnServerSilent,
            vec![EvidenceRef::Control],
        ));
    }
    let image_rows = f
        .tested
        .iter()
        .filter(|j| j.endpoint.image.is_some())
        .count();
    let errors = f
        .with(|o| o == Outcome::ServerError)
        .iter()
        .filter(|j| !redirected(j))
        .count();
    if image_rows > 1 && errors == image_rows && f.status_indicator() == Some(Indicator::None) {
        return Some(finding(
            Cause::CannotTest,
            Confidence::Medium,
            Fault::Unknown,
            FindingText::ImagesMoved,
            f.with(|o| o == Outcome::ServerError)
                .iter()
                .map(|j| EvidenceRef::Host(j.endpoint.id))
                .collect(),
        ));
    }
    None
}

/// A test file that did not load while everything around it did: a note, never a verdict.
fn retired_test_file(f: &Facts) -> Option<Finding> {
    // Each as the row and which of its test images (0 or 1) did not load.
    let mut missing: Vec<(&Judged, usize)> = f
        .tested
        .iter()
        .filter_map(|j| {
            let i = j.verdict.retired_image?;
            j.endpoint.image_at(i).map(|_| (j, i))
        })
        .collect();
    if let Some(lone) = f.lone_image_failure() {
        if lone.endpoint.image.is_some() {
            missing.push((lone, 0));
        }
    }
    if missing.is_empty() {
        return None;
    }
    let mut files = Files::default();
    for (j, image) in &missing {
        files.add(j.endpoint.id, *image);
    }
    let checked = crate::calendar::CHECKED;
    let list_stale = f
        .evidence
        .started_at_ms
        .is_some_and(|now| now - checked.ms() > crate::catalogue::endpoints::STALE_AFTER_MS);
    Some(finding(
        Cause::RetiredTestFile,
        Confidence::Low,
        Fault::Nowhere,
        FindingText::RetiredTestFile { files, list_stale },
        missing
            .iter()
            .map(|(j, _)| EvidenceRef::Host(j.endpoint.id))
            .collect(),
    ))
}

fn all_clear(f: &Facts) -> Option<Finding> {
    let lone = f.lone_image_failure().map(|j| j.endpoint.id);
    let everything_ok = !f.tested.is_empty()
        && f.not_run.is_empty()
        && f.tested
            .iter()
            .all(|j| j.verdict.outcome == Outcome::Ok || Some(j.endpoint.id) == lone)
        && f.control.is_none_or(Outcome::answered)
        && !f.status_reports_incident();
    if !everything_ok {
        return None;
    }
    let status_read = f.status_indicator().is_some();
    let blind_hosts = f
        .tested
        .iter()
        .filter(|j| !j.endpoint.sees_server_errors())
        .count();
    let mut evidence = vec![EvidenceRef::Control];
    if status_read {
        evidence.push(EvidenceRef::StatusPage);
    }
    evidence.extend(f.tested.iter().map(|j| EvidenceRef::Host(j.endpoint.id)));
    Some(finding(
        Cause::AllClear,
        if f.status_indicator() == Some(Indicator::None) {
            Confidence::High
        } else {
            Confidence::Medium
        },
        Fault::Nowhere,
        FindingText::AllClear {
            status: f.status_indicator(),
            blind_hosts,
        },
        evidence,
    ))
}

mod device;
mod triage_rules;

/// One finding per cause: a second one for the same cause raises the first's confidence to the
/// higher of the two and adds its evidence.
fn merge(findings: &mut Vec<Finding>, new: Finding) {
    match findings.iter_mut().find(|f| f.cause == new.cause) {
        Some(existing) => {
            if new.confidence > existing.confidence {
                existing.confidence = new.confidence;
            }
            for id in new.evidence {
                if !existing.evidence.contains(&id) {
                    existing.evidence.push(id);
                }
            }
        }
        None => findings.push(new),
    }
}

#[cfg(test)]
mod tests;
