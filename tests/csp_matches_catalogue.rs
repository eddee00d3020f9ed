//! The page's Content-Security-Policy must allow exactly the catalogue's hosts: a missing host
//! would make a probe fail like a network fault, an extra one would let the page talk to a host
//! nobody reviewed. The policy has one definition, www/headers.json, from which the build
//! writes the meta tag, `_headers` and the nginx snippet. Native test; the end-to-end suite
//! checks the built files and a real server too.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use engine::policy::{connect_src, directive, img_src};

/// The policy as www/headers.json defines it: each `["directive", "source", …]` line, joined.
fn page_policy() -> String {
    let json = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/headers.json"))
        .expect("www/headers.json");
    let start = json.find("\"csp\": [").expect("a csp list");
    let end = start + json[start..].find("\n  ],").expect("end of the csp list");
    json[start..end]
        .lines()
        .skip(1)
        .map(|line| {
            line.split('"')
                .skip(1)
                .step_by(2)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|d| !d.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

fn set<S: AsRef<str>>(items: &[S]) -> BTreeSet<String> {
    items.iter().map(|s| s.as_ref().to_string()).collect()
}

#[test]
fn connect_and_img_sources_are_the_catalogue() {
    let policy = page_policy();
    let connect = directive(&policy, "connect-src").expect("connect-src");
    let img = directive(&policy, "img-src").expect("img-src");
    assert_eq!(
        set(&connect),
        set(&connect_src()),
        "connect-src vs catalogue"
    );
    assert_eq!(set(&img), set(&img_src()), "img-src vs catalogue");
}

#[test]
fn the_policy_is_strict() {
    let policy = page_policy();
    assert!(!policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'"));
    assert_eq!(directive(&policy, "default-src"), Some(vec!["'none'"]));
    assert_eq!(
        directive(&policy, "script-src"),
        Some(vec!["'self'", "'wasm-unsafe-eval'"])
    );
}
