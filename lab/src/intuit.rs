//! The impersonated Intuit hosts: one TLS port, behaviour chosen per host name.

use std::convert::Infallible;
use std::os::fd::{AsRawFd, BorrowedFd};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio_rustls::LazyConfigAcceptor;

use crate::scenario::{Behaviour, Scenario};

const PNG: &[u8] = include_bytes!("../assets/probe.png");
const GIF: &[u8] = include_bytes!("../assets/probe.gif");
const SVG: &[u8] = include_bytes!("../assets/probe.svg");
const HUGE_BYTES: u64 = 100 * 1024 * 1024;
const CHUNK: usize = 64 * 1024;

/// What the lab did, for tests to read back (the site server serves it at `/__lab/stats`).
#[derive(Default)]
pub struct Stats {
    pub huge_body_bytes_sent: AtomicU64,
    /// Bytes of a 300 MB or endless status page actually sent before the page stopped reading.
    pub status_body_bytes_sent: AtomicU64,
    /// Per host, the `qbo-check=` values seen, in order: the page's rounds, for `rounds`.
    pub rounds_seen: std::sync::Mutex<std::collections::HashMap<String, Vec<String>>>,
    /// Requests answered, all hosts together: a test reads it to see that a stopped watch
    /// sends nothing more.
    pub requests: AtomicU64,
}

/// The 0-based round of this request for `host`: how many different `qbo-check=` values the
/// host saw before this one.
fn round_of(stats: &Stats, host: &str, query: Option<&str>) -> usize {
    let key = query
        .unwrap_or("")
        .split('&')
        .find_map(|pair| pair.strip_prefix("qbo-check="))
        .unwrap_or("")
        .to_string();
    let Ok(mut seen) = stats.rounds_seen.lock() else {
        return 0;
    };
    let keys = seen.entry(host.to_string()).or_default();
    match keys.iter().position(|k| *k == key) {
        Some(i) => i,
        None => {
            keys.push(key);
            keys.len() - 1
        }
    }
}

type Body = UnsyncBoxBody<Bytes, std::io::Error>;

fn full(bytes: Bytes) -> Body {
    Full::new(bytes)
        .map_err(|never: Infallible| match never {})
        .boxed_unsync()
}

pub async fn serve(
    listener: TcpListener,
    scenario: Arc<Scenario>,
    tls: Arc<rustls::ServerConfig>,
    stats: Arc<Stats>,
) {
    loop {
        let Ok((tcp, _)) = listener.accept().await else {
            continue;
        };
        let (scenario, tls, stats) = (scenario.clone(), tls.clone(), stats.clone());
        tokio::spawn(async move {
            let fd = tcp.as_raw_fd();
            let acceptor = LazyConfigAcceptor::new(rustls::server::Acceptor::default(), tcp);
            let Ok(start) = acceptor.await else { return };
            let host = start
                .client_hello()
                .server_name()
                .unwrap_or_default()
                .to_string();
            let behaviour = scenario.behaviour(&host).clone();
            if behaviour == Behaviour::Reset {
                reset(fd);
                drop(start); // closing with a zero linger sends RST
                return;
            }
            let Ok(mut stream) = start.into_stream(tls).await else {
                return;
            };
            if behaviour == Behaviour::Http10Close {
                http10(&mut stream).await;
                return;
            }
            let service =
                hyper::service::service_fn(move |req| answer(req, scenario.clone(), stats.clone()));
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
            if behaviour == Behaviour::ResetMidBody {
                reset(fd);
            }
        });
    }
}

/// Sets a zero linger on the socket, so that closing it sends RST instead of FIN.
fn reset(fd: std::os::fd::RawFd) {
    // SAFETY: the caller still owns the socket, so the descriptor is open while borrowed.
    let socket = unsafe { BorrowedFd::borrow_raw(fd) };
    let _ = socket2::SockRef::from(&socket).set_linger(Some(Duration::ZERO));
}

/// A server that still speaks HTTP/1.0: no Content-Length, the body ends when it closes.
async fn http10<S: AsyncReadExt + AsyncWriteExt + Unpin>(stream: &mut S) {
    let mut request = Vec::new();
    let mut buf = [0u8; 2048];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") && request.len() < 65_536 {
        match stream.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => request.extend_from_slice(&buf[..n]),
        }
    }
    let target = String::from_utf8_lossy(&request)
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_string();
    let path = target.split('?').next().unwrap_or("/");
    let (content_type, body) = asset(path);
    let head = format!("HTTP/1.0 200 OK\r\nContent-Type: {content_type}\r\nConnection: close\r\nCross-Origin-Resource-Policy: cross-origin\r\n\r\n");
    let _ = stream.write_all(head.as_bytes()).await;
    let _ = stream.write_all(body).await;
    let _ = stream.shutdown().await;
}

fn host_of(req: &Request<Incoming>) -> String {
    req.headers()
        .get(hyper::header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(|h| h.split(':').next().unwrap_or(h).to_string())
        .unwrap_or_default()
}

async fn answer(
    req: Request<Incoming>,
    scenario: Arc<Scenario>,
    stats: Arc<Stats>,
) -> Result<Response<Body>, Infallible> {
    let host = host_of(&req);
    let path = req.uri().path().to_string();
    let behaviour = if scenario.missing.contains(&format!("{host}{path}")) {
        Behaviour::Status {
            code: 404,
            delay_ms: 0,
        }
    } else {
        scenario.behaviour(&host).clone()
    };
    stats.requests.fetch_add(1, Ordering::Relaxed);
    let behaviour = match behaviour {
        Behaviour::Rounds { pattern, down } => {
            let round = round_of(&stats, &host, req.uri().query());
            match pattern.chars().cycle().nth(round) {
                Some('d') => *down,
                _ => Behaviour::Ok { delay_ms: 0 },
            }
        }
        other => other,
    };
    if std::env::var_os("LAB_LOG").is_some() {
        eprintln!("lab: {} {host}{path} -> {behaviour:?}", req.method());
    }
    let response = match behaviour {
        Behaviour::Hang => std::future::pending().await,
        Behaviour::Ok { delay_ms } => {
            tokio::time::sleep(Duration::from_millis(delay_ms)).await;
            ok(&path, &scenario, &stats)
        }
        Behaviour::Status { code, delay_ms } => {
            tokio::time::sleep(Duration::from_millis(delay_ms)).await;
            error_page(code, &scenario)
        }
        Behaviour::ResetMidBody => streamed(
            200,
            "image/png",
            1,
            futures_util::stream::iter([
                Ok(Bytes::from_static(&PNG[..40])),
                Err(std::io::Error::other("reset")),
            ])
            .boxed_stream(),
        ),
        Behaviour::Trickle => {
            let bytes = futures_util::stream::unfold(0usize, |i| async move {
                if i > 0 {
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
                (i < PNG.len()).then(|| (Ok(Bytes::copy_from_slice(&PNG[i..i + 1])), i + 1))
            });
            streamed(200, "image/png", PNG.len() as u64, bytes.boxed_stream())
        }
        Behaviour::HugeBody => {
            let stats = stats.clone();
            let bytes = futures_util::stream::unfold(0u64, move |sent| {
                let stats = stats.clone();
                async move {
                    (sent < HUGE_BYTES).then(|| {
                        stats
                            .huge_body_bytes_sent
                            .fetch_add(CHUNK as u64, Ordering::Relaxed);
                        (Ok(Bytes::from(vec![b'x'; CHUNK])), sent + CHUNK as u64)
                    })
                }
            });
            streamed(
                200,
                "application/octet-stream",
                HUGE_BYTES,
                bytes.boxed_stream(),
            )
        }
        Behaviour::RedirectLoop => redirect(&format!("https://{host}{path}")),
        Behaviour::RedirectAway => redirect("https://elsewhere.example/moved"),
        // TLS-level and resolver-level behaviours never reach HTTP; answer plainly if they do.
        _ => ok(&path, &scenario, &stats),
    };
    Ok(response)
}

trait BoxedStream {
    fn boxed_stream(
        self,
    ) -> futures_util::stream::BoxStream<'static, Result<Bytes, std::io::Error>>;
}

impl<S: futures_util::Stream<Item = Result<Bytes, std::io::Error>> + Send + 'static> BoxedStream
    for S
{
    fn boxed_stream(
        self,
    ) -> futures_util::stream::BoxStream<'static, Result<Bytes, std::io::Error>> {
        Box::pin(self)
    }
}

fn streamed(
    code: u16,
    content_type: &str,
    length: u64,
    bytes: futures_util::stream::BoxStream<'static, Result<Bytes, std::io::Error>>,
) -> Response<Body> {
    use futures_util::StreamExt;
    let body = BodyExt::boxed_unsync(StreamBody::new(bytes.map(|b| b.map(Frame::data))));
    Response::builder()
        .status(code)
        .header("content-type", content_type)
        .header("content-length", length)
        .header("cache-control", "no-store")
        .header("cross-origin-resource-policy", "cross-origin")
        .body(body)
        .unwrap_or_else(|_| Response::new(full(Bytes::new())))
}

fn redirect(to: &str) -> Response<Body> {
    Response::builder()
        .status(302)
        .header("location", to)
        .header("cache-control", "no-store")
        .body(full(Bytes::new()))
        .unwrap_or_else(|_| Response::new(full(Bytes::new())))
}

fn response(code: u16, content_type: &str, body: Bytes, cors: bool) -> Response<Body> {
    // CORP lets the wasm-bindgen test runner's page, which is cross-origin isolated (COEP
    // require-corp), load these answers; qbo-check's own page sets no COEP and needs none.
    let mut builder = Response::builder()
        .status(code)
        .header("content-type", content_type)
        .header("cache-control", "no-store")
        .header("cross-origin-resource-policy", "cross-origin");
    if cors {
        builder = builder.header("access-control-allow-origin", "*");
    }
    builder
        .body(full(body))
        .unwrap_or_else(|_| Response::new(full(Bytes::new())))
}

/// The file for a path: a real image for image paths, a short text otherwise.
fn asset(path: &str) -> (&'static str, &'static [u8]) {
    if path.ends_with(".gif") {
        ("image/gif", GIF)
    } else if path.ends_with(".svg") {
        ("image/svg+xml", SVG)
    } else if path.ends_with(".png") || path.ends_with(".ico") {
        ("image/png", PNG)
    } else {
        ("text/plain", b"ok\n")
    }
}

/// A status page that never stops (`length: None`) or is 300 MB long: JSON that opens and
/// keeps going, counted as it is sent, so a test can see the reader gave up early.
fn endless_status(length: Option<u64>, stats: &Arc<Stats>, cors: bool) -> Response<Body> {
    use futures_util::StreamExt;
    const START: &[u8] =
        br#"{"status":{"indicator":"none","description":"All Systems Operational"},"components":["#;
    const ITEM: &[u8] =
        br#"{"name":"padding padding padding padding padding","status":"operational"},"#;
    let limit = length.unwrap_or(8 * 1024 * 1024 * 1024);
    let stats = stats.clone();
    let chunk: Bytes = ITEM.repeat(CHUNK / ITEM.len()).into();
    let bytes = futures_util::stream::unfold(0u64, move |sent| {
        let (stats, chunk) = (stats.clone(), chunk.clone());
        async move {
            let part = if sent == 0 {
                Bytes::from_static(START)
            } else {
                chunk
            };
            let part = part.slice(..part.len().min((limit - sent) as usize));
            (sent < limit).then(|| {
                stats
                    .status_body_bytes_sent
                    .fetch_add(part.len() as u64, Ordering::Relaxed);
                let next = sent + part.len() as u64;
                (Ok::<_, std::io::Error>(part), next)
            })
        }
    });
    let body = BodyExt::boxed_unsync(StreamBody::new(bytes.map(|b| b.map(Frame::data))));
    let mut builder = Response::builder()
        .status(200)
        .header("content-type", "application/json")
        .header("cache-control", "no-store")
        .header("cross-origin-resource-policy", "cross-origin");
    if let Some(length) = length {
        builder = builder.header("content-length", length);
    }
    if cors {
        builder = builder.header("access-control-allow-origin", "*");
    }
    builder
        .body(body)
        .unwrap_or_else(|_| Response::new(full(Bytes::new())))
}

fn ok(path: &str, scenario: &Scenario, stats: &Arc<Stats>) -> Response<Body> {
    if path.ends_with("/summary.json") {
        let doc = &scenario.status_page;
        match doc.body.as_deref() {
            Some("300mb") => return endless_status(Some(300 * 1024 * 1024), stats, doc.cors),
            Some("endless") => return endless_status(None, stats, doc.cors),
            _ => {}
        }
        let (content_type, body) = match doc.body.as_deref() {
            Some("malformed") => (
                "application/json",
                Bytes::from_static(br#"{"status":{"indicator":"none""#),
            ),
            Some("empty") => ("application/json", Bytes::new()),
            Some("html") => (
                "text/html",
                Bytes::from_static(b"<html><body>Maintenance</body></html>"),
            ),
            Some("huge") => ("application/json", Bytes::from(huge_status_json())),
            _ => (
                "application/json",
                Bytes::from(status_json(&doc.indicator, doc.incident.as_deref())),
            ),
        };
        return response(200, content_type, body, doc.cors);
    }
    let (content_type, body) = asset(path);
    response(200, content_type, Bytes::from_static(body), false)
}

fn error_page(code: u16, scenario: &Scenario) -> Response<Body> {
    let body = format!(
        "<html><head><title>Error {code}</title></head><body><h1>Error {code}</h1><p>Reference #lab</p></body></html>"
    );
    response(
        code,
        "text/html",
        Bytes::from(body),
        scenario.status_page.cors,
    )
}

/// A Statuspage v2 summary with the given indicator, and the given incident name if any.
pub fn status_json(indicator: &str, incident: Option<&str>) -> String {
    let name =
        serde_json::to_string(incident.unwrap_or("Customers may see errors when taking payments"))
            .unwrap_or_default();
    let (description, component, incidents) = match indicator {
        "none" => ("All Systems Operational", "operational", String::new()),
        other => (
            "Partial System Outage",
            "major_outage",
            format!(r#"{{"name":{name},"status":"investigating","impact":"{other}"}}"#),
        ),
    };
    format!(
        r#"{{"page":{{"id":"lab","name":"QuickBooks (lab)"}},"status":{{"indicator":"{indicator}","description":"{description}"}},"components":[{{"name":"QuickBooks Online","status":"operational"}},{{"name":"Payments","status":"{component}"}}],"incidents":[{incidents}]}}"#
    )
}

/// A valid summary of about 10 MB: very many components.
fn huge_status_json() -> String {
    let component = r#"{"name":"A component with a long name for padding purposes","status":"operational","description":"padding padding padding padding"},"#;
    let count = 10 * 1024 * 1024 / component.len();
    let mut out = String::with_capacity(10 * 1024 * 1024 + 200);
    out.push_str(
        r#"{"status":{"indicator":"none","description":"All Systems Operational"},"components":["#,
    );
    for _ in 0..count {
        out.push_str(component);
    }
    out.push_str(r#"{"name":"QuickBooks Online","status":"operational"}],"incidents":[]}"#);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_json_is_valid_statuspage_json() {
        for indicator in ["none", "minor", "major", "critical"] {
            let value: serde_json::Value =
                serde_json::from_str(&status_json(indicator, None)).unwrap();
            assert_eq!(value["status"]["indicator"], indicator);
        }
        let huge = huge_status_json();
        assert!(huge.len() > 9 * 1024 * 1024);
        let value: serde_json::Value = serde_json::from_str(&huge).unwrap();
        assert_eq!(value["status"]["indicator"], "none");
    }

    #[test]
    fn assets_are_real_images() {
        assert!(PNG.starts_with(b"\x89PNG\r\n\x1a\n"));
        assert!(GIF.starts_with(b"GIF89a"));
        assert!(SVG.starts_with(b"<svg"));
    }
}
