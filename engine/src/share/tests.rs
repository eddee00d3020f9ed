use proptest::prelude::*;

use super::code::{decode_code, encode_code};
use super::*;
use crate::browser::BrowserSignals;
use crate::catalogue::ENDPOINTS;
use crate::diagnose::diagnose;
use crate::environment::{BaitFacts, CacheFacts, ContextFacts, CookieFacts, PageFacts};
use crate::evidence::{EndpointEvidence, Evidence};
use crate::outcome::{FetchAnswer, ImageAnswer, Observation};
use crate::status_page::{Indicator, StatusReading, StatusSummary};
use crate::triage::{Answer, Product, Symptom, Triage};

fn observation(kind: usize, ms: u32) -> Observation {
    let fetch = match kind % 4 {
        0 => FetchAnswer::Answered { after_ms: ms },
        1 => FetchAnswer::Failed {
            after_ms: ms,
            error: "TypeError: Failed to fetch".into(),
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
    Observation { fetch, image }
}

fn full(seed: usize, long_text: bool) -> Evidence {
    let text = |s: &str| {
        if long_text {
            "Ä".repeat(200)
        } else {
            s.to_string()
        }
    };
    Evidence {
        control: Some(observation(seed, 20)),
        endpoints: ENDPOINTS
            .iter()
            .enumerate()
            .map(|(i, e)| EndpointEvidence {
                id: e.id.into(),
                observation: observation(seed + i, if long_text { u32::MAX - 10 } else { 40 + i as u32 * 300 }),
            })
            .collect(),
        status: Some(StatusReading::Read {
            summary: StatusSummary {
                indicator: Indicator::Major,
                description: text("Partial System Outage"),
                affected: (0..8).map(|i| (text(&format!("Component {i}")), text("major outage"))).collect(),
                incidents: (0..8).map(|i| (text(&format!("Incident {i}")), text("major"))).collect(),
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
            server_date: Some("Thu, 26 Nov 2026 06:41:41 GMT".into()),
            sent_at_ms: 1_795_674_701_000.0,
            answered_at_ms: 1_795_674_701_040.0,
            served_build: Some("qbo-check-a.js".into()),
            running_build: Some(if seed.is_multiple_of(2) { "qbo-check-a.js" } else { "qbo-check-b.js" }.into()),
        }),
        cookies: Some(CookieFacts { cookie_enabled: Some(true), cookie_round_trip: Some(!seed.is_multiple_of(3)), local_storage: Some(true), session_storage: None }),
        cache: Some(CacheFacts { navigation_from_cache: Some(false), service_workers: Some(0), cache_storage_entries: None, storage_used_bytes: Some(95e6), storage_quota_bytes: Some(100e6) }),
        bait: Some(BaitFacts { blocked: seed % 2 == 1, after_ms: 3 }),
        context: Some(ContextFacts { effective_type: Some(text("4g")), rtt_ms: Some(50), downlink_mbps: Some(1.6), save_data: Some(false), secure_context: Some(true), in_iframe: Some(false) }),
        triage: Some(Triage {
            symptom: Some(Symptom::PaymentError),
            product: Some(Product::OnlineInBrowser),
            works_in_private_window: Some(Answer::No),
            works_on_other_network: Some(Answer::NotTried),
            works_on_other_device: Some(Answer::Yes),
        }),
    }
}

fn verdicts(e: &Evidence) -> Vec<(&'static str, crate::diagnose::Confidence)> {
    diagnose(e)
        .iter()
        .map(|f| (f.cause.id(), f.confidence))
        .collect()
}

#[test]
fn a_shared_link_gives_the_same_diagnosis() {
    for seed in 0..24 {
        let original = full(seed, false);
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
/// gets the run through the hand-over encoding, so everything they derive must survive it; a
/// shared link must give the same steps, code, summary and handout.
#[test]
fn the_follow_up_views_derive_the_same_after_a_hand_over_or_a_link() {
    use crate::handout::it_handout;
    use crate::plan::checklist;
    use crate::report::Report;
    use crate::summary::summary;
    let report = |e: &Evidence| {
        let findings = diagnose(e);
        serde_json::to_string(&Report::build(e, &findings, "v", "d")).expect("serializes")
    };
    let derived = |e: &Evidence| {
        let findings = diagnose(e);
        let code = encode_code(e, &findings);
        (
            checklist(&findings, e.triage.as_ref()),
            summary(e, &findings, "d", &code),
            code,
            it_handout(e, "d"),
        )
    };
    for seed in 0..24 {
        for long_text in [false, true] {
            let original = full(seed, long_text);
            let handed = decode_handover(&encode_handover(&original)).expect("decodes");
            assert_eq!(report(&handed), report(&original), "report, seed {seed}");
            assert_eq!(derived(&handed), derived(&original), "seed {seed}");
            let linked = decode_link(&encode_link(&original)).expect("decodes");
            if !long_text {
                assert_eq!(derived(&linked), derived(&original), "link, seed {seed}");
            }
        }
    }
    assert!(!encode_handover(&full(0, false)).contains("Mozilla"));
    assert_eq!(decode_handover("r1.AAAA"), Err(DecodeError::NotOurs));
}

#[test]
fn a_link_carries_no_ua_string_and_no_error_text() {
    let link = encode_link(&full(1, false));
    let bytes = from_base64url(&link[LINK_PREFIX.len()..]).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        !text.contains("Mozilla") && !text.contains("TypeError"),
        "{text}"
    );
}

#[test]
fn the_worst_case_link_stays_under_2000_characters() {
    let link = encode_link(&full(3, true));
    println!("worst-case link: {} characters", link.len());
    assert!(
        link.len() + "https://example.com/qbo-check/#".len() < 2_000,
        "{} characters",
        link.len()
    );
}

#[test]
fn bad_links_get_clear_errors() {
    let good = encode_link(&full(0, false));
    let cases: Vec<(String, DecodeError)> = vec![
        ("".into(), DecodeError::Empty),
        ("#".into(), DecodeError::Empty),
        ("hello".into(), DecodeError::NotOurs),
        ("r9.AAAA".into(), DecodeError::FutureVersion(9)),
        (format!("r1.{}", "A".repeat(5_000)), DecodeError::TooLong),
        (good[..good.len() / 2].to_string(), DecodeError::Truncated),
        (
            "r1.@@@@".into(),
            DecodeError::Malformed("the link has characters that do not belong in it"),
        ),
    ];
    for (input, expected) in cases {
        let got = decode_link(&input);
        assert_eq!(got.as_ref().err(), Some(&expected), "{input:.40}");
        assert!(!expected.to_string().is_empty());
    }
}

#[test]
fn help_desk_codes_round_trip_and_are_short() {
    for seed in 0..24 {
        let e = full(seed, false);
        let findings = diagnose(&e);
        let code = encode_code(&e, &findings);
        assert!(code.len() <= 40 && code.starts_with("QBC1-"), "{code}");
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
        "QBC1 codes hold 12 hosts; a longer catalogue needs QBC2"
    );
}

#[test]
fn bad_codes_get_clear_errors() {
    let code = encode_code(&full(0, false), &diagnose(&full(0, false)));
    let mut wrong = code.clone().into_bytes();
    let last = wrong.len() - 2;
    wrong[last] = if wrong[last] == b'A' { b'B' } else { b'A' };
    let cases = [
        ("".to_string(), DecodeError::Empty),
        ("hello".into(), DecodeError::NotOurs),
        ("QBC7-AAAA".into(), DecodeError::FutureVersion(7)),
        (code[..10].to_string(), DecodeError::Truncated),
        (
            String::from_utf8(wrong).unwrap(),
            DecodeError::Malformed("a character is wrong; check each one again"),
        ),
        (
            format!("{code}X"),
            DecodeError::Malformed("the code is too long"),
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(decode_code(&input).err(), Some(expected), "{input}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_decode_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = decode_link(&format!("r1.{}", to_base64url(&bytes)));
        let _ = decode_handover(&format!("h1.{}", to_base64url(&bytes)));
    }

    #[test]
    fn any_text_decodes_without_panicking(text in "\\PC{0,300}") {
        let _ = decode_link(&text);
        let _ = decode_code(&text);
    }

    #[test]
    fn damaged_links_fail_cleanly(seed in 0usize..24, cut in 0usize..1000, flip in 0usize..1000, to in any::<u8>()) {
        let link = encode_link(&full(seed, false));
        let cut = cut % link.len();
        let _ = decode_link(&link[..cut]);
        let mut bytes = from_base64url(&link[LINK_PREFIX.len()..]).unwrap();
        let i = flip % bytes.len();
        bytes[i] = to;
        if let Ok(e) = decode_link(&format!("r1.{}", to_base64url(&bytes))) {
            // Whatever decodes must diagnose without panicking.
            let _ = diagnose(&e);
        }
    }
}
