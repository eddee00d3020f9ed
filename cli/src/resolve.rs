//! `--resolve HOST:PORT:ADDR`, as curl reads it: the connection goes to ADDR while SNI and the
//! `Host` header keep the real name. `*` as HOST matches every host.

use std::net::{IpAddr, SocketAddr};

#[derive(Clone, Debug, Default)]
pub struct Overrides(Vec<(String, u16, SocketAddr)>);

/// One `--resolve` value. ADDR may carry its own port, which curl's form does not, for a test
/// server that listens elsewhere than 443: `*:443:127.0.0.1:8443`, `*:443:[::1]:8443`.
pub fn parse(value: &str) -> Result<(String, u16, SocketAddr), String> {
    let bad = || format!("--resolve {value:?}: expected HOST:PORT:ADDR, such as *:443:127.0.0.1");
    let (host, rest) = value.split_once(':').ok_or_else(bad)?;
    let (port, address) = rest.split_once(':').ok_or_else(bad)?;
    let port: u16 = port.parse().map_err(|_| bad())?;
    if host.is_empty() {
        return Err(bad());
    }
    let target = if let Ok(socket) = address.parse::<SocketAddr>() {
        socket
    } else {
        let ip: IpAddr = address
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse()
            .map_err(|_| bad())?;
        SocketAddr::new(ip, port)
    };
    Ok((host.to_ascii_lowercase(), port, target))
}

impl Overrides {
    pub fn new(values: &[String]) -> Result<Overrides, String> {
        values
            .iter()
            .map(|v| parse(v))
            .collect::<Result<_, _>>()
            .map(Overrides)
    }

    /// Where `host:port` goes instead of a DNS answer, if anywhere.
    pub fn address(&self, host: &str, port: u16) -> Option<SocketAddr> {
        self.0
            .iter()
            .find(|(h, p, _)| *p == port && (h == "*" || h.eq_ignore_ascii_case(host)))
            .map(|(_, _, a)| *a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_values_as_curl_reads_them() {
        let o =
            Overrides::new(&["qbo.intuit.com:443:10.0.0.5".into(), "*:443:[::1]".into()]).unwrap();
        assert_eq!(
            o.address("qbo.intuit.com", 443),
            Some("10.0.0.5:443".parse().unwrap())
        );
        assert_eq!(
            o.address("QBO.intuit.com", 443),
            Some("10.0.0.5:443".parse().unwrap())
        );
        assert_eq!(
            o.address("accounts.intuit.com", 443),
            Some("[::1]:443".parse().unwrap())
        );
        assert_eq!(o.address("accounts.intuit.com", 80), None);
        for bad in [
            "",
            "host",
            "host:443",
            "host:x:1.2.3.4",
            ":443:1.2.3.4",
            "host:443:not-an-ip",
            "host:99999:1.2.3.4",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        let lab =
            Overrides::new(&["*:443:127.0.0.1:8443".into(), "x:443:[::1]:9443".into()]).unwrap();
        assert_eq!(
            lab.address("qbo.intuit.com", 443),
            Some("127.0.0.1:8443".parse().unwrap())
        );
        let v6 = Overrides::new(&["x:443:[::1]:9443".into()]).unwrap();
        assert_eq!(v6.address("x", 443), Some("[::1]:9443".parse().unwrap()));
    }
}
