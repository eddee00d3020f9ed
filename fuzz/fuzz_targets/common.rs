//! What every decoded report goes through on the page: diagnosis, the JSON report, the summary,
//! the handout, the facts list, the help-desk code, and a re-encode that must open the same.

use engine::diagnose::diagnose;
use engine::evidence::Evidence;
use engine::share::{code::encode_code, decode_link, encode_link};

pub fn exercise(e: &Evidence) {
    let findings = diagnose(e);
    assert!(!findings.is_empty(), "there is always a finding");
    let code = encode_code(e, &findings);
    let report = engine::report::Report::build(e, &findings, "fuzz", "2026-11-26T00:00:00Z");
    let json = serde_json::to_string(&report).expect("a report serializes");
    let summary = engine::summary::summary(e, &findings, "2026-11-26", &code);
    let handout = engine::handout::it_handout(e, "2026-11-26");
    let lines = engine::panel::lines(e);
    for text in [&json, &summary, &handout] {
        assert!(!text.contains('\u{202E}'), "no bidi override from a decoded report");
    }
    let _ = lines;
    let again = decode_link(&encode_link(e)).expect("a decoded report re-encodes");
    let refindings = diagnose(&again);
    assert_eq!(
        findings.iter().map(|f| (f.cause, f.confidence)).collect::<Vec<_>>(),
        refindings.iter().map(|f| (f.cause, f.confidence)).collect::<Vec<_>>(),
        "a re-encoded report gives the same verdict"
    );
    assert_eq!(encode_link(&again), encode_link(e), "re-encoding is stable");
}
