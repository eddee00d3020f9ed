//! Watch mode's panel: start and stop, the pattern the rounds make, the timeline, and the same
//! data as tables for a screen reader. The contract attributes (docs/ARCHITECTURE.md) sit on
//! the region and on one row per host.

pub mod driver;
pub mod state;
mod timeline;

use engine::catalogue::endpoints::endpoint;
use engine::message::PageText;
use engine::watch::{report, Pattern, Watch};
use yew::prelude::*;

use crate::ui::words::Words;
use state::WatchState;
use timeline::Timeline;

/// The intervals offered, in seconds.
const CHOICES: [u32; 7] = [10, 15, 30, 60, 120, 300, 600];
/// The table of rounds with a problem lists at most this many, the latest.
const PROBLEM_ROWS: usize = 30;

#[derive(Properties, PartialEq)]
pub struct WatchPanelProps {
    pub state: WatchState,
    /// A shared report's watch: drawn read-only, without controls.
    #[prop_or_default]
    pub shared: Option<Watch>,
    pub on_start: Callback<()>,
    pub on_stop: Callback<()>,
    pub on_interval: Callback<u32>,
    /// The page's words (`crate::ui::words`).
    pub words: Words,
}

/// The device's local time of day of a round, for the tables.
fn clock(started_at_ms: f64, at_s: u32) -> String {
    let date = js_sys::Date::new(&(started_at_ms + f64::from(at_s) * 1000.0).into());
    format!(
        "{:02}:{:02}:{:02}",
        date.get_hours(),
        date.get_minutes(),
        date.get_seconds()
    )
}

#[component]
pub fn WatchPanel(props: &WatchPanelProps) -> Html {
    let state = &props.state;
    let words = props.words;
    let pack = words.pack();
    let said = words.watch();
    let t = &said.texts;
    let read_only = props.shared.is_some();
    let watch = props.shared.as_ref().or(state.watch.as_ref());
    // The engine's counts: the pattern and what each host and the control saw.
    let counts = watch.map(report);
    let reading = counts.as_ref().map(|c| &c.reading);
    let rounds = watch.map_or(0, Watch::rounds);
    let verdict = reading.map_or("steady", |r| r.pattern.id());
    let watching = state.watching && !read_only;
    let on_interval = {
        let on_interval = props.on_interval.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_dyn_into::<web_sys::HtmlSelectElement>()
                .and_then(|s| s.value().parse().ok());
            if let Some(seconds) = value {
                on_interval.emit(seconds);
            }
        })
    };
    let problems: Vec<(usize, String)> = watch.map_or_else(Vec::new, |w| {
        (0..w.rounds())
            .rev()
            .map(|i| (i, said.round(pack, w, i)))
            .filter(|(_, what)| !what.is_empty())
            .take(PROBLEM_ROWS)
            .collect()
    });
    let on_start = props.on_start.reform(|_: MouseEvent| ());
    let on_stop = props.on_stop.reform(|_: MouseEvent| ());

    let phase = state.phase(read_only);
    let progress = watch.map(|w| said.progress(w, phase)).unwrap_or_default();
    let pattern = reading.map(|r| (said.pattern)(r.pattern));

    html! {
        // Folded until someone watches: most visits need one check.
        <details class="watch fold" aria-labelledby="watch-title" data-watch-state={if watching { "watching" } else { "stopped" }}
            data-watch-rounds={rounds.to_string()} data-watch-verdict={verdict} open={watching || rounds > 0} lang={words.lang()}>
            <summary><h2 id="watch-title">{ words.text(PageText::WatchTitle { shared: read_only }) }</h2>
                if !read_only && !watching && rounds == 0 {
                    <span class="show">{ words.text(PageText::WatchWhen) }</span>
                }</summary>
            if !read_only {
                <p>{ t.intro }</p>
                if let Some(problem) = state.problem {
                    <p class="notice" role="alert">{ said.problem(problem) }</p>
                }
                <div class="watch-controls">
                    <label>{ t.interval }
                        <select onchange={on_interval} disabled={watching} data-watch-interval="">
                            { for CHOICES.iter().map(|s| html! {
                                <option value={s.to_string()} selected={*s == state.interval_s}>{ said.interval(*s) }</option>
                            }) }
                            if !CHOICES.contains(&state.interval_s) {
                                <option value={state.interval_s.to_string()} selected=true>{ said.interval(state.interval_s) }</option>
                            }
                        </select>
                    </label>
                    if watching {
                        <button type="button" class="secondary" data-action="stop-watch" onclick={on_stop}>{ t.stop }</button>
                    } else {
                        <button type="button" class="secondary" data-action="watch" onclick={on_start}>{ if rounds > 0 { t.again } else { t.start } }</button>
                    }
                </div>
            }
            <p aria-live="polite" class="watch-progress">{ progress }</p>
            if let (Some(w), Some(counts), Some(r), Some(pattern)) = (watch, counts.as_ref(), reading, pattern) {
                if rounds > 0 {
                    <div class="watch-verdict">
                        <h3>{ pattern.headline }</h3>
                        <p>{ pattern.explanation }</p>
                        if !r.dropping.is_empty() && r.pattern == Pattern::HostDrops {
                            <p>{ said.dropped(pack, r) }</p>
                        }
                        if let Some(note) = said.gap(r) {
                            <p class="source">{ note }</p>
                        }
                        if !read_only {
                            if let Some(status) = state.status {
                                <p class="source">{ said.status_during(&words.say(PageText::StatusHeadline(status))) }</p>
                            }
                        }
                        <ol>{ for pattern.steps.iter().map(|s| html! { <li>{ *s }</li> }) }</ol>
                    </div>
                    <Timeline watch={w.clone()} {words} />
                    <table class="watch-hosts">
                        <caption>{ t.hosts_caption }</caption>
                        <thead><tr><th scope="col">{ t.host }</th><th scope="col">{ t.failed_column }</th><th scope="col">{ t.slow_column }</th></tr></thead>
                        <tbody>
                            { for counts.hosts.iter().filter_map(|h| endpoint(h.id).map(|e| (h, e))).map(|(h, e)| {
                                let (failed_rounds, slow) = (h.failed_rounds, h.slow_rounds);
                                html! {
                                    <tr data-watch-endpoint={e.id} data-failed-rounds={failed_rounds.to_string()} class={classes!((failed_rounds > 0).then_some("has-drops"))}>
                                        <th scope="row">{ e.host }<span class="group">{ words.group(e.group) }</span></th>
                                        <td>{ said.of_rounds(failed_rounds, rounds) }</td>
                                        <td>{ slow }</td>
                                    </tr>
                                }
                            }) }
                            <tr data-watch-control="" data-failed-rounds={counts.control_failed_rounds.to_string()}>
                                <th scope="row">{ t.control_row }</th>
                                <td>{ said.of_rounds(counts.control_failed_rounds, rounds) }</td>
                                <td>{ "–" }</td>
                            </tr>
                        </tbody>
                    </table>
                    if problems.is_empty() {
                        <p>{ t.no_problem }</p>
                    } else {
                        <table class="watch-rounds">
                            <caption>{ t.rounds_caption }</caption>
                            <thead><tr><th scope="col">{ t.time }</th><th scope="col">{ t.what }</th></tr></thead>
                            <tbody>
                                { for problems.iter().map(|(i, what)| html! {
                                    <tr><td>{ clock(w.started_at_ms, w.round_at_s[*i]) }{ if w.late(*i) { t.late_mark } else { "" } }</td><td>{ what }</td></tr>
                                }) }
                            </tbody>
                        </table>
                    }
                }
            }
        </details>
    }
}
