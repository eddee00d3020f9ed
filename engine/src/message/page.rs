//! The page's own words around the findings: the headline's lines, the ranked list's labels,
//! the run button and progress line, a shared report's banner, the fix list's frame, the share
//! section, the host list and Intuit's status. The families of the page's words drawn through
//! a pack so far; the rest of the page is still English (docs/ARCHITECTURE.md, "Languages and
//! regions").

use crate::diagnose::{Confidence, Fault};
use crate::outcome::{Outcome, RowNote};
use crate::status_page::StatusState;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageText {
    /// "Where the problem most likely is: your network".
    Place {
        confidence: Confidence,
        fault: Fault,
    },
    /// The headline's place when every host answered and nothing was wrong.
    NoProblem,
    /// The headline's place when the test could not tell.
    Unplaced,
    /// The three hops of the headline's picture: device, network, Intuit.
    HopDevice,
    HopNetwork,
    HopIntuit,
    /// Before the quoted incident of Intuit's status page.
    StatusSays,
    /// " Confidence: very likely."
    ConfidenceIs(Confidence),
    /// " — very likely, your network", after a finding's title in the ranked list.
    FindingTag {
        confidence: Confidence,
        fault: Fault,
    },
    /// The ranked list's heading.
    WhyThisVerdict,
    /// " (3 findings)", beside the heading.
    FindingCount(usize),
    /// The run button: before a run, during one, after a shared report, after a run.
    RunIdle,
    RunRunning,
    RunFresh,
    RunAgain,
    /// The results region's name, and a shared report's.
    Results,
    SharedReport,
    /// "Shared report from " before its date.
    SharedFrom,
    /// What a shared report is, after its title.
    SharedNote,
    /// The progress line before a run (the deadline in seconds), during it, after it.
    ProgressIdle {
        seconds: u32,
    },
    ProgressRunning {
        done: usize,
        total: usize,
    },
    ProgressDone {
        total: usize,
    },
    /// The fix list: its heading, "For Chrome on Windows." around the names, the selector's
    /// labels, a step's fold, its actions, the fold of further steps.
    WhatToDo,
    ForProfile,
    StepsOn,
    StepsFor,
    Change,
    How,
    CopyForIt,
    OpenStatusPage,
    MoreSteps,
    /// The share section: its heading, the link's label and button, what is not uploaded, the
    /// fold of more ways, the summary's, the code's and the report file's labels and buttons.
    ShareTitle,
    ShareLink,
    CopyLink,
    NothingUploaded,
    MoreWays,
    ShareSummary,
    CopySummary,
    OwnCode,
    CopyCode,
    ReportFile,
    DownloadReport,
    /// A copy button's label when it names no more than that, and what it says after a click.
    Copy,
    Copied,
    CopyFailed,
    /// The host list's folded line: "11 of 12 Intuit hosts answered".
    HostsAnswered {
        answered: usize,
        total: usize,
    },
    /// The same line before any host was tested: "12 Intuit hosts, tested when the check
    /// runs". Never "0 of 12 answered", which would say something was measured.
    HostsNotYet {
        total: usize,
    },
    /// A fold's button: " Show".
    Show,
    /// What a host's row says: "Reachable"; a host whose error pages a browser cannot see
    /// never gets a plain "Reachable" (`Outcome::row_label`).
    RowOutcome {
        outcome: Outcome,
        sees_server_errors: bool,
    },
    /// "Answered with HTTP 503", where the status page's error could be read.
    RowHttp(u16),
    /// A row being tested.
    RowTesting,
    /// Why a row's outcome alone would mislead.
    RowNote(RowNote),
    /// What a catalogue host does for QuickBooks, by its place in `catalogue::ENDPOINTS`.
    HostWhy(usize),
    /// The status fold's heading: "Intuit's status: ", or "then" in a shared report.
    StatusHeading {
        shared: bool,
    },
    /// Its few words: "no problems", "could not be read".
    StatusBrief(StatusState),
    /// Before a run: "read when the check runs"; during: "reading…".
    StatusNotYet {
        running: bool,
    },
    /// This page's sentence about the status page: "Intuit's status page reports …".
    StatusHeadline(StatusState),
    /// Before it in a shared report: "At the time of the check: ".
    AtTheTime,
    /// The status fold's name for screen readers, and the quotes' source.
    StatusPageName,
    StatusQuotedFrom,
    /// The browser fold's heading, "Your browser: ", and its name for screen readers.
    YourBrowser,
    YourBrowserName,
    /// Where no browser was recognised.
    UnknownBrowser,
    /// The lookups' fold: its heading and name, what it offers, its button (while it opens,
    /// and after it could not), the note beside the button, and the saved report's label.
    LookupsTitle,
    LookupsName,
    LookupsWhat,
    LookupsOpen {
        opening: bool,
    },
    LookupsLater,
    LookupsFailed,
    OpenReport,
    /// The footer: "hosts checked November 2026", and Intuit's trademark.
    HostsChecked(crate::calendar::Day),
    Trademark,
    /// The fix list's choice of browser and system: Edge's row for "phones", and a system not
    /// recognised, "Other".
    Phones,
    OtherSystem,
    /// Watch mode's fold: its heading (read-only in a shared report), and when it helps.
    WatchTitle {
        shared: bool,
    },
    WatchWhen,
    /// The headings of the handout for IT, the triage questions and this device's history;
    /// their contents are worded by tables of their own (`handout`, `triage`, `history`).
    HandoutTitle,
    TriageTitle,
    HistoryTitle,
    /// Before a help desk's ticket tag: "Help-desk ticket ".
    Ticket,
    /// The report file's download: started, refused by the browser, or its part missing.
    Downloaded,
    DownloadRefused,
    DownloadPartMissing,
    /// The plain steps shown when the detailed ones could not load: why, and Intuit's help.
    StepsDidNotLoad,
    OwnHelp,
    Support,
}

impl PageText {
    /// One of each, for the packs' tests.
    #[cfg(test)]
    pub(crate) fn examples() -> Vec<PageText> {
        let mut all = vec![
            PageText::NoProblem,
            PageText::Unplaced,
            PageText::HopDevice,
            PageText::HopNetwork,
            PageText::HopIntuit,
            PageText::StatusSays,
            PageText::WhyThisVerdict,
            PageText::FindingCount(0),
            PageText::FindingCount(1),
            PageText::FindingCount(2),
            PageText::RunIdle,
            PageText::RunRunning,
            PageText::RunFresh,
            PageText::RunAgain,
            PageText::Results,
            PageText::SharedReport,
            PageText::SharedFrom,
            PageText::SharedNote,
            PageText::ProgressIdle { seconds: 8 },
            PageText::ProgressRunning { done: 0, total: 12 },
            PageText::ProgressRunning { done: 1, total: 12 },
            PageText::ProgressDone { total: 12 },
            PageText::WhatToDo,
            PageText::ForProfile,
            PageText::StepsOn,
            PageText::StepsFor,
            PageText::Change,
            PageText::How,
            PageText::CopyForIt,
            PageText::OpenStatusPage,
            PageText::MoreSteps,
            PageText::ShareTitle,
            PageText::ShareLink,
            PageText::CopyLink,
            PageText::NothingUploaded,
            PageText::MoreWays,
            PageText::ShareSummary,
            PageText::CopySummary,
            PageText::OwnCode,
            PageText::CopyCode,
            PageText::ReportFile,
            PageText::DownloadReport,
            PageText::Copy,
            PageText::Copied,
            PageText::CopyFailed,
            PageText::HostsAnswered {
                answered: 11,
                total: 12,
            },
            PageText::HostsAnswered {
                answered: 1,
                total: 12,
            },
            PageText::HostsNotYet { total: 12 },
            PageText::Show,
            PageText::RowHttp(503),
            PageText::RowTesting,
            PageText::StatusHeading { shared: false },
            PageText::StatusHeading { shared: true },
            PageText::StatusNotYet { running: false },
            PageText::StatusNotYet { running: true },
            PageText::AtTheTime,
            PageText::StatusPageName,
            PageText::StatusQuotedFrom,
            PageText::YourBrowser,
            PageText::YourBrowserName,
            PageText::UnknownBrowser,
            PageText::LookupsTitle,
            PageText::LookupsName,
            PageText::LookupsWhat,
            PageText::LookupsOpen { opening: false },
            PageText::LookupsOpen { opening: true },
            PageText::LookupsLater,
            PageText::LookupsFailed,
            PageText::OpenReport,
            PageText::HostsChecked(crate::calendar::CHECKED),
            PageText::Trademark,
            PageText::Phones,
            PageText::OtherSystem,
            PageText::WatchTitle { shared: false },
            PageText::WatchTitle { shared: true },
            PageText::WatchWhen,
            PageText::HandoutTitle,
            PageText::TriageTitle,
            PageText::HistoryTitle,
            PageText::Ticket,
            PageText::Downloaded,
            PageText::DownloadRefused,
            PageText::DownloadPartMissing,
            PageText::StepsDidNotLoad,
            PageText::OwnHelp,
            PageText::Support,
        ];
        for outcome in Outcome::ALL {
            for sees_server_errors in [false, true] {
                all.push(PageText::RowOutcome {
                    outcome,
                    sees_server_errors,
                });
            }
        }
        all.extend(RowNote::ALL.map(PageText::RowNote));
        all.extend((0..crate::catalogue::ENDPOINTS.len()).map(PageText::HostWhy));
        for state in StatusState::examples() {
            all.push(PageText::StatusBrief(state));
            all.push(PageText::StatusHeadline(state));
        }
        for confidence in [Confidence::Low, Confidence::Medium, Confidence::High] {
            all.push(PageText::ConfidenceIs(confidence));
            for fault in [Fault::Device, Fault::Network, Fault::Intuit] {
                all.push(PageText::Place { confidence, fault });
                all.push(PageText::FindingTag { confidence, fault });
            }
        }
        all
    }
}
