//! UA Client Hints (`navigator.userAgentData` and its high-entropy values).

use serde::{Deserialize, Serialize};

use super::{DetectedBy, Detection, Family, FormFactor, Os, OsDetail};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Brand {
    pub brand: String,
    pub version: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientHints {
    /// Low-entropy brands; `full_version_list` where the browser granted it.
    pub brands: Vec<Brand>,
    pub mobile: bool,
    pub platform: String,
    /// High-entropy; on Windows, a major of 13 or more means Windows 11.
    pub platform_version: Option<String>,
}

/// The brand that names the browser, most specific first. "Chromium" alone names nothing:
/// emulators and unbranded builds send only that.
fn named_family(brands: &[Brand]) -> Option<(Family, Option<u32>)> {
    const NAMES: [(&str, Family); 6] = [
        ("Microsoft Edge", Family::Edge),
        ("Opera", Family::Opera),
        ("Brave", Family::Brave),
        ("Vivaldi", Family::Vivaldi),
        ("Samsung Internet", Family::SamsungInternet),
        ("Google Chrome", Family::Chrome),
    ];
    NAMES.iter().find_map(|(name, family)| {
        brands.iter().find(|b| b.brand == *name).map(|b| {
            (
                *family,
                b.version.split('.').next().and_then(|v| v.parse().ok()),
            )
        })
    })
}

pub(super) fn apply(hints: &ClientHints, detection: &mut Detection) {
    // Every Chromium browser's hints carry a "Chromium" brand with its engine's version.
    let chromium = hints
        .brands
        .iter()
        .find(|b| b.brand == "Chromium")
        .and_then(|b| b.version.split('.').next()?.parse::<u32>().ok());
    if let Some((family, major)) = named_family(&hints.brands) {
        // A UA token naming a more specific browser than "Chrome" wins over the Chrome brand.
        if !(family == Family::Chrome
            && detection.family != Family::Chrome
            && detection.family != Family::Unknown)
        {
            detection.family = family;
            detection.major = major.or(detection.major);
            detection.detected_by = DetectedBy::ClientHints;
        }
    }
    let os = match hints.platform.as_str() {
        "Windows" => Some(Os::Windows),
        "macOS" => Some(Os::Macos),
        "Android" => Some(Os::Android),
        "Linux" => Some(Os::Linux),
        "Chrome OS" | "ChromeOS" => Some(Os::Chromeos),
        "iOS" => Some(Os::Ios),
        _ => None,
    };
    if let Some(os) = os {
        if os != detection.os {
            detection.os_detail = None;
        }
        detection.os = os;
    }
    if detection.os == Os::Windows {
        let major = hints
            .platform_version
            .as_deref()
            .and_then(|v| v.split('.').next())
            .and_then(|v| v.parse::<u32>().ok());
        detection.os_detail = match major {
            Some(13..) => Some(OsDetail::Windows11),
            Some(1..=12) => Some(OsDetail::Windows10),
            _ => detection.os_detail.take(),
        };
    }
    if hints.mobile {
        detection.form = FormFactor::Mobile;
    }
    if matches!(
        detection.family,
        Family::Opera | Family::Vivaldi | Family::SamsungInternet | Family::Brave
    ) {
        detection.chromium_major = chromium.or(detection.chromium_major);
    }
}
