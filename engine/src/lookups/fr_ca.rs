//! The lookups in Canadian French. The meanings follow the catalogue's order
//! (`catalogue::error_codes::ERROR_CODES`), each beside its code (`meanings!`).

use super::{LookupTexts, LookupWords};
use crate::catalogue::error_codes::ERROR_CODE_COUNT;
use crate::diagnose::Cause;

pub static CANADIAN_FRENCH: LookupWords = LookupWords {
    texts: LookupTexts {
        error_title: "Que veut dire un code d’erreur?",
        error_label:
            "Code ou message affiché par QuickBooks (par exemple 502, 12007 ou « Access Denied »)",
        usually: "Causes les plus fréquentes : {causes}.",
        unknown:
            "Cette page ne connaît pas ce code et n’en devinera pas le sens. Cherchez-le dans ",
        support: "l’aide officielle de QuickBooks",
        code_name: "{code} : ",
        source: "Source : ",
        code_title: "Vous avez un code pour le soutien technique?",
        code_label: "Collez ou saisissez un code comme QBC2-…",
        read_code: "Lire le code",
        top_cause: "Cause principale : {cause} ({confidence}).",
        browser: "Navigateur utilisé : {browser}.",
        status_not_read: "Page d’état d’Intuit : non lue.",
        status: "Page d’état d’Intuit : {state}.",
        status_none: "aucun problème signalé",
        status_maintenance: "maintenance planifiée signalée",
        status_minor: "problème mineur signalé",
        status_major: "panne majeure signalée",
        status_critical: "panne critique signalée",
        status_unknown: "état non reconnu signalé",
        host_outcome: "{host} : {outcome}",
        clock_wrong: "L’horloge de l’appareil était mal réglée.",
        cookies_blocked: "Les témoins étaient bloqués.",
        stale_page: "La page venait d’une vieille copie en cache.",
        blocker_seen: "Un bloqueur de contenu était actif.",
        code_empty: "Collez ou saisissez d’abord un code.",
        code_not_ours: "Ce n’est pas un code de qbo-check\u{a0}: ces codes commencent par QBC.",
        code_newer: "Ce code a été créé par une version plus récente de qbo-check. Rechargez la page pour obtenir la dernière version.",
        code_short: "Ce code est incomplet. Vérifiez qu’il n’y manque aucun caractère.",
        code_long: "Ce code est trop long. Vérifiez chaque caractère.",
        code_letter: "Ce code contient une lettre que les codes de qbo-check n’utilisent jamais. Vérifiez chaque caractère.",
        code_check: "Un des caractères de ce code est erroné; vérifiez-les un par un.",
        code_not_real: "Ce code ne correspond à aucun résultat réel. Vérifiez chaque caractère.",
    },
    meanings: Some(&MEANINGS),
    cause,
};

/// Declares the meanings in the catalogue's order, each beside its code, and the codes as a
/// list only the tests compile ([`ORDER`]): the codes' names as data here would be shared with
/// the catalogue's, which the splitter would make a chunk of their own (docs/ARCHITECTURE.md,
/// "Languages and regions").
macro_rules! meanings {
    ($($code:literal => $meaning:literal,)*) => {
        static MEANINGS: [&str; ERROR_CODE_COUNT] = [$($meaning),*];

        /// The codes [`MEANINGS`] follow, for the test that holds them to the catalogue's order.
        #[cfg(test)]
        pub(crate) const ORDER: [&str; ERROR_CODE_COUNT] = [$($code),*];
    };
}

meanings! {
    "502" => "Un serveur intermédiaire (une passerelle ou un serveur mandataire) n’a pas reçu de réponse valide du serveur derrière lui. Le plus souvent du côté d’Intuit; un serveur mandataire qui filtre ou un logiciel de sécurité de votre côté peut aussi le causer.",
    "503" => "Le serveur est surchargé ou en maintenance. Presque toujours du côté d’Intuit : consultez la page d’état et attendez.",
    "504" => "Une passerelle ou un serveur mandataire a attendu trop longtemps le serveur derrière lui. Le problème vient d’Intuit, ou d’un réseau lent ou filtrant de votre côté.",
    "500" => "Le serveur a rencontré une erreur en traitant la requête. Du côté d’Intuit; de vieux témoins la déclenchent parfois.",
    "403" => "Le serveur a refusé la requête. Sur les sites d’Intuit, une page « Access Denied … Reference # » vient du réseau de périphérie d’Intuit, qui refuse cette connexion, souvent à cause d’un VPN, d’un serveur mandataire ou de témoins mal formés.",
    "access denied" => "Le réseau de périphérie d’Intuit (Akamai) a refusé cette connexion : en général l’adresse d’un VPN ou d’un serveur mandataire, une région inhabituelle ou des témoins d’intuit.com mal formés.",
    "429" => "Le serveur limite la fréquence des requêtes de cette connexion. Attendez quelques minutes; l’adresse partagée d’un bureau ou d’un VPN peut atteindre la limite plus tôt.",
    "12002" => "La requête a expiré : le réseau est lent ou quelque chose coupe la connexion.",
    "12007" => "Le nom du serveur n’a pas pu être résolu : le DNS a échoué ou un filtre DNS bloque les hôtes d’Intuit.",
    "12029" => "La connexion au serveur a échoué : un pare-feu, un serveur mandataire ou un antivirus la bloque, ou le réseau est coupé.",
    "12030" => "La connexion a été interrompue trop tôt, souvent par un pare-feu, un serveur mandataire ou un logiciel de sécurité.",
    "12031" => "La connexion a été réinitialisée, souvent par un pare-feu, un serveur mandataire ou un logiciel de sécurité qui inspecte le HTTPS.",
    "12037" => "Le certificat du serveur semble expiré ou pas encore valide, ce qui arrive quand l’horloge de l’appareil est mal réglée.",
    "12038" => "Le nom du certificat ne correspond pas au serveur : un serveur mandataire ou un logiciel de sécurité intercepte le HTTPS.",
    "12045" => "Le certificat vient d’une autorité non fiable : le HTTPS est intercepté par un serveur mandataire ou un antivirus, ou des certificats racines manquent.",
    "12157" => "La connexion sécurisée n’a pas pu être établie : TLS 1.2 est désactivé dans Windows, ou quelque chose perturbe le HTTPS.",
}

fn cause(cause: Cause) -> &'static str {
    match cause {
        Cause::Offline => "aucune connexion Internet",
        Cause::NetworkBlock => "un réseau qui bloque Intuit",
        Cause::IntuitOutage => "un problème du côté d’Intuit",
        Cause::PartialBlock => "un pare-feu, un serveur mandataire, un VPN ou un filtre",
        Cause::ClockSkew => "une horloge d’appareil mal réglée",
        Cause::BrowserUnsupported => "un navigateur non pris en charge",
        Cause::BrowserOutdated => "un navigateur ou un système pas à jour",
        Cause::CookiesBlocked => "des témoins bloqués",
        Cause::ExtensionInterference => "une extension ou un logiciel de sécurité",
        Cause::StaleCache => "de vieux témoins ou fichiers en cache",
        Cause::SlowNetwork => "une connexion lente",
        Cause::CannotTest => "quelque chose que cette page ne peut pas tester",
        Cause::AllClear => "rien d’anormal",
        Cause::RetiredTestFile => "un fichier de test de cette page qu’Intuit a déplacé",
        Cause::TlsInspection => {
            "un serveur mandataire ou un antivirus qui inspecte les connexions sécurisées"
        }
    }
}
