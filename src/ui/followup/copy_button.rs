//! A button that copies a text and says whether it worked, politely, to screen readers too.

use engine::message::PageText;
use yew::prelude::*;

use super::clipboard::copy;
use crate::ui::words::Words;

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    pub text: AttrValue,
    /// the page's `data-action` contract (docs/ARCHITECTURE.md) for this copy (`copy-summary`, `copy-code`, …).
    pub action: AttrValue,
    /// The button's words; "Copy" in the page's language when none.
    #[prop_or_default]
    pub label: Option<AttrValue>,
    /// What is copied, for screen readers: "Copy chrome://extensions".
    #[prop_or_default]
    pub describes: Option<AttrValue>,
    /// The language of the label and the feedback (`crate::ui::words`); English when none.
    #[prop_or_default]
    pub words: Words,
}

#[derive(Clone, Copy, PartialEq)]
enum Feedback {
    None,
    Copied,
    Failed,
}

#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let feedback = use_state(|| Feedback::None);
    let onclick = {
        let (text, feedback) = (props.text.clone(), feedback.clone());
        Callback::from(move |_: MouseEvent| {
            let (text, feedback) = (text.clone(), feedback.clone());
            wasm_bindgen_futures::spawn_local(async move {
                feedback.set(if copy(&text).await {
                    Feedback::Copied
                } else {
                    Feedback::Failed
                });
            });
        })
    };
    let words = props.words;
    let label = props
        .label
        .clone()
        .unwrap_or_else(|| words.attr(PageText::Copy));
    let aria_label = props
        .describes
        .as_ref()
        .map(|d| AttrValue::from(format!("{label} {d}")));
    html! {
        <span class="copy">
            <button type="button" class="copy-button" data-action={props.action.clone()} {onclick} aria-label={aria_label} lang={words.lang()}>
                { label }
            </button>
            <span class="copy-feedback" role="status" aria-live="polite" lang={words.lang()}>
                { match *feedback {
                    Feedback::None => String::new(),
                    Feedback::Copied => words.say(PageText::Copied),
                    Feedback::Failed => words.say(PageText::CopyFailed),
                } }
            </span>
        </span>
    }
}
