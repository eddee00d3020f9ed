//! From what a probe saw to what it means for one host.
//!
//! A page cannot read another origin's status code. So each host gets two probes where it can:
//! a `no-cors` fetch, which resolves for *any* HTTP answer (even a 502) and rejects on any network
//! failure, and an `<img>` of a real image on the same host, which fails to decode when the host
//! answers with an error page. This matrix was checked in headless Chromium against the lab
//! (`tests/probe_matrix.rs`):
//!
//! | lab behaviour            | no-cors fetch        | image            | outcome        |
//! |--------------------------|----------------------|------------------|----------------|
//! | 200 with the image       | answered             | loaded           | `ok`           |
//! | 200 after 3.5 s          | answered (> 3 s)     | loaded           | `slow`         |
//! | 502 / 503 / 403 HTML     | answered             | failed           | `server-error` |
//! | 502 on a fetch-only host | answered             | —                | `ok` (blind)   |
//! | DNS failure              | failed               | failed           | `unreachable`  |
//! | connection refused       | failed               | failed           | `unreachable`  |
//! | reset during TLS         | failed               | failed           | `unreachable`  |
//! | untrusted certificate    | failed               | failed           | `unreachable`  |
//! | accepts, never answers   | deadline             | deadline         | `timeout`      |
//! | blocked by our own CSP   | failed + violation   | —                | `not-run`      |
//! | redirect to another site | violation (allowed)  | failed           | `server-error` |
//!
//! What no technique here can tell apart: DNS failure, refusal, reset, TLS failure and an
//! extension's block all look the same (a bare TypeError); a server error on a host without a
//! known image looks like success; a retired image path (404) looks like a server error.

use serde::{Deserialize, Serialize};

use crate::timing::{PROBE_DEADLINE_MS, SLOW_AFTER_MS};

/// What the no-cors fetch saw.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum FetchAnswer {
    /// Some HTTP answer arrived (status unknown to the page).
    Answered { after_ms: u32 },
    /// The fetch rejected: DNS, refused, reset, TLS or a blocker. The browser hides which.
    Failed { after_ms: u32, error: FetchError },
    /// No answer before the deadline; the fetch was aborted.
    TimedOut,
    /// Our own Content-Security-Policy stopped the request: a bug in qbo-check, not a fault.
    BlockedByPolicy,
    /// The host answered with a redirect to a site outside the catalogue, which this page's
    /// policy does not follow (browsers report it as a policy block of the original URL).
    /// Captive portals, web filters and proxies do this.
    RedirectedAway { after_ms: u32 },
}

/// The kind of error a rejected fetch gave: the only part of the browser's error that means
/// the same in every browser (the messages differ and hide the network cause on purpose).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FetchError {
    /// A `TypeError`: any network failure (DNS, refused, reset, TLS, a blocker).
    Network,
    /// An `AbortError` or `TimeoutError`: stopped by a deadline.
    Aborted,
    /// A `SecurityError` or a policy refusal.
    Security,
    /// Anything else the browser threw.
    Other,
}

impl FetchError {
    pub const ALL: [FetchError; 4] = [
        FetchError::Network,
        FetchError::Aborted,
        FetchError::Security,
        FetchError::Other,
    ];

    /// From the JavaScript error's `name`.
    pub fn from_name(name: &str) -> FetchError {
        match name {
            "TypeError" => FetchError::Network,
            "AbortError" | "TimeoutError" => FetchError::Aborted,
            "SecurityError" => FetchError::Security,
            _ => FetchError::Other,
        }
    }
}

/// What the image probe saw.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ImageAnswer {
    Loaded { after_ms: u32 },
    Failed { after_ms: u32 },
    TimedOut,
}

/// Everything probes learned about one host.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Observation {
    pub fetch: FetchAnswer,
    /// `None` where the host has no known image.
    pub image: Option<ImageAnswer>,
    /// The host's second test image, where the catalogue knows one: the host counts as
    /// answering with errors only when both images fail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_image: Option<ImageAnswer>,
}

impl Observation {
    /// The host's images taken together: loaded if any loaded (the other one was then most
    /// likely retired), failed if every one failed, else timed out. With the index of a
    /// failed image whose sibling loaded.
    fn images(&self) -> (Option<ImageAnswer>, Option<usize>) {
        let (first, second) = match (self.image, self.second_image) {
            (image, None) => return (image, None),
            (None, Some(second)) => return (Some(second), None),
            (Some(first), Some(second)) => (first, second),
        };
        let failed = |a: ImageAnswer| matches!(a, ImageAnswer::Failed { .. });
        match (first, second) {
            (ImageAnswer::Loaded { .. }, other) => (Some(first), failed(other).then_some(1)),
            (other, ImageAnswer::Loaded { .. }) => (Some(second), failed(other).then_some(0)),
            (ImageAnswer::TimedOut, _) | (_, ImageAnswer::TimedOut) => {
                (Some(ImageAnswer::TimedOut), None)
            }
            (ImageAnswer::Failed { after_ms: a }, ImageAnswer::Failed { after_ms: b }) => {
                (Some(ImageAnswer::Failed { after_ms: a.max(b) }), None)
            }
        }
    }
}

/// The `data-outcome` of a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Ok,
    Slow,
    ServerError,
    Unreachable,
    Timeout,
    NotRun,
}

impl Outcome {
    /// Every outcome. Formats store positions in this list: append, never reorder.
    pub const ALL: [Outcome; 6] = [
        Outcome::Ok,
        Outcome::Slow,
        Outcome::ServerError,
        Outcome::Unreachable,
        Outcome::Timeout,
        Outcome::NotRun,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::Slow => "slow",
            Outcome::ServerError => "server-error",
            Outcome::Unreachable => "unreachable",
            Outcome::Timeout => "timeout",
            Outcome::NotRun => "not-run",
        }
    }

    /// A word for the outcome, so colour is never the only signal.
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Ok => "Reachable",
            Outcome::Slow => "Slow",
            Outcome::ServerError => "Answered with an error",
            Outcome::Unreachable => "Unreachable",
            Outcome::Timeout => "No answer",
            Outcome::NotRun => "Not tested",
        }
    }

    /// The row's words for this host: a host whose error pages a browser cannot see never gets
    /// a plain "Reachable", because it may be answering with errors.
    pub fn row_label(self, sees_server_errors: bool) -> &'static str {
        match self {
            Outcome::Ok | Outcome::Slow if !sees_server_errors => {
                "Answered (errors not visible from a browser)"
            }
            other => other.label(),
        }
    }

    /// The row's icon, never a ✓ for a host whose errors a browser cannot see.
    pub fn row_icon(self, sees_server_errors: bool) -> &'static str {
        match self {
            Outcome::Ok if !sees_server_errors => "○",
            other => other.icon(),
        }
    }

    /// A text icon that reads the same in light and dark mode.
    pub fn icon(self) -> &'static str {
        match self {
            Outcome::Ok => "✓",
            Outcome::Slow => "◔",
            Outcome::ServerError => "!",
            Outcome::Unreachable => "✕",
            Outcome::Timeout => "⧖",
            Outcome::NotRun => "–",
        }
    }

    /// How much an outcome hurts, for the one worst outcome of a group of hosts (history and
    /// watch mode alike). Not knowing outranks a confirmed answer; a refusal outranks a host that
    /// may only be slow to answer.
    pub fn severity(self) -> u8 {
        match self {
            Outcome::Ok => 0,
            Outcome::NotRun => 1,
            Outcome::Slow => 2,
            Outcome::ServerError => 3,
            Outcome::Timeout => 4,
            Outcome::Unreachable => 5,
        }
    }

    /// The host could not be reached at all.
    pub fn is_failure(self) -> bool {
        matches!(self, Outcome::Unreachable | Outcome::Timeout)
    }

    /// Some HTTP answer came back.
    pub fn answered(self) -> bool {
        matches!(self, Outcome::Ok | Outcome::Slow | Outcome::ServerError)
    }
}

/// Why a row's outcome alone would mislead: a message that a language pack words
/// (`PageText::RowNote`), never a sentence, so no rule can read one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RowNote {
    /// This page's own security policy stopped the test: a bug in qbo-check.
    OwnPolicy,
    /// The host sent the test to another site (a captive portal, filter or proxy).
    Redirected,
    /// The image loaded but the fetch was stopped: a filter or extension.
    Filtered,
    /// One of two test files failed while the other loaded: it was most likely retired.
    RetiredImage,
    /// The host answered, but not with its image: likely an error page.
    ErrorPage,
    /// The host answered, but its file came too late.
    FileLate,
    /// A browser cannot see this host's error pages (`catalogue::endpoints::blind_spot`).
    Unseen,
}

impl RowNote {
    pub const ALL: [RowNote; 7] = [
        RowNote::OwnPolicy,
        RowNote::Redirected,
        RowNote::Filtered,
        RowNote::RetiredImage,
        RowNote::ErrorPage,
        RowNote::FileLate,
        RowNote::Unseen,
    ];
}

/// An observation, judged.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub outcome: Outcome,
    /// Time to the slowest answer that counted; the deadline for a timeout.
    pub elapsed_ms: Option<u32>,
    /// Why, where the outcome alone would mislead.
    pub note: Option<RowNote>,
    /// The host sent the test to a site outside the catalogue (a captive portal or filter).
    pub redirected: bool,
    /// Which of the host's two test images failed while the other loaded (0 or 1): that file
    /// was most likely retired; the host itself is fine.
    pub retired_image: Option<usize>,
    /// The image came through while the fetch was stopped: something filters by request type,
    /// such as a content blocker. A typed fact, so no rule ever reads the note's English.
    #[serde(default)]
    pub filtered: bool,
}

/// Applies the matrix in this module's doc comment.
pub fn classify(observation: &Observation) -> Verdict {
    let verdict = |outcome, elapsed_ms, note| Verdict {
        outcome,
        elapsed_ms,
        note,
        redirected: false,
        retired_image: None,
        filtered: false,
    };
    let (image, retired_image) = observation.images();
    let fetch_ms = match observation.fetch {
        FetchAnswer::BlockedByPolicy => {
            return verdict(Outcome::NotRun, None, Some(RowNote::OwnPolicy))
        }
        FetchAnswer::TimedOut => return verdict(Outcome::Timeout, Some(PROBE_DEADLINE_MS), None),
        FetchAnswer::RedirectedAway { after_ms } => {
            return Verdict {
                redirected: true,
                ..verdict(
                    Outcome::ServerError,
                    Some(after_ms),
                    Some(RowNote::Redirected),
                )
            }
        }
        FetchAnswer::Failed { after_ms, .. } => {
            return match image {
                // The image came through although the fetch did not: something filters by
                // request type, such as a content blocker. The host itself is reachable.
                Some(ImageAnswer::Loaded { after_ms: image_ms }) => Verdict {
                    filtered: true,
                    ..verdict(speed(image_ms), Some(image_ms), Some(RowNote::Filtered))
                },
                _ => verdict(Outcome::Unreachable, Some(after_ms), None),
            };
        }
        FetchAnswer::Answered { after_ms } => after_ms,
    };
    match image {
        None => verdict(speed(fetch_ms), Some(fetch_ms), None),
        Some(ImageAnswer::Loaded { after_ms }) => {
            let slowest = fetch_ms.max(after_ms);
            Verdict {
                retired_image,
                ..verdict(
                    speed(slowest),
                    Some(slowest),
                    retired_image.map(|_| RowNote::RetiredImage),
                )
            }
        }
        Some(ImageAnswer::Failed { after_ms }) => verdict(
            Outcome::ServerError,
            Some(fetch_ms.max(after_ms)),
            Some(RowNote::ErrorPage),
        ),
        Some(ImageAnswer::TimedOut) => verdict(
            Outcome::Timeout,
            Some(PROBE_DEADLINE_MS),
            Some(RowNote::FileLate),
        ),
    }
}

fn speed(elapsed_ms: u32) -> Outcome {
    if elapsed_ms > SLOW_AFTER_MS {
        Outcome::Slow
    } else {
        Outcome::Ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answered(ms: u32) -> FetchAnswer {
        FetchAnswer::Answered { after_ms: ms }
    }

    fn failed(ms: u32) -> FetchAnswer {
        FetchAnswer::Failed {
            after_ms: ms,
            error: FetchError::Network,
        }
    }

    #[test]
    fn severity_orders_every_outcome_once() {
        let mut by_severity = Outcome::ALL;
        by_severity.sort_by_key(|o| o.severity());
        assert_eq!(
            by_severity,
            [
                Outcome::Ok,
                Outcome::NotRun,
                Outcome::Slow,
                Outcome::ServerError,
                Outcome::Timeout,
                Outcome::Unreachable,
            ]
        );
        let mut levels: Vec<u8> = Outcome::ALL.iter().map(|o| o.severity()).collect();
        levels.sort_unstable();
        levels.dedup();
        assert_eq!(levels.len(), Outcome::ALL.len(), "no two outcomes tie");
    }

    /// Where the outcome alone would mislead, the row says why; elsewhere it says nothing.
    #[test]
    fn a_misleading_outcome_gets_its_note() {
        use ImageAnswer as I;
        let loaded = Some(I::Loaded { after_ms: 50 });
        // The fetch, the first and second images, and the note.
        type Case = (
            FetchAnswer,
            Option<ImageAnswer>,
            Option<ImageAnswer>,
            Option<RowNote>,
        );
        let cases: &[Case] = &[
            (answered(40), loaded, None, None),
            (answered(40), None, None, None),
            (failed(12), None, None, None),
            (FetchAnswer::TimedOut, None, None, None),
            (
                answered(40),
                Some(I::Failed { after_ms: 60 }),
                None,
                Some(RowNote::ErrorPage),
            ),
            (
                answered(40),
                Some(I::TimedOut),
                None,
                Some(RowNote::FileLate),
            ),
            (
                answered(40),
                Some(I::Failed { after_ms: 60 }),
                loaded,
                Some(RowNote::RetiredImage),
            ),
            (failed(12), loaded, None, Some(RowNote::Filtered)),
            (
                FetchAnswer::BlockedByPolicy,
                None,
                None,
                Some(RowNote::OwnPolicy),
            ),
            (
                FetchAnswer::RedirectedAway { after_ms: 30 },
                None,
                None,
                Some(RowNote::Redirected),
            ),
        ];
        for (fetch, image, second_image, note) in cases {
            let v = classify(&Observation {
                fetch: fetch.clone(),
                image: *image,
                second_image: *second_image,
            });
            assert_eq!(v.note, *note, "{fetch:?} {image:?} {second_image:?}");
        }
    }

    #[test]
    fn the_matrix() {
        use ImageAnswer as I;
        use Outcome as O;
        let cases: &[(FetchAnswer, Option<ImageAnswer>, Outcome, Option<u32>)] = &[
            (answered(40), None, O::Ok, Some(40)),
            (
                answered(40),
                Some(I::Loaded { after_ms: 90 }),
                O::Ok,
                Some(90),
            ),
            (answered(3_000), None, O::Ok, Some(3_000)),
            (answered(3_001), None, O::Slow, Some(3_001)),
            (
                answered(100),
                Some(I::Loaded { after_ms: 3_500 }),
                O::Slow,
                Some(3_500),
            ),
            (
                answered(40),
                Some(I::Failed { after_ms: 60 }),
                O::ServerError,
                Some(60),
            ),
            (
                answered(40),
                Some(I::TimedOut),
                O::Timeout,
                Some(PROBE_DEADLINE_MS),
            ),
            (failed(12), None, O::Unreachable, Some(12)),
            (
                failed(12),
                Some(I::Failed { after_ms: 15 }),
                O::Unreachable,
                Some(12),
            ),
            (failed(12), Some(I::TimedOut), O::Unreachable, Some(12)),
            (
                failed(12),
                Some(I::Loaded { after_ms: 50 }),
                O::Ok,
                Some(50),
            ),
            (
                FetchAnswer::TimedOut,
                None,
                O::Timeout,
                Some(PROBE_DEADLINE_MS),
            ),
            (
                FetchAnswer::TimedOut,
                Some(I::Loaded { after_ms: 10 }),
                O::Timeout,
                Some(PROBE_DEADLINE_MS),
            ),
            (FetchAnswer::BlockedByPolicy, None, O::NotRun, None),
            (
                FetchAnswer::RedirectedAway { after_ms: 30 },
                Some(I::Failed { after_ms: 31 }),
                O::ServerError,
                Some(30),
            ),
        ];
        for (fetch, image, outcome, elapsed) in cases {
            let v = classify(&Observation {
                fetch: fetch.clone(),
                image: *image,
                second_image: None,
            });
            assert_eq!(
                (v.outcome, v.elapsed_ms),
                (*outcome, *elapsed),
                "{fetch:?} {image:?}"
            );
        }
    }

    #[test]
    fn ids_are_the_contracts_values() {
        let ids: Vec<_> = Outcome::ALL.iter().map(|o| o.id()).collect();
        assert_eq!(
            ids,
            [
                "ok",
                "slow",
                "server-error",
                "unreachable",
                "timeout",
                "not-run"
            ]
        );
    }

    #[test]
    fn observations_round_trip_through_json() {
        let o = Observation {
            fetch: failed(3),
            image: Some(ImageAnswer::Failed { after_ms: 4 }),
            second_image: None,
        };
        let text = serde_json::to_string(&o).unwrap();
        assert_eq!(serde_json::from_str::<Observation>(&text).unwrap(), o);
    }
}
