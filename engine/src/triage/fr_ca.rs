//! The triage questions in Canadian French: the same questions and answers as in English
//! (`super::ENGLISH`), in the same order. Québec's typography: no space before « ? ».

use super::TriageWords;

/// The triage questions in Canadian French.
pub static CANADIAN_FRENCH: TriageWords = TriageWords {
    symptom: "Que voyez-vous?",
    product: "Dans quel produit?",
    private_window: "QuickBooks fonctionne-t-il dans une fenêtre privée?",
    other_network: "Fonctionne-t-il sur un autre réseau (comme le point d’accès d’un téléphone)?",
    other_device: "Fonctionne-t-il sur un autre appareil connecté au même réseau?",
    symptoms: [
        "« 502 Bad Gateway » ou une erreur dans les paiements",
        "La connexion tourne en boucle",
        "« Access Denied »",
        "Une page blanche",
        "Très lent",
        "Autre chose",
    ],
    products: [
        "QuickBooks en ligne dans un navigateur",
        "L’application de bureau QuickBooks en ligne",
        "QuickBooks Desktop (installé sous Windows)",
    ],
    answers: [
        "Oui, ça y fonctionne",
        "Non, ça n’y fonctionne pas non plus",
        "Je n’ai pas essayé",
    ],
};
