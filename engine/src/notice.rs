//! What the page says when it cannot use what it was given, or cannot go on: a shared link, a
//! ticket tag or a saved report file it refuses, a part of the page that did not load, a crash.
//! The engine and the page keep ids ([`Notice`], [`DecodeError`], [`TicketError`],
//! [`ReportFileError`]); these tables word them when drawn, so a language that arrives later,
//! or a switch of language, words them again. None of them quotes what was refused.
//!
//! Two tables, because they are drawn by different parts of the page: [`NoticeTexts`] by the
//! first part and the follow-up part (a run may need them), [`FileTexts`] only by the extras,
//! which read report files (docs/ARCHITECTURE.md, "Languages and regions").

mod fr_ca;

pub use fr_ca::{CANADIAN_FRENCH, CANADIAN_FRENCH_FILES};

use crate::report_file::ReportFileError;
use crate::share::DecodeError;
use crate::template::put;
use crate::ticket::TicketError;

/// A notice the page shows in place of, or above, a result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A shared link that did not open.
    Link(DecodeError),
    /// A shared link whose result opened but whose ticket tag section the full reader refused
    /// (a tag that breaks the rule, too long, twice): the result shows without it.
    TicketLeftOut,
    /// The part of the page that reads shared reports could not be fetched.
    PartMissing,
    /// The probes' part could not be fetched, so the check did not start.
    ProbesMissing,
    /// The first part's hand-over could not be read: a bug of this page.
    HandoverBug,
}

crate::template::texts! {
    /// The notices' texts in one language.
    pub struct NoticeTexts {
        link_empty,
        link_not_ours,
        link_newer,
        link_too_long,
        link_cut,
        link_damaged,
        ticket_left_out,
        part_missing,
        probes_missing,
        handover_bug,
        /// A refused `?ticket=`: `{why}` is one of the `ticket_` reasons.
        ticket,
        ticket_empty,
        ticket_too_long,
        ticket_character,
        ticket_phone,
        /// The crash page: what to do meanwhile.
        crash,
        /// Before the crash's detail, which stays as the program wrote it.
        technical_detail,
    }
}

impl NoticeTexts {
    /// A notice's one sentence.
    pub fn say(&self, notice: Notice) -> &'static str {
        match notice {
            Notice::Link(error) => self.link(error),
            Notice::TicketLeftOut => self.ticket_left_out,
            Notice::PartMissing => self.part_missing,
            Notice::ProbesMissing => self.probes_missing,
            Notice::HandoverBug => self.handover_bug,
        }
    }

    /// Why a link did not open. A damaged link is one sentence whatever the damage: which
    /// check refused it helps no one who holds it.
    pub fn link(&self, error: DecodeError) -> &'static str {
        match error {
            DecodeError::Empty => self.link_empty,
            DecodeError::NotOurs => self.link_not_ours,
            DecodeError::FutureVersion(_) => self.link_newer,
            DecodeError::TooLong => self.link_too_long,
            DecodeError::Truncated => self.link_cut,
            DecodeError::Malformed(_) => self.link_damaged,
            // An older link needs the extras' reader: it is refused only when they did not load.
            DecodeError::OlderFormat => self.part_missing,
        }
    }

    /// Why the address's ticket tag was not used.
    pub fn ticket(&self, error: TicketError) -> String {
        let why = match error {
            TicketError::Empty => self.ticket_empty,
            TicketError::TooLong => self.ticket_too_long,
            TicketError::Character => self.ticket_character,
            TicketError::PhoneLike => self.ticket_phone,
        };
        put(self.ticket, "{why}", why)
    }
}

pub static ENGLISH: NoticeTexts = NoticeTexts {
    link_empty: "The shared report is empty.",
    link_not_ours: "This is not a qbo-check report link.",
    link_newer: "This report was made by a newer version of qbo-check. Reload the page to get the newest version.",
    link_too_long: "This report link is far longer than any qbo-check makes, so it was not opened.",
    link_cut: "This report link is cut short. Ask for the whole link again (it may have been split across lines).",
    link_damaged: "This report link is damaged. Ask for the link again.",
    ticket_left_out: "This link's ticket tag is not one qbo-check writes, so it is not shown. Ask your help desk for the link again.",
    part_missing: "This shared report could not be opened: part of this page did not load. Check the connection, then reload the page.",
    probes_missing: "The check could not start: part of this page did not load. Check the connection, then run the check again or reload the page.",
    handover_bug: "The steps could not be shown because of a bug in qbo-check. Reload the page to try again.",
    // The example's hyphen does not break (U+2011), so "HD-" and "1234" stay on one line.
    ticket: "The ticket tag in this address was not used, because {why}. A tag is 1 to 24 letters, digits or dashes, such as HD\u{2011}1234. Ask your help desk for the link again.",
    ticket_empty: "it is empty",
    ticket_too_long: "it is longer than 24 characters",
    ticket_character: "it has a character other than a letter, a digit or a dash",
    ticket_phone: "it could be read as a phone number",
    crash: "qbo-check stopped because of a bug. Your QuickBooks data is not affected. Reload the page to try again. Meanwhile, the first steps that help most often are: open QuickBooks in a private window; clear this browser's data for intuit.com; and check https://status.quickbooks.intuit.com/ for outages.",
    technical_detail: "Technical detail: ",
};

crate::template::texts! {
    /// Why a saved report file was refused, in one language.
    pub struct FileTexts {
        too_large,
        not_json,
        not_ours,
        newer,
        no_link,
        /// `{why}`: why its link did not open ([`NoticeTexts::link`]).
        bad_link,
    }
}

impl FileTexts {
    /// Why a file was refused. Only an id comes in, so no text of the file can come out.
    pub fn say(&self, error: ReportFileError, notices: &NoticeTexts) -> String {
        match error {
            ReportFileError::TooLarge => self.too_large.to_string(),
            ReportFileError::NotJson => self.not_json.to_string(),
            ReportFileError::NotOurs => self.not_ours.to_string(),
            ReportFileError::Newer => self.newer.to_string(),
            ReportFileError::NoLink => self.no_link.to_string(),
            ReportFileError::BadLink(error) => put(self.bad_link, "{why}", notices.link(error)),
        }
    }
}

pub static ENGLISH_FILES: FileTexts = FileTexts {
    too_large: "This file is larger than 1 MB, far larger than any qbo-check report, so it was not opened.",
    not_json: "This file is not a complete JSON report: it may be cut short, or be another kind of file. Download the report again.",
    not_ours: "This file is not a qbo-check report. Open the file downloaded with \"Download report (JSON)\", or the checker's --json output.",
    newer: "This report was made by a newer version of qbo-check. Reload the page to get the newest version, then open it again.",
    no_link: "This report was saved by an older version of qbo-check that did not put the result's link in the file, so this page cannot open it. Ask for the report's link, or for a new report.",
    bad_link: "This report's result could not be read. {why}",
};

#[cfg(test)]
mod tests;
