//! Serves the built page (`dist/`) over plain HTTP on loopback, as any static host would.
//! A scenario can skew its `Date` header (a device clock that is off) or serve a newer
//! `version.json` (a page that came from a stale cache).

use std::convert::Infallible;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

use crate::intuit::Stats;
use crate::scenario::SiteOptions;

/// Header rules from the built page's `_headers` (Netlify / Cloudflare Pages format), so tests
/// run under the same headers a deploy sends.
#[derive(Debug, Default, PartialEq)]
pub struct HeaderRules(Vec<(String, Vec<(String, String)>)>);

impl HeaderRules {
    pub fn parse(text: &str) -> HeaderRules {
        let mut rules: Vec<(String, Vec<(String, String)>)> = Vec::new();
        for line in text.lines() {
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            if !line.starts_with(char::is_whitespace) {
                rules.push((line.trim().to_string(), Vec::new()));
            } else if let (Some((name, value)), Some(rule)) =
                (line.split_once(':'), rules.last_mut())
            {
                rule.1
                    .push((name.trim().to_string(), value.trim().to_string()));
            }
        }
        HeaderRules(rules)
    }

    /// Every header of every rule that matches the path.
    pub fn for_path(&self, path: &str) -> Vec<(&str, &str)> {
        self.0
            .iter()
            .filter(|(pattern, _)| match pattern.strip_suffix('*') {
                Some(prefix) => path.starts_with(prefix),
                None => path == pattern,
            })
            .flat_map(|(_, headers)| headers.iter().map(|(n, v)| (n.as_str(), v.as_str())))
            .collect()
    }
}

pub async fn serve(
    listener: TcpListener,
    root: Arc<PathBuf>,
    options: Arc<SiteOptions>,
    stats: Arc<Stats>,
) {
    let rules = Arc::new(HeaderRules::parse(
        &std::fs::read_to_string(root.join("_headers")).unwrap_or_default(),
    ));
    loop {
        let Ok((tcp, _)) = listener.accept().await else {
            continue;
        };
        let (root, options, rules, stats) =
            (root.clone(), options.clone(), rules.clone(), stats.clone());
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |req| {
                file(
                    req,
                    root.clone(),
                    options.clone(),
                    rules.clone(),
                    stats.clone(),
                )
            });
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(tcp), service)
                .await;
        });
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript",
        "wasm" => "application/wasm",
        "css" => "text/css",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Maps a URL path into `root`, refusing anything that climbs out of it.
fn local_path(root: &Path, url_path: &str) -> Option<PathBuf> {
    let relative = Path::new(url_path.trim_start_matches('/'));
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let path = root.join(relative);
    Some(if path.is_dir() {
        path.join("index.html")
    } else {
        path
    })
}

/// An IMF-fixdate for `unix_s` seconds since 1970 (the `Date` header's format).
pub fn http_date(unix_s: i64) -> String {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let days = unix_s.div_euclid(86_400);
    let secs = unix_s.rem_euclid(86_400);
    let (year, month, day) = engine::environment::civil_from_days(days);
    format!(
        "{}, {day:02} {} {year} {:02}:{:02}:{:02} GMT",
        DAYS[days.rem_euclid(7) as usize],
        MONTHS[(month - 1) as usize],
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

async fn file(
    req: Request<Incoming>,
    root: Arc<PathBuf>,
    options: Arc<SiteOptions>,
    rules: Arc<HeaderRules>,
    stats: Arc<Stats>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let path = req.uri().path();
    if path == "/__lab/stats" {
        let load = |n: &std::sync::atomic::AtomicU64| n.load(std::sync::atomic::Ordering::Relaxed);
        let body = format!(
            r#"{{"huge_body_bytes_sent":{},"status_body_bytes_sent":{},"requests":{}}}"#,
            load(&stats.huge_body_bytes_sent),
            load(&stats.status_body_bytes_sent),
            load(&stats.requests)
        );
        return Ok(Response::new(Full::new(Bytes::from(body))));
    }
    let found = match (&options.version_json, path.ends_with("/version.json")) {
        (Some(body), true) => Some((PathBuf::from("version.json"), body.clone().into_bytes())),
        _ => local_path(&root, path).and_then(|p| std::fs::read(&p).ok().map(|body| (p, body))),
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let date = http_date(now + options.date_offset_s);
    let headers = rules.for_path(path);
    let response = match found {
        Some((file_path, body)) => {
            let mut builder = Response::builder()
                .header("date", date)
                .header("content-type", content_type(&file_path));
            if !headers
                .iter()
                .any(|(n, _)| n.eq_ignore_ascii_case("cache-control"))
            {
                builder = builder.header("cache-control", "no-store");
            }
            for (name, value) in &headers {
                builder = builder.header(*name, *value);
            }
            builder.body(Full::new(Bytes::from(body)))
        }
        None => Response::builder()
            .status(404)
            .header("date", date)
            .header("content-type", "text/plain")
            .body(Full::new(Bytes::from_static(b"not found\n"))),
    };
    Ok(response.unwrap_or_else(|_| Response::new(Full::new(Bytes::new()))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_http_dates_that_the_engine_reads_back() {
        assert_eq!(http_date(0), "Thu, 01 Jan 1970 00:00:00 GMT");
        assert_eq!(http_date(784_111_777), "Sun, 06 Nov 1994 08:49:37 GMT");
        assert_eq!(http_date(1_795_675_301), "Thu, 26 Nov 2026 06:41:41 GMT");
        for t in [0, 951_782_400, 1_795_675_301, 4_102_444_800] {
            let ms = engine::environment::parse_http_date(&http_date(t));
            assert_eq!(ms, Some(t * 1000), "{t}");
        }
    }

    #[test]
    fn applies_every_matching_header_rule() {
        let rules = HeaderRules::parse("# comment\n/*\n  X-A: 1\n  Content-Security-Policy: default-src 'none'; img-src 'self'\n\n/assets/*\n  Cache-Control: immutable\n/\n  Cache-Control: no-cache\n");
        assert_eq!(
            rules.for_path("/assets/x.js"),
            vec![
                ("X-A", "1"),
                (
                    "Content-Security-Policy",
                    "default-src 'none'; img-src 'self'"
                ),
                ("Cache-Control", "immutable")
            ]
        );
        assert_eq!(rules.for_path("/").len(), 3);
        assert_eq!(rules.for_path("/index.html").len(), 2);
    }

    #[test]
    fn never_leaves_the_root() {
        let root = Path::new("/srv/dist");
        assert_eq!(
            local_path(root, "/app.js"),
            Some(PathBuf::from("/srv/dist/app.js"))
        );
        assert_eq!(local_path(root, "/../etc/passwd"), None);
        assert_eq!(local_path(root, "/a/../../x"), None);
    }
}
