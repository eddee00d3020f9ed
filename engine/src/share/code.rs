//! The help-desk code: one line someone can read out, such as `QBC2-4K2M-Q9TS-7ZD3H`. It is
//! this page's own code, read back on this page; it is not an Intuit case number.
//! It packs the top cause, each host's outcome, the browser and OS, the status page and four
//! environment flags into 60 bits, in Crockford base32 (no I, L, O or U to mishear) with a check
//! character. The page expands a code pasted back into it.
//!
//! `QBC2` codes end in a check over GF(32) that catches every single wrong character and every
//! swap of two neighbours (see [`check_v2`]). `QBC1` codes (November 2026) used a weaker
//! weighted sum mod 32; they still open, with that check.

use crate::browser::{Family, Os};
use crate::catalogue::ENDPOINTS;
use crate::diagnose::{Cause, Confidence, Finding};
use crate::evidence::Evidence;
use crate::outcome::Outcome;
use crate::status_page::{Indicator, StatusReading};

pub const CODE_PREFIX: &str = "QBC2";
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const DATA_CHARS: usize = 12;

const CONFIDENCES: [Confidence; 3] = [Confidence::Low, Confidence::Medium, Confidence::High];
const OUTCOMES: [Outcome; 6] = [
    Outcome::NotRun,
    Outcome::Ok,
    Outcome::Slow,
    Outcome::ServerError,
    Outcome::Unreachable,
    Outcome::Timeout,
];

/// What a code says, expanded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeFacts {
    pub cause: Cause,
    pub confidence: Confidence,
    /// Catalogue endpoint id and its outcome, in catalogue order.
    pub outcomes: Vec<(&'static str, Outcome)>,
    pub family: Family,
    pub os: Os,
    /// `None` where the status page was not read.
    pub status: Option<Indicator>,
    pub clock_wrong: bool,
    pub cookies_blocked: bool,
    pub stale_page: bool,
    pub blocker_seen: bool,
}

struct Bits(u64, u32);

impl Bits {
    fn put(&mut self, value: u64, width: u32) {
        self.0 |= (value & ((1 << width) - 1)) << self.1;
        self.1 += width;
    }
    fn take(&mut self, width: u32) -> u64 {
        let v = (self.0 >> self.1) & ((1 << width) - 1);
        self.1 += width;
        v
    }
}

fn position<T: PartialEq>(all: &[T], v: &T) -> u64 {
    all.iter().position(|x| x == v).unwrap_or(0) as u64
}

/// QBC1's check: a weighted sum mod 32. It misses some substitutions (weights that are even
/// lose bits mod 32) and most swaps. Kept to read old codes.
fn check_v1(data: &[u8]) -> u8 {
    let sum: usize = data
        .iter()
        .enumerate()
        .map(|(i, c)| (i + 1) * c_value(*c).unwrap_or(0) as usize)
        .sum();
    ALPHABET[sum % 32]
}

/// Multiplies by x in GF(32) = GF(2)[x] / (x⁵ + x² + 1).
fn times_x(v: u8) -> u8 {
    let shifted = v << 1;
    if shifted & 0b10_0000 != 0 {
        (shifted ^ 0b10_0101) & 31
    } else {
        shifted
    }
}

/// QBC2's check: the character that makes Σ xⁿ⁻ⁱ·vᵢ over all 13 characters zero in GF(32).
/// A wrong character vᵢ → vᵢ' changes the sum by xⁿ⁻ⁱ·(vᵢ ⊕ vᵢ'), never zero; swapping two
/// different neighbours changes it by xᵏ·(x ⊕ 1)·(vᵢ ⊕ vᵢ₊₁), never zero either. So both
/// kinds of error are always caught (tested exhaustively).
fn check_v2(data: &[u8]) -> u8 {
    let sum = data
        .iter()
        .fold(0u8, |h, c| times_x(h) ^ c_value(*c).unwrap_or(0));
    ALPHABET[times_x(sum) as usize]
}

fn c_value(c: u8) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        b'O' => b'0',
        b'I' | b'L' => b'1',
        other => other,
    };
    ALPHABET.iter().position(|a| *a == c).map(|p| p as u8)
}

/// Every status a code can carry, by its 3 bits.
pub(crate) const STATUS: [Option<Indicator>; 7] = [
    None,
    Some(Indicator::None),
    Some(Indicator::Maintenance),
    Some(Indicator::Minor),
    Some(Indicator::Major),
    Some(Indicator::Critical),
    Some(Indicator::Unknown),
];

/// The code for a finished run. Needs the catalogue to hold at most 12 hosts (3 bits each).
pub fn encode_code(evidence: &Evidence, findings: &[Finding]) -> String {
    let mut bits = Bits(0, 0);
    let top = findings.first();
    bits.put(top.map_or(Cause::CannotTest, |f| f.cause).code().into(), 4);
    bits.put(top.map_or(0, |f| position(&CONFIDENCES, &f.confidence)), 2);
    for e in ENDPOINTS.iter().take(12) {
        let outcome = evidence
            .verdict(e.id)
            .map_or(Outcome::NotRun, |v| v.outcome);
        bits.put(position(&OUTCOMES, &outcome), 3);
    }
    bits.1 = 42;
    let detection = evidence.detection();
    bits.put(
        detection
            .as_ref()
            .map_or(position(&Family::ALL, &Family::Unknown), |d| {
                position(&Family::ALL, &d.family)
            }),
        4,
    );
    bits.put(
        detection
            .as_ref()
            .map_or(position(&Os::ALL, &Os::Unknown), |d| {
                position(&Os::ALL, &d.os)
            }),
        3,
    );
    let status = evidence.status.as_ref().and_then(StatusReading::indicator);
    bits.put(position(&STATUS, &status), 3);
    let flags = [
        evidence
            .page
            .as_ref()
            .and_then(|p| p.clock_skew())
            .is_some_and(|s| s.too_far()),
        evidence
            .cookies
            .as_ref()
            .is_some_and(|c| c.cookies_blocked()),
        evidence.page.as_ref().is_some_and(|p| p.stale_build()),
        evidence.bait.is_some_and(|b| b.blocked),
    ];
    for flag in flags {
        bits.put(u64::from(flag), 1);
    }
    let data: Vec<u8> = (0..DATA_CHARS)
        .map(|i| ALPHABET[((bits.0 >> (5 * i)) & 31) as usize])
        .collect();
    let check = check_v2(&data);
    let text: String = data.iter().map(|c| *c as char).collect();
    format!(
        "{CODE_PREFIX}-{}-{}-{}{}",
        &text[0..4],
        &text[4..8],
        &text[8..12],
        check as char
    )
}

/// Why a typed code was refused: an id, worded by the lookups in the language shown
/// (`crate::lookups::LookupWords::refusal`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeError {
    Empty,
    /// Not `QBC` and a known version.
    NotOurs,
    /// Made by a newer qbo-check.
    Newer,
    /// Characters are missing.
    Short,
    Long,
    /// A letter no code uses.
    Letter,
    /// The check character does not match.
    Check,
    /// The characters are right, but the values they hold describe no result.
    NotReal,
}

impl CodeError {
    pub const ALL: [CodeError; 8] = [
        CodeError::Empty,
        CodeError::NotOurs,
        CodeError::Newer,
        CodeError::Short,
        CodeError::Long,
        CodeError::Letter,
        CodeError::Check,
        CodeError::NotReal,
    ];
}

/// Reads a code as typed: any case, with or without dashes and spaces; O/0 and I/L/1 confusions
/// are forgiven.
pub fn decode_code(typed: &str) -> Result<CodeFacts, CodeError> {
    let compact: String = typed
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_uppercase();
    if compact.is_empty() {
        return Err(CodeError::Empty);
    }
    let Some(body) = compact.strip_prefix("QBC") else {
        return Err(CodeError::NotOurs);
    };
    let version = body
        .chars()
        .next()
        .and_then(|c| c.to_digit(10))
        .ok_or(CodeError::NotOurs)?;
    let check = match version {
        1 => check_v1,
        2 => check_v2,
        0 => return Err(CodeError::NotOurs),
        _ => return Err(CodeError::Newer),
    };
    let data = &body.as_bytes()[1..];
    if data.len() < DATA_CHARS + 1 {
        return Err(CodeError::Short);
    }
    if data.len() > DATA_CHARS + 1 {
        return Err(CodeError::Long);
    }
    let normalised: Vec<u8> = data
        .iter()
        .map(|c| c_value(*c).map(|v| ALPHABET[v as usize]))
        .collect::<Option<Vec<u8>>>()
        .ok_or(CodeError::Letter)?;
    if check(&normalised[..DATA_CHARS]) != normalised[DATA_CHARS] {
        return Err(CodeError::Check);
    }
    let mut value = 0u64;
    for (i, c) in normalised[..DATA_CHARS].iter().enumerate() {
        value |= u64::from(c_value(*c).unwrap_or(0)) << (5 * i);
    }
    let mut bits = Bits(value, 0);
    let bad = CodeError::NotReal;
    let cause = Cause::from_code(bits.take(4)).ok_or(bad)?;
    let confidence = *CONFIDENCES.get(bits.take(2) as usize).ok_or(bad)?;
    let mut outcomes = Vec::new();
    for e in ENDPOINTS.iter().take(12) {
        outcomes.push((e.id, *OUTCOMES.get(bits.take(3) as usize).ok_or(bad)?));
    }
    bits.1 = 42;
    let family = *Family::ALL.get(bits.take(4) as usize).ok_or(bad)?;
    let os = *Os::ALL.get(bits.take(3) as usize).ok_or(bad)?;
    let status = *STATUS.get(bits.take(3) as usize).ok_or(bad)?;
    Ok(CodeFacts {
        cause,
        confidence,
        outcomes,
        family,
        os,
        status,
        clock_wrong: bits.take(1) == 1,
        cookies_blocked: bits.take(1) == 1,
        stale_page: bits.take(1) == 1,
        blocker_seen: bits.take(1) == 1,
    })
}
