//! Which browser, version, OS and device this is, from what the browser says about itself.
//!
//! Sources, most trusted first: UA Client Hints (Chromium browsers, secure contexts only), the
//! UA string, and feature signals (`navigator.brave`, touch points). Chromium freezes its UA
//! string ("Windows NT 10.0" on Windows 11, "Mac OS X 10_15_7"), so only hints can tell
//! Windows 11. Hints that contradict a non-Chromium UA string are ignored: no real Firefox or
//! Safari sends them, so they can only come from an emulator or an extension.

mod client_hints;
mod ua;

use serde::{Deserialize, Serialize};

pub use client_hints::{Brand, ClientHints};

/// Browser families. The ids are the `data-browser` values of the page's contract (docs/ARCHITECTURE.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Family {
    Chrome,
    Edge,
    Firefox,
    Safari,
    Opera,
    Brave,
    Vivaldi,
    SamsungInternet,
    AndroidWebview,
    Ie,
    EdgeLegacy,
    /// The QuickBooks Online desktop app (an Electron shell), recognised by its own token.
    QboDesktop,
    Unknown,
}

impl Family {
    /// Every family, in a fixed order that shared links and help-desk codes rely on.
    pub const ALL: [Family; 13] = [
        Family::Chrome,
        Family::Edge,
        Family::Firefox,
        Family::Safari,
        Family::Opera,
        Family::Brave,
        Family::Vivaldi,
        Family::SamsungInternet,
        Family::AndroidWebview,
        Family::Ie,
        Family::EdgeLegacy,
        Family::QboDesktop,
        Family::Unknown,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Family::Chrome => "chrome",
            Family::Edge => "edge",
            Family::Firefox => "firefox",
            Family::Safari => "safari",
            Family::Opera => "opera",
            Family::Brave => "brave",
            Family::Vivaldi => "vivaldi",
            Family::SamsungInternet => "samsung-internet",
            Family::AndroidWebview => "android-webview",
            Family::Ie => "ie",
            Family::EdgeLegacy => "edge-legacy",
            Family::QboDesktop => "qbo-desktop",
            Family::Unknown => "unknown",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Family::Chrome => "Chrome",
            Family::Edge => "Microsoft Edge",
            Family::Firefox => "Firefox",
            Family::Safari => "Safari",
            Family::Opera => "Opera",
            Family::Brave => "Brave",
            Family::Vivaldi => "Vivaldi",
            Family::SamsungInternet => "Samsung Internet",
            Family::AndroidWebview => "an app's built-in browser (Android WebView)",
            Family::Ie => "Internet Explorer",
            Family::EdgeLegacy => "the old Microsoft Edge (EdgeHTML)",
            Family::QboDesktop => "the QuickBooks Online desktop app",
            Family::Unknown => "an unrecognised browser",
        }
    }

    /// Built on Chromium, so UA Client Hints are expected where the context allows.
    pub fn is_chromium(self) -> bool {
        matches!(
            self,
            Family::Chrome
                | Family::Edge
                | Family::Opera
                | Family::Brave
                | Family::Vivaldi
                | Family::SamsungInternet
                | Family::AndroidWebview
                | Family::QboDesktop
        )
    }
}

/// Operating systems. The ids are the `data-os` values of the page's contract (docs/ARCHITECTURE.md); iPadOS is `ios`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Os {
    Windows,
    Macos,
    Ios,
    Android,
    Linux,
    Chromeos,
    Unknown,
}

impl Os {
    /// The name people use, for sentences and menus.
    pub fn name(self) -> &'static str {
        match self {
            Os::Windows => "Windows",
            Os::Macos => "macOS",
            Os::Ios => "iOS",
            Os::Android => "Android",
            Os::Linux => "Linux",
            Os::Chromeos => "ChromeOS",
            Os::Unknown => "an unrecognised system",
        }
    }

    /// Every OS, in a fixed order that shared links and help-desk codes rely on.
    pub const ALL: [Os; 7] = [
        Os::Windows,
        Os::Macos,
        Os::Ios,
        Os::Android,
        Os::Linux,
        Os::Chromeos,
        Os::Unknown,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Os::Windows => "windows",
            Os::Macos => "macos",
            Os::Ios => "ios",
            Os::Android => "android",
            Os::Linux => "linux",
            Os::Chromeos => "chromeos",
            Os::Unknown => "unknown",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FormFactor {
    Desktop,
    Tablet,
    Mobile,
}

impl FormFactor {
    pub const ALL: [FormFactor; 3] = [FormFactor::Desktop, FormFactor::Tablet, FormFactor::Mobile];

    pub fn id(self) -> &'static str {
        match self {
            FormFactor::Desktop => "desktop",
            FormFactor::Tablet => "tablet",
            FormFactor::Mobile => "mobile",
        }
    }
}

/// What the browser told the page about itself. Filled by the app's probe.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BrowserSignals {
    pub user_agent: String,
    pub client_hints: Option<ClientHints>,
    /// `navigator.maxTouchPoints`: an iPad that asks for desktop sites says "Macintosh" but has 5.
    pub max_touch_points: u32,
    /// `navigator.brave` exists: Brave sends Chrome's exact UA string otherwise.
    pub brave_api: bool,
}

/// Which source settled the family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DetectedBy {
    ClientHints,
    UserAgent,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Detection {
    pub family: Family,
    pub major: Option<u32>,
    /// The Chromium version under a browser built on it (Opera, Vivaldi, Samsung Internet,
    /// Brave), from the UA string's `Chrome/` token or the client hints' "Chromium" brand.
    pub chromium_major: Option<u32>,
    pub os: Os,
    /// The OS version where known: Windows 11, "10 or 11", iOS 17.4, iPadOS.
    pub os_detail: Option<OsDetail>,
    pub form: FormFactor,
    pub detected_by: DetectedBy,
    /// Why the answer may be less certain than it looks.
    pub caveats: Vec<Caveat>,
}

/// Why a detection may be less certain than it looks; worded by the panel's words
/// (`panel::FactWords::caveat`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Caveat {
    /// A browser that is not Chromium sent Chromium's client hints; they were ignored.
    HintsContradictName,
    /// Every iOS and iPadOS browser runs on WebKit, whatever its name.
    WebkitOnIos,
    /// The UA string cannot tell Windows 10 from 11, and no hint said.
    WindowsTenOrEleven,
}

/// An OS version, typed so that a shared report can only carry values this page would measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OsDetail {
    Windows10,
    Windows11,
    /// Chromium's frozen UA string says "Windows NT 10.0" on both.
    Windows10Or11,
    /// An iPad asking for desktop sites.
    IpadOs,
    /// A version number, such as iOS 17.4 or Android 14.
    Version {
        major: u16,
        minor: Option<u16>,
    },
}

impl OsDetail {
    /// The highest version number a real OS has; larger ones are refused.
    pub const MAX_VERSION: u16 = 999;

    /// "17.4", "14" or "17_4_1" (only the first two parts are kept); `None` for anything else.
    pub fn version(text: &str) -> Option<OsDetail> {
        let mut parts = text.split(['.', '_']);
        let number = |p: Option<&str>| {
            p.filter(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|p| p.parse::<u16>().ok())
        };
        let major = number(parts.next())?;
        let minor = match parts.next() {
            None => None,
            Some(p) => Some(number(Some(p))?),
        };
        Some(OsDetail::Version { major, minor })
    }

    /// Reads the words an older report carried ("11", "10 or 11", "iPadOS", "17.4").
    pub fn from_words(words: &str, os: Os) -> Option<OsDetail> {
        match (os, words) {
            (Os::Windows, "10") => Some(OsDetail::Windows10),
            (Os::Windows, "11") => Some(OsDetail::Windows11),
            (Os::Windows, "10 or 11") => Some(OsDetail::Windows10Or11),
            (Os::Ios, "iPadOS") => Some(OsDetail::IpadOs),
            (Os::Windows, _) => None,
            _ => OsDetail::version(words),
        }
    }
}

impl Serialize for OsDetail {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl std::fmt::Display for OsDetail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OsDetail::Windows10 => write!(f, "10"),
            OsDetail::Windows11 => write!(f, "11"),
            OsDetail::Windows10Or11 => write!(f, "10 or 11"),
            OsDetail::IpadOs => write!(f, "iPadOS"),
            OsDetail::Version { major, minor: None } => write!(f, "{major}"),
            OsDetail::Version {
                major,
                minor: Some(minor),
            } => write!(f, "{major}.{minor}"),
        }
    }
}

/// The engine under a browser. What a probe sees can depend on it: in WebKit, a proxy's refusal
/// of a host can reach the page as an answer from that host (docs/DIAGNOSIS.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Blink,
    Gecko,
    WebKit,
    Other,
}

impl Detection {
    /// Every browser on iOS and iPadOS runs on WebKit, whatever its name.
    pub fn engine(&self) -> Engine {
        match (self.family, self.os) {
            (_, Os::Ios) | (Family::Safari, _) => Engine::WebKit,
            (Family::Firefox, _) => Engine::Gecko,
            (family, _) if family.is_chromium() => Engine::Blink,
            _ => Engine::Other,
        }
    }

    /// "Chrome 156 on Windows 11", for people.
    pub fn describe(&self) -> String {
        use crate::message::Pack;
        crate::message::English.browser(&crate::message::BrowserName::of(self))
    }
}

/// The one detection function: UA string first, then hints and feature signals on top.
pub fn detect(signals: &BrowserSignals) -> Detection {
    let parsed = ua::parse(&signals.user_agent);
    let mut detection = Detection {
        family: parsed.family,
        major: parsed.major,
        chromium_major: parsed.chromium_major,
        os: parsed.os,
        os_detail: parsed.os_detail,
        form: parsed.form,
        detected_by: DetectedBy::UserAgent,
        caveats: Vec::new(),
    };
    if let Some(hints) = &signals.client_hints {
        if parsed.family.is_chromium() || parsed.family == Family::Unknown {
            client_hints::apply(hints, &mut detection);
        } else {
            detection.caveats.push(Caveat::HintsContradictName);
        }
    }
    if signals.brave_api && matches!(detection.family, Family::Chrome | Family::Brave) {
        detection.family = Family::Brave;
    }
    // iPadOS asks for desktop sites by default and then claims to be a Mac; Macs have no
    // touch screen, so touch points give it away.
    if detection.os == Os::Macos && signals.max_touch_points > 1 {
        detection.os = Os::Ios;
        detection.os_detail = Some(OsDetail::IpadOs);
        detection.form = FormFactor::Tablet;
    }
    if detection.os == Os::Ios
        && detection.family.is_chromium()
        && detection.family != Family::QboDesktop
    {
        detection.caveats.push(Caveat::WebkitOnIos);
    }
    if detection.os == Os::Windows && detection.os_detail == Some(OsDetail::Windows10Or11) {
        detection.caveats.push(Caveat::WindowsTenOrEleven);
    }
    detection
}

#[cfg(test)]
mod tests;
