//! The lab: a local impersonator of Intuit's hosts, for tests and benchmarks.
//!
//! `lab --scenario '<json>' [--site dist]` starts two loopback servers and prints one JSON line:
//! `{"https_port", "site_port", "proxy_port", "spki", "ca_pem", "resolver_rules", "hosts"}`. Point
//! Chromium at it with `--host-resolver-rules=<resolver_rules>` and
//! `--ignore-certificate-errors-spki-list=<spki>`; Firefox and WebKit, which have no resolver
//! rules, use `proxy_port` as their HTTPS proxy (`proxy.rs`).
//! It runs until stdin closes or it is killed, so a test that dies never leaves it behind.

mod intuit;
mod proxy;
mod scenario;
mod site;
mod tls;

use std::path::PathBuf;
use std::sync::Arc;

use tokio::io::AsyncReadExt;
use tokio::net::TcpListener;

use scenario::Scenario;

struct Args {
    scenario: Scenario,
    site: Option<PathBuf>,
    site_port: u16,
}

fn parse_args() -> Result<Args, String> {
    let mut args = std::env::args().skip(1);
    let mut parsed = Args {
        scenario: Scenario::default(),
        site: None,
        site_port: 0,
    };
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--scenario" => {
                parsed.scenario =
                    serde_json::from_str(&value()?).map_err(|e| format!("bad --scenario: {e}"))?
            }
            "--site" => parsed.site = Some(PathBuf::from(value()?)),
            "--site-port" => {
                parsed.site_port = value()?
                    .parse()
                    .map_err(|e| format!("bad --site-port: {e}"))?
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(parsed)
}

/// A loopback port with nothing listening on it, for `refuse`.
fn closed_port() -> std::io::Result<u16> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    listener.local_addr().map(|a| a.port())
}

#[tokio::main]
async fn main() {
    if let Err(e) = run().await {
        eprintln!("lab: {e}");
        std::process::exit(2);
    }
}

async fn run() -> Result<(), String> {
    let args = parse_args()?;
    let scenario = Arc::new(args.scenario);
    let certificates = Arc::new(tls::Certificates::generate(scenario.clone())?);
    let spki = certificates.trusted_spki.clone();
    let ca_pem = certificates.ca_pem.clone();
    let trusted_pem = certificates.trusted_pem.clone();
    let io = |e: std::io::Error| e.to_string();

    let https = TcpListener::bind("127.0.0.1:0").await.map_err(io)?;
    let https_port = https.local_addr().map_err(io)?.port();
    let stats = Arc::new(intuit::Stats::default());
    tokio::spawn(intuit::serve(
        https,
        scenario.clone(),
        tls::server_config(certificates),
        stats.clone(),
    ));

    let proxy = TcpListener::bind("127.0.0.1:0").await.map_err(io)?;
    let proxy_port = proxy.local_addr().map_err(io)?.port();
    tokio::spawn(proxy::serve(proxy, scenario.clone(), https_port));

    let mut site_port = 0;
    if let Some(root) = args.site {
        let listener = TcpListener::bind(("127.0.0.1", args.site_port))
            .await
            .map_err(io)?;
        site_port = listener.local_addr().map_err(io)?.port();
        tokio::spawn(site::serve(
            listener,
            Arc::new(root),
            Arc::new(scenario.site.clone()),
            stats,
        ));
    }

    let ready = serde_json::json!({
        "https_port": https_port,
        "site_port": site_port,
        "proxy_port": proxy_port,
        "spki": spki,
        "ca_pem": ca_pem,
        "trusted_pem": trusted_pem,
        "resolver_rules": scenario.resolver_rules(https_port, closed_port().map_err(io)?),
        "hosts": scenario.hosts(),
        "endpoints": engine::catalogue::ENDPOINTS
            .iter()
            .map(|e| serde_json::json!({"id": e.id, "group": e.group.id(), "host": e.host, "image": e.image.is_some(), "reach_url": e.reach_url}))
            .collect::<Vec<_>>(),
        "connect_src": engine::policy::connect_src(),
        "img_src": engine::policy::img_src(),
    });
    println!("{ready}");

    // Stop when the parent closes stdin (or at once when there is none, unless told to stay).
    let mut sink = Vec::new();
    let _ = tokio::io::stdin().read_to_end(&mut sink).await;
    if std::env::var_os("LAB_STAY").is_some() {
        std::future::pending::<()>().await;
    }
    Ok(())
}
