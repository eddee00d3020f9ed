//! The history panel in Canadian French: the same sentences as in English (`super::ENGLISH`),
//! with the French pack's words for the findings, the parts of QuickBooks and the outcomes.

use super::HistoryWords;

/// The history panel in Canadian French.
pub static CANADIAN_FRENCH: HistoryWords = HistoryWords {
    fixed: "La dernière fois : {before}. Maintenant : tout va bien. Fermez les onglets de QuickBooks, rouvrez QuickBooks et connectez-vous.",
    group: "{group} : {before} → {after}",
    changed: "La dernière fois : {before}. Maintenant : {after}.",
    previous_ticket: "Votre dernière vérification sur cet appareil portait sur le billet {ticket}.",
    nothing_changed: "Rien n’a changé depuis votre dernière vérification sur cet appareil.",
    first_check: "Aucune vérification antérieure n’est enregistrée sur cet appareil.",
    not_kept: "Aucun historique n’est conservé : le stockage de ce navigateur est indisponible ou vient d’être effacé. ",
    kept: "Jusqu’à {n} résultats sont conservés dans ce navigateur seulement (son stockage local), sans jamais être envoyés ailleurs. ",
    forget: "Oublier mon historique",
};
