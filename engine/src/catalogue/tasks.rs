//! The fixes this page can walk someone through. Ids are the `data-step` values of the page's contract (docs/ARCHITECTURE.md).

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Task {
    CheckConnection,
    CheckStatusPage,
    SyncClock,
    UpdateBrowser,
    TryAnotherBrowser,
    AllowCookies,
    PrivateWindow,
    ClearIntuitData,
    HardReload,
    DisableExtensions,
    ClearAllData,
    TurnOffVpn,
    TryAnotherNetwork,
    AllowIntuitHosts,
    ResetDesktopAppCache,
    QbdUpdate,
    QbdToolHubRepair,
    QbdEnableTls12,
    QbdFirewallExceptions,
}

impl Task {
    /// Tasks done in a browser, whose steps differ by browser and OS.
    pub const BROWSER: [Task; 8] = [
        Task::PrivateWindow,
        Task::ClearIntuitData,
        Task::HardReload,
        Task::ClearAllData,
        Task::DisableExtensions,
        Task::UpdateBrowser,
        Task::AllowCookies,
        Task::TryAnotherBrowser,
    ];
    /// Tasks whose steps depend on the OS or on nothing.
    pub const GENERAL: [Task; 6] = [
        Task::SyncClock,
        Task::CheckConnection,
        Task::CheckStatusPage,
        Task::TurnOffVpn,
        Task::TryAnotherNetwork,
        Task::AllowIntuitHosts,
    ];
    /// QuickBooks Desktop (the Windows program), which this page cannot test.
    pub const DESKTOP: [Task; 4] = [
        Task::QbdUpdate,
        Task::QbdToolHubRepair,
        Task::QbdEnableTls12,
        Task::QbdFirewallExceptions,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Task::CheckConnection => "check-connection",
            Task::CheckStatusPage => "check-status-page",
            Task::SyncClock => "sync-clock",
            Task::UpdateBrowser => "update-browser",
            Task::TryAnotherBrowser => "try-another-browser",
            Task::AllowCookies => "allow-cookies",
            Task::PrivateWindow => "private-window",
            Task::ClearIntuitData => "clear-intuit-data",
            Task::HardReload => "hard-reload",
            Task::DisableExtensions => "disable-extensions",
            Task::ClearAllData => "clear-all-data",
            Task::TurnOffVpn => "turn-off-vpn",
            Task::TryAnotherNetwork => "try-another-network",
            Task::AllowIntuitHosts => "allow-intuit-hosts",
            Task::ResetDesktopAppCache => "reset-desktop-app-cache",
            Task::QbdUpdate => "qbd-update",
            Task::QbdToolHubRepair => "qbd-tool-hub-repair",
            Task::QbdEnableTls12 => "qbd-enable-tls12",
            Task::QbdFirewallExceptions => "qbd-firewall-exceptions",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Task::CheckConnection => "Check this device's internet connection",
            Task::CheckStatusPage => "Check Intuit's status page and wait for the fix",
            Task::SyncClock => "Set the clock to update automatically",
            Task::UpdateBrowser => "Update the browser",
            Task::TryAnotherBrowser => "Try another supported browser",
            Task::AllowCookies => "Allow cookies for intuit.com",
            Task::PrivateWindow => "Try QuickBooks in a private window",
            Task::ClearIntuitData => "Clear this browser's data for intuit.com only",
            Task::HardReload => "Reload QuickBooks without the cache",
            Task::DisableExtensions => "Turn off extensions and try again",
            Task::ClearAllData => "Clear all cached files and cookies",
            Task::TurnOffVpn => "Turn off a VPN or proxy and try again",
            Task::TryAnotherNetwork => "Try another network",
            Task::AllowIntuitHosts => "Allow Intuit's hosts in the firewall, proxy or antivirus",
            Task::ResetDesktopAppCache => "Reset the QuickBooks Online desktop app",
            Task::QbdUpdate => "Update QuickBooks Desktop",
            Task::QbdToolHubRepair => "Repair QuickBooks Desktop with the Tool Hub",
            Task::QbdEnableTls12 => "Turn on TLS 1.2 in Windows' Internet Options",
            Task::QbdFirewallExceptions => {
                "Add QuickBooks to the firewall and antivirus exceptions"
            }
        }
    }

    /// Said before the steps, where a step has a cost the user should know about.
    pub fn warning(self) -> Option<&'static str> {
        match self {
            Task::ClearIntuitData => Some("This signs you out of every Intuit product in this browser (QuickBooks, TurboTax, Mailchimp and others). Have your password at hand."),
            Task::ClearAllData => Some("This signs you out of every website in this browser, not only Intuit's. Try clearing intuit.com's data first."),
            Task::AllowIntuitHosts => Some("Only change security settings you manage yourself; otherwise send the IT handout below to whoever does."),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique() {
        let all: Vec<Task> = Task::BROWSER
            .iter()
            .chain(&Task::GENERAL)
            .chain(&Task::DESKTOP)
            .copied()
            .collect();
        let ids: std::collections::HashSet<_> = all.iter().map(|t| t.id()).collect();
        assert_eq!(ids.len(), all.len());
    }
}
