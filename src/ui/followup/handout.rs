//! The copyable text for whoever runs the firewall.

use engine::handout::it_handout;
use yew::prelude::*;

use super::copy_button::CopyButton;

#[derive(Properties, PartialEq)]
pub struct HandoutProps {
    /// [`handout_text`] for the result shown, made once per result by the caller.
    pub text: AttrValue,
}

/// The handout for `evidence`, dated today (UTC).
pub fn handout_text(evidence: &engine::evidence::Evidence) -> String {
    let date: String = js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
        .chars()
        .take(10)
        .collect();
    it_handout(evidence, &date)
}

#[component]
pub fn Handout(props: &HandoutProps) -> Html {
    let text = props.text.clone();
    html! {
        <>
            <pre class="handout-text">{ text.clone() }</pre>
            <CopyButton text={text} action="copy-handout" label="Copy for IT" />
        </>
    }
}
