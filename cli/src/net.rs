//! What the network does with one HTTPS request, step by step: DNS, TCP, TLS, HTTP. Each step
//! is timed and its failure kept, so the report can say which step failed, which a browser
//! never can. Nothing here decides what a failure means: `check.rs` and the engine do.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Instant;

use hickory_resolver::TokioResolver;
use serde::Serialize;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::proxy::{Proxy, ProxySeen};
use crate::resolve::Overrides;
use crate::tls::{TlsSeen, Trust};

/// Where connections go: `--resolve` overrides, and the proxy, if one is set.
pub struct Route {
    pub overrides: Overrides,
    pub proxy: Option<Proxy>,
}

/// An `https://host/path` URL, split.
pub struct Target<'a> {
    pub host: &'a str,
    pub path: &'a str,
}

pub fn target(url: &str) -> Option<Target<'_>> {
    let rest = url.strip_prefix("https://")?;
    let (host, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    (!host.is_empty()).then_some(Target { host, path })
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct DnsSeen {
    pub addresses: Vec<IpAddr>,
    pub ms: Option<u64>,
    /// `no-such-name`, `no-records`, `timeout` or `server-failure`.
    pub error: Option<&'static str>,
    pub ipv4: bool,
    pub ipv6: bool,
    /// `--resolve` sent the host to an address: no lookup was made.
    pub overridden: bool,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct TcpSeen {
    pub address: Option<SocketAddr>,
    pub ms: Option<u64>,
    /// `refused`, `timeout`, `reset` or `unreachable`.
    pub error: Option<&'static str>,
    /// Whether a connection over IPv4, and over IPv6, could be made (to the first address of
    /// each family DNS gave); `None` where DNS gave none of that family.
    pub ipv4: Option<bool>,
    pub ipv6: Option<bool>,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct HttpSeen {
    pub status: Option<u16>,
    /// Time from sending the request to the first byte of the answer.
    pub ms: Option<u64>,
    /// The `Content-Type` the host answered with.
    pub content_type: Option<String>,
    /// The server's clock (its `Date` header), ms since 1970, and when it was read.
    #[serde(skip)]
    pub date_ms: Option<i64>,
    #[serde(skip)]
    pub read_at_ms: f64,
    pub error: Option<String>,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Seen {
    pub dns: DnsSeen,
    pub tcp: TcpSeen,
    pub tls: TlsSeen,
    pub http: HttpSeen,
    /// The proxy's part, when the host was reached through one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proxy: Option<ProxySeen>,
    /// The deadline passed before the steps finished.
    #[serde(skip)]
    pub timed_out: bool,
    /// Wall time of the whole check of the host, every step and any wait for the deadline.
    #[serde(skip)]
    pub elapsed_ms: u64,
    /// The answer's body, read only where asked (the status page's `summary.json`); `None`
    /// when not asked, not read in full, or larger than [`MAX_BODY`].
    #[serde(skip)]
    pub body: Option<Vec<u8>>,
    /// The body was larger than [`MAX_BODY`] and was abandoned.
    #[serde(skip)]
    pub body_too_large: bool,
}

/// The largest body read: the status page's own limit.
pub const MAX_BODY: usize = engine::status_page::MAX_STATUS_BYTES;

/// How an answer's body is framed, from its head.
#[derive(Default)]
struct Framing {
    chunked: bool,
    length: Option<usize>,
}

/// The body as sent with `Transfer-Encoding: chunked`, joined; `None` when the framing is
/// broken or cut short.
fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let line_end = data.windows(2).position(|w| w == b"\r\n")?;
        let size_text = std::str::from_utf8(&data[..line_end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        data = &data[line_end + 2..];
        if size == 0 {
            return Some(body);
        }
        if data.len() < size + 2 || body.len() + size > MAX_BODY {
            return None;
        }
        body.extend_from_slice(&data[..size]);
        data = &data[size + 2..];
    }
}

fn ms_since(start: Instant) -> Option<u64> {
    Some(start.elapsed().as_millis() as u64)
}

fn now_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_millis() as f64)
}

async fn lookup(resolver: &TokioResolver, host: &str, dns: &mut DnsSeen) {
    let start = Instant::now();
    // A fully qualified name: the machine's search domains must not change the answer.
    match resolver.lookup_ip(format!("{host}.")).await {
        Ok(found) => {
            dns.addresses = found.iter().collect();
            dns.ipv4 = dns.addresses.iter().any(IpAddr::is_ipv4);
            dns.ipv6 = dns.addresses.iter().any(IpAddr::is_ipv6);
        }
        Err(e) => {
            dns.error = Some(if e.is_nx_domain() {
                "no-such-name"
            } else if e.is_no_records_found() {
                "no-records"
            } else if e.to_string().to_lowercase().contains("timed out") {
                "timeout"
            } else {
                "server-failure"
            });
        }
    }
    dns.ms = ms_since(start);
}

fn tcp_error(e: &std::io::Error) -> &'static str {
    match e.kind() {
        std::io::ErrorKind::ConnectionRefused => "refused",
        std::io::ErrorKind::ConnectionReset | std::io::ErrorKind::ConnectionAborted => "reset",
        std::io::ErrorKind::TimedOut => "timeout",
        _ => "unreachable",
    }
}

/// Reads an HTTP/1.1 answer's head: the status, the `Date` and `Content-Type` headers, and how
/// the body is framed. Returns what was read of the body with it.
async fn read_head<S: AsyncReadExt + Unpin>(
    stream: &mut S,
    http: &mut HttpSeen,
    sent: Instant,
) -> (Vec<u8>, Framing) {
    let mut framing = Framing::default();
    let mut head = Vec::new();
    let mut buf = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 65_536 {
        match stream.read(&mut buf).await {
            Ok(0) => break,
            Ok(n) => {
                if head.is_empty() {
                    http.ms = ms_since(sent);
                }
                head.extend_from_slice(&buf[..n]);
            }
            Err(e) => {
                http.error = Some(e.to_string());
                return (Vec::new(), framing);
            }
        }
    }
    http.read_at_ms = now_ms();
    let body = match head.windows(4).position(|w| w == b"\r\n\r\n") {
        Some(end) => head.split_off(end + 4),
        None => Vec::new(),
    };
    let text = String::from_utf8_lossy(&head);
    let mut lines = text.split("\r\n");
    http.status = lines
        .next()
        .and_then(|status_line| status_line.split_whitespace().nth(1))
        .and_then(|code| code.parse().ok());
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        match name.trim().to_ascii_lowercase().as_str() {
            "date" => http.date_ms = engine::environment::parse_http_date(value.trim()),
            "content-type" => http.content_type = Some(value.trim().chars().take(100).collect()),
            "transfer-encoding" => framing.chunked = value.to_ascii_lowercase().contains("chunked"),
            "content-length" => framing.length = value.trim().parse().ok(),
            _ => {}
        }
    }
    if http.status.is_none() && http.error.is_none() {
        http.error = Some("the answer was not HTTP".into());
    }
    (body, framing)
}

/// The rest of the body after the head (`Connection: close`, so it ends with the stream), at
/// most [`MAX_BODY`], unframed.
async fn read_body<S: AsyncReadExt + Unpin>(
    stream: &mut S,
    mut data: Vec<u8>,
    framing: Framing,
    seen: &mut Seen,
) {
    let mut buf = [0u8; 16_384];
    // A chunked body carries its sizes too: a little room above the limit for them.
    let limit = MAX_BODY + MAX_BODY / 8 + 1024;
    loop {
        if data.len() > limit || framing.length.is_some_and(|n| n > MAX_BODY) {
            seen.body_too_large = true;
            return;
        }
        if framing.length.is_some_and(|n| data.len() >= n) {
            break;
        }
        match stream.read(&mut buf).await {
            Ok(0) => break,
            Ok(n) => data.extend_from_slice(&buf[..n]),
            // A TLS close without close_notify, as many servers send: what arrived stands.
            Err(_) => break,
        }
    }
    seen.body = if framing.chunked {
        dechunk(&data)
    } else {
        match framing.length {
            Some(n) if data.len() >= n => {
                data.truncate(n);
                Some(data)
            }
            Some(_) => None,
            None => Some(data),
        }
    };
    if seen.body.as_ref().is_some_and(|b| b.len() > MAX_BODY) {
        seen.body = None;
        seen.body_too_large = true;
    }
}

/// Every step for `url`, within `deadline_ms` in all. Stops at the first step that fails; when
/// the deadline passes, what was seen so far is kept and the step that hung is the first
/// without a result.
/// With `keep_body`, the answer's body is read too (at most [`MAX_BODY`]).
pub async fn observe(
    url: &str,
    resolver: &TokioResolver,
    route: &Route,
    trust: &Arc<Trust>,
    deadline_ms: u64,
    keep_body: bool,
) -> Seen {
    let mut seen = Seen::default();
    let Some(target) = target(url) else {
        seen.http.error = Some("not an https URL".into());
        return seen;
    };
    let steps = steps(target, resolver, route, trust, &mut seen, keep_body);
    if tokio::time::timeout(std::time::Duration::from_millis(deadline_ms), steps)
        .await
        .is_err()
    {
        seen.timed_out = true;
    }
    seen
}

async fn steps(
    Target { host, path }: Target<'_>,
    resolver: &TokioResolver,
    route: &Route,
    trust: &Arc<Trust>,
    seen: &mut Seen,
    keep_body: bool,
) {
    let tcp = match route.proxy.as_ref().filter(|p| p.applies(host)) {
        // Through the proxy: it resolves the name and connects; what it answers is reported.
        Some(proxy) => {
            let start = Instant::now();
            let mut proxy_seen = ProxySeen::default();
            let stream = crate::proxy::tunnel(proxy, host, &mut proxy_seen).await;
            seen.tcp.ms = ms_since(start);
            seen.proxy = Some(proxy_seen);
            stream
        }
        None => connect(host, resolver, &route.overrides, seen).await,
    };
    let Some(tcp) = tcp else {
        return;
    };
    let Some(mut stream) = crate::tls::handshake(tcp, host, trust, &mut seen.tls).await else {
        return;
    };
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: qbo-check-cli/{}\r\nAccept: */*\r\nConnection: close\r\n\r\n",
        env!("CARGO_PKG_VERSION")
    );
    let sent = Instant::now();
    if let Err(e) = stream.write_all(request.as_bytes()).await {
        seen.http.error = Some(e.to_string());
        return;
    }
    let (body, framing) = read_head(&mut stream, &mut seen.http, sent).await;
    if keep_body && seen.http.status.is_some() {
        read_body(&mut stream, body, framing, seen).await;
    }
}

/// DNS (or `--resolve`), then a TCP connection to the first address that accepts one.
async fn connect(
    host: &str,
    resolver: &TokioResolver,
    overrides: &Overrides,
    seen: &mut Seen,
) -> Option<TcpStream> {
    let port = 443;
    let addresses: Vec<SocketAddr> = match overrides.address(host, port) {
        Some(address) => {
            seen.dns.overridden = true;
            seen.dns.addresses = vec![address.ip()];
            vec![address]
        }
        None => {
            lookup(resolver, host, &mut seen.dns).await;
            seen.dns
                .addresses
                .iter()
                .map(|ip| SocketAddr::new(*ip, port))
                .collect()
        }
    };
    // The first address that accepts a connection, in the resolver's order.
    let start = Instant::now();
    let mut tcp = None;
    for address in &addresses {
        match TcpStream::connect(address).await {
            Ok(stream) => {
                seen.tcp.address = Some(*address);
                seen.tcp.error = None;
                tcp = Some(stream);
                break;
            }
            Err(e) => seen.tcp.error = Some(tcp_error(&e)),
        }
    }
    if !addresses.is_empty() {
        seen.tcp.ms = ms_since(start);
    }
    // The other family too, once, so the report says whether IPv4 and IPv6 each work here.
    for v6 in [false, true] {
        let Some(first) = addresses.iter().find(|a| a.is_ipv6() == v6) else {
            continue;
        };
        let works = if seen.tcp.address.is_some_and(|a| a.is_ipv6() == v6) {
            true
        } else {
            let attempt =
                tokio::time::timeout(std::time::Duration::from_secs(3), TcpStream::connect(first));
            matches!(attempt.await, Ok(Ok(_)))
        };
        if v6 {
            seen.tcp.ipv6 = Some(works);
        } else {
            seen.tcp.ipv4 = Some(works);
        }
    }
    tcp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_bodies_are_joined_and_broken_ones_refused() {
        assert_eq!(
            dechunk(b"4\r\n{\"a\"\r\n3;ext=1\r\n:1}\r\n0\r\n\r\n").as_deref(),
            Some(&b"{\"a\":1}"[..])
        );
        for broken in [&b"4\r\n{\"a"[..], b"zz\r\nab\r\n0\r\n\r\n", b"", b"2\r\nab"] {
            assert_eq!(dechunk(broken), None, "{broken:?}");
        }
    }

    #[test]
    fn urls_split_into_host_and_path() {
        let t = target("https://accounts.intuit.com/images/v2/intuit.gif").unwrap();
        assert_eq!(
            (t.host, t.path),
            ("accounts.intuit.com", "/images/v2/intuit.gif")
        );
        let t = target("https://qbo.intuit.com").unwrap();
        assert_eq!((t.host, t.path), ("qbo.intuit.com", "/"));
        assert!(target("http://qbo.intuit.com/").is_none());
        assert!(target("https:///x").is_none());
    }
}
