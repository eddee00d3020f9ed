//! `qbo-check`, the native checker: every catalogue host at once, through DNS, TCP, TLS and
//! HTTP, judged by the page's own engine, plus what only a native program can see (the exact
//! HTTP status everywhere, and TLS inspection). `qbo-check verify-catalogue` checks the
//! catalogue itself before a release. Exit status: 0 all clear, 1 a problem found, 2 bad usage.

mod check;
mod net;
mod proxy;
mod resolve;
mod tls;
mod verify;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use engine::catalogue::endpoints::Endpoint;
use engine::catalogue::ENDPOINTS;
use hickory_resolver::TokioResolver;
use serde::Serialize;

use resolve::Overrides;
use tls::Trust;

pub const SCHEMA: &str = "qbo-check/cli-report/1";

#[derive(Parser)]
#[command(
    name = "qbo-check",
    version,
    about = "Checks whether this machine can reach every Intuit host QuickBooks Online needs, and what stands in the way."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    options: Options,
}

#[derive(clap::Args, Clone)]
struct Options {
    /// Print the report as JSON (schema qbo-check/cli-report/1) instead of a table.
    #[arg(long, global = true)]
    json: bool,
    /// Send HOST:PORT to ADDR instead of asking DNS; SNI and Host stay the real name. `*`
    /// matches every host. Repeatable, like curl's.
    #[arg(long, value_name = "HOST:PORT:ADDR", global = true)]
    resolve: Vec<String>,
    /// An HTTP proxy (http://HOST:PORT) to reach the hosts through; without it, HTTPS_PROXY and
    /// NO_PROXY are read, as curl reads them. What the proxy answers is reported.
    #[arg(long, value_name = "URL", global = true)]
    proxy: Option<String>,
    /// PEM certificates to trust as if they were installed on this machine.
    #[arg(long, value_name = "PEM", global = true)]
    ca_file: Option<PathBuf>,
    /// The deadline for each host, all steps together.
    #[arg(long, value_name = "MS", default_value_t = 8000, global = true, value_parser = clap::value_parser!(u64).range(100..=120_000))]
    timeout_ms: u64,
    /// Where the qbo-check page is served, to make the report's link openable; without it the
    /// link is the fragment alone (`#r2.…`), to append to the page's address.
    #[arg(long, value_name = "URL", global = true)]
    page_url: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    /// For maintainers, before a release: every test image must still answer 200 with an image
    /// type, and every reach URL must answer at all.
    VerifyCatalogue,
}

#[derive(Serialize)]
struct HostReport {
    id: &'static str,
    host: &'static str,
    group: &'static str,
    outcome: &'static str,
    #[serde(flatten)]
    seen: net::Seen,
}

#[derive(Serialize)]
struct Report {
    schema: &'static str,
    version: &'static str,
    hosts: Vec<HostReport>,
    findings: Vec<check::CliFinding>,
    clock_skew_ms: Option<i64>,
    code: String,
    link: String,
    /// What to do, most likely fix first: for TLS inspection the IT steps, else the page's.
    steps: Vec<String>,
    notes: Vec<String>,
}

fn resolver() -> Result<TokioResolver, String> {
    TokioResolver::builder_tokio()
        .map(|b| b.build())
        .map_err(|e| format!("cannot read this machine's DNS settings: {e}"))
}

/// Checks every endpoint at once; progress goes to stderr: a counter on a terminal, a line per
/// host when piped. No colour is ever used, so `NO_COLOR` is always respected.
async fn run_all(
    urls: Vec<(&'static Endpoint, String)>,
    options: &Options,
    trust: Arc<Trust>,
) -> Result<Vec<(&'static Endpoint, net::Seen)>, String> {
    let route = Arc::new(net::Route {
        overrides: Overrides::new(&options.resolve)?,
        proxy: proxy::configured(options.proxy.as_deref())?,
    });
    let resolver = Arc::new(resolver()?);
    let total = urls.len();
    let terminal = std::io::stderr().is_terminal();
    let mut tasks = tokio::task::JoinSet::new();
    for (i, (endpoint, url)) in urls.into_iter().enumerate() {
        let (route, trust, resolver, deadline) = (
            route.clone(),
            trust.clone(),
            resolver.clone(),
            options.timeout_ms,
        );
        tasks.spawn(async move {
            let seen = net::observe(&url, &resolver, &route, &trust, deadline).await;
            (i, endpoint, seen)
        });
    }
    let mut done = Vec::with_capacity(total);
    while let Some(joined) = tasks.join_next().await {
        let (i, endpoint, seen) = joined.map_err(|e| e.to_string())?;
        if terminal {
            let n = done.len() + 1;
            let bar: String = (0..total).map(|k| if k < n { '#' } else { '.' }).collect();
            eprint!("\r[{bar}] {n}/{total} hosts checked");
        } else {
            eprintln!("checked {}: {}", endpoint.host, check::outcome(&seen));
        }
        done.push((i, endpoint, seen));
    }
    if terminal {
        eprintln!();
    }
    done.sort_by_key(|(i, _, _)| *i);
    Ok(done.into_iter().map(|(_, e, s)| (e, s)).collect())
}

fn now_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_millis() as f64)
}

fn tls_words(seen: &net::Seen) -> String {
    match (
        &seen.tls.version,
        seen.tls.public_ca,
        seen.tls.local_ca_only,
    ) {
        (Some(v), _, true) => format!("{v} INSPECTED"),
        (Some(v), Some(true), _) => format!("{v} public CA"),
        (_, _, _) if seen.tls.error.is_some() => "failed".into(),
        _ => "-".into(),
    }
}

fn print_table(report: &Report, results: &[(&'static Endpoint, net::Seen)]) {
    println!(
        "{:<32} {:<13} {:>8} {:>8}  {:<20} http",
        "host", "outcome", "dns", "tcp", "tls"
    );
    let ms = |v: Option<u64>| v.map_or("-".to_string(), |v| format!("{v} ms"));
    for (e, s) in results {
        let dns = if s.dns.overridden {
            "set".into()
        } else if let Some(err) = s.dns.error {
            err.to_string()
        } else {
            ms(s.dns.ms)
        };
        let tcp = s.tcp.error.map_or_else(|| ms(s.tcp.ms), str::to_string);
        let http = match (s.http.status, s.http.ms) {
            (Some(code), Some(t)) => format!("{code} in {t} ms"),
            (Some(code), None) => code.to_string(),
            _ => "-".into(),
        };
        println!(
            "{:<32} {:<13} {:>8} {:>8}  {:<20} {}",
            e.host,
            check::outcome(s),
            dns,
            tcp,
            tls_words(s),
            http
        );
    }
    println!();
    for (rank, f) in report.findings.iter().enumerate() {
        if rank == 0 {
            println!(
                "Verdict: {} ({}; where: {})",
                f.title, f.confidence, f.fault
            );
            println!("{}", f.detail);
            println!();
        } else {
            println!("Also: {} ({})", f.title, f.confidence);
        }
    }
    if !report.steps.is_empty() {
        println!("What to do:");
        for (i, step) in report.steps.iter().enumerate() {
            println!("  {}. {step}", i + 1);
        }
        println!();
    }
    for note in &report.notes {
        println!("Note: {note}");
    }
    println!("Help-desk code: {}", report.code);
    println!("Report link: {}", report.link);
    println!(
        "Host list and browser release schedules checked {}; this checker built {}.",
        engine::calendar::CHECKED.month_words(),
        engine::calendar::build_day().iso()
    );
}

/// The steps for the top finding: exempting the hosts from inspection when TLS is inspected,
/// else the page's own plan (its first steps, by title).
fn steps(
    findings: &[check::CliFinding],
    engine_findings: &[engine::diagnose::Finding],
) -> Vec<String> {
    if findings
        .first()
        .is_some_and(|f| f.cause == "tls-inspection")
    {
        let hosts: Vec<&str> = ENDPOINTS.iter().map(|e| e.host).collect();
        return vec![
            format!("In the inspecting product's policy, exempt these hosts from TLS/SSL inspection (decryption): {}.", hosts.join(", ")),
            "Or exempt the whole domains intuit.com and intuitcdn.net, if the policy takes domains.".into(),
            "Run qbo-check again: every host should show a public CA.".into(),
        ];
    }
    engine::plan::plan(engine_findings, None)
        .first
        .iter()
        .map(|task| task.title().to_string())
        .collect()
}

async fn check_hosts(options: &Options) -> Result<ExitCode, String> {
    let started = now_ms();
    let urls = ENDPOINTS
        .iter()
        .map(|e| (e, e.reach_url.to_string()))
        .collect();
    let trust = Arc::new(Trust::load(options.ca_file.as_deref())?);
    let results = run_all(urls, options, trust.clone()).await?;
    let evidence = check::evidence(&results, started);
    let engine_findings = engine::diagnose::diagnose(&evidence);
    let findings = check::findings(&results, &engine_findings);
    let fragment = format!("#{}", engine::share::encode_link(&evidence));
    let mut notes = Vec::new();
    if let Some(note) = &trust.local_note {
        notes.push(note.clone());
    }
    let report = Report {
        schema: SCHEMA,
        version: env!("CARGO_PKG_VERSION"),
        clock_skew_ms: evidence
            .page
            .as_ref()
            .and_then(|p| p.clock_skew())
            .map(|s| s.skew_ms),
        code: engine::share::code::encode_code(&evidence, &engine_findings),
        link: match &options.page_url {
            Some(page) => format!("{}{fragment}", page.trim_end_matches('#')),
            None => fragment,
        },
        hosts: results
            .iter()
            .map(|(e, s)| HostReport {
                id: e.id,
                host: e.host,
                group: e.group.id(),
                outcome: check::outcome(s),
                seen: s.clone(),
            })
            .collect(),
        steps: steps(&findings, &engine_findings),
        findings,
        notes,
    };
    if options.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?
        );
    } else {
        print_table(&report, &results);
    }
    let clear = report
        .findings
        .first()
        .is_some_and(|f| f.cause == "all-clear");
    Ok(if clear {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("qbo-check: cannot start: {e}");
            return ExitCode::from(2);
        }
    };
    let result = runtime.block_on(async {
        match cli.command {
            None => check_hosts(&cli.options).await,
            Some(Command::VerifyCatalogue) => verify::verify_catalogue(&cli.options).await,
        }
    });
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("qbo-check: {message}");
            ExitCode::from(2)
        }
    }
}
