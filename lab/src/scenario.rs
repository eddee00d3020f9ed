//! What each impersonated host does. Tests describe a scenario as JSON; the lab obeys it.

use std::collections::BTreeMap;

use serde::Deserialize;

/// How one host behaves.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Behaviour {
    /// Serve the real thing: an image for image paths, the status JSON, or a short text.
    Ok {
        #[serde(default)]
        delay_ms: u64,
    },
    /// Answer with this HTTP status and an HTML error page, as an edge or gateway would.
    Status {
        code: u16,
        #[serde(default)]
        delay_ms: u64,
    },
    /// Complete TLS, read the request, never answer.
    Hang,
    /// Reset the TCP connection during the TLS handshake.
    Reset,
    /// Present a certificate the browser does not trust.
    UntrustedCert,
    /// Nothing listens: the browser's resolver rules send the host to a closed port.
    Refuse,
    /// Send the headers and part of the body, then break the connection.
    ResetMidBody,
    /// Send the headers, then one byte a second.
    Trickle,
    /// A 100 MB body, produced lazily; the lab counts what it really sent.
    HugeBody,
    /// Redirect to the same URL, forever.
    RedirectLoop,
    /// Redirect to a host outside the catalogue.
    RedirectAway,
    /// Answer as HTTP/1.0 and close the connection to end the body.
    Http10Close,
    /// A certificate for another host name, from a key the browser does not trust.
    WrongHostCert,
    /// The name does not resolve: the resolver rules say `~NOTFOUND`.
    DnsFail,
    /// Flips between answering and `down` from one round of the page's probes to the next, for
    /// watch mode. `pattern` is read one letter per round, `u` up and `d` down, and repeats. A
    /// round is told apart by the page's per-run `qbo-check=` query value; `down` must be an
    /// HTTP-level behaviour (`hang`, `status`, `ok` with a delay).
    Rounds {
        pattern: String,
        down: Box<Behaviour>,
    },
}

/// The status page's state, served at `/api/v2/summary.json` on every host that is `ok`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusDoc {
    /// Statuspage's indicator: none, minor, major, critical.
    #[serde(default = "none")]
    pub indicator: String,
    /// Whether to send `Access-Control-Allow-Origin: *`, as Statuspage does.
    #[serde(default = "yes")]
    pub cors: bool,
    /// Replace the summary with a broken one: "malformed", "empty", "html", "huge" (a valid
    /// 10 MB summary), "300mb" (300 MB with its length announced) or "endless" (no length, no
    /// end).
    #[serde(default)]
    pub body: Option<String>,
    /// The name of the open incident when the indicator is not "none".
    #[serde(default)]
    pub incident: Option<String>,
}

fn none() -> String {
    "none".into()
}

fn yes() -> bool {
    true
}

impl Default for StatusDoc {
    fn default() -> Self {
        StatusDoc {
            indicator: none(),
            cors: true,
            body: None,
            incident: None,
        }
    }
}

/// How the page's own server (the lab's plain HTTP site) behaves.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteOptions {
    /// Added to the real time in the `Date` header: the server's clock, seen from a device
    /// whose clock is off by the opposite amount.
    #[serde(default)]
    pub date_offset_s: i64,
    /// Serve this `version.json` instead of the built one (a newer deploy than the page).
    #[serde(default)]
    pub version_json: Option<String>,
}

/// What the lab's forward proxy does with a `CONNECT` to a host (see `proxy.rs`).
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum ProxyBehaviour {
    /// Tunnel to the lab, where the host's own behaviour applies.
    #[default]
    Tunnel,
    /// Refuse with `403 Forbidden`, as a filtering proxy does.
    Forbid,
    /// Ask for credentials with `407 Proxy Authentication Required`.
    Auth,
    /// Reset the connection instead of answering.
    Reset,
    /// Accept the connection and never answer.
    Hang,
}

/// The forward proxy's rules. Keys are host names, or `*.domain` for every host under it; an
/// exact name wins over a wildcard.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProxyOptions {
    #[serde(default)]
    pub default: ProxyBehaviour,
    #[serde(default)]
    pub hosts: BTreeMap<String, ProxyBehaviour>,
}

impl ProxyOptions {
    pub fn behaviour(&self, host: &str) -> ProxyBehaviour {
        if let Some(exact) = self.hosts.get(host) {
            return *exact;
        }
        self.hosts
            .iter()
            .find(|(pattern, _)| {
                pattern
                    .strip_prefix("*.")
                    .is_some_and(|domain| host.ends_with(&format!(".{domain}")))
            })
            .map_or(self.default, |(_, b)| *b)
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// For every catalogue host not named in `hosts`.
    #[serde(default = "ok")]
    pub default: Behaviour,
    /// Per host. Hosts that are not in the catalogue (test hosts) are served too.
    #[serde(default)]
    pub hosts: BTreeMap<String, Behaviour>,
    #[serde(default)]
    pub status_page: StatusDoc,
    #[serde(default)]
    pub site: SiteOptions,
    /// Files that answer 404 on hosts that otherwise behave as set, as a retired test image
    /// does: `host/path`, such as `quickbooks.intuit.com/cas/dam/IMAGE/A6OWCozsM/qb_thumb.png`.
    #[serde(default)]
    pub missing: Vec<String>,
    /// The forward proxy's rules, for browsers that reach the lab through it.
    #[serde(default)]
    pub proxy: ProxyOptions,
}

fn ok() -> Behaviour {
    Behaviour::Ok { delay_ms: 0 }
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            default: ok(),
            hosts: BTreeMap::new(),
            status_page: StatusDoc::default(),
            site: SiteOptions::default(),
            missing: Vec::new(),
            proxy: ProxyOptions::default(),
        }
    }
}

impl Scenario {
    pub fn behaviour(&self, host: &str) -> &Behaviour {
        self.hosts.get(host).unwrap_or(&self.default)
    }

    /// Every host the lab answers for: the catalogue's and the scenario's own.
    pub fn hosts(&self) -> Vec<String> {
        let mut hosts: Vec<String> = engine::catalogue::endpoints::hosts()
            .into_iter()
            .map(String::from)
            .collect();
        for host in self.hosts.keys() {
            if !hosts.contains(host) {
                hosts.push(host.clone());
            }
        }
        hosts
    }

    /// Chromium's `--host-resolver-rules`: every host to the lab, a closed port or nowhere,
    /// and everything else to nowhere, so a test can never reach the real internet.
    pub fn resolver_rules(&self, lab_port: u16, closed_port: u16) -> String {
        let mut rules: Vec<String> = self
            .hosts()
            .iter()
            .map(|host| match self.behaviour(host) {
                Behaviour::DnsFail => format!("MAP {host} ~NOTFOUND"),
                Behaviour::Refuse => format!("MAP {host} 127.0.0.1:{closed_port}"),
                _ => format!("MAP {host} 127.0.0.1:{lab_port}"),
            })
            .collect();
        rules.push("MAP * ~NOTFOUND".into());
        rules.push("EXCLUDE 127.0.0.1".into());
        rules.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_scenario_and_builds_rules() {
        let s: Scenario = serde_json::from_str(
            r#"{"default":{"kind":"status","code":502},"hosts":{"qbo.intuit.com":{"kind":"refuse"},"plugin.intuitcdn.net":{"kind":"dns-fail"}},"status_page":{"indicator":"major"}}"#,
        )
        .unwrap();
        assert_eq!(
            s.behaviour("accounts.intuit.com"),
            &Behaviour::Status {
                code: 502,
                delay_ms: 0
            }
        );
        let rules = s.resolver_rules(4443, 9);
        assert!(rules.contains("MAP qbo.intuit.com 127.0.0.1:9"));
        assert!(rules.contains("MAP plugin.intuitcdn.net ~NOTFOUND"));
        assert!(rules.contains("MAP accounts.intuit.com 127.0.0.1:4443"));
        assert!(rules.ends_with("MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"));
        assert!(s.status_page.cors);
    }

    #[test]
    fn proxy_rules_match_exact_names_before_wildcards() {
        let s: Scenario = serde_json::from_str(
            r#"{"proxy":{"default":"hang","hosts":{"*.intuitcdn.net":"forbid","plugin.intuitcdn.net":"auth"}}}"#,
        )
        .unwrap();
        assert_eq!(
            s.proxy.behaviour("uxfabric.intuitcdn.net"),
            ProxyBehaviour::Forbid
        );
        assert_eq!(
            s.proxy.behaviour("plugin.intuitcdn.net"),
            ProxyBehaviour::Auth
        );
        assert_eq!(s.proxy.behaviour("intuitcdn.net"), ProxyBehaviour::Hang);
        assert_eq!(s.proxy.behaviour("qbo.intuit.com"), ProxyBehaviour::Hang);
        assert_eq!(
            Scenario::default().proxy.behaviour("qbo.intuit.com"),
            ProxyBehaviour::Tunnel
        );
    }

    #[test]
    fn rejects_typos() {
        assert!(serde_json::from_str::<Scenario>(r#"{"defualt":{"kind":"ok"}}"#).is_err());
        assert!(serde_json::from_str::<Scenario>(r#"{"default":{"kind":"okay"}}"#).is_err());
    }
}
