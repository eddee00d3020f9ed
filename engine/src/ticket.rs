//! A help desk's ticket tag (`?ticket=HD-1234`), carried into the summary, the link, the report
//! and the history so that a result finds its ticket. The tag comes from an address, which is a
//! stranger's text, and the page shows it: so it is strict. Letters, digits and dashes, at most
//! 24, and never something that reads as a phone number, because a link that made this page show
//! "call" and a toll-free number would be exactly the fake-support trick the page warns about.

use serde::{Serialize, Serializer};
use std::fmt;

/// The longest tag, in characters (all ASCII).
pub const MAX_CHARS: usize = 24;

/// A tag that passed [`Ticket::parse`]; no other way to make one. Held inline (`Copy`, no
/// heap), because every result carries the field: in the page's first module, which never sets
/// it, an owned string would add clone and drop code to every copy of a result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ticket {
    len: u8,
    bytes: [u8; MAX_CHARS],
}

/// Why a tag was refused: an id, worded in the language shown (`crate::notice`). The page
/// never shows the refused text itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TicketError {
    Empty,
    TooLong,
    /// Anything but `A-Z`, `a-z`, `0-9` and `-`.
    Character,
    /// Digits that could be dialled.
    PhoneLike,
}

/// Words that ask someone to dial.
const DIAL_WORDS: [&str; 5] = ["call", "tel", "phone", "fone", "dial"];
/// Toll-free and premium prefixes people recognise as "a number to call", as a dash-delimited
/// group: a toll-free number spelt with letters is refused whatever follows.
const DIAL_PREFIXES: [&str; 11] = [
    "800", "888", "877", "866", "855", "844", "833", "0800", "0808", "1800", "1300",
];

/// The tag's runs of digits, with the letters that stand in for digits in a written number
/// (O for 0, I or l for 1) read as digits where they touch a digit, and one leading year
/// group (`HD-2026-1234`) left out: a year is a date, not part of a number to dial.
fn digit_runs(text: &str) -> Vec<String> {
    let bytes = text.as_bytes();
    let is_digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let read: String = bytes
        .iter()
        .enumerate()
        .map(|(i, &b)| {
            let touches_digit = (i > 0 && is_digit_at(i - 1)) || is_digit_at(i + 1);
            match b {
                b'O' | b'o' if touches_digit => '0',
                b'I' | b'l' | b'i' if touches_digit => '1',
                _ => char::from(b),
            }
        })
        .collect();
    let mut runs: Vec<String> = read
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .map(str::to_string)
        .collect();
    let year = |run: &str| run.len() == 4 && (run.starts_with("19") || run.starts_with("20"));
    if runs.len() >= 2 && year(&runs[0]) {
        runs.remove(0);
    }
    runs
}

impl Ticket {
    /// Checks a tag as written in an address or a link.
    ///
    /// Digits are what make a phone number. A tag is refused when it names a way to call
    /// (`CALL-…`, `TEL…`), holds a toll-free prefix as a group (`1-8xx-…` spelt in letters), or its digits
    /// (letters that stand in for digits included, a leading year left out) could be dialled:
    /// 10 or more; 7 or more split into groups (three digits, a dash, four); or a run of 7 to 9
    /// with no letter prefix, unlike ServiceNow's `INC0012345` or `ZD-98765432`.
    /// `HD-1234` and `HD-2026-1234` pass.
    pub fn parse(text: &str) -> Result<Ticket, TicketError> {
        if text.is_empty() {
            return Err(TicketError::Empty);
        }
        if text.len() > MAX_CHARS {
            return Err(TicketError::TooLong);
        }
        if !text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return Err(TicketError::Character);
        }
        let lower = text.to_ascii_lowercase();
        // A group that is a dial word, or starts with one right before its digits (`TEL` and a number);
        // `HOTEL-12` and `INTEL-5` are not.
        let says_dial = lower.split('-').any(|group| {
            DIAL_WORDS.iter().any(|word| {
                group.strip_prefix(word).is_some_and(|rest| {
                    rest.is_empty() || rest.starts_with(|c: char| c.is_ascii_digit())
                })
            })
        });
        let dial_prefix = lower.split('-').any(|group| DIAL_PREFIXES.contains(&group));
        let runs = digit_runs(text);
        let digits: usize = runs.iter().map(String::len).sum();
        // A long run is a reference number only behind a letter prefix (`INC0012345`,
        // `ZD-98765432`), as help desks number tickets.
        let behind_letters = |run: &str| {
            let before = crate::find::find(text, run).map_or("", |at| &text[..at]);
            before
                .trim_end_matches('-')
                .ends_with(|c: char| c.is_ascii_alphabetic())
        };
        let dialable = digits >= 10
            || (digits >= 7 && runs.len() >= 2)
            || runs
                .iter()
                .any(|run| run.len() >= 7 && !behind_letters(run));
        if says_dial || dial_prefix || dialable {
            return Err(TicketError::PhoneLike);
        }
        let mut bytes = [0; MAX_CHARS];
        bytes[..text.len()].copy_from_slice(text.as_bytes());
        Ok(Ticket {
            len: text.len() as u8,
            bytes,
        })
    }

    pub fn as_str(&self) -> &str {
        // ASCII by construction, so this never falls back.
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }
}

impl Serialize for Ticket {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl fmt::Display for Ticket {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_desk_tags_pass() {
        for tag in [
            "HD-1234",
            "INC0012345",
            "REQ0001234",
            "ZD-98765432",
            "HOTEL-12",
            "INTEL-5",
            "PROJ-42",
            "HD-2026-1234",
            "CS-2026-00123",
            "a",
            "7",
            "123456",
            "T20261129",
            "ABCDEFGHIJKLMNOPQRSTUVWX",
        ] {
            assert_eq!(
                Ticket::parse(tag).map(|t| t.to_string()),
                Ok(tag.into()),
                "{tag}"
            );
        }
    }

    #[test]
    fn refused_tags_say_why() {
        let cases: &[(&str, TicketError)] = &[
            ("", TicketError::Empty),
            ("ABCDEFGHIJKLMNOPQRSTUVWXY", TicketError::TooLong),
            ("HD 1234", TicketError::Character),
            ("HD_1234", TicketError::Character),
            ("<script>", TicketError::Character),
            ("HD\u{202e}1234", TicketError::Character),
            ("ＨＤ1234", TicketError::Character),
            (concat!("+18005", "550199"), TicketError::Character),
            (concat!("18005", "550199"), TicketError::PhoneLike),
            (concat!("800-55", "5-0199"), TicketError::PhoneLike),
            (concat!("555", "0199"), TicketError::PhoneLike),
            ("1234567", TicketError::PhoneLike),
            (concat!("CALL-180", "05550199"), TicketError::PhoneLike),
            (concat!("CALL-5", "550199"), TicketError::PhoneLike),
            (concat!("TEL55", "50199"), TicketError::PhoneLike),
            (concat!("TEL-55", "5-0199"), TicketError::PhoneLike),
            ("Phone-12", TicketError::PhoneLike),
            (concat!("555-", "O199"), TicketError::PhoneLike),
            (concat!("CS-55", "5-O199"), TicketError::PhoneLike),
            (concat!("1-800-", "QBOHELP"), TicketError::PhoneLike),
            ("HD-888-HELP", TicketError::PhoneLike),
            (concat!("2026-5", "55-0199"), TicketError::PhoneLike),
            (concat!("support-0", "800-123456"), TicketError::PhoneLike),
        ];
        for (tag, why) in cases {
            assert_eq!(Ticket::parse(tag), Err(*why), "{tag}");
        }
    }

    #[test]
    fn a_refusal_never_repeats_the_tag() {
        for tag in [
            concat!("555", "0199"),
            concat!("1-800-", "QBOHELP"),
            "<b>",
            "CALL-12",
            &"A".repeat(30),
        ] {
            let error = Ticket::parse(tag).expect_err(tag);
            for table in [&crate::notice::ENGLISH, &crate::notice::CANADIAN_FRENCH] {
                let words = table.ticket(error);
                assert!(!words.contains(tag), "{words}");
                assert!(words.contains("HD\u{2011}1234"), "{words}");
            }
        }
    }
}
