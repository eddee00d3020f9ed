//! The lab as a forward proxy: how Firefox and WebKit reach the impersonated hosts (they have no
//! resolver rules), and how any engine meets a corporate proxy's faults.
//!
//! A browser sends `CONNECT host:443`. Per host the proxy tunnels to the lab's TLS port (where the
//! host's own behaviour applies), refuses with 403, asks for credentials with 407, resets the
//! connection, or never answers. Upstream faults that a proxy sees for itself (a name that does
//! not resolve, a refused connection) come back as the proxy's `502 Bad Gateway`, as they do
//! from real proxies. Anything that is not a CONNECT to a lab host is refused, so a test can
//! never reach the internet through it.

use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::scenario::{Behaviour, ProxyBehaviour, Scenario};

/// The longest request head the proxy reads before giving up on a client.
const MAX_HEAD: usize = 16 * 1024;

pub async fn serve(listener: TcpListener, scenario: Arc<Scenario>, lab_port: u16) {
    loop {
        let Ok((client, _)) = listener.accept().await else {
            continue;
        };
        let scenario = scenario.clone();
        tokio::spawn(async move {
            let _ = handle(client, &scenario, lab_port).await;
        });
    }
}

async fn handle(mut client: TcpStream, scenario: &Scenario, lab_port: u16) -> std::io::Result<()> {
    let Some((head, early)) = read_head(&mut client).await? else {
        return Ok(());
    };
    let Some(host) = connect_target(&head) else {
        return refuse(
            &mut client,
            403,
            "Only CONNECT to a lab host is allowed here.",
        )
        .await;
    };
    if !scenario.hosts().contains(&host) {
        return refuse(&mut client, 403, "Not a lab host.").await;
    }
    if std::env::var_os("LAB_LOG").is_some() {
        eprintln!(
            "lab proxy: CONNECT {host} -> {:?}",
            scenario.proxy.behaviour(&host)
        );
    }
    match scenario.proxy.behaviour(&host) {
        ProxyBehaviour::Forbid => {
            refuse(
                &mut client,
                403,
                "Access to this site is blocked by the proxy.",
            )
            .await
        }
        ProxyBehaviour::Auth => refuse(&mut client, 407, "Proxy authentication required.").await,
        ProxyBehaviour::Reset => {
            let _ = socket2::SockRef::from(&client).set_linger(Some(Duration::ZERO));
            Ok(())
        }
        ProxyBehaviour::Hang => {
            // Keep the connection open and silent until the browser gives up.
            let mut sink = [0u8; 1024];
            while client.read(&mut sink).await? > 0 {}
            Ok(())
        }
        ProxyBehaviour::Tunnel => match scenario.behaviour(&host) {
            Behaviour::DnsFail => {
                refuse(&mut client, 502, "The host name could not be resolved.").await
            }
            Behaviour::Refuse => refuse(&mut client, 502, "The host refused the connection.").await,
            _ => tunnel(client, early, lab_port).await,
        },
    }
}

/// Reads up to the end of the request head; returns it and any bytes that came after it.
async fn read_head(client: &mut TcpStream) -> std::io::Result<Option<(String, Vec<u8>)>> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 2048];
    loop {
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let early = buf.split_off(end + 4);
            return Ok(Some((String::from_utf8_lossy(&buf).into_owned(), early)));
        }
        if buf.len() > MAX_HEAD {
            return Ok(None);
        }
        let n = client.read(&mut chunk).await?;
        if n == 0 {
            return Ok(None);
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}

/// The host of `CONNECT host:443 HTTP/1.1`; `None` for any other request.
fn connect_target(head: &str) -> Option<String> {
    let mut words = head.lines().next()?.split_whitespace();
    if words.next()? != "CONNECT" {
        return None;
    }
    let authority = words.next()?;
    let (host, port) = authority.rsplit_once(':')?;
    (port == "443").then(|| host.to_ascii_lowercase())
}

/// Answers the CONNECT with an error page of the proxy's own, then closes.
async fn refuse(client: &mut TcpStream, code: u16, why: &str) -> std::io::Result<()> {
    let reason = match code {
        403 => "Forbidden",
        407 => "Proxy Authentication Required",
        _ => "Bad Gateway",
    };
    let body = format!(
        "<html><head><title>{code} {reason}</title></head><body><h1>{reason}</h1><p>{why}</p><p>lab proxy</p></body></html>"
    );
    let auth = if code == 407 {
        "Proxy-Authenticate: Basic realm=\"lab proxy\"\r\n"
    } else {
        ""
    };
    let head = format!(
        "HTTP/1.1 {code} {reason}\r\nContent-Type: text/html\r\nContent-Length: {}\r\n{auth}Connection: close\r\n\r\n",
        body.len()
    );
    client.write_all(head.as_bytes()).await?;
    client.write_all(body.as_bytes()).await?;
    client.shutdown().await
}

/// Opens the tunnel to the lab's TLS port, where the host's own behaviour applies.
async fn tunnel(mut client: TcpStream, early: Vec<u8>, lab_port: u16) -> std::io::Result<()> {
    let mut upstream = TcpStream::connect(("127.0.0.1", lab_port)).await?;
    client
        .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
        .await?;
    upstream.write_all(&early).await?;
    tokio::io::copy_bidirectional(&mut client, &mut upstream).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_only_connect_to_port_443() {
        assert_eq!(
            connect_target("CONNECT QBO.intuit.com:443 HTTP/1.1\r\nHost: x\r\n\r\n").as_deref(),
            Some("qbo.intuit.com")
        );
        assert_eq!(
            connect_target("CONNECT qbo.intuit.com:80 HTTP/1.1\r\n"),
            None
        );
        assert_eq!(
            connect_target("GET http://qbo.intuit.com/ HTTP/1.1\r\n"),
            None
        );
        assert_eq!(connect_target(""), None);
    }
}
