//! Passing a result on: a plain-text summary, a help-desk code, a link that holds the whole
//! report in its fragment (never sent to any server), and the JSON report as a file.

use engine::diagnose::Finding;
use engine::environment::format_utc;
use engine::evidence::Evidence;
use engine::share::code::encode_code;
use engine::share::encode_watched_link;
use engine::summary::summary_in;
use engine::watch::Watch;
use yew::prelude::*;

use super::copy_button::CopyButton;
use super::download::download_json;
use crate::split::{self, PartMissing};
use crate::ui::same::Same;
use crate::ui::words::Words;
use engine::message::PageText as T;

#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    pub evidence: Same<Evidence>,
    pub findings: Same<Vec<Finding>>,
    /// The watch that followed the check, if any: it travels in the summary, link and report.
    #[prop_or_default]
    pub watch: Option<Watch>,
    pub words: Words,
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
    Started,
    /// The browser would not make the file or start its download.
    Refused,
    /// The part that writes the report could not be fetched.
    PartMissing,
}

impl Downloaded {
    fn message(self) -> T {
        match self {
            Downloaded::Started => T::Downloaded,
            Downloaded::Refused => T::DownloadRefused,
            Downloaded::PartMissing => T::DownloadPartMissing,
        }
    }
}

/// The JSON report as a file: its name and text.
struct ReportFile {
    name: String,
    text: String,
}

impl ReportFile {
    fn download(&self) -> Downloaded {
        if download_json(&self.text, &self.name) {
            Downloaded::Started
        } else {
            Downloaded::Refused
        }
    }
}

/// This result's report file, made in the extras part; `None` if the browser would not make it.
async fn report_file(
    evidence: Evidence,
    findings: Vec<Finding>,
    watch: Option<Watch>,
    link: AttrValue,
) -> Result<Option<ReportFile>, PartMissing> {
    let created = evidence
        .started_at_ms
        .map(|ms| format_utc(ms, true))
        .unwrap_or_default();
    // The fragment alone: the page's own address may be an intranet one, and a report holds no
    // address (docs/FORMATS.md).
    let fragment = link
        .find('#')
        .map_or_else(String::new, |at| link[at..].to_string());
    let stamp: String = created
        .chars()
        .filter(|c| c.is_ascii_digit())
        .take(12)
        .collect();
    let text = split::in_time(split::report_json(
        Box::new(evidence),
        findings,
        watch,
        fragment,
        created,
    ))
    .await?;
    Ok(text.map(|text| ReportFile {
        name: format!("qbo-check-report-{stamp}.json"),
        text,
    }))
}

#[component]
pub fn ShareBar(props: &ShareBarProps) -> Html {
    // Encoded once per result (and per watch round), not once per render.
    let shared = use_memo(
        (
            props.evidence.clone(),
            props.findings.clone(),
            props.watch.clone(),
            props.words,
        ),
        |(evidence, findings, watch, words)| {
            let code = encode_code(evidence, findings);
            let date = evidence
                .started_at_ms
                .map(|ms| format_utc(ms, false))
                .unwrap_or_default();
            let text = summary_in(
                words.pack(),
                words.summary(),
                evidence,
                watch.as_ref(),
                findings,
                &date,
                &code,
            );
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
    // The report's code is in the extras part. It is fetched and started when "More ways to
    // share" opens, so that a click then makes the file and starts its download in the same
    // task: Safari ignores a download started by a script after an await.
    let on_more = Callback::from(|e: Event| {
        if e.target()
            .and_then(|details| crate::js::boolean(&details.into(), "open"))
            == Some(true)
        {
            wasm_bindgen_futures::spawn_local(async {
                split::in_time(split::extras_ready()).await.ok();
            });
        }
    });
    let on_download = {
        let (evidence, findings, watch, status, link) = (
            props.evidence.clone(),
            props.findings.clone(),
            props.watch.clone(),
            download_status.clone(),
            link.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let made = report_file(
                (*evidence).clone(),
                (*findings).clone(),
                watch.clone(),
                link.clone(),
            );
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                status.set(Some(match made.await {
                    Ok(Some(file)) => file.download(),
                    Ok(None) => Downloaded::Refused,
                    Err(PartMissing) => Downloaded::PartMissing,
                }));
            });
        })
    };
    let words = props.words;
    let say = |text| words.attr(text);
    let lang = words.lang();
    html! {
        <section class="share" aria-labelledby="share-title">
            <h2 id="share-title" {lang}>{ say(T::ShareTitle) }</h2>
            <div class="share-item">
                <span class="share-label" {lang}>{ say(T::ShareLink) }</span>
                <CopyButton text={link.clone()} action="copy-link" label={say(T::CopyLink)} words={words} />
            </div>
            <p class="fine" {lang}>{ say(T::NothingUploaded) }</p>
            <details class="more-share fold" ontoggle={on_more}>
            <summary {lang}>{ say(T::MoreWays) }</summary>
            <div class="share-item">
                <span class="share-label" {lang}>{ say(T::ShareSummary) }</span>
                <CopyButton text={text} action="copy-summary" label={say(T::CopySummary)} words={words} />
            </div>
            <div class="share-item">
                <span class="share-label" {lang}>{ say(T::OwnCode) }</span>
                <code class="help-code" data-code={code.clone()} lang="zxx">{ code.clone() }</code>
                <CopyButton text={code} action="copy-code" label={say(T::CopyCode)} words={words} />
            </div>
            <div class="share-item">
                <span class="share-label" {lang}>{ say(T::ReportFile) }</span>
                <button type="button" class="copy-button" data-action="download-json" onclick={on_download} {lang}>{ say(T::DownloadReport) }</button>
                <span class="copy-feedback" role="status" aria-live="polite" {lang}>
                    { (*download_status).map(|d| say(d.message())) }
                </span>
            </div>
            </details>
        </section>
    }
}
