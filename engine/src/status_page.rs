//! Intuit's status page, in Atlassian Statuspage's v2 `summary.json` format.
//!
//! The app deserialises the JSON into [`Summary`]; everything after that is here. Component
//! names are read at run time because the QuickBooks ones are not published anywhere else.

use serde::{Deserialize, Serialize};

use crate::message::{English, Pack, PageText};
use crate::outcome::FetchError;
use crate::outside_text::OutsideText;

/// The part of `summary.json` we read. Unknown fields are ignored; missing lists are empty.
#[derive(Clone, Debug, Deserialize)]
pub struct Summary {
    pub status: OverallStatus,
    #[serde(default)]
    pub components: Vec<Component>,
    #[serde(default)]
    pub incidents: Vec<Incident>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct OverallStatus {
    pub indicator: String,
    #[serde(default)]
    pub description: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Component {
    pub name: String,
    pub status: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Incident {
    pub name: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub impact: String,
}

/// Statuspage's overall indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Indicator {
    None,
    Maintenance,
    Minor,
    Major,
    Critical,
    /// A value this page does not know. Treated as "not all clear", never as an outage.
    Unknown,
}

impl Indicator {
    /// In the order links encode them (docs/FORMATS.md): append, never reorder.
    pub const ALL: [Indicator; 6] = [
        Indicator::None,
        Indicator::Maintenance,
        Indicator::Minor,
        Indicator::Major,
        Indicator::Critical,
        Indicator::Unknown,
    ];

    /// Statuspage's own word for it (as serialized), for the native checker's metrics.
    pub fn id(self) -> &'static str {
        match self {
            Indicator::None => "none",
            Indicator::Maintenance => "maintenance",
            Indicator::Minor => "minor",
            Indicator::Major => "major",
            Indicator::Critical => "critical",
            Indicator::Unknown => "unknown",
        }
    }

    /// What the indicator says, after "reports": one table for the headline and the brief line.
    pub fn words(self) -> &'static str {
        match self {
            Indicator::None => "no problems",
            Indicator::Maintenance => "planned maintenance",
            Indicator::Minor => "a minor problem",
            Indicator::Major => "a major outage",
            Indicator::Critical => "a critical outage",
            Indicator::Unknown => "a state this page does not know",
        }
    }

    fn parse(text: &str) -> Indicator {
        match text {
            "none" => Indicator::None,
            "maintenance" => Indicator::Maintenance,
            "minor" => Indicator::Minor,
            "major" => Indicator::Major,
            "critical" => Indicator::Critical,
            _ => Indicator::Unknown,
        }
    }
}

/// How much of a long status page we keep: enough to show, small enough to share.
pub const MAX_LISTED: usize = 8;

/// A component's state, in Statuspage's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ComponentStatus {
    Operational,
    DegradedPerformance,
    PartialOutage,
    MajorOutage,
    UnderMaintenance,
    /// A value this page does not know.
    Unknown,
}

impl ComponentStatus {
    pub const ALL: [ComponentStatus; 6] = [
        ComponentStatus::Operational,
        ComponentStatus::DegradedPerformance,
        ComponentStatus::PartialOutage,
        ComponentStatus::MajorOutage,
        ComponentStatus::UnderMaintenance,
        ComponentStatus::Unknown,
    ];

    pub fn parse(text: &str) -> ComponentStatus {
        match text {
            "operational" => ComponentStatus::Operational,
            "degraded_performance" => ComponentStatus::DegradedPerformance,
            "partial_outage" => ComponentStatus::PartialOutage,
            "major_outage" => ComponentStatus::MajorOutage,
            "under_maintenance" => ComponentStatus::UnderMaintenance,
            _ => ComponentStatus::Unknown,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ComponentStatus::Operational => "operational",
            ComponentStatus::DegradedPerformance => "degraded performance",
            ComponentStatus::PartialOutage => "partial outage",
            ComponentStatus::MajorOutage => "major outage",
            ComponentStatus::UnderMaintenance => "under maintenance",
            ComponentStatus::Unknown => "state not known to this page",
        }
    }
}

/// An incident's impact, in Statuspage's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Impact {
    None,
    Maintenance,
    Minor,
    Major,
    Critical,
    Unknown,
}

impl Impact {
    pub const ALL: [Impact; 6] = [
        Impact::None,
        Impact::Maintenance,
        Impact::Minor,
        Impact::Major,
        Impact::Critical,
        Impact::Unknown,
    ];

    pub fn parse(text: &str) -> Impact {
        match text {
            "none" => Impact::None,
            "maintenance" => Impact::Maintenance,
            "minor" => Impact::Minor,
            "major" => Impact::Major,
            "critical" => Impact::Critical,
            _ => Impact::Unknown,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Impact::None => "no impact",
            Impact::Maintenance => "maintenance",
            Impact::Minor => "minor impact",
            Impact::Major => "major impact",
            Impact::Critical => "critical impact",
            Impact::Unknown => "impact not known to this page",
        }
    }
}

/// A component that is not operational. The name is only known on a live run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AffectedComponent {
    #[serde(skip)]
    pub name: OutsideText,
    pub status: ComponentStatus,
}

/// An open incident. The name is only known on a live run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OpenIncident {
    #[serde(skip)]
    pub name: OutsideText,
    pub impact: Impact,
}

/// What the page keeps of the status page: typed values, which links and reports carry, and the
/// page's own texts, sanitized, which only a live run shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StatusSummary {
    pub indicator: Indicator,
    #[serde(skip)]
    pub description: OutsideText,
    pub affected: Vec<AffectedComponent>,
    pub incidents: Vec<OpenIncident>,
}

impl Summary {
    pub fn condense(&self) -> StatusSummary {
        StatusSummary {
            indicator: Indicator::parse(&self.status.indicator),
            description: OutsideText::sanitize(&self.status.description),
            affected: self
                .components
                .iter()
                .filter(|c| c.status != "operational")
                .take(MAX_LISTED)
                .map(|c| AffectedComponent {
                    name: OutsideText::sanitize(&c.name),
                    status: ComponentStatus::parse(&c.status),
                })
                .collect(),
            incidents: self
                .incidents
                .iter()
                .filter(|i| i.status != "resolved" && i.status != "postmortem")
                .take(MAX_LISTED)
                .map(|i| OpenIncident {
                    name: OutsideText::sanitize(&i.name),
                    impact: Impact::parse(&i.impact),
                })
                .collect(),
        }
    }
}

/// Why an answer from the status host was not a summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MalformedReason {
    NotJson,
    NotASummary,
    /// Larger than [`MAX_STATUS_BYTES`]: abandoned unread.
    TooLarge,
}

impl MalformedReason {
    pub const ALL: [MalformedReason; 3] = [
        MalformedReason::NotJson,
        MalformedReason::NotASummary,
        MalformedReason::TooLarge,
    ];
}

/// A real summary is a few kilobytes; anything past this is abandoned, not read.
pub const MAX_STATUS_BYTES: usize = 1_000_000;

/// The result of trying to read the status page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum StatusReading {
    Read {
        summary: StatusSummary,
    },
    /// The status host answered with an HTTP error we could read.
    HttpError {
        status: u16,
    },
    /// The request failed: offline, blocked, or no CORS permission. The browser hides which.
    Unreadable {
        error: FetchError,
    },
    /// An answer came, but not Statuspage JSON.
    Malformed {
        reason: MalformedReason,
    },
    TimedOut,
}

/// A status reading without the status page's own texts ([`StatusReading::state`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusState {
    Read {
        indicator: Indicator,
        incidents: usize,
        affected: usize,
    },
    HttpError(u16),
    Unreadable,
    TooLarge,
    Malformed,
    TimedOut,
}

impl StatusState {
    /// One of each, for the packs' tests.
    #[cfg(test)]
    pub(crate) fn examples() -> Vec<StatusState> {
        let mut all = vec![
            StatusState::HttpError(503),
            StatusState::Unreadable,
            StatusState::TooLarge,
            StatusState::Malformed,
            StatusState::TimedOut,
        ];
        for indicator in Indicator::ALL {
            for (incidents, affected) in [(0, 0), (1, 0), (0, 2), (2, 1)] {
                all.push(StatusState::Read {
                    indicator,
                    incidents,
                    affected,
                });
            }
        }
        all
    }
}

impl StatusReading {
    /// The indicator, when the page was read.
    pub fn indicator(&self) -> Option<Indicator> {
        match self {
            StatusReading::Read { summary } => Some(summary.indicator),
            _ => None,
        }
    }

    /// Intuit itself reports a problem that is not planned maintenance.
    pub fn reports_incident(&self) -> bool {
        match self {
            StatusReading::Read { summary } => {
                matches!(
                    summary.indicator,
                    Indicator::Minor | Indicator::Major | Indicator::Critical
                ) || !summary.incidents.is_empty()
            }
            _ => false,
        }
    }

    /// What the reading says, as a message a language pack words: the indicator and counts, or
    /// why it could not be read; never the status page's own texts.
    pub fn state(&self) -> StatusState {
        match self {
            StatusReading::Read { summary } => StatusState::Read {
                indicator: summary.indicator,
                incidents: summary.incidents.len(),
                affected: summary.affected.len(),
            },
            StatusReading::HttpError { status } => StatusState::HttpError(*status),
            StatusReading::Unreadable { .. } => StatusState::Unreadable,
            StatusReading::Malformed {
                reason: MalformedReason::TooLarge,
            } => StatusState::TooLarge,
            StatusReading::Malformed { .. } => StatusState::Malformed,
            StatusReading::TimedOut => StatusState::TimedOut,
        }
    }

    /// One sentence for the status panel, the summary and a shared report, in English: the
    /// indicator and counts, never the status page's texts (see [`Self::quoted`]).
    pub fn headline(&self) -> String {
        English.page(PageText::StatusHeadline(self.state()))
    }

    /// The status page's own words, sanitized, for a live run: its description and the names of
    /// open incidents and affected components. Empty for a shared report, which never carries
    /// them.
    pub fn quoted(&self) -> Vec<String> {
        let StatusReading::Read { summary } = self else {
            return Vec::new();
        };
        let quote = |t: &OutsideText| format!("\u{201c}{}\u{201d}", t.as_str());
        let mut out = Vec::new();
        if !summary.description.is_empty() {
            out.push(format!("Overall: {}", quote(&summary.description)));
        }
        for i in summary.incidents.iter().filter(|i| !i.name.is_empty()) {
            out.push(format!(
                "Incident: {} ({})",
                quote(&i.name),
                i.impact.label()
            ));
        }
        for c in summary.affected.iter().filter(|c| !c.name.is_empty()) {
            out.push(format!(
                "Component: {} ({})",
                quote(&c.name),
                c.status.label()
            ));
        }
        out
    }
}

impl StatusReading {
    /// The first open incident's name as Intuit wrote it (sanitized), on a live run only.
    pub fn first_incident(&self) -> Option<&OutsideText> {
        match self {
            StatusReading::Read { summary } => summary
                .incidents
                .iter()
                .map(|i| &i.name)
                .find(|n| !n.is_empty()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> StatusSummary {
        serde_json::from_str::<Summary>(json)
            .expect("parses")
            .condense()
    }

    #[test]
    fn reads_an_all_clear_summary() {
        let s = parse(
            r#"{"page":{"id":"2dv2gqw9hrgc"},"status":{"indicator":"none","description":"All Systems Operational"},"components":[{"name":"QuickBooks Online","status":"operational"}],"incidents":[]}"#,
        );
        assert_eq!(s.indicator, Indicator::None);
        assert!(s.affected.is_empty() && s.incidents.is_empty());
        assert!(!StatusReading::Read { summary: s }.reports_incident());
    }

    #[test]
    fn reads_an_incident() {
        let s = parse(
            r#"{"status":{"indicator":"major","description":"Partial System Outage"},"components":[{"name":"Payments","status":"major_outage"},{"name":"Banking","status":"operational"}],"incidents":[{"name":"Payments failing","status":"investigating","impact":"major"},{"name":"Old","status":"resolved","impact":"minor"}]}"#,
        );
        assert_eq!(s.indicator, Indicator::Major);
        assert_eq!(
            s.affected,
            vec![AffectedComponent {
                name: OutsideText::sanitize("Payments"),
                status: ComponentStatus::MajorOutage
            }]
        );
        assert_eq!(
            s.incidents,
            vec![OpenIncident {
                name: OutsideText::sanitize("Payments failing"),
                impact: Impact::Major
            }]
        );
        assert!(StatusReading::Read { summary: s }.reports_incident());
    }

    #[test]
    fn the_brief_line_agrees_with_the_headline() {
        let read = |json: &str| StatusReading::Read {
            summary: parse(json),
        };
        let cases = [
            (read(r#"{"status":{"indicator":"none"}}"#), "no problems"),
            (
                read(
                    r#"{"status":{"indicator":"none"},"incidents":[{"name":"x","status":"investigating"}]}"#,
                ),
                "an open incident",
            ),
            (
                read(r#"{"status":{"indicator":"major"}}"#),
                "a major outage",
            ),
            (
                read(r#"{"status":{"indicator":"maintenance"}}"#),
                "planned maintenance",
            ),
            (
                StatusReading::HttpError { status: 503 },
                "answered HTTP 503",
            ),
            (
                StatusReading::Unreadable {
                    error: FetchError::Network,
                },
                "could not be read",
            ),
            (StatusReading::TimedOut, "no answer in time"),
        ];
        for (reading, brief) in cases {
            let said = English.page(PageText::StatusBrief(reading.state()));
            assert_eq!(said, brief, "{reading:?}");
            // Short enough for one line on a 320 px phone, after "Intuit's status: ".
            assert!(brief.len() <= 24, "{brief}");
        }
    }

    #[test]
    fn tolerates_missing_lists_and_unknown_indicators() {
        let s = parse(r#"{"status":{"indicator":"purple"}}"#);
        assert_eq!(s.indicator, Indicator::Unknown);
        assert!(!StatusReading::Read { summary: s }.reports_incident());
    }

    #[test]
    fn rejects_what_is_not_a_summary() {
        for bad in [
            r#"{}"#,
            r#"[]"#,
            r#"{"status":"ok"}"#,
            r#"{"status":{"indicator":3}}"#,
        ] {
            assert!(serde_json::from_str::<Summary>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn long_pages_are_clipped() {
        let components: Vec<String> = (0..50)
            .map(|i| format!(r#"{{"name":"C{i}","status":"partial_outage"}}"#))
            .collect();
        let json = format!(
            r#"{{"status":{{"indicator":"minor","description":"{}"}},"components":[{}]}}"#,
            "x".repeat(1000),
            components.join(",")
        );
        let s = parse(&json);
        assert_eq!(s.affected.len(), MAX_LISTED);
        assert_eq!(
            s.description.as_str().chars().count(),
            crate::outside_text::MAX_CHARS
        );
    }
}
