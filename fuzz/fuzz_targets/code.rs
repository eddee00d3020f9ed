//! Any text typed into "Got a help-desk code?".
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(facts) = engine::share::code::decode_code(&text) {
        let lines = facts.lines();
        assert!(lines.len() >= 3);
    }
});
