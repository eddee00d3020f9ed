//! This device's history as stored: a JSON array of links. Every entry that opens is compared
//! with the one before it, as "Since your last check" does.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(entries) = serde_json::from_slice::<Vec<String>>(data) else {
        return;
    };
    let runs: Vec<_> = entries
        .iter()
        .take(10)
        .filter_map(|l| engine::share::decode_link(l).ok())
        .collect();
    for run in &runs {
        common::exercise(run);
    }
    for pair in runs.windows(2) {
        let _ = engine::history::what_changed(&pair[0], &pair[1]);
    }
});
