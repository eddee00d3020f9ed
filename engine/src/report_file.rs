//! "Open a saved report": a JSON report downloaded from this page (`qbo-check/report/2`, with
//! the `link` added in November 2026) or the native checker's `--json` (`qbo-check/cli-report/1`).
//!
//! The file is a stranger's data, so almost none of it is read. Only two strings count: the
//! schema, to say clearly what the file is, and the link, which goes through the same decoder as
//! any shared link. What opens is therefore exactly what that link would open, typed values
//! only: the file's texts (its findings' words, anything someone added by hand, a phone number)
//! are never shown, and a file that was edited to tell a different story than its link tells
//! the link's. The caller checks the size before reading the file ([`MAX_BYTES`]) and parses
//! the JSON; this module decides.

use crate::share::{decode_watched_link, DecodeError};

/// Files above 1 MB are refused before they are read: the largest report the page writes,
/// with an hour of watch rounds, is under 100 KB.
pub const MAX_BYTES: f64 = 1_000_000.0;

const PAGE_SCHEMA: &str = "qbo-check/report/";
/// The page's report versions that carry a link (from version 2, November 2026).
const PAGE_VERSIONS: std::ops::RangeInclusive<u32> = 2..=2;
const CLI_SCHEMA: &str = "qbo-check/cli-report/";
const CLI_VERSIONS: std::ops::RangeInclusive<u32> = 1..=1;

/// Why a file was refused: an id, worded in the language shown (`crate::notice::FileTexts`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFileError {
    TooLarge,
    /// Empty, cut short, or not JSON at all.
    NotJson,
    /// JSON, but no qbo-check schema.
    NotOurs,
    /// A schema this build does not know yet.
    Newer,
    /// A version-2 page report saved before reports carried their link.
    NoLink,
    /// The link inside is not one qbo-check reads.
    BadLink(DecodeError),
}

/// The share link inside a report file, checked, as a fragment without `#` (`r2.…`).
/// `schema` and `link` are the file's top-level fields of those names, where they are strings.
pub fn link_in(schema: Option<&str>, link: Option<&str>) -> Result<String, ReportFileError> {
    let schema = schema.ok_or(ReportFileError::NotOurs)?;
    let (version, versions) = [(PAGE_SCHEMA, PAGE_VERSIONS), (CLI_SCHEMA, CLI_VERSIONS)]
        .into_iter()
        .find_map(|(prefix, versions)| {
            Some((schema.strip_prefix(prefix)?.parse::<u32>().ok()?, versions))
        })
        .ok_or(ReportFileError::NotOurs)?;
    if version < *versions.start() {
        return Err(ReportFileError::NotOurs);
    }
    if version > *versions.end() {
        return Err(ReportFileError::Newer);
    }
    let link = link.ok_or(ReportFileError::NoLink)?;
    // A page link (`https://…/#r2.…`) or the checker's fragment alone (`#r2.…`).
    let fragment = link.split_once('#').map_or(link, |(_, after)| after).trim();
    decode_watched_link(fragment).map_err(ReportFileError::BadLink)?;
    Ok(fragment.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnose::diagnose;
    use crate::evidence::{EndpointEvidence, Evidence};
    use crate::outcome::{FetchAnswer, FetchError, Observation};
    use crate::report::Report;
    use crate::share::{decode_link, encode_link};

    fn blocked_run() -> Evidence {
        let failed = Observation {
            fetch: FetchAnswer::Failed {
                after_ms: 40,
                error: FetchError::Network,
            },
            image: None,
            second_image: None,
        };
        Evidence {
            started_at_ms: Some(1_764_400_000_000.0),
            endpoints: crate::catalogue::ENDPOINTS
                .iter()
                .map(|e| EndpointEvidence {
                    id: e.id.into(),
                    observation: failed.clone(),
                })
                .collect(),
            control: Some(Observation {
                fetch: FetchAnswer::Answered { after_ms: 5 },
                image: None,
                second_image: None,
            }),
            ticket: crate::ticket::Ticket::parse("HD-1234").ok(),
            ..Evidence::default()
        }
    }

    /// The fields of a file as the page reads them.
    fn fields(json: &serde_json::Value) -> (Option<&str>, Option<&str>) {
        (json["schema"].as_str(), json["link"].as_str())
    }

    #[test]
    fn a_downloaded_report_opens_with_its_verdict_and_ticket() {
        let evidence = blocked_run();
        let findings = diagnose(&evidence);
        let fragment = encode_link(&evidence);
        let report = Report::build(&evidence, &findings, "v", "d")
            .with_link(format!("https://qbo-check.example/#{fragment}"));
        let json = serde_json::to_value(&report).unwrap();
        let (schema, link) = fields(&json);
        let opened = link_in(schema, link).unwrap();
        assert_eq!(opened, fragment);
        let reopened = decode_link(&opened).unwrap();
        assert_eq!(diagnose(&reopened)[0].cause, findings[0].cause);
        assert_eq!(reopened.ticket, evidence.ticket);
        assert_eq!(json["ticket"], "HD-1234");
    }

    #[test]
    fn the_checkers_report_opens_with_a_bare_fragment() {
        let fragment = encode_link(&blocked_run());
        let link = format!("#{fragment}");
        assert_eq!(
            link_in(Some("qbo-check/cli-report/1"), Some(&link)),
            Ok(fragment)
        );
    }

    #[test]
    fn what_is_refused_and_why() {
        let good = format!("#{}", encode_link(&blocked_run()));
        let cases: &[(Option<&str>, Option<&str>, ReportFileError)] = &[
            (None, Some(&good), ReportFileError::NotOurs),
            (
                Some("something/else/2"),
                Some(&good),
                ReportFileError::NotOurs,
            ),
            (
                Some("qbo-check/report/1"),
                Some(&good),
                ReportFileError::NotOurs,
            ),
            (
                Some("qbo-check/report/two"),
                Some(&good),
                ReportFileError::NotOurs,
            ),
            (
                Some("qbo-check/report/3"),
                Some(&good),
                ReportFileError::Newer,
            ),
            (
                Some("qbo-check/cli-report/2"),
                Some(&good),
                ReportFileError::Newer,
            ),
            (Some("qbo-check/report/2"), None, ReportFileError::NoLink),
            (
                Some("qbo-check/report/2"),
                Some(concat!("Call 1-8", "00-55", "5-0199 for help")),
                ReportFileError::BadLink(DecodeError::NotOurs),
            ),
            (
                Some("qbo-check/report/2"),
                Some("#r9.AAAA"),
                ReportFileError::BadLink(DecodeError::FutureVersion(9)),
            ),
        ];
        for (schema, link, why) in cases {
            assert_eq!(
                link_in(*schema, *link).as_ref(),
                Err(why),
                "{schema:?} {link:?}"
            );
        }
        let cut = &good[..good.len() / 2];
        assert!(matches!(
            link_in(Some("qbo-check/report/2"), Some(cut)),
            Err(ReportFileError::BadLink(_))
        ));
    }
}
