//! `qbo-check verify-catalogue`: before a release, on a real network. Every test image must
//! still answer 200 with an image type (a retired image would show users a false "server
//! error"), and every reach URL must answer at all. Exit status 1 when anything fails.

use std::process::ExitCode;

use engine::catalogue::endpoints::Endpoint;
use engine::catalogue::ENDPOINTS;
use serde::Serialize;

use crate::Options;

#[derive(Serialize)]
struct Row {
    id: &'static str,
    /// `reach`, `image` or `second-image`.
    kind: &'static str,
    url: &'static str,
    status: Option<u16>,
    content_type: Option<String>,
    ok: bool,
    problem: Option<String>,
}

#[derive(Serialize)]
struct VerifyReport {
    schema: &'static str,
    rows: Vec<Row>,
    failed: usize,
}

/// What each row asks of its URL.
fn judge(kind: &str, seen: &crate::net::Seen) -> Option<String> {
    let status = seen.http.status;
    if seen.timed_out {
        return Some("no answer within the deadline".into());
    }
    let Some(code) = status else {
        return Some(
            seen.tls
                .error
                .clone()
                .or(seen.http.error.clone())
                .or(seen.tcp.error.map(String::from))
                .or(seen.dns.error.map(String::from))
                .unwrap_or_else(|| "no answer".into()),
        );
    };
    if kind == "reach" {
        return None;
    }
    let image = seen
        .http
        .content_type
        .as_deref()
        .is_some_and(|t| t.to_ascii_lowercase().starts_with("image/"));
    match (code, image) {
        (200, true) => None,
        (200, false) => Some(format!(
            "answered 200 but as {}, not an image",
            seen.http.content_type.as_deref().unwrap_or("no type")
        )),
        (code, _) => Some(format!("answered {code}: the file is gone or moved")),
    }
}

pub async fn verify_catalogue(options: &Options) -> Result<ExitCode, String> {
    let mut urls: Vec<(&'static Endpoint, &'static str, &'static str)> = Vec::new();
    for e in ENDPOINTS {
        urls.push((e, "reach", e.reach_url));
        if let Some(image) = e.image {
            urls.push((e, "image", image.url));
        }
        if let Some(image) = e.second_image {
            urls.push((e, "second-image", image.url));
        }
    }
    let seen = crate::run_all(
        urls.iter()
            .map(|(e, _, url)| (*e, url.to_string()))
            .collect(),
        options,
        std::sync::Arc::new(crate::tls::Trust::load(options.ca_file.as_deref())?),
    )
    .await?;
    let rows: Vec<Row> = urls
        .iter()
        .zip(seen.iter())
        .map(|((e, kind, url), (_, s))| {
            let problem = judge(kind, s);
            Row {
                id: e.id,
                kind,
                url,
                status: s.http.status,
                content_type: s.http.content_type.clone(),
                ok: problem.is_none(),
                problem,
            }
        })
        .collect();
    let failed = rows.iter().filter(|r| !r.ok).count();
    if options.format() == crate::Format::Json {
        let report = VerifyReport {
            schema: "qbo-check/verify-catalogue/1",
            rows,
            failed,
        };
        println!(
            "{}",
            serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?
        );
    } else {
        println!("{:<20} {:<13} {:<7} result", "host", "what", "status");
        for r in &rows {
            println!(
                "{:<20} {:<13} {:<7} {}",
                r.id,
                r.kind,
                r.status.map_or("-".into(), |s| s.to_string()),
                r.problem.as_deref().unwrap_or("ok")
            );
        }
        println!("\n{failed} of {} checks failed.", rows.len());
    }
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
