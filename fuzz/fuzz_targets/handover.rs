//! Any bytes behind each format's prefix, so the fuzzer works on the byte layouts themselves
//! (the hand-over between the page's modules is the r2 layout).
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Some((first, rest)) = data.split_first() else {
        return;
    };
    let prefix = if first & 1 == 0 { "r2." } else { "r1." };
    let text = format!("{prefix}{}", engine::share::to_base64url(rest));
    if let Ok(e) = engine::share::decode_handover(&text) {
        common::exercise(&e);
    }
});
