//! Any answer from the status page, parsed as Statuspage's summary and condensed. Whatever its
//! names hold, what the page would show has no phone-number-like run and no hidden character.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(summary) = serde_json::from_slice::<engine::status_page::Summary>(data) else {
        return;
    };
    let reading = engine::status_page::StatusReading::Read {
        summary: summary.condense(),
    };
    for line in reading.quoted().iter().chain([&reading.headline()]) {
        let mut digits = 0;
        for c in line.chars() {
            assert!(!matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'));
            assert!(!c.is_control(), "{line:?}");
            if c.is_ascii_digit() {
                digits += 1;
                assert!(digits < 7, "a phone-number-like run survived: {line:?}");
            } else if !" -.()/+".contains(c) {
                digits = 0;
            }
        }
    }
    let evidence = engine::evidence::Evidence {
        status: Some(reading),
        ..Default::default()
    };
    common::exercise(&evidence);
});
