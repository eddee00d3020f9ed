//! "Your browser": the detected browser and OS (the page's `data-browser`/`data-os` contract (docs/ARCHITECTURE.md)), then
//! (drawn by the follow-up module) every environment fact with its meaning.

use engine::browser::Detection;
use engine::message::PageText;
use yew::prelude::*;

use super::words::Words;

#[derive(Properties, PartialEq)]
pub struct BrowserPanelProps {
    /// The browser the shown results are about (a shared report's, or this one).
    pub detection: Option<Detection>,
    pub words: Words,
}

#[component]
pub fn BrowserPanel(props: &BrowserPanelProps) -> Html {
    let (detection, words) = (&props.detection, props.words);
    let (browser, os, described) = match &detection {
        Some(d) => (d.family.id(), d.os.id(), words.browser(d)),
        None => ("unknown", "unknown", words.say(PageText::UnknownBrowser)),
    };
    html! {
        <details class="browser-panel fold" aria-label={words.attr(PageText::YourBrowserName)} lang={words.lang()}>
            <summary><h2>{ words.text(PageText::YourBrowser) }</h2>
                <p class="detected" data-browser={browser} data-os={os} data-form={detection.as_ref().map(|d| d.form.id())}>
                    { described }
                </p></summary>
            // The follow-up module lists every environment fact here once there is a result, in
            // the page's language.
            <div id={crate::bridge::FACTS_SLOT} lang={words.lang()}></div>
        </details>
    }
}
