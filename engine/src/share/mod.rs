//! Shareable reports with no server: the evidence of a run, packed into a URL fragment
//! (`#r1.<base64url>`), which browsers never send to a server. The page that opens it runs the
//! same `diagnose` on it, so it shows the same verdict. No UA string, no IP, no cookie values
//! and no free text go in: only measurements, the detected browser and the user's choices.

mod bytes;
pub mod code;
mod evidence_codec;

pub use bytes::{from_base64url, to_base64url};

use std::fmt;

/// The fragment's version prefix. A newer format gets a new number.
pub const LINK_PREFIX: &str = "r1.";
/// Longer input is refused before decoding.
pub const MAX_LINK_CHARS: usize = 4_096;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    NotOurs,
    /// Made by a newer qbo-check.
    FutureVersion(u32),
    TooLong,
    Truncated,
    Malformed(&'static str),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => write!(f, "The shared report is empty."),
            DecodeError::NotOurs => write!(f, "This is not a qbo-check report link or code."),
            DecodeError::FutureVersion(v) => write!(f, "This report was made by a newer version of qbo-check (format {v}). Reload the page to get the newest version."),
            DecodeError::TooLong => write!(f, "This report link is far longer than any qbo-check makes, so it was not opened."),
            DecodeError::Truncated => write!(f, "This report link is cut short. Ask for the whole link again (it may have been split across lines)."),
            DecodeError::Malformed(what) => write!(f, "This report link is damaged ({what}). Ask for the link again."),
        }
    }
}

use evidence_codec::Detail;

/// Packs a run's evidence into a link fragment (without the `#`).
pub fn encode_link(evidence: &crate::evidence::Evidence) -> String {
    format!(
        "{LINK_PREFIX}{}",
        to_base64url(&evidence_codec::encode(evidence, Detail::Link))
    )
}

/// The hand-over's prefix: the page's follow-up module reads it, links never carry it.
pub const HANDOVER_PREFIX: &str = "h1.";

/// Packs a run's evidence for the page's follow-up module (fixes, sharing, history), in the
/// same tab. Unlike a link it keeps the browser's error texts, every status-page entry and exact
/// sizes, so the downloaded report is the same as if one module had built it. The browser's raw
/// signals (the UA string) stay out: the detected browser is enough.
pub fn encode_handover(evidence: &crate::evidence::Evidence) -> String {
    format!(
        "{HANDOVER_PREFIX}{}",
        to_base64url(&evidence_codec::encode(evidence, Detail::Full))
    )
}

/// Unpacks [`encode_handover`]'s text. Never panics, whatever the input.
pub fn decode_handover(text: &str) -> Result<crate::evidence::Evidence, DecodeError> {
    let payload = text
        .strip_prefix(HANDOVER_PREFIX)
        .ok_or(DecodeError::NotOurs)?;
    evidence_codec::decode(&from_base64url(payload)?, Detail::Full)
}

/// Unpacks a fragment (with or without `#`). Never panics, whatever the input.
pub fn decode_link(fragment: &str) -> Result<crate::evidence::Evidence, DecodeError> {
    let text = fragment.trim().trim_start_matches('#');
    if text.is_empty() {
        return Err(DecodeError::Empty);
    }
    if text.len() > MAX_LINK_CHARS {
        return Err(DecodeError::TooLong);
    }
    let Some(rest) = text.strip_prefix('r') else {
        return Err(DecodeError::NotOurs);
    };
    let (version, payload) = rest.split_once('.').ok_or(DecodeError::NotOurs)?;
    let version: u32 = version.parse().map_err(|_| DecodeError::NotOurs)?;
    if version > 1 {
        return Err(DecodeError::FutureVersion(version));
    }
    if version != 1 {
        return Err(DecodeError::NotOurs);
    }
    evidence_codec::decode(&from_base64url(payload)?, Detail::Link)
}

#[cfg(test)]
mod tests;
