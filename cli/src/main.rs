//! `qbo-check`, the native checker: every catalogue host at once, through DNS, TCP, TLS and
//! HTTP, judged by the page's own engine, plus what only a native program can see (the exact
//! HTTP status everywhere, and TLS inspection). `qbo-check verify-catalogue` checks the
//! catalogue itself before a release. Exit status: 0 all clear, 1 a problem found, 2 bad usage.

mod check;
mod display;
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
use engine::message::{Checker, CheckerPack};
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
    /// The language of the table and of the findings' words: en or fr-CA. Without it, LC_ALL,
    /// LC_MESSAGES or LANG decide, as for other programs, then on Windows the display languages
    /// chosen in its settings, and English stands in for a language this checker does not
    /// have. JSON keys, ids and metrics are the same in every language.
    #[arg(long, value_name = "TAG", global = true)]
    lang: Option<String>,
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

/// The language pack for `--lang`, else for the first of LC_ALL, LC_MESSAGES and LANG that is
/// set (POSIX's order), else for the first of the system's display languages (Windows keeps
/// them in its settings, not in LANG) that the checker has, else English. A `--lang` the
/// checker does not have is a usage error; a system language it does not have is not.
fn pack(
    lang: Option<&str>,
    env: impl Fn(&str) -> Option<String>,
    display_languages: impl Fn() -> Vec<String>,
) -> Result<&'static dyn CheckerPack, String> {
    if let Some(tag) = lang {
        let known: Vec<&str> = engine::message::PACKS.iter().map(|p| p.tag()).collect();
        return engine::message::pack_for(tag)
            .ok_or_else(|| format!("--lang {tag}: this checker speaks {}", known.join(", ")));
    }
    let system = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| env(name).filter(|v| !v.is_empty()));
    let pack = match system {
        Some(tag) => engine::message::pack_for(&tag),
        None => display_languages()
            .iter()
            .find_map(|tag| engine::message::pack_for(tag)),
    };
    Ok(pack.unwrap_or(&engine::message::English))
}

impl Options {
    pub fn pack(&self) -> Result<&'static dyn CheckerPack, String> {
        pack(
            self.lang.as_deref(),
            |name| std::env::var(name).ok(),
            display::languages,
        )
    }

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
    /// The language of the findings' titles and details, steps and notes (`--lang`).
    lang: &'static str,
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
    let pack = options.pack()?;
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
            eprint!(
                "\r[{bar}] {}",
                pack.checker(Checker::Progress { done: n, total })
            );
        } else {
            eprintln!(
                "{}",
                pack.checker(Checker::HostChecked {
                    host: endpoint.host,
                    outcome: check::outcome(&seen),
                })
            );
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

fn tls_words(seen: &net::Seen, pack: &dyn CheckerPack) -> String {
    match (
        &seen.tls.version,
        seen.tls.public_ca,
        seen.tls.local_ca_only,
    ) {
        (Some(version), _, true) => pack.checker(Checker::TlsInspected { version }),
        (Some(version), Some(true), _) => pack.checker(Checker::TlsPublic { version }),
        (_, _, _) if seen.tls.error.is_some() => pack.checker(Checker::TlsFailed),
        _ => "-".into(),
    }
}

/// The table and the verdict, for a person, in `pack`'s language.
fn table(
    report: &Report,
    results: &[(&'static Endpoint, net::Seen)],
    pack: &dyn CheckerPack,
) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let [host, outcome, dns, tcp, tls, http] = pack.columns();
    let _ = writeln!(
        out,
        "{host:<32} {outcome:<13} {dns:>8} {tcp:>8}  {tls:<20} {http}"
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
            (Some(status), Some(ms)) => pack.checker(Checker::HttpIn { status, ms }),
            (Some(code), None) => code.to_string(),
            _ => "-".into(),
        };
        let _ = writeln!(
            out,
            "{:<32} {:<13} {:>8} {:>8}  {:<20} {}",
            e.host,
            check::outcome(s),
            dns,
            tcp,
            tls_words(s, pack),
            http
        );
    }
    let _ = writeln!(out);
    for (rank, f) in report.findings.iter().enumerate() {
        if rank == 0 {
            let verdict = pack.checker(Checker::Verdict {
                title: &f.title,
                confidence: f.level,
                fault: f.place,
            });
            let _ = writeln!(out, "{verdict}\n{}\n", f.detail);
        } else {
            let also = pack.checker(Checker::Also {
                title: &f.title,
                confidence: f.level,
            });
            let _ = writeln!(out, "{also}");
        }
    }
    if !report.steps.is_empty() {
        let _ = writeln!(out, "{}", pack.checker(Checker::WhatToDo));
        for (i, step) in report.steps.iter().enumerate() {
            let _ = writeln!(out, "  {}. {step}", i + 1);
        }
        let _ = writeln!(out);
    }
    for note in &report.notes {
        let _ = writeln!(out, "{} {note}", pack.checker(Checker::Note));
    }
    let code = pack.checker(Checker::HelpDeskCode { code: &report.code });
    let link = pack.checker(Checker::ReportLink { link: &report.link });
    let dates = pack.checker(Checker::Dates {
        checked: engine::calendar::CHECKED,
        built: engine::calendar::build_day(),
    });
    let _ = write!(out, "{code}\n{link}\n{dates}\n");
    out
}

/// The steps for the top finding: exempting the hosts from inspection when TLS is inspected,
/// else the page's own plan (its first steps, by title).
fn steps(
    findings: &[check::CliFinding],
    engine_findings: &[engine::diagnose::Finding],
    pack: &dyn CheckerPack,
) -> Vec<String> {
    if findings
        .first()
        .is_some_and(|f| f.cause == "tls-inspection")
    {
        let hosts: Vec<&str> = ENDPOINTS.iter().map(|e| e.host).collect();
        return vec![
            pack.checker(Checker::ExemptHosts {
                hosts: &hosts.join(", "),
            }),
            pack.checker(Checker::ExemptDomains),
            pack.checker(Checker::CheckAgain),
        ];
    }
    engine::plan::plan(engine_findings, None)
        .first
        .iter()
        .map(|task| pack.task(*task).to_string())
        .collect()
}

/// The report of one round, as `--json` prints it.
fn report(
    round: &rounds::Round,
    options: &Options,
    trust: &Trust,
    pack: &dyn CheckerPack,
) -> Report {
    let fragment = format!("#{}", engine::share::encode_link(&round.evidence));
    let mut notes = Vec::new();
    if trust.local_errors > 0 {
        notes.push(pack.checker(Checker::TrustStoreInPart {
            errors: trust.local_errors,
        }));
    }
    Report {
        schema: SCHEMA,
        version: env!("CARGO_PKG_VERSION"),
        lang: pack.tag(),
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
        steps: steps(&round.findings, &round.engine_findings, pack),
        findings: round.findings.clone(),
        notes,
    }
}

async fn check_hosts(options: &Options) -> Result<ExitCode, String> {
    let trust = Arc::new(Trust::load(options.ca_file.as_deref())?);
    let pack = options.pack()?;
    let round = rounds::run(options, trust.clone()).await?;
    let report = report(&round, options, &trust, pack);
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
        Format::Table => print!("{}", table(&report, &round.results, pack)),
    }
    Ok(if round.all_clear() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // A language the checker does not have is bad usage, said once, before any network work:
    // every command reads the same answer again where it prints.
    if let Err(message) = cli.options.pack() {
        eprintln!("qbo-check: {message}");
        return ExitCode::from(2);
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_comes_from_the_flag_then_the_system() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                vars.iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        let tag = |lang: Option<&str>, vars| pack(lang, env(vars), Vec::new).map(|p| p.tag());
        assert_eq!(tag(None, &[]), Ok("en"));
        assert_eq!(tag(None, &[("LANG", "fr_CA.UTF-8")]), Ok("fr-CA"));
        // POSIX's order: LC_ALL, then LC_MESSAGES, then LANG; an empty one does not count.
        assert_eq!(
            tag(None, &[("LC_ALL", "en_US.UTF-8"), ("LANG", "fr_CA.UTF-8")]),
            Ok("en")
        );
        assert_eq!(
            tag(
                None,
                &[("LC_ALL", ""), ("LC_MESSAGES", "fr_CA"), ("LANG", "en_GB")]
            ),
            Ok("fr-CA")
        );
        // A system language the checker does not have falls back to English…
        assert_eq!(tag(None, &[("LANG", "de_DE.UTF-8")]), Ok("en"));
        assert_eq!(tag(None, &[("LANG", "C.UTF-8")]), Ok("en"));
        // …but a flag wins over the system, and an unknown flag is a usage error.
        assert_eq!(tag(Some("fr-CA"), &[("LANG", "en_US")]), Ok("fr-CA"));
        assert_eq!(tag(Some("en"), &[("LANG", "fr_CA")]), Ok("en"));
        assert!(tag(Some("de"), &[]).unwrap_err().contains("en, fr-CA"));
    }

    /// Windows: with no LANG, the display languages in the order the user put them, the first
    /// one the checker has; LANG (Git Bash sets it) and the flag still come first.
    #[test]
    fn windows_display_languages_come_after_the_environment() {
        let shown = |languages: &'static [&'static str]| {
            move || languages.iter().map(|l| l.to_string()).collect::<Vec<_>>()
        };
        let no_env = |_: &str| None;
        let tag = |lang, languages| pack(lang, no_env, shown(languages)).map(|p| p.tag());
        assert_eq!(tag(None, &["fr-CA", "en-US"]), Ok("fr-CA"));
        assert_eq!(tag(None, &["de-DE", "fr-FR"]), Ok("fr-CA"));
        assert_eq!(tag(None, &["de-DE"]), Ok("en"));
        assert_eq!(tag(None, &[]), Ok("en"));
        assert_eq!(tag(Some("en"), &["fr-CA"]), Ok("en"));
        // A variable that is set decides, even for a language the checker lacks.
        for (variable, value) in [
            ("LANG", "en_US.UTF-8"),
            ("LANG", "de_DE.UTF-8"),
            ("LC_ALL", "C"),
        ] {
            let env = move |name: &str| (name == variable).then(|| value.to_string());
            assert_eq!(
                pack(None, env, shown(&["fr-CA"])).map(|p| p.tag()),
                Ok("en"),
                "{variable}={value}"
            );
        }
    }

    fn a_round(pack: &dyn CheckerPack) -> (Report, Vec<(&'static Endpoint, net::Seen)>) {
        // Every host refused, except one that answered with a server error.
        let results: Vec<(&'static Endpoint, net::Seen)> = ENDPOINTS
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let mut seen = net::Seen::default();
                if i == 0 {
                    seen.http.status = Some(503);
                    seen.http.ms = Some(40);
                    seen.tls.version = Some("TLSv1.3".into());
                    seen.tls.public_ca = Some(true);
                } else {
                    seen.tcp.error = Some("refused");
                }
                (e, seen)
            })
            .collect();
        let evidence = check::evidence(&results, 1_795_651_200_000.0);
        let engine_findings = engine::diagnose::diagnose(&evidence);
        let findings = check::findings(&results, &engine_findings, pack);
        let report = Report {
            schema: SCHEMA,
            version: "0",
            lang: pack.tag(),
            hosts: Vec::new(),
            steps: steps(&findings, &engine_findings, pack),
            findings,
            clock_skew_ms: None,
            code: "A1B2-C3D4".into(),
            link: "#r2.x".into(),
            notes: vec![pack.checker(Checker::TrustStoreInPart { errors: 2 })],
        };
        (report, results)
    }

    /// Words no French line of the checker would hold (see engine/src/message/tests.rs). The
    /// table's outcome, DNS and TCP columns hold ids (`unreachable`, `refused`, `set` for a
    /// `--resolve` host), the same in every language and in the JSON, so they are not words
    /// here; README.md says so.
    const ENGLISH: &[&str] = &[
        "the", "and", "this", "that", "your", "with", "not", "for", "are", "from", "which",
        "could", "cannot", "browser", "network", "host", "hosts", "answered", "verdict:", "also:",
        "what", "where", "checked", "built", "error", "errors", "read", "only",
    ];

    #[test]
    fn the_table_is_all_in_the_language_asked() {
        let (report, results) = a_round(&engine::message::CanadianFrench);
        let text = table(&report, &results, &engine::message::CanadianFrench);
        assert!(text.contains("Verdict\u{a0}:"), "{text}");
        assert!(
            text.contains("Code pour le soutien technique\u{a0}: A1B2-C3D4"),
            "{text}"
        );
        for line in text.lines() {
            // Host names, addresses and ids are data; the outcome column holds ids.
            let words: Vec<String> = line
                .split(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == ',')
                .filter(|w| !w.contains('.') && !w.contains('#'))
                .map(str::to_lowercase)
                .collect();
            let english: Vec<&String> = words
                .iter()
                .filter(|w| ENGLISH.contains(&w.as_str()))
                .collect();
            assert!(english.is_empty(), "English {english:?} in: {line}");
        }
        let (english, results) = a_round(&engine::message::English);
        let text = table(&english, &results, &engine::message::English);
        assert!(text.contains("Verdict: ") && text.contains("Help-desk code: A1B2-C3D4"));
    }

    #[test]
    fn a_report_keeps_its_ids_in_every_language() {
        let (english, _) = a_round(&engine::message::English);
        let (french, _) = a_round(&engine::message::CanadianFrench);
        let json = |r: &Report| serde_json::to_value(r).unwrap();
        let (english, french) = (json(&english), json(&french));
        assert_eq!(english["lang"], "en");
        assert_eq!(french["lang"], "fr-CA");
        for (e, f) in english["findings"]
            .as_array()
            .unwrap()
            .iter()
            .zip(french["findings"].as_array().unwrap())
        {
            for key in ["cause", "confidence", "fault", "message"] {
                assert_eq!(e[key], f[key], "{key}");
            }
            assert_ne!(e["title"], f["title"]);
        }
        assert!(english["findings"][0]["message"]["id"].is_string());
    }
}
