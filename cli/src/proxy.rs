//! An HTTP proxy, as corporate networks have: `--proxy URL`, or `HTTPS_PROXY` (`https_proxy`)
//! with `NO_PROXY` (`no_proxy`). The checker asks the proxy to `CONNECT` to each host and
//! reports what the proxy answered; TLS then runs through the tunnel, so an inspecting proxy's
//! certificate is seen as it is.

use serde::Serialize;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

#[derive(Clone, Debug, PartialEq)]
pub struct Proxy {
    pub host: String,
    pub port: u16,
    /// Host suffixes that skip the proxy; `*` skips it for all.
    pub no_proxy: Vec<String>,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct ProxySeen {
    pub address: String,
    /// The proxy's answer to `CONNECT`: 200 opens the tunnel; anything else is its refusal.
    pub connect_status: Option<u16>,
    pub error: Option<String>,
}

/// `http://host:port`; the scheme may be left out. A port is required: proxies listen on 8080,
/// 3128 and others, and a guessed one would report a false failure.
pub fn parse(url: &str, no_proxy: &str) -> Result<Proxy, String> {
    let bad = || format!("proxy {url:?}: expected http://HOST:PORT");
    let rest = match url.split_once("://") {
        Some(("http", rest)) => rest,
        Some(_) => return Err(format!("proxy {url:?}: only http:// proxies are supported")),
        None => url,
    };
    let rest = rest.trim_end_matches('/');
    let rest = rest.rsplit_once('@').map_or(rest, |(_, host)| host);
    let (host, port) = rest.rsplit_once(':').ok_or_else(bad)?;
    let port: u16 = port.parse().map_err(|_| bad())?;
    let host = host.trim_start_matches('[').trim_end_matches(']');
    if host.is_empty() {
        return Err(bad());
    }
    Ok(Proxy {
        host: host.to_string(),
        port,
        no_proxy: no_proxy
            .split(',')
            .map(|s| s.trim().trim_start_matches('.').to_ascii_lowercase())
            .filter(|s| !s.is_empty())
            .collect(),
    })
}

/// The proxy from `--proxy`, else from the environment, as curl reads it.
pub fn configured(flag: Option<&str>) -> Result<Option<Proxy>, String> {
    let env = |names: &[&str]| {
        names
            .iter()
            .find_map(|n| std::env::var(n).ok().filter(|v| !v.is_empty()))
    };
    let no_proxy = env(&["NO_PROXY", "no_proxy"]).unwrap_or_default();
    match flag
        .map(String::from)
        .or_else(|| env(&["HTTPS_PROXY", "https_proxy"]))
    {
        Some(url) => parse(&url, &no_proxy).map(Some),
        None => Ok(None),
    }
}

impl Proxy {
    /// Whether `host` goes through the proxy.
    pub fn applies(&self, host: &str) -> bool {
        let host = host.to_ascii_lowercase();
        !self
            .no_proxy
            .iter()
            .any(|n| n == "*" || host == *n || host.ends_with(&format!(".{n}")))
    }

    pub fn address(&self) -> String {
        format!("{}:{}", self.host, self.port)
    }
}

/// Opens a tunnel to `host:443` through the proxy. `None` when the proxy could not be reached
/// or refused; `seen` says which.
pub async fn tunnel(proxy: &Proxy, host: &str, seen: &mut ProxySeen) -> Option<TcpStream> {
    seen.address = proxy.address();
    let mut stream = match TcpStream::connect((proxy.host.as_str(), proxy.port)).await {
        Ok(stream) => stream,
        Err(e) => {
            seen.error = Some(format!("the proxy could not be reached: {e}"));
            return None;
        }
    };
    let request = format!("CONNECT {host}:443 HTTP/1.1\r\nHost: {host}:443\r\n\r\n");
    if let Err(e) = stream.write_all(request.as_bytes()).await {
        seen.error = Some(e.to_string());
        return None;
    }
    // Read the answer's head one byte at a time, so nothing of the tunnel is consumed.
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && head.len() < 16_384 {
        match stream.read(&mut byte).await {
            Ok(1) => head.push(byte[0]),
            _ => break,
        }
    }
    seen.connect_status = String::from_utf8_lossy(&head)
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok());
    match seen.connect_status {
        Some(200) => Some(stream),
        Some(code) => {
            seen.error = Some(format!("the proxy refused the connection with HTTP {code}"));
            None
        }
        None => {
            seen.error = Some("the proxy did not answer like an HTTP proxy".into());
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proxies_and_exceptions_as_curl_reads_them() {
        let p = parse("http://proxy.corp:3128", "localhost, .intuitcdn.net").unwrap();
        assert_eq!((p.host.as_str(), p.port), ("proxy.corp", 3128));
        assert!(p.applies("qbo.intuit.com"));
        assert!(!p.applies("plugin.intuitcdn.net"));
        assert!(!p.applies("intuitcdn.net"));
        assert!(p.applies("notintuitcdn.net"));
        assert!(!parse("http://u:pw@10.0.0.1:8080/", "*")
            .unwrap()
            .applies("qbo.intuit.com"));
        assert_eq!(parse("10.0.0.1:8080", "").unwrap().host, "10.0.0.1");
        assert_eq!(parse("http://[::1]:8080", "").unwrap().host, "::1");
        for bad in [
            "http://proxy.corp",
            "socks5://p:1080",
            "https://p:443",
            "http://:80",
            "http://p:x",
        ] {
            assert!(parse(bad, "").is_err(), "{bad}");
        }
    }
}
