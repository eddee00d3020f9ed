//! The copyable text for whoever runs the firewall, drawn by the follow-up root
//! (`app.rs`): its words need nothing a component of its own would add.

use engine::handout::it_handout_in;

use crate::ui::words::Words;

/// The handout for `evidence` in `words`' language, dated today (UTC).
pub fn handout_text(evidence: &engine::evidence::Evidence, words: Words) -> String {
    let date: String = js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
        .chars()
        .take(10)
        .collect();
    it_handout_in(words.pack(), words.handout(), evidence, &date)
}
