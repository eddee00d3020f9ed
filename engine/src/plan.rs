//! From findings to a checklist: the top finding's fixes first, then the first-line fixes that
//! help even when every test passed (the fault can sit in intuit.com's own cookies and cache,
//! which this page cannot see).

use crate::catalogue::tasks::Task;
use crate::diagnose::{Cause, Finding};
use crate::triage::{Product, Triage};

/// The fixes for one cause, best first.
pub fn tasks_for(cause: Cause) -> &'static [Task] {
    use Task::*;
    match cause {
        Cause::Offline => &[CheckConnection, TryAnotherNetwork],
        Cause::NetworkBlock => &[TurnOffVpn, AllowIntuitHosts, TryAnotherNetwork],
        Cause::TlsInspection => &[AllowIntuitHosts, TurnOffVpn, TryAnotherNetwork],
        Cause::PartialBlock => &[
            TurnOffVpn,
            AllowIntuitHosts,
            DisableExtensions,
            TryAnotherNetwork,
        ],
        Cause::IntuitOutage => &[CheckStatusPage],
        Cause::SlowNetwork => &[TryAnotherNetwork, TurnOffVpn],
        Cause::ClockSkew => &[SyncClock],
        Cause::BrowserOutdated => &[UpdateBrowser, TryAnotherBrowser],
        Cause::BrowserUnsupported => &[TryAnotherBrowser, UpdateBrowser],
        Cause::CookiesBlocked => &[AllowCookies, DisableExtensions],
        Cause::StaleCache => &[HardReload, ClearIntuitData, ClearAllData],
        Cause::ExtensionInterference => &[PrivateWindow, DisableExtensions],
        Cause::CannotTest => &[PrivateWindow, TryAnotherBrowser],
        Cause::AllClear | Cause::RetiredTestFile => &[],
    }
}

/// First-line fixes, offered after any cause's own.
pub const FIRST_LINE: [Task; 4] = [
    Task::PrivateWindow,
    Task::ClearIntuitData,
    Task::HardReload,
    Task::TryAnotherBrowser,
];

/// The checklist for the page: what to do, in order, without repeats.
pub fn checklist(findings: &[Finding], triage: Option<&Triage>) -> Vec<Task> {
    let mut tasks: Vec<Task> = Vec::new();
    let mut add = |task: Task| {
        if !tasks.contains(&task) {
            tasks.push(task);
        }
    };
    let product = triage.and_then(|t| t.product);
    if product == Some(Product::OnlineDesktopApp) {
        add(Task::ResetDesktopAppCache);
    }
    if let Some(top) = findings.first() {
        tasks_for(top.cause).iter().copied().for_each(&mut add);
        // A low-confidence top finding is a guess: show the next finding's fixes too.
        if let Some(second) = findings.get(1) {
            if top.confidence <= second.confidence
                || top.confidence == crate::diagnose::Confidence::Low
            {
                tasks_for(second.cause).iter().copied().for_each(&mut add);
            }
        }
    }
    // An Intuit outage is fixed by Intuit; only offer more once the top cause is not one.
    if findings.first().is_none_or(|f| {
        f.cause != Cause::IntuitOutage || f.confidence == crate::diagnose::Confidence::Low
    }) {
        FIRST_LINE.iter().copied().for_each(&mut add);
    }
    if product == Some(Product::Desktop) {
        Task::DESKTOP.iter().copied().for_each(&mut add);
    }
    tasks
}

/// At most this many steps are shown before "Still not working?".
pub const FIRST_STEPS: usize = 4;

/// The checklist trimmed to the verdict: the likeliest fixes first (at most [`FIRST_STEPS`]),
/// the rest behind "Still not working?". Steps that clear data sign people out of every Intuit
/// product, so they appear only where stale data is a plausible cause.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub first: Vec<Task>,
    pub more: Vec<Task>,
}

pub fn plan(findings: &[Finding], triage: Option<&Triage>) -> Plan {
    let stale_data_plausible = findings.first().is_none_or(|top| {
        matches!(
            top.cause,
            Cause::AllClear | Cause::StaleCache | Cause::CannotTest | Cause::ExtensionInterference
        )
    });
    let mut tasks = checklist(findings, triage);
    if !stale_data_plausible {
        tasks.retain(|t| !matches!(t, Task::ClearIntuitData | Task::ClearAllData));
    }
    // Someone on QuickBooks Desktop came for its fixes: they lead.
    if triage.and_then(|t| t.product) == Some(Product::Desktop) {
        let (mut desktop, rest): (Vec<Task>, Vec<Task>) =
            tasks.into_iter().partition(|t| Task::DESKTOP.contains(t));
        desktop.extend(rest);
        tasks = desktop;
    }
    // A network, clock or Intuit verdict shows only its own fixes first: a private window, a
    // hard reload or another browser cannot fix a network that refuses Intuit or a clock that is
    // wrong. The rest wait behind "Still not working?".
    let desktop_first = triage.and_then(|t| t.product) == Some(Product::Desktop);
    let own_only = !desktop_first
        && findings.first().is_some_and(|top| {
            top.confidence > crate::diagnose::Confidence::Low
                && matches!(
                    top.cause,
                    Cause::Offline
                        | Cause::NetworkBlock
                        | Cause::PartialBlock
                        | Cause::TlsInspection
                        | Cause::SlowNetwork
                        | Cause::IntuitOutage
                        | Cause::ClockSkew
                )
        });
    let cut = if own_only {
        let own = findings.first().map_or(&[][..], |top| tasks_for(top.cause));
        tasks.iter().take_while(|t| own.contains(t)).count().max(1)
    } else {
        tasks.len()
    };
    let more = tasks.split_off(cut.min(FIRST_STEPS));
    Plan { first: tasks, more }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnose::{Confidence, Fault};

    fn f(cause: Cause, confidence: Confidence) -> Finding {
        Finding {
            cause,
            confidence,
            fault: Fault::Unknown,
            message: crate::message::FindingText::Unexplained,
            doubted: false,
            evidence: vec![],
        }
    }

    fn ids(tasks: &[Task]) -> Vec<&'static str> {
        tasks.iter().map(|t| t.id()).collect()
    }

    /// Each verdict gets a short list; clearing data only where stale data may be the cause.
    #[test]
    fn steps_are_trimmed_to_the_verdict() {
        use Confidence::*;
        let f = |cause, confidence| Finding {
            cause,
            confidence,
            fault: Fault::Network,
            message: crate::message::FindingText::Unexplained,
            doubted: false,
            evidence: vec![],
        };
        let clears = |p: &Plan| {
            p.first
                .iter()
                .chain(&p.more)
                .any(|t| matches!(t, Task::ClearIntuitData | Task::ClearAllData))
        };
        for cause in Cause::ALL {
            let p = plan(&[f(cause, High)], None);
            assert!(p.first.len() <= FIRST_STEPS, "{cause:?}: {:?}", p.first);
            assert_eq!(
                clears(&p),
                matches!(
                    cause,
                    Cause::AllClear
                        | Cause::StaleCache
                        | Cause::CannotTest
                        | Cause::ExtensionInterference
                ),
                "{cause:?}"
            );
            if !tasks_for(cause).is_empty() {
                assert_eq!(
                    p.first[0],
                    tasks_for(cause)[0],
                    "{cause:?}: its own fix first"
                );
            }
        }
        // A network verdict's first steps are all about the network.
        let network = plan(&[f(Cause::NetworkBlock, High)], None);
        assert_eq!(
            ids(&network.first),
            ["turn-off-vpn", "allow-intuit-hosts", "try-another-network"]
        );
        assert_eq!(ids(&network.more)[0], "private-window");
        // A wrong clock is fixed by the clock; the browser steps wait.
        let clock = plan(&[f(Cause::ClockSkew, High)], None);
        assert_eq!(ids(&clock.first), ["sync-clock"]);
        assert_eq!(ids(&clock.more)[0], "private-window");
    }

    #[test]
    fn every_cause_but_all_clear_and_the_note_has_a_fix() {
        let no_fix = [Cause::AllClear, Cause::RetiredTestFile];
        for cause in Cause::ALL.into_iter().filter(|c| !no_fix.contains(c)) {
            assert!(!tasks_for(cause).is_empty(), "{cause:?}");
        }
    }

    #[test]
    fn checklists() {
        use Confidence::*;
        let cases: Vec<(Vec<Finding>, Option<Triage>, Vec<&str>)> = vec![
            (
                vec![f(Cause::AllClear, High)],
                None,
                vec![
                    "private-window",
                    "clear-intuit-data",
                    "hard-reload",
                    "try-another-browser",
                ],
            ),
            (
                vec![f(Cause::ClockSkew, High)],
                None,
                vec![
                    "sync-clock",
                    "private-window",
                    "clear-intuit-data",
                    "hard-reload",
                    "try-another-browser",
                ],
            ),
            (
                vec![f(Cause::IntuitOutage, High)],
                None,
                vec!["check-status-page"],
            ),
            (
                vec![f(Cause::IntuitOutage, Low), f(Cause::AllClear, Low)],
                None,
                vec![
                    "check-status-page",
                    "private-window",
                    "clear-intuit-data",
                    "hard-reload",
                    "try-another-browser",
                ],
            ),
            (
                vec![
                    f(Cause::PartialBlock, High),
                    f(Cause::ExtensionInterference, Medium),
                ],
                None,
                vec![
                    "turn-off-vpn",
                    "allow-intuit-hosts",
                    "disable-extensions",
                    "try-another-network",
                    "private-window",
                    "clear-intuit-data",
                    "hard-reload",
                    "try-another-browser",
                ],
            ),
            (
                vec![
                    f(Cause::StaleCache, Medium),
                    f(Cause::ExtensionInterference, Medium),
                ],
                None,
                vec![
                    "hard-reload",
                    "clear-intuit-data",
                    "clear-all-data",
                    "private-window",
                    "disable-extensions",
                    "try-another-browser",
                ],
            ),
            (
                vec![f(Cause::AllClear, High)],
                Some(Triage {
                    product: Some(Product::OnlineDesktopApp),
                    ..Triage::default()
                }),
                vec![
                    "reset-desktop-app-cache",
                    "private-window",
                    "clear-intuit-data",
                    "hard-reload",
                    "try-another-browser",
                ],
            ),
            (
                vec![f(Cause::AllClear, High)],
                Some(Triage {
                    product: Some(Product::Desktop),
                    ..Triage::default()
                }),
                vec![
                    "private-window",
                    "clear-intuit-data",
                    "hard-reload",
                    "try-another-browser",
                    "qbd-update",
                    "qbd-tool-hub-repair",
                    "qbd-enable-tls12",
                    "qbd-firewall-exceptions",
                ],
            ),
        ];
        for (findings, triage, expected) in cases {
            assert_eq!(
                ids(&checklist(&findings, triage.as_ref())),
                expected,
                "{findings:?}"
            );
        }
    }
}
