use super::*;
use crate::share::code::CodeError;
use crate::share::Damage;
use crate::ticket::TicketError;

/// Every id a notice words, once each kind.
fn every_notice() -> Vec<Notice> {
    let links = [
        DecodeError::Empty,
        DecodeError::NotOurs,
        DecodeError::FutureVersion(9),
        DecodeError::TooLong,
        DecodeError::Truncated,
        DecodeError::Malformed(Damage::Characters),
        DecodeError::Malformed(Damage::TicketTag),
        DecodeError::OlderFormat,
    ];
    let mut notices: Vec<Notice> = links.into_iter().map(Notice::Link).collect();
    notices.extend([
        Notice::TicketLeftOut,
        Notice::PartMissing,
        Notice::ProbesMissing,
        Notice::HandoverBug,
    ]);
    notices
}

fn every_file_error() -> [ReportFileError; 7] {
    [
        ReportFileError::TooLarge,
        ReportFileError::NotJson,
        ReportFileError::NotOurs,
        ReportFileError::Newer,
        ReportFileError::NoLink,
        ReportFileError::BadLink(DecodeError::NotOurs),
        ReportFileError::BadLink(DecodeError::Malformed(Damage::NumberRange)),
    ]
}

const TICKET_ERRORS: [TicketError; 4] = [
    TicketError::Empty,
    TicketError::TooLong,
    TicketError::Character,
    TicketError::PhoneLike,
];

/// A sentence a person can act on: whole, and never a template.
fn whole(text: &str) {
    assert!(text.ends_with('.'), "{text}");
    assert!(!text.contains('{'), "{text}");
}

#[test]
fn every_notice_is_a_whole_sentence_in_both_languages() {
    for table in [&ENGLISH, &CANADIAN_FRENCH] {
        for notice in every_notice() {
            whole(table.say(notice));
        }
        for error in TICKET_ERRORS {
            whole(&table.ticket(error));
        }
    }
    for (files, notices) in [
        (&ENGLISH_FILES, &ENGLISH),
        (&CANADIAN_FRENCH_FILES, &CANADIAN_FRENCH),
    ] {
        for error in every_file_error() {
            whole(&files.say(error, notices));
        }
    }
}

/// Each reason has its own sentence: a damaged link and a link from a newer version ask for
/// different things.
#[test]
fn different_reasons_are_worded_differently() {
    for table in [&ENGLISH, &CANADIAN_FRENCH] {
        let mut said: Vec<&str> = every_notice().into_iter().map(|n| table.say(n)).collect();
        said.sort();
        said.dedup();
        // Any damage is one sentence; an older link that could not be read is a part that did
        // not load.
        assert_eq!(said.len(), every_notice().len() - 2, "{said:#?}");
        let mut tickets: Vec<String> = TICKET_ERRORS.iter().map(|e| table.ticket(*e)).collect();
        tickets.sort();
        tickets.dedup();
        assert_eq!(tickets.len(), TICKET_ERRORS.len());
    }
}

/// What the page's end-to-end tests and help desks read in English stays as it was.
#[test]
fn the_english_keeps_the_words_people_search_for() {
    let link = |e| ENGLISH.link(e);
    assert!(link(DecodeError::Malformed(Damage::WatchRound)).contains("damaged"));
    assert!(link(DecodeError::FutureVersion(3)).contains("newer version"));
    assert!(link(DecodeError::TooLong).contains("longer than any"));
    assert!(link(DecodeError::Truncated).contains("cut short"));
    assert!(ENGLISH
        .say(Notice::TicketLeftOut)
        .contains("ticket tag is not one qbo-check writes"));
    assert!(ENGLISH
        .ticket(TicketError::Empty)
        .starts_with("The ticket tag in this address was not used, because it is empty."));
    let file = |e| ENGLISH_FILES.say(e, &ENGLISH);
    assert!(file(ReportFileError::BadLink(DecodeError::Malformed(
        Damage::TicketTag
    )))
    .contains("damaged"));
    assert!(file(ReportFileError::TooLarge).contains("larger than 1 MB"));
    assert_eq!(
        file(ReportFileError::BadLink(DecodeError::Malformed(Damage::ExtraData))),
        "This report's result could not be read. This report link is damaged. Ask for the link again."
    );
}

/// The lookups word a code's refusals (`crate::lookups`): each its own sentence.
#[test]
fn every_code_refusal_has_its_own_sentence() {
    for table in [&crate::lookups::ENGLISH, &crate::lookups::CANADIAN_FRENCH] {
        let mut said: Vec<&str> = CodeError::ALL.iter().map(|e| table.refusal(*e)).collect();
        for text in &said {
            whole(text);
        }
        said.sort();
        said.dedup();
        assert_eq!(said.len(), CodeError::ALL.len());
    }
}
