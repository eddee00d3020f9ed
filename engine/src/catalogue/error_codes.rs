//! What the codes QuickBooks users see mean. Only meanings with a public source are here;
//! anything else is "unknown", never guessed.

use serde::Serialize;

use crate::diagnose::Cause;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ErrorCode {
    pub code: &'static str,
    pub title: &'static str,
    pub meaning: &'static str,
    pub causes: &'static [Cause],
    pub source: &'static str,
}

const RFC_9110: &str = "RFC 9110, HTTP Semantics, section 15 (status codes).";
const WININET: &str = "Microsoft Learn: WinINet error codes (wininet.h), used by Windows programs such as QuickBooks Desktop.";

/// How many codes the catalogue explains: a language's meanings are an array of this length.
pub const ERROR_CODE_COUNT: usize = 16;

pub static ERROR_CODES: [ErrorCode; ERROR_CODE_COUNT] = [
    ErrorCode { code: "502", title: "Bad Gateway", meaning: "A server in the middle (a gateway or proxy) got no valid answer from the server behind it. Usually Intuit's side; a filtering proxy or security software on your side can cause it too.", causes: &[Cause::IntuitOutage, Cause::PartialBlock, Cause::StaleCache, Cause::ExtensionInterference], source: RFC_9110 },
    ErrorCode { code: "503", title: "Service Unavailable", meaning: "The server is overloaded or down for maintenance. Almost always Intuit's side: check the status page and wait.", causes: &[Cause::IntuitOutage], source: RFC_9110 },
    ErrorCode { code: "504", title: "Gateway Timeout", meaning: "A gateway or proxy waited too long for the server behind it. Intuit's side, or a slow or filtering network on yours.", causes: &[Cause::IntuitOutage, Cause::SlowNetwork, Cause::PartialBlock], source: RFC_9110 },
    ErrorCode { code: "500", title: "Internal Server Error", meaning: "The server failed while answering. Intuit's side; stale cookies sometimes trigger it.", causes: &[Cause::IntuitOutage, Cause::StaleCache], source: RFC_9110 },
    ErrorCode { code: "403", title: "Forbidden", meaning: "The server refused the request. On Intuit's sites an \"Access Denied … Reference #\" page is the edge network refusing this connection, often because of a VPN, proxy or malformed cookies.", causes: &[Cause::PartialBlock, Cause::StaleCache], source: "RFC 9110; Akamai's \"Access Denied\" page with a Reference number." },
    ErrorCode { code: "access denied", title: "Access Denied (edge network)", meaning: "Intuit's edge network (Akamai) refused this connection: typically a VPN or proxy address, an unusual region, or malformed intuit.com cookies.", causes: &[Cause::PartialBlock, Cause::StaleCache], source: "Akamai's \"Access Denied … Reference #\" block page, served by Intuit's edge." },
    ErrorCode { code: "429", title: "Too Many Requests", meaning: "The server is limiting how often this connection may ask. Wait a few minutes; a shared office or VPN address can hit the limit sooner.", causes: &[Cause::PartialBlock], source: RFC_9110 },
    ErrorCode { code: "12002", title: "ERROR_INTERNET_TIMEOUT", meaning: "The request timed out: the network is slow or something drops the connection.", causes: &[Cause::SlowNetwork, Cause::NetworkBlock], source: WININET },
    ErrorCode { code: "12007", title: "ERROR_INTERNET_NAME_NOT_RESOLVED", meaning: "The server name could not be resolved: DNS failed or a DNS filter blocks Intuit's hosts.", causes: &[Cause::NetworkBlock, Cause::Offline], source: WININET },
    ErrorCode { code: "12029", title: "ERROR_INTERNET_CANNOT_CONNECT", meaning: "The connection to the server failed: a firewall, proxy or antivirus blocks it, or the network is down.", causes: &[Cause::NetworkBlock, Cause::Offline], source: WININET },
    ErrorCode { code: "12030", title: "ERROR_INTERNET_CONNECTION_ABORTED", meaning: "The connection was ended early, often by a firewall, proxy or security software.", causes: &[Cause::NetworkBlock, Cause::PartialBlock], source: WININET },
    ErrorCode { code: "12031", title: "ERROR_INTERNET_CONNECTION_RESET", meaning: "The connection was reset, often by a firewall, proxy or security software inspecting HTTPS.", causes: &[Cause::NetworkBlock, Cause::PartialBlock], source: WININET },
    ErrorCode { code: "12037", title: "ERROR_INTERNET_SEC_CERT_DATE_INVALID", meaning: "The server's certificate looks expired or not yet valid, which a wrong device clock causes.", causes: &[Cause::ClockSkew], source: WININET },
    ErrorCode { code: "12038", title: "ERROR_INTERNET_SEC_CERT_CN_INVALID", meaning: "The certificate's name does not match the server: a proxy or security software is intercepting HTTPS.", causes: &[Cause::PartialBlock], source: WININET },
    ErrorCode { code: "12045", title: "ERROR_INTERNET_INVALID_CA", meaning: "The certificate is from an untrusted authority: HTTPS interception by a proxy or antivirus, or missing root certificates.", causes: &[Cause::PartialBlock], source: WININET },
    ErrorCode { code: "12157", title: "ERROR_INTERNET_SECURITY_CHANNEL_ERROR", meaning: "The secure connection could not be set up: TLS 1.2 is turned off in Windows, or something interferes with HTTPS.", causes: &[Cause::PartialBlock, Cause::BrowserOutdated], source: WININET },
];

/// Finds a code as a person would type it: "502", "HTTP 502", "error 12007", "Access denied".
pub fn lookup(input: &str) -> Option<&'static ErrorCode> {
    let lower = input.trim().to_ascii_lowercase();
    let cleaned = lower
        .trim_start_matches("http")
        .trim_start_matches("error")
        .trim_start_matches("code")
        .trim_matches(|c: char| c.is_whitespace() || c == ':' || c == '#');
    if cleaned.is_empty() {
        return None;
    }
    ERROR_CODES
        .iter()
        .find(|e| e.code == cleaned || (cleaned.len() >= 6 && e.code.starts_with(cleaned)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_codes_as_typed() {
        for (typed, code) in [
            ("502", "502"),
            (" HTTP 502 ", "502"),
            ("Error 12007", "12007"),
            ("Access Denied", "access denied"),
            ("error: 12029", "12029"),
            ("403", "403"),
        ] {
            assert_eq!(lookup(typed).map(|e| e.code), Some(code), "{typed}");
        }
    }

    #[test]
    fn unknown_codes_stay_unknown() {
        for typed in ["", "6000", "15106", "H202", "5020", "banana", "50"] {
            assert_eq!(lookup(typed).map(|e| e.code), None, "{typed}");
        }
    }

    #[test]
    fn every_code_has_a_source_and_causes() {
        for e in ERROR_CODES {
            assert!(
                !e.source.is_empty() && !e.causes.is_empty() && !e.meaning.is_empty(),
                "{}",
                e.code
            );
        }
    }
}
