//! One round as Prometheus metrics, for `--format openmetrics` (node_exporter's textfile
//! collector, windows_exporter's) and `serve` (a scrape target). Names follow the blackbox
//! exporter's where they mean the same thing, under `qbo_check_`: a fleet that already alerts
//! on `probe_success` reads these the same way. Added to them: the engine's verdict, TLS
//! inspection and, when watching, the watch pattern.
//!
//! Every metric is a gauge, with no units line. That makes one text both valid OpenMetrics and
//! valid Prometheus text format 0.0.4 (where `# EOF` is a comment), which is what the textfile
//! collectors read; counters and `# UNIT` lines are written differently in the two.

use engine::catalogue::endpoints::Endpoint;
use engine::diagnose::Cause;
use engine::status_page::{Indicator, StatusReading};
use engine::watch::{Pattern, Reading};
use prometheus_client::encoding::text::encode;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;
use std::sync::atomic::AtomicU64;

use crate::check::{self, CliFinding};
use crate::net::Seen;

type Labels = Vec<(String, String)>;
type Values = Family<Labels, Gauge<f64, AtomicU64>>;

/// What a round is exported with: when it ended, how many rounds this process completed, and
/// the watch's reading once there are rounds to read.
pub struct Context<'a> {
    pub finished_at_s: f64,
    pub rounds: u64,
    pub watch: Option<&'a Reading>,
    /// Intuit's status page, as read in this round.
    pub status: Option<&'a StatusReading>,
}

fn host_labels(endpoint: &Endpoint) -> Labels {
    vec![
        ("id".into(), endpoint.id.into()),
        ("host".into(), endpoint.host.into()),
        ("group".into(), endpoint.group.id().into()),
    ]
}

fn with(mut labels: Labels, name: &str, value: &str) -> Labels {
    labels.push((name.into(), value.into()));
    labels
}

fn seconds(ms: u64) -> f64 {
    ms as f64 / 1000.0
}

/// Registers a family and returns it for filling in.
fn family(registry: &mut Registry, name: &str, help: &str) -> Values {
    let values = Values::default();
    registry.register(name, help, values.clone());
    values
}

/// Registers a metric with no labels and its value.
fn single(registry: &mut Registry, name: &str, help: &str, value: f64) {
    let gauge = Gauge::<f64, AtomicU64>::default();
    gauge.set(value);
    registry.register(name, help, gauge);
}

/// The round in the text format (OpenMetrics, readable as Prometheus text 0.0.4).
pub fn encode_round(
    results: &[(&'static Endpoint, Seen)],
    findings: &[CliFinding],
    context: &Context,
) -> Result<String, String> {
    let mut registry = Registry::with_prefix("qbo_check");
    let success = family(&mut registry, "probe_success", "Whether the host answered (ok or slow), as blackbox_exporter's probe_success; a server error counts as a failure");
    let duration = family(
        &mut registry,
        "probe_duration_seconds",
        "Wall time of the whole check of the host: DNS, TCP, TLS and HTTP, or until the deadline",
    );
    let status = family(
        &mut registry,
        "probe_http_status_code",
        "The host's exact HTTP status; 0 when no answer arrived",
    );
    let phases = family(&mut registry, "probe_http_duration_seconds", "Time of each measured phase: resolve (DNS), connect (TCP), processing (request to first byte)");
    let tls_version = family(
        &mut registry,
        "probe_tls_version_info",
        "The TLS version negotiated with the host, as a label; always 1",
    );
    let inspected = family(&mut registry, "probe_tls_inspected", "1 when the host's certificate chain was valid only against this machine's own roots: TLS inspection");
    let verdict = family(
        &mut registry,
        "verdict",
        "The engine's top finding for this round: 1 for its cause, 0 for every other cause",
    );

    for (endpoint, seen) in results {
        let labels = host_labels(endpoint);
        let outcome = check::outcome(seen);
        success
            .get_or_create(&labels)
            .set(f64::from(u8::from(matches!(outcome, "ok" | "slow"))));
        duration
            .get_or_create(&labels)
            .set(seconds(seen.elapsed_ms));
        status
            .get_or_create(&labels)
            .set(f64::from(seen.http.status.unwrap_or(0)));
        for (phase, ms) in [
            ("resolve", seen.dns.ms),
            ("connect", seen.tcp.ms),
            ("processing", seen.http.ms),
        ] {
            if let Some(ms) = ms {
                phases
                    .get_or_create(&with(labels.clone(), "phase", phase))
                    .set(seconds(ms));
            }
        }
        if let Some(version) = &seen.tls.version {
            tls_version
                .get_or_create(&with(labels.clone(), "version", version))
                .set(1.0);
        }
        inspected
            .get_or_create(&labels)
            .set(f64::from(u8::from(seen.tls.local_ca_only)));
    }
    let top = findings.first().map(|f| f.cause.as_str());
    for cause in Cause::ALL.iter().map(|c| c.id()) {
        verdict
            .get_or_create(&vec![("cause".into(), cause.into())])
            .set(f64::from(u8::from(top == Some(cause))));
    }
    if let Some(reading) = context.status {
        let indicator = reading.indicator();
        single(
            &mut registry,
            "status_page_read",
            "1 when Intuit's status page (summary.json) was read in this round, else 0",
            f64::from(u8::from(indicator.is_some())),
        );
        if let Some(indicator) = indicator {
            let family = family(
                &mut registry,
                "status_page_indicator",
                "Intuit's status page's overall indicator: 1 for the one it reports",
            );
            for i in Indicator::ALL {
                family
                    .get_or_create(&vec![("indicator".into(), i.id().into())])
                    .set(f64::from(u8::from(i == indicator)));
            }
        }
    }
    if let Some(reading) = context.watch {
        let pattern = family(&mut registry, "watch_pattern", "The pattern of the rounds so far, as the page's watch names it: 1 for the pattern seen");
        for p in Pattern::ALL {
            pattern
                .get_or_create(&vec![("pattern".into(), p.id().into())])
                .set(f64::from(u8::from(reading.pattern == p)));
        }
        single(
            &mut registry,
            "watch_failed_rounds",
            "Rounds of the watch's window in which any host failed (unreachable, timeout or server error)",
            reading.failed_rounds as f64,
        );
    }
    single(
        &mut registry,
        "rounds",
        "Rounds this process has completed",
        context.rounds as f64,
    );
    single(
        &mut registry,
        "round_finished_timestamp_seconds",
        "When the exported round finished, in seconds since 1970",
        context.finished_at_s,
    );

    let mut text = String::new();
    encode(&mut text, &registry).map_err(|e| format!("cannot write the metrics: {e}"))?;
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::{DnsSeen, HttpSeen, TcpSeen};
    use crate::tls::TlsSeen;
    use engine::catalogue::ENDPOINTS;

    fn seen(status: Option<u16>, inspected: bool) -> Seen {
        Seen {
            dns: DnsSeen {
                ms: Some(12),
                ..DnsSeen::default()
            },
            tcp: TcpSeen {
                ms: Some(30),
                ..TcpSeen::default()
            },
            tls: TlsSeen {
                version: status.map(|_| "TLSv1.3".into()),
                local_ca_only: inspected,
                ..TlsSeen::default()
            },
            http: HttpSeen {
                status,
                ms: status.map(|_| 250),
                ..HttpSeen::default()
            },
            proxy: None,
            timed_out: false,
            elapsed_ms: 300,
            ..Seen::default()
        }
    }

    #[test]
    fn a_round_reads_like_blackbox_exporter_plus_the_verdict() {
        let results: Vec<_> = ENDPOINTS
            .iter()
            .enumerate()
            .map(|(i, e)| (e, seen(if i == 0 { Some(502) } else { Some(200) }, i == 1)))
            .collect();
        let findings = vec![CliFinding {
            cause: "tls-inspection".into(),
            confidence: "high",
            level: engine::diagnose::Confidence::High,
            place: engine::diagnose::Fault::Network,
            fault: "network",
            title: String::new(),
            detail: String::new(),
            message: None,
        }];
        let text = encode_round(
            &results,
            &findings,
            &Context {
                finished_at_s: 1_795_000_000.0,
                rounds: 3,
                watch: None,
                status: None,
            },
        )
        .unwrap();
        let first = ENDPOINTS[0];
        let labels = format!(
            "id=\"{}\",host=\"{}\",group=\"{}\"",
            first.id,
            first.host,
            first.group.id()
        );
        for line in [
            format!("qbo_check_probe_success{{{labels}}} 0.0"),
            format!("qbo_check_probe_http_status_code{{{labels}}} 502.0"),
            format!("qbo_check_probe_http_duration_seconds{{{labels},phase=\"resolve\"}} 0.012"),
            format!("qbo_check_probe_tls_version_info{{{labels},version=\"TLSv1.3\"}} 1.0"),
            "qbo_check_verdict{cause=\"tls-inspection\"} 1.0".to_string(),
            "qbo_check_verdict{cause=\"all-clear\"} 0.0".to_string(),
            "qbo_check_rounds 3.0".to_string(),
        ] {
            assert!(text.lines().any(|l| l == line), "missing {line}\n{text}");
        }
        let second = ENDPOINTS[1];
        assert!(text.contains(&format!(
            "qbo_check_probe_tls_inspected{{id=\"{}\",host=\"{}\",group=\"{}\"}} 1.0",
            second.id,
            second.host,
            second.group.id()
        )));
        assert!(text.ends_with("# EOF\n"));
        assert!(
            !text.contains("# UNIT"),
            "no units line, so 0.0.4 readers agree"
        );
        assert!(text
            .lines()
            .filter(|l| l.starts_with("# TYPE"))
            .all(|l| l.ends_with(" gauge")));
        assert!(!text.contains("watch_pattern"), "no watch, no pattern");
    }
}
