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
    fn image_hosts_are_a_subset_of_connect_hosts() {
        let connect = connect_src();
        assert!(img_src().iter().all(|s| connect.contains(s)));
    }
}
