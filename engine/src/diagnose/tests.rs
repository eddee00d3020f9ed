//! Table-driven: each case is a scenario, the evidence it produces, and the expected ranking.

use super::*;
use crate::browser::BrowserSignals;
use crate::catalogue::ENDPOINTS;
use crate::environment::{
    parse_http_date, BaitFacts, CacheFacts, ContextFacts, CookieFacts, EffectiveType, PageFacts,
};
use crate::evidence::EndpointEvidence;
use crate::outcome::{FetchAnswer, FetchError, ImageAnswer, Observation};
use crate::outside_text::OutsideText;
use crate::status_page::{Impact, OpenIncident, StatusReading, StatusSummary};

/// How one host behaves in a scenario, as the lab would make it behave.
#[derive(Clone, Copy)]
enum Host {
    Ok,
    Slow,
    /// Answers with an error page (502, 403…): visible only on hosts with an image.
    Error,
    Refused,
    Hangs,
    BlockedByPolicy,
    /// Redirects the test to a site outside the catalogue (a captive portal or filter).
    Portal,
    /// Answers, with one of its two test files gone (404) and the other served.
    OneFileRetired,
}

fn observe(host: Host, has_image: bool) -> Observation {
    let image = |answer| has_image.then_some(answer);
    match host {
        Host::Ok => Observation {
            fetch: FetchAnswer::Answered { after_ms: 80 },
            image: image(ImageAnswer::Loaded { after_ms: 90 }),
            second_image: None,
        },
        Host::Slow => Observation {
            fetch: FetchAnswer::Answered { after_ms: 3_400 },
            image: image(ImageAnswer::Loaded { after_ms: 3_500 }),
            second_image: None,
        },
        Host::Error => Observation {
            fetch: FetchAnswer::Answered { after_ms: 60 },
            image: image(ImageAnswer::Failed { after_ms: 70 }),
            second_image: None,
        },
        Host::Refused => Observation {
            fetch: FetchAnswer::Failed {
                after_ms: 5,
                error: FetchError::Network,
            },
            image: image(ImageAnswer::Failed { after_ms: 6 }),
            second_image: None,
        },
        Host::Hangs => Observation {
            fetch: FetchAnswer::TimedOut,
            image: image(ImageAnswer::TimedOut),
            second_image: None,
        },
        Host::BlockedByPolicy => Observation {
            fetch: FetchAnswer::BlockedByPolicy,
            image: None,
            second_image: None,
        },
        Host::OneFileRetired => Observation {
            fetch: FetchAnswer::Answered { after_ms: 60 },
            image: image(ImageAnswer::Failed { after_ms: 70 }),
            second_image: image(ImageAnswer::Loaded { after_ms: 80 }),
        },
        Host::Portal => Observation {
            fetch: FetchAnswer::RedirectedAway { after_ms: 40 },
            image: image(ImageAnswer::Failed { after_ms: 45 }),
            second_image: None,
        },
    }
}

fn status(indicator: Indicator, incidents: usize) -> Option<StatusReading> {
    Some(StatusReading::Read {
        summary: StatusSummary {
            indicator,
            description: OutsideText::default(),
            affected: vec![],
            incidents: (0..incidents)
                .map(|i| OpenIncident {
                    name: OutsideText::sanitize(&format!("incident {i}")),
                    impact: Impact::Major,
                })
                .collect(),
        },
    })
}

fn unreadable() -> Option<StatusReading> {
    Some(StatusReading::Unreadable {
        error: FetchError::Network,
    })
}

/// Evidence where every host behaves as `default`, except those named in `except`
/// (by endpoint id or by group id).
fn evidence(
    control: Host,
    default: Host,
    except: &[(&str, Host)],
    status: Option<StatusReading>,
) -> Evidence {
    Evidence {
        control: Some(observe(control, false)),
        endpoints: ENDPOINTS
            .iter()
            .map(|e| {
                let host = except
                    .iter()
                    .find(|(key, _)| *key == e.id || *key == e.group.id())
                    .map_or(default, |(_, h)| *h);
                let mut observation = observe(host, e.image.is_some());
                // A host with a second test image: both answer alike, unless one was retired.
                if e.second_image.is_some() && observation.second_image.is_none() {
                    observation.second_image = observation.image;
                }
                EndpointEvidence {
                    id: e.id.into(),
                    observation,
                }
            })
            .collect(),
        status,
        online: Some(true),
        ..Evidence::default()
    }
}

fn causes(findings: &[Finding]) -> Vec<(&'static str, Confidence)> {
    findings
        .iter()
        .map(|f| (f.cause.id(), f.confidence))
        .collect()
}

/// Expected findings: cause ids with their confidence, best first.
type Ranking = Vec<(&'static str, Confidence)>;

/// The English words of every finding the scenarios below produce, as they read on
/// 2026-11-30, when findings became messages and their English had to read as before. A line
/// changes only with a wording change someone meant (the failure prints the new line).
const ENGLISH_WORDS: &str = include_str!("../../tests/data/findings-english.txt");

/// Diagnoses `evidence` and checks the English of its findings. No rule can read English:
/// findings and host rows' notes hold messages, not sentences (crate::message,
/// `outcome::RowNote`).
fn diagnose_in_known_words(evidence: &Evidence, name: &str) -> Vec<Finding> {
    let plain = diagnose(evidence);
    for f in &plain {
        let line = format!("{name}|{}|{}|{}", f.cause.id(), f.title(), f.detail());
        assert!(
            ENGLISH_WORDS.lines().any(|l| l == line),
            "{name}: these words are not in engine/tests/data/findings-english.txt: {line}"
        );
    }
    plain
}

use Confidence::{High, Low, Medium};
use Host::*;

#[test]
fn scenarios() {
    let none = || status(Indicator::None, 0);
    let cases: Vec<(&str, Evidence, Ranking)> = vec![
        (
            "all ok, status clear",
            evidence(Ok, Ok, &[], none()),
            vec![("all-clear", High)],
        ),
        (
            "all ok, status unreadable",
            evidence(Ok, Ok, &[], unreadable()),
            vec![("all-clear", Medium)],
        ),
        (
            "all ok, planned maintenance",
            evidence(Ok, Ok, &[], status(Indicator::Maintenance, 0)),
            vec![("all-clear", Medium)],
        ),
        (
            "all ok but status reports a major outage",
            evidence(Ok, Ok, &[], status(Indicator::Major, 1)),
            vec![("intuit-outage", High)],
        ),
        (
            "all ok, status reports a minor incident",
            evidence(Ok, Ok, &[], status(Indicator::Minor, 1)),
            vec![("intuit-outage", Medium)],
        ),
        (
            "every host answers 502, status unreadable",
            evidence(
                Ok,
                Error,
                &[("status", Error)],
                Some(StatusReading::HttpError { status: 502 }),
            ),
            vec![("intuit-outage", High)],
        ),
        (
            "every host answers 502 and Intuit confirms",
            evidence(Ok, Error, &[], status(Indicator::Critical, 1)),
            vec![("intuit-outage", High)],
        ),
        (
            "every image fails but Intuit says all is well",
            evidence(Ok, Error, &[], none()),
            vec![("cannot-test", Medium), ("intuit-outage", Low)],
        ),
        // The escalation ladder of docs/DIAGNOSIS.md, step by step.
        (
            "one image host errors while the others load, status clear: a note, not a verdict",
            evidence(Ok, Ok, &[("static-plugin", Error)], none()),
            vec![("all-clear", High), ("retired-test-file", Low)],
        ),
        (
            "one image host errors, status unreadable: still a note",
            evidence(Ok, Ok, &[("accounts", Error)], unreadable()),
            vec![("all-clear", Medium), ("retired-test-file", Low)],
        ),
        (
            "one of the two test files of a host is gone: a note",
            evidence(Ok, Ok, &[("quickbooks-site", OneFileRetired)], none()),
            vec![("all-clear", High), ("retired-test-file", Low)],
        ),
        (
            "two image hosts error, status clear: possible, never more",
            evidence(
                Ok,
                Ok,
                &[("static-plugin", Error), ("accounts", Error)],
                none(),
            ),
            vec![("intuit-outage", Low)],
        ),
        (
            "two image hosts error, status unreadable: Intuit may be having problems",
            evidence(
                Ok,
                Ok,
                &[("static-plugin", Error), ("accounts", Error)],
                unreadable(),
            ),
            vec![("intuit-outage", Medium), ("partial-block", Low)],
        ),
        (
            "every image host errors, status clear: the files may have moved",
            evidence(Ok, Error, &[], none()),
            vec![("cannot-test", Medium), ("intuit-outage", Low)],
        ),
        (
            "every image host errors, status unreadable: likely Intuit, never very likely without the status host (a block page behind TLS inspection looks the same)",
            evidence(Ok, Error, &[], unreadable()),
            vec![("intuit-outage", Medium), ("network-block", Low)],
        ),
        (
            "one image host errors, status reports an incident",
            evidence(
                Ok,
                Ok,
                &[("static-plugin", Error)],
                status(Indicator::Minor, 1),
            ),
            vec![("intuit-outage", High)],
        ),
        (
            "two image hosts error, status reports an incident",
            evidence(
                Ok,
                Ok,
                &[("static-plugin", Error), ("accounts", Error)],
                status(Indicator::Minor, 1),
            ),
            vec![("intuit-outage", High)],
        ),
        (
            "every image host errors, status reports an incident",
            evidence(Ok, Error, &[], status(Indicator::Major, 1)),
            vec![("intuit-outage", High)],
        ),
        (
            "one of two files gone, status reports an incident: the incident decides",
            evidence(
                Ok,
                Ok,
                &[("quickbooks-site", OneFileRetired)],
                status(Indicator::Minor, 1),
            ),
            vec![("intuit-outage", Medium), ("retired-test-file", Low)],
        ),
        (
            "every host refuses",
            evidence(Ok, Refused, &[], unreadable()),
            vec![("network-block", High)],
        ),
        (
            "every host hangs",
            evidence(Ok, Hangs, &[], Some(StatusReading::TimedOut)),
            vec![("network-block", High)],
        ),
        (
            "device offline",
            evidence(Refused, Refused, &[], unreadable()),
            vec![("offline", High)],
        ),
        (
            "device offline, everything times out",
            evidence(Hangs, Hangs, &[], Some(StatusReading::TimedOut)),
            vec![("offline", High)],
        ),
        (
            "DNS fails for the static group",
            evidence(Ok, Ok, &[("static", Refused)], none()),
            vec![("partial-block", High)],
        ),
        (
            "sign-in blocked",
            evidence(Ok, Ok, &[("sign-in", Refused)], none()),
            vec![("partial-block", High)],
        ),
        (
            "one app host blocked",
            evidence(Ok, Ok, &[("qbo-c1", Refused)], none()),
            vec![("partial-block", Low)],
        ),
        (
            "payments hang",
            evidence(Ok, Ok, &[("payments", Hangs)], none()),
            vec![("partial-block", Low)],
        ),
        (
            "status host blocked",
            evidence(Ok, Ok, &[("status", Refused)], unreadable()),
            vec![("partial-block", Low)],
        ),
        (
            "every host slow",
            evidence(Ok, Slow, &[], none()),
            vec![("slow-network", Medium)],
        ),
        (
            "every host slow, this page too",
            evidence(Slow, Slow, &[], none()),
            vec![("slow-network", High)],
        ),
        (
            "one host slow",
            evidence(Ok, Ok, &[("qbo", Slow)], none()),
            vec![("slow-network", Low)],
        ),
        (
            "slow and partly blocked",
            evidence(Ok, Slow, &[("payments", Hangs)], none()),
            vec![("slow-network", Medium), ("partial-block", Low)],
        ),
        (
            "errors and blocks together",
            evidence(
                Ok,
                Ok,
                &[("sign-in", Refused), ("quickbooks-site", Error)],
                unreadable(),
            ),
            vec![("partial-block", High), ("intuit-outage", Low)],
        ),
        (
            "our own CSP blocked everything",
            evidence(Ok, BlockedByPolicy, &[], none()),
            vec![("cannot-test", High)],
        ),
        (
            "our own CSP blocked one host",
            evidence(Ok, Ok, &[("qbo-api", BlockedByPolicy)], none()),
            vec![("cannot-test", Medium)],
        ),
        (
            "a captive portal redirects every host",
            evidence(Ok, Portal, &[], unreadable()),
            vec![("network-block", High)],
        ),
        (
            "a filter redirects the payments host",
            evidence(Ok, Ok, &[("payments", Portal)], none()),
            vec![("partial-block", Medium)],
        ),
        (
            "own server down, Intuit fine",
            evidence(Refused, Ok, &[], none()),
            vec![("cannot-test", Low)],
        ),
    ];
    assert!(cases.len() >= 25);
    for (name, evidence, expected) in cases {
        assert_eq!(
            causes(&diagnose_in_known_words(&evidence, name)),
            expected,
            "{name}"
        );
    }
}

const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 26_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1";
const FIREFOX_ESR: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0";

/// The same evidence, seen from a browser with this UA string.
fn seen_in(ua: &str, mut e: Evidence) -> Evidence {
    e.browser = Some(browser(ua));
    e
}

/// What the lab's proxy faults look like in each engine (README, "How a host is tested"): in
/// WebKit a refused host's fetch resolves and only its image fails; in Chromium and Firefox both
/// fail. The same fault must get the same verdict either way (docs/DIAGNOSIS.md).
#[test]
fn a_proxy_refusal_gets_the_same_verdict_in_every_engine() {
    let none = || status(Indicator::None, 0);
    let cdn = [
        ("static-plugin", Error),
        ("static-qbo", Error),
        ("sign-in-ui", Error),
    ];
    let cdn_refused = [
        ("static-plugin", Refused),
        ("static-qbo", Refused),
        ("sign-in-ui", Refused),
    ];
    let cases: Vec<(&str, Evidence, Ranking)> =
        vec![
        (
            "WebKit: a proxy refuses every host (images fail, fetches resolve, status unreadable)",
            seen_in(IPHONE, evidence(Ok, Error, &[], unreadable())),
            vec![("network-block", Medium), ("intuit-outage", Low)],
        ),
        (
            "Firefox: a proxy refuses every host",
            seen_in(FIREFOX_ESR, evidence(Ok, Refused, &[], unreadable())),
            vec![("network-block", High)],
        ),
        (
            "WebKit: a proxy refuses *.intuitcdn.net (one image host shows it)",
            seen_in(IPHONE, evidence(Ok, Ok, &cdn, none())),
            vec![("partial-block", Medium), ("intuit-outage", Low)],
        ),
        (
            "Chromium: a proxy refuses *.intuitcdn.net",
            seen_in(CHROME, evidence(Ok, Ok, &cdn_refused, none())),
            vec![("partial-block", Medium)],
        ),
        (
            "WebKit: 502 everywhere, the status host's 502 read through CORS: Intuit",
            seen_in(
                IPHONE,
                evidence(Ok, Error, &[], Some(StatusReading::HttpError { status: 502 })),
            ),
            vec![("intuit-outage", High)],
        ),
        (
            "WebKit: 502 everywhere and an open incident: Intuit",
            seen_in(IPHONE, evidence(Ok, Error, &[], status(Indicator::Major, 1))),
            vec![("intuit-outage", High)],
        ),
        (
            "WebKit: one of a host's two test files retired: all clear, with the note",
            seen_in(
                IPHONE,
                evidence(Ok, Ok, &[("quickbooks-site", OneFileRetired)], none()),
            ),
            vec![("all-clear", High), ("retired-test-file", Low)],
        ),
        (
            "WebKit: every host answers",
            seen_in(IPHONE, evidence(Ok, Ok, &[], none())),
            vec![("all-clear", High)],
        ),
    ];
    for (name, evidence, expected) in cases {
        let findings = diagnose_in_known_words(&evidence, name);
        assert_eq!(causes(&findings), expected, "{name}");
        let top = &findings[0];
        assert!(
            top.cause != Cause::IntuitOutage
                || top.confidence < High
                || evidence.status.as_ref().is_some_and(|s| matches!(
                    s,
                    StatusReading::Read { .. } | StatusReading::HttpError { .. }
                )),
            "{name}: very likely Intuit without an answer from Intuit's status host"
        );
    }
}

/// The status host allows CORS, so its row carries the code the page read: a 502 there is a
/// server error, not a plain answer.
#[test]
fn the_status_row_agrees_with_the_code_it_read() {
    let outcome = |status| {
        evidence(Ok, Ok, &[], status)
            .judged()
            .into_iter()
            .find(|j| j.endpoint.id == "status")
            .map(|j| j.verdict.outcome)
    };
    assert_eq!(
        outcome(Some(StatusReading::HttpError { status: 502 })),
        Some(Outcome::ServerError)
    );
    assert_eq!(outcome(status(Indicator::None, 0)), Some(Outcome::Ok));
    assert_eq!(outcome(unreadable()), Some(Outcome::Ok));
}

#[test]
fn navigator_offline_is_believed_only_when_nothing_answered() {
    let mut e = evidence(Ok, Ok, &[], status(Indicator::None, 0));
    e.online = Some(false);
    assert_eq!(diagnose(&e)[0].cause, Cause::AllClear);
    let mut e = evidence(Ok, Refused, &[], unreadable());
    e.control = None;
    e.online = Some(false);
    assert_eq!(diagnose(&e)[0].cause, Cause::Offline);
}

#[test]
fn empty_evidence_cannot_test() {
    assert_eq!(
        causes(&diagnose(&Evidence::default())),
        vec![("cannot-test", High)]
    );
}

#[test]
fn findings_name_their_evidence() {
    let e = evidence(Ok, Ok, &[("payments", Refused)], status(Indicator::None, 0));
    let top = &diagnose(&e)[0];
    assert_eq!(
        top.evidence,
        vec![crate::evidence::EvidenceRef::Host("payments-connect")]
    );
    // Plain words in the verdict; the hostname is in the host list and the handout.
    assert!(
        top.detail()
            .contains("Payments and invoice links (1 of 1 host)"),
        "{}",
        top.detail()
    );
    assert!(
        !top.detail().contains("connect.intuit.com"),
        "{}",
        top.detail()
    );
}

#[test]
fn a_network_block_never_blames_intuit_when_our_page_fails_too() {
    for findings in [
        diagnose(&evidence(Refused, Refused, &[], unreadable())),
        diagnose(&evidence(Hangs, Refused, &[], None)),
    ] {
        assert!(
            findings.iter().all(|f| f.fault != Fault::Intuit),
            "{findings:?}"
        );
    }
}

#[test]
fn every_cause_id_is_kebab_case_and_distinct() {
    let all = Cause::ALL;
    let ids: std::collections::HashSet<_> = all.iter().map(|c| c.id()).collect();
    assert_eq!(ids.len(), Cause::ALL.len());
    for c in all {
        assert_eq!(
            serde_json::to_string(&c).unwrap(),
            format!("\"{}\"", c.id())
        );
    }
}

const NOW_HEADER: &str = "Thu, 26 Nov 2026 06:41:41 GMT";
const NOW_MS: f64 = 1_795_675_301_000.0;

/// A healthy run with every environment fact at its quiet value.
fn healthy() -> Evidence {
    let mut e = evidence(Ok, Ok, &[], status(Indicator::None, 0));
    e.browser = Some(browser(CHROME));
    e.page = Some(clock_off(0.0));
    e.cookies = Some(CookieFacts {
        cookie_enabled: Some(true),
        cookie_round_trip: Some(true),
        local_storage: Some(true),
        session_storage: Some(true),
    });
    e.cache = Some(CacheFacts::default());
    e.bait = Some(BaitFacts {
        blocked: false,
        after_ms: 3,
    });
    e.context = Some(ContextFacts {
        effective_type: Some(EffectiveType::FourG),
        ..ContextFacts::default()
    });
    e
}

const CHROME: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

fn browser(ua: &str) -> BrowserSignals {
    BrowserSignals {
        user_agent: ua.into(),
        ..BrowserSignals::default()
    }
}

/// The device clock `offset_ms` behind the server (negative: ahead).
fn clock_off(offset_ms: f64) -> PageFacts {
    PageFacts {
        server_time_ms: parse_http_date(NOW_HEADER),
        sent_at_ms: NOW_MS - offset_ms - 20.0,
        answered_at_ms: NOW_MS - offset_ms + 20.0,
        served_build: Some("qbo-check-1.js".into()),
        running_build: Some("qbo-check-1.js".into()),
    }
}

fn change(mut e: Evidence, f: impl FnOnce(&mut Evidence)) -> Evidence {
    f(&mut e);
    e
}

#[test]
fn device_scenarios() {
    let ua = |text: &'static str| move |e: &mut Evidence| e.browser = Some(browser(text));
    let cases: Vec<(&str, Evidence, Ranking)> = vec![
        ("healthy", healthy(), vec![("all-clear", High)]),
        ("Chrome two versions behind", change(healthy(), ua("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/154.0.0.0 Safari/537.36")), vec![("all-clear", High)]),
        ("Chrome 120", change(healthy(), ua("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36")), vec![("browser-outdated", Medium)]),
        ("Safari 25", change(healthy(), ua("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/25.0 Safari/605.1.15")), vec![("browser-outdated", Medium)]),
        ("current Firefox", change(healthy(), ua("Mozilla/5.0 (X11; Linux x86_64; rv:157.0) Gecko/20100101 Firefox/157.0")), vec![("all-clear", High)]),
        ("Internet Explorer", change(healthy(), ua("Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko")), vec![("browser-unsupported", High)]),
        ("Edge Legacy", change(healthy(), ua("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045")), vec![("browser-unsupported", High)]),
        ("Android WebView", change(healthy(), ua("Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240805.005; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/128.0.6613.127 Mobile Safari/537.36")), vec![("browser-unsupported", High)]),
        ("Opera, not on Intuit's list", change(healthy(), ua("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 OPR/140.0.0.0")), vec![("all-clear", High), ("browser-unsupported", Low)]),
        ("Opera on an old Chromium, judged by its Chromium", change(healthy(), ua("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36 OPR/125.0.0.0")), vec![("browser-outdated", Medium)]),
        ("Firefox ESR 153, still patched by Mozilla", change(healthy(), ua(FIREFOX_ESR)), vec![("all-clear", High)]),
        ("Firefox 154, never an ESR, months old", change(healthy(), ua("Mozilla/5.0 (X11; Linux x86_64; rv:154.0) Gecko/20100101 Firefox/154.0")), vec![("browser-outdated", Medium)]),
        ("unknown browser says nothing", change(healthy(), ua("curl/8.0")), vec![("all-clear", High)]),
        ("cookies disabled", change(healthy(), |e| e.cookies.as_mut().unwrap().cookie_enabled = Some(false)), vec![("cookies-blocked", High)]),
        ("cookie does not stick", change(healthy(), |e| e.cookies.as_mut().unwrap().cookie_round_trip = Some(false)), vec![("cookies-blocked", High)]),
        ("storage blocked", change(healthy(), |e| e.cookies.as_mut().unwrap().local_storage = Some(false)), vec![("cookies-blocked", Medium)]),
        ("clock 10 minutes behind", change(healthy(), |e| e.page = Some(clock_off(600_000.0))), vec![("clock-skew", High)]),
        ("clock 2 hours ahead", change(healthy(), |e| e.page = Some(clock_off(-7_200_000.0))), vec![("clock-skew", High)]),
        ("clock 30 s off is fine", change(healthy(), |e| e.page = Some(clock_off(30_000.0))), vec![("all-clear", High)]),
        ("no Date header", change(healthy(), |e| e.page.as_mut().unwrap().server_time_ms = None), vec![("all-clear", High)]),
        ("stale build", change(healthy(), |e| e.page.as_mut().unwrap().served_build = Some("qbo-check-2.js".into())), vec![("stale-cache", Medium)]),
        ("storage nearly full", change(healthy(), |e| e.cache = Some(CacheFacts { storage_used_bytes: Some(99.0), storage_quota_bytes: Some(100.0), ..CacheFacts::default() })), vec![("all-clear", High), ("stale-cache", Low)]),
        ("bait blocked", change(healthy(), |e| e.bait = Some(BaitFacts { blocked: true, after_ms: 1 })), vec![("extension-interference", Medium)]),
        (
            "bait blocked and sign-in refused",
            change(evidence(Ok, Ok, &[("sign-in", Refused)], status(Indicator::None, 0)), |e| e.bait = Some(BaitFacts { blocked: true, after_ms: 1 })),
            vec![("partial-block", High), ("extension-interference", Medium)],
        ),
        (
            "fetch stopped but image loaded",
            change(healthy(), |e| {
                e.endpoints[0].observation = Observation {
                    fetch: FetchAnswer::Failed { after_ms: 1, error: FetchError::Network },
                    image: Some(ImageAnswer::Loaded { after_ms: 40 }),
                    second_image: None,
                }
            }),
            vec![("all-clear", High), ("extension-interference", Low)],
        ),
        ("2G estimate", change(healthy(), |e| e.context.as_mut().unwrap().effective_type = Some(EffectiveType::TwoG)), vec![("all-clear", High), ("slow-network", Low)]),
        (
            "every host refuses and the clock is wrong",
            change(change(healthy(), |e| *e = Evidence { browser: e.browser.clone(), page: Some(clock_off(-86_400_000.0 * 400.0)), ..evidence(Ok, Refused, &[], unreadable()) }), |_| {}),
            vec![("clock-skew", High), ("network-block", Medium)],
        ),
    ];
    for (name, evidence, expected) in cases {
        assert_eq!(
            causes(&diagnose_in_known_words(&evidence, name)),
            expected,
            "{name}"
        );
    }
}

#[test]
fn triage_scenarios() {
    use crate::triage::{Answer, Product, Symptom, Triage};
    let with = |mut e: Evidence, t: Triage| {
        e.triage = Some(t);
        e
    };
    let cases: Vec<(&str, Evidence, Ranking)> = vec![
        (
            "no answers",
            with(healthy(), Triage::default()),
            vec![("all-clear", High)],
        ),
        (
            "works in a private window",
            with(
                healthy(),
                Triage {
                    works_in_private_window: Some(Answer::Yes),
                    ..Triage::default()
                },
            ),
            vec![("stale-cache", Medium)],
        ),
        (
            "works on another network",
            with(
                healthy(),
                Triage {
                    works_on_other_network: Some(Answer::Yes),
                    ..Triage::default()
                },
            ),
            vec![("partial-block", Medium)],
        ),
        (
            "access denied, no error seen",
            with(
                healthy(),
                Triage {
                    symptom: Some(Symptom::AccessDenied),
                    ..Triage::default()
                },
            ),
            vec![("all-clear", High), ("partial-block", Low)],
        ),
        (
            "access denied with an error page seen",
            with(
                evidence(
                    Ok,
                    Ok,
                    &[("quickbooks-site", Error)],
                    status(Indicator::None, 0),
                ),
                Triage {
                    symptom: Some(Symptom::AccessDenied),
                    ..Triage::default()
                },
            ),
            vec![("partial-block", Medium), ("intuit-outage", Low)],
        ),
        (
            "502 on payments, all tests pass",
            with(
                healthy(),
                Triage {
                    symptom: Some(Symptom::PaymentError),
                    ..Triage::default()
                },
            ),
            vec![("all-clear", High), ("intuit-outage", Low)],
        ),
        (
            "sign-in loop",
            with(
                healthy(),
                Triage {
                    symptom: Some(Symptom::SignInLoop),
                    ..Triage::default()
                },
            ),
            vec![("all-clear", High), ("stale-cache", Low)],
        ),
        (
            "blank page",
            with(
                healthy(),
                Triage {
                    symptom: Some(Symptom::BlankPage),
                    ..Triage::default()
                },
            ),
            vec![("all-clear", High), ("extension-interference", Low)],
        ),
        (
            "slow but measured fast",
            with(
                healthy(),
                Triage {
                    symptom: Some(Symptom::Slow),
                    ..Triage::default()
                },
            ),
            vec![("all-clear", High), ("slow-network", Low)],
        ),
        (
            "QuickBooks Desktop",
            with(
                healthy(),
                Triage {
                    product: Some(Product::Desktop),
                    ..Triage::default()
                },
            ),
            vec![("all-clear", High), ("cannot-test", Low)],
        ),
        (
            "blocked here but works on another device on the same network",
            with(
                evidence(Ok, Ok, &[("sign-in", Refused)], status(Indicator::None, 0)),
                Triage {
                    works_on_other_device: Some(Answer::Yes),
                    ..Triage::default()
                },
            ),
            vec![("partial-block", Medium)],
        ),
        (
            "blocked, and fails on another network too",
            with(
                evidence(Ok, Refused, &[], unreadable()),
                Triage {
                    works_on_other_network: Some(Answer::No),
                    ..Triage::default()
                },
            ),
            vec![("network-block", Medium)],
        ),
        (
            "an outage confirmed by the status page outranks a guess",
            with(
                evidence(Ok, Ok, &[], status(Indicator::Major, 1)),
                Triage {
                    symptom: Some(Symptom::PaymentError),
                    ..Triage::default()
                },
            ),
            vec![("intuit-outage", High)],
        ),
    ];
    for (name, evidence, expected) in cases {
        assert_eq!(
            causes(&diagnose_in_known_words(&evidence, name)),
            expected,
            "{name}"
        );
    }
}

/// The note names the file, so a maintainer can replace it, and says when the catalogue is old.
#[test]
fn a_missing_test_file_is_named_and_the_catalogue_age_shown_when_old() {
    use crate::catalogue::endpoints::STALE_AFTER_MS;
    let checked_ms = crate::calendar::CHECKED.ms();
    let note = |started: f64| {
        let mut e = evidence(
            Ok,
            Ok,
            &[("static-plugin", Error)],
            status(Indicator::None, 0),
        );
        e.started_at_ms = Some(started);
        let findings = diagnose(&e);
        assert_eq!(findings[0].cause, Cause::AllClear, "{findings:?}");
        findings
            .into_iter()
            .find(|f| f.cause == Cause::RetiredTestFile)
            .expect("the note")
    };
    let fresh = note(checked_ms + 10.0 * 86_400_000.0);
    assert!(
        fresh.detail().contains("plugin.intuitcdn.net"),
        "{}",
        fresh.detail()
    );
    assert!(fresh.detail().contains("QBOlogo.png"), "{}", fresh.detail());
    assert!(fresh
        .detail()
        .contains("usually means Intuit moved the file"));
    assert!(!fresh.detail().contains("six months"));
    assert_eq!(fresh.fault, Fault::Nowhere);
    let old = note(checked_ms + STALE_AFTER_MS + 86_400_000.0);
    assert!(
        old.detail().contains("more than six months ago"),
        "{}",
        old.detail()
    );
}

#[test]
fn the_native_checkers_tls_inspection_leads_and_names_the_product() {
    let mut e = evidence(Ok, Ok, &[], status(Indicator::None, 0));
    e.native = Some(crate::evidence::NativeFacts {
        inspected_hosts: 12,
        product: crate::catalogue::inspection::PRODUCTS
            .iter()
            .position(|p| p.product == "Zscaler")
            .map(|i| i as u8),
    });
    let findings = diagnose(&e);
    assert_eq!(findings[0].cause, Cause::TlsInspection);
    assert_eq!(findings[0].cause.code(), 14);
    assert!(
        findings[0].detail().contains("probably Zscaler"),
        "{}",
        findings[0].detail()
    );
    assert!(findings[0].detail().contains("12 Intuit hosts"));
    // Nothing found by the checker: no finding.
    e.native = Some(crate::evidence::NativeFacts::default());
    assert!(diagnose(&e).iter().all(|f| f.cause != Cause::TlsInspection));
}

#[test]
fn findings_rank_by_confidence_then_by_cause_and_keep_ties_in_order() {
    let f = |cause, confidence| Finding {
        cause,
        confidence,
        fault: Fault::Unknown,
        message: crate::message::FindingText::Unexplained,
        doubted: false,
        evidence: Vec::new(),
    };
    let mut list = vec![
        f(Cause::SlowNetwork, Low),
        f(Cause::ClockSkew, High),
        f(Cause::AllClear, Medium),
        f(Cause::NetworkBlock, High),
        f(Cause::Offline, Low),
    ];
    super::rank(&mut list);
    let order: Vec<Cause> = list.iter().map(|f| f.cause).collect();
    assert_eq!(
        order,
        vec![
            Cause::NetworkBlock,
            Cause::ClockSkew,
            Cause::AllClear,
            Cause::Offline,
            Cause::SlowNetwork
        ]
    );
}

/// A finding is worded only when shown: the same finding reads in any pack, and what a rule
/// decided cannot depend on a language, since a finding holds no words.
#[test]
fn a_finding_is_worded_in_any_pack_when_shown() {
    use crate::message::{CanadianFrench, English, Pack};
    use crate::triage::{Answer, Triage};
    let mut e = evidence(Ok, Refused, &[], unreadable());
    e.triage = Some(Triage {
        works_on_other_network: Some(Answer::No),
        ..Triage::default()
    });
    let findings = diagnose(&e);
    let block = findings
        .iter()
        .find(|f| f.cause == Cause::NetworkBlock)
        .expect("a network block");
    assert!(block.doubted);
    assert_eq!(block.title(), "Your network is blocking Intuit");
    assert_eq!(block.title_in(&English), block.title());
    assert_eq!(block.detail_in(&English), block.detail());
    assert!(block.detail().ends_with(English.answers_disagree()));
    assert_eq!(
        block.title_in(&CanadianFrench),
        "Votre réseau bloque Intuit"
    );
    let french = block.detail_in(&CanadianFrench);
    assert!(
        french.ends_with(CanadianFrench.answers_disagree()),
        "{french}"
    );
}
