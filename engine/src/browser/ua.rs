//! The UA string, read token by token. Order matters: Edge, Opera, Samsung, Vivaldi and Brave
//! all carry "Chrome/", and every browser on iOS carries "Safari/".

use super::{Family, FormFactor, Os, OsDetail};
use crate::find::{find as at, has};

pub(super) struct Parsed {
    pub family: Family,
    pub major: Option<u32>,
    /// The `Chrome/` version of a browser built on Chromium that names itself otherwise.
    pub chromium_major: Option<u32>,
    pub os: Os,
    pub os_detail: Option<OsDetail>,
    pub form: FormFactor,
}

/// The number right after `token` (e.g. `Chrome/` → 156).
fn major_after(ua: &str, token: &str) -> Option<u32> {
    let start = at(ua, token)? + token.len();
    let digits: String = ua[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    digits.parse().ok()
}

fn has_word(ua: &str, word: &str) -> bool {
    let mut from = 0;
    while let Some(found) = ua.get(from..).and_then(|rest| at(rest, word)) {
        let i = from + found;
        let before = ua[..i].chars().next_back();
        let after = ua[i + word.len()..].chars().next();
        if !before.is_some_and(|c| c.is_ascii_alphanumeric())
            && !after.is_some_and(|c| c.is_ascii_alphabetic())
        {
            return true;
        }
        from = i + word.len().max(1);
    }
    false
}

fn family(ua: &str, lower: &str) -> (Family, Option<u32>) {
    let chrome = || major_after(ua, "Chrome/").or_else(|| major_after(ua, "CriOS/"));
    if has(lower, "quickbooks") || has(ua, "Intuit") && has(ua, "Electron/") {
        return (Family::QboDesktop, major_after(ua, "Chrome/"));
    }
    if has(ua, "Trident/") || has(ua, "MSIE ") || has(ua, "(IE ") {
        let major = major_after(ua, "MSIE ")
            .or_else(|| major_after(ua, "(IE "))
            .or_else(|| major_after(ua, "rv:"));
        return (Family::Ie, major);
    }
    if has(ua, " Edge/") {
        return (Family::EdgeLegacy, major_after(ua, " Edge/"));
    }
    for token in ["Edg/", "EdgA/", "EdgiOS/"] {
        if has(ua, token) {
            return (Family::Edge, major_after(ua, token));
        }
    }
    for token in ["OPR/", "OPiOS/", "OPT/"] {
        if has(ua, token) {
            return (Family::Opera, major_after(ua, token));
        }
    }
    if has(ua, "SamsungBrowser/") {
        return (Family::SamsungInternet, major_after(ua, "SamsungBrowser/"));
    }
    if has(ua, "Vivaldi/") {
        return (Family::Vivaldi, major_after(ua, "Vivaldi/"));
    }
    if has_word(lower, "brave") {
        // Brave's own version numbers are not Chrome's; Brave ships Chrome's engine version.
        return (Family::Brave, chrome());
    }
    if has(ua, "CriOS/") {
        return (Family::Chrome, major_after(ua, "CriOS/"));
    }
    if has(ua, "FxiOS/") {
        return (Family::Firefox, major_after(ua, "FxiOS/"));
    }
    if has(ua, "Firefox/") {
        return (Family::Firefox, major_after(ua, "Firefox/"));
    }
    if has(ua, "Electron/") {
        return (Family::Unknown, None);
    }
    let android = has(ua, "Android");
    if has(ua, "; wv)")
        || (has(ua, "Version/4.0") && has(ua, "Chrome/") && (android || has(ua, "Linux; U;")))
    {
        return (Family::AndroidWebview, chrome());
    }
    if has(ua, "Chrome/") || has(ua, "Chromium/") {
        return (
            Family::Chrome,
            chrome().or_else(|| major_after(ua, "Chromium/")),
        );
    }
    // In-app browsers on iOS (Facebook, Instagram…) have no "Safari/" and no "Version/".
    if has(ua, "AppleWebKit") && has(ua, "Safari") && !android {
        return (Family::Safari, major_after(ua, "Version/"));
    }
    (Family::Unknown, None)
}

fn ios_version(ua: &str) -> Option<OsDetail> {
    let start = at(ua, " OS ")? + 4;
    let version: String = ua[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '_')
        .collect();
    OsDetail::version(&version)
}

fn os(ua: &str) -> (Os, Option<OsDetail>) {
    if has(ua, "Silk/") || has(ua, "Quest") {
        return (Os::Android, None);
    }
    if ["CriOS/", "FxiOS/", "EdgiOS/", "OPiOS/"]
        .iter()
        .any(|t| has(ua, t))
    {
        return (Os::Ios, None);
    }
    if ["iPhone", "iPad", "iPod", "(iOS;"]
        .iter()
        .any(|t| has(ua, t))
    {
        return (Os::Ios, ios_version(ua));
    }
    if has(ua, "Android") {
        let version = major_after(ua, "Android ")
            .and_then(|v| u16::try_from(v).ok())
            .filter(|v| *v <= OsDetail::MAX_VERSION)
            .map(|major| OsDetail::Version { major, minor: None });
        return (Os::Android, version);
    }
    if has(ua, "CrOS") || has(ua, "X11; Windows") {
        return (Os::Chromeos, None);
    }
    if has(ua, "Windows NT 10.0") {
        return (Os::Windows, Some(OsDetail::Windows10Or11));
    }
    if has(ua, "Windows") || has(ua, "Win9") || has(ua, "Win3") || has(ua, "WinNT") {
        return (Os::Windows, None);
    }
    if has(ua, "Macintosh") || has(ua, "Mac OS X") || has(ua, "MacOS X") {
        return (Os::Macos, None);
    }
    if has(ua, "Linux") && !has(ua, "SmartTV") {
        return (Os::Linux, None);
    }
    (Os::Unknown, None)
}

fn form(ua: &str, os: Os) -> FormFactor {
    if has(ua, "iPad") || has(ua, "Tablet") {
        FormFactor::Tablet
    } else if has(ua, "Mobile") || has(ua, "iPhone") || has(ua, "iPod") {
        FormFactor::Mobile
    } else if os == Os::Android {
        // Android tablets drop the "Mobile" token.
        FormFactor::Tablet
    } else {
        FormFactor::Desktop
    }
}

pub(super) fn parse(raw: &str) -> Parsed {
    // Some logs and proxies turn spaces into '+'.
    let normalised;
    let ua = if !raw.contains(' ') && raw.contains('+') {
        normalised = raw.replace('+', " ");
        normalised.as_str()
    } else {
        raw
    };
    let lower = ua.to_ascii_lowercase();
    let (family, major) = family(ua, &lower);
    let (os, os_detail) = os(ua);
    let chromium_major = matches!(
        family,
        Family::Opera | Family::Vivaldi | Family::SamsungInternet | Family::Brave
    )
    .then(|| major_after(ua, "Chrome/"))
    .flatten();
    Parsed {
        family,
        major,
        chromium_major,
        os,
        os_detail,
        form: form(ua, os),
    }
}
