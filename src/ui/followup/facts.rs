//! Every environment fact of the result shown, with its meaning: drawn into the first
//! module's "Your browser" panel, under the detected browser.

use engine::panel::lines;
use yew::prelude::*;

use super::state::FollowupState;
use super::subscribe::use_results;

#[component]
pub fn Facts() -> Html {
    let state = use_reducer(FollowupState::default);
    use_results(state.dispatcher());
    let Some(shown) = &state.result else {
        return html! {};
    };
    html! {
        <dl class="facts">
            { for lines(&shown.evidence).into_iter().map(|l| html! {
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
