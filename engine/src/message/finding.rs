//! What a finding says, as data: one variant per explanation the rules can give, with the
//! measured values as typed fields. The ids (`serde` tags) are the JSON report's
//! `findings[].message.id` and never change meaning (docs/FORMATS.md).

use serde::Serialize;

use crate::browser::{Detection, Family, Os, OsDetail};
use crate::catalogue::endpoints::{Group, ENDPOINTS};
use crate::diagnose::Confidence;
use crate::status_page::Indicator;

/// How many of a group's hosts a finding is about, as a report lists it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct GroupShare {
    pub group: Group,
    pub hit: usize,
    pub all: usize,
}

// The sets below are read with plain loops, not iterator chains: every chain is a function of
// its own in the page's first load, which carries the English pack.

/// How many hosts of each part of QuickBooks, in [`Group::ALL`]'s order. Plain numbers, so a
/// message stays `Copy`: findings are cloned and compared on every draw of the page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Shares([u8; Group::ALL.len()]);

impl Shares {
    /// Counts one more host of `group`.
    pub fn add(&mut self, group: Group) {
        if let Some(hit) = self.0.get_mut(group as usize) {
            *hit = hit.saturating_add(1);
        }
    }

    /// How many of the group's hosts, and of the catalogue's; `None` for none.
    pub fn of_group(self, group: Group) -> Option<GroupShare> {
        let hit = usize::from(self.0.get(group as usize).copied().unwrap_or(0));
        let mut all = 0;
        for endpoint in ENDPOINTS {
            all += usize::from(endpoint.group == group);
        }
        (hit > 0).then_some(GroupShare { group, hit, all })
    }

    pub fn is_empty(self) -> bool {
        self.0 == [0; Group::ALL.len()]
    }
}

impl Serialize for Shares {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(Group::ALL.into_iter().filter_map(|g| self.of_group(g)))
    }
}

/// A set of parts of QuickBooks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Groups(u8);

impl Groups {
    pub fn of(groups: impl IntoIterator<Item = Group>) -> Self {
        let mut set = 0;
        for group in groups {
            set |= 1 << (group as u8);
        }
        Groups(set)
    }

    pub fn has(self, group: Group) -> bool {
        self.0 & (1 << (group as u8)) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl Serialize for Groups {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(Group::ALL.into_iter().filter(|g| self.has(*g)))
    }
}

/// A set of catalogue hosts, by their place in [`ENDPOINTS`] (a test proves there are at most
/// 32). A report lists their ids.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Hosts(u32);

impl Hosts {
    pub fn of(ids: &[&str]) -> Self {
        let mut set = Hosts::default();
        for id in ids {
            set.add(id);
        }
        set
    }

    pub fn add(&mut self, id: &str) {
        for (i, endpoint) in ENDPOINTS.iter().enumerate() {
            if endpoint.id == id && i < 32 {
                self.0 |= 1 << i;
            }
        }
    }

    fn has(self, i: usize) -> bool {
        i < 32 && self.0 & (1 << i) != 0
    }

    /// The hosts' names ("a.intuit.com, b.intuit.com") or, with `ids`, their catalogue ids.
    pub fn join(self, ids: bool) -> String {
        let mut names = Vec::new();
        for (i, endpoint) in ENDPOINTS.iter().enumerate() {
            if self.has(i) {
                names.push(if ids { endpoint.id } else { endpoint.host });
            }
        }
        names.join(", ")
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl Serialize for Hosts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(
            ENDPOINTS
                .iter()
                .enumerate()
                .filter(|(i, _)| self.has(*i))
                .map(|(_, e)| e.id),
        )
    }
}

/// Test files, each a catalogue host and which of its (at most two) test images.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Files {
    pub first: Hosts,
    pub second: Hosts,
}

impl Files {
    /// Adds a host's first (0) or second (1) test image.
    pub fn add(&mut self, id: &str, image: usize) {
        match image {
            0 => self.first.add(id),
            _ => self.second.add(id),
        }
    }

    /// Each file as (hostname, address), in the catalogue's order of hosts.
    pub fn pairs(self) -> Vec<(&'static str, &'static str)> {
        let mut files = Vec::new();
        for (i, endpoint) in ENDPOINTS.iter().enumerate() {
            for (set, n) in [(self.first, 0), (self.second, 1)] {
                if let (true, Some(image)) = (set.has(i), endpoint.image_at(n)) {
                    files.push((endpoint.host, image.url));
                }
            }
        }
        files
    }

    /// Each file as "host (address)".
    pub fn list(self) -> Vec<String> {
        let mut files = Vec::new();
        for (host, url) in self.pairs() {
            files.push(format!("{host} ({url})"));
        }
        files
    }
}

impl Serialize for Files {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.pairs())
    }
}

/// A browser as a finding names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct BrowserName {
    pub family: Family,
    pub major: Option<u32>,
    pub os: Os,
    pub os_detail: Option<OsDetail>,
}

impl BrowserName {
    pub fn of(detection: &Detection) -> Self {
        BrowserName {
            family: detection.family,
            major: detection.major,
            os: detection.os,
            os_detail: detection.os_detail,
        }
    }
}

/// Where word of an Intuit problem came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutageWord {
    /// Intuit's status page reports an incident.
    Incident,
    /// Intuit's status page reports no problem.
    StatusClear,
    /// The status page could not be read.
    Unconfirmed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "id", content = "args", rename_all = "kebab-case")]
pub enum FindingText {
    RedirectedAway {
        hosts: Shares,
    },
    TlsInspection {
        hosts: u32,
        /// The inspecting product, where the catalogue recognised its certificate issuer.
        product: Option<&'static str>,
    },
    Offline,
    NetworkBlock {
        all_timed_out: bool,
        clock_wrong: bool,
    },
    OneHostUnreachable {
        hosts: Shares,
        clock_wrong: bool,
    },
    SomeHostsBlocked {
        hosts: Shares,
        /// Groups in which nothing answered.
        dead: Groups,
        clock_wrong: bool,
    },
    IntuitOutage {
        confidence: Confidence,
        word: OutageWord,
        /// Hosts that answered with an error instead of a test file.
        errors: Shares,
    },
    AnsweredForIntuit {
        whole_network: bool,
        hosts: Shares,
        /// Safari's engine, where a filter's refusal looks like an error from the host.
        webkit: bool,
        status_answered: bool,
        clock_wrong: bool,
    },
    SlowNetwork {
        slow: usize,
        answered: usize,
        after_s: u32,
        hosts: Shares,
    },
    NotRun {
        hosts: Hosts,
    },
    NothingTested,
    OwnServerSilent,
    ImagesMoved,
    RetiredTestFile {
        files: Files,
        /// The list of test files was checked more than six months ago.
        list_stale: bool,
    },
    AllClear {
        status: Option<Indicator>,
        /// Hosts on which a browser cannot see an error page.
        blind_hosts: usize,
    },
    Unexplained,
    BrowserUnsupported {
        browser: BrowserName,
    },
    BrowserOutdated {
        browser: BrowserName,
        /// The version behind is Chromium's, under a browser built on it.
        chromium: bool,
        behind: u32,
        current: u32,
    },
    BrowserNotListed {
        browser: BrowserName,
    },
    CookiesBlocked,
    StorageBlocked,
    ClockWrong {
        /// Positive when the device is behind the server.
        skew_ms: i64,
        within_s: u32,
    },
    StaleBuild,
    CrowdedStorage,
    Extension {
        bait_blocked: bool,
        filtered: Hosts,
        failed: Hosts,
    },
    SlowLink,
    PrivateWindowWorks,
    OtherNetworkWorks,
    AccessDenied,
    PaymentError,
    SignInLoop,
    BlankPage,
    FeelsSlow,
    DesktopNotTestable,
}
