//! Watch mode's panel in Canadian French: the same texts as [`super::ENGLISH`], with the
//! pattern's words from the French pack (its native checker says them too).

use super::words::{WatchTexts, WatchWords};
use super::Pattern;
use crate::message::{CanadianFrench, CheckerPack, PatternWords};
use crate::outcome::Outcome;

pub static CANADIAN_FRENCH: WatchWords = WatchWords {
    texts: WatchTexts {
        intro: "Si QuickBooks se déconnecte sans cesse ou échoue de temps en temps, laissez cette page tester les hôtes d’Intuit encore et encore, et montrer quand chacun a décroché. Chaque tour fait les mêmes requêtes qu’une vérification; la page d’état d’Intuit est lue au plus toutes les 5 minutes.",
        interval: "Intervalle entre les tours : ",
        seconds: "{n} secondes",
        minute_one: "{n} minute",
        minute_other: "{n} minutes",
        start: "Surveiller en continu",
        again: "Surveiller de nouveau",
        stop: "Arrêter la surveillance",
        watched_one: "Surveillance toutes les {s} secondes, {n} tour{earlier}.",
        watched_other: "Surveillance toutes les {s} secondes, {n} tours{earlier}.",
        earlier_one: " (les {n} derniers; {e} tour précédent n’a pas pu être inclus dans le lien)",
        earlier_other: " (les {n} derniers; {e} tours précédents n’ont pas pu être inclus dans le lien)",
        watching_one: "Surveillance toutes les {s} secondes : {n} tour jusqu’ici. Gardez cet onglet ouvert; la surveillance s’arrête d’elle-même après une heure.",
        watching_other: "Surveillance toutes les {s} secondes : {n} tours jusqu’ici. Gardez cet onglet ouvert; la surveillance s’arrête d’elle-même après une heure.",
        hour_passed: "La surveillance s’est arrêtée après une heure : {n} tours. Elle est enregistrée dans l’historique de cet appareil.",
        stopped_one: "Surveillance arrêtée après {n} tour.",
        stopped_other: "Surveillance arrêtée après {n} tours.",
        dropped: "Parties qui ont décroché : {groups}.",
        late_one: "{n} tour a commencé en retard : le navigateur ralentit les minuteries d’un onglet en arrière-plan, et un ordinateur en veille n’en exécute aucune. On ne sait rien de ce qui s’est passé entre-temps.",
        late_other: "{n} tours ont commencé en retard : le navigateur ralentit les minuteries d’un onglet en arrière-plan, et un ordinateur en veille n’en exécute aucune. On ne sait rien de ce qui s’est passé entre-temps.",
        status_during: "Pendant la surveillance : {status}",
        hosts_caption: "Tours en échec, par hôte (injoignable, sans réponse ou réponse par une erreur)",
        host: "Hôte",
        failed_column: "Tours en échec",
        slow_column: "Tours lents",
        of_rounds: "{n} sur {rounds}",
        control_row: "Le site de cette page (votre réseau)",
        no_problem: "Aucun tour n’a eu d’échec ni de réponse lente.",
        rounds_caption: "Tours avec un problème, du plus récent au plus ancien (heure de cet appareil)",
        time: "Heure",
        what: "Ce qui a échoué ou a été lent",
        late_mark: " (en retard)",
        connection_failed: "Votre réseau : {outcome} (tout a échoué)",
        group_outcome: "{group} : {outcome}",
        lane_connection: "Votre réseau (le site de cette page)",
        legend_ok: "a répondu",
        legend_slow: "lent (plus de 3 s)",
        legend_failed: "a échoué",
        legend_minutes: "minutes depuis le début de la surveillance",
        not_a_number: "L’intervalle de surveillance de cette adresse n’est pas un nombre de secondes de 10 à 600; la page surveille donc toutes les 30 secondes.",
        too_short: "L’intervalle de surveillance de cette adresse est plus court que le minimum de 10 secondes; la page surveille donc toutes les 10 secondes.",
        too_long: "L’intervalle de surveillance de cette adresse est plus long que le maximum de 600 secondes; la page surveille donc toutes les 600 secondes.",
        part_missing: "La surveillance n’a pas pu démarrer : une partie de cette page ne s’est pas chargée. Vérifiez la connexion, puis réessayez.",
    },
    pattern,
    outcome: round_outcome,
    plural: crate::message::french_plural,
};

/// What a part of QuickBooks did in a round, after its name (« Paiements et liens de
/// factures : réponse lente »). Nouns rather than the summary's adjectives, which describe
/// a host (« lent ») and would have to agree with each part's name, feminine or plural.
fn round_outcome(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Ok => "réponse normale",
        Outcome::Slow => "réponse lente",
        Outcome::ServerError => "erreur du serveur",
        Outcome::Unreachable => "hors d’atteinte",
        Outcome::Timeout => "sans réponse",
        Outcome::NotRun => "aucun test",
    }
}

fn pattern(pattern: Pattern) -> PatternWords {
    CanadianFrench.pattern(pattern)
}
