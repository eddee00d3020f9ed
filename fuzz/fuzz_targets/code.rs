//! Any text typed into "Got a help-desk code?".
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(facts) = engine::share::code::decode_code(&text) {
        // Worded in every language the page has.
        let languages: [(&dyn engine::message::Pack, &engine::lookups::LookupWords); 2] = [
            (&engine::message::English, &engine::lookups::ENGLISH),
            (&engine::message::CanadianFrench, &engine::lookups::CANADIAN_FRENCH),
        ];
        for (pack, words) in languages {
            assert!(words.code_lines(pack, &facts).len() >= 3);
        }
    }
});
