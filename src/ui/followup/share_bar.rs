//! Passing a result on: a plain-text summary, a help-desk code, a link that holds the whole
//! report in its fragment (never sent to any server), and the JSON report as a file.

use engine::diagnose::Finding;
use engine::environment::format_utc;
use engine::evidence::Evidence;
use engine::share::code::encode_code;
use engine::share::encode_watched_link;
use engine::summary::summary;
use engine::watch::Watch;
use yew::prelude::*;

use super::copy_button::CopyButton;
use super::download::download_json;
use crate::split::{self, PartMissing};

#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    pub evidence: Evidence,
    pub findings: Vec<Finding>,
    /// The watch that followed the check, if any: it travels in the summary, link and report.
    #[prop_or_default]
    pub watch: Option<Watch>,
}

fn page_address() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// Where the report file's download stands, said beside its button.
#[derive(Clone, Copy, PartialEq)]
enum Downloaded {
    Preparing,
    Started,
    /// The browser would not make the file or start its download.
    Refused,
    /// The part that writes the report could not be fetched.
    PartMissing,
}

impl Downloaded {
    fn message(&self) -> &'static str {
        match self {
            Downloaded::Preparing => "Preparing the report…",
            Downloaded::Started => "Downloaded.",
            Downloaded::Refused => "The download could not start in this browser.",
            Downloaded::PartMissing => {
                "The report could not be made: part of this page did not load. Check the \
                 connection, then try again."
            }
        }
    }
}

#[component]
pub fn ShareBar(props: &ShareBarProps) -> Html {
    // Encoded once per result (and per watch round), not once per render.
    let shared = use_memo(
        (
            props.evidence.clone(),
            props.findings.clone(),
            props.watch.clone(),
        ),
        |(evidence, findings, watch)| {
            let code = encode_code(evidence, findings);
            let date = evidence
                .started_at_ms
                .map(|ms| format_utc(ms, false))
                .unwrap_or_default();
            let text = summary(evidence, watch.as_ref(), findings, &date, &code);
            let link = format!(
                "{}#{}",
                page_address(),
                encode_watched_link(evidence, watch.as_ref())
            );
            (
                AttrValue::from(code),
                AttrValue::from(text),
                AttrValue::from(link),
            )
        },
    );
    let (code, text, link) = (*shared).clone();
    let download_status = use_state(|| None::<Downloaded>);
    let on_download = {
        let (evidence, findings, status, watch, link) = (
            props.evidence.clone(),
            props.findings.clone(),
            download_status.clone(),
            props.watch.clone(),
            link.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let created = evidence
                .started_at_ms
                .map(|ms| format_utc(ms, true))
                .unwrap_or_default();
            // The fragment alone: the page's own address may be an intranet one, and a report
            // holds no address (docs/FORMATS.md).
            let fragment = link
                .find('#')
                .map_or_else(String::new, |at| link[at..].to_string());
            let stamp: String = created
                .chars()
                .filter(|c| c.is_ascii_digit())
                .take(12)
                .collect();
            let (evidence, findings, watch, status) = (
                Box::new(evidence.clone()),
                findings.clone(),
                watch.clone(),
                status.clone(),
            );
            // The report's code is in the extras part, fetched on the first download (or when
            // a pointer or the keyboard reaches the button: loader.js).
            status.set(Some(Downloaded::Preparing));
            wasm_bindgen_futures::spawn_local(async move {
                let outcome =
                    match split::report_json(evidence, findings, watch, fragment, created).await {
                        Ok(Some(text)) => {
                            if download_json(&text, &format!("qbo-check-report-{stamp}.json")) {
                                Downloaded::Started
                            } else {
                                Downloaded::Refused
                            }
                        }
                        Ok(None) => Downloaded::Refused,
                        Err(PartMissing) => Downloaded::PartMissing,
                    };
                status.set(Some(outcome));
            });
        })
    };
    html! {
        <section class="share" aria-labelledby="share-title">
            <h2 id="share-title">{ "Share this result" }</h2>
            <div class="share-item">
                <span class="share-label">{ "Link to the full report" }</span>
                <CopyButton text={link.clone()} action="copy-link" label="Copy link" />
            </div>
            <p class="fine">{ "Nothing is uploaded: the result rides after the # sign, which browsers never send." }</p>
            <details class="more-share fold">
            <summary>{ "More ways to share" }</summary>
            <div class="share-item">
                <span class="share-label">{ "Summary for a chat or email" }</span>
                <CopyButton text={text} action="copy-summary" label="Copy summary" />
            </div>
            <div class="share-item">
                <span class="share-label">{ "This page's own code (read it back on this page; it is not an Intuit case number)" }</span>
                <code class="help-code" data-code={code.clone()}>{ code.clone() }</code>
                <CopyButton text={code} action="copy-code" label="Copy code" />
            </div>
            <div class="share-item">
                <span class="share-label">{ "Report file" }</span>
                <button type="button" class="copy-button" data-action="download-json" onclick={on_download}>{ "Download report (JSON)" }</button>
                <span class="copy-feedback" role="status" aria-live="polite">
                    { download_status.as_ref().map_or("", Downloaded::message) }
                </span>
            </div>
            </details>
        </section>
    }
}
