//! The hosts the page's Content-Security-Policy must allow, derived from the catalogue.
//! `www/index.html` writes the policy out; a test checks that the two agree.

use crate::catalogue::endpoints::{hosts, image_hosts};

/// `connect-src`: the page's own origin and every catalogue host.
pub fn connect_src() -> Vec<String> {
    let mut sources = vec!["'self'".to_string()];
    sources.extend(hosts().into_iter().map(|h| format!("https://{h}")));
    sources
}

/// `img-src`: the page's own origin and every host with a probe image.
pub fn img_src() -> Vec<String> {
    let mut sources = vec!["'self'".to_string()];
    sources.extend(image_hosts().into_iter().map(|h| format!("https://{h}")));
    sources
}

/// Parses one directive's sources out of a policy string.
pub fn directive<'a>(policy: &'a str, name: &str) -> Option<Vec<&'a str>> {
    policy.split(';').map(str::trim).find_map(|d| {
        let mut words = d.split_whitespace();
        (words.next() == Some(name)).then(|| words.collect())
    })
}

/// Whether `directive` of `policy` lets the page load `url` (only what this page's own policy
/// uses: `'self'` is not matched, host sources are `https://host` exactly).
pub fn allows(policy: &str, directive_name: &str, url: &str) -> bool {
    let Some(sources) = directive(policy, directive_name) else {
        return false;
    };
    let origin: String = url.splitn(4, '/').take(3).collect::<Vec<_>>().join("/");
    sources.iter().any(|s| *s == origin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_directives() {
        let p = "default-src 'none'; img-src 'self' https://a.intuit.com ;connect-src 'self'";
        assert_eq!(
            directive(p, "img-src"),
            Some(vec!["'self'", "https://a.intuit.com"])
        );
        assert_eq!(directive(p, "connect-src"), Some(vec!["'self'"]));
        assert_eq!(directive(p, "script-src"), None);
    }

    #[test]
    fn tells_whether_a_url_is_allowed() {
        let p = "default-src 'none'; connect-src 'self' https://qbo.intuit.com";
        assert!(allows(
            p,
            "connect-src",
            "https://qbo.intuit.com/favicon.ico"
        ));
        assert!(!allows(p, "connect-src", "https://evil.example/x"));
        assert!(!allows(
            p,
            "connect-src",
            "https://qbo.intuit.com.evil.example/x"
        ));
        assert!(!allows(p, "img-src", "https://qbo.intuit.com/x.png"));
    }

    #[test]
    fn image_hosts_are_a_subset_of_connect_hosts() {
        let connect = connect_src();
        assert!(img_src().iter().all(|s| connect.contains(s)));
    }
}
