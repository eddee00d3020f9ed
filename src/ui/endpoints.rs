//! One row per catalogue host, grouped by what it does for QuickBooks.

use engine::catalogue::endpoints::blind_spot;
use engine::catalogue::{Endpoint, Group, ENDPOINTS};
use engine::outcome::Outcome;
use yew::prelude::*;

use super::state::{Phase, RunState};

#[derive(Properties, PartialEq)]
pub struct EndpointListProps {
    pub state: UseReducerHandle<RunState>,
}

#[component]
pub fn EndpointList(props: &EndpointListProps) -> Html {
    html! {
        <div class="endpoints">
            <h2>{ "Intuit hosts" }</h2>
            { for Group::ALL.iter().map(|group| html! {
                <section class="group" aria-label={group.label()}>
                    <h3>{ group.label() }</h3>
                    <ul>
                        { for ENDPOINTS.iter().filter(|e| e.group == *group).map(|e| row(e, &props.state)) }
                    </ul>
                </section>
            }) }
        </div>
    }
}

fn row(endpoint: &'static Endpoint, state: &RunState) -> Html {
    let verdict = state.verdict(endpoint.id);
    let outcome = verdict.as_ref().map_or(Outcome::NotRun, |v| v.outcome);
    let pending = verdict.is_none() && state.phase == Phase::Running;
    let result = match (&verdict, pending) {
        (Some(v), _) => match v.elapsed_ms {
            Some(ms) => format!("{} · {} ms", outcome.label(), ms),
            None => outcome.label().to_string(),
        },
        (None, true) => "Testing…".to_string(),
        (None, false) => outcome.label().to_string(),
    };
    let note = verdict
        .as_ref()
        .and_then(|v| v.note)
        .or_else(|| blind_spot(endpoint).filter(|_| outcome.answered()));
    html! {
        <li class={classes!("row", format!("outcome-{}", outcome.id()), pending.then_some("pending"))}
            data-endpoint={endpoint.id} data-group={endpoint.group.id()} data-outcome={outcome.id()}>
            <span class="badge" aria-hidden="true">{ if pending { "…" } else { outcome.icon() } }</span>
            <span class="host">{ endpoint.host }</span>
            <span class="result">{ result }</span>
            <p class="why">{ endpoint.why }</p>
            if let Some(note) = note {
                <p class="note">{ note }</p>
            }
        </li>
    }
}
