//! Shareable reports with no server: the evidence of a run, packed into a URL fragment
//! (`#r2.<base64url>`), which browsers never send to a server. The page that opens it runs the
//! same `diagnose` on it, so it shows the same verdict. A link is data from a stranger: it holds
//! typed values only (enums, counts, numbers in range) and no text at all, so what it opens can
//! only say what this page's own code says. The formats are described in docs/FORMATS.md.

mod bytes;
pub mod code;
mod evidence_codec;
mod legacy_r1;
mod watch_codec;

pub use bytes::{from_base64url, to_base64url};
pub use evidence_codec::limits;

/// The fragment's version prefix. A newer format gets a new number.
pub const LINK_PREFIX: &str = "r2.";
/// The newest link format this build reads.
const LINK_VERSION: u32 = 2;
/// Longer input is refused before decoding.
pub const MAX_LINK_CHARS: usize = 4_096;

/// Why a link did not open. An id, not a sentence: the page words it in the language shown
/// (`crate::notice`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    NotOurs,
    /// Made by a newer qbo-check.
    FutureVersion(u32),
    TooLong,
    Truncated,
    Malformed(Damage),
    /// An r1 link, given to [`decode_current_link`], which does not read them.
    OlderFormat,
}

/// What is wrong inside a damaged link. The page says only that the link is damaged (whoever
/// holds it can only ask for it again): these tell the tests, and a developer reading `Debug`,
/// which check refused it, and cost the page no text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Damage {
    /// A number is too long.
    NumberTooLong,
    /// A number is out of range.
    NumberRange,
    /// A yes/no value is invalid.
    YesNo,
    /// A flag is invalid.
    Flag,
    /// A text is longer than qbo-check ever writes.
    TextTooLong,
    /// A text is not UTF-8.
    TextNotUtf8,
    /// A choice is out of range.
    ChoiceRange,
    /// The link has characters that do not belong in it.
    Characters,
    /// The build marker is invalid.
    BuildMarker,
    /// A probe result is unknown.
    ProbeResult,
    /// An image result is unknown.
    ImageResult,
    /// The status page result is unknown.
    StatusResult,
    /// An OS version is unknown.
    OsVersion,
    /// A part of the report appears twice.
    SectionTwice,
    /// Its ticket tag is not one qbo-check writes.
    TicketTag,
    /// The run's section is missing.
    RunMissing,
    /// A host appears twice.
    HostTwice,
    /// A watch outcome is out of range.
    WatchOutcome,
    /// A watch lane has the wrong number of rounds.
    LaneRounds,
    /// The watch interval is out of range.
    WatchInterval,
    /// A watch round is out of range.
    WatchRound,
    /// The watch's round times do not add up.
    RoundTimes,
    /// A watch lane refers to a lane that is not there.
    LaneMissing,
    /// A host appears twice in the watch.
    WatchHostTwice,
    /// A section marker is invalid.
    SectionMarker,
    /// There is extra data at the end.
    ExtraData,
}

/// Packs a run's evidence into a link fragment (without the `#`).
pub fn encode_link(evidence: &crate::evidence::Evidence) -> String {
    encode_watched_link(evidence, None)
}

/// Packs a run's evidence and the watch that followed it, if any, into a link fragment.
pub fn encode_watched_link(
    evidence: &crate::evidence::Evidence,
    watch: Option<&crate::watch::Watch>,
) -> String {
    format!(
        "{LINK_PREFIX}{}",
        to_base64url(&evidence_codec::encode_with_watch(evidence, watch))
    )
}

/// [`decode_link`], and the link's watch if it has one.
pub fn decode_watched_link(
    fragment: &str,
) -> Result<(crate::evidence::Evidence, Option<crate::watch::Watch>), DecodeError> {
    match version_of(fragment)? {
        (1, payload) => Ok((legacy_r1::decode(&from_base64url(payload)?)?, None)),
        (_, payload) => evidence_codec::decode_with_watch(&from_base64url(payload)?),
    }
}

/// Packs a run's evidence for the page's follow-up module (fixes, sharing, history) in the same
/// tab. It is the link format: the hand-over carries no text either, so the follow-up views
/// derive exactly what a shared link would show. It carries no watch and no ticket tag: the
/// first module, which sends it, has neither (the follow-up module records watches, reads the
/// address's ticket, and reads a shared link's own with [`decode_watched_link`]).
pub fn encode_handover(evidence: &crate::evidence::Evidence) -> String {
    format!(
        "{LINK_PREFIX}{}",
        to_base64url(&evidence_codec::encode(evidence))
    )
}

/// Unpacks [`encode_handover`]'s text. Never panics, whatever the input.
pub fn decode_handover(text: &str) -> Result<crate::evidence::Evidence, DecodeError> {
    decode_current_with_ticket(text)
}

/// [`decode_link`] without the r1 reader (see [`decode_current_watched_link`]): the result and
/// its ticket tag, the watch skipped, so a link whose watch this build cannot read still opens
/// with its tag. Never panics, whatever the input.
pub fn decode_current_with_ticket(
    fragment: &str,
) -> Result<crate::evidence::Evidence, DecodeError> {
    match version_of(fragment)? {
        (1, _) => Err(DecodeError::OlderFormat),
        (_, payload) => evidence_codec::decode_with_ticket(&from_base64url(payload)?),
    }
}

/// [`decode_watched_link`] without the r1 reader, which then answers
/// [`DecodeError::OlderFormat`]: the page's follow-up part reads its links and hand-overs with
/// this. It never meets an r1 link (the extras part rewrites those into this format before they
/// open, and the hand-over is written by the same build), so it does not carry the r1 reader.
/// Never panics, whatever the input.
pub fn decode_current_watched_link(
    fragment: &str,
) -> Result<(crate::evidence::Evidence, Option<crate::watch::Watch>), DecodeError> {
    match version_of(fragment)? {
        (1, _) => Err(DecodeError::OlderFormat),
        (_, payload) => evidence_codec::decode_with_watch(&from_base64url(payload)?),
    }
}

/// Unpacks a fragment (with or without `#`), of this format or the older r1, without its watch.
/// Never panics, whatever the input.
pub fn decode_link(fragment: &str) -> Result<crate::evidence::Evidence, DecodeError> {
    match version_of(fragment)? {
        (1, payload) => legacy_r1::decode(&from_base64url(payload)?),
        (_, payload) => evidence_codec::decode_with_ticket(&from_base64url(payload)?),
    }
}

/// [`decode_link`] without the r1 reader, which then answers [`DecodeError::OlderFormat`]. The
/// page's first module uses this, so a first visit does not download the legacy reader; the
/// follow-up module converts an r1 link when one is opened.
/// It skips a link's watch and ticket tag, which the follow-up module reads.
pub fn decode_current_link(fragment: &str) -> Result<crate::evidence::Evidence, DecodeError> {
    match version_of(fragment)? {
        (1, _) => Err(DecodeError::OlderFormat),
        (_, payload) => evidence_codec::decode(&from_base64url(payload)?),
    }
}

/// The format version and payload of a fragment, 1 or [`LINK_VERSION`].
fn version_of(fragment: &str) -> Result<(u32, &str), DecodeError> {
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
    match version {
        1 | LINK_VERSION => Ok((version, payload)),
        v if v > LINK_VERSION => Err(DecodeError::FutureVersion(v)),
        _ => Err(DecodeError::NotOurs),
    }
}

#[cfg(test)]
mod tests;
