//! Plain steps for when the follow-up module (detailed steps, sharing, history) cannot load:
//! the checklist's order and titles, from the engine, without per-browser detail.

use engine::diagnose::Finding;
use engine::message::PageText;
use engine::plan::checklist;
use engine::triage::Triage;
use yew::prelude::*;

use crate::ui::same::Same;

#[derive(Properties, PartialEq)]
pub struct FallbackStepsProps {
    pub findings: Same<Vec<Finding>>,
    pub triage: Option<Triage>,
    pub words: super::words::Words,
}

#[component]
pub fn FallbackSteps(props: &FallbackStepsProps) -> Html {
    let tasks = checklist(&props.findings, props.triage.as_ref());
    let help = crate::ui::help::use_official_help();
    let words = props.words;
    html! {
        <section class="fixes" aria-labelledby="fixes-title">
            <h2 id="fixes-title" lang={words.lang()}>{ words.text(PageText::WhatToDo) }</h2>
            <p class="note" lang={words.lang()}>{ words.text(PageText::StepsDidNotLoad) }</p>
            <ol class="checklist">
                { for tasks.iter().map(|task| html! {
                    <li data-step={task.id()}><strong lang={words.lang()}>{ words.task(*task) }</strong>
                        if let Some(warning) = words.task_warning(*task) {
                            <p class="warning" lang={words.lang()}>{ warning }</p>
                        }
                    </li>
                }) }
            </ol>
            <p class="source" lang={words.lang()}>{ words.text(PageText::OwnHelp) }
                <a href={help} rel="noopener noreferrer">{ words.text(PageText::Support) }</a></p>
        </section>
    }
}
