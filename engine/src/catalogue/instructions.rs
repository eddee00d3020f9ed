//! Step-by-step instructions, keyed by (task, browser profile, OS).
//!
//! Steps are data. `{mod}` becomes Ctrl or Cmd and `{alt}` becomes Alt or Option for the OS,
//! so one row serves Windows, Linux, ChromeOS and macOS. Browser settings addresses
//! (`chrome://…`, `about:…`) cannot be linked from a web page, so they are given to copy.
//! Desktop Chromium browsers share one shape and differ only by a row of [`ChromiumDesktop`].

use serde::Serialize;

use super::tasks::Task;
use crate::browser::{Family, Os};

mod fr_ca;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Profile {
    Chrome,
    Edge,
    Firefox,
    SafariMac,
    SafariIos,
    Brave,
    Opera,
    Vivaldi,
    SamsungInternet,
    ChromeAndroid,
    ChromeIos,
    FirefoxAndroid,
    FirefoxIos,
    EdgeMobile,
}

pub struct ProfileInfo {
    pub profile: Profile,
    pub id: &'static str,
    pub name: &'static str,
    pub platforms: &'static [Os],
    pub source: &'static str,
}

const DESKTOPS: &[Os] = &[Os::Windows, Os::Macos, Os::Linux];

pub static PROFILES: &[ProfileInfo] = &[
    ProfileInfo {
        profile: Profile::Chrome,
        id: "chrome",
        name: "Chrome",
        platforms: &[Os::Windows, Os::Macos, Os::Linux, Os::Chromeos],
        source: "Google Chrome Help and Chrome's own menus.",
    },
    ProfileInfo {
        profile: Profile::Edge,
        id: "edge",
        name: "Microsoft Edge",
        platforms: DESKTOPS,
        source: "Microsoft Edge support and Edge's own menus.",
    },
    ProfileInfo {
        profile: Profile::Firefox,
        id: "firefox",
        name: "Firefox",
        platforms: DESKTOPS,
        source: "Mozilla Support and Firefox's own menus.",
    },
    ProfileInfo {
        profile: Profile::SafariMac,
        id: "safari-macos",
        name: "Safari",
        platforms: &[Os::Macos],
        source: "Apple's Safari User Guide.",
    },
    ProfileInfo {
        profile: Profile::SafariIos,
        id: "safari-ios",
        name: "Safari",
        platforms: &[Os::Ios],
        source: "Apple's iPhone User Guide (Settings ▸ Apps ▸ Safari since iOS 18).",
    },
    ProfileInfo {
        profile: Profile::Brave,
        id: "brave",
        name: "Brave",
        platforms: DESKTOPS,
        source:
            "Brave Help Center; Brave follows Chrome's menus, and its labels may differ slightly.",
    },
    ProfileInfo {
        profile: Profile::Opera,
        id: "opera",
        name: "Opera",
        platforms: DESKTOPS,
        source: "Opera Help; menu labels may differ slightly by version.",
    },
    ProfileInfo {
        profile: Profile::Vivaldi,
        id: "vivaldi",
        name: "Vivaldi",
        platforms: DESKTOPS,
        source: "Vivaldi Help; menu labels may differ slightly by version.",
    },
    ProfileInfo {
        profile: Profile::SamsungInternet,
        id: "samsung-internet",
        name: "Samsung Internet",
        platforms: &[Os::Android],
        source: "Samsung Internet's own menus; they differ between versions.",
    },
    ProfileInfo {
        profile: Profile::ChromeAndroid,
        id: "chrome-android",
        name: "Chrome",
        platforms: &[Os::Android],
        source: "Google Chrome Help for Android.",
    },
    ProfileInfo {
        profile: Profile::ChromeIos,
        id: "chrome-ios",
        name: "Chrome",
        platforms: &[Os::Ios],
        source: "Chrome on iPhone and iPad, its own menus; they differ between versions.",
    },
    ProfileInfo {
        profile: Profile::FirefoxAndroid,
        id: "firefox-android",
        name: "Firefox",
        platforms: &[Os::Android],
        source: "Mozilla Support for Android.",
    },
    ProfileInfo {
        profile: Profile::FirefoxIos,
        id: "firefox-ios",
        name: "Firefox",
        platforms: &[Os::Ios],
        source: "Mozilla Support for iOS.",
    },
    ProfileInfo {
        profile: Profile::EdgeMobile,
        id: "edge-mobile",
        name: "Microsoft Edge",
        platforms: &[Os::Android, Os::Ios],
        source: "Microsoft Edge mobile support; menu labels may differ slightly.",
    },
];

pub fn profile_info(profile: Profile) -> &'static ProfileInfo {
    PROFILES
        .iter()
        .find(|p| p.profile == profile)
        .unwrap_or(&PROFILES[0])
}

pub fn profile_by_id(id: &str) -> Option<Profile> {
    PROFILES.iter().find(|p| p.id == id).map(|p| p.profile)
}

/// The instructions closest to a detected browser. Browsers without their own row (Internet
/// Explorer, in-app browsers, unknown ones) get the steps of the browser to switch to.
pub fn profile_for(family: Family, os: Os) -> Profile {
    let mobile_ios = os == Os::Ios;
    let android = os == Os::Android;
    match family {
        Family::Edge if mobile_ios || android => Profile::EdgeMobile,
        Family::Edge => Profile::Edge,
        Family::Firefox if mobile_ios => Profile::FirefoxIos,
        Family::Firefox if android => Profile::FirefoxAndroid,
        Family::Firefox => Profile::Firefox,
        Family::Safari if os == Os::Macos => Profile::SafariMac,
        Family::SamsungInternet => Profile::SamsungInternet,
        Family::Brave if !(mobile_ios || android) => Profile::Brave,
        Family::Opera if !(mobile_ios || android) => Profile::Opera,
        Family::Vivaldi if !(mobile_ios || android) => Profile::Vivaldi,
        _ if mobile_ios => {
            if family == Family::Chrome {
                Profile::ChromeIos
            } else {
                Profile::SafariIos
            }
        }
        _ if android => Profile::ChromeAndroid,
        _ if os == Os::Macos && family == Family::Unknown => Profile::SafariMac,
        _ => Profile::Chrome,
    }
}

/// One instruction. `copy` is text to copy (a settings address or a command) where typing it
/// is part of the step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Step {
    pub text: String,
    pub copy: Option<&'static str>,
}

/// A placeholder in a step's text and the word it stands for on a PC and on a Mac.
pub(crate) type KeyName = (&'static str, &'static str, &'static str);

/// One line of a step: its text, with placeholders, and what to copy. A desktop Chromium
/// browser's address to copy is named by its row's field: `{site_data}`.
pub(crate) type Line = (&'static str, Option<&'static str>);
pub(crate) type Raw = &'static [Line];

/// Fills a step's placeholders, read once, by hand: `str::replace` brings core's two-way
/// searcher into the page.
fn fill(text: &str, os: Os, names: &[&[KeyName]]) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        let (word, len) = names
            .iter()
            .flat_map(|set| set.iter())
            .find(|(key, _, _)| after.starts_with(key))
            .map_or(("{", 1), |(key, pc, mac)| {
                (if os == Os::Macos { *mac } else { *pc }, key.len())
            });
        out.push_str(word);
        rest = &after[len..];
    }
    out.push_str(rest);
    out
}

/// One language's steps, as data: the same tasks, browsers, keys and settings addresses in
/// its words. Data and pure lookups only, so a language's steps fetched as a part of their own
/// share no code with the page that draws them (docs/ARCHITECTURE.md, "Languages and regions").
pub struct StepWords {
    /// The keys the steps name, by placeholder: `{mod}`.
    pub(crate) keys: &'static [KeyName],
    /// The steps of a task that does not depend on the browser.
    pub(crate) general: fn(Task, Os) -> Raw,
    /// A desktop Chromium browser's steps; `{name}`, `{menu}` and `{private}` come from its row.
    pub(crate) chromium: fn(Task, Profile) -> Raw,
    /// A desktop Chromium browser's menu button, its private window's menu item, and its name
    /// as "of" takes it in this language (« d’Edge »): `{menu}`, `{private}`, `{of_name}`.
    pub(crate) menus: fn(Profile) -> [&'static str; 3],
    /// Any other browser's steps.
    pub(crate) browser: fn(Task, Profile, Os) -> Raw,
}

/// The steps in English.
pub static ENGLISH: StepWords = StepWords {
    keys: &[("{mod}", "Ctrl", "Cmd"), ("{alt}", "Alt", "Option")],
    general: general_steps,
    chromium: chromium_steps,
    menus: |profile| {
        chromium_desktop(profile).map_or(["", "", ""], |b| [b.menu, b.private, b.name])
    },
    browser: fixed_browser_steps,
};

pub use fr_ca::CANADIAN_FRENCH;

/// The steps for a task in a browser profile on an OS, in a language's words.
pub fn steps_in(words: &StepWords, task: Task, profile: Profile, os: Os) -> Vec<Step> {
    let browser = Task::BROWSER.contains(&task);
    let row = chromium_desktop(profile).filter(|_| browser);
    let lines = match &row {
        _ if !browser => (words.general)(task, os),
        Some(_) => (words.chromium)(task, profile),
        None => (words.browser)(task, profile, os),
    };
    let [menu, private, of_name] = (words.menus)(profile);
    let name = row.as_ref().map_or("", |b| b.name);
    let own = [
        ("{name}", name, name),
        ("{menu}", menu, menu),
        ("{private}", private, private),
        ("{of_name}", of_name, of_name),
    ];
    lines
        .iter()
        .map(|(text, copy)| Step {
            text: fill(text, os, &[words.keys, &own]),
            copy: copy.map(|copy| row.as_ref().map_or(copy, |b| b.address(copy))),
        })
        .collect()
}

/// The steps for a task in a browser profile on an OS. Every supported pair has every task;
/// where a task cannot apply (no extensions on Chrome for Android) a step says so.
pub fn steps(task: Task, profile: Profile, os: Os) -> Vec<Step> {
    steps_in(&ENGLISH, task, profile, os)
}

fn general_steps(task: Task, os: Os) -> Raw {
    match task {
        Task::SyncClock => clock_steps(os),
        Task::CheckConnection => &[
            ("Check that Wi-Fi, the network cable or mobile data is connected, and that other websites open.", None),
            ("Restart the router or modem if nothing opens, then run this check again.", None),
        ],
        Task::CheckStatusPage => &[
            ("Open Intuit's status page (link above) to see the incident and its progress.", None),
            ("Wait until Intuit marks it resolved, then run this check again. Changing settings on your side will not help with an Intuit outage.", None),
        ],
        Task::TurnOffVpn => &[
            ("Turn off any VPN, proxy or \"secure browsing\" feature (in its app or in the system's network settings).", None),
            ("Reload QuickBooks. Intuit's edge network may refuse connections from some VPN and proxy addresses, which shows as \"Access Denied\".", None),
        ],
        Task::TryAnotherNetwork => &[
            ("Connect this device to another network, such as a phone's hotspot, and try QuickBooks again.", None),
            ("If it works there, the first network (its firewall, DNS filter or provider) is the cause: send the IT handout below to whoever runs it.", None),
        ],
        Task::AllowIntuitHosts => &[
            ("Copy the IT handout below: it lists the Intuit hosts QuickBooks needs and which of them failed here.", None),
            ("In the firewall, proxy, DNS filter or antivirus web protection, allow HTTPS (port 443) to those hosts, or to *.intuit.com and *.intuitcdn.net.", None),
            ("Turn off HTTPS inspection for those hosts if the proxy or antivirus has it, then run this check again.", None),
        ],
        Task::ResetDesktopAppCache => &[
            ("In the QuickBooks Online desktop app, sign out, then quit the app fully.", None),
            ("Reopen it and sign in. If it still fails, look in its Help menu for an option to reset app data (its name varies between versions), or reinstall it from Intuit's site.", None),
        ],
        Task::QbdUpdate => &[
            ("In QuickBooks Desktop, open Help ▸ Update QuickBooks Desktop ▸ Update Now, and get the updates.", None),
            ("Close and reopen QuickBooks so that the update installs.", None),
        ],
        Task::QbdToolHubRepair => &[
            ("Download the QuickBooks Tool Hub from Intuit's support site (quickbooks.intuit.com/learn-support) and install it.", None),
            ("In the Tool Hub, choose Program Problems, then the quick repair of your program, and restart the computer.", None),
        ],
        Task::QbdEnableTls12 => &[
            ("Open Internet Options: press Win+R, type the command below and press Enter.", Some("inetcpl.cpl")),
            ("On the Advanced tab, under Security, tick \"Use TLS 1.2\", then click OK and restart QuickBooks.", None),
        ],
        Task::QbdFirewallExceptions => &[
            ("In Windows Security ▸ Firewall & network protection ▸ Allow an app through firewall, allow QuickBooks and its database server.", None),
            ("In your antivirus, add QuickBooks' program folder to its exceptions. Intuit's support site lists the exact files and ports for your version.", None),
        ],
        _ => &[],
    }
}

fn clock_steps(os: Os) -> Raw {
    match os {
        Os::Windows => &[
            ("Open Date & time settings: press Win+R, type the address below and press Enter.", Some("ms-settings:dateandtime")),
            ("Turn on \"Set time automatically\" and \"Set time zone automatically\", then click \"Sync now\".", None),
        ],
        Os::Macos => &[
            ("Open Apple menu ▸ System Settings ▸ General ▸ Date & Time.", None),
            ("Turn on \"Set time and date automatically\" and check the time zone.", None),
        ],
        Os::Linux => &[
            ("Open Settings ▸ Date & Time and turn on automatic date and time, or run the command below in a terminal.", Some("timedatectl set-ntp true")),
            ("Check the time zone, then run this check again.", None),
        ],
        Os::Chromeos => &[
            ("Open Settings ▸ Advanced ▸ Date and time and check the time zone.", None),
            ("Restart the Chromebook while connected to the internet: it sets its clock automatically.", None),
        ],
        Os::Android => &[
            ("Open Settings ▸ System ▸ Date & time (the exact place varies by phone).", None),
            ("Turn on \"Set time automatically\" and \"Set time zone automatically\".", None),
        ],
        Os::Ios => &[
            ("Open Settings ▸ General ▸ Date & Time.", None),
            ("Turn on \"Set Automatically\".", None),
        ],
        Os::Unknown => &[("Set this device's date, time and time zone to update automatically from the internet.", None)],
    }
}

/// The parts of a desktop Chromium browser's menus that differ between brands.
pub(crate) struct ChromiumDesktop {
    pub(crate) name: &'static str,
    pub(crate) menu: &'static str,
    pub(crate) private: &'static str,
    pub(crate) clear_data: &'static str,
    pub(crate) site_data: &'static str,
    pub(crate) cookies: &'static str,
    pub(crate) extensions: &'static str,
    pub(crate) about: &'static str,
}

fn chromium_desktop(profile: Profile) -> Option<ChromiumDesktop> {
    Some(match profile {
        Profile::Chrome => ChromiumDesktop {
            name: "Chrome",
            menu: "⋮ menu",
            private: "New Incognito window",
            clear_data: "chrome://settings/clearBrowserData",
            site_data: "chrome://settings/content/all",
            cookies: "chrome://settings/cookies",
            extensions: "chrome://extensions",
            about: "chrome://settings/help",
        },
        Profile::Edge => ChromiumDesktop {
            name: "Edge",
            menu: "… menu",
            private: "New InPrivate window",
            clear_data: "edge://settings/clearBrowserData",
            site_data: "edge://settings/content/allSites",
            cookies: "edge://settings/content/cookies",
            extensions: "edge://extensions",
            about: "edge://settings/help",
        },
        Profile::Brave => ChromiumDesktop {
            name: "Brave",
            menu: "☰ menu",
            private: "New Private Window",
            clear_data: "brave://settings/clearBrowserData",
            site_data: "brave://settings/content/all",
            cookies: "brave://settings/cookies",
            extensions: "brave://extensions",
            about: "brave://settings/help",
        },
        Profile::Opera => ChromiumDesktop {
            name: "Opera",
            menu: "O menu",
            private: "New private window",
            clear_data: "opera://settings/clearBrowserData",
            site_data: "opera://settings/content/all",
            cookies: "opera://settings/cookies",
            extensions: "opera://extensions",
            about: "opera://about",
        },
        Profile::Vivaldi => ChromiumDesktop {
            name: "Vivaldi",
            menu: "V menu",
            private: "New Private Window",
            clear_data: "vivaldi://settings/privacy",
            site_data: "vivaldi://settings/content/all",
            cookies: "vivaldi://settings/cookies",
            extensions: "vivaldi://extensions",
            about: "vivaldi://about",
        },
        _ => return None,
    })
}

impl ChromiumDesktop {
    /// A settings address by the name a step gives it (`{site_data}`); other text as it is.
    fn address(&self, copy: &'static str) -> &'static str {
        match copy {
            "{clear_data}" => self.clear_data,
            "{site_data}" => self.site_data,
            "{cookies}" => self.cookies,
            "{extensions}" => self.extensions,
            "{about}" => self.about,
            other => other,
        }
    }
}

fn chromium_steps(task: Task, profile: Profile) -> Raw {
    match task {
        Task::PrivateWindow => &[
            ("In {name}, press {mod}+Shift+N (or {menu} ▸ {private}).", None),
            ("Open QuickBooks in that window and sign in. If it works there, this browser's stored data or an extension is involved.", None),
        ],
        Task::ClearIntuitData => &[
            ("Copy the address below into {name}'s address bar and press Enter.", Some("{site_data}")),
            ("Search for \"intuit\", then delete the data of every intuit.com and intuitcdn.net site shown.", None),
            ("Close every QuickBooks tab, open QuickBooks again and sign in.", None),
        ],
        Task::HardReload => &[
            ("Open the QuickBooks tab that fails.", None),
            ("Press {mod}+Shift+R to reload it without the cache.", None),
        ],
        Task::ClearAllData => &[
            ("Press {mod}+Shift+Delete, or copy the address below into {name}'s address bar.", Some("{clear_data}")),
            ("Choose the time range \"All time\", tick \"Cookies and other site data\" and \"Cached images and files\", and clear.", None),
        ],
        Task::DisableExtensions => &[
            ("Copy the address below into {name}'s address bar.", Some("{extensions}")),
            ("Turn off every extension (ad blockers, privacy and security extensions first), then reload QuickBooks. Turn them back on one by one to find the one that breaks it.", None),
        ],
        Task::UpdateBrowser => &[
            ("Copy the address below into {name}'s address bar: it checks for updates.", Some("{about}")),
            ("When the update is ready, click Relaunch. Restart {name} fully if it asks.", None),
        ],
        // Chromium's cookie page lists the exceptions; whether sites may save data is elsewhere.
        // Edge's own page has its own switch.
        Task::AllowCookies if profile != Profile::Edge => &[
            ("Copy the address below into {name}'s address bar.", Some("{cookies}")),
            ("Add [*.]intuit.com to the sites allowed to use third-party cookies. If QuickBooks still cannot keep you signed in, check in Site settings that sites can save data on your device.", None),
        ],
        Task::AllowCookies => &[
            ("Copy the address below into {name}'s address bar.", Some("{cookies}")),
            ("Make sure sites may save data, and add [*.]intuit.com to the sites that are always allowed to use cookies.", None),
        ],
        _ => ANOTHER_BROWSER,
    }
}

const ANOTHER_BROWSER: Raw = &[
    ("Open QuickBooks in another supported browser that you do not normally use: the latest Chrome, Edge, Firefox or Safari.", None),
    ("If it works there, the problem is in the first browser's data, extensions or settings, not your network.", None),
];

/// Said after a phone browser's "no extensions" step.
const OTHER_BLOCKERS: Line = (
    "Content blockers can still come from other apps or a VPN; turn those off to test.",
    None,
);

/// Browsers whose menus share nothing with another's.
fn fixed_browser_steps(task: Task, profile: Profile, os: Os) -> Raw {
    // Edge's phone row serves Android and iOS.
    let ios = os == Os::Ios;
    if task == Task::TryAnotherBrowser {
        return match profile {
            _ if ios => &[
                ("On an iPhone or iPad every browser uses Safari's engine, so another browser tests little. Try a private tab in Safari, and QuickBooks on a computer.", None),
                ("If it works on a computer on the same network, the problem is on this device.", None),
            ],
            _ => ANOTHER_BROWSER,
        };
    }
    match (profile, task) {
        (Profile::Firefox, Task::PrivateWindow) => &[
            ("Press {mod}+Shift+P (or ☰ menu ▸ New private window).", None),
            ("Open QuickBooks there and sign in. If it works, the cause is stored data or an add-on: continue with the next steps.", None),
        ],
        (Profile::Firefox, Task::ClearIntuitData) => &[
            ("Copy the address below into Firefox's address bar, then find Cookies and Site Data ▸ Manage Data….", Some("about:preferences#privacy")),
            ("Search for \"intuit\", click Remove All Shown, then Save Changes.", None),
            ("Close every QuickBooks tab, open QuickBooks again and sign in.", None),
        ],
        (Profile::Firefox, Task::HardReload) => &[("Open the QuickBooks tab that fails.", None), ("Press {mod}+Shift+R to reload it without the cache.", None)],
        (Profile::Firefox, Task::ClearAllData) => &[
            ("Press {mod}+Shift+Delete.", None),
            ("Choose \"Everything\", tick cookies and cache, and click Clear.", None),
        ],
        (Profile::Firefox, Task::DisableExtensions) => &[
            ("Press {mod}+Shift+A, or copy the address below into Firefox's address bar.", Some("about:addons")),
            ("Turn off every extension, then reload QuickBooks. Turn them back on one by one to find the one that breaks it.", None),
        ],
        (Profile::Firefox, Task::UpdateBrowser) => &[
            ("Open ☰ menu ▸ Help ▸ About Firefox: it checks for updates.", None),
            ("Click \"Restart to update Firefox\". On Linux, Firefox may be updated by the system's software updates instead.", None),
        ],
        (Profile::Firefox, Task::AllowCookies) => &[
            ("Copy the address below into Firefox's address bar.", Some("about:preferences#privacy")),
            ("Under Cookies and Site Data, click Manage Exceptions, type https://intuit.com, click Allow, then Save Changes. If Enhanced Tracking Protection is \"Strict\", try \"Standard\".", None),
        ],
        (Profile::SafariMac, Task::PrivateWindow) => &[
            ("Press {mod}+Shift+N (or File ▸ New Private Window).", None),
            ("Open QuickBooks there and sign in. If it works, the cause is stored data or an extension: continue with the next steps.", None),
        ],
        (Profile::SafariMac, Task::ClearIntuitData) => &[
            ("Open Safari ▸ Settings ▸ Privacy ▸ Manage Website Data….", None),
            ("Search for \"intuit\", select every result and click Remove.", None),
            ("Close every QuickBooks tab, open QuickBooks again and sign in.", None),
        ],
        (Profile::SafariMac, Task::HardReload) => &[
            ("Turn on the Develop menu once: Safari ▸ Settings ▸ Advanced ▸ \"Show features for web developers\".", None),
            ("Press {alt}+{mod}+E (Develop ▸ Empty Caches), then {mod}+R to reload QuickBooks.", None),
        ],
        (Profile::SafariMac, Task::ClearAllData) => &[("Open Safari ▸ Clear History….", None), ("Choose \"all history\" and click Clear History. This also removes cookies and cached files.", None)],
        (Profile::SafariMac, Task::DisableExtensions) => &[
            ("Open Safari ▸ Settings ▸ Extensions.", None),
            ("Untick every extension (content blockers first), then reload QuickBooks.", None),
        ],
        (Profile::SafariMac, Task::UpdateBrowser) => &[
            ("Safari updates with macOS: open Apple menu ▸ System Settings ▸ General ▸ Software Update.", None),
            ("Install the updates offered and restart the Mac.", None),
        ],
        (Profile::SafariMac, Task::AllowCookies) => &[("Open Safari ▸ Settings ▸ Privacy.", None), ("Untick \"Block all cookies\".", None)],
        (Profile::SafariIos, Task::PrivateWindow) => &[("In Safari, tap the tabs button, then Private.", None), ("Open QuickBooks there and sign in.", None)],
        (Profile::SafariIos, Task::ClearIntuitData) => &[
            ("Open Settings ▸ Apps ▸ Safari ▸ Advanced ▸ Website Data (on iOS 17 and older: Settings ▸ Safari ▸ Advanced).", None),
            ("Search for \"intuit\" and swipe left on each result to delete it.", None),
        ],
        (Profile::SafariIos, Task::HardReload) => &[
            ("Close the QuickBooks tab.", None),
            ("Clear intuit.com's website data (previous task), then open QuickBooks in a new tab.", None),
        ],
        (Profile::SafariIos, Task::ClearAllData) => &[("Open Settings ▸ Apps ▸ Safari.", None), ("Tap Clear History and Website Data.", None)],
        (Profile::SafariIos, Task::DisableExtensions) => &[
            ("Open Settings ▸ Apps ▸ Safari ▸ Extensions.", None),
            ("Turn off every extension and content blocker, then reload QuickBooks.", None),
        ],
        (Profile::SafariIos, Task::UpdateBrowser) => &[
            ("Safari updates with iOS: open Settings ▸ General ▸ Software Update.", None),
            ("Install the update offered.", None),
        ],
        (Profile::SafariIos, Task::AllowCookies) => &[("Open Settings ▸ Apps ▸ Safari.", None), ("Turn off \"Block All Cookies\".", None)],
        (Profile::ChromeIos, Task::PrivateWindow) => &[("In Chrome, tap ⋯ ▸ New Incognito Tab.", None), ("Open QuickBooks there and sign in.", None)],
        (Profile::ChromeIos, Task::ClearIntuitData) => &[
            ("Chrome on iPhone and iPad may not offer clearing one site: tap ⋯ ▸ Delete Browsing Data.", None),
            ("Tick Cookies, Site Data and Cached Images and Files, and delete.", None),
        ],
        (Profile::ChromeIos, Task::HardReload) => &[("Pull the QuickBooks page down to reload it.", None), ("If it still fails, clear browsing data (previous task).", None)],
        (Profile::ChromeIos, Task::ClearAllData) => &[("Tap ⋯ ▸ Delete Browsing Data.", None), ("Choose All Time, tick cookies and cache, and delete.", None)],
        (Profile::ChromeIos, Task::DisableExtensions) => &[("Chrome on iPhone and iPad has no extensions; skip this step.", None), OTHER_BLOCKERS],
        (Profile::ChromeIos | Profile::FirefoxIos | Profile::EdgeMobile, Task::UpdateBrowser) if ios => &[("Open the App Store, tap your profile picture, and update the browser.", None), ("Also update iOS: Settings ▸ General ▸ Software Update.", None)],
        (Profile::ChromeIos, Task::AllowCookies) => &[
            ("Open Settings ▸ Apps ▸ Chrome (Chrome on iPhone and iPad also follows iOS's own settings).", None),
            ("Make sure nothing there blocks cookies or cross-site tracking for the sites you use.", None),
        ],
        (Profile::FirefoxIos, Task::PrivateWindow) => &[("In Firefox, tap the tabs button, then the mask icon (Private).", None), ("Open QuickBooks there and sign in.", None)],
        (Profile::FirefoxIos, Task::ClearIntuitData) => &[
            ("Tap ☰ ▸ Settings ▸ Data Management ▸ Website Data.", None),
            ("Search for \"intuit\" and clear the entries shown.", None),
        ],
        (Profile::FirefoxIos, Task::HardReload) => &[("Pull the QuickBooks page down to reload it.", None), ("If it still fails, clear its website data (previous task).", None)],
        (Profile::FirefoxIos, Task::ClearAllData) => &[("Tap ☰ ▸ Settings ▸ Data Management.", None), ("Tap Clear Private Data.", None)],
        (Profile::FirefoxIos, Task::DisableExtensions) => &[("Firefox on iPhone and iPad has no extensions; skip this step.", None), OTHER_BLOCKERS],
        (Profile::FirefoxIos, Task::AllowCookies) => &[("Tap the shield in the address bar on QuickBooks.", None), ("Turn off Enhanced Tracking Protection for that site and reload.", None)],
        (Profile::ChromeAndroid, Task::PrivateWindow) => &[("In Chrome, tap ⋮ ▸ New Incognito tab.", None), ("Open QuickBooks there and sign in.", None)],
        (Profile::ChromeAndroid, Task::ClearIntuitData) => &[
            ("Tap ⋮ ▸ Settings ▸ Site settings ▸ All sites.", None),
            ("Search for \"intuit\", open each result and tap Delete (or Clear & reset).", None),
        ],
        (Profile::ChromeAndroid, Task::HardReload) => &[("Tap ⋮ ▸ reload (the circular arrow).", None), ("If it still fails, clear intuit.com's data (previous task).", None)],
        (Profile::ChromeAndroid, Task::ClearAllData) => &[("Tap ⋮ ▸ Delete browsing data.", None), ("Choose All time, tick cookies and cached files, and delete.", None)],
        (Profile::ChromeAndroid, Task::DisableExtensions) => &[("Chrome on Android has no extensions; skip this step.", None), OTHER_BLOCKERS],
        (Profile::ChromeAndroid | Profile::FirefoxAndroid | Profile::SamsungInternet | Profile::EdgeMobile, Task::UpdateBrowser) => &[
            ("Open the Play Store, search for this browser and tap Update.", None),
            ("Also install system updates: Settings ▸ System ▸ Software update.", None),
        ],
        (Profile::ChromeAndroid, Task::AllowCookies) => &[("Tap ⋮ ▸ Settings ▸ Site settings ▸ Third-party cookies (or Cookies).", None), ("Allow cookies, or add intuit.com as an exception.", None)],
        (Profile::FirefoxAndroid, Task::PrivateWindow) => &[("In Firefox, tap the tabs button, then the mask icon (Private).", None), ("Open QuickBooks there and sign in.", None)],
        (Profile::FirefoxAndroid, Task::ClearIntuitData) => &[
            ("Open QuickBooks, tap the padlock in the address bar and clear cookies and site data.", None),
            ("If that is not offered, use ⋮ ▸ Settings ▸ Delete browsing data.", None),
        ],
        (Profile::FirefoxAndroid, Task::HardReload) => &[("Tap ⋮ ▸ reload.", None), ("If it still fails, clear intuit.com's data (previous task).", None)],
        (Profile::FirefoxAndroid, Task::ClearAllData) => &[("Tap ⋮ ▸ Settings ▸ Delete browsing data.", None), ("Tick cookies and cached images and files, and delete.", None)],
        (Profile::FirefoxAndroid, Task::DisableExtensions) => &[("Tap ⋮ ▸ Add-ons ▸ Add-ons Manager.", None), ("Turn off every add-on, then reload QuickBooks.", None)],
        (Profile::FirefoxAndroid, Task::AllowCookies) => &[("Tap ⋮ ▸ Settings ▸ Enhanced Tracking Protection.", None), ("Choose Standard, or turn protection off for QuickBooks with the shield icon.", None)],
        (Profile::SamsungInternet, Task::PrivateWindow) => &[("Tap the tabs button, then \"Turn on Secret mode\" (or \"Secret mode\").", None), ("Open QuickBooks there and sign in.", None)],
        (Profile::SamsungInternet, Task::ClearIntuitData) => &[
            ("Tap ☰ ▸ Settings ▸ Sites and downloads ▸ Manage website data (names differ slightly between versions).", None),
            ("Find the intuit.com entries and delete them.", None),
        ],
        (Profile::SamsungInternet, Task::HardReload) => &[("Tap the reload button.", None), ("If it still fails, clear intuit.com's data (previous task).", None)],
        (Profile::SamsungInternet, Task::ClearAllData) => &[("Tap ☰ ▸ Settings ▸ Personal browsing data ▸ Delete browsing data (names differ slightly between versions).", None), ("Tick cookies and cache, and delete.", None)],
        (Profile::SamsungInternet, Task::DisableExtensions) => &[("Tap ☰ ▸ Add-ons (ad blockers live there).", None), ("Turn off every add-on, then reload QuickBooks.", None)],
        (Profile::SamsungInternet, Task::AllowCookies) => &[("Tap ☰ ▸ Settings ▸ Privacy (names differ slightly between versions).", None), ("Allow cookies.", None)],
        (Profile::EdgeMobile, Task::PrivateWindow) => &[("In Edge, tap the tabs button, then InPrivate.", None), ("Open QuickBooks there and sign in.", None)],
        (Profile::EdgeMobile, Task::ClearIntuitData) => &[
            ("Tap … ▸ Settings ▸ Privacy and security ▸ Clear browsing data (Edge on phones may not offer clearing one site).", None),
            ("Tick cookies and cached files, and clear.", None),
        ],
        (Profile::EdgeMobile, Task::HardReload) => &[("Pull the page down or tap reload.", None), ("If it still fails, clear browsing data (previous task).", None)],
        (Profile::EdgeMobile, Task::ClearAllData) => &[("Tap … ▸ Settings ▸ Privacy and security ▸ Clear browsing data.", None), ("Choose All time, tick cookies and cache, and clear.", None)],
        (Profile::EdgeMobile, Task::DisableExtensions) => &[("Edge on phones has few or no extensions; turn off any you added, or skip this step.", None), OTHER_BLOCKERS],
        (Profile::EdgeMobile, Task::AllowCookies) => &[("Tap … ▸ Settings ▸ Privacy and security ▸ Cookies.", None), ("Allow cookies.", None)],
        _ => &[],
    }
}

/// Every browser profile, on each system it runs on, with every task: what the steps cover.
#[cfg(test)]
pub(crate) fn every_case() -> impl Iterator<Item = (&'static ProfileInfo, Os, Task)> {
    PROFILES.iter().flat_map(|info| {
        info.platforms.iter().flat_map(move |os| {
            Task::BROWSER
                .iter()
                .chain(&Task::GENERAL)
                .chain(&Task::DESKTOP)
                .map(move |task| (info, *os, *task))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every (browser, OS) pair that exists has every task, and each task has real steps.
    #[test]
    fn coverage() {
        for (info, os, task) in every_case() {
            let steps = steps(task, info.profile, os);
            assert!(
                !steps.is_empty(),
                "{} on {os:?} lacks {}",
                info.id,
                task.id()
            );
            for step in &steps {
                // A placeholder left, or one filled with nothing ("In , press …").
                for bad in ["{", "  ", " ,", " .", "()"] {
                    assert!(!step.text.contains(bad), "{bad:?} in {}", step.text);
                }
                assert!(
                    step.copy.is_none_or(|c| !c.contains('{')),
                    "{:?}",
                    step.copy
                );
            }
        }
        assert!(PROFILES.len() >= 14);
        assert!(!steps(Task::ResetDesktopAppCache, Profile::Chrome, Os::Windows).is_empty());
    }

    #[test]
    fn shortcuts_follow_the_os() {
        let mac = steps(Task::PrivateWindow, Profile::Chrome, Os::Macos);
        let windows = steps(Task::PrivateWindow, Profile::Chrome, Os::Windows);
        assert!(mac[0].text.contains("Cmd+Shift+N"), "{}", mac[0].text);
        assert!(
            windows[0].text.contains("Ctrl+Shift+N"),
            "{}",
            windows[0].text
        );
        let firefox = steps(Task::PrivateWindow, Profile::Firefox, Os::Linux);
        assert!(firefox[0].text.contains("Ctrl+Shift+P"));
        let safari = steps(Task::HardReload, Profile::SafariMac, Os::Macos);
        assert!(
            safari[1].text.contains("Option+Cmd+E"),
            "{}",
            safari[1].text
        );
    }

    #[test]
    fn settings_addresses_are_given_to_copy() {
        let edge = steps(Task::ClearAllData, Profile::Edge, Os::Windows);
        assert_eq!(edge[0].copy, Some("edge://settings/clearBrowserData"));
        let firefox = steps(Task::DisableExtensions, Profile::Firefox, Os::Windows);
        assert_eq!(firefox[0].copy, Some("about:addons"));
        for info in PROFILES {
            for os in info.platforms {
                for task in Task::BROWSER {
                    for step in steps(task, info.profile, *os) {
                        for scheme in [
                            "chrome://",
                            "edge://",
                            "about:",
                            "brave://",
                            "opera://",
                            "vivaldi://",
                        ] {
                            assert!(
                                !step.text.contains(scheme),
                                "address in text instead of copy: {}",
                                step.text
                            );
                        }
                    }
                }
            }
        }
    }

    /// Edge's phone row serves Android and iOS: each gets its own system's advice.
    #[test]
    fn a_row_for_two_systems_follows_the_system() {
        let cases = [
            (Task::TryAnotherBrowser, Os::Ios, "iPhone", true),
            (Task::TryAnotherBrowser, Os::Android, "iPhone", false),
            (Task::UpdateBrowser, Os::Ios, "App Store", true),
            (Task::UpdateBrowser, Os::Android, "Play Store", true),
            (Task::UpdateBrowser, Os::Android, "App Store", false),
        ];
        for (task, os, words, said) in cases {
            for words_in in [&ENGLISH, &CANADIAN_FRENCH] {
                let text: String = steps_in(words_in, task, Profile::EdgeMobile, os)
                    .iter()
                    .map(|s| s.text.as_str())
                    .collect();
                assert_eq!(text.contains(words), said, "{task:?} {os:?}: {text}");
            }
        }
    }

    #[test]
    fn detected_browsers_map_to_profiles() {
        let cases = [
            (Family::Chrome, Os::Windows, Profile::Chrome),
            (Family::Chrome, Os::Android, Profile::ChromeAndroid),
            (Family::Chrome, Os::Ios, Profile::ChromeIos),
            (Family::Safari, Os::Macos, Profile::SafariMac),
            (Family::Safari, Os::Ios, Profile::SafariIos),
            (Family::Firefox, Os::Ios, Profile::FirefoxIos),
            (Family::Firefox, Os::Android, Profile::FirefoxAndroid),
            (Family::Edge, Os::Ios, Profile::EdgeMobile),
            (Family::Edge, Os::Macos, Profile::Edge),
            (Family::Brave, Os::Linux, Profile::Brave),
            (
                Family::SamsungInternet,
                Os::Android,
                Profile::SamsungInternet,
            ),
            (Family::Ie, Os::Windows, Profile::Chrome),
            (Family::AndroidWebview, Os::Android, Profile::ChromeAndroid),
            (Family::Unknown, Os::Ios, Profile::SafariIos),
        ];
        for (family, os, profile) in cases {
            assert_eq!(profile_for(family, os), profile, "{family:?} {os:?}");
            let info = profile_info(profile);
            assert!(
                info.platforms.contains(&os) || family == Family::Ie,
                "{family:?} {os:?}"
            );
        }
    }
}
