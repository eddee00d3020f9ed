//! Where the page's one wasm binary is split. `wasm-split-cli` (scripts/finish-build.mjs) moves
//! everything reachable only through these functions into parts fetched on the first call:
//! the probes (a run), the follow-up part (steps, sharing, history) and the extras (the
//! lookups, the JSON report file, older links), which a run does not need; code two parts use
//! goes into a part of its own that either fetches. Every part shares the first part's memory
//! and runtime (docs/ARCHITECTURE.md, "One binary, split"). A call returns [`PartMissing`]
//! when its part cannot be fetched; a later call tries again.
//!
//! The page is built with the `split` feature (www/index.html). Without it (tests, which load
//! the binary whole, with no splitter's script beside it) the same functions are plain async
//! functions that call straight through.

use std::cell::Cell;
use std::rc::Rc;

use engine::evidence::Evidence;
use engine::share::DecodeError;

/// A part could not be fetched (offline, blocked, or altered on the way).
#[derive(Debug)]
pub struct PartMissing;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for PartMissing {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        PartMissing
    }
}

/// One split point: with the `split` feature, `#[wasm_split(part, fallible)]`, which makes the
/// function async and fetches its part first; without it, the same function, async.
macro_rules! split_point {
    ($part:ident, $(#[$doc:meta])* pub fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        $(#[$doc])*
        #[cfg(feature = "split")]
        #[wasm_split_helpers::wasm_split($part, fallible)]
        pub fn $name($($arg: $ty),*) -> $ret $body

        $(#[$doc])*
        #[cfg(not(feature = "split"))]
        pub async fn $name($($arg: $ty),*) -> $ret $body
    };
}

split_point!(
    followup,
    /// Draws the follow-up views (see [`crate::ui::followup`]) into the element the first part
    /// keeps for them. loader.js calls this at most once.
    pub fn start_followup() -> Result<(), PartMissing> {
        mount::<crate::ui::followup::Followup>(crate::bridge::FOLLOWUP_SLOT);
        Ok(())
    }
);

split_point!(
    followup,
    /// Reads a shared link's fragment. The link codec is needed only for a result (to hand it
    /// over) or a shared report, and both draw the follow-up part anyway, so it lives there.
    pub fn decode_link(fragment: String) -> Result<Result<Evidence, DecodeError>, PartMissing> {
        Ok(engine::share::decode_current_link(&fragment))
    }
);

split_point!(
    followup,
    /// A result as the follow-up part receives it (`engine::share::encode_handover`).
    pub fn encode_handover(evidence: Box<Evidence>) -> Result<String, PartMissing> {
        Ok(engine::share::encode_handover(&evidence))
    }
);

split_point!(
    extras,
    /// Draws the lookups ([`crate::ui::lookups::Lookups`]) into the first part's lookup section.
    /// The first part calls this once the user asks for them.
    pub fn start_lookups() -> Result<(), PartMissing> {
        mount::<crate::ui::lookups::Lookups>(crate::bridge::TOOLS_SLOT);
        Ok(())
    }
);

split_point!(
    extras,
    /// Nothing but the extras part itself: fetched and started ahead of a click that needs it
    /// at once (the report file's download, which Safari allows only within the click).
    pub fn extras_ready() -> Result<(), PartMissing> {
        Ok(())
    }
);

split_point!(
    extras,
    /// The JSON report file's text (docs/FORMATS.md), pretty-printed; `None` if the browser
    /// would not serialize it. Built when the user asks for the file, not with every result.
    pub fn report_json(
        evidence: Box<Evidence>,
        findings: Vec<engine::diagnose::Finding>,
        watch: Option<engine::watch::Watch>,
        fragment: String,
        created: String,
    ) -> Result<Option<String>, PartMissing> {
        let report = engine::report::Report::build(
            &evidence,
            &findings,
            env!("CARGO_PKG_VERSION"),
            &created,
        )
        .with_watch(watch.as_ref())
        .with_link(fragment)
        .in_language(crate::ui::words::shown().pack());
        Ok(crate::ui::followup::download::pretty_json(&report))
    }
);

split_point!(
    extras,
    /// An older (r1) link's fragment, rewritten in the current format, or why it cannot open.
    /// Only links made before the current format need the r1 reader.
    pub fn upgrade_older_link(
        fragment: String,
    ) -> Result<Result<String, DecodeError>, PartMissing> {
        Ok(engine::share::decode_link(&fragment)
            .map(|evidence| engine::share::encode_link(&evidence)))
    }
);

split_point!(
    extras,
    /// Reads a saved report file in this browser ([`crate::report_reader::read`]) and calls
    /// `done` with its link as a fragment, or why it cannot open, worded here: only this part
    /// holds those words.
    pub fn read_report_file(
        file: wasm_bindgen::JsValue,
        done: yew::Callback<Result<String, crate::ui::followup::state::Refusal>>,
    ) -> Result<(), PartMissing> {
        wasm_bindgen_futures::spawn_local(async move {
            done.emit(crate::report_reader::read(file).await);
        });
        Ok(())
    }
);

split_point!(
    extras,
    /// Starts watch mode's round loop ([`crate::ui::followup::watch::driver::start`]), which most
    /// runs never need.
    pub fn start_watch_rounds(
        generation: u32,
        interval_s: u32,
        started_at_ms: f64,
        first_done: bool,
        alive: crate::ui::followup::watch::driver::Alive,
        dispatch: yew::Callback<crate::ui::followup::watch::state::WatchAction>,
    ) -> Result<(), PartMissing> {
        crate::ui::followup::watch::driver::start(
            generation,
            interval_s,
            started_at_ms,
            first_done,
            alive,
            dispatch,
        );
        Ok(())
    }
);

split_point!(
    langfr,
    /// The page's translated words in Canadian French (`crate::ui::words`), and the fixes'
    /// steps: a part of its own, fetched only by a visit shown in French, so an English run
    /// downloads none of it.
    pub fn french_words() -> Result<
        (
            &'static dyn engine::message::Pack,
            &'static crate::ui::words::Tables,
        ),
        PartMissing,
    > {
        static TABLES: crate::ui::words::Tables = crate::ui::words::Tables {
            step_words: &engine::catalogue::instructions::CANADIAN_FRENCH,
            facts: &engine::panel::CANADIAN_FRENCH,
            summary: &engine::summary::CANADIAN_FRENCH,
            handout: &engine::handout::CANADIAN_FRENCH,
            triage: &engine::triage::CANADIAN_FRENCH,
            history: &engine::history::CANADIAN_FRENCH,
            evidence: &engine::evidence::CANADIAN_FRENCH,
            watch: &engine::watch::CANADIAN_FRENCH,
            notices: &engine::notice::CANADIAN_FRENCH,
            files: &engine::notice::CANADIAN_FRENCH_FILES,
        };
        Ok((&engine::message::CanadianFrench, &TABLES))
    }
);

split_point!(
    lookupsfr,
    /// The lookups' words in Canadian French (`engine::lookups`): a part of its own, fetched
    /// only when a visit shown in French opens the lookups, so neither an English run nor a
    /// French one downloads them.
    pub fn french_lookup_words() -> Result<&'static engine::lookups::LookupWords, PartMissing> {
        Ok(&engine::lookups::CANADIAN_FRENCH)
    }
);

split_point!(
    probes,
    /// Starts every probe of run `run` (see [`crate::probe::run::start`]). A first visit does not
    /// download the probes: they are fetched by the first run, or at once with `?run`.
    pub fn start_run(run: u32, report: crate::probe::run::Report) -> Result<(), PartMissing> {
        crate::probe::run::start(run, report);
        Ok(())
    }
);

/// Draws Yew app `App` into the page's element `slot`, which the first part always draws: a
/// missing one is a bug, not a browser's odd answer.
fn mount<App: yew::BaseComponent<Properties = ()>>(slot: &str) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(slot));
    match root {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => panic!("the page has no #{slot} element"),
    }
}

/// Starts run `run`'s probes, or calls `unavailable` when their part cannot be fetched or has
/// not arrived within the probe deadline, so a run never waits forever. The fetch itself is
/// not cancelled (the part's loader still writes to its future): a part that arrives late
/// starts its probes, whose facts the reducer ignores, as the run has ended.
pub fn start_run_or(run: u32, report: crate::probe::run::Report, unavailable: Rc<dyn Fn()>) {
    let decided = Rc::new(Cell::new(false));
    {
        let (decided, unavailable) = (decided.clone(), unavailable.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let started = start_run(run, report).await.is_ok();
            if !decided.replace(true) && !started {
                unavailable();
            }
        });
    }
    wasm_bindgen_futures::spawn_local(async move {
        gloo_timers::future::TimeoutFuture::new(engine::timing::PROBE_DEADLINE_MS).await;
        if !decided.replace(true) {
            unavailable();
        }
    });
}

/// `call`, or [`PartMissing`] when its part has not arrived within the probe deadline, so no
/// button, watch or link waits forever on a stalled fetch. A call that loses the race is
/// dropped before its function runs: a part that arrives later does nothing for it.
pub async fn in_time<T>(
    call: impl std::future::Future<Output = Result<T, PartMissing>>,
) -> Result<T, PartMissing> {
    use std::future::Future;
    use std::task::Poll;
    let mut deadline = gloo_timers::future::TimeoutFuture::new(engine::timing::PROBE_DEADLINE_MS);
    let mut call = std::pin::pin!(call);
    std::future::poll_fn(|cx| match call.as_mut().poll(cx) {
        Poll::Ready(result) => Poll::Ready(result),
        Poll::Pending => std::pin::Pin::new(&mut deadline)
            .poll(cx)
            .map(|()| Err(PartMissing)),
    })
    .await
}
