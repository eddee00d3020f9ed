//! Messages, not sentences. The engine says *what* it found as typed values (an id and its
//! arguments); a language [`Pack`] turns them into words. So a verdict does not depend on the
//! language it is shown in, a report can carry ids a help desk's tools read in any language,
//! and a new language is one file: a `Pack` whose exhaustive `match`es the compiler checks
//! against every message (docs/CONTRIBUTING.md, "A new language").
//!
//! Through packs so far: findings, fix titles and warnings, the page's words around them, watch
//! patterns and the native checker's own words. The page's panels are a table per language
//! beside what they word (`catalogue::instructions::StepWords`, `panel::FactWords`,
//! `watch::WatchWords`, `lookups::LookupWords`, `notice::NoticeTexts` …; docs/ARCHITECTURE.md,
//! "Languages and regions").

mod checker;
mod en;
mod finding;
mod fr_ca;
mod page;

use crate::calendar::Day;
use crate::catalogue::endpoints::Group;
use crate::catalogue::tasks::Task;
use crate::diagnose::{Confidence, Fault};
use crate::watch::Pattern;

pub use checker::Checker;
pub use en::{plural as english_plural, skew as skew_in_english, English};
pub use finding::{BrowserName, Files, FindingText, GroupShare, Groups, Hosts, OutageWord, Shares};
pub use fr_ca::CanadianFrench;
/// For the browser panel's French words (`panel::CANADIAN_FRENCH`).
pub(crate) use fr_ca::{plural as french_plural, skew as french_skew, why as french_why};
pub use page::PageText;

/// A watch pattern in words ([`Pack::pattern`]).
pub struct PatternWords {
    pub headline: &'static str,
    pub explanation: &'static str,
    /// Most likely fix first.
    pub steps: &'static [&'static str],
}

/// One language's words for every message the page draws. Each required method is an exhaustive `match`, so a
/// pack that misses a message, or has one the code no longer makes, does not build.
pub trait Pack: Sync {
    /// The BCP 47 tag of the language, as `<html lang>` and `?lang=` write it.
    fn tag(&self) -> &'static str;
    /// A finding's headline.
    fn finding_title(&self, text: &FindingText) -> &'static str;
    /// A finding's explanation, with its arguments in place.
    fn finding_detail(&self, text: &FindingText) -> String;
    /// Appended to a finding's explanation when the visitor's answers contradict it.
    fn answers_disagree(&self) -> &'static str;
    /// A part of QuickBooks, as the host list names it.
    fn group(&self, group: Group) -> &'static str;
    /// "Chrome 131 on Windows 11".
    fn browser(&self, name: &BrowserName) -> String;
    /// How many of a group's hosts: "1 of 2 hosts".
    fn share(&self, hit: usize, all: usize) -> String;
    /// How sure a finding is: "very likely".
    fn confidence(&self, confidence: Confidence) -> &'static str;
    /// Where the fault lies: "your network".
    fn fault(&self, fault: Fault) -> &'static str;
    /// A fix's title: "Try QuickBooks in a private window".
    fn task(&self, task: Task) -> &'static str;
    /// The page's words around the findings (the headline, the ranked list, the run button,
    /// the progress line, the fix list's frame).
    fn page(&self, text: PageText) -> String;
    /// A fix's warning, for the fixes that have one: "This signs you out of …".
    fn task_warning(&self, task: Task) -> Option<&'static str>;

    /// Parts of QuickBooks by name: "Sign-in, Payments and invoice links".
    fn groups(&self, set: Groups) -> String {
        let mut names = Vec::new();
        for group in Group::ALL {
            if set.has(group) {
                names.push(self.group(group));
            }
        }
        names.join(", ")
    }

    /// The hosts in plain words, by the part of QuickBooks they serve: "Sign-in (1 of 2
    /// hosts), Payments and invoice links (1 of 1 host)". Hostnames are in the host list, the
    /// handout and the report, where an IT person looks for them.
    fn host_list(&self, shares: Shares) -> String {
        let mut parts = Vec::new();
        for group in Group::ALL {
            if let Some(s) = shares.of_group(group) {
                parts.push(format!(
                    "{} ({})",
                    self.group(group),
                    self.share(s.hit, s.all)
                ));
            }
        }
        parts.join(", ")
    }
}

/// The words only the native checker and watch mode say: a pack for the checker is a [`Pack`]
/// and these. Apart, so the page holds none of them but the ones it names: a `dyn Pack` keeps
/// every method of its trait, while the page's watch table names a pattern's words by function
/// (`watch::WatchWords::pattern`) (docs/ARCHITECTURE.md, "Languages and regions").
pub trait CheckerPack: Pack {
    /// A month and year: "November 2026".
    fn month(&self, day: Day) -> String;
    /// The native checker's table's column names: host, outcome, DNS, TCP, TLS, HTTP.
    fn columns(&self) -> [&'static str; 6];
    /// The native checker's own words.
    fn checker(&self, text: Checker) -> String;
    /// What a watch's pattern means: a headline, an explanation and what to do next.
    fn pattern(&self, pattern: Pattern) -> PatternWords;
}

/// Every pack, by tag. The native checker links them all. The page holds English's [`Pack`]
/// and fetches another language's as a part of its own (src/ui/words.rs).
pub const PACKS: [&dyn CheckerPack; 2] = [&English, &CanadianFrench];

/// The pack for a BCP 47 tag (`fr-CA`, `fr`, `en-GB` …) or a POSIX locale (`fr_CA.UTF-8`): an
/// exact tag first, then the language alone, else `None`.
pub fn pack_for(tag: &str) -> Option<&'static dyn CheckerPack> {
    let tag = tag
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .trim()
        .replace('_', "-");
    let tag = tag.as_str();
    let language = |t: &str| t.split('-').next().unwrap_or("").to_ascii_lowercase();
    PACKS
        .iter()
        .find(|p| p.tag().eq_ignore_ascii_case(tag))
        .or_else(|| {
            PACKS
                .iter()
                .find(|p| !tag.is_empty() && language(p.tag()) == language(tag))
        })
        .copied()
}

#[cfg(test)]
mod tests;
