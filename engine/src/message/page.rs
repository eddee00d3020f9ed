//! The page's own words around the findings: the headline's lines, the ranked list's labels,
//! the run button and progress line, a shared report's banner, the fix list's frame and the
//! share section. The
//! families of the page's words drawn through a pack so far; the rest of the page is still
//! English (docs/ARCHITECTURE.md, "Languages and regions").

use crate::diagnose::{Confidence, Fault};

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
        ];
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
