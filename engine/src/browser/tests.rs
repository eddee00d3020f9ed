//! Real UA strings (and hints) with what a person would call them.

use super::*;

/// Brands, platform, platform version, mobile.
type Hints = (
    &'static [(&'static str, &'static str)],
    &'static str,
    Option<&'static str>,
    bool,
);

struct Case {
    ua: &'static str,
    hints: Option<Hints>,
    touch: u32,
    brave: bool,
    family: &'static str,
    major: Option<u32>,
    os: &'static str,
    os_detail: Option<&'static str>,
    form: &'static str,
}

const fn ua(
    ua: &'static str,
    family: &'static str,
    major: Option<u32>,
    os: &'static str,
    form: &'static str,
) -> Case {
    Case {
        ua,
        hints: None,
        touch: 0,
        brave: false,
        family,
        major,
        os,
        os_detail: None,
        form,
    }
}

const CHROME_WIN: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
const EDGE_WIN: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 Edg/156.0.0.0";
const FIREFOX_WIN: &str =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0";
const SAFARI_MAC: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15";
const CHROME_MAC: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
const CHROME_ANDROID: &str = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36";
const OPERA_WIN: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36 OPR/125.0.0.0";

const CHROME_BRANDS: &[(&str, &str)] = &[
    ("Google Chrome", "156"),
    ("Chromium", "156"),
    ("Not.A/Brand", "99"),
];
const EDGE_BRANDS: &[(&str, &str)] = &[
    ("Microsoft Edge", "156"),
    ("Chromium", "156"),
    ("Not.A/Brand", "99"),
];
const BARE_CHROMIUM: &[(&str, &str)] = &[("Chromium", "156"), ("Not.A/Brand", "99")];

fn cases() -> Vec<Case> {
    vec![
        Case { os_detail: Some("10 or 11"), ..ua(CHROME_WIN, "chrome", Some(156), "windows", "desktop") },
        Case { hints: Some((CHROME_BRANDS, "Windows", Some("15.0.0"), false)), os_detail: Some("11"), ..ua(CHROME_WIN, "chrome", Some(156), "windows", "desktop") },
        Case { hints: Some((CHROME_BRANDS, "Windows", Some("10.0.0"), false)), os_detail: Some("10"), ..ua(CHROME_WIN, "chrome", Some(156), "windows", "desktop") },
        Case { hints: Some((CHROME_BRANDS, "Windows", None, false)), os_detail: Some("10 or 11"), ..ua(CHROME_WIN, "chrome", Some(156), "windows", "desktop") },
        ua(EDGE_WIN, "edge", Some(156), "windows", "desktop"),
        Case { hints: Some((EDGE_BRANDS, "Windows", Some("19.0.0"), false)), os_detail: Some("11"), ..ua(EDGE_WIN, "edge", Some(156), "windows", "desktop") },
        // Playwright's UA override: the hints keep a bare "Chromium" brand that names nothing.
        ua_with(EDGE_WIN, BARE_CHROMIUM, "Windows", "edge", Some(156), "windows"),
        ua(FIREFOX_WIN, "firefox", Some(145), "windows", "desktop"),
        // Hints contradicting a Firefox UA are ignored.
        Case { hints: Some((CHROME_BRANDS, "Linux", None, false)), ..ua(FIREFOX_WIN, "firefox", Some(145), "windows", "desktop") },
        ua("Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0", "firefox", Some(145), "linux", "desktop"),
        ua("Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:144.0) Gecko/20100101 Firefox/144.0", "firefox", Some(144), "linux", "desktop"),
        ua("Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:145.0) Gecko/20100101 Firefox/145.0", "firefox", Some(145), "macos", "desktop"),
        ua(SAFARI_MAC, "safari", Some(26), "macos", "desktop"),
        ua("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6.1 Safari/605.1.15", "safari", Some(15), "macos", "desktop"),
        // An iPad asking for the desktop site: a Mac with a touch screen.
        Case { touch: 5, os_detail: Some("iPadOS"), ..ua(SAFARI_MAC, "safari", Some(26), "ios", "tablet") },
        Case { os_detail: Some("18.6"), ..ua("Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1", "safari", Some(18), "ios", "mobile") },
        Case { os_detail: Some("17.4"), ..ua("Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1", "safari", Some(17), "ios", "tablet") },
        ua("Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/142.0.7444.77 Mobile/15E148 Safari/604.1", "chrome", Some(142), "ios", "mobile"),
        ua("Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/145.0 Mobile/15E148 Safari/605.1.15", "firefox", Some(145), "ios", "mobile"),
        ua("Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 EdgiOS/142.0.3595.65 Mobile/15E148 Safari/604.1", "edge", Some(142), "ios", "mobile"),
        Case { os_detail: Some("10"), ..ua(CHROME_ANDROID, "chrome", Some(156), "android", "mobile") },
        Case { os_detail: Some("10"), ..ua("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36", "chrome", Some(156), "android", "tablet") },
        Case { hints: Some((CHROME_BRANDS, "Android", Some("15.0.0"), true)), ..ua(CHROME_ANDROID, "chrome", Some(156), "android", "mobile") },
        Case { os_detail: Some("10"), ..ua("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/29.0 Chrome/136.0.0.0 Mobile Safari/537.36", "samsung-internet", Some(29), "android", "mobile") },
        Case { os_detail: Some("10"), ..ua("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36 EdgA/156.0.0.0", "edge", Some(156), "android", "mobile") },
        Case { os_detail: Some("15"), ..ua("Mozilla/5.0 (Android 15; Mobile; rv:145.0) Gecko/145.0 Firefox/145.0", "firefox", Some(145), "android", "mobile") },
        Case { os_detail: Some("10 or 11"), ..ua(OPERA_WIN, "opera", Some(125), "windows", "desktop") },
        ua_with(OPERA_WIN, &[("Opera", "125"), ("Chromium", "141"), ("Not=A?Brand", "24")], "Windows", "opera", Some(125), "windows"),
        // Brave sends Chrome's exact UA; navigator.brave or its brand gives it away.
        Case { brave: true, os_detail: Some("10 or 11"), ..ua(CHROME_WIN, "brave", Some(156), "windows", "desktop") },
        ua_with(CHROME_WIN, &[("Brave", "156"), ("Chromium", "156"), ("Not.A/Brand", "99")], "Windows", "brave", Some(156), "windows"),
        Case { os_detail: Some("10 or 11"), ..ua("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Vivaldi/7.7", "vivaldi", Some(7), "windows", "desktop") },
        Case { os_detail: Some("14"), ..ua("Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240805.005; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/128.0.6613.127 Mobile Safari/537.36", "android-webview", Some(128), "android", "mobile") },
        Case { os_detail: Some("10 or 11"), ..ua("Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko", "ie", Some(11), "windows", "desktop") },
        ua("Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)", "ie", Some(10), "windows", "desktop"),
        Case { os_detail: Some("10 or 11"), ..ua("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045", "edge-legacy", Some(18), "windows", "desktop") },
        ua("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36", "chrome", Some(156), "chromeos", "desktop"),
        ua("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36", "chrome", Some(156), "linux", "desktop"),
        ua(CHROME_MAC, "chrome", Some(156), "macos", "desktop"),
        ua_with(CHROME_MAC, CHROME_BRANDS, "macOS", "chrome", Some(156), "macos"),
        Case { os_detail: Some("17.5"), ..ua("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/470.0.0.38.108;FBBV/620000000;FBDV/iPhone15,2;FBMD/iPhone;FBSN/iOS;FBSV/17.5;FBSS/3;FBID/phone;FBLC/en_US;FBOP/5]", "unknown", None, "ios", "mobile") },
        Case { os_detail: Some("10 or 11"), ..ua("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.41.105 Chrome/130.0.6723.191 Electron/33.2.1 Safari/537.36", "unknown", None, "windows", "desktop") },
        ua("", "unknown", None, "unknown", "desktop"),
        ua("%%%not a browser%%%", "unknown", None, "unknown", "desktop"),
        ua("Mozilla/5.0+(Macintosh;+Intel+Mac+OS+X+10_15_7)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/17.0+Safari/605.1.15", "safari", Some(17), "macos", "desktop"),
    ]
}

fn ua_with(
    ua_string: &'static str,
    brands: &'static [(&'static str, &'static str)],
    platform: &'static str,
    family: &'static str,
    major: Option<u32>,
    os: &'static str,
) -> Case {
    Case {
        hints: Some((brands, platform, None, false)),
        os_detail: if platform == "Windows" {
            Some("10 or 11")
        } else {
            None
        },
        ..ua(ua_string, family, major, os, "desktop")
    }
}

fn signals(case: &Case) -> BrowserSignals {
    BrowserSignals {
        user_agent: case.ua.into(),
        client_hints: case
            .hints
            .map(|(brands, platform, version, mobile)| ClientHints {
                brands: brands
                    .iter()
                    .map(|(b, v)| Brand {
                        brand: b.to_string(),
                        version: v.to_string(),
                    })
                    .collect(),
                mobile,
                platform: platform.into(),
                platform_version: version.map(String::from),
            }),
        max_touch_points: case.touch,
        brave_api: case.brave,
    }
}

#[test]
fn real_user_agents() {
    let cases = cases();
    assert!(cases.len() >= 40, "{} cases", cases.len());
    for case in &cases {
        let d = detect(&signals(case));
        // An OS detail is checked where the case names one.
        let shown = d.os_detail.map(|o| o.to_string());
        let os_detail = case.os_detail.and(shown.as_deref());
        assert_eq!(
            (d.family.id(), d.major, d.os.id(), os_detail, d.form.id()),
            (case.family, case.major, case.os, case.os_detail, case.form),
            "{}",
            case.ua
        );
    }
}

#[test]
fn describes_itself_for_people() {
    let d = detect(&signals(&Case {
        hints: Some((CHROME_BRANDS, "Windows", Some("15.0.0"), false)),
        ..ua(CHROME_WIN, "", None, "", "")
    }));
    assert_eq!(d.describe(), "Chrome 156 on Windows 11");
    assert_eq!(d.detected_by, DetectedBy::ClientHints);
    let ipad = detect(&signals(&Case {
        touch: 5,
        ..ua(SAFARI_MAC, "", None, "", "")
    }));
    assert_eq!(ipad.describe(), "Safari 26 on iPadOS");
    assert!(detect(&signals(&ua(CHROME_WIN, "", None, "", "")))
        .caveats
        .contains(&Caveat::WindowsTenOrEleven));
}

#[derive(serde::Deserialize)]
struct Peer {
    ua: String,
    browser: Option<String>,
    os: Option<String>,
}

/// uap-core's own labels (Apache-2.0; see tests/data/uap-core-LICENSE): at least 95 % agree.
#[test]
fn agrees_with_uap_core_labels() {
    #[derive(serde::Deserialize)]
    struct File {
        cases: Vec<Peer>,
    }
    let text = include_str!("../../tests/data/ua-cases-uap-core.json");
    let file: File = serde_json::from_str(text).expect("valid test data");
    let (mut browser_ok, mut browser_all, mut os_ok, mut os_all) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    for case in &file.cases {
        let d = detect(&BrowserSignals {
            user_agent: case.ua.clone(),
            ..BrowserSignals::default()
        });
        if let Some(browser) = &case.browser {
            browser_all += 1;
            if d.family.id() == browser {
                browser_ok += 1;
            } else {
                misses.push(format!(
                    "browser {} != {browser}: {}",
                    d.family.id(),
                    case.ua
                ));
            }
        }
        if let Some(os) = &case.os {
            os_all += 1;
            if d.os.id() == os {
                os_ok += 1;
            } else {
                misses.push(format!("os {} != {os}: {}", d.os.id(), case.ua));
            }
        }
    }
    let browser_rate = browser_ok as f64 / browser_all as f64;
    let os_rate = os_ok as f64 / os_all as f64;
    println!("uap-core agreement: browser {browser_ok}/{browser_all}, os {os_ok}/{os_all}");
    assert!(
        browser_rate >= 0.95 && os_rate >= 0.95,
        "browser {browser_rate:.3}, os {os_rate:.3}\n{}",
        misses.join("\n")
    );
}
