//! Every environment fact of the result shown, with its meaning: drawn into the first
//! module's "Your browser" panel, under the detected browser.

use engine::evidence::Evidence;
use engine::panel::lines;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FactsProps {
    pub evidence: Evidence,
}

#[component]
pub fn Facts(props: &FactsProps) -> Html {
    html! {
        <dl class="facts">
            { for lines(&props.evidence).into_iter().map(|l| html! {
                <div class={classes!("fact", format!("health-{}", l.health.id()))} data-fact={l.id}>
                    <dt>{ l.label }</dt>
                    <dd>
                        <span class="value">{ l.value }</span>
                        if !l.meaning.is_empty() {
                            <span class="meaning">{ l.meaning }</span>
                        }
                    </dd>
                </div>
            }) }
        </dl>
    }
}
