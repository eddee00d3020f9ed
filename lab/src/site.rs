//! Serves the built page (`dist/`) over plain HTTP on loopback, as any static host would.

use std::convert::Infallible;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

pub async fn serve(listener: TcpListener, root: Arc<PathBuf>) {
    loop {
        let Ok((tcp, _)) = listener.accept().await else {
            continue;
        };
        let root = root.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |req| file(req, root.clone()));
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

async fn file(
    req: Request<Incoming>,
    root: Arc<PathBuf>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let found = local_path(&root, req.uri().path())
        .and_then(|p| std::fs::read(&p).ok().map(|body| (p, body)));
    let response = match found {
        Some((path, body)) => Response::builder()
            .header("content-type", content_type(&path))
            .header("cache-control", "no-store")
            .header("x-content-type-options", "nosniff")
            .body(Full::new(Bytes::from(body))),
        None => Response::builder()
            .status(404)
            .header("content-type", "text/plain")
            .body(Full::new(Bytes::from_static(b"not found\n"))),
    };
    Ok(response.unwrap_or_else(|_| Response::new(Full::new(Bytes::new()))))
}

#[cfg(test)]
mod tests {
    use super::*;

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
