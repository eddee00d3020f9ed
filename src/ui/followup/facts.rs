//! Every environment fact of the result shown, with its meaning: drawn into the first
//! module's "Your browser" panel, under the detected browser.

use engine::evidence::Evidence;
use engine::panel::{lines_in, Health};
use yew::prelude::*;

use crate::ui::same::Same;
use crate::ui::words::Words;

#[derive(Properties, PartialEq)]
pub struct FactsProps {
    pub evidence: Same<Evidence>,
    pub words: Words,
}

fn fact(l: &engine::panel::FactLine) -> Html {
    html! {
        <div class={classes!("fact", format!("health-{}", l.health.id()))} data-fact={l.id}>
            <dt>{ l.label }</dt>
            <dd>
                <span class="value">{ l.value.clone() }</span>
                if !l.meaning.is_empty() {
                    <span class="meaning">{ l.meaning.clone() }</span>
                }
            </dd>
        </div>
    }
}

/// Problems and warnings stay in view; the facts that are fine or could not be measured go
/// behind one summary line, so a good result stays short.
#[component]
pub fn Facts(props: &FactsProps) -> Html {
    let words = props.words.facts();
    let all = lines_in(words, &props.evidence);
    let (open, rest): (Vec<_>, Vec<_>) = all
        .iter()
        .partition(|l| matches!(l.health, Health::Problem | Health::Warning));
    let summary = words.fine(rest.len(), open.is_empty());
    html! {
        <>
            if !open.is_empty() {
                <dl class="facts">{ for open.iter().map(|l| fact(l)) }</dl>
            }
            if !rest.is_empty() {
                <details class="more-facts">
                    <summary>{ summary }</summary>
                    <dl class="facts">{ for rest.iter().map(|l| fact(l)) }</dl>
                </details>
            }
        </>
    }
}
