use super::*;
use crate::browser::{Family, Os, OsDetail};
use crate::catalogue::browsers::BROWSERS;
use crate::catalogue::endpoints::{Group, ENDPOINTS};
use crate::diagnose::Confidence;
use crate::status_page::Indicator;

/// The variant's place in declaration order. An exhaustive `match`: a new message does not
/// build until it is listed here, and then [`examples`] must show it.
fn index(text: &FindingText) -> usize {
    use FindingText as F;
    match text {
        F::RedirectedAway { .. } => 0,
        F::TlsInspection { .. } => 1,
        F::Offline => 2,
        F::NetworkBlock { .. } => 3,
        F::OneHostUnreachable { .. } => 4,
        F::SomeHostsBlocked { .. } => 5,
        F::IntuitOutage { .. } => 6,
        F::AnsweredForIntuit { .. } => 7,
        F::SlowNetwork { .. } => 8,
        F::NotRun { .. } => 9,
        F::NothingTested => 10,
        F::OwnServerSilent => 11,
        F::ImagesMoved => 12,
        F::RetiredTestFile { .. } => 13,
        F::AllClear { .. } => 14,
        F::Unexplained => 15,
        F::BrowserUnsupported { .. } => 16,
        F::BrowserOutdated { .. } => 17,
        F::BrowserNotListed { .. } => 18,
        F::CookiesBlocked => 19,
        F::StorageBlocked => 20,
        F::ClockWrong { .. } => 21,
        F::StaleBuild => 22,
        F::CrowdedStorage => 23,
        F::Extension { .. } => 24,
        F::SlowLink => 25,
        F::PrivateWindowWorks => 26,
        F::OtherNetworkWorks => 27,
        F::AccessDenied => 28,
        F::PaymentError => 29,
        F::SignInLoop => 30,
        F::BlankPage => 31,
        F::FeelsSlow => 32,
        F::DesktopNotTestable => 33,
    }
}
const MESSAGES: usize = 34;

/// One host of each group given.
fn share(groups: &[Group]) -> Shares {
    let mut shares = Shares::default();
    for group in groups {
        shares.add(*group);
    }
    shares
}

fn hosts(n: usize) -> Hosts {
    let ids: Vec<&str> = ENDPOINTS.iter().take(n).map(|e| e.id).collect();
    Hosts::of(&ids)
}

fn browser(family: Family, os: Os, os_detail: Option<OsDetail>) -> BrowserName {
    BrowserName {
        family,
        major: Some(131),
        os,
        os_detail,
    }
}

/// The first `n` hosts with a test image.
fn image_hosts(n: usize) -> Hosts {
    let ids: Vec<&str> = ENDPOINTS
        .iter()
        .filter(|e| e.image.is_some())
        .take(n)
        .map(|e| e.id)
        .collect();
    Hosts::of(&ids)
}

/// Every message, each branch of its words at least once.
fn examples() -> Vec<FindingText> {
    use FindingText as F;
    let two = share(&[Group::SignIn, Group::Payments]);
    let mut all = vec![
        F::RedirectedAway { hosts: two },
        F::TlsInspection {
            hosts: 1,
            product: None,
        },
        F::TlsInspection {
            hosts: 3,
            product: Some("Zscaler"),
        },
        F::Offline,
        F::NetworkBlock {
            all_timed_out: true,
            clock_wrong: false,
        },
        F::NetworkBlock {
            all_timed_out: false,
            clock_wrong: true,
        },
        F::OneHostUnreachable {
            hosts: share(&[Group::Api]),
            clock_wrong: false,
        },
        F::SomeHostsBlocked {
            hosts: two,
            dead: Groups::of([Group::Payments]),
            clock_wrong: true,
        },
        F::SomeHostsBlocked {
            hosts: two,
            dead: Groups::default(),
            clock_wrong: false,
        },
        F::AnsweredForIntuit {
            whole_network: true,
            hosts: two,
            webkit: true,
            status_answered: false,
            clock_wrong: false,
        },
        F::AnsweredForIntuit {
            whole_network: false,
            hosts: two,
            webkit: false,
            status_answered: true,
            clock_wrong: true,
        },
        F::SlowNetwork {
            slow: 1,
            answered: 5,
            after_s: 3,
            hosts: share(&[Group::Static]),
        },
        F::SlowNetwork {
            slow: 2,
            answered: 5,
            after_s: 3,
            hosts: two,
        },
        F::NotRun { hosts: hosts(2) },
        F::NothingTested,
        F::OwnServerSilent,
        F::ImagesMoved,
        F::RetiredTestFile {
            files: Files {
                first: image_hosts(1),
                second: Hosts::default(),
            },
            list_stale: false,
        },
        F::RetiredTestFile {
            files: Files {
                first: image_hosts(2),
                second: image_hosts(1),
            },
            list_stale: true,
        },
        F::Unexplained,
        F::BrowserOutdated {
            browser: browser(Family::Firefox, Os::Windows, Some(OsDetail::Windows10Or11)),
            chromium: false,
            behind: 3,
            current: 134,
        },
        F::BrowserOutdated {
            browser: browser(Family::Opera, Os::Android, None),
            chromium: true,
            behind: 1,
            current: 132,
        },
        F::CookiesBlocked,
        F::StorageBlocked,
        F::ClockWrong {
            skew_ms: 600_000,
            within_s: 1,
        },
        F::ClockWrong {
            skew_ms: -200_000_000,
            within_s: 2,
        },
        F::StaleBuild,
        F::CrowdedStorage,
        F::Extension {
            bait_blocked: true,
            filtered: hosts(1),
            failed: hosts(3),
        },
        F::Extension {
            bait_blocked: false,
            filtered: hosts(2),
            failed: Hosts::default(),
        },
        F::SlowLink,
        F::PrivateWindowWorks,
        F::OtherNetworkWorks,
        F::AccessDenied,
        F::PaymentError,
        F::SignInLoop,
        F::BlankPage,
        F::FeelsSlow,
        F::DesktopNotTestable,
    ];
    for confidence in [Confidence::High, Confidence::Medium, Confidence::Low] {
        for word in [
            OutageWord::Incident,
            OutageWord::StatusClear,
            OutageWord::Unconfirmed,
        ] {
            for errors in [Shares::default(), two] {
                all.push(F::IntuitOutage {
                    confidence,
                    word,
                    errors,
                });
            }
        }
    }
    for status in [
        None,
        Some(Indicator::None),
        Some(Indicator::Maintenance),
        Some(Indicator::Minor),
    ] {
        all.push(F::AllClear {
            status,
            blind_hosts: 2,
        });
    }
    all.push(F::AllClear {
        status: Some(Indicator::None),
        blind_hosts: 0,
    });
    for policy in BROWSERS {
        let name = browser(
            policy.family,
            Os::Macos,
            Some(OsDetail::Version {
                major: 15,
                minor: Some(1),
            }),
        );
        all.push(F::BrowserUnsupported { browser: name });
        all.push(F::BrowserNotListed { browser: name });
    }
    all.push(F::BrowserNotListed {
        browser: browser(Family::Safari, Os::Ios, Some(OsDetail::IpadOs)),
    });
    all
}

#[test]
fn every_message_has_an_example() {
    let mut seen = [false; MESSAGES];
    for text in examples() {
        seen[index(&text)] = true;
    }
    let missing: Vec<usize> = (0..MESSAGES).filter(|i| !seen[*i]).collect();
    assert!(
        missing.is_empty(),
        "messages without an example: {missing:?}"
    );
}

/// Words no French sentence of this page would hold. Words that are French as well ("a",
/// "on", "or", "as", "page", "site") are left out, and so are the names an English page shows
/// as they are ("Access Denied", "502 Bad Gateway").
const ENGLISH: &[&str] = &[
    "the", "and", "this", "that", "these", "your", "you", "with", "not", "for", "are", "was",
    "were", "from", "which", "could", "cannot", "would", "should", "browser", "network", "host",
    "hosts", "answered", "blocked", "device", "clock", "check", "again", "only", "some", "every",
    "here", "there", "when", "what", "where", "who", "why", "how", "because", "may", "might",
    "been", "has", "have", "had", "will", "all", "any", "its", "our", "is", "to", "of", "be", "it",
    "in", "by", "at", "behind", "ahead", "seconds", "hours", "days", "settings", "cookies", "slow",
    "try", "open", "wrong", "likely",
];

fn english_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .map(str::to_lowercase)
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .collect()
}

/// What French typography asks of a text, as this page writes it: no placeholder left, a
/// typographic apostrophe, a non-breaking space before a colon (not in a time, "06:41") and
/// inside « », none before ; or ?, and no doubled space. The problem found, if any.
fn french_typography(text: &str) -> Option<String> {
    for bad in ["{", "}", "'", " :", " ;", " ?", "\u{a0}?", "« ", " »", "  "] {
        if text.contains(bad) {
            return Some(format!("{bad:?} in {text}"));
        }
    }
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1);
        let in_a_time =
            before.is_some_and(|b| b.is_ascii_digit()) && after.is_some_and(|a| a.is_ascii_digit());
        if *c == ':' && before != Some('\u{a0}') && !in_a_time {
            return Some(format!(
                "a colon with no non-breaking space before it: {text}"
            ));
        }
    }
    None
}

/// `text` without the outcome ids the handout's key names as they are ("slow = …").
fn without_ids(text: &str) -> String {
    let mut out = text.to_string();
    for outcome in crate::outcome::Outcome::ALL {
        out = out.replace(&format!("{} =", outcome.id()), "x =");
    }
    out
}

/// The placeholders a text names, in order: `{n}`, `{date}`.
fn placeholders(text: &str) -> Vec<String> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
        .collect()
}

/// Two languages' tables, field by field: the French says the same with the same
/// placeholders, and is French (a field copied untranslated has none of the stop words, so
/// each must differ, unless it holds no word at all).
fn tables_agree(english: &[(&str, &str)], french: &[(&str, &str)]) {
    assert_eq!(english.len(), french.len());
    for ((field, en), (_, fr)) in english.iter().zip(french) {
        assert!(!fr.is_empty(), "{field}");
        assert_eq!(placeholders(en), placeholders(fr), "{field}: {en} / {fr}");
        let has_words = en
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .any(|w| !placeholders(en).iter().any(|p| p == w));
        if has_words {
            assert_ne!(en, fr, "{field} is not translated");
        }
        // The words around the placeholders, each placeholder standing for a word.
        let mut filled = fr.to_string();
        for name in placeholders(fr) {
            filled = crate::template::put(&filled, &format!("{{{name}}}"), "x");
        }
        let filled = without_ids(&filled);
        assert!(english_words(&filled).is_empty(), "{field}: {fr}");
        if let Some(problem) = french_typography(&filled) {
            panic!("{field}: {problem}");
        }
    }
}

#[test]
fn french_typography_catches_what_it_should() {
    assert_eq!(
        french_typography("Date et heure\u{a0}: 2026-11-26 06:41 UTC"),
        None
    );
    for bad in ["Navigateur : x", "Problèmes: x", "Où ?", "l'heure", "« x »"] {
        assert!(french_typography(bad).is_some(), "{bad}");
    }
}

#[test]
fn french_leaves_no_english_sentence() {
    for text in examples() {
        let title = CanadianFrench.finding_title(&text);
        let detail = CanadianFrench.finding_detail(&text);
        // Host names and addresses are data, not words.
        let words: String = detail
            .split(' ')
            .filter(|w| !w.contains(".com") && !w.contains(".net") && !w.contains("://"))
            .collect::<Vec<_>>()
            .join(" ");
        let found = english_words(&format!("{title} {words}"));
        assert!(
            found.is_empty(),
            "{text:?}: English words {found:?} in « {title} » « {detail} »"
        );
    }
    let found = english_words(CanadianFrench.answers_disagree());
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_english_test_words_do_catch_english() {
    for text in examples() {
        let detail = English.finding_detail(&text);
        assert!(!english_words(&detail).is_empty(), "{detail}");
    }
}

/// Every pack fills every message: no empty text, no placeholder left, no doubled space, and
/// an explanation ends as a sentence does.
#[test]
fn every_pack_words_every_message_whole() {
    for pack in PACKS {
        for text in examples() {
            let title = pack.finding_title(&text);
            let detail = pack.finding_detail(&text);
            let context = format!("{} {text:?}: {title} / {detail}", pack.tag());
            assert!(!title.is_empty() && !title.ends_with('.'), "{context}");
            assert!(detail.ends_with('.'), "{context}");
            assert!(!detail.starts_with(' '), "{context}");
            for bad in ["{", "}", "  ", " .", " ,", "..", "()"] {
                assert!(
                    !detail.contains(bad) && !title.contains(bad),
                    "{bad:?} in {context}"
                );
            }
        }
    }
}

#[test]
fn english_words_are_the_page_s_own() {
    use FindingText as F;
    let cases: &[(F, &str)] = &[
        (F::Offline, "This device is not connected to the internet"),
        (F::SlowNetwork { slow: 2, answered: 5, after_s: 3, hosts: share(&[Group::SignIn, Group::Payments]) },
         "2 of 5 Intuit hosts took more than 3 seconds to answer: Sign-in (1 of 2 hosts), Payments and invoice links (1 of 1 host). QuickBooks may time out or show errors on a connection this slow."),
        (F::ClockWrong { skew_ms: 600_000, within_s: 1 },
         "This device's clock is 10 minutes behind compared with this page's server (measured to within 1 seconds). Secure connections check certificates against the clock, and sign-in tokens expire by it, so a wrong clock breaks sign-in and secure pages. Set the date, time and time zone to update automatically."),
    ];
    for (text, words) in cases {
        let said = if matches!(text, F::Offline) {
            English.finding_title(text).to_string()
        } else {
            English.finding_detail(text)
        };
        assert_eq!(said, *words);
    }
}

#[test]
fn french_plurals_and_units() {
    use FindingText as F;
    let detail = |t: &F| CanadianFrench.finding_detail(t);
    let one = detail(&F::SlowNetwork {
        slow: 1,
        answered: 5,
        after_s: 3,
        hosts: share(&[Group::Static]),
    });
    assert!(
        one.starts_with("1 hôte d’Intuit sur 5 a mis plus de 3 secondes"),
        "{one}"
    );
    assert!(
        one.contains("Fichiers statiques (scripts, images) (1 sur 3 hôtes)"),
        "{one}"
    );
    let two = detail(&F::SlowNetwork {
        slow: 2,
        answered: 5,
        after_s: 3,
        hosts: share(&[Group::Payments]),
    });
    assert!(two.starts_with("2 hôtes d’Intuit sur 5 ont mis"), "{two}");
    assert!(two.contains("(1 sur 1 hôte)"), "{two}");
    let late = detail(&F::ClockWrong {
        skew_ms: 600_000,
        within_s: 1,
    });
    assert!(
        late.contains("en retard de 10 minutes") && late.contains("à 1 seconde près"),
        "{late}"
    );
    let early = detail(&F::ClockWrong {
        skew_ms: -200_000_000,
        within_s: 2,
    });
    assert!(
        early.contains("en avance de 2 jours") && early.contains("2 secondes près"),
        "{early}"
    );
    let browser = CanadianFrench.browser(&browser(
        Family::Firefox,
        Os::Windows,
        Some(OsDetail::Windows10Or11),
    ));
    assert_eq!(browser, "Firefox 131 sous Windows 10 ou 11");
    // A colon takes a non-breaking space before it in French.
    assert!(!detail(&F::RedirectedAway {
        hosts: Shares::default()
    })
    .contains(" :"));
}

#[test]
fn a_language_tag_finds_its_pack() {
    let cases: &[(&str, Option<&str>)] = &[
        ("fr-CA", Some("fr-CA")),
        ("fr-ca", Some("fr-CA")),
        ("fr_CA.UTF-8", Some("fr-CA")),
        ("fr_CA@euro", Some("fr-CA")),
        ("fr", Some("fr-CA")),
        ("fr-FR", Some("fr-CA")),
        ("en", Some("en")),
        ("en-GB", Some("en")),
        ("en_US.UTF-8", Some("en")),
        ("de-DE", None),
        ("C", None),
        ("C.UTF-8", None),
        ("POSIX", None),
        ("", None),
        ("-", None),
    ];
    for (tag, want) in cases {
        assert_eq!(pack_for(tag).map(|p| p.tag()), *want, "{tag:?}");
    }
}

/// Each browser the catalogue gives a reason for has one in every pack, and only those.
#[test]
fn every_pack_gives_the_catalogue_s_reasons() {
    for family in BROWSERS.iter().map(|p| p.family).chain([Family::Unknown]) {
        let name = browser(family, Os::Windows, None);
        assert_eq!(
            en::why(&name).is_empty(),
            fr_ca::why(family).is_empty(),
            "{family:?}"
        );
    }
}

#[test]
fn a_report_carries_the_message_id_and_its_values() {
    let text = FindingText::SlowNetwork {
        slow: 1,
        answered: 5,
        after_s: 3,
        hosts: share(&[Group::SignIn]),
    };
    let json = serde_json::to_value(text).unwrap();
    assert_eq!(json["id"], "slow-network");
    assert_eq!(json["args"]["slow"], 1);
    assert_eq!(json["args"]["hosts"][0]["group"], "sign-in");
    assert_eq!(
        serde_json::to_value(FindingText::Offline).unwrap()["id"],
        "offline"
    );
}

/// Hosts are kept as a 32-bit set.
#[test]
fn the_catalogue_fits_a_host_set() {
    assert!(ENDPOINTS.len() <= 32);
    let ids: Vec<&str> = ENDPOINTS.iter().map(|e| e.id).collect();
    let all = Hosts::of(&ids);
    assert_eq!(all.join(true).split(", ").count(), ENDPOINTS.len());
    assert!(Hosts::of(&["no-such-host"]).is_empty());
}

/// Sets of groups index by declaration order, which must be `Group::ALL`'s.
#[test]
fn groups_index_in_their_listed_order() {
    for (i, group) in Group::ALL.into_iter().enumerate() {
        assert_eq!(group as usize, i);
    }
    let set = Groups::of([Group::Status, Group::SignIn]);
    assert!(set.has(Group::SignIn) && set.has(Group::Status) && !set.has(Group::Api));
}

fn checker_examples() -> Vec<Checker<'static>> {
    use crate::calendar::Day;
    use crate::diagnose::Fault;
    vec![
        Checker::Verdict {
            title: "T",
            confidence: Confidence::High,
            fault: Fault::Network,
        },
        Checker::Also {
            title: "T",
            confidence: Confidence::Low,
        },
        Checker::WhatToDo,
        Checker::Note,
        Checker::TrustStoreInPart { errors: 1 },
        Checker::TrustStoreInPart { errors: 3 },
        Checker::HelpDeskCode { code: "A1B2" },
        Checker::ReportLink { link: "#r2.x" },
        Checker::Dates {
            checked: Day::of(2026, 11, 26),
            built: Day::of(2026, 11, 29),
        },
        Checker::TlsInspected { version: "TLSv1.3" },
        Checker::TlsPublic { version: "TLSv1.3" },
        Checker::TlsFailed,
        Checker::HttpIn {
            status: 200,
            ms: 40,
        },
        Checker::Progress { done: 3, total: 12 },
        Checker::HostChecked {
            host: "qbo.intuit.com",
            outcome: "ok",
        },
        Checker::ExemptHosts {
            hosts: "qbo.intuit.com",
        },
        Checker::ExemptDomains,
        Checker::CheckAgain,
        Checker::Round {
            round: 1,
            answered: 1,
            total: 12,
            verdict: "network-block",
            pattern: "steady",
            failed: "qbo.intuit.com",
        },
        Checker::Round {
            round: 2,
            answered: 12,
            total: 12,
            verdict: "all-clear",
            pattern: "steady",
            failed: "",
        },
        Checker::ServerErrorsTitle,
        Checker::ServerErrorsDetail {
            hosts: "qbo.intuit.com (HTTP 503)",
        },
        Checker::Issuer {
            issuer: None,
            every: Some(12),
            hosts: "",
        },
        Checker::Issuer {
            issuer: Some("CN=Proxy"),
            every: None,
            hosts: "qbo.intuit.com",
        },
    ]
}

/// The checker's words, and the fix titles, confidences and faults it prints: every one in
/// French holds no English word and writes a colon as French does.
#[test]
fn the_checker_speaks_french_throughout() {
    use crate::catalogue::tasks::Task;
    use crate::diagnose::Fault;
    let mut said: Vec<String> = checker_examples()
        .into_iter()
        .map(|text| CanadianFrench.checker(text))
        .collect();
    let tasks = Task::BROWSER
        .into_iter()
        .chain(Task::GENERAL)
        .chain(Task::DESKTOP)
        .chain([Task::ResetDesktopAppCache]);
    said.extend(tasks.map(|t| CanadianFrench.task(t).to_string()));
    for c in [Confidence::Low, Confidence::Medium, Confidence::High] {
        said.push(CanadianFrench.confidence(c).into());
    }
    for f in [
        Fault::Device,
        Fault::Network,
        Fault::Intuit,
        Fault::Unknown,
        Fault::Nowhere,
    ] {
        said.push(CanadianFrench.fault(f).into());
    }
    said.push(CanadianFrench.month(crate::calendar::Day::of(2026, 8, 1)));
    said.extend(CanadianFrench.columns().map(String::from));
    for pattern in crate::watch::Pattern::ALL {
        let words = CanadianFrench.pattern(pattern);
        said.push(words.headline.into());
        said.push(words.explanation.into());
        said.extend(words.steps.iter().map(|s| s.to_string()));
        // As many steps as in English, so neither language drops advice.
        assert_eq!(words.steps.len(), English.pattern(pattern).steps.len());
    }
    for text in examples() {
        said.push(CanadianFrench.finding_detail(&text));
    }
    said.extend(
        super::PageText::examples()
            .into_iter()
            .map(|t| CanadianFrench.page(t)),
    );
    for task in Task::BROWSER
        .into_iter()
        .chain(Task::GENERAL)
        .chain(Task::DESKTOP)
    {
        // Every fix with an English warning has a French one, and no other.
        assert_eq!(
            CanadianFrench.task_warning(task).is_some(),
            English.task_warning(task).is_some(),
            "{task:?}"
        );
        said.extend(CanadianFrench.task_warning(task).map(String::from));
    }
    for line in said {
        let words: String = line
            .split(' ')
            .filter(|w| !w.contains(".com") && !w.contains("://") && !w.starts_with('#'))
            .collect::<Vec<_>>()
            .join(" ");
        let found = english_words(&words);
        assert!(found.is_empty(), "English {found:?} in « {line} »");
        assert!(
            !line.contains(" :") && !line.contains("« ") && !line.contains(" »"),
            "{line}"
        );
    }
    assert_eq!(
        CanadianFrench.month(crate::calendar::Day::of(2026, 8, 1)),
        "août 2026"
    );
}

/// Ids are what help desks' tools read: never renamed, in declaration order.
#[test]
fn message_ids_never_change() {
    let ids = [
        "redirected-away",
        "tls-inspection",
        "offline",
        "network-block",
        "one-host-unreachable",
        "some-hosts-blocked",
        "intuit-outage",
        "answered-for-intuit",
        "slow-network",
        "not-run",
        "nothing-tested",
        "own-server-silent",
        "images-moved",
        "retired-test-file",
        "all-clear",
        "unexplained",
        "browser-unsupported",
        "browser-outdated",
        "browser-not-listed",
        "cookies-blocked",
        "storage-blocked",
        "clock-wrong",
        "stale-build",
        "crowded-storage",
        "extension",
        "slow-link",
        "private-window-works",
        "other-network-works",
        "access-denied",
        "payment-error",
        "sign-in-loop",
        "blank-page",
        "feels-slow",
        "desktop-not-testable",
    ];
    assert_eq!(ids.len(), MESSAGES);
    for text in examples() {
        let json = serde_json::to_value(text).unwrap();
        assert_eq!(json["id"], ids[index(&text)], "{text:?}");
    }
}

/// The page's words around the findings, in every pack: none empty, each language's own plural,
/// and English exactly as the page drew it before packs.
#[test]
fn every_pack_words_the_page_s_headline() {
    use super::PageText as T;
    use crate::diagnose::Fault;
    for pack in super::PACKS {
        for text in T::examples() {
            let words = pack.page(text);
            assert!(!words.trim().is_empty(), "{} {text:?}", pack.tag());
            assert!(!words.contains('{'), "{} {words}", pack.tag());
        }
    }
    let cases: &[(T, &str, &str)] = &[
        (
            T::Place {
                confidence: Confidence::High,
                fault: Fault::Network,
            },
            "Where the problem most likely is: your network",
            "Où se trouve très probablement le problème\u{a0}: votre réseau",
        ),
        (
            T::ConfidenceIs(Confidence::Medium),
            " Confidence: likely.",
            " Degré de certitude\u{a0}: probable.",
        ),
        (T::FindingCount(1), " (1 finding)", " (1 constat)"),
        (T::FindingCount(0), " (0 findings)", " (0 constat)"),
        (T::FindingCount(3), " (3 findings)", " (3 constats)"),
        (
            T::ProgressRunning { done: 3, total: 12 },
            "Testing… 3 of 12 Intuit hosts done.",
            "Test en cours… Hôtes d’Intuit vérifiés\u{a0}: 3 sur 12.",
        ),
        (
            T::ProgressDone { total: 12 },
            "Done: all 12 Intuit hosts tested.",
            "Terminé\u{a0}: les 12\u{a0}hôtes d’Intuit ont été testés.",
        ),
        (T::RunIdle, "Run the check", "Lancer la vérification"),
        (
            T::FindingTag {
                confidence: Confidence::Low,
                fault: Fault::Device,
            },
            " — possible, this device",
            " — possible, cet appareil",
        ),
    ];
    for (text, english, french) in cases {
        assert_eq!(English.page(*text), *english);
        assert_eq!(CanadianFrench.page(*text), *french);
    }
    // The page's English as it was drawn before packs, word for word.
    let english: &[(T, &str)] = &[
        (T::RunRunning, "Checking…"),
        (T::RunFresh, "Run a fresh check in this browser"),
        (T::RunAgain, "Run the check again"),
        (T::SharedFrom, "Shared report from "),
        (T::SharedNote, ". These results were measured in someone else's browser and are read-only here. Run a fresh check to test this browser."),
        (T::ProgressIdle { seconds: 8 }, "Press the button to start. It takes a few seconds, and never more than 8 seconds."),
        (T::WhatToDo, "What to do"),
        (T::ForProfile, "For "),
        (T::StepsOn, " on "),
        (T::StepsFor, "Steps for "),
        (T::Change, " Change"),
        (T::How, "How"),
        (T::CopyForIt, "Copy the list for IT"),
        (T::OpenStatusPage, "Open Intuit's status page"),
        (T::MoreSteps, "Still not working? More steps"),
        (T::WhyThisVerdict, "Why this verdict"),
        (T::NoProblem, "No problem found between this browser and Intuit"),
        (T::StatusSays, "Intuit's status page says: "),
        (T::ShareTitle, "Share this result"),
        (T::ShareLink, "Link to the full report"),
        (T::CopyLink, "Copy link"),
        (T::NothingUploaded, "Nothing is uploaded: the result rides after the # sign, which browsers never send."),
        (T::MoreWays, "More ways to share"),
        (T::ShareSummary, "Summary for a chat or email"),
        (T::CopySummary, "Copy summary"),
        (T::OwnCode, "This page's own code (read it back on this page; it is not an Intuit case number)"),
        (T::CopyCode, "Copy code"),
        (T::ReportFile, "Report file"),
        (T::DownloadReport, "Download report (JSON)"),
        (T::Copy, "Copy"),
        (T::Copied, "Copied."),
        (T::CopyFailed, "Could not copy: select the text and press Ctrl+C (Cmd+C on a Mac)."),
        (T::WatchTitle { shared: false }, "Keep watching"),
        (T::WatchTitle { shared: true }, "Watch"),
        (T::WatchWhen, " if it keeps dropping"),
        (T::HandoutTitle, "A handout for your IT admin"),
        (T::TriageTitle, "Sharpen the result (optional)"),
        (T::HistoryTitle, "Since your last check"),
        (T::Ticket, "Help-desk ticket "),
        (T::Downloaded, "Downloaded."),
        (T::DownloadRefused, "The download could not start in this browser."),
        (T::DownloadPartMissing, "The report could not be made: part of this page did not load. Check the connection, then try again."),
        (T::StepsDidNotLoad, "The detailed steps for this browser could not load (a blocker or a dropped connection may have stopped that part of this page). Reload the page to try again. Meanwhile, in this order:"),
        (T::OwnHelp, "Intuit's own help: "),
        (T::Support, "QuickBooks Support"),
    ];
    for (text, words) in english {
        assert_eq!(English.page(*text), *words);
    }
}

/// The French steps are the English ones in French: as many, with the same addresses to copy
/// in the same places and the same keys, in French typography, with no English sentence left
/// outside the labels they quote « like this » (Firefox's French does say « Cookies »).
#[test]
fn french_steps_mirror_the_english_ones() {
    use crate::catalogue::instructions::{every_case, steps, steps_in, CANADIAN_FRENCH};
    let (mut checked, mut caught) = (0, 0);
    for (info, os, task) in every_case() {
        let english = steps(task, info.profile, os);
        let french = steps_in(&CANADIAN_FRENCH, task, info.profile, os);
        let context = format!("{} {os:?} {}", info.id, task.id());
        assert_eq!(english.len(), french.len(), "{context}");
        for (en, fr) in english.iter().zip(&french) {
            let text = &fr.text;
            assert_eq!(en.copy, fr.copy, "{context}: {text}");
            for bad in ["{", "'", " :", " ;", " ?", "« ", " »", "  "] {
                assert!(!text.contains(bad), "{bad:?} in {context}: {text}");
            }
            assert!(
                text.ends_with('.') || text.ends_with('»'),
                "{context}: {text}"
            );
            for (english_key, french_key) in [
                ("Ctrl+", "Ctrl+"),
                ("Cmd+", "⌘+"),
                ("Shift+", "+"),
                ("Option+", "⌥+"),
            ] {
                if en.text.contains(english_key) {
                    assert!(text.contains(french_key), "{context}: {text}");
                }
            }
            let mut unquoted = String::new();
            let mut quoted = false;
            for c in text.chars() {
                match c {
                    '«' => quoted = true,
                    '»' => quoted = false,
                    c if !quoted => unquoted.push(c),
                    _ => {}
                }
            }
            let found = english_words(&unquoted);
            assert!(found.is_empty(), "{found:?} in {context}: {text}");
            checked += 1;
            // The same words do catch the English.
            caught += usize::from(!english_words(&en.text).is_empty());
        }
    }
    assert!(checked > 500, "{checked}");
    assert!(caught * 10 > checked * 9, "{caught} of {checked}");
}

/// The French words for each catalogue host follow the catalogue, id by id.
#[test]
fn french_words_every_catalogue_host_in_its_order() {
    let ids: Vec<&str> = crate::catalogue::ENDPOINTS.iter().map(|e| e.id).collect();
    let french: Vec<&str> = super::fr_ca::HOST_WHY.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, french);
}

/// The host rows' and the status page's English, word for word as the page drew it before
/// they became messages.
#[test]
fn the_host_rows_and_status_read_as_before() {
    use super::PageText as T;
    use crate::outcome::{Outcome, RowNote};
    use crate::status_page::{Indicator, StatusState as S};
    let cases: &[(T, &str)] = &[
        (T::HostsAnswered { answered: 11, total: 12 }, "11 of 12 Intuit hosts answered"),
        (T::HostsNotYet { total: 12 }, "12 Intuit hosts, tested when the check runs"),
        (T::RowOutcome { outcome: Outcome::Ok, sees_server_errors: true }, "Reachable"),
        (T::RowOutcome { outcome: Outcome::Slow, sees_server_errors: false }, "Answered (errors not visible from a browser)"),
        (T::RowOutcome { outcome: Outcome::NotRun, sees_server_errors: true }, "Not tested"),
        (T::RowHttp(503), "Answered with HTTP 503"),
        (T::RowNote(RowNote::FileLate), "The host answered, but its file did not arrive before the deadline."),
        (T::RowNote(RowNote::Unseen), "A browser can see that this host answered, but not whether the answer was an error page (such as 502)."),
        (T::HostWhy(0), "Intuit account sign-in. If it fails, QuickBooks loops or stops at sign-in."),
        (T::StatusBrief(S::Read { indicator: Indicator::None, incidents: 1, affected: 3 }), "an open incident"),
        (T::StatusBrief(S::Read { indicator: Indicator::None, incidents: 0, affected: 3 }), "components affected"),
        (T::StatusBrief(S::Read { indicator: Indicator::Unknown, incidents: 0, affected: 0 }), "a state not known here"),
        (T::StatusBrief(S::Malformed), "could not be read"),
        (T::StatusHeadline(S::Read { indicator: Indicator::None, incidents: 0, affected: 0 }), "Intuit's status page reports no problems."),
        (T::StatusHeadline(S::Read { indicator: Indicator::Minor, incidents: 1, affected: 2 }), "Intuit's status page reports a minor problem, with 1 open incident and 2 affected components."),
        (T::StatusHeadline(S::HttpError(503)), "Intuit's status page answered with HTTP 503, so its contents could not be read."),
        (T::StatusHeadline(S::TooLarge), "Intuit's status page sent far more than a status summary, so this page stopped reading it. Open it directly."),
    ];
    for (text, words) in cases {
        assert_eq!(English.page(*text), *words, "{text:?}");
    }
    assert_eq!(
        CanadianFrench.page(T::StatusHeadline(S::Read { indicator: Indicator::None, incidents: 2, affected: 1 })),
        "La page d’état d’Intuit ne signale aucun problème général, mais indique 2\u{a0}incidents en cours et 1\u{a0}composant touché."
    );
}

/// Each pack's plural and month names are what the browsers' `Intl` says for its language
/// (`Intl.PluralRules`, `Intl.DateTimeFormat`), as recorded in the file `tests/e2e/intl.test.mjs`
/// holds every engine to: a pack compiled in for the page and the native checker, which has
/// no `Intl`, that drifts from the browsers fails here.
#[test]
fn plurals_and_months_are_intl_s() {
    let intl: serde_json::Value =
        serde_json::from_str(include_str!("../../tests/data/intl-2026-11.json")).unwrap();
    type Plural = fn(usize, &'static str, &'static str) -> &'static str;
    let rules: [(&str, Plural); 2] = [("en", super::en::plural), ("fr-CA", super::fr_ca::plural)];
    let [from, to] = [0, 1].map(|i| intl["counts"][i].as_u64().unwrap() as usize);
    for (tag, plural) in rules {
        let answers = &intl["plural"][tag];
        assert_eq!(answers["otherwise"], serde_json::json!(["other"]), "{tag}");
        let one: Vec<usize> = (from..=to)
            .filter(|n| plural(*n, "one", "other") == "one")
            .collect();
        assert_eq!(serde_json::json!(one), answers["one"], "{tag}");
    }
    for month in 1..=12 {
        let day = crate::calendar::Day::of(2026, month, 1);
        let at = (month - 1) as usize;
        assert_eq!(day.month_words(), intl["month"]["en"][at], "{month}");
        assert_eq!(
            CanadianFrench.month(day),
            intl["month"]["fr-CA"][at],
            "{month}"
        );
    }
}

/// Evidence that reaches every branch of the browser panel: before a run, and after runs
/// whose facts differ, in browsers with and without caveats.
fn panel_cases() -> Vec<crate::evidence::Evidence> {
    use crate::browser::BrowserSignals;
    use crate::environment::{
        BaitFacts, CacheFacts, ContextFacts, CookieFacts, EffectiveType, PageFacts,
    };
    use crate::evidence::Evidence;
    let agents = [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.0.0 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/116.0.0.0",
        "curl/8.0",
    ];
    let mut out = Vec::new();
    for (seed, agent) in agents.iter().enumerate() {
        let browser = Some(BrowserSignals {
            user_agent: (*agent).into(),
            ..BrowserSignals::default()
        });
        out.push(Evidence {
            browser: browser.clone(),
            ..Evidence::default()
        });
        let odd = seed % 2 == 1;
        let sent = 1_795_674_701_000.0;
        out.push(Evidence {
            browser,
            online: [Some(true), Some(false), None][seed % 3],
            started_at_ms: Some(sent),
            page: Some(PageFacts {
                server_time_ms: Some(sent as i64 + [20, 600_000, -7_200_000][seed % 3]),
                sent_at_ms: sent,
                answered_at_ms: sent + 40.0,
                served_build: Some("a".into()),
                running_build: [Some("a".into()), Some("b".into()), None][seed % 3].clone(),
            }),
            cookies: Some(CookieFacts {
                cookie_enabled: Some(!odd),
                cookie_round_trip: Some(!odd),
                local_storage: Some(seed % 3 != 1),
                session_storage: None,
            }),
            cache: Some(CacheFacts {
                navigation_from_cache: [Some(true), Some(false), None][seed % 3],
                service_workers: if odd { None } else { Some(1) },
                cache_storage_entries: None,
                storage_used_bytes: Some([95e6, 5e6][seed % 2]),
                storage_quota_bytes: if seed == 4 { None } else { Some(100e6) },
            }),
            bait: Some(BaitFacts {
                blocked: odd,
                after_ms: 3,
            }),
            context: Some(ContextFacts {
                effective_type: (seed != 5).then(|| EffectiveType::ALL[seed % 4]),
                rtt_ms: Some(50),
                downlink_mbps: Some(1.6),
                save_data: Some(odd),
                secure_context: Some(!odd),
                in_iframe: Some(odd),
            }),
            ..Evidence::default()
        });
    }
    out
}

/// The browser panel in French is the English one in French: the same lines, ids and health,
/// every text whole, in French typography, with no English sentence left. A browser's name
/// and version, and the web's own names for storage, are data.
#[test]
fn the_browser_panel_speaks_french() {
    use crate::browser::Caveat;
    use crate::panel::{lines_in, CANADIAN_FRENCH, ENGLISH};
    tables_agree(&ENGLISH.texts.each(), &CANADIAN_FRENCH.texts.each());
    for caveat in [
        Caveat::HintsContradictName,
        Caveat::WebkitOnIos,
        Caveat::WindowsTenOrEleven,
    ] {
        let (en, fr) = ((ENGLISH.caveat)(caveat), (CANADIAN_FRENCH.caveat)(caveat));
        assert!(en != fr && english_words(fr).is_empty(), "{fr}");
        assert_eq!(french_typography(fr), None);
    }
    let mut caveats = 0;
    for evidence in panel_cases() {
        let english = lines_in(&ENGLISH, &evidence);
        let french = lines_in(&CANADIAN_FRENCH, &evidence);
        assert_eq!(english.len(), french.len());
        caveats += evidence.detection().map_or(0, |d| d.caveats.len());
        for (en, fr) in english.iter().zip(&french) {
            assert_eq!((en.id, en.health), (fr.id, fr.health));
            assert_eq!(en.meaning.is_empty(), fr.meaning.is_empty(), "{}", en.id);
            let value = if fr.id == "browser" {
                ""
            } else {
                fr.value.as_str()
            };
            let text = [fr.label, value, &fr.meaning]
                .into_iter()
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(french_typography(&text), None, "{}", fr.id);
            let words: String = text
                .split(' ')
                .filter(|w| !w.contains("Storage") && !w.contains(".com"))
                .collect::<Vec<_>>()
                .join(" ");
            let found = english_words(&words);
            assert!(found.is_empty(), "{found:?} in {}: {text}", fr.id);
            if !en.meaning.is_empty() {
                assert!(fr.meaning.ends_with('.'), "{}: {}", fr.id, fr.meaning);
            }
        }
        for (fine, all) in [(1, true), (12, true), (1, false), (5, false)] {
            let (en, fr) = (ENGLISH.fine(fine, all), CANADIAN_FRENCH.fine(fine, all));
            assert!(
                english_words(&fr).is_empty() && !english_words(&en).is_empty(),
                "{fr}"
            );
            assert!(!fr.contains('{') && !en.contains('{'), "{fr}");
        }
    }
    assert!(caveats >= 2, "the cases reach the detection's caveats");
}

/// The copied summary and the handout for IT in French: the same lines as in English, every
/// placeholder the English one has, and no English word outside what is data (host names,
/// the help-desk code, and the handout's host lines of ids, which its last line explains).
#[test]
fn the_summary_and_the_handout_speak_french() {
    use crate::diagnose::diagnose;
    use crate::evidence::EndpointEvidence;
    use crate::handout::{self, it_handout_in};
    use crate::outcome::Outcome;
    use crate::outcome::{FetchAnswer, FetchError, ImageAnswer, Observation};
    use crate::status_page::StatusReading;
    use crate::summary::{self, summary_in};
    use crate::watch::Watch;
    tables_agree(&summary::ENGLISH.each(), &summary::CANADIAN_FRENCH.each());
    tables_agree(&handout::ENGLISH.each(), &handout::CANADIAN_FRENCH.each());
    for outcome in Outcome::ALL {
        let fr = (summary::CANADIAN_FRENCH.outcome)(outcome);
        assert!(english_words(fr).is_empty() && fr != outcome.id(), "{fr}");
    }
    // Watches that end in each pattern, one round or several.
    let watch = |picture: &[(Outcome, Outcome)]| {
        let mut w = Watch::new(1_795_651_200_000.0, 10);
        for (i, (control, payments)) in picture.iter().enumerate() {
            let hosts: Vec<(&str, Outcome)> = ENDPOINTS
                .iter()
                .map(|e| {
                    (
                        e.id,
                        if e.group == Group::Payments {
                            *payments
                        } else {
                            *control
                        },
                    )
                })
                .collect();
            w.push_round(i as u32 * 10, *control, &hosts);
        }
        w
    };
    use Outcome::{Ok as O, Slow as S, Unreachable as U};
    let watches = [
        watch(&[(O, O)]),
        watch(&[(O, O), (S, S)]),
        watch(&[(U, U)]),
        watch(&[(O, U), (O, U), (O, O)]),
    ];
    // Data, not words: a host name (a dot inside a word, once its punctuation is off) and the
    // help-desk code.
    let prose = |text: &str| -> String {
        text.split_whitespace()
            .map(|w| w.trim_end_matches(['.', ',', ';', ')']))
            .filter(|w| !w.contains('.') && !w.starts_with("QBC"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    // The panel's cases, and runs whose hosts answered: blocked, answering with errors
    // (Intuit's fault: the handout has nothing to allow), with a ticket and Intuit's status.
    let every = |observation: Observation| -> Vec<EndpointEvidence> {
        ENDPOINTS
            .iter()
            .map(|e| EndpointEvidence {
                id: e.id.into(),
                observation: observation.clone(),
            })
            .collect()
    };
    let refused = Observation {
        fetch: FetchAnswer::Failed {
            after_ms: 3,
            error: FetchError::Network,
        },
        image: None,
        second_image: None,
    };
    let erring = Observation {
        fetch: FetchAnswer::Answered { after_ms: 3 },
        image: Some(ImageAnswer::Failed { after_ms: 4 }),
        second_image: None,
    };
    let mut cases = panel_cases();
    for (i, observation) in [refused, erring].into_iter().enumerate() {
        let mut evidence = crate::evidence::Evidence {
            browser: cases[2 * i].browser.clone(),
            started_at_ms: Some(1_795_674_701_000.0),
            ..Default::default()
        };
        evidence.endpoints = every(observation);
        evidence.control = Some(Observation {
            fetch: FetchAnswer::Answered { after_ms: 2 },
            image: None,
            second_image: None,
        });
        evidence.status = Some(StatusReading::TimedOut);
        evidence.ticket = crate::ticket::Ticket::parse("HD-1234").ok();
        cases.push(evidence);
    }
    let (mut summaries, mut handouts) = (String::new(), String::new());
    for (i, evidence) in cases.iter().enumerate() {
        let findings = diagnose(evidence);
        let w = watches.get(i % 5);
        let english = crate::summary::summary(evidence, w, &findings, "2026-11-30", "QBC2-1");
        let french = summary_in(
            &CanadianFrench,
            &summary::CANADIAN_FRENCH,
            evidence,
            w,
            &findings,
            "2026-11-30",
            "QBC2-1",
        );
        assert_eq!(english.lines().count(), french.lines().count(), "{french}");
        let found = english_words(&prose(&french));
        assert!(found.is_empty(), "{found:?} in {french}");
        assert!(!english_words(&english).is_empty(), "{english}");
        for line in french.lines() {
            assert_eq!(french_typography(line), None);
        }
        summaries.push_str(&french);
        let english = crate::handout::it_handout(evidence, "2026-11-30");
        let french = it_handout_in(
            &CanadianFrench,
            &handout::CANADIAN_FRENCH,
            evidence,
            "2026-11-30",
        );
        assert_eq!(english.lines().count(), french.lines().count(), "{french}");
        // The host lines are ids, which the last line explains.
        for line in french.lines().filter(|l| !l.starts_with("  ")) {
            assert!(english_words(&without_ids(line)).is_empty(), "{line}");
            assert_eq!(french_typography(line), None);
        }
        handouts.push_str(&french);
    }
    // Every kind of line was worded.
    for line in [
        "Problèmes\u{a0}: ",
        "injoignable",
        "a répondu par une erreur",
        "Billet\u{a0}: HD-1234",
        "Les 12 hôtes d’Intuit ont répondu.",
        "Étapes conseillées pour ",
        "tout a répondu à chaque tour",
        "réponses lentes",
        "toute la connexion",
        "des hôtes ont décroché",
    ] {
        assert!(summaries.contains(line), "no summary says {line:?}");
    }
    for line in [
        "rien à autoriser",
        "Veuillez autoriser",
        "Navigateur\u{a0}: ",
    ] {
        assert!(handouts.contains(line), "no handout says {line:?}");
    }
}

/// The triage questions in French: every question and answer, in French, with Québec's
/// typography (no space before « ? »), and quoted error texts as the page quotes them.
#[test]
fn the_triage_questions_speak_french() {
    use crate::triage::{CANADIAN_FRENCH as FR, ENGLISH as EN};
    let french = [
        FR.symptom,
        FR.product,
        FR.private_window,
        FR.other_network,
        FR.other_device,
    ]
    .into_iter()
    .chain(FR.symptoms)
    .chain(FR.products)
    .chain(FR.answers);
    let english = [
        EN.symptom,
        EN.product,
        EN.private_window,
        EN.other_network,
        EN.other_device,
    ]
    .into_iter()
    .chain(EN.symptoms)
    .chain(EN.products)
    .chain(EN.answers);
    for (fr, en) in french.zip(english) {
        assert!(!fr.is_empty() && fr != en, "{en}");
        assert!(english_words(fr).is_empty(), "{fr}");
        assert_eq!(en.ends_with('?'), fr.ends_with('?'), "{fr}");
        assert!(!fr.contains('"'), "{fr}");
        assert_eq!(french_typography(fr), None);
        // "502 Bad Gateway" and "Access Denied" are quoted as the browser shows them.
        for quoted in ["502 Bad Gateway", "Access Denied"] {
            assert_eq!(en.contains(quoted), fr.contains(quoted), "{fr}");
        }
    }
}

/// The history panel in French: each change and sentence, in French typography, with no
/// English word.
#[test]
fn the_history_speaks_french() {
    use crate::diagnose::Cause;
    use crate::history::{Change, CANADIAN_FRENCH as FR, ENGLISH as EN};
    use crate::outcome::Outcome;
    tables_agree(&EN.each(), &FR.each());
    let changes = [
        Change::Verdict {
            before: Cause::ClockSkew,
            after: Cause::AllClear,
            before_title: FindingText::Offline,
            after_title: FindingText::Offline,
        },
        Change::Verdict {
            before: Cause::AllClear,
            after: Cause::NetworkBlock,
            before_title: FindingText::Offline,
            after_title: FindingText::NetworkBlock {
                all_timed_out: true,
                clock_wrong: false,
            },
        },
        Change::Group {
            group: Group::Payments,
            before: Outcome::Unreachable,
            after: Outcome::Ok,
        },
    ];
    let mut texts: Vec<String> = changes
        .iter()
        .map(|c| c.words_in(&CanadianFrench, &FR))
        .collect();
    texts.extend([FR.nothing_changed, FR.first_check, FR.forget].map(String::from));
    texts.push(FR.previous_ticket.replace("{ticket}", "HD-1"));
    texts.extend([FR.keeping(0, 10), FR.keeping(3, 10)]);
    for text in &texts {
        assert!(english_words(text).is_empty(), "{text}");
        assert_eq!(french_typography(text.trim_end()), None);
    }
    assert!(
        texts[2].starts_with("Paiements") && texts[8].contains("10"),
        "{texts:?}"
    );
}

/// The evidence line under each finding in French: every source, the hosts named by their
/// addresses, in French typography and with no English word.
#[test]
fn the_evidence_line_speaks_french() {
    use crate::evidence::{describe_evidence_in, EvidenceRef, CANADIAN_FRENCH, ENGLISH};
    tables_agree(&ENGLISH.each(), &CANADIAN_FRENCH.each());
    let others = [
        EvidenceRef::Control,
        EvidenceRef::StatusPage,
        EvidenceRef::Online,
        EvidenceRef::Browser,
        EvidenceRef::Cookies,
        EvidenceRef::Storage,
        EvidenceRef::Clock,
        EvidenceRef::Build,
        EvidenceRef::Cache,
        EvidenceRef::Bait,
        EvidenceRef::Connection,
        EvidenceRef::Triage,
        EvidenceRef::NativeChecker,
    ];
    let every_host: Vec<EvidenceRef> = ENDPOINTS.iter().map(|e| EvidenceRef::Host(e.id)).collect();
    let one_host = [
        EvidenceRef::Host("payments-connect"),
        EvidenceRef::Host("unknown"),
    ];
    for refs in [&others[..], &every_host, &one_host] {
        let fr = describe_evidence_in(&CANADIAN_FRENCH, refs);
        let words: String = fr
            .split_whitespace()
            .map(|w| w.trim_end_matches(['.', ',']))
            .filter(|w| !w.contains('.'))
            .collect::<Vec<_>>()
            .join(" ");
        assert!(english_words(&words).is_empty(), "{fr}");
        assert_eq!(french_typography(&fr), None);
        assert!(fr.starts_with("D’après"), "{fr}");
    }
    assert!(describe_evidence_in(&CANADIAN_FRENCH, &every_host).contains("les 12 hôtes d’Intuit"));
}

#[test]
fn the_watch_panel_speaks_french() {
    use crate::outcome::Outcome::{NotRun, Ok as O, ServerError, Slow, Timeout, Unreachable};
    use crate::watch::{
        dropping_groups_in, read, Phase, Watch, WatchProblem, CANADIAN_FRENCH as FR, ENGLISH as EN,
    };
    tables_agree(&EN.texts.each(), &FR.texts.each());
    let french = |text: &str| {
        assert!(english_words(text).is_empty(), "« {text} »");
        assert_eq!(french_typography(text), None, "« {text} »");
    };
    for pattern in crate::watch::Pattern::ALL {
        let words = (FR.pattern)(pattern);
        for text in [words.headline, words.explanation]
            .iter()
            .chain(words.steps)
        {
            french(text);
        }
    }
    for outcome in [O, Slow, ServerError, Unreachable, Timeout, NotRun] {
        french((FR.outcome)(outcome));
    }
    // Every kind of round, a gap, drops in two groups, and each count's two forms.
    let mut watch = Watch::new(0.0, 30);
    let rounds: [(u32, _, &[(&str, _)]); 6] = [
        (0, O, &[]),
        (30, Unreachable, &[]),
        (
            400,
            O,
            &[("payments-connect", Timeout), ("accounts", ServerError)],
        ),
        (430, O, &[("qbo", Slow)]),
        (460, O, &[]),
        (900, O, &[]),
    ];
    let mut seen = Vec::new();
    for (n, (at, control, hosts)) in rounds.iter().enumerate() {
        let hosts: Vec<(&str, _)> = ENDPOINTS
            .iter()
            .map(|e| {
                let named = hosts.iter().find(|(id, _)| *id == e.id);
                (e.id, named.map_or(*control, |(_, o)| *o))
            })
            .collect();
        watch.push_round(*at, *control, &hosts);
        if n == 4 {
            let one_late = FR.gap(&read(&watch)).expect("a late round gives a note");
            assert!(one_late.contains("1\u{a0}tour a commencé"), "{one_late}");
            french(&one_late);
        }
        let round = FR.round(&CanadianFrench, &watch, n);
        if !round.is_empty() {
            french(&round);
            seen.push(round);
        }
        for phase in [
            Phase::Shared,
            Phase::Watching,
            Phase::HourPassed,
            Phase::Stopped,
        ] {
            french(&FR.progress(&watch, phase));
        }
    }
    assert_eq!(seen.len(), 3, "{seen:?}");
    watch.earlier_rounds = 1;
    french(&FR.progress(&watch, Phase::Shared));
    watch.earlier_rounds = 40;
    let shared = FR.progress(&watch, Phase::Shared);
    french(&shared);
    assert!(shared.contains("40\u{a0}tours précédents"), "{shared}");
    let reading = read(&watch);
    assert_eq!(reading.late_rounds, 2);
    let two_late = FR.gap(&reading).expect("late rounds give a note");
    assert!(two_late.contains("2\u{a0}tours ont commencé"), "{two_late}");
    french(&two_late);
    assert_eq!(dropping_groups_in(&CanadianFrench, &reading).len(), 2);
    french(&FR.dropped(&CanadianFrench, &reading));
    french(&FR.of_rounds(2, 5));
    for seconds in [10, 45, 60, 120, 600] {
        french(&FR.interval(seconds));
    }
    for problem in WatchProblem::ALL {
        french(FR.problem(problem));
    }
}

#[test]
fn the_lookups_speak_french() {
    use crate::catalogue::error_codes::ERROR_CODES;
    use crate::lookups::{CANADIAN_FRENCH as FR, ENGLISH as EN};
    tables_agree(&EN.texts.each(), &FR.texts.each());
    let french = |text: &str| {
        assert!(english_words(text).is_empty(), "« {text} »");
        assert_eq!(french_typography(text), None, "« {text} »");
    };
    // Each meaning beside its code, in the catalogue's order; the quoted page title is English.
    assert!(FR.meanings.is_some(), "French has its own meanings");
    for (code, fr_code) in ERROR_CODES.iter().zip(crate::lookups::fr_ca::ORDER) {
        assert_eq!(code.code, fr_code);
        let meaning = FR.meaning(code);
        assert_ne!(meaning, code.meaning);
        french(&meaning.replace("Access Denied … Reference #", ""));
        french(&FR.usually(code));
    }
    for cause in crate::diagnose::Cause::ALL {
        french((FR.cause)(cause));
    }
    let mut statuses = Vec::new();
    for status in crate::share::code::STATUS {
        let facts = crate::lookups::tests::every_line(status);
        let lines = FR.code_lines(&CanadianFrench, &facts);
        assert!(lines[0].starts_with("Cause principale"), "{lines:?}");
        assert!(lines[1].starts_with("Navigateur utilisé"), "{lines:?}");
        statuses.push(lines[2].clone());
        for line in &lines {
            // A host's address is a name: its outcome is the French.
            let text = match line.split_once("\u{a0}: ") {
                Some((host, outcome)) if host.contains('.') => outcome,
                _ => line,
            };
            french(text);
        }
    }
    statuses.sort();
    statuses.dedup();
    assert_eq!(
        statuses.len(),
        crate::share::code::STATUS.len(),
        "{statuses:?}"
    );
}

#[test]
fn the_notices_speak_french() {
    use crate::notice::{CANADIAN_FRENCH, CANADIAN_FRENCH_FILES, ENGLISH, ENGLISH_FILES};
    tables_agree(&ENGLISH.each(), &CANADIAN_FRENCH.each());
    tables_agree(&ENGLISH_FILES.each(), &CANADIAN_FRENCH_FILES.each());
    // Worded whole: the reasons fill their sentences.
    use crate::share::{Damage, DecodeError};
    use crate::ticket::TicketError;
    let mut whole: Vec<String> = [
        TicketError::Empty,
        TicketError::TooLong,
        TicketError::Character,
        TicketError::PhoneLike,
    ]
    .into_iter()
    .map(|error| CANADIAN_FRENCH.ticket(error))
    .collect();
    for link in [
        DecodeError::Truncated,
        DecodeError::Malformed(Damage::ExtraData),
    ] {
        whole.push(CANADIAN_FRENCH_FILES.say(
            crate::report_file::ReportFileError::BadLink(link),
            &CANADIAN_FRENCH,
        ));
    }
    for text in whole {
        assert!(english_words(&text).is_empty(), "« {text} »");
        assert_eq!(french_typography(&text), None, "« {text} »");
    }
}

/// The splitter stores a text that two parts hold in a chunk both fetch: the lookups' French
/// (their own part) must share no whole text with the page's French (docs/ARCHITECTURE.md).
#[test]
fn the_lookups_french_shares_no_text_with_the_pages() {
    let mut page: Vec<String> = crate::notice::CANADIAN_FRENCH
        .each()
        .into_iter()
        .chain(crate::notice::CANADIAN_FRENCH_FILES.each())
        .chain(crate::watch::CANADIAN_FRENCH.texts.each())
        .chain(crate::panel::CANADIAN_FRENCH.texts.each())
        .chain(crate::history::CANADIAN_FRENCH.each())
        .chain(crate::handout::CANADIAN_FRENCH.each())
        .chain(crate::evidence::CANADIAN_FRENCH.each())
        .chain(crate::summary::CANADIAN_FRENCH.each())
        .map(|(_, text)| text.to_string())
        .collect();
    // The pack's own words, which the first build of the lookups' part shared.
    page.extend(
        super::PageText::examples()
            .into_iter()
            .map(|text| CanadianFrench.page(text)),
    );
    for (field, text) in crate::lookups::CANADIAN_FRENCH.texts.each() {
        assert!(!page.iter().any(|p| p == text), "{field}: {text}");
    }
}
