//! `qbo-check serve`: a Prometheus scrape target. Rounds run on their own clock; `/metrics`
//! answers with the latest finished round and never starts a check, so scraping faster than the
//! interval adds no load on Intuit's hosts. No target is read from the request: the exporter
//! cannot be turned into a probe of other hosts. It listens on loopback unless told otherwise.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::rounds::{self, Watcher};
use crate::tls::Trust;
use crate::{metrics, Options};

/// The latest finished round, encoded; `None` until the first one finishes.
type Latest = Arc<Mutex<Option<String>>>;

const OPENMETRICS: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";
const PROMETHEUS_TEXT: &str = "text/plain; version=0.0.4; charset=utf-8";
/// A request head larger than this is not a scrape.
const MAX_HEAD: usize = 8 * 1024;
/// The whole request head must arrive within this, however slowly it trickles.
const READ_DEADLINE: Duration = Duration::from_secs(5);
/// Connections served at once; more are closed at once, so slow clients cannot use up the
/// process's files and stop the exporter.
const MAX_CONNECTIONS: usize = 64;

/// Counts a connection while it is open.
struct Open(Arc<AtomicUsize>);

impl Drop for Open {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

pub async fn serve(
    options: &Options,
    listen: SocketAddr,
    interval: Duration,
) -> Result<ExitCode, String> {
    let trust = Arc::new(Trust::load(options.ca_file.as_deref())?);
    let listener = TcpListener::bind(listen)
        .await
        .map_err(|e| format!("cannot listen on {listen}: {e}"))?;
    let bound = listener.local_addr().map_err(|e| e.to_string())?;
    eprintln!(
        "qbo-check: serving metrics at http://{bound}/metrics, a round every {} s",
        interval.as_secs()
    );
    let latest: Latest = Arc::default();
    {
        let (options, latest) = (options.clone(), latest.clone());
        tokio::spawn(async move { run_rounds(options, trust, interval, latest).await });
    }
    let open = Arc::new(AtomicUsize::new(0));
    loop {
        // A failed accept (too many open files, a connection reset before it was taken) is
        // passing: say so, and go on serving.
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(e) => {
                eprintln!("qbo-check: cannot accept a connection: {e}");
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        if open.fetch_add(1, Ordering::Relaxed) >= MAX_CONNECTIONS {
            open.fetch_sub(1, Ordering::Relaxed);
            continue;
        }
        let (guard, latest) = (Open(open.clone()), latest.clone());
        tokio::spawn(async move {
            answer(stream, latest).await;
            drop(guard);
        });
    }
}

/// Checks every `interval`, keeping the latest round's metrics. A round that fails to run
/// (this machine's DNS settings unreadable, say) is reported and the last good one kept.
async fn run_rounds(options: Options, trust: Arc<Trust>, interval: Duration, latest: Latest) {
    let mut watcher = Watcher::new(interval);
    let mut done = 0u32;
    loop {
        match rounds::run(&options, trust.clone()).await {
            Ok(round) => {
                done = done.saturating_add(1);
                let reading = watcher.file(&round);
                let context = metrics::Context {
                    finished_at_s: round.finished_at_ms / 1000.0,
                    rounds: u64::from(done),
                    watch: Some(&reading),
                    status: round.status.as_ref(),
                };
                match metrics::encode_round(&round.results, &round.findings, &context) {
                    Ok(text) => {
                        if let Ok(mut slot) = latest.lock() {
                            *slot = Some(text);
                        }
                    }
                    Err(e) => eprintln!("qbo-check: {e}"),
                }
            }
            Err(e) => eprintln!("qbo-check: a round could not run: {e}"),
        }
        tokio::time::sleep_until(watcher.next_start()).await;
    }
}

/// The request's method, path (without a query) and `Accept` header.
fn parse_head(head: &str) -> (&str, &str, &str) {
    let mut lines = head.split("\r\n");
    let mut request = lines.next().unwrap_or("").split(' ');
    let method = request.next().unwrap_or("");
    let path = request.next().unwrap_or("").split('?').next().unwrap_or("");
    let accept = lines
        .filter_map(|line| line.split_once(':'))
        .find(|(name, _)| name.trim().eq_ignore_ascii_case("accept"))
        .map_or("", |(_, value)| value.trim());
    (method, path, accept)
}

/// Status, content type and body for a request.
fn respond(
    method: &str,
    path: &str,
    accept: &str,
    latest: Option<String>,
) -> (&'static str, &'static str, String) {
    match (method, path) {
        ("GET", "/metrics") => match latest {
            Some(text) if accept.contains("application/openmetrics-text") => {
                ("200 OK", OPENMETRICS, text)
            }
            Some(text) => ("200 OK", PROMETHEUS_TEXT, text),
            None => (
                "503 Service Unavailable",
                "text/plain; charset=utf-8",
                "No round has finished yet; the first takes a few seconds.\n".into(),
            ),
        },
        ("GET", "/") => (
            "200 OK",
            "text/plain; charset=utf-8",
            "qbo-check exporter: the latest round is at /metrics.\n".into(),
        ),
        ("GET", _) => (
            "404 Not Found",
            "text/plain; charset=utf-8",
            "Not found: the metrics are at /metrics.\n".into(),
        ),
        _ => (
            "405 Method Not Allowed",
            "text/plain; charset=utf-8",
            "Only GET is answered.\n".into(),
        ),
    }
}

async fn answer(mut stream: TcpStream, latest: Latest) {
    let mut head = Vec::with_capacity(1024);
    let read = async {
        let mut chunk = [0u8; 1024];
        while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < MAX_HEAD {
            match stream.read(&mut chunk).await {
                Ok(n) if n > 0 => head.extend_from_slice(&chunk[..n]),
                _ => return false,
            }
        }
        true
    };
    if !matches!(tokio::time::timeout(READ_DEADLINE, read).await, Ok(true)) {
        return;
    }
    let head = String::from_utf8_lossy(&head);
    let (method, path, accept) = parse_head(&head);
    let latest = latest.lock().ok().and_then(|slot| slot.clone());
    let (status, content_type, body) = respond(method, path, accept, latest);
    let response = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(response.as_bytes()).await.ok();
    stream.shutdown().await.ok();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrapes_get_the_latest_round_in_the_format_they_ask_for() {
        let head = "GET /metrics?x=1 HTTP/1.1\r\nHost: a\r\nAccept: application/openmetrics-text;version=1.0.0,text/plain;q=0.5\r\n\r\n";
        let (method, path, accept) = parse_head(head);
        assert_eq!((method, path), ("GET", "/metrics"));
        let metrics = Some("qbo_check_rounds 1.0\n# EOF\n".to_string());
        assert_eq!(
            respond(method, path, accept, metrics.clone()).1,
            OPENMETRICS
        );
        assert_eq!(
            respond("GET", "/metrics", "*/*", metrics.clone()).1,
            PROMETHEUS_TEXT
        );
        assert!(respond("GET", "/metrics", "", None).0.starts_with("503"));
        assert!(respond("GET", "/probe", "", metrics.clone())
            .0
            .starts_with("404"));
        assert!(respond("POST", "/metrics", "", metrics)
            .0
            .starts_with("405"));
        assert_eq!(parse_head("garbage"), ("garbage", "", ""));
    }
}
