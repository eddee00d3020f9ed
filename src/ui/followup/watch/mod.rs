//! Watch mode's panel: start and stop, the pattern the rounds make, the timeline, and the same
//! data as tables for a screen reader. The contract attributes (docs/ARCHITECTURE.md) sit on
//! the region and on one row per host.

pub mod driver;
pub mod state;
mod timeline;

use engine::catalogue::endpoints::endpoint;
use engine::message::{english_plural, PageText};
use engine::watch::{dropping_groups, gap_note, report, Watch};
use yew::prelude::*;

use crate::ui::words::Words;
use state::{Ended, WatchState};
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
    /// The page's words (`crate::ui::words`), for the heading; the rest is English.
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
            .map(|i| (i, w.round_words(i)))
            .filter(|(_, what)| !what.is_empty())
            .take(PROBLEM_ROWS)
            .collect()
    });
    let on_start = props.on_start.reform(|_: MouseEvent| ());
    let on_stop = props.on_stop.reform(|_: MouseEvent| ());

    let progress = match (watch, watching, read_only) {
        (Some(w), _, true) => format!(
            "Watched every {} seconds, {} round{}{}.",
            w.interval_s,
            rounds,
            english_plural(rounds, "", "s"),
            if w.earlier_rounds > 0 {
                format!(" (the last {rounds}; {} earlier round{} did not fit in the link)", w.earlier_rounds, english_plural(w.earlier_rounds as usize, "", "s"))
            } else {
                String::new()
            }
        ),
        (Some(w), true, _) => format!(
            "Watching every {} seconds: {} round{} so far. Keep this tab open; the watch ends by itself after an hour.",
            w.interval_s,
            rounds,
            english_plural(rounds, "", "s")
        ),
        (Some(_), false, _) if state.ended == Ended::HourPassed => {
            format!("The watch ended after an hour: {rounds} rounds. It is saved in this device's history.")
        }
        (Some(_), false, _) => format!("Stopped after {rounds} round{}.", english_plural(rounds, "", "s")),
        (None, _, _) => String::new(),
    };

    html! {
        // Folded until someone watches: most visits need one check.
        <details class="watch fold" aria-labelledby="watch-title" data-watch-state={if watching { "watching" } else { "stopped" }}
            data-watch-rounds={rounds.to_string()} data-watch-verdict={verdict} open={watching || rounds > 0} lang="en">
            <summary lang={props.words.lang()}><h2 id="watch-title">{ props.words.text(PageText::WatchTitle { shared: read_only }) }</h2>
                if !read_only && !watching && rounds == 0 {
                    <span class="show">{ props.words.text(PageText::WatchWhen) }</span>
                }</summary>
            if !read_only {
                <p>{ "If QuickBooks keeps disconnecting or fails now and then, let this page test the Intuit hosts again and again, and show when each one dropped. Each round makes the same requests as one check; Intuit's status page is read at most every 5 minutes." }</p>
                if let Some(problem) = state.problem {
                    <p class="notice" role="alert">{ problem }</p>
                }
                <div class="watch-controls">
                    <label>{ "Test every " }
                        <select onchange={on_interval} disabled={watching} data-watch-interval="">
                            { for CHOICES.iter().map(|s| html! {
                                <option value={s.to_string()} selected={*s == state.interval_s}>{ if *s < 60 { format!("{s} seconds") } else { format!("{} minute{}", s / 60, english_plural((s / 60) as usize, "", "s")) } }</option>
                            }) }
                            if !CHOICES.contains(&state.interval_s) {
                                <option value={state.interval_s.to_string()} selected=true>{ format!("{} seconds", state.interval_s) }</option>
                            }
                        </select>
                    </label>
                    if watching {
                        <button type="button" class="secondary" data-action="stop-watch" onclick={on_stop}>{ "Stop watching" }</button>
                    } else {
                        <button type="button" class="secondary" data-action="watch" onclick={on_start}>{ if rounds > 0 { "Watch again" } else { "Keep watching" } }</button>
                    }
                </div>
            }
            <p aria-live="polite" class="watch-progress">{ progress }</p>
            if let (Some(w), Some(counts), Some(r)) = (watch, counts.as_ref(), reading) {
                if rounds > 0 {
                    <div class="watch-verdict">
                        <h3>{ r.pattern.headline() }</h3>
                        <p>{ r.pattern.explanation() }</p>
                        if !r.dropping.is_empty() && r.pattern == engine::watch::Pattern::HostDrops {
                            <p>{ format!("Dropped: {}.", dropping_groups(r).join(", ")) }</p>
                        }
                        if let Some(note) = gap_note(r) {
                            <p class="source">{ note }</p>
                        }
                        if !read_only {
                            if let Some(line) = &state.status_line {
                                <p class="source">{ format!("Intuit's status page during the watch: {line}") }</p>
                            }
                        }
                        <ol>{ for r.pattern.next_steps().iter().map(|s| html! { <li>{ *s }</li> }) }</ol>
                    </div>
                    <Timeline watch={w.clone()} />
                    <table class="watch-hosts">
                        <caption>{ "Rounds each host failed (unreachable, no answer or an error)" }</caption>
                        <thead><tr><th scope="col">{ "Host" }</th><th scope="col">{ "Failed rounds" }</th><th scope="col">{ "Slow rounds" }</th></tr></thead>
                        <tbody>
                            { for counts.hosts.iter().filter_map(|h| endpoint(h.id).map(|e| (h, e))).map(|(h, e)| {
                                let (failed_rounds, slow) = (h.failed_rounds, h.slow_rounds);
                                html! {
                                    <tr data-watch-endpoint={e.id} data-failed-rounds={failed_rounds.to_string()} class={classes!((failed_rounds > 0).then_some("has-drops"))}>
                                        <th scope="row">{ e.host }<span class="group">{ e.group.label() }</span></th>
                                        <td>{ format!("{failed_rounds} of {rounds}") }</td>
                                        <td>{ slow }</td>
                                    </tr>
                                }
                            }) }
                            <tr data-watch-control="" data-failed-rounds={counts.control_failed_rounds.to_string()}>
                                <th scope="row">{ "This page's own site (your connection)" }</th>
                                <td>{ format!("{} of {rounds}", counts.control_failed_rounds) }</td>
                                <td>{ "–" }</td>
                            </tr>
                        </tbody>
                    </table>
                    if problems.is_empty() {
                        <p>{ "No round had a failure or a slow answer." }</p>
                    } else {
                        <table class="watch-rounds">
                            <caption>{ "Rounds with a problem, latest first (time on this device)" }</caption>
                            <thead><tr><th scope="col">{ "Time" }</th><th scope="col">{ "What failed or was slow" }</th></tr></thead>
                            <tbody>
                                { for problems.iter().map(|(i, what)| html! {
                                    <tr><td>{ clock(w.started_at_ms, w.round_at_s[*i]) }{ if w.late(*i) { " (late)" } else { "" } }</td><td>{ what }</td></tr>
                                }) }
                            </tbody>
                        </table>
                    }
                }
            }
        </details>
    }
}
