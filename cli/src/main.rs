//! `qbo-check`, the native checker: every catalogue host at once, through DNS, TCP, TLS and
//! HTTP, judged by the page's own engine, plus what only a native program can see (the exact
//! HTTP status everywhere, and TLS inspection). `qbo-check verify-catalogue` checks the
//! catalogue itself before a release. Exit status: 0 all clear, 1 a problem found, 2 bad usage.

mod check;
mod metrics;
mod net;
mod proxy;
mod resolve;
mod rounds;
mod serve;
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

/// How a round is printed.
#[derive(clap::ValueEnum, Clone, Copy, PartialEq, Eq)]
enum Format {
    /// A table and the verdict, for a person.
    Table,
    /// The report, schema qbo-check/cli-report/1.
    Json,
    /// Metrics in the OpenMetrics text format, which node_exporter's and windows_exporter's
    /// textfile collectors also read (every metric is a gauge).
    Openmetrics,
}

#[derive(clap::Args, Clone)]
struct Options {
    /// Print the report as JSON (schema qbo-check/cli-report/1) instead of a table; the same as
    /// `--format json`.
    #[arg(long, global = true)]
    json: bool,
    /// How to print the round.
    #[arg(long, value_enum, global = true)]
    format: Option<Format>,
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
    /// Checks again every INTERVAL and names the pattern, as the page's watch mode does
    /// (steady, connection drops, host drops, slow periods). Exit 0 when steady, else 1.
    Watch {
        /// Time between the starts of two rounds: 30s, 2m or a number of seconds (5s to 1h).
        #[arg(long, default_value = "30s", value_parser = rounds::parse_interval)]
        interval: std::time::Duration,
        /// Stop after this many rounds; 0 watches until stopped.
        #[arg(long, default_value_t = 0)]
        rounds: u32,
    },
    /// A Prometheus scrape target: checks every INTERVAL on its own and serves the latest
    /// finished round at /metrics. A scrape never starts a check, and no target is taken from
    /// the request.
    Serve {
        /// Where to listen. Loopback by default; give 0.0.0.0:9877 to let another machine scrape.
        #[arg(long, default_value = "127.0.0.1:9877")]
        listen: std::net::SocketAddr,
        /// Time between the starts of two rounds (5s to 1h).
        #[arg(long, default_value = "60s", value_parser = rounds::parse_interval)]
        interval: std::time::Duration,
    },
}

impl Options {
    fn format(&self) -> Format {
        match (self.format, self.json) {
            (Some(format), _) => format,
            (None, true) => Format::Json,
            (None, false) => Format::Table,
        }
    }
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
            let start = std::time::Instant::now();
            // The status page's summary is read whole: the metrics report its indicator.
            let keep_body = url == engine::catalogue::endpoints::STATUS_PAGE.summary_url;
            let mut seen = net::observe(&url, &resolver, &route, &trust, deadline, keep_body).await;
            seen.elapsed_ms = start.elapsed().as_millis().min(u128::from(u64::MAX)) as u64;
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

/// The report of one round, as `--json` prints it.
fn report(round: &rounds::Round, options: &Options, trust: &Trust) -> Report {
    let fragment = format!("#{}", engine::share::encode_link(&round.evidence));
    let mut notes = Vec::new();
    if let Some(note) = &trust.local_note {
        notes.push(note.clone());
    }
    Report {
        schema: SCHEMA,
        version: env!("CARGO_PKG_VERSION"),
        clock_skew_ms: round
            .evidence
            .page
            .as_ref()
            .and_then(|p| p.clock_skew())
            .map(|s| s.skew_ms),
        code: engine::share::code::encode_code(&round.evidence, &round.engine_findings),
        link: match &options.page_url {
            Some(page) => format!("{}{fragment}", page.trim_end_matches('#')),
            None => fragment,
        },
        hosts: round
            .results
            .iter()
            .map(|(e, s)| HostReport {
                id: e.id,
                host: e.host,
                group: e.group.id(),
                outcome: check::outcome(s),
                seen: s.clone(),
            })
            .collect(),
        steps: steps(&round.findings, &round.engine_findings),
        findings: round.findings.clone(),
        notes,
    }
}

async fn check_hosts(options: &Options) -> Result<ExitCode, String> {
    let trust = Arc::new(Trust::load(options.ca_file.as_deref())?);
    let round = rounds::run(options, trust.clone()).await?;
    let report = report(&round, options, &trust);
    match options.format() {
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?
        ),
        Format::Openmetrics => print!(
            "{}",
            metrics::encode_round(
                &round.results,
                &round.findings,
                &metrics::Context {
                    finished_at_s: round.finished_at_ms / 1000.0,
                    rounds: 1,
                    watch: None,
                    status: round.status.as_ref(),
                },
            )?
        ),
        Format::Table => print_table(&report, &round.results),
    }
    Ok(if round.all_clear() {
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
            Some(Command::Watch { interval, rounds }) => {
                rounds::watch(&cli.options, interval, rounds).await
            }
            Some(Command::Serve { listen, interval }) => {
                serve::serve(&cli.options, listen, interval).await
            }
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
