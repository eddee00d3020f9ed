//! One row per catalogue host, grouped by what it does for QuickBooks.

use engine::catalogue::endpoints::blind_spot;
use engine::catalogue::{Endpoint, Group, ENDPOINTS};
use engine::message::PageText;
use engine::outcome::{Outcome, Verdict};
use yew::prelude::*;

use super::words::Words;

#[derive(Properties, PartialEq)]
pub struct EndpointListProps {
    /// Each catalogue host's verdict, in catalogue order; `None` until its probes report.
    pub verdicts: std::rc::Rc<Vec<Option<Verdict>>>,
    /// A run is under way: hosts without a verdict are being tested.
    pub running: bool,
    /// The HTTP error the status page answered with, where it could be read: the status row
    /// then says so, as the status section does.
    #[prop_or_default]
    pub status_error: Option<u16>,
    pub words: Words,
}

#[component]
pub fn EndpointList(props: &EndpointListProps) -> Html {
    let (running, words) = (props.running, props.words);
    let lang = words.lang();
    let answered = props
        .verdicts
        .iter()
        .flatten()
        .filter(|v| v.outcome == Outcome::Ok)
        .count();
    let total = props.verdicts.len();
    // The rows fill in while a run is under way; then they fold behind one sentence that says
    // how many answered (the verdict above says what it means). Before any host was tested,
    // it says when they will be: nothing was measured yet.
    let tested = running || props.verdicts.iter().any(Option::is_some);
    let summary = words.say(if tested {
        PageText::HostsAnswered { answered, total }
    } else {
        PageText::HostsNotYet { total }
    });
    html! {
        <details class="endpoints fold" open={running}>
            <summary {lang}><h2>{ summary }</h2><span class="show">{ words.text(PageText::Show) }</span></summary>
            { for Group::ALL.iter().map(|group| html! {
                <section class="group" aria-label={words.group(*group)} {lang}>
                    <h3>{ words.group(*group) }</h3>
                    <ul>
                        { for ENDPOINTS.iter().enumerate().zip(props.verdicts.iter()).filter(|((_, e), _)| e.group == *group).map(|((index, e), verdict)| {
                            let verdict = verdict.clone();
                            let pending = verdict.is_none() && running;
                            let http_error = props.status_error.filter(|_| e.group == Group::Status);
                            html! { <Row key={e.id} endpoint={e} {index} {verdict} {pending} {http_error} {words} /> }
                        }) }
                    </ul>
                </section>
            }) }
        </details>
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    endpoint: &'static Endpoint,
    /// Its place in the catalogue, for its words (`PageText::HostWhy`).
    index: usize,
    verdict: Option<Verdict>,
    pending: bool,
    http_error: Option<u16>,
    words: Words,
}

/// One host. A component of its own, so that a fact about one host redraws only its row.
#[component]
fn Row(props: &RowProps) -> Html {
    let RowProps {
        endpoint,
        index,
        verdict,
        pending,
        http_error,
        words,
    } = props;
    let (endpoint, pending) = (*endpoint, *pending);
    let outcome = verdict.as_ref().map_or(Outcome::NotRun, |v| v.outcome);
    let sees = endpoint.sees_server_errors();
    let label = words.say(PageText::RowOutcome {
        outcome,
        sees_server_errors: sees,
    });
    let result = match (verdict, pending) {
        (Some(_), _) if http_error.is_some() && outcome.answered() => {
            words.say(PageText::RowHttp(http_error.unwrap_or_default()))
        }
        (Some(v), _) => match v.elapsed_ms {
            // A number and its unit never part at a line's end.
            Some(ms) => format!("{label} · {ms}\u{a0}ms"),
            None => label,
        },
        (None, true) => words.say(PageText::RowTesting),
        (None, false) => words.say(PageText::RowOutcome {
            outcome,
            sees_server_errors: true,
        }),
    };
    // What a browser cannot see on this host is said once on an answered row that is not
    // plainly fine (its label says it there) and once in the all-clear text.
    let note = verdict
        .as_ref()
        .and_then(|v| v.note)
        .or_else(|| blind_spot(endpoint).filter(|_| outcome.answered() && outcome != Outcome::Ok));
    html! {
        <li class={classes!("row", format!("outcome-{}", outcome.id()), pending.then_some("pending"))}
            data-endpoint={endpoint.id} data-group={endpoint.group.id()} data-outcome={outcome.id()}>
            <span class="badge" aria-hidden="true">{ if pending { "…" } else if http_error.is_some() { "!" } else { outcome.row_icon(sees) } }</span>
            <span class="host">{ endpoint.host }</span>
            <span class="result" lang={words.lang()}>{ result }</span>
            <p class="why" lang={words.lang()}>{ words.text(PageText::HostWhy(*index)) }</p>
            if let Some(note) = note {
                <p class="note" lang={words.lang()}>{ words.text(PageText::RowNote(note)) }</p>
            }
        </li>
    }
}
