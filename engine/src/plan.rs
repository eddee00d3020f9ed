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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnose::{Confidence, Fault};

    fn f(cause: Cause, confidence: Confidence) -> Finding {
        Finding {
            cause,
            confidence,
            fault: Fault::Unknown,
            title: String::new(),
            detail: String::new(),
            evidence: vec![],
        }
    }

    fn ids(tasks: &[Task]) -> Vec<&'static str> {
        tasks.iter().map(|t| t.id()).collect()
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
