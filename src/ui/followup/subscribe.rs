//! One hook for every follow-up view: the result published before this module started, then
//! each later one, into the view's reducer.

use yew::prelude::*;

use super::state::{FollowupAction, FollowupState};
use crate::bridge::{self, Published};

fn received(result: Published) -> FollowupAction {
    FollowupAction::Received {
        key: result.key,
        handover: result.handover,
        shared: result.shared,
    }
}

#[hook]
pub fn use_results(dispatcher: UseReducerDispatcher<FollowupState>) {
    use_effect_with((), move |_| {
        if let Some(result) = bridge::latest() {
            dispatcher.dispatch(received(result));
        }
        let listener = bridge::on_result(move |result| dispatcher.dispatch(received(result)));
        move || drop(listener)
    });
}
