//! The lookups in words: what an error code means, and what a help-desk code says. Their words
//! are data ([`LookupWords`]), as the panels' are (`crate::panel`), so a language's words for
//! them are a part of their own that only a visit shown in that language fetches, when it
//! opens the lookups (docs/ARCHITECTURE.md, "Languages and regions").
//!
//! The codes' names ("Bad Gateway", "ERROR_INTERNET_TIMEOUT") and their sources stay as the
//! server, Windows or the document gives them, in every language: a person compares them with
//! what the screen shows.

use crate::catalogue::error_codes::{ErrorCode, ERROR_CODES, ERROR_CODE_COUNT};
use crate::diagnose::Cause;
use crate::message::{BrowserName, Pack, PageText};
use crate::share::code::{CodeError, CodeFacts};
use crate::status_page::Indicator;
use crate::template::put;

pub(crate) mod fr_ca;
pub use fr_ca::CANADIAN_FRENCH;

crate::template::texts! {
    /// The lookups' fixed texts in one language. Placeholders in braces are filled in.
    pub struct LookupTexts {
        error_title,
        error_label,
        /// `{causes}`: what a code usually points to.
        usually,
        /// Before the link to Intuit's help, for a code this page does not know.
        unknown,
        support,
        /// A code before its name: `{code}`.
        code_name,
        /// Before a meaning's source, which is quoted as it is.
        source,
        code_title,
        code_label,
        read_code,
        /// `{cause}`, `{confidence}`.
        top_cause,
        /// `{browser}`: "Chrome on Windows".
        browser,
        status_not_read,
        /// `{state}`: one of the `status_` texts below.
        status,
        status_none,
        status_maintenance,
        status_minor,
        status_major,
        status_critical,
        status_unknown,
        /// `{host}`, `{outcome}`.
        host_outcome,
        clock_wrong,
        cookies_blocked,
        stale_page,
        blocker_seen,
        /// Why a typed code was refused ([`CodeError`]).
        code_empty,
        code_not_ours,
        code_newer,
        code_short,
        code_long,
        code_letter,
        code_check,
        code_not_real,
    }
}

/// One language's words for the lookups.
pub struct LookupWords {
    pub texts: LookupTexts,
    /// Each code's meaning, in the catalogue's order; `None` for the catalogue's own (English).
    pub meanings: Option<&'static [&'static str; ERROR_CODE_COUNT]>,
    /// What a code usually points to: "a slow connection".
    pub cause: fn(Cause) -> &'static str,
}

/// The lookups in English.
pub static ENGLISH: LookupWords = LookupWords {
    texts: LookupTexts {
        error_title: "What does an error code mean?",
        error_label: "Code or message QuickBooks showed (for example 502, 12007, Access Denied)",
        usually: "Usually points to: {causes}.",
        unknown: "This page does not know that code, and will not guess its meaning. Look it up in QuickBooks' own help: ",
        support: "QuickBooks Support",
        code_name: "{code}: ",
        source: "Source: ",
        code_title: "Got a help-desk code?",
        code_label: "Paste or type a code such as QBC2-…",
        read_code: "Read the code",
        top_cause: "Top cause: {cause} ({confidence}).",
        browser: "Browser: {browser}.",
        status_not_read: "Intuit's status page: not read.",
        status: "Intuit's status page: {state}.",
        status_none: "no problems",
        status_maintenance: "maintenance",
        status_minor: "minor problem",
        status_major: "major outage",
        status_critical: "critical outage",
        status_unknown: "unknown state",
        host_outcome: "{host}: {outcome}",
        clock_wrong: "The device clock was wrong.",
        cookies_blocked: "Cookies were blocked.",
        stale_page: "The page came from a stale cache.",
        blocker_seen: "A content blocker was active.",
        code_empty: "Paste or type a code first.",
        code_not_ours: "This is not a qbo-check code: such a code starts with QBC.",
        code_newer: "This code was made by a newer version of qbo-check. Reload the page to get the newest version.",
        code_short: "This code is cut short. Check that no character is missing.",
        code_long: "This code is too long. Check each character again.",
        code_letter: "This code has a letter that qbo-check codes never use. Check each character again.",
        code_check: "A character of this code is wrong; check each one again.",
        code_not_real: "This code does not describe a real result. Check each character again.",
    },
    meanings: None,
    cause: Cause::words,
};

impl LookupWords {
    /// Why a typed code was refused.
    pub fn refusal(&self, error: CodeError) -> &'static str {
        let t = &self.texts;
        match error {
            CodeError::Empty => t.code_empty,
            CodeError::NotOurs => t.code_not_ours,
            CodeError::Newer => t.code_newer,
            CodeError::Short => t.code_short,
            CodeError::Long => t.code_long,
            CodeError::Letter => t.code_letter,
            CodeError::Check => t.code_check,
            CodeError::NotReal => t.code_not_real,
        }
    }

    /// What a code means, in this language.
    pub fn meaning(&self, code: &ErrorCode) -> &'static str {
        let at = ERROR_CODES.iter().position(|e| core::ptr::eq(e, code));
        match (self.meanings, at) {
            (Some(meanings), Some(i)) => meanings[i],
            _ => code.meaning,
        }
    }

    /// "Usually points to: a slow connection; a network blocking Intuit."
    pub fn usually(&self, code: &ErrorCode) -> String {
        let causes: Vec<&str> = code.causes.iter().map(|c| (self.cause)(*c)).collect();
        put(self.texts.usually, "{causes}", &causes.join("; "))
    }

    /// A help-desk code, expanded into lines a person can read.
    pub fn code_lines(&self, pack: &dyn Pack, facts: &CodeFacts) -> Vec<String> {
        let t = &self.texts;
        let browser = pack.browser(&BrowserName {
            family: facts.family,
            major: None,
            os: facts.os,
            os_detail: None,
        });
        let mut out = vec![
            put(
                &put(t.top_cause, "{cause}", (self.cause)(facts.cause)),
                "{confidence}",
                pack.confidence(facts.confidence),
            ),
            put(t.browser, "{browser}", &browser),
            match facts.status {
                None => t.status_not_read.to_string(),
                Some(indicator) => put(
                    t.status,
                    "{state}",
                    match indicator {
                        Indicator::None => t.status_none,
                        Indicator::Maintenance => t.status_maintenance,
                        Indicator::Minor => t.status_minor,
                        Indicator::Major => t.status_major,
                        Indicator::Critical => t.status_critical,
                        Indicator::Unknown => t.status_unknown,
                    },
                ),
            },
        ];
        for (id, outcome) in &facts.outcomes {
            let host = crate::catalogue::endpoints::endpoint(id).map_or(*id, |e| e.host);
            // As the host list says it; a code does not say whether errors were visible.
            let outcome = pack.page(PageText::RowOutcome {
                outcome: *outcome,
                sees_server_errors: true,
            });
            out.push(put(
                &put(t.host_outcome, "{host}", host),
                "{outcome}",
                &outcome,
            ));
        }
        for (flag, text) in [
            (facts.clock_wrong, t.clock_wrong),
            (facts.cookies_blocked, t.cookies_blocked),
            (facts.stale_page, t.stale_page),
            (facts.blocker_seen, t.blocker_seen),
        ] {
            if flag {
                out.push(text.into());
            }
        }
        out
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::browser::{Family, Os};
    use crate::diagnose::Confidence;
    use crate::message::English;
    use crate::outcome::Outcome;

    /// A help-desk code's facts with every line there is.
    pub(crate) fn every_line(status: Option<Indicator>) -> CodeFacts {
        CodeFacts {
            cause: Cause::PartialBlock,
            confidence: Confidence::High,
            outcomes: vec![
                ("accounts", Outcome::Ok),
                ("payments-connect", Outcome::Unreachable),
            ],
            family: Family::Chrome,
            os: Os::Windows,
            status,
            clock_wrong: true,
            cookies_blocked: true,
            stale_page: true,
            blocker_seen: true,
        }
    }

    #[test]
    fn a_help_desk_code_in_english() {
        assert_eq!(
            ENGLISH.code_lines(&English, &every_line(Some(Indicator::Minor))),
            [
                "Top cause: a firewall, proxy, VPN or filter (very likely).",
                "Browser: Chrome on Windows.",
                "Intuit's status page: minor problem.",
                "accounts.intuit.com: Reachable",
                "connect.intuit.com: Unreachable",
                "The device clock was wrong.",
                "Cookies were blocked.",
                "The page came from a stale cache.",
                "A content blocker was active.",
            ]
        );
        let unread = ENGLISH.code_lines(&English, &every_line(None));
        assert_eq!(unread[2], "Intuit's status page: not read.");
    }

    #[test]
    fn an_error_code_in_english_is_the_catalogue_s() {
        assert!(ENGLISH.meanings.is_none());
        let timeout = crate::catalogue::error_codes::lookup("12002").unwrap();
        assert_eq!(
            ENGLISH.usually(timeout),
            "Usually points to: a slow connection; a network blocking Intuit."
        );
    }
}
