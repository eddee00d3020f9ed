//! A help desk's ticket tag (`?ticket=HD-1234`), carried into the summary, the link, the report
//! and the history so that a result finds its ticket. The tag comes from an address, which is a
//! stranger's text, and the page shows it: so it is strict. Letters, digits and dashes, at most
//! 24, and never something that reads as a phone number, because a link that made this page show
//! "call 1-800-…" would be exactly the fake-support trick the page warns about.

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

/// Why a tag was refused. The page never shows the refused text itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TicketError {
    Empty,
    TooLong,
    /// Anything but `A-Z`, `a-z`, `0-9` and `-`.
    Character,
    /// Digits that could be dialled.
    PhoneLike,
}

impl fmt::Display for TicketError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let why = match self {
            TicketError::Empty => "it is empty",
            TicketError::TooLong => "it is longer than 24 characters",
            TicketError::Character => "it has a character other than a letter, a digit or a dash",
            TicketError::PhoneLike => "it could be read as a phone number",
        };
        // The example's hyphen does not break (U+2011), so "HD-" and "1234" stay on one line.
        write!(
            f,
            "The ticket tag in this address was not used, because {why}. A tag is 1 to 24 letters, digits or dashes, such as HD\u{2011}1234. Ask your help desk for the link again."
        )
    }
}

impl Ticket {
    /// Checks a tag as written in an address or a link.
    ///
    /// Digits are what make a phone number, so a tag may hold at most 9 of them, and at most 6
    /// unless a letter shows it is a reference: `INC0012345` and `HD-1234` pass; `5550199`,
    /// `800-555-0199` and `CALL-18005550199` do not. Digits split into two or more dashed groups
    /// of 7 or more in all (`TEL-555-0199`) read as a number to dial, so they are refused too.
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
        let digits = text.bytes().filter(u8::is_ascii_digit).count();
        let letters = text.bytes().any(|b| b.is_ascii_alphabetic());
        let digit_groups = text
            .split(|c: char| !c.is_ascii_digit())
            .filter(|group| !group.is_empty())
            .count();
        let phone_like =
            digits >= 10 || (digits >= 7 && !letters) || (digits >= 7 && digit_groups >= 2);
        if phone_like {
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
            "ZD-98765432",
            "PROJ-42",
            "a",
            "7",
            "T-20261129",
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
            ("+18005550199", TicketError::Character),
            ("18005550199", TicketError::PhoneLike),
            ("800-555-0199", TicketError::PhoneLike),
            ("5550199", TicketError::PhoneLike),
            ("CALL-18005550199", TicketError::PhoneLike),
            ("TEL-555-0199", TicketError::PhoneLike),
            ("support-0800-123456", TicketError::PhoneLike),
        ];
        for (tag, why) in cases {
            assert_eq!(Ticket::parse(tag), Err(*why), "{tag}");
        }
    }

    #[test]
    fn a_refusal_never_repeats_the_tag() {
        for why in [
            TicketError::Empty,
            TicketError::TooLong,
            TicketError::Character,
            TicketError::PhoneLike,
        ] {
            let words = why.to_string();
            assert!(!words.contains("555"), "{words}");
            assert!(words.contains("HD\u{2011}1234"), "{words}");
        }
    }
}
