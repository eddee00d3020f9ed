//! The UA string, read token by token. Order matters: Edge, Opera, Samsung, Vivaldi and Brave
//! all carry "Chrome/", and every browser on iOS carries "Safari/".

use super::{Family, FormFactor, Os, OsDetail};

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
    let start = ua.find(token)? + token.len();
    let digits: String = ua[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    digits.parse().ok()
}

fn has_word(ua: &str, word: &str) -> bool {
    ua.match_indices(word).any(|(i, _)| {
        let before = ua[..i].chars().next_back();
        let after = ua[i + word.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_alphanumeric())
            && !after.is_some_and(|c| c.is_ascii_alphabetic())
    })
}

fn family(ua: &str, lower: &str) -> (Family, Option<u32>) {
    let chrome = || major_after(ua, "Chrome/").or_else(|| major_after(ua, "CriOS/"));
    if lower.contains("quickbooks") || ua.contains("Intuit") && ua.contains("Electron/") {
        return (Family::QboDesktop, major_after(ua, "Chrome/"));
    }
    if ua.contains("Trident/") || ua.contains("MSIE ") || ua.contains("(IE ") {
        let major = major_after(ua, "MSIE ")
            .or_else(|| major_after(ua, "(IE "))
            .or_else(|| major_after(ua, "rv:"));
        return (Family::Ie, major);
    }
    if ua.contains(" Edge/") {
        return (Family::EdgeLegacy, major_after(ua, " Edge/"));
    }
    for token in ["Edg/", "EdgA/", "EdgiOS/"] {
        if ua.contains(token) {
            return (Family::Edge, major_after(ua, token));
        }
    }
    for token in ["OPR/", "OPiOS/", "OPT/"] {
        if ua.contains(token) {
            return (Family::Opera, major_after(ua, token));
        }
    }
    if ua.contains("SamsungBrowser/") {
        return (Family::SamsungInternet, major_after(ua, "SamsungBrowser/"));
    }
    if ua.contains("Vivaldi/") {
        return (Family::Vivaldi, major_after(ua, "Vivaldi/"));
    }
    if has_word(lower, "brave") {
        // Brave's own version numbers are not Chrome's; Brave ships Chrome's engine version.
        return (Family::Brave, chrome());
    }
    if ua.contains("CriOS/") {
        return (Family::Chrome, major_after(ua, "CriOS/"));
    }
    if ua.contains("FxiOS/") {
        return (Family::Firefox, major_after(ua, "FxiOS/"));
    }
    if ua.contains("Firefox/") {
        return (Family::Firefox, major_after(ua, "Firefox/"));
    }
    if ua.contains("Electron/") {
        return (Family::Unknown, None);
    }
    let android = ua.contains("Android");
    if ua.contains("; wv)")
        || (ua.contains("Version/4.0")
            && ua.contains("Chrome/")
            && (android || ua.contains("Linux; U;")))
    {
        return (Family::AndroidWebview, chrome());
    }
    if ua.contains("Chrome/") || ua.contains("Chromium/") {
        return (
            Family::Chrome,
            chrome().or_else(|| major_after(ua, "Chromium/")),
        );
    }
    // In-app browsers on iOS (Facebook, Instagram…) have no "Safari/" and no "Version/".
    if ua.contains("AppleWebKit") && ua.contains("Safari") && !android {
        return (Family::Safari, major_after(ua, "Version/"));
    }
    (Family::Unknown, None)
}

fn ios_version(ua: &str) -> Option<OsDetail> {
    let start = ua.find(" OS ")? + 4;
    let version: String = ua[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '_')
        .collect();
    OsDetail::version(&version)
}

fn os(ua: &str) -> (Os, Option<OsDetail>) {
    if ua.contains("Silk/") || ua.contains("Quest") {
        return (Os::Android, None);
    }
    if ["CriOS/", "FxiOS/", "EdgiOS/", "OPiOS/"]
        .iter()
        .any(|t| ua.contains(t))
    {
        return (Os::Ios, None);
    }
    if ["iPhone", "iPad", "iPod", "(iOS;"]
        .iter()
        .any(|t| ua.contains(t))
    {
        return (Os::Ios, ios_version(ua));
    }
    if ua.contains("Android") {
        let version = major_after(ua, "Android ")
            .and_then(|v| u16::try_from(v).ok())
            .filter(|v| *v <= OsDetail::MAX_VERSION)
            .map(|major| OsDetail::Version { major, minor: None });
        return (Os::Android, version);
    }
    if ua.contains("CrOS") || ua.contains("X11; Windows") {
        return (Os::Chromeos, None);
    }
    if ua.contains("Windows NT 10.0") {
        return (Os::Windows, Some(OsDetail::Windows10Or11));
    }
    if ua.contains("Windows") || ua.contains("Win9") || ua.contains("Win3") || ua.contains("WinNT")
    {
        return (Os::Windows, None);
    }
    if ua.contains("Macintosh") || ua.contains("Mac OS X") || ua.contains("MacOS X") {
        return (Os::Macos, None);
    }
    if ua.contains("Linux") && !ua.contains("SmartTV") {
        return (Os::Linux, None);
    }
    (Os::Unknown, None)
}

fn form(ua: &str, os: Os) -> FormFactor {
    if ua.contains("iPad") || ua.contains("Tablet") {
        FormFactor::Tablet
    } else if ua.contains("Mobile") || ua.contains("iPhone") || ua.contains("iPod") {
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
