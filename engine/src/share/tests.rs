use proptest::prelude::*;

use super::bytes::Writer;
use super::code::{decode_code, encode_code, CodeError};
use super::*;
use crate::browser::{BrowserSignals, DetectedBy, Detection, Family, FormFactor, Os, OsDetail};
use crate::catalogue::ENDPOINTS;
use crate::diagnose::diagnose;
use crate::environment::{
    parse_http_date, BaitFacts, CacheFacts, ContextFacts, CookieFacts, EffectiveType, PageFacts,
};
use crate::evidence::{EndpointEvidence, Evidence};
use crate::history::what_changed;
use crate::outcome::{FetchAnswer, FetchError, ImageAnswer, Observation};
use crate::outside_text::OutsideText;
use crate::report::Report;
use crate::status_page::{
    AffectedComponent, ComponentStatus, Impact, Indicator, MalformedReason, OpenIncident,
    StatusReading, StatusSummary,
};
use crate::summary::summary;
use crate::triage::{Answer, Product, Symptom, Triage};

fn observation(kind: usize, ms: u32) -> Observation {
    let fetch = match kind % 4 {
        0 => FetchAnswer::Answered { after_ms: ms },
        1 => FetchAnswer::Failed {
            after_ms: ms,
            error: FetchError::ALL[kind % FetchError::ALL.len()],
        },
        2 => FetchAnswer::TimedOut,
        _ => FetchAnswer::BlockedByPolicy,
    };
    let image = match kind % 5 {
        0 => None,
        1 => Some(ImageAnswer::Loaded { after_ms: ms + 5 }),
        2 => Some(ImageAnswer::Failed { after_ms: ms + 5 }),
        3 => Some(ImageAnswer::TimedOut),
        _ => None,
    };
    Observation {
        fetch,
        image,
        second_image: None,
    }
}

/// What a phone-number scam would put into any text a format could carry.
/// Written in pieces, so that no phone number stands in this repository as such.
const HOSTILE: &str = concat!(
    "Call Intuit support 1-800",
    "-555-0199 \u{202E}9910-555-008\u{202C} \u{200B}now"
);
const SHORT_HOSTILE: &str = concat!("Call 1-800", "-555-0199 \u{202E}x\u{200B}");

/// A live run, as the probes deliver it: with the status page's own texts and the UA string.
fn full(seed: usize, status_text: &str) -> Evidence {
    let named = |s: String| OutsideText::sanitize(&s);
    Evidence {
        control: Some(observation(seed, 20)),
        endpoints: ENDPOINTS
            .iter()
            .enumerate()
            .map(|(i, e)| EndpointEvidence {
                id: e.id.into(),
                observation: observation(seed + i, 40 + i as u32 * 300),
            })
            .collect(),
        status: Some(StatusReading::Read {
            summary: StatusSummary {
                indicator: Indicator::Major,
                description: named(format!("Partial System Outage {status_text}")),
                affected: (0..8)
                    .map(|i| AffectedComponent {
                        name: named(format!("Component {i} {status_text}")),
                        status: ComponentStatus::ALL[(seed + i) % 6],
                    })
                    .collect(),
                incidents: (0..(seed % 9))
                    .map(|i| OpenIncident {
                        name: named(format!("Incident {i} {status_text}")),
                        impact: Impact::ALL[(seed + i) % 6],
                    })
                    .collect(),
            },
        }),
        online: Some(true),
        browser: Some(BrowserSignals {
            user_agent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36".into(),
            ..BrowserSignals::default()
        }),
        detected: None,
        started_at_ms: Some(1_795_675_301_000.0),
        page: Some(PageFacts {
            server_time_ms: parse_http_date("Thu, 26 Nov 2026 06:41:41 GMT"),
            sent_at_ms: 1_795_674_701_000.0,
            answered_at_ms: 1_795_674_701_040.0,
            served_build: Some("qbo-check-a.js".into()),
            running_build: Some(if seed.is_multiple_of(2) { "qbo-check-a.js" } else { "qbo-check-b.js" }.into()),
        }),
        cookies: Some(CookieFacts { cookie_enabled: Some(true), cookie_round_trip: Some(!seed.is_multiple_of(3)), local_storage: Some(true), session_storage: None }),
        cache: Some(CacheFacts { navigation_from_cache: Some(false), service_workers: Some(0), cache_storage_entries: None, storage_used_bytes: Some(95e6 + seed as f64), storage_quota_bytes: Some(100e6) }),
        bait: Some(BaitFacts { blocked: seed % 2 == 1, after_ms: 3 }),
        context: Some(ContextFacts { effective_type: Some(EffectiveType::ALL[seed % 4]), rtt_ms: Some(50), downlink_mbps: Some(1.6), save_data: Some(false), secure_context: Some(true), in_iframe: Some(false) }),
        triage: Some(Triage {
            symptom: Some(Symptom::PaymentError),
            product: Some(Product::OnlineInBrowser),
            works_in_private_window: Some(Answer::No),
            works_on_other_network: Some(Answer::NotTried),
            works_on_other_device: Some(Answer::Yes),
        }),
        native: None,
        ticket: crate::ticket::Ticket::parse("HD-1234").ok(),
    }
}

/// A ticket tag is the one text a link carries, so its decoder applies the same rule as the
/// address: a link edited to carry a dialable number, or any other character, is refused.
#[test]
fn a_link_whose_ticket_breaks_the_rule_is_refused() {
    let e = full(1, "");
    let bytes = crate::share::from_base64url(&crate::share::encode_link(&e)[3..]).unwrap();
    let at = bytes
        .windows(7)
        .position(|w| w == b"HD-1234")
        .expect("the tag is in the link");
    for swapped in [&b"5550199"[..], b"HD 1234", b"HD-12\xff4"] {
        let mut edited = bytes.clone();
        edited[at..at + 7].copy_from_slice(swapped);
        let link = format!("r2.{}", crate::share::to_base64url(&edited));
        assert!(
            matches!(
                crate::share::decode_link(&link),
                Err(DecodeError::Malformed(_))
            ),
            "{swapped:?}"
        );
    }
    let link = crate::share::encode_link(&e);
    let opened = crate::share::decode_link(&link).unwrap();
    assert_eq!(opened.ticket.as_ref().map(|t| t.as_str()), Some("HD-1234"));
    // The page's first module skips the tag (the follow-up module reads it from the link).
    assert_eq!(
        crate::share::decode_current_link(&link).unwrap().ticket,
        None
    );
}

fn verdicts(e: &Evidence) -> Vec<(&'static str, crate::diagnose::Confidence)> {
    diagnose(e)
        .iter()
        .map(|f| (f.cause.id(), f.confidence))
        .collect()
}

fn report(e: &Evidence) -> String {
    let findings = diagnose(e);
    serde_json::to_string(&Report::build(e, &findings, "v", "d")).expect("serializes")
}

/// Everything a decoded report can put on screen, in a summary or in a download.
fn everything_shown(e: &Evidence) -> String {
    use crate::handout::it_handout;
    use crate::plan::checklist;
    let findings = diagnose(e);
    let code = encode_code(e, &findings);
    let mut out = vec![
        report(e),
        summary(e, None, &findings, "d", &code),
        it_handout(e, "d"),
        format!("{:?}", checklist(&findings, e.triage.as_ref())),
    ];
    out.extend(e.status.iter().map(|s| s.headline()));
    out.extend(e.status.iter().flat_map(|s| s.quoted()));
    out.extend(e.detection().map(|d| d.describe()));
    out.extend(crate::panel::lines(e).iter().map(|l| format!("{l:?}")));
    out.join("\n")
}

#[test]
fn a_shared_link_gives_the_same_diagnosis() {
    for seed in 0..24 {
        let original = full(seed, "");
        let link = encode_link(&original);
        let opened = decode_link(&link).expect("decodes");
        assert_eq!(verdicts(&opened), verdicts(&original), "seed {seed}");
        assert_eq!(
            encode_link(&opened),
            link,
            "re-encoding is stable (seed {seed})"
        );
        assert_eq!(
            opened.detection().map(|d| d.describe()),
            original.detection().map(|d| d.describe())
        );
    }
}

/// The page's follow-up views (fixes, sharing, handout, history) are a second wasm module that
/// gets the run through the hand-over, so everything they derive must survive it.
#[test]
fn the_follow_up_views_derive_the_same_after_a_hand_over() {
    use crate::handout::it_handout;
    use crate::plan::checklist;
    let derived = |e: &Evidence| {
        let findings = diagnose(e);
        let code = encode_code(e, &findings);
        (
            checklist(&findings, e.triage.as_ref()),
            summary(e, None, &findings, "d", &code),
            code,
            it_handout(e, "d"),
            report(e),
        )
    };
    for seed in 0..24 {
        let original = full(seed, "");
        let mut handed = decode_handover(&encode_handover(&original)).expect("decodes");
        // The hand-over carries no ticket tag: the follow-up module adds the address's own.
        assert_eq!(handed.ticket, None);
        handed.ticket = original.ticket;
        assert_eq!(derived(&handed), derived(&original), "seed {seed}");
    }
}

#[test]
fn no_outside_text_travels_in_a_link_or_a_hand_over() {
    let live = full(5, HOSTILE);
    assert!(
        live.status.as_ref().is_some_and(|s| !s.quoted().is_empty()),
        "live runs quote the status page"
    );
    let link = encode_link(&live);
    let bytes = from_base64url(&link[LINK_PREFIX.len()..]).unwrap();
    let raw = String::from_utf8_lossy(&bytes);
    for word in [
        "Mozilla",
        "Partial",
        "Incident",
        "Component",
        "removed",
        "qbo-check-a",
        "GMT",
        "4g",
    ] {
        assert!(!raw.contains(word), "{word} in {raw}");
    }
    let opened = decode_link(&link).unwrap();
    assert!(opened
        .status
        .as_ref()
        .is_some_and(|s| s.quoted().is_empty()));
    let shown = everything_shown(&opened);
    assert!(
        !shown.contains("555") && !shown.contains("Incident 0"),
        "{shown}"
    );
}

#[test]
fn the_worst_case_link_stays_under_2000_characters() {
    let mut worst = full(8, HOSTILE);
    for e in &mut worst.endpoints {
        e.observation = Observation {
            fetch: FetchAnswer::Failed {
                after_ms: limits::MS,
                error: FetchError::Other,
            },
            image: Some(ImageAnswer::Failed {
                after_ms: limits::MS,
            }),
            second_image: None,
        };
    }
    let link = encode_link(&worst);
    println!("worst-case link: {} characters", link.len());
    assert!(
        link.len() + "https://example.com/qbo-check/#".len() < 2_000,
        "{} characters",
        link.len()
    );
}

#[test]
fn bad_links_get_clear_errors() {
    let good = encode_link(&full(0, ""));
    let cases: Vec<(String, DecodeError)> = vec![
        ("".into(), DecodeError::Empty),
        ("#".into(), DecodeError::Empty),
        ("hello".into(), DecodeError::NotOurs),
        ("r0.AAAA".into(), DecodeError::NotOurs),
        ("r9.AAAA".into(), DecodeError::FutureVersion(9)),
        (format!("r2.{}", "A".repeat(5_000)), DecodeError::TooLong),
        (good[..good.len() / 2].to_string(), DecodeError::Truncated),
        ("r2.@@@@".into(), DecodeError::Malformed(Damage::Characters)),
        ("r2.".into(), DecodeError::Malformed(Damage::RunMissing)),
    ];
    for (input, expected) in cases {
        let got = decode_link(&input);
        assert_eq!(got.as_ref().err(), Some(&expected), "{input:.40}");
    }
}

/// r2 sections: tag, length, body.
fn r2(sections: &[(u64, Vec<u8>)]) -> String {
    let mut w = Writer::default();
    for (tag, body) in sections {
        w.uint(*tag);
        w.uint(body.len() as u64);
        w.0.extend_from_slice(body);
    }
    format!("r2.{}", to_base64url(&w.0))
}

fn sections_of(link: &str) -> Vec<(u64, Vec<u8>)> {
    let bytes = from_base64url(&link[3..]).unwrap();
    let mut r = super::bytes::Reader::new(&bytes);
    let mut out = Vec::new();
    while r.more() {
        let tag = r.uint().unwrap();
        let len = r.uint().unwrap() as usize;
        let mut body = Vec::new();
        for _ in 0..len {
            body.push(r.byte().unwrap());
        }
        out.push((tag, body));
    }
    out
}

#[test]
fn a_later_version_may_add_sections_and_fields() {
    let original = full(3, "");
    let link = encode_link(&original);
    let mut sections = sections_of(&link);
    // A field appended to every section, and a section this build does not know.
    for (_, body) in &mut sections {
        body.extend_from_slice(&[7, 7, 7]);
    }
    sections.push((99, vec![1, 2, 3, 4]));
    let opened =
        decode_link(&r2(&sections)).expect("an older reader ignores what it does not know");
    assert_eq!(encode_link(&opened), link);
    // Only the run section is required; the rest reads as "not measured".
    let run_only: Vec<_> = sections_of(&link)
        .into_iter()
        .filter(|(t, _)| *t == 1)
        .collect();
    let sparse = decode_link(&r2(&run_only)).expect("decodes");
    assert!(sparse.endpoints.is_empty() && sparse.status.is_none() && sparse.page.is_none());
    // A section twice is refused.
    let mut twice = sections_of(&link);
    twice.push(twice[0].clone());
    assert_eq!(
        decode_link(&r2(&twice)).err(),
        Some(DecodeError::Malformed(Damage::SectionTwice))
    );
}

#[test]
fn decoders_refuse_numbers_no_encoder_writes() {
    let mut w = Writer::default();
    w.uint(0);
    w.uint(u64::from(limits::MS) + 1);
    w.uint(0);
    let control = w.0.clone();
    let run = {
        let mut w = Writer::default();
        w.opt_uint(None);
        w.tri(None);
        w.0
    };
    let got = decode_link(&r2(&[(1, run.clone()), (2, control)]));
    assert_eq!(got.err(), Some(DecodeError::Malformed(Damage::NumberRange)));
    let mut far_future = Writer::default();
    far_future.opt_uint(Some(limits::EPOCH_S + 1));
    far_future.tri(None);
    assert!(decode_link(&r2(&[(1, far_future.0)])).is_err());
    let mut browser = Writer::default();
    for v in [0, u64::from(limits::BROWSER_MAJOR) + 2, 0, 0, 0, 0] {
        browser.uint(v);
    }
    assert!(decode_link(&r2(&[(1, run), (5, browser.0)])).is_err());
}

/// The legacy r1 layout, written by hand: what a hostile link in the old format can hold.
fn r1_link(text: &str, long: usize) -> String {
    let mut w = Writer::default();
    let put_text = |w: &mut Writer, s: &str| {
        w.uint(s.len() as u64);
        w.0.extend_from_slice(s.as_bytes());
    };
    let filler = "9".repeat(long);
    let t = |s: &str| {
        if long > 0 {
            filler.clone()
        } else {
            s.to_string()
        }
    };
    w.opt_uint(Some(1_795_675_301));
    w.tri(Some(true));
    w.uint(1); // control
    w.uint(0);
    w.uint(20);
    w.uint(0);
    w.uint(1); // one host
    put_text(&mut w, "payments-connect");
    w.uint(0);
    w.uint(30);
    w.uint(0);
    w.uint(1); // status page read
    w.uint(4); // critical
    put_text(&mut w, &t(text));
    w.uint(1);
    put_text(&mut w, &t(text));
    put_text(&mut w, &t(text));
    w.uint(1);
    put_text(&mut w, &t(text));
    put_text(&mut w, &t(text));
    w.uint(1); // detection
    w.uint(0);
    w.opt_uint(Some(156));
    w.uint(0);
    w.0.push(1);
    put_text(&mut w, &t(text));
    w.uint(0);
    w.uint(1);
    w.uint(1); // page
    w.0.push(1);
    put_text(&mut w, &t(text));
    w.int(1_795_675_301_000);
    w.int(40);
    w.0.push(1);
    w.uint(0); // cookies
    w.uint(0); // cache
    w.uint(0); // bait
    w.uint(1); // context
    w.0.push(1);
    put_text(&mut w, &t(text));
    w.opt_uint(None);
    w.opt_uint(None);
    for _ in 0..3 {
        w.tri(None);
    }
    w.uint(0); // triage
    format!("r1.{}", to_base64url(&w.0))
}

#[test]
fn a_hostile_r1_link_opens_without_its_texts_or_not_at_all() {
    // Within r1's own limits (60 and 32 bytes): it opens, and none of its text is shown.
    let short = SHORT_HOSTILE;
    let opened = decode_link(&r1_link(short, 0)).expect("a link within r1's limits opens");
    let shown = everything_shown(&opened);
    assert!(
        !shown.contains("555") && !shown.contains('\u{202E}') && !shown.contains("Call"),
        "{shown}"
    );
    assert_eq!(opened.detection().and_then(|d| d.os_detail), None);
    assert_eq!(opened.page.as_ref().and_then(|p| p.server_time_ms), None);
    assert_eq!(opened.context.as_ref().and_then(|c| c.effective_type), None);
    assert_eq!(
        diagnose(&opened)[0].cause,
        crate::diagnose::Cause::IntuitOutage
    );
    // Past them (the old decoder took 2 KB in every text): refused with a clear message.
    let long = decode_link(&r1_link(short, 200));
    assert_eq!(
        long.err(),
        Some(DecodeError::Malformed(Damage::TextTooLong))
    );
    assert_eq!(
        decode_link(&r1_link(short, 2_000)).err(),
        Some(DecodeError::TooLong)
    );
    // The page's first and follow-up parts leave r1 to the extras part, which rewrites it.
    for current_only in [
        decode_current_link(&r1_link(short, 0)).err(),
        decode_current_watched_link(&r1_link(short, 0)).err(),
        decode_current_with_ticket(&r1_link(short, 0)).err(),
        decode_handover(&r1_link(short, 0)).err(),
    ] {
        assert_eq!(current_only, Some(DecodeError::OlderFormat));
    }
    let current = encode_link(&opened);
    assert_eq!(decode_current_link(&current), decode_link(&current));
    assert_eq!(
        decode_current_watched_link(&current).map(|(evidence, _)| evidence),
        decode_link(&current)
    );
    assert_eq!(decode_current_with_ticket(&current), decode_link(&current));
}

/// The hostile links the end-to-end test opens in Chromium; kept in step with this generator.
#[test]
fn the_hostile_links_for_the_browser_test_are_current() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/e2e/data/hostile-links.json"
    );
    let fresh = serde_json::json!({
        "about": "Hand-made r1 links full of phone numbers, bidi overrides and zero-width characters (engine/src/share/tests.rs writes this file: QBO_WRITE_VECTORS=1 cargo test -p engine hostile).",
        "within_limits": r1_link(SHORT_HOSTILE, 0),
        "two_hundred_bytes": r1_link("", 200),
        "two_kilobytes": r1_link("", 2_000),
    });
    let text = serde_json::to_string_pretty(&fresh).unwrap() + "\n";
    if std::env::var_os("QBO_WRITE_VECTORS").is_some() {
        std::fs::write(path, &text).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(path).unwrap_or_default(),
        text,
        "run with QBO_WRITE_VECTORS=1"
    );
}

const VECTORS_2026_11: &str = include_str!("../../tests/data/formats-2026-11.json");

/// Links, codes and history made by the November 2026 build open with the same result in every
/// later build.
#[test]
fn todays_links_codes_and_history_still_open_the_same() {
    let vectors: serde_json::Value = serde_json::from_str(VECTORS_2026_11).unwrap();
    let links = vectors["links"].as_array().unwrap();
    assert!(links.len() >= 20);
    for v in links {
        let e = decode_link(v["link"].as_str().unwrap()).expect("an r1 link opens");
        let got: Vec<serde_json::Value> = diagnose(&e)
            .iter()
            .map(|f| serde_json::json!([f.cause.id(), f.confidence]))
            .collect();
        assert_eq!(
            serde_json::Value::Array(got),
            v["findings"],
            "{}",
            v["link"]
        );
    }
    for v in vectors["codes"].as_array().unwrap() {
        let facts = decode_code(v["code"].as_str().unwrap()).expect("a QBC1 code opens");
        assert_eq!(facts.cause.id(), v["cause"]);
        assert_eq!(serde_json::json!(facts.confidence), v["confidence"]);
        assert_eq!(facts.family.id(), v["family"]);
        assert_eq!(facts.os.id(), v["os"]);
        assert_eq!(serde_json::json!(facts.status), v["status"]);
        let outcomes: Vec<String> = facts
            .outcomes
            .iter()
            .map(|(id, o)| format!("{id}={}", o.id()))
            .collect();
        assert_eq!(serde_json::json!(outcomes), v["outcomes"]);
        let flags = [
            facts.clock_wrong,
            facts.cookies_blocked,
            facts.stale_page,
            facts.blocker_seen,
        ];
        assert_eq!(serde_json::json!(flags), v["flags"]);
    }
    let stored: Vec<String> =
        serde_json::from_str(vectors["history"]["stored"].as_str().unwrap()).unwrap();
    let runs: Vec<Evidence> = stored
        .iter()
        .map(|l| decode_link(l).expect("a history entry opens"))
        .collect();
    let last = &runs[runs.len() - 1];
    let changes: Vec<String> = what_changed(
        &runs[runs.len() - 2],
        last,
        &crate::diagnose::diagnose(last),
    )
    .iter()
    .map(|c| c.ids())
    .collect();
    assert_eq!(
        serde_json::json!(changes),
        vectors["history"]["changes_between_last_two"]
    );
}

#[test]
fn help_desk_codes_round_trip_and_are_short() {
    for seed in 0..24 {
        let e = full(seed, "");
        let findings = diagnose(&e);
        let code = encode_code(&e, &findings);
        assert!(code.len() <= 40 && code.starts_with("QBC2-"), "{code}");
        let facts = decode_code(&code).expect("decodes");
        assert_eq!(facts.cause, findings[0].cause);
        assert_eq!(facts.confidence, findings[0].confidence);
        assert_eq!(facts.outcomes.len(), ENDPOINTS.len());
        assert_eq!(facts.family.id(), "chrome");
        // Typed back by a person: lower case, no dashes, O for 0.
        let typed = code.to_lowercase().replace('-', " ").replace('0', "o");
        assert_eq!(decode_code(&typed), Ok(facts));
    }
    assert!(
        ENDPOINTS.len() <= 12,
        "codes hold 12 hosts; a longer catalogue needs a new code version"
    );
}

#[test]
fn cause_codes_never_change() {
    use crate::diagnose::Cause;
    let expected = [
        "all-clear",
        "offline",
        "intuit-outage",
        "network-block",
        "partial-block",
        "slow-network",
        "clock-skew",
        "browser-outdated",
        "browser-unsupported",
        "cookies-blocked",
        "stale-cache",
        "extension-interference",
        "cannot-test",
    ];
    for (code, id) in expected.iter().enumerate() {
        let cause = Cause::from_code(code as u64).expect("a cause");
        assert_eq!((cause.id(), u64::from(cause.code())), (*id, code as u64));
    }
    assert!(Cause::ALL.len() <= 16, "a code has 4 bits for the cause");
}

/// Every single wrong character and every swap of two different neighbours, in every position
/// of 2,000 codes, is refused by the QBC2 check. (QBC1 missed about 4 % of substitutions.)
#[test]
fn the_check_character_catches_every_typo_and_every_swap() {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut codes_tried = 0;
    for seed in 0..2_000usize {
        let mut e = full(seed % 24, "");
        e.started_at_ms = Some(seed as f64);
        for (i, ep) in e.endpoints.iter_mut().enumerate() {
            ep.observation = observation(seed / 7 + i * (seed % 5 + 1), 40);
        }
        let code = encode_code(&e, &diagnose(&e));
        let chars: Vec<u8> = code.bytes().filter(|c| *c != b'-').skip(4).collect();
        assert_eq!(chars.len(), 13);
        let typed = |body: &[u8]| decode_code(&format!("QBC2{}", String::from_utf8_lossy(body)));
        assert!(typed(&chars).is_ok());
        for i in 0..chars.len() {
            for c in ALPHABET {
                if *c != chars[i] {
                    let mut wrong = chars.clone();
                    wrong[i] = *c;
                    assert!(typed(&wrong).is_err(), "{code}: {} at {i}", *c as char);
                }
            }
            if i + 1 < chars.len() && chars[i] != chars[i + 1] {
                let mut swapped = chars.clone();
                swapped.swap(i, i + 1);
                assert!(typed(&swapped).is_err(), "{code}: swap at {i}");
            }
        }
        codes_tried += 1;
    }
    assert_eq!(codes_tried, 2_000);
}

#[test]
fn bad_codes_get_clear_errors() {
    let code = encode_code(&full(0, ""), &diagnose(&full(0, "")));
    let mut wrong = code.clone().into_bytes();
    let last = wrong.len() - 2;
    wrong[last] = if wrong[last] == b'A' { b'B' } else { b'A' };
    let cases = [
        ("".to_string(), CodeError::Empty),
        ("hello".into(), CodeError::NotOurs),
        ("QBC0-AAAA".into(), CodeError::NotOurs),
        ("QBC7-AAAA".into(), CodeError::Newer),
        (code[..10].to_string(), CodeError::Short),
        // U is the one letter no code uses (I, L and O are read as 1 and 0).
        (format!("QBC2-{}", "U".repeat(13)), CodeError::Letter),
        (String::from_utf8(wrong).unwrap(), CodeError::Check),
        (format!("{code}X"), CodeError::Long),
    ];
    for (input, expected) in cases {
        assert_eq!(decode_code(&input).err(), Some(expected), "{input}");
    }
}

fn arb_observation() -> impl Strategy<Value = Observation> {
    let ms = 0..=limits::MS;
    let fetch = prop_oneof![
        ms.clone()
            .prop_map(|after_ms| FetchAnswer::Answered { after_ms }),
        (
            ms.clone(),
            proptest::sample::select(FetchError::ALL.to_vec())
        )
            .prop_map(|(after_ms, error)| FetchAnswer::Failed { after_ms, error }),
        Just(FetchAnswer::TimedOut),
        Just(FetchAnswer::BlockedByPolicy),
        ms.clone()
            .prop_map(|after_ms| FetchAnswer::RedirectedAway { after_ms }),
    ];
    let image = proptest::option::of(prop_oneof![
        ms.clone()
            .prop_map(|after_ms| ImageAnswer::Loaded { after_ms }),
        ms.prop_map(|after_ms| ImageAnswer::Failed { after_ms }),
        Just(ImageAnswer::TimedOut),
    ]);
    (fetch, image).prop_map(|(fetch, image)| Observation {
        fetch,
        image,
        second_image: None,
    })
}

fn arb_status() -> impl Strategy<Value = StatusReading> {
    let list = |n| proptest::collection::vec(0..6usize, 0..=n);
    prop_oneof![
        (
            0..6usize,
            list(crate::status_page::MAX_LISTED),
            list(crate::status_page::MAX_LISTED)
        )
            .prop_map(|(i, inc, aff)| StatusReading::Read {
                summary: StatusSummary {
                    indicator: [
                        Indicator::None,
                        Indicator::Maintenance,
                        Indicator::Minor,
                        Indicator::Major,
                        Indicator::Critical,
                        Indicator::Unknown
                    ][i],
                    description: OutsideText::default(),
                    incidents: inc
                        .into_iter()
                        .map(|k| OpenIncident {
                            name: OutsideText::default(),
                            impact: Impact::ALL[k]
                        })
                        .collect(),
                    affected: aff
                        .into_iter()
                        .map(|k| AffectedComponent {
                            name: OutsideText::default(),
                            status: ComponentStatus::ALL[k]
                        })
                        .collect(),
                },
            }),
        (100..=999u16).prop_map(|status| StatusReading::HttpError { status }),
        proptest::sample::select(FetchError::ALL.to_vec())
            .prop_map(|error| StatusReading::Unreadable { error }),
        proptest::sample::select(MalformedReason::ALL.to_vec())
            .prop_map(|reason| StatusReading::Malformed { reason }),
        Just(StatusReading::TimedOut),
    ]
}

fn arb_detection() -> impl Strategy<Value = Detection> {
    let os_detail = proptest::option::of(prop_oneof![
        Just(OsDetail::Windows10),
        Just(OsDetail::Windows11),
        Just(OsDetail::Windows10Or11),
        Just(OsDetail::IpadOs),
        (
            0..=OsDetail::MAX_VERSION,
            proptest::option::of(0..=OsDetail::MAX_VERSION)
        )
            .prop_map(|(major, minor)| OsDetail::Version { major, minor }),
    ]);
    (
        0..Family::ALL.len(),
        proptest::option::of(0..=limits::BROWSER_MAJOR),
        0..Os::ALL.len(),
        os_detail,
        0..3usize,
        any::<bool>(),
        proptest::option::of(0..=limits::BROWSER_MAJOR),
    )
        .prop_map(
            |(f, major, os, os_detail, form, hints, chromium_major)| Detection {
                family: Family::ALL[f],
                major,
                chromium_major,
                os: Os::ALL[os],
                os_detail,
                form: FormFactor::ALL[form],
                detected_by: if hints {
                    DetectedBy::ClientHints
                } else {
                    DetectedBy::UserAgent
                },
                caveats: Vec::new(),
            },
        )
}

fn arb_page() -> impl Strategy<Value = PageFacts> {
    (
        0..=limits::EPOCH_S * 1000,
        0..=limits::MS,
        proptest::option::of(-limits::SKEW_MS..=limits::SKEW_MS),
        0..3u64,
    )
        .prop_map(|(sent, rtt, skew, build)| {
            let (served_build, running_build) = super::evidence_codec::builds(build).unwrap();
            PageFacts {
                server_time_ms: skew.map(|s| sent as i64 + s),
                sent_at_ms: sent as f64,
                answered_at_ms: (sent + u64::from(rtt)) as f64,
                served_build,
                running_build,
            }
        })
}

fn tri() -> impl Strategy<Value = Option<bool>> {
    proptest::option::of(any::<bool>())
}

/// Cookies, cache, bait, connection and triage, each measured or not.
type Environment = (
    Option<CookieFacts>,
    Option<CacheFacts>,
    Option<BaitFacts>,
    Option<ContextFacts>,
    Option<Triage>,
);

fn arb_environment() -> impl Strategy<Value = Environment> {
    let cookies = (tri(), tri(), tri(), tri()).prop_map(|(a, b, c, d)| CookieFacts {
        cookie_enabled: a,
        cookie_round_trip: b,
        local_storage: c,
        session_storage: d,
    });
    let bytes = proptest::option::of((0..=limits::STORAGE_BYTES).prop_map(|b| b as f64));
    let cache = (
        tri(),
        proptest::option::of(0..=limits::SERVICE_WORKERS),
        proptest::option::of(0..=limits::CACHE_ENTRIES),
        bytes.clone(),
        bytes,
    )
        .prop_map(|(n, sw, ce, used, quota)| CacheFacts {
            navigation_from_cache: n,
            service_workers: sw,
            cache_storage_entries: ce,
            storage_used_bytes: used,
            storage_quota_bytes: quota,
        });
    let bait = (any::<bool>(), 0..=limits::MS)
        .prop_map(|(blocked, after_ms)| BaitFacts { blocked, after_ms });
    let context = (
        proptest::option::of(0..4usize),
        proptest::option::of(0..=limits::MS),
        proptest::option::of(0..=limits::DOWNLINK_TENTHS),
        tri(),
        tri(),
        tri(),
    )
        .prop_map(|(t, rtt, down, s, sc, f)| ContextFacts {
            effective_type: t.map(|t| EffectiveType::ALL[t]),
            rtt_ms: rtt,
            downlink_mbps: down.map(|d| d as f64 / 10.0),
            save_data: s,
            secure_context: sc,
            in_iframe: f,
        });
    let pick = |n: usize| proptest::option::of(0..n);
    let triage = (
        pick(Symptom::ALL.len()),
        pick(Product::ALL.len()),
        pick(3),
        pick(3),
        pick(3),
    )
        .prop_map(|(s, p, a, b, c)| Triage {
            symptom: s.map(|i| Symptom::ALL[i]),
            product: p.map(|i| Product::ALL[i]),
            works_in_private_window: a.map(|i| Answer::ALL[i]),
            works_on_other_network: b.map(|i| Answer::ALL[i]),
            works_on_other_device: c.map(|i| Answer::ALL[i]),
        });
    (
        proptest::option::of(cookies),
        proptest::option::of(cache),
        proptest::option::of(bait),
        proptest::option::of(context),
        proptest::option::of(triage),
    )
}

/// A watch as the page records one: each round all clear, offline, one host failing, or slow,
/// with now and then a late start.
fn arb_watch() -> impl Strategy<Value = crate::watch::Watch> {
    use crate::outcome::Outcome;
    let round = (
        0usize..4,
        0usize..ENDPOINTS.len(),
        0usize..6,
        proptest::bool::weighted(0.05),
    );
    (
        (0..=limits::EPOCH_S / 2).prop_map(|s| s as f64 * 1000.0),
        crate::watch::MIN_INTERVAL_S..=crate::watch::MAX_INTERVAL_S,
        proptest::collection::vec(round, 0..=crate::watch::MAX_ROUNDS),
    )
        .prop_map(|(start, interval, rounds)| {
            let mut w = crate::watch::Watch::new(start, interval);
            let mut at = 0;
            for (kind, host, outcome, late) in rounds {
                let outcome = Outcome::ALL[outcome];
                let (control, hosts): (Outcome, Vec<(&str, Outcome)>) = match kind {
                    0 => (
                        Outcome::Ok,
                        ENDPOINTS.iter().map(|e| (e.id, Outcome::Ok)).collect(),
                    ),
                    1 => (
                        Outcome::Unreachable,
                        ENDPOINTS
                            .iter()
                            .map(|e| (e.id, Outcome::Unreachable))
                            .collect(),
                    ),
                    2 => (Outcome::Ok, vec![(ENDPOINTS[host].id, outcome)]),
                    _ => (
                        Outcome::Ok,
                        ENDPOINTS.iter().map(|e| (e.id, Outcome::Slow)).collect(),
                    ),
                };
                w.push_round(at, control, &hosts);
                at += interval + if late { 300 } else { 0 };
            }
            w
        })
}

/// The latest `keep` rounds of a watch, as a link that could not carry them all holds them.
fn latest_rounds(w: &crate::watch::Watch, keep: usize) -> crate::watch::Watch {
    let skip = w.rounds() - keep;
    let mut out = w.clone();
    out.earlier_rounds += skip as u32;
    out.round_at_s = w.round_at_s[skip..].to_vec();
    out.control = w.control[skip..].to_vec();
    for lane in &mut out.lanes {
        lane.outcomes.drain(..skip);
    }
    out
}

/// Any evidence a link can hold: typed values in range, catalogue hosts, no texts.
fn arb_evidence() -> impl Strategy<Value = Evidence> {
    let hosts = proptest::collection::vec(proptest::option::of(arb_observation()), ENDPOINTS.len());
    (
        proptest::option::of(arb_observation()),
        hosts,
        proptest::option::of(arb_status()),
        tri(),
        proptest::option::of(arb_detection()),
        proptest::option::of((0..=limits::EPOCH_S).prop_map(|s| s as f64 * 1000.0)),
        proptest::option::of(arb_page()),
        arb_environment(),
        proptest::option::of((
            0..=limits::ENDPOINTS as u32,
            proptest::option::of(0..crate::catalogue::inspection::PRODUCTS.len() as u8),
        )),
        proptest::option::of("[A-Za-z]{1,8}-?[0-9]{0,6}"),
    )
        .prop_map(
            |(
                control,
                hosts,
                status,
                online,
                detected,
                started_at_ms,
                page,
                (cookies, cache, bait, context, triage),
                native,
                ticket,
            )| Evidence {
                control,
                endpoints: ENDPOINTS
                    .iter()
                    .zip(hosts)
                    .filter_map(|(e, o)| {
                        o.map(|observation| EndpointEvidence {
                            id: e.id.into(),
                            observation,
                        })
                    })
                    .collect(),
                status,
                online,
                browser: None,
                detected,
                started_at_ms,
                page,
                cookies,
                cache,
                bait,
                context,
                triage,
                native: native.map(|(inspected_hosts, product)| crate::evidence::NativeFacts {
                    inspected_hosts,
                    product,
                }),
                ticket: ticket.and_then(|t| crate::ticket::Ticket::parse(&t).ok()),
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_valid_evidence_encodes_and_decodes_to_itself(e in arb_evidence(), watch in proptest::option::of(arb_watch())) {
        let link = crate::share::encode_watched_link(&e, watch.as_ref());
        prop_assert!(link.len() < 2_000, "{} characters", link.len());
        let (opened, opened_watch) = crate::share::decode_watched_link(&link).expect("decodes");
        prop_assert_eq!(&opened, &e);
        // A watch too long for a link keeps its latest rounds and counts the others.
        match (&watch, &opened_watch) {
            (Some(sent), Some(got)) => {
                prop_assert!(got.rounds() <= sent.rounds());
                prop_assert_eq!(got, &latest_rounds(sent, got.rounds()));
            }
            (None, None) => {}
            _ => prop_assert!(false, "the watch was lost or made up"),
        }
        // Readers without the watch (the page's first module) open the same evidence.
        prop_assert_eq!(&decode_link(&link).expect("decodes"), &e);
        let _ = everything_shown(&opened);
    }

    #[test]
    fn any_bytes_decode_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        for version in ["r1.", "r2."] {
            if let Ok(e) = decode_link(&format!("{version}{}", to_base64url(&bytes))) {
                let _ = everything_shown(&e);
                let _ = decode_link(&encode_link(&e)).expect("a decoded report re-encodes");
            }
        }
    }

    #[test]
    fn any_text_decodes_without_panicking(text in "\\PC{0,300}") {
        let _ = decode_link(&text);
        let _ = decode_code(&text);
    }

    #[test]
    fn damaged_links_fail_cleanly(seed in 0usize..24, cut in 0usize..1000, flip in 0usize..1000, to in any::<u8>()) {
        let link = encode_link(&full(seed, ""));
        let cut = cut % link.len();
        let _ = decode_link(&link[..cut]);
        let mut bytes = from_base64url(&link[LINK_PREFIX.len()..]).unwrap();
        let i = flip % bytes.len();
        bytes[i] = to;
        if let Ok(e) = decode_link(&format!("r2.{}", to_base64url(&bytes))) {
            // Whatever decodes must diagnose and show without panicking.
            let _ = everything_shown(&e);
        }
    }
}
