//! A button that copies a text and says whether it worked, politely, to screen readers too.

use yew::prelude::*;

use super::clipboard::copy;

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    pub text: AttrValue,
    /// the page's `data-action` contract (docs/ARCHITECTURE.md) for this copy (`copy-summary`, `copy-code`, …).
    pub action: AttrValue,
    #[prop_or(AttrValue::Static("Copy"))]
    pub label: AttrValue,
    /// What is copied, for screen readers: "Copy chrome://extensions".
    #[prop_or_default]
    pub describes: Option<AttrValue>,
    /// The label's language when it is not the page's (`crate::ui::words`); the feedback is
    /// still English.
    #[prop_or_default]
    pub lang: Option<&'static str>,
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
    let aria_label = props
        .describes
        .as_ref()
        .map(|d| AttrValue::from(format!("{} {}", props.label, d)));
    html! {
        <span class="copy">
            <button type="button" class="copy-button" data-action={props.action.clone()} {onclick} aria-label={aria_label} lang={props.lang}>
                { props.label.clone() }
            </button>
            <span class="copy-feedback" role="status" aria-live="polite">
                { match *feedback {
                    Feedback::None => "",
                    Feedback::Copied => "Copied.",
                    Feedback::Failed => "Could not copy: select the text and press Ctrl+C (Cmd+C on a Mac).",
                } }
            </span>
        </span>
    }
}
