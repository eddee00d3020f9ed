//! What the native checker (cli/) says around the findings: its table, its verdict lines, its
//! progress and the findings only it can make. Here, beside the findings' words, so that a
//! language is one file for the page and the checker alike.

use crate::calendar::Day;
use crate::diagnose::{Confidence, Fault};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Checker<'a> {
    /// "Verdict: {title} ({confidence}; where: {fault})".
    Verdict {
        title: &'a str,
        confidence: Confidence,
        fault: Fault,
    },
    /// "Also: {title} ({confidence})".
    Also {
        title: &'a str,
        confidence: Confidence,
    },
    WhatToDo,
    /// Heads a note such as [`Checker::TrustStoreInPart`].
    Note,
    /// Some certificates of this machine's trust store could not be read.
    TrustStoreInPart {
        errors: usize,
    },
    HelpDeskCode {
        code: &'a str,
    },
    ReportLink {
        link: &'a str,
    },
    /// When the catalogues were checked and this checker built.
    Dates {
        checked: Day,
        built: Day,
    },
    /// A TLS version and whose certificate: the machine's own (inspected) or a public one.
    TlsInspected {
        version: &'a str,
    },
    TlsPublic {
        version: &'a str,
    },
    TlsFailed,
    /// An HTTP status and how long it took.
    HttpIn {
        status: u16,
        ms: u64,
    },
    /// Progress on a terminal.
    Progress {
        done: usize,
        total: usize,
    },
    /// Progress, a line per host, when the output is not a terminal.
    HostChecked {
        host: &'a str,
        outcome: &'a str,
    },
    /// The steps for TLS inspection: exempt these hosts, or the domains, then check again.
    ExemptHosts {
        hosts: &'a str,
    },
    ExemptDomains,
    CheckAgain,
    /// `qbo-check watch`: one line per round, with the ids of its verdict and of the pattern so
    /// far, and the hosts that failed (empty: none).
    Round {
        round: u32,
        answered: usize,
        total: usize,
        verdict: &'a str,
        pattern: &'a str,
        failed: &'a str,
    },
    /// Exact server errors a browser could not see.
    ServerErrorsTitle,
    ServerErrorsDetail {
        hosts: &'a str,
    },
    /// Added to the TLS inspection finding: the issuer's name (`None`: unnamed), on every host
    /// (`every`, how many) or on some, named.
    Issuer {
        issuer: Option<&'a str>,
        every: Option<usize>,
        hosts: &'a str,
    },
}
