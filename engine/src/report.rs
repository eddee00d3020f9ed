//! The JSON report (schema below). Every probe, every environment fact, every finding with its
//! evidence, the browser and OS detected, and the versions of the app and catalogues. It holds
//! no IP address, no cookie value, no UA string and no text the user did not choose.

use serde::Serialize;

use crate::browser::Detection;
use crate::catalogue::ENDPOINTS;
use crate::diagnose::{Finding, Worded};
use crate::environment::{BaitFacts, CacheFacts, ClockSkew, ContextFacts, CookieFacts};
use crate::evidence::Evidence;
use crate::message::{English, Pack};
use crate::outcome::{classify, FetchAnswer, ImageAnswer, Outcome};
use crate::plan::checklist;
use crate::status_page::StatusReading;
use crate::triage::Triage;

/// Version 2 (November 2026): fetch errors and status-page entries are typed values; the
/// status page's own texts and the browser's error messages are no longer included.
pub const REPORT_SCHEMA: &str = "qbo-check/report/2";

#[derive(Serialize)]
pub struct Report {
    pub schema: &'static str,
    /// The language of the findings' `title` and `detail` (added 2026-11-30): the one the page
    /// showed. Everything else is ids, numbers or English as before.
    pub lang: &'static str,
    pub app_version: String,
    pub catalogues: Catalogues,
    /// When the run started, ISO 8601 (UTC), as the caller formats it.
    pub created_at: String,
    pub browser: Option<BrowserReport>,
    pub probes: Vec<ProbeReport>,
    pub control: Option<ProbeResult>,
    pub status_page: Option<StatusReading>,
    pub environment: EnvironmentReport,
    pub findings: Findings,
    pub checklist: Vec<&'static str>,
    pub triage: Option<Triage>,
    /// Present when the user watched: the pattern and the failed rounds per host. Set by the
    /// caller with [`Report::with_watch`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub watch: Option<crate::watch::WatchReport>,
    /// The help desk's ticket tag, when the check was opened with `?ticket=`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ticket: Option<crate::ticket::Ticket>,
    /// The same result as a share link's fragment (`#r2.…`, added November 2026): what the page
    /// reads back when this file is opened with "Open a saved report". Set with
    /// [`Report::with_link`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

#[derive(Serialize)]
pub struct Catalogues {
    pub endpoints: usize,
    pub browsers_checked: String,
    pub instructions_checked: String,
    /// The day this build was made (`calendar::build_day`).
    pub built: String,
}

#[derive(Serialize)]
pub struct BrowserReport {
    pub family: &'static str,
    pub major: Option<u32>,
    pub os: &'static str,
    pub os_detail: Option<String>,
    pub form: &'static str,
    pub detected_by: crate::browser::DetectedBy,
    pub described: String,
}

#[derive(Serialize)]
pub struct ProbeResult {
    pub outcome: Outcome,
    pub elapsed_ms: Option<u32>,
    /// Why the outcome alone would mislead, in English (docs/FORMATS.md).
    pub note: Option<String>,
    /// The same as a message id, in any language (added November 2026).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note_id: Option<crate::outcome::RowNote>,
    pub fetch: FetchAnswer,
    pub image: Option<ImageAnswer>,
}

#[derive(Serialize)]
pub struct ProbeReport {
    pub id: &'static str,
    pub group: &'static str,
    pub host: &'static str,
    pub technique: &'static str,
    pub sees_server_errors: bool,
    #[serde(flatten)]
    pub result: ProbeResult,
}

#[derive(Serialize)]
pub struct EnvironmentReport {
    pub online: Option<bool>,
    pub cookies: Option<CookieFacts>,
    pub clock: Option<ClockSkew>,
    pub clock_too_far: Option<bool>,
    pub page_is_stale: Option<bool>,
    pub cache: Option<CacheFacts>,
    pub bait: Option<BaitFacts>,
    pub connection: Option<ContextFacts>,
}

fn result(o: &crate::outcome::Observation, v: crate::outcome::Verdict) -> ProbeResult {
    ProbeResult {
        outcome: v.outcome,
        elapsed_ms: v.elapsed_ms,
        note: v
            .note
            .map(|note| English.page(crate::message::PageText::RowNote(note))),
        note_id: v.note,
        fetch: o.fetch.clone(),
        image: o.image,
    }
}

fn browser(d: Detection) -> BrowserReport {
    BrowserReport {
        family: d.family.id(),
        major: d.major,
        os: d.os.id(),
        os_detail: d.os_detail.map(|o| o.to_string()),
        form: d.form.id(),
        detected_by: d.detected_by,
        described: d.describe(),
    }
}

impl Report {
    pub fn build(
        evidence: &Evidence,
        findings: &[Finding],
        app_version: &str,
        created_at: &str,
    ) -> Report {
        let skew = evidence.page.as_ref().and_then(|p| p.clock_skew());
        Report {
            schema: REPORT_SCHEMA,
            lang: English.tag(),
            app_version: app_version.into(),
            catalogues: Catalogues {
                endpoints: ENDPOINTS.len(),
                browsers_checked: crate::calendar::CHECKED.iso(),
                instructions_checked: crate::calendar::CHECKED.iso(),
                built: crate::calendar::build_day().iso(),
            },
            created_at: created_at.into(),
            browser: evidence.detection().map(browser),
            probes: ENDPOINTS
                .iter()
                .map(|e| ProbeReport {
                    id: e.id,
                    group: e.group.id(),
                    host: e.host,
                    technique: e.technique(),
                    sees_server_errors: e.sees_server_errors(),
                    result: evidence.observation(e.id).map_or(
                        ProbeResult {
                            outcome: Outcome::NotRun,
                            elapsed_ms: None,
                            note: None,
                            note_id: None,
                            fetch: FetchAnswer::TimedOut,
                            image: None,
                        },
                        |o| result(o, evidence.verdict(e.id).unwrap_or_else(|| classify(o))),
                    ),
                })
                .collect(),
            control: evidence.control.as_ref().map(|o| result(o, classify(o))),
            status_page: evidence.status.clone(),
            environment: EnvironmentReport {
                online: evidence.online,
                cookies: evidence.cookies.clone(),
                clock: skew,
                clock_too_far: skew.map(|s| s.too_far()),
                page_is_stale: evidence.page.as_ref().map(|p| p.stale_build()),
                cache: evidence.cache.clone(),
                bait: evidence.bait,
                connection: evidence.context.clone(),
            },
            findings: Findings {
                list: findings.to_vec(),
                words: &English,
            },
            checklist: checklist(findings, evidence.triage.as_ref())
                .iter()
                .map(|t| t.id())
                .collect(),
            triage: evidence.triage,
            watch: None,
            ticket: evidence.ticket,
            link: None,
        }
    }
}

/// The findings, worded in the report's language.
pub struct Findings {
    pub list: Vec<Finding>,
    words: &'static dyn Pack,
}

impl Serialize for Findings {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.list.iter().map(|f| Worded(f, self.words)))
    }
}

impl Report {
    /// The findings' words in `pack`'s language, the one the page showed.
    pub fn in_language(mut self, pack: &'static dyn Pack) -> Report {
        self.lang = pack.tag();
        self.findings.words = pack;
        self
    }

    pub fn with_watch(mut self, watch: Option<&crate::watch::Watch>) -> Report {
        self.watch = watch.map(crate::watch::report);
        self
    }

    /// `link` is `#` and the fragment of [`crate::share::encode_watched_link`], without the
    /// page's address (which may be an intranet one; a report holds no address).
    pub fn with_link(mut self, link: String) -> Report {
        self.link = Some(link);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::browser::BrowserSignals;
    use crate::diagnose::diagnose;
    use crate::evidence::EndpointEvidence;
    use crate::outcome::Observation;

    /// A host's entry in a report's JSON.
    fn probe<'a>(json: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
        json["probes"]
            .as_array()
            .and_then(|probes| probes.iter().find(|p| p["id"] == id))
            .unwrap_or_else(|| panic!("no probe {id} in {json}"))
    }

    #[test]
    fn the_report_lists_everything_and_nothing_personal() {
        let evidence = Evidence {
            endpoints: vec![EndpointEvidence {
                id: "qbo".into(),
                observation: Observation { fetch: FetchAnswer::Answered { after_ms: 12 }, image: None, second_image: None },
            }],
            browser: Some(BrowserSignals {
                user_agent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36".into(),
                ..BrowserSignals::default()
            }),
            ..Evidence::default()
        };
        let findings = diagnose(&evidence);
        let report = Report::build(&evidence, &findings, "0.1.0", "2026-11-26T06:41:41Z");
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["schema"], REPORT_SCHEMA);
        assert_eq!(json["probes"].as_array().unwrap().len(), ENDPOINTS.len());
        assert_eq!(json["browser"]["family"], "chrome");
        assert!(json["findings"][0]["evidence"].is_array());
        let text = json.to_string();
        assert!(!text.contains("Mozilla"), "no UA string in the report");
        let qbo = probe(&json, "qbo");
        assert_eq!(qbo["outcome"], "ok");
        assert_eq!(qbo["technique"], "fetch-no-cors");
        assert!(qbo.get("note_id").is_none(), "no note, no id");
    }

    /// The findings' words are in the language the page showed, and say which; their ids are
    /// the same in every language.
    #[test]
    fn the_findings_are_worded_in_the_language_shown() {
        use crate::message::CanadianFrench;
        let evidence = Evidence {
            endpoints: vec![EndpointEvidence {
                id: "payments-connect".into(),
                observation: Observation {
                    fetch: FetchAnswer::Failed {
                        after_ms: 3,
                        error: crate::outcome::FetchError::Network,
                    },
                    image: None,
                    second_image: None,
                },
            }],
            // This page's own server answered: the host's failure is the network's.
            control: Some(Observation {
                fetch: FetchAnswer::Answered { after_ms: 5 },
                image: None,
                second_image: None,
            }),
            // An old browser: a second finding, from the device.
            browser: Some(BrowserSignals {
                user_agent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.0.0 Safari/537.36".into(),
                ..BrowserSignals::default()
            }),
            ..Evidence::default()
        };
        let findings = diagnose(&evidence);
        let build = || Report::build(&evidence, &findings, "0.1.0", "2026-11-30T06:00:00Z");
        let english = serde_json::to_value(build()).unwrap();
        let french = serde_json::to_value(build().in_language(&CanadianFrench)).unwrap();
        assert!(
            serde_json::to_string(&build())
                .unwrap()
                .starts_with(r#"{"schema":"qbo-check/report/2","lang":"en","#),
            "lang comes right after schema"
        );
        assert_eq!(french["lang"], "fr-CA");
        assert!(findings.len() >= 2, "{findings:?}");
        for (at, finding) in findings.iter().enumerate() {
            let (en, fr) = (&english["findings"][at], &french["findings"][at]);
            assert_eq!(en["title"], finding.title());
            assert_eq!(fr["title"], finding.title_in(&CanadianFrench));
            assert_eq!(fr["detail"], finding.detail_in(&CanadianFrench));
            assert_ne!(en["title"], fr["title"]);
            for id in ["cause", "confidence", "fault", "evidence", "message"] {
                assert_eq!(en[id], fr[id], "{id}");
            }
        }
        // Only the findings' words change.
        let (mut en, mut fr) = (english.clone(), french.clone());
        for json in [&mut en, &mut fr] {
            json["lang"] = serde_json::Value::Null;
            json["findings"] = serde_json::Value::Null;
        }
        assert_eq!(en, fr);
    }

    /// A row's note travels as English words, as before, and as an id any language reads.
    #[test]
    fn a_note_has_its_words_and_its_id() {
        let evidence = Evidence {
            endpoints: vec![EndpointEvidence {
                id: "qbo".into(),
                observation: Observation {
                    fetch: FetchAnswer::Answered { after_ms: 12 },
                    image: Some(ImageAnswer::Failed { after_ms: 30 }),
                    second_image: None,
                },
            }],
            ..Evidence::default()
        };
        let report = Report::build(
            &evidence,
            &diagnose(&evidence),
            "0.1.0",
            "2026-11-30T06:00:00Z",
        );
        let json = serde_json::to_value(&report).unwrap();
        let qbo = probe(&json, "qbo");
        assert_eq!(qbo["note_id"], "error-page");
        assert!(
            qbo["note"]
                .as_str()
                .unwrap()
                .starts_with("The host answered, but not with its image"),
            "{qbo}"
        );
    }
}
