//! The handout in Canadian French: the same lines as the English handout (`super::ENGLISH`).
//! The hosts, the groups and the outcomes stay as ids (`unreachable`, `server-error`), which
//! the last line explains, so an admin can search logs and this page's documents for them.

use super::HandoutWords;

/// The handout in Canadian French.
pub static CANADIAN_FRENCH: HandoutWords = HandoutWords {
    title: "Vérification de la connexion à QuickBooks en ligne (qbo-check)",
    checked_at: "Date et heure de la vérification : {time}",
    date: "Date : {date}",
    browser: "Navigateur : {browser}",
    outage: "La vérification indique un problème du côté d’Intuit; il n’y a donc rien à autoriser sur ce réseau. À titre indicatif, voici les hôtes dont QuickBooks a besoin et ce qui s’est passé ici :",
    allow: "Veuillez autoriser le trafic HTTPS (TCP 443) de cet ordinateur vers ces hôtes, sans inspection HTTPS :",
    not_tested: "non testé",
    simpler: "Ou, plus simplement : *.intuit.com et *.intuitcdn.net. Intuit ne publie aucune liste officielle; ces hôtes ont été relevés dans des sources publiques.",
    outcomes: "Résultats : ok = a répondu; unreachable = DNS, refus, réinitialisation, TLS ou blocage (un navigateur ne peut pas dire lequel); slow = a répondu après plus de 3 s; timeout = aucune réponse en 8 s; server-error = a répondu par une page d’erreur; not-run = non testé.",
};
