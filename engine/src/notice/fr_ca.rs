//! The notices in Canadian French, with the words of the French pack (`crate::message`):
//! « billet », « soutien technique », « bogue », « fenêtre privée ».

use super::{FileTexts, NoticeTexts};

pub static CANADIAN_FRENCH: NoticeTexts = NoticeTexts {
    link_empty: "Le rapport partagé est vide.",
    link_not_ours: "Ce n’est pas un lien vers un rapport de qbo-check.",
    link_newer: "Ce rapport a été créé par une version plus récente de qbo-check. Rechargez la page pour obtenir la dernière version.",
    link_too_long: "Ce lien vers un rapport est beaucoup plus long que tous ceux que crée qbo-check; il n’a donc pas été ouvert.",
    link_cut: "Ce lien vers un rapport est incomplet. Demandez de nouveau le lien en entier (il a peut-être été réparti sur plusieurs lignes).",
    link_damaged: "Ce lien vers un rapport est endommagé. Demandez de nouveau le lien.",
    ticket_left_out: "Le numéro de billet de ce lien n’est pas de ceux qu’écrit qbo-check; il n’est donc pas affiché. Demandez de nouveau le lien à votre soutien technique.",
    part_missing: "Ce rapport partagé n’a pas pu être ouvert\u{a0}: une partie de cette page ne s’est pas chargée. Vérifiez la connexion, puis rechargez la page.",
    probes_missing: "La vérification n’a pas pu démarrer\u{a0}: une partie de cette page ne s’est pas chargée. Vérifiez la connexion, puis relancez la vérification ou rechargez la page.",
    handover_bug: "Les étapes n’ont pas pu être affichées à cause d’un bogue de qbo-check. Rechargez la page pour réessayer.",
    ticket: "Le numéro de billet de cette adresse n’a pas été utilisé, car {why}. Un numéro de billet compte de 1 à 24 lettres, chiffres ou tirets, par exemple HD\u{2011}1234. Demandez de nouveau le lien à votre soutien technique.",
    ticket_empty: "il est vide",
    ticket_too_long: "il dépasse 24 caractères",
    ticket_character: "il contient un caractère autre qu’une lettre, un chiffre ou un tiret",
    ticket_phone: "il pourrait être pris pour un numéro de téléphone",
    // The address without its scheme, as the pack writes Intuit's help: the French tests ask
    // a space before every colon, a URL's included.
    crash: "qbo-check s’est arrêté à cause d’un bogue. Vos données QuickBooks ne sont pas touchées. Rechargez la page pour réessayer. En attendant, voici les premières choses à essayer, qui règlent le plus souvent le problème\u{a0}: ouvrez QuickBooks dans une fenêtre privée; effacez les données d’intuit.com dans ce navigateur; consultez status.quickbooks.intuit.com pour savoir s’il y a une panne.",
    technical_detail: "Détail technique\u{a0}: ",
};

pub static CANADIAN_FRENCH_FILES: FileTexts = FileTexts {
    too_large: "Ce fichier dépasse 1\u{a0}Mo, bien plus que n’importe quel rapport de qbo-check; il n’a donc pas été ouvert.",
    not_json: "Ce fichier n’est pas un rapport JSON complet\u{a0}: il est peut-être tronqué ou d’un autre type. Téléchargez de nouveau le rapport.",
    not_ours: "Ce fichier n’est pas un rapport de qbo-check. Ouvrez le fichier obtenu avec «\u{a0}Télécharger le rapport (JSON)\u{a0}», ou la sortie --json du vérificateur en ligne de commande.",
    newer: "Ce rapport a été créé par une version plus récente de qbo-check. Rechargez la page pour obtenir la dernière version, puis ouvrez-le de nouveau.",
    no_link: "Ce rapport a été enregistré par une ancienne version de qbo-check, qui n’enregistrait pas le lien du résultat dans le fichier; cette page ne peut donc pas l’ouvrir. Demandez le lien du rapport, ou un nouveau rapport.",
    bad_link: "Le résultat de ce rapport n’a pas pu être lu. {why}",
};
