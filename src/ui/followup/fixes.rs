//! The fix checklist: the top finding's steps for the detected browser and OS, with a selector
//! for another browser or OS (an IT admin helping someone), and boxes to tick off.

use engine::browser::{Detection, Os};
use engine::catalogue::instructions::{
    profile_by_id, profile_for, profile_info, Profile, PROFILES,
};
use engine::catalogue::tasks::Task;
use engine::catalogue::STATUS_PAGE;
use engine::diagnose::Finding;
use engine::plan::plan;
use engine::triage::Triage;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::ui::same::Same;

use super::copy_button::CopyButton;
use crate::ui::words::Words;
use engine::message::PageText;

#[derive(Properties, PartialEq)]
pub struct FixesProps {
    pub findings: Same<Vec<Finding>>,
    pub triage: Option<Triage>,
    pub detection: Option<Detection>,
    pub on_rerun: Callback<MouseEvent>,
    /// The IT handout, copied from the "allow Intuit's hosts" step itself.
    #[prop_or_default]
    pub handout: AttrValue,
    pub words: Words,
}

/// iPadOS shares iOS's steps; "Other" only where no OS was recognised.
fn os_name(os: Os, words: Words) -> String {
    match os {
        Os::Ios => "iOS / iPadOS".into(),
        Os::Unknown => words.say(PageText::OtherSystem),
        other => other.name().into(),
    }
}

fn profile_label(profile: Profile, words: Words) -> String {
    let info = profile_info(profile);
    match info.platforms {
        [Os::Android] => format!("{} (Android)", info.name),
        [Os::Ios] => format!("{} (iPhone, iPad)", info.name),
        [Os::Android, Os::Ios] => format!("{} ({})", info.name, words.say(PageText::Phones)),
        _ => info.name.to_string(),
    }
}

/// The detected browser's instructions, on an OS that profile really runs on.
fn initial(detection: Option<&Detection>) -> (Profile, Os) {
    let (family, os) = detection.map_or((engine::browser::Family::Unknown, Os::Windows), |d| {
        (d.family, d.os)
    });
    let profile = profile_for(family, os);
    let platforms = profile_info(profile).platforms;
    let os = if platforms.contains(&os) {
        os
    } else {
        platforms[0]
    };
    (profile, os)
}

#[component]
pub fn Fixes(props: &FixesProps) -> Html {
    let choice = use_state(|| initial(props.detection.as_ref()));
    // A list, not a set: a handful of ids, and no hash table code in the wasm.
    let ticked = use_state(Vec::<&'static str>::new);
    let words = props.words;
    if props.findings.is_empty() {
        return html! {};
    }
    let (profile, os) = *choice;
    let plan = plan(&props.findings, props.triage.as_ref());

    let on_profile = {
        let choice = choice.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            if let Some(profile) = profile_by_id(&select.value()) {
                let platforms = profile_info(profile).platforms;
                let os = if platforms.contains(&choice.1) {
                    choice.1
                } else {
                    platforms[0]
                };
                choice.set((profile, os));
            }
        })
    };
    let on_os = {
        let choice = choice.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            let platforms = profile_info(choice.0).platforms;
            if let Some(os) = platforms.iter().find(|os| os.id() == select.value()) {
                choice.set((choice.0, *os));
            }
        })
    };
    let toggle = |task: Task| {
        let ticked = ticked.clone();
        Callback::from(move |_: Event| {
            let mut next = (*ticked).clone();
            match next.iter().position(|id| *id == task.id()) {
                Some(i) => {
                    next.remove(i);
                }
                None => next.push(task.id()),
            }
            ticked.set(next);
        })
    };
    let info = profile_info(profile);
    // The first step's how-to is open; the others show their titles and open on demand, so the
    // list reads as a short plan first.
    let first_task = plan.first.first().copied();
    let step = |task: Task| {
        let done = ticked.contains(&task.id());
        let box_id = format!("step-{}", task.id());
        html! {
            // A longer fold label in French needs a wider place beside the title.
            <li data-step={task.id()} class={classes!(done.then_some("done"), words.lang().map(|_| "wide-fold"))}>
                <input type="checkbox" id={box_id.clone()} checked={done} onchange={toggle(task)} />
                <label for={box_id}><strong lang={words.lang()}>{ words.task(task) }</strong></label>
                if let Some(warning) = words.task_warning(task) {
                    <p class="warning" lang={words.lang()}>{ warning }</p>
                }
                // The action the step asks for, inside it: the handout for IT, the status page.
                if task == Task::AllowIntuitHosts && !props.handout.is_empty() {
                    <p><CopyButton text={props.handout.clone()} action="copy-for-it" label={Some(words.attr(PageText::CopyForIt))} {words} /></p>
                }
                if task == Task::CheckStatusPage {
                    <p><a class="button-link" href={STATUS_PAGE.page_url} target="_blank" rel="noopener noreferrer" data-action="open-status-page" lang={words.lang()}>{ words.text(PageText::OpenStatusPage) }</a></p>
                }
                <details class="how" open={Some(task) == first_task}>
                <summary lang={words.lang()}>{ words.text(PageText::How) }</summary>
                <ol class="steps" lang={words.lang()}>
                    { for words.steps(task, profile, os).into_iter().map(|step| html! {
                        <li>
                            { step.text }
                            if let Some(copy) = step.copy {
                                // An address or a command is the same in every language.
                                <span class="address"><code lang="zxx">{ copy }</code>
                                    <CopyButton text={copy} action="copy-text" describes={Some(AttrValue::Static(copy))} {words} /></span>
                            }
                        </li>
                    }) }
                </ol>
                </details>
            </li>
        }
    };

    html! {
        <section class="fixes" aria-labelledby="fixes-title">
            <h2 id="fixes-title" lang={words.lang()}>{ words.text(PageText::WhatToDo) }</h2>
            <details class="selector-fold fold">
            <summary lang={words.lang()}>{ format!("{}{}{}{}.", words.say(PageText::ForProfile), profile_label(profile, words), words.say(PageText::StepsOn), os_name(os, words)) }<span class="show">{ words.text(PageText::Change) }</span></summary>
            <div class="selector">
                <label><span lang={words.lang()}>{ words.text(PageText::StepsFor) }</span>
                    <select data-select="profile" onchange={on_profile} lang={words.lang()}>
                        { for PROFILES.iter().map(|p| html! {
                            <option value={p.id} selected={p.profile == profile}>{ profile_label(p.profile, words) }</option>
                        }) }
                    </select>
                </label>
                <label><span lang={words.lang()}>{ words.text(PageText::StepsOn) }</span>
                    <select data-select="os" onchange={on_os} lang={words.lang()}>
                        { for info.platforms.iter().map(|o| html! {
                            <option value={o.id()} selected={*o == os}>{ os_name(*o, words) }</option>
                        }) }
                    </select>
                </label>
            </div>
            // The catalogue's own note, in English in every language (docs/SOURCES.md).
            <p class="source" lang="en">{ format!("Steps checked {}. Source: {}", engine::calendar::CHECKED.iso(), info.source) }</p>
            </details>
            <ol class="checklist" data-profile={info.id} data-os={os.id()}>
                { for plan.first.iter().map(|task| step(*task)) }
            </ol>
            if !plan.more.is_empty() {
                <details class="more-steps">
                    <summary lang={words.lang()}>{ words.text(PageText::MoreSteps) }</summary>
                    <ol class="checklist" start={(plan.first.len() + 1).to_string()}>
                        { for plan.more.iter().map(|task| step(*task)) }
                    </ol>
                </details>
            }
            <p><button type="button" class="secondary" data-action="run-again" onclick={props.on_rerun.clone()} lang={words.lang()}>{ words.text(PageText::RunAgain) }</button></p>
        </section>
    }
}
