//! Intuit's status page, in Atlassian Statuspage's v2 `summary.json` format.
//!
//! The app deserialises the JSON into [`Summary`]; everything after that is here. Component
//! names are read at run time because the QuickBooks ones are not published anywhere else.

use serde::{Deserialize, Serialize};

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
const MAX_LISTED: usize = 8;

/// What the page keeps of the status page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusSummary {
    pub indicator: Indicator,
    pub description: String,
    /// Components that are not operational, with Statuspage's status word.
    pub affected: Vec<(String, String)>,
    /// Open incidents: name and impact.
    pub incidents: Vec<(String, String)>,
}

impl Summary {
    pub fn condense(&self) -> StatusSummary {
        let clip = |text: &str| text.chars().take(160).collect::<String>();
        StatusSummary {
            indicator: Indicator::parse(&self.status.indicator),
            description: clip(&self.status.description),
            affected: self
                .components
                .iter()
                .filter(|c| c.status != "operational")
                .take(MAX_LISTED)
                .map(|c| (clip(&c.name), clip(&c.status.replace('_', " "))))
                .collect(),
            incidents: self
                .incidents
                .iter()
                .filter(|i| i.status != "resolved" && i.status != "postmortem")
                .take(MAX_LISTED)
                .map(|i| (clip(&i.name), clip(&i.impact)))
                .collect(),
        }
    }
}

/// The result of trying to read the status page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
        error: String,
    },
    /// An answer came, but not Statuspage JSON.
    Malformed {
        error: String,
    },
    TimedOut,
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

    /// One sentence for the status panel.
    pub fn headline(&self) -> String {
        match self {
            StatusReading::Read { summary } => {
                let word = match summary.indicator {
                    Indicator::None => "reports no problems",
                    Indicator::Maintenance => "reports planned maintenance",
                    Indicator::Minor => "reports a minor problem",
                    Indicator::Major => "reports a major outage",
                    Indicator::Critical => "reports a critical outage",
                    Indicator::Unknown => "reports a state this page does not know",
                };
                if summary.description.is_empty() {
                    format!("Intuit's status page {word}.")
                } else {
                    format!("Intuit's status page {word}: \"{}\".", summary.description)
                }
            }
            StatusReading::HttpError { status } => {
                format!("Intuit's status page answered with HTTP {status}, so its contents could not be read.")
            }
            StatusReading::Unreadable { .. } => "Intuit's status page could not be read from this page (it may be blocked, offline, or not allow other sites to read it). Open it directly.".into(),
            StatusReading::Malformed { .. } => "Intuit's status page answered, but not in the expected format. Open it directly.".into(),
            StatusReading::TimedOut => "Intuit's status page did not answer in time. Open it directly.".into(),
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
            vec![("Payments".to_string(), "major outage".to_string())]
        );
        assert_eq!(
            s.incidents,
            vec![("Payments failing".to_string(), "major".to_string())]
        );
        assert!(StatusReading::Read { summary: s }.reports_incident());
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
        assert_eq!(s.description.len(), 160);
    }
}
