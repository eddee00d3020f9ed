//! The impersonated Intuit hosts: one TLS port, behaviour chosen per host name.

use std::convert::Infallible;
use std::os::fd::{AsRawFd, BorrowedFd};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio_rustls::LazyConfigAcceptor;

use crate::scenario::{Behaviour, Scenario};

const PNG: &[u8] = include_bytes!("../assets/probe.png");
const GIF: &[u8] = include_bytes!("../assets/probe.gif");
const SVG: &[u8] = include_bytes!("../assets/probe.svg");

pub async fn serve(listener: TcpListener, scenario: Arc<Scenario>, tls: Arc<rustls::ServerConfig>) {
    loop {
        let Ok((tcp, _)) = listener.accept().await else {
            continue;
        };
        let scenario = scenario.clone();
        let tls = tls.clone();
        tokio::spawn(async move {
            let fd = tcp.as_raw_fd();
            let acceptor = LazyConfigAcceptor::new(rustls::server::Acceptor::default(), tcp);
            let Ok(start) = acceptor.await else { return };
            let host = start
                .client_hello()
                .server_name()
                .unwrap_or_default()
                .to_string();
            if scenario.behaviour(&host) == &Behaviour::Reset {
                // SAFETY: `start` still owns the socket, so the descriptor is open while borrowed.
                let socket = unsafe { BorrowedFd::borrow_raw(fd) };
                let _ = socket2::SockRef::from(&socket).set_linger(Some(Duration::ZERO));
                drop(start); // closing with a zero linger sends RST
                return;
            }
            let Ok(stream) = start.into_stream(tls).await else {
                return;
            };
            let service = hyper::service::service_fn(move |req| answer(req, scenario.clone()));
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

async fn answer(
    req: Request<Incoming>,
    scenario: Arc<Scenario>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let host = req
        .headers()
        .get(hyper::header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(|h| h.split(':').next().unwrap_or(h).to_string())
        .unwrap_or_default();
    let path = req.uri().path().to_string();
    if std::env::var_os("LAB_LOG").is_some() {
        eprintln!(
            "lab: {} {host}{path} -> {:?}",
            req.method(),
            scenario.behaviour(&host)
        );
    }
    let response = match scenario.behaviour(&host).clone() {
        Behaviour::Hang => std::future::pending().await,
        Behaviour::Ok { delay_ms } => {
            tokio::time::sleep(Duration::from_millis(delay_ms)).await;
            ok(&path, &scenario)
        }
        Behaviour::Status { code, delay_ms } => {
            tokio::time::sleep(Duration::from_millis(delay_ms)).await;
            error_page(code, &scenario)
        }
        // TLS-level and resolver-level behaviours never reach HTTP; answer plainly if they do.
        _ => ok(&path, &scenario),
    };
    Ok(response)
}

fn response(code: u16, content_type: &str, body: Bytes, cors: bool) -> Response<Full<Bytes>> {
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
        .body(Full::new(body))
        .unwrap_or_else(|_| Response::new(Full::new(Bytes::new())))
}

fn ok(path: &str, scenario: &Scenario) -> Response<Full<Bytes>> {
    if path.ends_with("/summary.json") {
        return response(
            200,
            "application/json",
            Bytes::from(status_json(&scenario.status_page.indicator)),
            scenario.status_page.cors,
        );
    }
    let (content_type, body): (&str, &'static [u8]) = if path.ends_with(".gif") {
        ("image/gif", GIF)
    } else if path.ends_with(".svg") {
        ("image/svg+xml", SVG)
    } else if path.ends_with(".png") || path.ends_with(".ico") {
        ("image/png", PNG)
    } else {
        ("text/plain", b"ok\n")
    };
    response(200, content_type, Bytes::from_static(body), false)
}

fn error_page(code: u16, scenario: &Scenario) -> Response<Full<Bytes>> {
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

/// A Statuspage v2 summary with the given indicator.
pub fn status_json(indicator: &str) -> String {
    let (description, component, incidents) = match indicator {
        "none" => ("All Systems Operational", "operational", String::new()),
        other => (
            "Partial System Outage",
            "major_outage",
            format!(
                r#"{{"name":"Customers may see errors when taking payments","status":"investigating","impact":"{other}"}}"#
            ),
        ),
    };
    format!(
        r#"{{"page":{{"id":"lab","name":"QuickBooks (lab)"}},"status":{{"indicator":"{indicator}","description":"{description}"}},"components":[{{"name":"QuickBooks Online","status":"operational"}},{{"name":"Payments","status":"{component}"}}],"incidents":[{incidents}]}}"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_json_is_valid_statuspage_json() {
        for indicator in ["none", "minor", "major", "critical"] {
            let value: serde_json::Value = serde_json::from_str(&status_json(indicator)).unwrap();
            assert_eq!(value["status"]["indicator"], indicator);
        }
    }

    #[test]
    fn assets_are_real_images() {
        assert!(PNG.starts_with(b"\x89PNG\r\n\x1a\n"));
        assert!(GIF.starts_with(b"GIF89a"));
        assert!(SVG.starts_with(b"<svg"));
    }
}
