//! The plain-text summary for a chat or an email: short enough to read aloud, in the language
//! shown. Its words are data ([`SummaryWords`]), as the browser facts' are (`crate::panel`):
//! a language fetched as a part of its own then shares no code with the page.

use crate::catalogue::instructions::{profile_for, profile_info};
use crate::catalogue::ENDPOINTS;
use crate::diagnose::Finding;
use crate::evidence::Evidence;
use crate::message::{BrowserName, English, Pack, PageText};
use crate::outcome::Outcome;
use crate::plan::checklist;
use crate::template::{put, put_number};
use crate::watch::{read, Pattern, Watch};

mod fr_ca;
pub use fr_ca::CANADIAN_FRENCH;

/// One language's words for the summary. Placeholders in braces are filled in; a pair of
/// fields `_one` and `_other` is a count's two forms, chosen by the language's rule.
pub struct SummaryWords {
    /// `{when}`, `{title}`, `{confidence}`, `{fault}`.
    pub verdict: &'static str,
    pub unfinished: &'static str,
    /// `{when}` above: ` ({date})`.
    pub when: &'static str,
    pub ticket: &'static str,
    pub all_answered: &'static str,
    /// `{hosts}`: each failing host and its outcome.
    pub problems: &'static str,
    pub browser: &'static str,
    /// `{browser}`, `{steps}`.
    pub suggested: &'static str,
    /// `{browser}` above, when the browser is not known.
    pub the_browser: &'static str,
    pub code: &'static str,
    /// A watch: `{s}` seconds apart, `{n}` rounds, `{what}` it saw.
    pub watched_one: &'static str,
    pub watched_other: &'static str,
    pub steady: &'static str,
    pub slow_one: &'static str,
    pub slow_other: &'static str,
    pub connection_one: &'static str,
    pub connection_other: &'static str,
    /// `{n}` rounds, `{groups}` that dropped.
    pub hosts_one: &'static str,
    pub hosts_other: &'static str,
    /// A failing host's outcome.
    pub outcome: fn(Outcome) -> &'static str,
    pub plural: fn(usize, &'static str, &'static str) -> &'static str,
}

impl SummaryWords {
    /// Every text with its field's name, so tests can read a language whole.
    pub fn each(&self) -> [(&'static str, &'static str); 19] {
        [
            ("verdict", self.verdict),
            ("unfinished", self.unfinished),
            ("when", self.when),
            ("ticket", self.ticket),
            ("all_answered", self.all_answered),
            ("problems", self.problems),
            ("browser", self.browser),
            ("suggested", self.suggested),
            ("the_browser", self.the_browser),
            ("code", self.code),
            ("watched_one", self.watched_one),
            ("watched_other", self.watched_other),
            ("steady", self.steady),
            ("slow_one", self.slow_one),
            ("slow_other", self.slow_other),
            ("connection_one", self.connection_one),
            ("connection_other", self.connection_other),
            ("hosts_one", self.hosts_one),
            ("hosts_other", self.hosts_other),
        ]
    }

    fn count(&self, n: usize, one: &'static str, other: &'static str) -> String {
        put_number((self.plural)(n, one, other), "{n}", n as u64)
    }
}

/// The summary in English.
pub static ENGLISH: SummaryWords = SummaryWords {
    verdict: "QuickBooks Online check{when}: {title} ({confidence}; where: {fault}).",
    unfinished: "QuickBooks Online check{when}: not finished.",
    when: " ({date})",
    ticket: "Ticket: {ticket}",
    all_answered: "All {n} Intuit hosts answered.",
    problems: "Problems: {hosts}.",
    browser: "Browser: {browser}.",
    suggested: "Suggested for {browser}: {steps}.",
    the_browser: "the browser",
    code: "Help-desk code: {code}",
    watched_one: "Watched every {s} s for {n} round: {what}.",
    watched_other: "Watched every {s} s for {n} rounds: {what}.",
    steady: "every round answered",
    slow_one: "no drops, slow answers in {n} round",
    slow_other: "no drops, slow answers in {n} rounds",
    connection_one: "the whole connection dropped in {n} round (this device or its network)",
    connection_other: "the whole connection dropped in {n} rounds (this device or its network)",
    hosts_one: "some hosts dropped while the rest answered, in {n} round: {groups}",
    hosts_other: "some hosts dropped while the rest answered, in {n} rounds: {groups}",
    outcome: Outcome::id,
    plural: crate::message::english_plural,
};

/// The summary in English. `watch` is the watch that followed the check, if the user watched.
pub fn summary(
    evidence: &Evidence,
    watch: Option<&Watch>,
    findings: &[Finding],
    date: &str,
    code: &str,
) -> String {
    summary_in(&English, &ENGLISH, evidence, watch, findings, date, code)
}

/// The summary in a language: its pack's words for what the page shows (the verdict, the
/// browser, the steps, Intuit's status) and its summary's own.
pub fn summary_in(
    pack: &dyn Pack,
    words: &SummaryWords,
    evidence: &Evidence,
    watch: Option<&Watch>,
    findings: &[Finding],
    date: &str,
    code: &str,
) -> String {
    let mut lines = Vec::new();
    let when = if date.is_empty() {
        String::new()
    } else {
        put(words.when, "{date}", date)
    };
    match findings.first() {
        Some(top) => {
            let line = put(words.verdict, "{when}", &when);
            let line = put(&line, "{title}", top.title_in(pack));
            let line = put(&line, "{confidence}", pack.confidence(top.confidence));
            lines.push(put(&line, "{fault}", pack.fault(top.fault)));
        }
        None => lines.push(put(words.unfinished, "{when}", &when)),
    }
    if let Some(ticket) = &evidence.ticket {
        lines.push(put(words.ticket, "{ticket}", &ticket.to_string()));
    }
    let failing: Vec<String> = ENDPOINTS
        .iter()
        .filter_map(|e| {
            let outcome = evidence.verdict(e.id)?.outcome;
            (outcome != Outcome::Ok).then(|| [e.host, " ", (words.outcome)(outcome)].concat())
        })
        .collect();
    if failing.is_empty() {
        lines.push(put_number(
            words.all_answered,
            "{n}",
            ENDPOINTS.len() as u64,
        ));
    } else {
        lines.push(put(words.problems, "{hosts}", &failing.join(", ")));
    }
    if let Some(status) = &evidence.status {
        lines.push(pack.page(PageText::StatusHeadline(status.state())));
    }
    if let Some(watch) = watch {
        lines.push(watch_line(pack, words, watch));
    }
    if let Some(d) = evidence.detection() {
        lines.push(put(
            words.browser,
            "{browser}",
            &pack.browser(&BrowserName::of(&d)),
        ));
    }
    let steps = checklist(findings, evidence.triage.as_ref());
    if !steps.is_empty() {
        let browser = evidence
            .detection()
            .map(|d| profile_info(profile_for(d.family, d.os)).name)
            .unwrap_or(words.the_browser);
        let titles: Vec<&str> = steps.iter().take(3).map(|t| pack.task(*t)).collect();
        let line = put(words.suggested, "{browser}", browser);
        lines.push(put(&line, "{steps}", &titles.join("; ")));
    }
    if !code.is_empty() {
        lines.push(put(words.code, "{code}", code));
    }
    lines.join("\n")
}

/// The watch in one sentence.
pub fn watch_line(pack: &dyn Pack, words: &SummaryWords, watch: &Watch) -> String {
    let reading = read(watch);
    let what = match reading.pattern {
        Pattern::Steady => words.steady.to_string(),
        Pattern::SlowPeriods => words.count(reading.slow_rounds, words.slow_one, words.slow_other),
        Pattern::ConnectionDrops => words.count(
            reading.connection_rounds,
            words.connection_one,
            words.connection_other,
        ),
        Pattern::HostDrops => put(
            &words.count(reading.host_rounds, words.hosts_one, words.hosts_other),
            "{groups}",
            &crate::watch::dropping_groups_in(pack, &reading).join(", "),
        ),
    };
    let line = words.count(watch.rounds(), words.watched_one, words.watched_other);
    let line = put_number(&line, "{s}", u64::from(watch.interval_s));
    put(&line, "{what}", &what)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnose::diagnose;
    use crate::evidence::EndpointEvidence;
    use crate::outcome::{FetchAnswer, Observation};

    #[test]
    fn short_and_names_the_failing_hosts() {
        let evidence = Evidence {
            endpoints: vec![EndpointEvidence {
                id: "payments-connect".into(),
                observation: Observation {
                    fetch: FetchAnswer::Failed {
                        after_ms: 3,
                        error: crate::outcome::FetchError::Network,
                    },
                    image: None,
                    second_image: None,
                },
            }],
            ..Evidence::default()
        };
        let text = summary(
            &evidence,
            None,
            &diagnose(&evidence),
            "2026-11-26",
            "QBC2-0000-0000-00000",
        );
        assert!(text.contains("connect.intuit.com unreachable"), "{text}");
        assert!(text.contains("QBC2-"));
        assert!(text.lines().count() <= 7 && text.len() < 800, "{text}");
    }
}
