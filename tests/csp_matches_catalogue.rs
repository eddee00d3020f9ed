//! The page's Content-Security-Policy (www/index.html) must allow exactly the catalogue's hosts:
//! a missing host would make a probe fail like a network fault, an extra one would let the page
//! talk to a host nobody reviewed. Native test; the end-to-end suite checks the built page too.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use engine::policy::{connect_src, directive, img_src};

fn page_policy() -> String {
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/index.html"))
        .expect("www/index.html");
    let start = html
        .find("http-equiv=\"Content-Security-Policy\" content=\"")
        .expect("a CSP meta tag")
        + "http-equiv=\"Content-Security-Policy\" content=\"".len();
    let len = html[start..].find('"').expect("end of the CSP");
    html[start..start + len].to_string()
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
