//! Watch mode's panel in words: its texts are data ([`WatchWords`]), as the browser facts' are
//! (`crate::panel`), so a language fetched as a part of its own shares no code with the page.
//! Which sentence applies is decided here, where it can be tested natively; the panel lays the
//! sentences out.

use super::{failed, Pattern, Reading, Watch, WatchProblem};
use crate::catalogue::endpoints::Group;
use crate::message::{CheckerPack, English, Pack, PatternWords};
use crate::outcome::Outcome;
use crate::template::{put, put_number};

crate::template::texts! {
    /// The panel's fixed texts in one language. Placeholders in braces are filled in: `{n}` a
    /// count, `{s}` the seconds between rounds, `{e}` earlier rounds, and the names given. A
    /// pair of fields `_one` and `_other` is a count's two forms, chosen by the language's rule.
    pub struct WatchTexts {
        intro,
        /// The interval's label, before its list of choices.
        interval,
        seconds,
        minute_one,
        minute_other,
        start,
        again,
        stop,
        /// A shared watch: `{earlier}` is empty or one of the `earlier_` texts.
        watched_one,
        watched_other,
        earlier_one,
        earlier_other,
        watching_one,
        watching_other,
        hour_passed,
        stopped_one,
        stopped_other,
        /// `{groups}`: the parts of QuickBooks whose hosts dropped.
        dropped,
        late_one,
        late_other,
        /// `{status}`: this page's sentence about Intuit's status page.
        status_during,
        hosts_caption,
        host,
        failed_column,
        slow_column,
        /// `{n}` of `{rounds}`.
        of_rounds,
        control_row,
        no_problem,
        rounds_caption,
        time,
        what,
        late_mark,
        /// A round in which this page's own site failed: `{outcome}`.
        connection_failed,
        /// A part of QuickBooks in a round: `{group}`, `{outcome}`.
        group_outcome,
        lane_connection,
        legend_ok,
        legend_slow,
        legend_failed,
        legend_minutes,
        not_a_number,
        too_short,
        too_long,
        part_missing,
    }
}

/// One language's words for the watch panel: its texts, and what its pack words by rule.
pub struct WatchWords {
    pub texts: WatchTexts,
    /// A pattern's headline, explanation and next steps.
    pub pattern: fn(Pattern) -> PatternWords,
    /// An outcome inside a sentence: "Unreachable".
    pub outcome: fn(Outcome) -> &'static str,
    /// The language's plural rule: a count's `one` or `other` form.
    pub plural: fn(usize, &'static str, &'static str) -> &'static str,
}

/// Where the watch stands, for the sentence under its controls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// A shared report's watch, drawn read-only.
    Shared,
    Watching,
    /// Ended by itself after an hour.
    HourPassed,
    Stopped,
}

/// The panel in English.
pub static ENGLISH: WatchWords = WatchWords {
    texts: WatchTexts {
        intro: "If QuickBooks keeps disconnecting or fails now and then, let this page test the Intuit hosts again and again, and show when each one dropped. Each round makes the same requests as one check; Intuit's status page is read at most every 5 minutes.",
        interval: "Test every ",
        seconds: "{n} seconds",
        minute_one: "{n} minute",
        minute_other: "{n} minutes",
        start: "Keep watching",
        again: "Watch again",
        stop: "Stop watching",
        watched_one: "Watched every {s} seconds, {n} round{earlier}.",
        watched_other: "Watched every {s} seconds, {n} rounds{earlier}.",
        earlier_one: " (the last {n}; {e} earlier round did not fit in the link)",
        earlier_other: " (the last {n}; {e} earlier rounds did not fit in the link)",
        watching_one: "Watching every {s} seconds: {n} round so far. Keep this tab open; the watch ends by itself after an hour.",
        watching_other: "Watching every {s} seconds: {n} rounds so far. Keep this tab open; the watch ends by itself after an hour.",
        hour_passed: "The watch ended after an hour: {n} rounds. It is saved in this device's history.",
        stopped_one: "Stopped after {n} round.",
        stopped_other: "Stopped after {n} rounds.",
        dropped: "Dropped: {groups}.",
        late_one: "{n} round started late: the browser slows timers in a background tab, and a sleeping computer runs none. Nothing is known about the time in between.",
        late_other: "{n} rounds started late: the browser slows timers in a background tab, and a sleeping computer runs none. Nothing is known about the time in between.",
        status_during: "Intuit's status page during the watch: {status}",
        hosts_caption: "Rounds each host failed (unreachable, no answer or an error)",
        host: "Host",
        failed_column: "Failed rounds",
        slow_column: "Slow rounds",
        of_rounds: "{n} of {rounds}",
        control_row: "This page's own site (your connection)",
        no_problem: "No round had a failure or a slow answer.",
        rounds_caption: "Rounds with a problem, latest first (time on this device)",
        time: "Time",
        what: "What failed or was slow",
        late_mark: " (late)",
        connection_failed: "Your connection: {outcome} (everything failed)",
        group_outcome: "{group}: {outcome}",
        lane_connection: "Your connection (this page's own site)",
        // Not "Reachable": some hosts' error pages are invisible to a browser.
        legend_ok: "answered",
        legend_slow: "slow (over 3 s)",
        legend_failed: "failed",
        legend_minutes: "minutes since the watch began",
        not_a_number: "The watch interval in this address is not a number of seconds from 10 to 600, so the page watches every 30 seconds.",
        too_short: "The watch interval in this address is shorter than the 10-second minimum, so the page watches every 10 seconds.",
        too_long: "The watch interval in this address is longer than the 600-second maximum, so the page watches every 600 seconds.",
        part_missing: "The watch could not start: part of this page did not load. Check the connection, then try again.",
    },
    pattern: english_pattern,
    outcome: Outcome::label,
    plural: crate::message::english_plural,
};

/// The English pack's words for a pattern, as its native checker says them.
fn english_pattern(pattern: Pattern) -> PatternWords {
    English.pattern(pattern)
}

impl WatchWords {
    fn count(&self, template: &str, key: &str, n: usize) -> String {
        put_number(template, key, n as u64)
    }

    fn pick(&self, n: usize, one: &'static str, other: &'static str) -> &'static str {
        (self.plural)(n, one, other)
    }

    /// One of the intervals offered: "30 seconds", "2 minutes".
    pub fn interval(&self, seconds: u32) -> String {
        let t = &self.texts;
        if seconds < 60 || !seconds.is_multiple_of(60) {
            self.count(t.seconds, "{n}", seconds as usize)
        } else {
            let minutes = (seconds / 60) as usize;
            self.count(
                self.pick(minutes, t.minute_one, t.minute_other),
                "{n}",
                minutes,
            )
        }
    }

    /// The sentence under the controls: how often, how many rounds, and what happens next.
    pub fn progress(&self, watch: &Watch, phase: Phase) -> String {
        let t = &self.texts;
        let rounds = watch.rounds();
        let every = |template: &str| put_number(template, "{s}", u64::from(watch.interval_s));
        match phase {
            Phase::Shared => {
                let earlier = watch.earlier_rounds as usize;
                let sentence = self.count(
                    &every(self.pick(rounds, t.watched_one, t.watched_other)),
                    "{n}",
                    rounds,
                );
                let note = if earlier > 0 {
                    let note = self.pick(earlier, t.earlier_one, t.earlier_other);
                    self.count(&self.count(note, "{n}", rounds), "{e}", earlier)
                } else {
                    String::new()
                };
                put(&sentence, "{earlier}", &note)
            }
            Phase::Watching => self.count(
                &every(self.pick(rounds, t.watching_one, t.watching_other)),
                "{n}",
                rounds,
            ),
            Phase::HourPassed => self.count(t.hour_passed, "{n}", rounds),
            Phase::Stopped => self.count(
                self.pick(rounds, t.stopped_one, t.stopped_other),
                "{n}",
                rounds,
            ),
        }
    }

    /// What round `i` saw that went wrong: the connection if it failed (then everything did),
    /// else each part of QuickBooks that failed or was slow. Empty for a good round.
    pub fn round(&self, pack: &dyn Pack, watch: &Watch, i: usize) -> String {
        let t = &self.texts;
        let control = watch.control.get(i).copied().unwrap_or(Outcome::NotRun);
        if failed(control) {
            return put(t.connection_failed, "{outcome}", (self.outcome)(control));
        }
        Group::ALL
            .iter()
            .map(|g| (g, watch.group_outcome(*g, i)))
            .filter(|(_, o)| failed(*o) || *o == Outcome::Slow)
            .map(|(g, o)| {
                put(
                    &put(t.group_outcome, "{group}", pack.group(*g)),
                    "{outcome}",
                    (self.outcome)(o),
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// The parts of QuickBooks whose hosts dropped: "Dropped: Sign-in (1 of 2 hosts)."
    pub fn dropped(&self, pack: &dyn Pack, reading: &Reading) -> String {
        put(
            self.texts.dropped,
            "{groups}",
            &super::dropping_groups_in(pack, reading).join(", "),
        )
    }

    /// What the page says about gaps between rounds, if there were any.
    pub fn gap(&self, reading: &Reading) -> Option<String> {
        let n = reading.late_rounds;
        (n > 0).then(|| {
            self.count(
                self.pick(n, self.texts.late_one, self.texts.late_other),
                "{n}",
                n,
            )
        })
    }

    /// Intuit's status page during the watch, given this page's sentence about it.
    pub fn status_during(&self, sentence: &str) -> String {
        put(self.texts.status_during, "{status}", sentence)
    }

    /// "3 of 10" in the table of hosts.
    pub fn of_rounds(&self, n: usize, rounds: usize) -> String {
        self.count(
            &self.count(self.texts.of_rounds, "{n}", n),
            "{rounds}",
            rounds,
        )
    }

    /// Why the watch did not run as asked.
    pub fn problem(&self, problem: WatchProblem) -> &'static str {
        let t = &self.texts;
        match problem {
            WatchProblem::NotANumber => t.not_a_number,
            WatchProblem::TooShort => t.too_short,
            WatchProblem::TooLong => t.too_long,
            WatchProblem::PartMissing => t.part_missing,
        }
    }
}
