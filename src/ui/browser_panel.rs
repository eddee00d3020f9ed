//! "Your browser": the detected browser and OS (DESIGN.md's `data-browser`/`data-os`), then
//! every environment fact with its meaning.

use engine::panel::lines;
use yew::prelude::*;

use super::state::RunState;

#[derive(Properties, PartialEq)]
pub struct BrowserPanelProps {
    pub state: UseReducerHandle<RunState>,
}

#[component]
pub fn BrowserPanel(props: &BrowserPanelProps) -> Html {
    let detection = props.state.detection();
    let (browser, os, described) = match &detection {
        Some(d) => (d.family.id(), d.os.id(), d.describe()),
        None => ("unknown", "unknown", "An unrecognised browser".to_string()),
    };
    html! {
        <section class="browser-panel" aria-label="Your browser">
            <h2>{ "Your browser" }</h2>
            <p class="detected" data-browser={browser} data-os={os} data-form={detection.as_ref().map(|d| d.form.id())}>
                { described }
            </p>
            <dl class="facts">
                { for lines(&props.state.evidence).into_iter().map(|l| html! {
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
        </section>
    }
}
