//! The summary in Canadian French: the same lines as the English summary (`super::ENGLISH`),
//! with the French pack's words for what the page shows. Host names, the help-desk code and
//! the ticket tag are data.

use super::SummaryWords;
use crate::outcome::Outcome;

/// The summary in Canadian French.
pub static CANADIAN_FRENCH: SummaryWords = SummaryWords {
    verdict:
        "Vérification de QuickBooks en ligne{when} : {title} ({confidence}; en cause : {fault}).",
    unfinished: "Vérification de QuickBooks en ligne{when} : pas terminée.",
    when: " ({date})",
    ticket: "Billet : {ticket}",
    all_answered: "Les {n} hôtes d’Intuit ont répondu.",
    problems: "Problèmes : {hosts}.",
    browser: "Navigateur : {browser}.",
    suggested: "Étapes conseillées pour {browser} : {steps}.",
    the_browser: "le navigateur",
    code: "Code pour le soutien technique : {code}",
    watched_one: "Surveillé toutes les {s} s pendant {n} tour : {what}.",
    watched_other: "Surveillé toutes les {s} s pendant {n} tours : {what}.",
    steady: "tout a répondu à chaque tour",
    slow_one: "aucune coupure, des réponses lentes pendant {n} tour",
    slow_other: "aucune coupure, des réponses lentes pendant {n} tours",
    connection_one: "toute la connexion a été coupée pendant {n} tour (cet appareil ou son réseau)",
    connection_other:
        "toute la connexion a été coupée pendant {n} tours (cet appareil ou son réseau)",
    hosts_one:
        "des hôtes ont décroché pendant que les autres répondaient, pendant {n} tour : {groups}",
    hosts_other:
        "des hôtes ont décroché pendant que les autres répondaient, pendant {n} tours : {groups}",
    outcome,
    plural: crate::message::french_plural,
};

pub(crate) fn outcome(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Ok => "joignable",
        Outcome::Slow => "lent",
        Outcome::ServerError => "a répondu par une erreur",
        Outcome::Unreachable => "injoignable",
        Outcome::Timeout => "sans réponse",
        Outcome::NotRun => "non testé",
    }
}
