//! The watch as a picture: one lane for this page's own site (the connection) and one per host
//! group, one mark per round. Marks differ in height and in colour, and the legend names them,
//! so colour is never the only signal. Inline SVG, no charting library. The x axis only widens
//! in steps (5, 10, 20, 40, 60 minutes), so a new round adds a mark and moves none.

use engine::catalogue::endpoints::Group;
use engine::outcome::Outcome;
use engine::watch::Watch;
use yew::prelude::*;

use crate::ui::words::Words;

/// The viewBox's size: marks are placed in these units and the SVG stretches to the page.
/// Whole numbers only: formatting floats would pull several KB of code into the module.
const WIDTH: u32 = 1000;
const HEIGHT: u32 = 20;

/// The axis length in seconds: the first step that holds every round and one more.
fn domain_s(watch: &Watch) -> u32 {
    let needed = watch.round_at_s.last().copied().unwrap_or(0) + watch.interval_s;
    [300, 600, 1200, 2400, 3600]
        .into_iter()
        .find(|d| *d >= needed)
        .unwrap_or(needed.div_ceil(600) * 600)
}

/// (css class, height) of a mark: a failure is a full bar, slow half, an answer a low tick.
fn mark(outcome: Outcome) -> (&'static str, u32) {
    match outcome {
        Outcome::Ok => ("m-ok", 5),
        Outcome::Slow => ("m-slow", 11),
        Outcome::ServerError | Outcome::Unreachable | Outcome::Timeout => ("m-fail", HEIGHT),
        Outcome::NotRun => ("m-none", 2),
    }
}

/// "m:ss" for a tick.
fn minutes(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub watch: Watch,
    pub words: Words,
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let watch = &props.watch;
    let words = props.words;
    let said = words.watch();
    let t = &said.texts;
    let domain = domain_s(watch);
    let width = (watch.interval_s * WIDTH * 7 / 10 / domain).max(2);
    let lane = |label: &'static str, outcome: &dyn Fn(usize) -> Outcome| {
        let marks = watch.round_at_s.iter().enumerate().map(|(i, at)| {
            let (class, h) = mark(outcome(i));
            let x = (u64::from(*at) * u64::from(WIDTH) / u64::from(domain)) as u32;
            html! { <rect key={i} class={class} x={x.to_string()} y={(HEIGHT - h).to_string()} width={width.to_string()} height={h.to_string()} /> }
        });
        html! {
            <div class="lane">
                <span class="lane-label">{ label }</span>
                <svg viewBox={format!("0 0 {WIDTH} {HEIGHT}")} preserveAspectRatio="none" focusable="false">
                    <line class="baseline" x1="0" x2={WIDTH.to_string()} y1={HEIGHT.to_string()} y2={HEIGHT.to_string()} />
                    <g>{ for marks }</g>
                </svg>
            </div>
        }
    };
    html! {
        <figure class="timeline" aria-hidden="true">
            { lane(t.lane_connection, &|i| watch.control.get(i).copied().unwrap_or(Outcome::NotRun)) }
            { for Group::ALL.iter().map(|g| lane(words.group(*g), &|i| watch.group_outcome(*g, i))) }
            <div class="axis">{ for (0..=4).map(|k| html! { <span>{ minutes(domain * k / 4) }</span> }) }</div>
            <figcaption class="legend">
                <span><i class="m-ok"></i>{ t.legend_ok }</span>
                <span><i class="m-slow"></i>{ t.legend_slow }</span>
                <span><i class="m-fail"></i>{ t.legend_failed }</span>
                <span><i class="m-none"></i>{ (said.outcome)(Outcome::NotRun) }</span>
                <span>{ t.legend_minutes }</span>
            </figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_axis_widens_in_steps_so_marks_stay_put() {
        let mut w = Watch::new(0.0, 10);
        let mut domains = Vec::new();
        for i in 0..361u32 {
            w.push_round(i * 10, Outcome::Ok, &[]);
            domains.push(domain_s(&w));
        }
        domains.dedup();
        assert_eq!(domains, vec![300, 600, 1200, 2400, 3600, 4200]);
    }
}
