//! The page's own words around the findings: the headline's lines and the ranked list's
//! labels. The first family of the page's words drawn through a pack; the rest of the page is
//! still English (docs/ARCHITECTURE.md, "Languages and regions").

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
