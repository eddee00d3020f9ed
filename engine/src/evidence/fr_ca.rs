//! The evidence line in Canadian French: the same list as in English (`super::ENGLISH`). A
//! host is named by its address, in every language.

use super::EvidenceWords;

/// The evidence line in Canadian French.
pub static CANADIAN_FRENCH: EvidenceWords = EvidenceWords {
    based_on: "D’après : {list}.",
    all_hosts: "les {n} hôtes d’Intuit",
    an_intuit_host: "un hôte d’Intuit",
    control: "le serveur de cette page",
    status_page: "la page d’état d’Intuit",
    online: "l’indicateur de connexion du navigateur",
    browser: "la description que le navigateur donne de lui-même",
    cookies: "un témoin de test",
    storage: "un test du stockage des sites",
    clock: "l’horloge de cet appareil comparée au serveur de cette page",
    build: "la version de cette page comparée à celle de son serveur",
    cache: "les caches de cette page",
    bait: "un fichier de test que les bloqueurs arrêtent",
    connection: "l’estimation de connexion du navigateur",
    triage: "vos réponses",
    native_checker: "la vérification TLS de l’outil en ligne de commande",
};
