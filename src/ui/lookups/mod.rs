//! The lookups (an error code's meaning, a help-desk code's facts): their own small Yew app in
//! the `extras` part (`crate::split::start_lookups`), drawn into the first part's lookup section
//! only when asked for, so neither a first visit nor a run downloads them. A visit shown in
//! French fetches their French words too, as a part of their own
//! (`crate::split::french_lookup_words`), and shows English until they come.

mod code_lookup;
mod error_lookup;

use engine::lookups::LookupWords;
use engine::message::{English, Pack};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::bridge;
use crate::ui::words::{shown, use_words};
use code_lookup::CodeLookup;
use error_lookup::ErrorLookup;

/// The words the lookups are drawn in: their table, the pack that words the rest (a browser's
/// name, a confidence), and the `lang` of what they say.
#[derive(Clone, Copy)]
pub struct Said {
    pub words: &'static LookupWords,
    pub pack: &'static dyn Pack,
    /// `lang` for the lookups' words: none in English.
    pub lang: Option<&'static str>,
    /// `lang` for what stays English on a page in another language (a code's name, a source).
    pub english: Option<&'static str>,
}

/// By identity: the same table in the same language is the same words.
impl PartialEq for Said {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.words, other.words) && self.lang == other.lang
    }
}

#[component]
pub fn Lookups() -> Html {
    use_effect_with((), |_| bridge::send(bridge::TOOLS_SHOWN, &JsValue::NULL));
    let words = use_words();
    // The table with the language it was fetched for: one language's for now; another's
    // would be a split point of its own, chosen here by the page's language.
    let french = use_state(|| None::<(&'static str, &'static LookupWords)>);
    {
        let french = french.clone();
        use_effect_with(words.lang(), move |lang| {
            if lang.is_some() {
                wasm_bindgen_futures::spawn_local(async move {
                    // For the language shown when it came (the visitor may have gone back to
                    // English meanwhile); if the part cannot come, the lookups stay English,
                    // marked so.
                    let table = crate::split::french_lookup_words().await;
                    if let (Ok(table), Some(tag)) = (table, shown().lang()) {
                        french.set(Some((tag, table)));
                    }
                });
            }
        });
    }
    let said = match (words.lang(), *french) {
        (Some(lang), Some((tag, table))) if lang == tag => Said {
            words: table,
            pack: words.pack(),
            lang: Some(lang),
            english: words.english(),
        },
        _ => Said {
            words: &engine::lookups::ENGLISH,
            pack: &English,
            lang: words.english(),
            english: words.english(),
        },
    };
    html! {
        <>
            <ErrorLookup {said} />
            <CodeLookup {said} />
        </>
    }
}
