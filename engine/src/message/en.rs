//! English, the page's first language and the one every build carries.

use super::{
    BrowserName, Checker, CheckerPack, FindingText as F, OutageWord, Pack, PageText, PatternWords,
};
use crate::browser::OsDetail;
use crate::calendar::Day;
use crate::catalogue::browsers::policy;
use crate::catalogue::endpoints::Group;
use crate::catalogue::tasks::Task;
use crate::catalogue::ENDPOINTS;
use crate::diagnose::{Confidence, Fault};
use crate::outcome::RowNote;
use crate::status_page::{Indicator, StatusState};
use crate::watch::Pattern;

pub struct English;

/// Said where the device clock is also wrong.
const CLOCK_NOTE: &str = " This device's clock is also wrong, which on its own makes secure connections fail: fix the clock first.";

fn clock(wrong: bool) -> &'static str {
    if wrong {
        CLOCK_NOTE
    } else {
        ""
    }
}

/// English plural: CLDR's rule for `en` (1 is singular), which `Intl.PluralRules` gives in
/// every engine (`message::tests::plurals_and_months_are_intl_s`). Every English plural goes
/// through it, the watch's words included.
pub fn plural(n: usize, one: &'static str, other: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        other
    }
}

/// The reason a browser's support stands as it does, from the catalogue.
pub(super) fn why(name: &BrowserName) -> &'static str {
    policy(name.family).map_or("", |p| p.why)
}

/// A sentence with nothing to fill in. One call instead of an allocation written out in
/// every arm: the page's first load carries the English pack.
#[inline(never)]
fn owned(text: &'static str) -> String {
    text.to_owned()
}

impl Pack for English {
    fn tag(&self) -> &'static str {
        "en"
    }

    fn finding_title(&self, text: &F) -> &'static str {
        match text {
            F::RedirectedAway { .. } => "This network redirects Intuit to another site",
            F::TlsInspection { .. } => {
                "Something on this network is inspecting secure connections to Intuit"
            }
            F::Offline => "This device is not connected to the internet",
            F::NetworkBlock { .. } => "Your network is blocking Intuit",
            F::OneHostUnreachable { .. } => "One Intuit host could not be reached",
            F::SomeHostsBlocked { .. } => "Some Intuit hosts are blocked from this network",
            F::IntuitOutage { confidence, .. } => match confidence {
                Confidence::High => "Intuit's servers are having problems",
                Confidence::Medium => "Intuit may be having problems",
                Confidence::Low => "Some Intuit servers answered with errors",
            },
            F::AnsweredForIntuit {
                whole_network: true,
                ..
            } => "Your network may be answering for Intuit",
            F::AnsweredForIntuit { .. } => "A filter may be refusing part of Intuit",
            F::SlowNetwork { .. } => "The connection to Intuit is slow",
            F::NotRun { .. } => "Part of the test could not run",
            F::NothingTested => "Nothing could be tested",
            F::OwnServerSilent => "This page's own server did not answer",
            F::ImagesMoved => "The test images may have moved",
            F::RetiredTestFile { .. } => "A test file did not load",
            F::AllClear { .. } => "Every Intuit host answered from this browser",
            F::Unexplained => "The results do not fit a known pattern",
            F::BrowserUnsupported { .. } => "This browser cannot run QuickBooks Online",
            F::BrowserOutdated { .. } => "This browser is out of date",
            F::BrowserNotListed { .. } => "This browser is not on Intuit's list",
            F::CookiesBlocked => "Cookies are blocked in this browser",
            F::StorageBlocked => "Site storage is blocked in this browser",
            F::ClockWrong { .. } => "This device's clock is wrong",
            F::StaleBuild => "Old cached files are being served",
            F::CrowdedStorage => "This browser's storage looks crowded",
            F::Extension { .. } => "An extension or blocker may be interfering",
            F::SlowLink => "The browser reports a very slow connection",
            F::PrivateWindowWorks => {
                "It works in a private window: this browser's stored data is the likely cause"
            }
            F::OtherNetworkWorks => "It works on another network: this network is the likely cause",
            F::AccessDenied => {
                "\"Access Denied\" comes from Intuit's edge network refusing this connection"
            }
            F::PaymentError => "A 502 on payments is most often on Intuit's side",
            F::SignInLoop => "Sign-in loops usually come from intuit.com's stored cookies",
            F::BlankPage => "Blank pages usually come from blocked or stale scripts",
            F::FeelsSlow => "You see QuickBooks as slow",
            F::DesktopNotTestable => "This page cannot test QuickBooks Desktop itself",
        }
    }

    fn finding_detail(&self, text: &F) -> String {
        match text {
            F::RedirectedAway { hosts } => format!(
                "Instead of their files, Intuit hosts sent this page to another site: {}. A captive portal (the sign-in page of hotel, airport or guest Wi-Fi), a web filter or a proxy does this. Open any website to see the portal and sign in, or ask whoever runs the network to allow Intuit.",
                self.host_list(*hosts)
            ),
            F::TlsInspection { hosts, product } => format!(
                "qbo-check's command-line checker found that the certificates for {hosts} Intuit host{} were issued by something this computer trusts (probably {}), not by a public certificate authority. A proxy, firewall or antivirus that decrypts HTTPS does this, and it is a leading cause of sign-in loops and \"access denied\" in QuickBooks. Whoever runs it should exempt Intuit's hosts from inspection.",
                plural(*hosts as usize, "", "s"),
                product.unwrap_or("a proxy or antivirus"),
            ),
            F::Offline => owned("Neither this page's own server nor any Intuit host answered. The connection of this device (Wi-Fi, cable, mobile data) is down, so QuickBooks cannot load either."),
            F::NetworkBlock { all_timed_out, clock_wrong } => format!(
                "This page's own server answered, but no Intuit host did. {}{}",
                if *all_timed_out {
                    "Every Intuit host stayed silent until the deadline, which is typical of a firewall that silently drops traffic."
                } else {
                    "Every Intuit host failed at the network level (for example a DNS filter, a firewall, a proxy or security software refusing the connection). The browser hides which of these it was."
                },
                clock(*clock_wrong)
            ),
            F::OneHostUnreachable { hosts, clock_wrong } => format!(
                "One host could not be reached, for {}, while every other Intuit host answered: a filter on this network, or a fault on Intuit's side of that host. A browser cannot tell which; check again in a few minutes, or from another network.{}",
                self.host_list(*hosts),
                clock(*clock_wrong)
            ),
            F::SomeHostsBlocked { hosts, dead, clock_wrong } => {
                let scope = if dead.is_empty() {
                    String::new()
                } else {
                    format!(" Nothing in these groups answered: {}.", self.groups(*dead))
                };
                format!(
                    "These parts of QuickBooks could not be reached while other Intuit hosts answered: {}.{scope} A firewall, DNS filter, proxy or security software that allows only part of Intuit breaks QuickBooks in odd ways.{}",
                    self.host_list(*hosts),
                    clock(*clock_wrong)
                )
            }
            F::IntuitOutage { word, errors, .. } => {
                let errors = if errors.is_empty() {
                    String::new()
                } else {
                    format!(
                        "These parts of QuickBooks answered with an error instead of a test file: {}.",
                        self.host_list(*errors)
                    )
                };
                match word {
                    OutageWord::Incident => format!(
                        "Intuit's status page reports a problem right now.{}{errors} Wait for Intuit to fix it; the status page shows progress. If customers' payment links fail, tell them Intuit's service has a problem and to try again later. For help, use quickbooks.intuit.com/learn-support, never a number from a search ad.",
                        if errors.is_empty() { "" } else { " " }
                    ),
                    OutageWord::StatusClear => format!("{errors} Intuit's status page reports no problem, so this may also be Intuit's edge network refusing this connection (for example through a VPN or proxy), or a test image that Intuit has retired.").trim_start().to_string(),
                    OutageWord::Unconfirmed => format!("{errors} This likely means Intuit's servers are failing (such as a 502 Bad Gateway). The status page could not be read to confirm it, and a browser cannot see the exact error code.").trim_start().to_string(),
                }
            }
            F::AnsweredForIntuit { hosts, webkit, status_answered, clock_wrong, .. } => format!(
                "These parts of QuickBooks did not serve their test files: {}.{}{} Check again on another network (a phone's hotspot): if that works, it is this network; at work or school, ask IT to allow Intuit's hosts.{}",
                self.host_list(*hosts),
                if *webkit {
                    " In Safari and on iPhones and iPads, a filter refusing a host looks just like an error from it."
                } else {
                    " A proxy inspecting secure connections can answer with a block page that looks just like an error from Intuit."
                },
                if *status_answered {
                    " Intuit's status page reports no problem, so a filter or a moved test file is likelier."
                } else {
                    " Intuit's status page could not be read either, as when a filter refuses Intuit."
                },
                clock(*clock_wrong)
            ),
            F::SlowNetwork { slow, answered, after_s, hosts } => format!(
                "{slow} of {answered} Intuit hosts took more than {after_s} seconds to answer: {}. QuickBooks may time out or show errors on a connection this slow.",
                self.host_list(*hosts)
            ),
            F::NotRun { hosts } => format!("This page's own security policy stopped the test of: {}. That is a bug in qbo-check, not a problem with your device or network.", hosts.join(true)),
            F::NothingTested => owned("No Intuit host was tested, so this page cannot say anything about the connection."),
            F::OwnServerSilent => owned("Intuit hosts answered, but this page's own server did not, so the comparison that tells your network from Intuit is missing."),
            F::ImagesMoved => owned("Every Intuit test image failed while the hosts answered and Intuit's status page reports no problem. Intuit may have retired the images this page uses; the server-error rows may be wrong."),
            F::RetiredTestFile { files, list_stale } => {
                let age = if *list_stale {
                    format!(" This page's list of test files was last checked in {}, more than six months ago, so a moved file is all the more likely.", crate::calendar::CHECKED.month_words())
                } else {
                    String::new()
                };
                format!(
                    "A test file on {} did not load while the host answered and Intuit's other test files loaded. This usually means Intuit moved the file, not an outage. If QuickBooks shows errors, check again in a few minutes.{age}",
                    files.list().join(", and on ")
                )
            }
            F::AllClear { status, blind_hosts } => {
                let status_note = match status {
                    Some(Indicator::None) => " Intuit's status page reports no problems.",
                    Some(Indicator::Maintenance) => " Intuit's status page reports planned maintenance, which may affect some features.",
                    Some(_) => " Intuit's status page reports a state this page does not know; check it directly.",
                    None => " Intuit's status page could not be read, so an Intuit problem cannot be ruled out.",
                };
                let blind = if *blind_hosts > 0 {
                    format!(" A browser cannot see error pages on {blind_hosts} of them.")
                } else {
                    String::new()
                };
                format!("Every host QuickBooks needs answered in good time.{status_note}{blind} If QuickBooks still fails, the likely cause is intuit.com's cookies or cached files in this browser, which this page cannot see; the steps below deal with them.")
            }
            F::Unexplained => owned("Some hosts answered and some did not, in a way this page cannot explain. The rows below show exactly what was measured."),
            F::BrowserUnsupported { browser } => format!(
                "This looks like {}. {} Open QuickBooks in the latest Chrome, Edge, Firefox or Safari.",
                self.browser(browser),
                why(browser)
            ),
            F::BrowserOutdated { browser, chromium, behind, current } => format!(
                "This looks like {}; {}{behind} versions behind {current}, the newest by its maker's release schedule. Intuit supports only the latest versions; old browsers can fail to load QuickBooks or to sign in. Update the browser and restart it.",
                self.browser(browser),
                if *chromium { "its Chromium is " } else { "" }
            ),
            F::BrowserNotListed { browser } => format!(
                "This looks like {}. {} If QuickBooks misbehaves, try the latest Chrome, Edge, Firefox or Safari.",
                self.browser(browser),
                why(browser)
            ),
            F::CookiesBlocked => owned("A test cookie on this page could not be stored. QuickBooks needs cookies for intuit.com to keep you signed in; without them sign-in loops or fails. Allow cookies for intuit.com in the browser's settings."),
            F::StorageBlocked => owned("This page could not use the browser's site storage (localStorage or sessionStorage). QuickBooks uses it too; a privacy setting or extension that blocks it can break sign-in or leave pages blank."),
            F::ClockWrong { skew_ms, within_s } => format!(
                "This device's clock is {} compared with this page's server (measured to within {within_s} seconds). Secure connections check certificates against the clock, and sign-in tokens expire by it, so a wrong clock breaks sign-in and secure pages. Set the date, time and time zone to update automatically.",
                skew(*skew_ms)
            ),
            F::StaleBuild => owned("This page itself came from an old cached copy: its server already has a newer version. A browser cache or a caching proxy is holding on to old files and may do the same to QuickBooks. This page cannot see intuit.com's cache, so this is a hint: reload with Ctrl+Shift+R (Cmd+Shift+R on a Mac), or clear cached files for intuit.com."),
            F::CrowdedStorage => owned("Site storage is nearly full or holds cached workers this page did not install. Full or stale storage can keep old QuickBooks files around. Clearing data for intuit.com may help."),
            F::Extension { bait_blocked, filtered, failed } => {
                let mut detail = String::new();
                if *bait_blocked {
                    detail.push_str("Something in this browser (an ad or content blocker, a privacy extension or security software) stopped a harmless test file on this page. ");
                }
                if !filtered.is_empty() {
                    detail.push_str(&format!("Requests to {} were stopped although their images loaded, which is how filters behave. ", filtered.join(false)));
                }
                if *bait_blocked && !failed.is_empty() {
                    detail.push_str(&format!("The same blocker may be what stops {}. ", failed.join(false)));
                }
                detail.push_str("Blockers can break parts of QuickBooks. A browser cannot say for sure which extension did it: try QuickBooks in a private window or with extensions turned off.");
                detail
            }
            F::SlowLink => owned("The browser estimates this connection as 2G-like. QuickBooks may load slowly or time out."),
            F::PrivateWindowWorks => owned("A private window starts without intuit.com's cookies and cached files, and usually without extensions. Since QuickBooks works there, clear intuit.com's data in the normal window, then try with extensions off."),
            F::OtherNetworkWorks => owned("QuickBooks works from another network, so something on this one (a firewall, DNS filter, proxy, VPN or the provider) is getting in the way, even where this page's own tests passed."),
            F::AccessDenied => owned("That page is Intuit's edge network (Akamai) turning the connection away, typically because of the address it comes from (a VPN, proxy or unusual region) or malformed intuit.com cookies. Turn off any VPN or proxy, then clear intuit.com's data."),
            F::PaymentError => owned("A 502 Bad Gateway means a server between you and Intuit's payment service failed to answer. It is usually Intuit's, so check the status page; but the same error also follows a filtering proxy or firewall, old cached files and cookies, an outdated browser, a wrong clock, or security software. The steps below cover each of these."),
            F::SignInLoop => owned("When sign-in keeps coming back, the browser's intuit.com cookies are often stale or blocked, or the clock is wrong. Clear intuit.com's data, check cookies are allowed, and try a private window."),
            F::BlankPage => owned("A blank QuickBooks page usually means its scripts did not run: a blocker or extension stopped them, old cached copies broke them, or the browser is too old for them."),
            F::FeelsSlow => owned("This page measured no slow Intuit host just now, so the slowness may come and go, or be in the browser (many tabs, extensions) rather than the network."),
            F::DesktopNotTestable => owned("This page checks only the network path from this browser to Intuit. QuickBooks Desktop is a Windows program with its own connection settings; its own steps are below."),
        }
    }

    fn answers_disagree(&self) -> &'static str {
        " Your answers point elsewhere, so this is less certain."
    }

    fn group(&self, group: Group) -> &'static str {
        group.label()
    }

    fn browser(&self, name: &BrowserName) -> String {
        let browser = match name.major {
            Some(major) if name.family != crate::browser::Family::Unknown => {
                format!("{} {major}", name.family.name())
            }
            _ => name.family.name().to_string(),
        };
        let os = name.os.name();
        match &name.os_detail {
            Some(OsDetail::IpadOs) => format!("{browser} on iPadOS"),
            Some(detail) => format!("{browser} on {os} {detail}"),
            None => format!("{browser} on {os}"),
        }
    }

    fn share(&self, hit: usize, all: usize) -> String {
        format!("{hit} of {all} host{}", plural(all, "", "s"))
    }

    fn confidence(&self, confidence: Confidence) -> &'static str {
        confidence.label()
    }

    fn fault(&self, fault: Fault) -> &'static str {
        fault.label()
    }

    fn task(&self, task: Task) -> &'static str {
        task.title()
    }

    fn page(&self, text: PageText) -> String {
        match text {
            PageText::Place { confidence, fault } => {
                format!(
                    "Where the problem {}: {}",
                    confidence.placing(),
                    fault.label()
                )
            }
            PageText::NoProblem => "No problem found between this browser and Intuit".into(),
            PageText::Unplaced => "This test could not tell where the problem is".into(),
            PageText::HopDevice => "Device".into(),
            PageText::HopNetwork => "Network".into(),
            PageText::HopIntuit => "Intuit".into(),
            PageText::StatusSays => "Intuit's status page says: ".into(),
            PageText::ConfidenceIs(confidence) => format!(" Confidence: {}.", confidence.label()),
            PageText::FindingTag { confidence, fault } => {
                format!(" — {}, {}", confidence.label(), fault.label())
            }
            PageText::WhyThisVerdict => "Why this verdict".into(),
            PageText::FindingCount(n) => {
                format!(" ({n} finding{})", plural(n, "", "s"))
            }
            PageText::RunIdle => "Run the check".into(),
            PageText::RunRunning => "Checking…".into(),
            PageText::RunFresh => "Run a fresh check in this browser".into(),
            PageText::RunAgain => "Run the check again".into(),
            PageText::Results => "Results".into(),
            PageText::SharedReport => "Shared report".into(),
            PageText::SharedFrom => "Shared report from ".into(),
            PageText::SharedNote => ". These results were measured in someone else's browser and are read-only here. Run a fresh check to test this browser.".into(),
            PageText::ProgressIdle { seconds } => format!("Press the button to start. It takes a few seconds, and never more than {seconds} seconds."),
            PageText::ProgressRunning { done, total } => format!("Testing… {done} of {total} Intuit hosts done."),
            PageText::ProgressDone { total } => format!("Done: all {total} Intuit hosts tested."),
            PageText::WhatToDo => "What to do".into(),
            PageText::ForProfile => "For ".into(),
            PageText::StepsOn => " on ".into(),
            PageText::StepsFor => "Steps for ".into(),
            PageText::Change => " Change".into(),
            PageText::How => "How".into(),
            PageText::CopyForIt => "Copy the list for IT".into(),
            PageText::OpenStatusPage => "Open Intuit's status page".into(),
            PageText::MoreSteps => "Still not working? More steps".into(),
            PageText::ShareTitle => "Share this result".into(),
            PageText::ShareLink => "Link to the full report".into(),
            PageText::CopyLink => "Copy link".into(),
            PageText::NothingUploaded => "Nothing is uploaded: the result rides after the # sign, which browsers never send.".into(),
            PageText::MoreWays => "More ways to share".into(),
            PageText::ShareSummary => "Summary for a chat or email".into(),
            PageText::CopySummary => "Copy summary".into(),
            PageText::OwnCode => "This page's own code (read it back on this page; it is not an Intuit case number)".into(),
            PageText::CopyCode => "Copy code".into(),
            PageText::ReportFile => "Report file".into(),
            PageText::DownloadReport => "Download report (JSON)".into(),
            PageText::Copy => "Copy".into(),
            PageText::Copied => "Copied.".into(),
            PageText::CopyFailed => {
                "Could not copy: select the text and press Ctrl+C (Cmd+C on a Mac).".into()
            }
            PageText::HostsAnswered { answered, total } => {
                format!("{answered} of {total} Intuit hosts answered")
            }
            PageText::HostsNotYet { total } => {
                format!("{total} Intuit hosts, tested when the check runs")
            }
            PageText::Show => " Show".into(),
            PageText::RowOutcome {
                outcome,
                sees_server_errors,
            } => outcome.row_label(sees_server_errors).into(),
            PageText::RowHttp(status) => format!("Answered with HTTP {status}"),
            PageText::RowTesting => "Testing…".into(),
            PageText::RowNote(note) => row_note(note).into(),
            PageText::HostWhy(index) => ENDPOINTS.get(index).map_or("", |e| e.why).into(),
            PageText::StatusHeading { shared: false } => "Intuit's status: ".into(),
            PageText::StatusHeading { shared: true } => "Intuit's status then: ".into(),
            PageText::StatusBrief(state) => status_brief(state),
            PageText::StatusNotYet { running: true } => "reading…".into(),
            PageText::StatusNotYet { running: false } => "read when the check runs".into(),
            PageText::StatusHeadline(state) => status_headline(state),
            PageText::AtTheTime => "At the time of the check: ".into(),
            PageText::StatusPageName => "Intuit's status page".into(),
            PageText::StatusQuotedFrom => {
                "Quoted from status.quickbooks.intuit.com, with any phone number removed.".into()
            }
            PageText::YourBrowser => "Your browser: ".into(),
            PageText::YourBrowserName => "Your browser".into(),
            PageText::UnknownBrowser => "An unrecognised browser".into(),
            PageText::LookupsTitle => "Look up a code or open a report".into(),
            PageText::LookupsName => "Lookups".into(),
            PageText::LookupsWhat => "What a code such as 502, 12007 or \"Access Denied\" means, or what a code from this page says.".into(),
            PageText::LookupsOpen { opening: false } => "Open the lookups".into(),
            PageText::LookupsOpen { opening: true } => "Opening the lookups…".into(),
            PageText::LookupsLater => " (loaded when needed)".into(),
            PageText::LookupsFailed => {
                "The lookups could not load. Check the connection, then try again.".into()
            }
            PageText::OpenReport => "Open a saved report (JSON), or drop it on this page. It is read here, never uploaded.".into(),
            PageText::HostsChecked(day) => format!("hosts checked {}", day.month_words()),
            PageText::Trademark => "QuickBooks is Intuit's trademark.".into(),
            PageText::Phones => "phones".into(),
            PageText::OtherSystem => "Other".into(),
            PageText::WatchTitle { shared: false } => "Keep watching".into(),
            PageText::WatchTitle { shared: true } => "Watch".into(),
            PageText::WatchWhen => " if it keeps dropping".into(),
            PageText::HandoutTitle => "A handout for your IT admin".into(),
            PageText::TriageTitle => "Sharpen the result (optional)".into(),
            PageText::HistoryTitle => "Since your last check".into(),
            PageText::Ticket => "Help-desk ticket ".into(),
            PageText::Downloaded => "Downloaded.".into(),
            PageText::DownloadRefused => "The download could not start in this browser.".into(),
            PageText::DownloadPartMissing => "The report could not be made: part of this page did not load. Check the connection, then try again.".into(),
            PageText::StepsDidNotLoad => "The detailed steps for this browser could not load (a blocker or a dropped connection may have stopped that part of this page). Reload the page to try again. Meanwhile, in this order:".into(),
            PageText::OwnHelp => "Intuit's own help: ".into(),
            PageText::Support => "QuickBooks Support".into(),
        }
    }

    fn task_warning(&self, task: Task) -> Option<&'static str> {
        task.warning()
    }
}

/// The native checker's and the watch's words.
impl CheckerPack for English {
    fn month(&self, day: Day) -> String {
        day.month_words()
    }

    fn pattern(&self, pattern: Pattern) -> PatternWords {
        PatternWords {
            headline: pattern.headline(),
            explanation: pattern.explanation(),
            steps: pattern.next_steps(),
        }
    }

    fn columns(&self) -> [&'static str; 6] {
        ["host", "outcome", "dns", "tcp", "tls", "http"]
    }

    fn checker(&self, text: Checker) -> String {
        match text {
            Checker::Verdict { title, confidence, fault } => format!(
                "Verdict: {title} ({}; where: {})",
                confidence.label(),
                fault.label()
            ),
            Checker::Also { title, confidence } => format!("Also: {title} ({})", confidence.label()),
            Checker::WhatToDo => owned("What to do:"),
            Checker::Note => owned("Note:"),
            Checker::TrustStoreInPart { errors } => format!("this machine's trust store was read only in part ({errors} errors)"),
            Checker::HelpDeskCode { code } => format!("Help-desk code: {code}"),
            Checker::ReportLink { link } => format!("Report link: {link}"),
            Checker::Dates { checked, built } => format!(
                "Host list and browser release schedules checked {}; this checker built {}.",
                checked.month_words(),
                built.iso()
            ),
            Checker::TlsInspected { version } => format!("{version} INSPECTED"),
            Checker::TlsPublic { version } => format!("{version} public CA"),
            Checker::TlsFailed => owned("failed"),
            Checker::HttpIn { status, ms } => format!("{status} in {ms} ms"),
            Checker::Progress { done, total } => format!("{done}/{total} hosts checked"),
            Checker::HostChecked { host, outcome } => format!("checked {host}: {outcome}"),
            Checker::ExemptHosts { hosts } => format!("In the inspecting product's policy, exempt these hosts from TLS/SSL inspection (decryption): {hosts}."),
            Checker::ExemptDomains => owned("Or exempt the whole domains intuit.com and intuitcdn.net, if the policy takes domains."),
            Checker::CheckAgain => owned("Run qbo-check again: every host should show a public CA."),
            Checker::Round { round, answered, total, verdict, pattern, failed } => format!(
                "round {round}: {answered} of {total} hosts answered; verdict {verdict}; pattern so far: {pattern}{}",
                if failed.is_empty() { String::new() } else { format!(" (failed: {failed})") }
            ),
            Checker::ServerErrorsTitle => owned("Some Intuit hosts answered with server errors"),
            Checker::ServerErrorsDetail { hosts } => format!("{hosts} answered with a server error. That is Intuit's side, or, where TLS is inspected, the inspecting proxy answering for it. Check Intuit's status page."),
            Checker::Issuer { issuer, every, hosts } => {
                let which = match every {
                    Some(n) => format!("all {n} hosts"),
                    None => hosts.to_string(),
                };
                format!(
                    " The certificates' issuer, on {which}: \"{}\".",
                    issuer.unwrap_or("an unnamed issuer")
                )
            }
        }
    }
}

/// "4 minutes behind", "2 hours ahead": a clock's error in the unit a person would use.
pub fn skew(skew_ms: i64) -> String {
    let seconds = skew_ms.unsigned_abs() / 1000;
    let (amount, unit) = match seconds {
        0..=119 => (seconds, "seconds"),
        120..=7_199 => ((seconds + 30) / 60, "minutes"),
        7_200..=172_799 => ((seconds + 1800) / 3600, "hours"),
        _ => (seconds.saturating_add(43_200) / 86_400, "days"),
    };
    let direction = if skew_ms > 0 { "behind" } else { "ahead" };
    format!("{amount} {unit} {direction}")
}

/// Why a host's row says more than its outcome.
fn row_note(note: RowNote) -> &'static str {
    match note {
        RowNote::OwnPolicy => "This page's own security policy stopped the test: a bug in qbo-check, not a fault of yours.",
        RowNote::Redirected => "The host answered by redirecting this test to another site, as a captive portal (a Wi-Fi sign-in page), a web filter or a proxy does.",
        RowNote::Filtered => "The image loaded but the fetch was stopped, which points to a filter or extension.",
        RowNote::RetiredImage => "One of this host's two test files did not load while the other did: that file was most likely moved or retired by Intuit; the host itself answered.",
        RowNote::ErrorPage => "The host answered, but not with its image: likely an error page (such as 502 or \"Access Denied\"). A browser cannot read the exact code.",
        RowNote::FileLate => "The host answered, but its file did not arrive before the deadline.",
        RowNote::Unseen => "A browser can see that this host answered, but not whether the answer was an error page (such as 502).",
    }
}

/// A few words for the status fold's line.
fn status_brief(state: StatusState) -> String {
    match state {
        StatusState::Read {
            indicator: Indicator::None,
            incidents,
            affected,
        } if incidents > 0 || affected > 0 => {
            if incidents > 0 {
                "an open incident".into()
            } else {
                "components affected".into()
            }
        }
        StatusState::Read {
            indicator: Indicator::Unknown,
            ..
        } => "a state not known here".into(),
        StatusState::Read { indicator, .. } => indicator.words().into(),
        StatusState::HttpError(status) => format!("answered HTTP {status}"),
        StatusState::Unreadable | StatusState::TooLarge | StatusState::Malformed => {
            "could not be read".into()
        }
        StatusState::TimedOut => "no answer in time".into(),
    }
}

/// This page's sentence about Intuit's status page.
fn status_headline(state: StatusState) -> String {
    let count =
        |n: usize, one: &'static str, many: &'static str| format!("{n} {}", plural(n, one, many));
    match state {
        StatusState::Read {
            indicator,
            incidents,
            affected,
        } => {
            let word = indicator.words();
            let mut counts = Vec::new();
            if incidents > 0 {
                counts.push(count(incidents, "open incident", "open incidents"));
            }
            if affected > 0 {
                counts.push(count(affected, "affected component", "affected components"));
            }
            if counts.is_empty() {
                format!("Intuit's status page reports {word}.")
            } else {
                format!("Intuit's status page reports {word}, with {}.", counts.join(" and "))
            }
        }
        StatusState::HttpError(status) => format!("Intuit's status page answered with HTTP {status}, so its contents could not be read."),
        StatusState::Unreadable => "Intuit's status page could not be read from this page (it may be blocked, offline, or not allow other sites to read it). Open it directly.".into(),
        StatusState::TooLarge => "Intuit's status page sent far more than a status summary, so this page stopped reading it. Open it directly.".into(),
        StatusState::Malformed => "Intuit's status page answered, but not in the expected format. Open it directly.".into(),
        StatusState::TimedOut => "Intuit's status page did not answer in time. Open it directly.".into(),
    }
}
