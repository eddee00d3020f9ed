//! The two thresholds every probe and every rule share. They live here, once.

/// A host that answers after this many milliseconds is `slow`.
pub const SLOW_AFTER_MS: u32 = 3_000;

/// No probe waits longer than this. A probe without an answer by then is `timeout`.
/// The design caps it at 8 s so that a verdict arrives within 8.5 s even when every host hangs.
pub const PROBE_DEADLINE_MS: u32 = 8_000;
