//! Any text as a link fragment: r1, r2 or nothing of ours.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(e) = engine::share::decode_link(&text) {
        common::exercise(&e);
    }
});
