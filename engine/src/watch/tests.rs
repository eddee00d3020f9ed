//! The pattern rules on synthetic series, and the `?watch` parameter.

use super::*;
use crate::catalogue::ENDPOINTS;
use crate::message::English;
use Outcome::{Ok as O, ServerError as E, Slow as S, Timeout as T, Unreachable as U};

/// A watch from a compact picture: each round is (control, the outcome of the hosts named, or
/// of every host when the list is empty, and `O` for the rest).
fn series(rounds: &[(Outcome, Outcome, &[&str])]) -> Watch {
    let mut w = Watch::new(1_795_651_200_000.0, 10);
    for (i, (control, hosts_outcome, named)) in rounds.iter().enumerate() {
        let hosts: Vec<(&str, Outcome)> = ENDPOINTS
            .iter()
            .map(|e| {
                let hit = named.is_empty() || named.contains(&e.id);
                (e.id, if hit { *hosts_outcome } else { O })
            })
            .collect();
        w.push_round(i as u32 * 10, *control, &hosts);
    }
    w
}

/// (name, rounds, pattern, failed rounds, hosts named as dropping).
type Case<'a> = (
    &'a str,
    Vec<RoundPicture<'a>>,
    Pattern,
    usize,
    &'a [&'a str],
);
type RoundPicture<'a> = (Outcome, Outcome, &'a [&'a str]);

#[test]
fn patterns_from_synthetic_series() {
    let all_ok = (O, O, &[][..]);
    let offline = (U, U, &[][..]);
    let offline_timeouts = (T, T, &[][..]);
    let payments_down = (O, U, &["payments-connect"][..]);
    let sign_in_502 = (O, E, &["accounts", "sign-in-ui"][..]);
    let slow = (O, S, &["qbo"][..]);
    let cases: &[Case] = &[
        ("nothing failed", vec![all_ok; 6], Pattern::Steady, 0, &[]),
        ("one round", vec![all_ok], Pattern::Steady, 0, &[]),
        (
            "everything and the control drop together",
            vec![all_ok, offline, all_ok, offline_timeouts, all_ok],
            Pattern::ConnectionDrops,
            2,
            &[],
        ),
        (
            "one host drops alone",
            vec![all_ok, payments_down, all_ok, payments_down],
            Pattern::HostDrops,
            2,
            &["payments-connect"],
        ),
        (
            "a group answers 502 at times",
            vec![sign_in_502, all_ok, sign_in_502],
            Pattern::HostDrops,
            2,
            &["accounts", "sign-in-ui"],
        ),
        (
            "slow answers, no failure",
            vec![all_ok, slow, slow, all_ok],
            Pattern::SlowPeriods,
            0,
            &[],
        ),
        (
            "a drop outranks slowness",
            vec![slow, offline, all_ok],
            Pattern::ConnectionDrops,
            1,
            &[],
        ),
        (
            "more host rounds than connection rounds",
            vec![payments_down, payments_down, offline],
            Pattern::HostDrops,
            3,
            &["payments-connect"],
        ),
        (
            "a tie goes to the connection",
            vec![payments_down, offline],
            Pattern::ConnectionDrops,
            2,
            &["payments-connect"],
        ),
    ];
    for (name, rounds, pattern, failed_rounds, dropping) in cases {
        let reading = read(&series(rounds));
        assert_eq!(reading.pattern, *pattern, "{name}");
        assert_eq!(reading.failed_rounds, *failed_rounds, "{name}");
        assert_eq!(reading.dropping, *dropping, "{name}");
    }
}

#[test]
fn failed_rounds_count_unreachable_timeout_and_server_errors_only() {
    let w = series(&[
        (O, U, &["qbo"]),
        (O, T, &["qbo"]),
        (O, E, &["qbo"]),
        (O, S, &["qbo"]),
        (O, Outcome::NotRun, &["qbo"]),
    ]);
    assert_eq!(w.failed_rounds("qbo"), 3);
    assert_eq!(w.failed_rounds("accounts"), 0);
    assert_eq!(w.failed_rounds("not-a-host"), 0);
}

#[test]
fn a_group_shows_its_worst_host() {
    let w = series(&[(O, U, &["accounts"]), (O, S, &["accounts"]), (O, O, &[])]);
    assert_eq!(w.group_outcome(Group::SignIn, 0), U);
    assert_eq!(w.group_outcome(Group::SignIn, 1), S);
    assert_eq!(w.group_outcome(Group::SignIn, 2), O);
    assert_eq!(w.group_outcome(Group::Payments, 0), O);
    assert_eq!(w.group_outcome(Group::Payments, 9), Outcome::NotRun);
    // One sign-in host not tested while the other answered: the group is not known to be fine.
    let w = series(&[(O, Outcome::NotRun, &["accounts"])]);
    assert_eq!(w.group_outcome(Group::SignIn, 0), Outcome::NotRun);
}

#[test]
fn late_rounds_are_counted_not_hidden() {
    let mut w = Watch::new(0.0, 30);
    for at in [0, 30, 61, 300, 330] {
        w.push_round(at, O, &[]);
    }
    let reading = read(&w);
    assert_eq!(reading.late_rounds, 1, "only the 239 s wait is a gap");
    assert!(ENGLISH
        .gap(&reading)
        .unwrap()
        .starts_with("1 round started late"));
    assert_eq!(ENGLISH.gap(&read(&series(&[(O, O, &[])]))), None);
    assert!(!w.late(0) && !w.late(2) && w.late(3));
}

#[test]
fn a_watch_stops_growing_after_an_hour_of_rounds() {
    let mut w = Watch::new(0.0, 10);
    for i in 0..(MAX_ROUNDS as u32 + 50) {
        w.push_round(i * 10, O, &[]);
    }
    assert_eq!(w.rounds(), MAX_ROUNDS);
    assert!(w.lanes.iter().all(|l| l.outcomes.len() == MAX_ROUNDS));
}

#[test]
fn dropping_hosts_are_named_by_group() {
    let reading = read(&series(&[(O, U, &["payments-connect", "accounts"])]));
    assert_eq!(
        dropping_groups_in(&English, &reading),
        vec![
            "Sign-in (1 of 2 hosts)",
            "Payments and invoice links (1 of 1 host)"
        ]
    );
}

#[test]
fn the_watch_parameter() {
    let cases: &[(Option<&str>, u32, bool)] = &[
        (None, 30, false),
        (Some(""), 30, false),
        (Some("10"), 10, false),
        (Some("600"), 600, false),
        (Some(" 45 "), 45, false),
        (Some("9"), 10, true),
        (Some("0"), 10, true),
        (Some("601"), 600, true),
        (Some("999999999"), 600, true),
        (Some("99999999999999999999"), 30, true),
        (Some("-5"), 30, true),
        (Some("1e3"), 30, true),
        (Some("abc"), 30, true),
        (Some("３０"), 30, true),
    ];
    for (value, seconds, problem) in cases {
        let choice = interval_from_query(*value);
        assert_eq!(choice.seconds, *seconds, "{value:?}");
        assert_eq!(choice.problem.is_some(), *problem, "{value:?}");
        // The message never repeats the address's text: its only numbers are the page's own.
        if let Some(message) = choice.problem.map(|p| ENGLISH.problem(p)) {
            let numbers: Vec<&str> = message
                .split(|c: char| !c.is_ascii_digit())
                .filter(|n| !n.is_empty())
                .collect();
            assert!(
                numbers.iter().all(|n| ["10", "30", "600"].contains(n)),
                "{value:?}: {message}"
            );
        }
    }
}

#[test]
fn every_pattern_has_words_and_at_most_three_steps() {
    for p in Pattern::ALL {
        assert!(!p.headline().is_empty() && !p.explanation().is_empty());
        assert!((1..=3).contains(&p.next_steps().len()), "{}", p.id());
    }
}

#[test]
fn the_summary_and_report_say_what_the_rounds_saw() {
    let w = series(&[
        (O, O, &[]),
        (O, U, &["payments-connect"]),
        (O, U, &["payments-connect"]),
    ]);
    assert_eq!(
        summary_line(&w),
        "Watched every 10 s for 3 rounds: some hosts dropped while the rest answered, in 2 rounds: Payments and invoice links (1 of 1 host)."
    );
    let r = report(&w);
    assert_eq!(
        (
            r.reading.pattern,
            r.rounds,
            r.reading.failed_rounds,
            r.control_failed_rounds
        ),
        (Pattern::HostDrops, 3, 2, 0)
    );
    // The JSON report flattens the reading: `pattern`, the counts and `dropping` at the top.
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["pattern"], "host-drops");
    assert_eq!(json["failed_rounds"], 2);
    assert_eq!(json["dropping"][0], "payments-connect");
    let payments = r.hosts.iter().find(|h| h.id == "payments-connect").unwrap();
    assert_eq!(payments.failed_rounds, 2);
    assert!(r
        .hosts
        .iter()
        .filter(|h| h.id != "payments-connect")
        .all(|h| h.failed_rounds == 0));
    let offline = series(&[(U, U, &[])]);
    assert_eq!(
        summary_line(&offline),
        "Watched every 10 s for 1 round: the whole connection dropped in 1 round (this device or its network)."
    );
}

#[test]
fn a_round_in_words() {
    let w = series(&[
        (O, O, &[]),
        (U, U, &[]),
        (O, U, &["payments-connect"]),
        (O, S, &["qbo"]),
    ]);
    assert_eq!(ENGLISH.round(&English, &w, 0), "");
    assert_eq!(
        ENGLISH.round(&English, &w, 1),
        "Your connection: Unreachable (everything failed)"
    );
    assert_eq!(
        ENGLISH.round(&English, &w, 2),
        "Payments and invoice links: Unreachable"
    );
    assert_eq!(ENGLISH.round(&English, &w, 3), "QuickBooks app: Slow");
}

#[test]
fn the_panel_says_where_the_watch_stands() {
    let mut w = series(&[(O, O, &[])]);
    assert_eq!(
        ENGLISH.progress(&w, Phase::Stopped),
        "Stopped after 1 round."
    );
    w = series(&[(O, O, &[]), (O, O, &[]), (O, O, &[])]);
    assert_eq!(
        ENGLISH.progress(&w, Phase::Watching),
        "Watching every 10 seconds: 3 rounds so far. Keep this tab open; the watch ends by itself after an hour."
    );
    assert_eq!(
        ENGLISH.progress(&w, Phase::HourPassed),
        "The watch ended after an hour: 3 rounds. It is saved in this device's history."
    );
    assert_eq!(
        ENGLISH.progress(&w, Phase::Shared),
        "Watched every 10 seconds, 3 rounds."
    );
    w.earlier_rounds = 1;
    assert_eq!(
        ENGLISH.progress(&w, Phase::Shared),
        "Watched every 10 seconds, 3 rounds (the last 3; 1 earlier round did not fit in the link)."
    );
    let intervals: Vec<String> = [10, 45, 60, 120, 90].map(|s| ENGLISH.interval(s)).into();
    assert_eq!(
        intervals,
        [
            "10 seconds",
            "45 seconds",
            "1 minute",
            "2 minutes",
            "90 seconds"
        ]
    );
    assert_eq!(ENGLISH.of_rounds(2, 5), "2 of 5");
    let reading = read(&series(&[(O, U, &["payments-connect"])]));
    assert_eq!(
        ENGLISH.dropped(&English, &reading),
        "Dropped: Payments and invoice links (1 of 1 host)."
    );
}
