//! The language of the page's translated words: the findings, the headline around them, the run
//! button and progress line, the fix list and its steps, the share section and the summary it
//! copies, the host list, Intuit's status, the browser facts, the handout for IT, the triage
//! questions, the history, what each finding is based on, the watch panel and the notices
//! (docs/ARCHITECTURE.md, "Languages and regions"). English is compiled in; another language's
//! pack is a part of the binary of its own (`crate::split::french_words`), fetched only by a
//! visit that shows it, so an English run downloads no other language's words.
//!
//! The choice is the loader's (`?lang=`, the switcher's saved choice, the browser's languages):
//! French when Intuit's help goes to `fr-ca`. The first app follows it ([`use_language`]) and
//! keeps the pack for the visit. Each app's root reads it ([`use_words`]) and hands it to the
//! components that draw translated words as a [`Words`] prop, so they draw again when it
//! changes. Both apps see the same pack: they share the binary's memory.

use std::cell::Cell;

use engine::browser::Os;
use engine::catalogue::endpoints::Group;
use engine::catalogue::instructions::{self, Profile, Step, StepWords};
use engine::catalogue::tasks::Task;
use engine::diagnose::Finding;
use engine::evidence::EvidenceWords;
use engine::handout::HandoutWords;
use engine::history::HistoryWords;
use engine::message::{English, Pack, PageText};
use engine::notice::{FileTexts, NoticeTexts};
use engine::panel::FactWords;
use engine::summary::SummaryWords;
use engine::triage::TriageWords;
use engine::watch::WatchWords;
use yew::prelude::*;

thread_local! {
    static SHOWN: Cell<Words> = const { Cell::new(Words(&English, None)) };
}

/// The words changed (a pack arrived, or the visitor went back to English).
const CHANGED: &str = "qbo-check:words";
/// loader.js: the switcher (`data-action="language"`) changed.
const CHOSEN: &str = "qbo-check:language";

/// The language a component draws its translated words in: its pack, and its steps and browser
/// facts where they are not English's. English's steps and facts are named only where they are
/// drawn (the follow-up part), so the first part holds none.
#[derive(Clone, Copy)]
pub struct Words(&'static dyn Pack, Option<&'static Tables>);

impl PartialEq for Words {
    fn eq(&self, other: &Self) -> bool {
        self.0.tag() == other.0.tag()
    }
}

/// English, for a component whose parent draws no translated words.
impl Default for Words {
    fn default() -> Self {
        Words(&English, None)
    }
}

impl Words {
    /// `lang` for an element holding translated words: none in English, the page's language.
    pub fn lang(self) -> Option<&'static str> {
        let tag = self.0.tag();
        (tag != English.tag()).then_some(tag)
    }

    /// `lang` for an element whose words are still English only: none in English, `en` in
    /// another language, whose tag `<html lang>` then carries.
    pub fn english(self) -> Option<&'static str> {
        self.lang().map(|_| "en")
    }

    /// The pack itself, for what words more than the page draws (the JSON report).
    pub fn pack(self) -> &'static dyn Pack {
        self.0
    }

    /// The page's own words around the findings.
    pub fn say(self, text: PageText) -> String {
        self.0.page(text)
    }

    /// The same, as a node of the page: one call where each place drew its own text node
    /// (a few hundred bytes of the first part, docs/ARCHITECTURE.md, "Sizes").
    #[inline(never)]
    pub fn text(self, text: PageText) -> Html {
        Html::from(self.0.page(text))
    }

    /// The same, as an attribute's value.
    #[inline(never)]
    pub fn attr(self, text: PageText) -> AttrValue {
        AttrValue::from(self.0.page(text))
    }

    pub fn title(self, finding: &Finding) -> &'static str {
        finding.title_in(self.0)
    }

    pub fn detail(self, finding: &Finding) -> String {
        finding.detail_in(self.0)
    }

    /// "Chrome 131 on Windows 11".
    pub fn browser(self, detection: &engine::browser::Detection) -> String {
        self.0.browser(&engine::message::BrowserName::of(detection))
    }

    /// A part of QuickBooks, as the host list names it.
    pub fn group(self, group: Group) -> &'static str {
        self.0.group(group)
    }

    pub fn task(self, task: Task) -> &'static str {
        self.0.task(task)
    }

    pub fn task_warning(self, task: Task) -> Option<&'static str> {
        self.0.task_warning(task)
    }

    /// A fix's steps in a browser on an OS.
    pub fn steps(self, task: Task, profile: Profile, os: Os) -> Vec<Step> {
        instructions::steps_in(self.step_words(), task, profile, os)
    }
}

/// Declares [`Tables`] and, for each table, the accessor that gives English's where no other
/// language's came: one line each, so a table added cannot miss either. English's tables are
/// named only by the accessors, so each lands in the part that draws it.
macro_rules! tables {
    ($($(#[$doc:meta])* $name:ident: $words:ty = $english:path,)*) => {
        /// A language's words that are data rather than a pack's code (docs/ARCHITECTURE.md,
        /// "Languages and regions").
        pub struct Tables {
            $(pub $name: &'static $words,)*
        }

        impl Words {
            $(
                $(#[$doc])*
                pub fn $name(self) -> &'static $words {
                    self.1.map_or(&$english, |tables| tables.$name)
                }
            )*
        }
    };
}

tables! {
    /// The fixes' steps, which [`Words::steps`] fills in.
    step_words: StepWords = instructions::ENGLISH,
    /// The browser facts' words.
    facts: FactWords = engine::panel::ENGLISH,
    /// The copied summary's words.
    summary: SummaryWords = engine::summary::ENGLISH,
    /// The handout for IT's words.
    handout: HandoutWords = engine::handout::ENGLISH,
    /// The triage questions' words.
    triage: TriageWords = engine::triage::ENGLISH,
    /// The history panel's words.
    history: HistoryWords = engine::history::ENGLISH,
    /// The evidence line's words, under each finding.
    evidence: EvidenceWords = engine::evidence::ENGLISH,
    /// The watch panel's words.
    watch: WatchWords = engine::watch::ENGLISH,
    /// Why a link, a ticket tag or a part of the page could not be used, and the crash page.
    notices: NoticeTexts = engine::notice::ENGLISH,
    /// Why a report file was refused: named only by the extras, which read files.
    files: FileTexts = engine::notice::ENGLISH_FILES,
}

impl Words {
    /// A notice (`engine::notice::Notice`) as an alert, in these words' language.
    pub fn notice(self, notice: engine::notice::Notice) -> Html {
        alert(self.lang(), Html::from(self.notices().say(notice)))
    }
}

/// An alert (`role="alert"`) in language `lang`, `None` for the page's: one function draws the
/// notices of both apps, where an `html!` each cost a few hundred bytes of the parts
/// (docs/ARCHITECTURE.md, "Sizes"). `None` is right for English too: `<html lang>` says `en`
/// from the moment the app starts, before any notice is set.
#[inline(never)]
pub fn alert(lang: Option<&'static str>, text: Html) -> Html {
    html! { <div class="notice" role="alert" {lang}>{ text }</div> }
}

/// Whether the loader chose French: Intuit's help goes to its `fr-ca` tree.
fn french_chosen() -> bool {
    crate::js::window()
        .and_then(|w| crate::js::string(&w, "qboCheckHelp"))
        .is_some_and(|url| url.ends_with("/fr-ca/"))
}

/// Shows `words` in both apps. The event carries their language tag, which the loader sets as
/// `<html lang>`: the page's language is the one the app draws in, once the app runs.
fn show(words: Words) {
    SHOWN.with(|shown| shown.set(words));
    crate::bridge::send(CHANGED, &wasm_bindgen::JsValue::from_str(words.0.tag()));
}

/// Shows the words of the language chosen now: French is fetched, English is at hand. The page
/// shows English while the French part comes, so the fetch needs no deadline of its own: one
/// that comes late is still shown, and one that cannot come (blocked, offline) leaves the page
/// in English, as it was.
fn follow_choice() {
    let french = french_chosen();
    if SHOWN.with(Cell::get).lang().is_some() == french {
        return;
    }
    // English until the French comes (or for good, if it cannot): `<html lang>` says so
    // meanwhile, while the static screen's French keeps its own marks.
    show(Words::default());
    if !french {
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        // Otherwise the page stays English, as `show` above said; the visitor may also have
        // gone back to English while it came.
        if let (Ok((pack, tables)), true) = (crate::split::french_words().await, french_chosen()) {
            show(Words(pack, Some(tables)));
        }
    });
}

/// For the first app: follows the language chosen, at once and on every switch.
#[hook]
pub fn use_language() {
    use_effect_with((), |_| {
        follow_choice();
        let listener = crate::bridge::listen(CHOSEN, |_| follow_choice());
        move || drop(listener)
    });
}

/// The words shown now, for what is made outside a component (the JSON report).
pub fn shown() -> Words {
    SHOWN.with(Cell::get)
}

/// For an app's root: the words to hand down; the root draws again when they change.
#[hook]
pub fn use_words() -> Words {
    let redraw = use_force_update();
    use_effect_with((), move |_| {
        let listener = crate::bridge::listen(CHANGED, move |_| redraw.force_update());
        move || drop(listener)
    });
    SHOWN.with(Cell::get)
}
