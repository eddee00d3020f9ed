//! The steps in Canadian French: the same tasks, browsers, keys and settings addresses as the
//! English steps (`super`), in French.
//!
//! Each browser's label is quoted as its French version shows it, with its source in
//! docs/translations/fr-CA/: Chrome from Chromium's own fr-CA translations (« témoins » for
//! cookies), Firefox from Mozilla's French (« Cookies », as Firefox shows it; Mozilla has no
//! fr-CA), and the Firefox mobile apps from their French files. Where no French label could be
//! confirmed (Edge, Safari, the phones' own settings, Windows), a step describes the place
//! instead of quoting it, as the English steps do where menus differ between versions.

use super::{Line, Profile, Raw, StepWords};
use crate::browser::Os;
use crate::catalogue::tasks::Task;

/// The steps in Canadian French.
pub static CANADIAN_FRENCH: StepWords = StepWords {
    // « Ctrl », « Maj », « Alt » and « Suppr » as Chrome's and Firefox's French write them; a
    // Mac's keys by the symbols printed on them, as Firefox's French for macOS shows them.
    keys: &[
        ("{mod}", "Ctrl", "⌘"),
        ("{alt}", "Alt", "⌥"),
        ("{maj}", "Maj", "⇧"),
        ("{suppr}", "Suppr", "⌫"),
    ],
    general,
    chromium,
    menus,
    browser,
};

/// Brave's, Opera's and Vivaldi's French label for it was not found: the item is described.
const PRIVATE_WINDOW: &str = "l’option de nouvelle fenêtre privée";

/// The menu button, the private window's menu item and the name after « de » of each desktop
/// Chromium browser.
fn menus(profile: Profile) -> [&'static str; 3] {
    match profile {
        // Chromium fr-CA, docs/translations/fr-CA/chrome-edge-safari-labels.md §1.
        Profile::Chrome => [
            "menu ⋮",
            "Nouvelle fenêtre de navigation privée",
            "de Chrome",
        ],
        // Edge's French launcher action (§4).
        Profile::Edge => ["menu …", "Nouvelle fenêtre InPrivate", "d’Edge"],
        Profile::Brave => ["menu ☰", PRIVATE_WINDOW, "de Brave"],
        Profile::Opera => ["menu O", PRIVATE_WINDOW, "d’Opera"],
        Profile::Vivaldi => ["menu V", PRIVATE_WINDOW, "de Vivaldi"],
        _ => ["menu", PRIVATE_WINDOW, "du navigateur"],
    }
}

const ANOTHER_BROWSER: Raw = &[
    ("Ouvrez QuickBooks dans un autre navigateur pris en charge dont vous ne vous servez pas d’habitude : la dernière version de Chrome, d’Edge, de Firefox ou de Safari.", None),
    ("Si QuickBooks y fonctionne, le problème vient des données, des extensions ou des paramètres du premier navigateur, pas de votre réseau.", None),
];

/// Said after a phone browser's "no extensions" step.
const OTHER_BLOCKERS: Line = (
    "D’autres applications ou un VPN peuvent aussi bloquer du contenu; désactivez-les pour tester.",
    None,
);

const REOPEN: &str = "Fermez tous les onglets QuickBooks, rouvrez QuickBooks et connectez-vous.";
const OPEN_FAILING_TAB: &str = "Ouvrez l’onglet QuickBooks qui échoue.";
const RELOAD_NO_CACHE: &str = "Appuyez sur {mod}+{maj}+R pour le recharger sans le cache.";
const SIGN_IN_THERE: &str = "Dans l’onglet privé qui s’ouvre, ouvrez QuickBooks et connectez-vous.";
const TURN_OFF_ONE_BY_ONE: &str = "Désactivez toutes les extensions, puis rechargez QuickBooks. Réactivez-les une à une pour trouver celle qui bloque QuickBooks.";

fn general(task: Task, os: Os) -> Raw {
    match task {
            Task::SyncClock => clock(os),
            Task::CheckConnection => &[
                ("Vérifiez que l’appareil est connecté (Wi-Fi, câble réseau ou données cellulaires) et que d’autres sites Web s’ouvrent.", None),
                ("Si rien ne s’ouvre, redémarrez le routeur ou le modem, puis relancez cette vérification.", None),
            ],
            Task::CheckStatusPage => &[
                ("Ouvrez la page d’état d’Intuit (lien ci-dessus) pour consulter l’incident et l’avancement des travaux.", None),
                ("Attendez qu’Intuit indique que l’incident est résolu, puis relancez cette vérification. Modifier vos paramètres ne réglera pas une panne chez Intuit.", None),
            ],
            Task::TurnOffVpn => &[
                ("Désactivez tout VPN, tout serveur mandataire et toute fonction de filtrage Web d’un antivirus ou de votre fournisseur Internet (dans son application ou dans les paramètres réseau du système).", None),
                ("Rechargez QuickBooks. Le réseau de périphérie d’Intuit peut refuser les connexions venant de certaines adresses de VPN et de serveurs mandataires, ce qui produit une page « Access Denied ».", None),
            ],
            Task::TryAnotherNetwork => &[
                ("Connectez cet appareil à un autre réseau, par exemple le point d’accès d’un téléphone, puis essayez de nouveau d’ouvrir QuickBooks.", None),
                ("Si QuickBooks y fonctionne, le problème vient du premier réseau (son pare-feu, son filtre DNS ou son fournisseur) : envoyez la liste pour le service informatique ci-dessous à la personne qui gère ce réseau.", None),
            ],
            Task::AllowIntuitHosts => &[
                ("Copiez la liste pour le service informatique ci-dessous : elle énumère les hôtes d’Intuit dont QuickBooks a besoin et ceux qui ont échoué ici.", None),
                ("Dans le pare-feu, le serveur mandataire, le filtre DNS ou la protection Web de l’antivirus, autorisez le HTTPS (port 443) vers ces hôtes, ou vers *.intuit.com et *.intuitcdn.net.", None),
                ("Si le serveur mandataire ou l’antivirus inspecte le HTTPS, désactivez cette inspection pour ces hôtes, puis relancez cette vérification.", None),
            ],
            Task::ResetDesktopAppCache => &[
                ("Dans l’application de bureau QuickBooks en ligne, déconnectez-vous, puis quittez complètement l’application.", None),
                ("Rouvrez-la et connectez-vous. Si le problème persiste, cherchez dans son menu d’aide une option qui réinitialise les données de l’application (le nom de cette option varie selon la version), ou réinstallez-la depuis le site d’Intuit.", None),
            ],
            Task::QbdUpdate => &[
                ("Dans QuickBooks Desktop, ouvrez le menu d’aide, choisissez la mise à jour de QuickBooks Desktop, puis lancez la mise à jour immédiate.", None),
                ("Fermez et rouvrez QuickBooks pour que la mise à jour s’installe.", None),
            ],
            Task::QbdToolHubRepair => &[
                ("Téléchargez le QuickBooks Tool Hub depuis le site d’aide d’Intuit (quickbooks.intuit.com/learn-support) et installez-le.", None),
                ("Dans le Tool Hub, choisissez la section des problèmes de programme (« Program Problems »), puis la réparation rapide de votre programme, et redémarrez l’ordinateur.", None),
            ],
            Task::QbdEnableTls12 => &[
                ("Ouvrez les Options Internet : appuyez sur Win+R, tapez la commande ci-dessous et appuyez sur Entrée.", Some("inetcpl.cpl")),
                ("Dans l’onglet des paramètres avancés, section de la sécurité, cochez la case de TLS 1.2, puis cliquez sur OK et redémarrez QuickBooks.", None),
            ],
            Task::QbdFirewallExceptions => &[
                ("Dans la Sécurité Windows, section du pare-feu et de la protection du réseau, choisissez d’autoriser une application via le pare-feu, et autorisez QuickBooks et son serveur de base de données.", None),
                ("Dans votre antivirus, ajoutez le dossier d’installation de QuickBooks aux exceptions. Le site d’aide d’Intuit indique les fichiers et les ports exacts pour votre version.", None),
            ],
            _ => &[],
        }
}

fn chromium(task: Task, profile: Profile) -> Raw {
    let chrome = profile == Profile::Chrome;
    match task {
        Task::PrivateWindow => &[
            ("Dans {name}, appuyez sur {mod}+{maj}+N (ou {menu} ▸ {private}).", None),
            ("Ouvrez QuickBooks dans cette fenêtre et connectez-vous. Si QuickBooks y fonctionne, les données enregistrées de ce navigateur ou une extension sont en cause.", None),
        ],
        Task::ClearIntuitData => &[
            ("Copiez l’adresse ci-dessous, collez-la dans la barre d’adresse {of_name} et appuyez sur Entrée.", Some("{site_data}")),
            ("Cherchez « intuit », puis supprimez les données de chaque site intuit.com et intuitcdn.net affiché.", None),
            (REOPEN, None),
        ],
        Task::HardReload => &[(OPEN_FAILING_TAB, None), (RELOAD_NO_CACHE, None)],
        Task::ClearAllData if chrome => &[
            ("Appuyez sur {mod}+{maj}+{suppr}, ou copiez l’adresse ci-dessous, collez-la dans la barre d’adresse {of_name} et appuyez sur Entrée.", Some("{clear_data}")),
            ("Dans la liste « Intervalle de temps », choisissez « Toutes les périodes », cochez « Témoins et autres données relatives aux sites » et « Images et fichiers dans la mémoire cache », puis cliquez sur « Supprimer les données ».", None),
        ],
        Task::ClearAllData => &[
            ("Appuyez sur {mod}+{maj}+{suppr}, ou copiez l’adresse ci-dessous, collez-la dans la barre d’adresse {of_name} et appuyez sur Entrée.", Some("{clear_data}")),
            ("Choisissez la période la plus longue, cochez les témoins (« cookies ») et autres données de sites ainsi que les images et fichiers en cache, puis supprimez-les.", None),
        ],
        Task::DisableExtensions => &[
            ("Copiez l’adresse ci-dessous, collez-la dans la barre d’adresse {of_name} et appuyez sur Entrée.", Some("{extensions}")),
            ("Désactivez toutes les extensions (les bloqueurs de publicité et les extensions de confidentialité et de sécurité d’abord), puis rechargez QuickBooks. Réactivez-les une à une pour trouver celle qui bloque QuickBooks.", None),
        ],
        Task::UpdateBrowser if chrome => &[
            ("Copiez l’adresse ci-dessous, collez-la dans la barre d’adresse {of_name} et appuyez sur Entrée : la page vérifie les mises à jour.", Some("{about}")),
            ("Quand la mise à jour est prête, cliquez sur « Redémarrer ». Redémarrez complètement {name} s’il le demande.", None),
        ],
        Task::UpdateBrowser => &[
            ("Copiez l’adresse ci-dessous, collez-la dans la barre d’adresse {of_name} et appuyez sur Entrée : la page vérifie les mises à jour.", Some("{about}")),
            ("Quand la mise à jour est prête, cliquez sur le bouton de redémarrage. Redémarrez complètement {name} s’il le demande.", None),
        ],
        Task::AllowCookies if chrome => &[
            ("Copiez l’adresse ci-dessous, collez-la dans la barre d’adresse {of_name} et appuyez sur Entrée.", Some("{cookies}")),
            ("Ajoutez [*.]intuit.com à la liste « Sites autorisés à utiliser des témoins tiers » avec le bouton « Ajouter ». Si QuickBooks ne vous garde toujours pas connecté, vérifiez dans les paramètres des sites que l’option « Les sites peuvent enregistrer des données sur votre appareil » est choisie.", None),
        ],
        Task::AllowCookies if profile != Profile::Edge => &[
            ("Copiez l’adresse ci-dessous, collez-la dans la barre d’adresse {of_name} et appuyez sur Entrée.", Some("{cookies}")),
            ("Ajoutez [*.]intuit.com aux sites autorisés à utiliser des témoins tiers. Si QuickBooks ne vous garde toujours pas connecté, vérifiez dans les paramètres des sites que les sites peuvent enregistrer des données sur votre appareil.", None),
        ],
        Task::AllowCookies => &[
            ("Copiez l’adresse ci-dessous, collez-la dans la barre d’adresse {of_name} et appuyez sur Entrée.", Some("{cookies}")),
            ("Vérifiez que les sites peuvent enregistrer des données, et ajoutez [*.]intuit.com aux sites toujours autorisés à utiliser des témoins (« cookies »).", None),
        ],
        _ => ANOTHER_BROWSER,
    }
}

fn clock(os: Os) -> Raw {
    match os {
        Os::Windows => &[
            ("Ouvrez les paramètres de date et d’heure : appuyez sur Win+R, tapez l’adresse ci-dessous et appuyez sur Entrée.", Some("ms-settings:dateandtime")),
            ("Activez le réglage automatique de l’heure et celui du fuseau horaire, puis cliquez sur le bouton de synchronisation.", None),
        ],
        Os::Macos => &[
            ("Ouvrez le menu Pomme ▸ Réglages système ▸ Général, puis la section de la date et de l’heure.", None),
            ("Activez le réglage automatique de la date et de l’heure, et vérifiez le fuseau horaire.", None),
        ],
        Os::Linux => &[
            ("Dans les paramètres du système, section de la date et de l’heure, activez la date et l’heure automatiques, ou exécutez la commande ci-dessous dans un terminal.", Some("timedatectl set-ntp true")),
            ("Vérifiez le fuseau horaire, puis relancez cette vérification.", None),
        ],
        Os::Chromeos => &[
            ("Ouvrez les paramètres du Chromebook, section de la date et de l’heure, et vérifiez le fuseau horaire.", None),
            ("Redémarrez le Chromebook pendant qu’il est connecté à Internet : il réglera son horloge automatiquement.", None),
        ],
        Os::Android => &[
            ("Ouvrez les paramètres du téléphone, section de la date et de l’heure (l’endroit exact varie selon le téléphone).", None),
            ("Activez le réglage automatique de l’heure et celui du fuseau horaire.", None),
        ],
        Os::Ios => &[
            ("Ouvrez Réglages ▸ Général, puis la section de la date et de l’heure.", None),
            ("Activez le réglage automatique.", None),
        ],
        Os::Unknown => &[("Réglez la date, l’heure et le fuseau horaire de cet appareil pour qu’ils se mettent à jour automatiquement par Internet.", None)],
    }
}

/// Browsers whose menus share nothing with another's.
fn browser(task: Task, profile: Profile, os: Os) -> Raw {
    let ios = os == Os::Ios;
    if task == Task::TryAnotherBrowser {
        return match profile {
            _ if ios => &[
                ("Sur un iPhone ou un iPad, tous les navigateurs reposent sur le moteur de Safari : essayer un autre navigateur n’apprend donc pas grand-chose. Essayez plutôt QuickBooks dans un onglet privé de Safari, puis sur un ordinateur.", None),
                ("Si QuickBooks fonctionne sur un ordinateur connecté au même réseau, le problème vient de cet appareil.", None),
            ],
            _ => ANOTHER_BROWSER,
        };
    }
    match (profile, task) {
        // Firefox: Mozilla's French (docs/translations/fr-CA/firefox-labels.md).
        (Profile::Firefox, Task::PrivateWindow) => &[
            ("Appuyez sur {mod}+{maj}+P (ou menu ☰ ▸ Nouvelle fenêtre privée).", None),
            ("Dans cette fenêtre, ouvrez QuickBooks et connectez-vous. Si QuickBooks y fonctionne, le problème vient des données enregistrées ou d’une extension : passez aux étapes suivantes.", None),
        ],
        (Profile::Firefox, Task::ClearIntuitData) => &[
            ("Copiez l’adresse ci-dessous, collez-la dans la barre d’adresse de Firefox et appuyez sur Entrée. Dans la section « Cookies et données de sites », cliquez sur « Gérer les données de navigation » (« Gérer les données… » dans les versions plus anciennes).", Some("about:preferences#privacy")),
            ("Cherchez « intuit », cliquez sur « Supprimer les sites affichés », puis sur « Enregistrer les changements », et confirmez avec « Supprimer ».", None),
            (REOPEN, None),
        ],
        (Profile::Firefox, Task::HardReload) => &[(OPEN_FAILING_TAB, None), (RELOAD_NO_CACHE, None)],
        (Profile::Firefox, Task::ClearAllData) => &[
            ("Appuyez sur {mod}+{maj}+{suppr}.", None),
            ("Choisissez l’intervalle « tout », cochez « Cookies et données de sites » et « Fichiers et pages mis en cache temporairement », puis cliquez sur « Effacer ».", None),
        ],
        (Profile::Firefox, Task::DisableExtensions) => &[
            ("Appuyez sur {mod}+{maj}+A, ou copiez l’adresse ci-dessous, collez-la dans la barre d’adresse de Firefox et appuyez sur Entrée.", Some("about:addons")),
            (TURN_OFF_ONE_BY_ONE, None),
        ],
        (Profile::Firefox, Task::UpdateBrowser) => &[
            ("Ouvrez le menu ☰, puis le sous-menu Aide, et choisissez « À propos de Firefox » : la fenêtre vérifie les mises à jour.", None),
            ("Cliquez sur « Redémarrer pour mettre à jour Firefox ». Sous Linux, Firefox se met parfois à jour plutôt avec les mises à jour du système.", None),
        ],
        (Profile::Firefox, Task::AllowCookies) => &[
            ("Copiez l’adresse ci-dessous, collez-la dans la barre d’adresse de Firefox et appuyez sur Entrée.", Some("about:preferences#privacy")),
            ("Dans la section « Cookies et données de sites », cliquez sur « Gérer les exceptions », tapez https://intuit.com dans le champ « Adresse du site web », cliquez sur « Autoriser », puis sur « Enregistrer les modifications ». Si la « Protection renforcée contre le pistage » est « Stricte », essayez « Standard ».", None),
        ],
        // Safari: Apple's French labels could not be confirmed here; the places are described.
        (Profile::SafariMac, Task::PrivateWindow) => &[
            ("Appuyez sur {mod}+{maj}+N (ou, dans le menu Fichier, l’option de nouvelle fenêtre privée).", None),
            ("Dans cette fenêtre, ouvrez QuickBooks et connectez-vous. Si QuickBooks y fonctionne, le problème vient des données enregistrées ou d’une extension : passez aux étapes suivantes.", None),
        ],
        (Profile::SafariMac, Task::ClearIntuitData) => &[
            ("Ouvrez les réglages de Safari (menu Safari), section de la confidentialité, puis la gestion des données de sites Web.", None),
            ("Cherchez « intuit », sélectionnez chaque résultat et supprimez-le.", None),
            (REOPEN, None),
        ],
        (Profile::SafariMac, Task::HardReload) => &[
            ("Si ce n’est pas déjà fait, affichez le menu de développement : dans les réglages de Safari, section des réglages avancés, cochez l’option des fonctionnalités pour les développeurs Web.", None),
            ("Appuyez sur {alt}+{mod}+E (vider les caches), puis sur {mod}+R pour recharger QuickBooks.", None),
        ],
        (Profile::SafariMac, Task::ClearAllData) => &[
            ("Dans le menu Safari, choisissez d’effacer l’historique.", None),
            ("Choisissez tout l’historique et confirmez. Les témoins et les fichiers en cache sont aussi supprimés.", None),
        ],
        (Profile::SafariMac, Task::DisableExtensions) => &[
            ("Ouvrez les réglages de Safari (menu Safari), section des extensions.", None),
            ("Décochez toutes les extensions (les bloqueurs de contenu d’abord), puis rechargez QuickBooks.", None),
        ],
        (Profile::SafariMac, Task::UpdateBrowser) => &[
            ("Safari se met à jour avec macOS : ouvrez le menu Pomme ▸ Réglages système ▸ Général, puis la section de mise à jour des logiciels.", None),
            ("Installez les mises à jour proposées et redémarrez le Mac.", None),
        ],
        (Profile::SafariMac, Task::AllowCookies) => &[
            ("Ouvrez les réglages de Safari (menu Safari), section de la confidentialité.", None),
            ("Décochez l’option qui bloque tous les témoins (« cookies »).", None),
        ],
        (Profile::SafariIos, Task::PrivateWindow) => &[
            ("Dans Safari, touchez le bouton des onglets, puis le groupe d’onglets privés.", None),
            (SIGN_IN_THERE, None),
        ],
        (Profile::SafariIos, Task::ClearIntuitData) => &[
            ("Dans Réglages, ouvrez la liste des apps, puis Safari ▸ Avancé, et enfin la liste des données de sites Web (sur iOS 17 ou une version antérieure : Réglages ▸ Safari ▸ Avancé).", None),
            ("Cherchez « intuit » et balayez chaque résultat vers la gauche pour le supprimer.", None),
        ],
        (Profile::SafariIos, Task::HardReload) => &[
            ("Fermez l’onglet QuickBooks.", None),
            ("Effacez les données de sites Web d’intuit.com (tâche précédente), puis ouvrez QuickBooks dans un nouvel onglet.", None),
        ],
        (Profile::SafariIos, Task::ClearAllData) => &[
            ("Ouvrez Réglages, la liste des apps, puis Safari.", None),
            ("Touchez le bouton qui efface l’historique et les données de sites.", None),
        ],
        (Profile::SafariIos, Task::DisableExtensions) => &[
            ("Ouvrez Réglages, la liste des apps, puis Safari ▸ Extensions.", None),
            ("Désactivez toutes les extensions et tous les bloqueurs de contenu, puis rechargez QuickBooks.", None),
        ],
        (Profile::SafariIos, Task::UpdateBrowser) => &[
            ("Safari se met à jour avec iOS : ouvrez Réglages ▸ Général, puis la mise à jour logicielle.", None),
            ("Installez la mise à jour proposée.", None),
        ],
        (Profile::SafariIos, Task::AllowCookies) => &[
            ("Ouvrez Réglages, la liste des apps, puis Safari.", None),
            ("Désactivez l’option qui bloque tous les témoins (« cookies »).", None),
        ],
        // Chrome for iPhone and Android: Chromium's fr-CA (chrome-edge-safari-labels.md §2, §3).
        (Profile::ChromeIos, Task::PrivateWindow) => &[
            ("Dans Chrome, touchez ⋯ ▸ Nouvel onglet de navigation privée.", None),
            (SIGN_IN_THERE, None),
        ],
        (Profile::ChromeIos, Task::ClearIntuitData) => &[
            ("Chrome sur iPhone et iPad ne permet pas toujours d’effacer les données d’un seul site : touchez ⋯ ▸ Supprimer les données de navigation.", None),
            ("Cochez « Témoins, données de sites » et « Images et fichiers dans la mémoire cache », puis touchez « Supprimer les données ».", None),
        ],
        (Profile::ChromeIos, Task::HardReload) => &[
            ("Tirez la page QuickBooks vers le bas pour la recharger.", None),
            ("Si le problème persiste, effacez les données de navigation (tâche précédente).", None),
        ],
        (Profile::ChromeIos, Task::ClearAllData) => &[
            ("Touchez ⋯ ▸ Supprimer les données de navigation.", None),
            ("Choisissez « Toutes les périodes », cochez les témoins et le cache, puis touchez « Supprimer les données ».", None),
        ],
        (Profile::ChromeIos, Task::DisableExtensions) => &[("Chrome sur iPhone et iPad n’a pas d’extensions; passez cette étape.", None), OTHER_BLOCKERS],
        (Profile::ChromeIos | Profile::FirefoxIos | Profile::EdgeMobile, Task::UpdateBrowser) if ios => &[
            ("Ouvrez l’App Store, touchez votre photo de profil et mettez le navigateur à jour.", None),
            ("Mettez aussi iOS à jour : Réglages ▸ Général, puis la mise à jour logicielle.", None),
        ],
        (Profile::ChromeIos, Task::AllowCookies) => &[
            ("Ouvrez Réglages, la liste des apps, puis Chrome (Chrome sur iPhone et iPad suit aussi les réglages d’iOS).", None),
            ("Vérifiez que rien n’y bloque les témoins ni le suivi entre sites pour les sites que vous utilisez.", None),
        ],
        (Profile::FirefoxIos, Task::PrivateWindow) => &[
            ("Dans Firefox, touchez le bouton des onglets, puis « Privés ».", None),
            (SIGN_IN_THERE, None),
        ],
        (Profile::FirefoxIos, Task::ClearIntuitData) => &[
            ("Touchez ☰ ▸ Paramètres ▸ Gestion des données ▸ Données des sites.", None),
            ("Cherchez « intuit » et supprimez les éléments affichés.", None),
        ],
        (Profile::FirefoxIos, Task::HardReload) => &[
            ("Tirez la page QuickBooks vers le bas pour la recharger.", None),
            ("Si le problème persiste, effacez les données de sites d’intuit.com (tâche précédente).", None),
        ],
        (Profile::FirefoxIos, Task::ClearAllData) => &[
            ("Touchez ☰ ▸ Paramètres ▸ Gestion des données.", None),
            ("Touchez « Effacer mes traces ».", None),
        ],
        (Profile::FirefoxIos, Task::DisableExtensions) => &[("Firefox sur iPhone et iPad n’a pas d’extensions; passez cette étape.", None), OTHER_BLOCKERS],
        (Profile::FirefoxIos, Task::AllowCookies) => &[
            ("Sur la page QuickBooks, touchez le bouclier (ou le cadenas) dans la barre d’adresse.", None),
            ("Désactivez la protection renforcée contre le pistage pour ce site, puis rechargez la page.", None),
        ],
        (Profile::ChromeAndroid, Task::PrivateWindow) => &[
            ("Dans Chrome, touchez ⋮ ▸ Nouvel onglet de navigation privée.", None),
            (SIGN_IN_THERE, None),
        ],
        (Profile::ChromeAndroid, Task::ClearIntuitData) => &[
            ("Touchez ⋮ ▸ Paramètres ▸ Paramètres des sites ▸ Tous les sites.", None),
            ("Cherchez « intuit », ouvrez chaque résultat et touchez « Supprimer » (ou « Supprimer et réinitialiser »).", None),
        ],
        (Profile::ChromeAndroid, Task::HardReload) => &[
            ("Touchez ⋮ ▸ Actualiser (la flèche circulaire).", None),
            ("Si le problème persiste, effacez les données d’intuit.com (tâche précédente).", None),
        ],
        (Profile::ChromeAndroid, Task::ClearAllData) => &[
            ("Touchez ⋮ ▸ Supp. données de navigation.", None),
            ("Choisissez « Toutes les périodes », cochez « Témoins et données des sites » et « Images et fichiers dans la mémoire cache », puis touchez « Supprimer les données ».", None),
        ],
        (Profile::ChromeAndroid, Task::DisableExtensions) => &[("Chrome pour Android n’a pas d’extensions; passez cette étape.", None), OTHER_BLOCKERS],
        (Profile::ChromeAndroid | Profile::FirefoxAndroid | Profile::SamsungInternet | Profile::EdgeMobile, Task::UpdateBrowser) => &[
            ("Ouvrez le Play Store, trouvez ce navigateur et touchez le bouton de mise à jour.", None),
            ("Installez aussi les mises à jour du système, dans la section système des paramètres du téléphone.", None),
        ],
        (Profile::ChromeAndroid, Task::AllowCookies) => &[
            ("Touchez ⋮ ▸ Paramètres ▸ Paramètres des sites ▸ Témoins tiers (ou Témoins).", None),
            ("Choisissez « Autoriser les témoins tiers », ou touchez « Ajouter une exception pour le site » et ajoutez intuit.com.", None),
        ],
        (Profile::FirefoxAndroid, Task::PrivateWindow) => &[
            ("Dans Firefox, touchez le bouton des onglets, puis l’icône en forme de masque (navigation privée).", None),
            (SIGN_IN_THERE, None),
        ],
        (Profile::FirefoxAndroid, Task::ClearIntuitData) => &[
            ("Ouvrez QuickBooks, touchez le cadenas dans la barre d’adresse, puis « Effacer les cookies et les données de sites ».", None),
            ("Si ce choix n’est pas offert, passez par ⋮ ▸ Paramètres ▸ Supprimer les données de navigation.", None),
        ],
        (Profile::FirefoxAndroid, Task::HardReload) => &[
            ("Touchez ⋮ ▸ Actualiser.", None),
            ("Si le problème persiste, effacez les données d’intuit.com (tâche précédente).", None),
        ],
        (Profile::FirefoxAndroid, Task::ClearAllData) => &[
            ("Touchez ⋮ ▸ Paramètres ▸ Supprimer les données de navigation.", None),
            ("Cochez « Cookies et données de sites » et « Images et fichiers mis en cache », puis touchez « Supprimer les données de navigation ».", None),
        ],
        (Profile::FirefoxAndroid, Task::DisableExtensions) => &[
            ("Touchez ⋮ ▸ Extensions ▸ Gérer les extensions.", None),
            ("Désactivez toutes les extensions, puis rechargez QuickBooks.", None),
        ],
        (Profile::FirefoxAndroid, Task::AllowCookies) => &[
            ("Touchez ⋮ ▸ Paramètres ▸ Protection renforcée contre le pistage.", None),
            ("Choisissez « Standard (par défaut) », ou désactivez la protection pour QuickBooks avec l’icône du bouclier.", None),
        ],
        // Samsung Internet and Edge on phones: no French label confirmed; places described.
        (Profile::SamsungInternet, Task::PrivateWindow) => &[
            ("Touchez le bouton des onglets, puis activez le mode secret.", None),
            (SIGN_IN_THERE, None),
        ],
        (Profile::SamsungInternet, Task::ClearIntuitData) => &[
            ("Touchez ☰, ouvrez les paramètres, la section des sites et téléchargements, puis la gestion des données de sites Web (les noms varient un peu selon la version).", None),
            ("Trouvez les entrées d’intuit.com et supprimez-les.", None),
        ],
        (Profile::SamsungInternet, Task::HardReload) => &[
            ("Touchez le bouton d’actualisation.", None),
            ("Si le problème persiste, effacez les données d’intuit.com (tâche précédente).", None),
        ],
        (Profile::SamsungInternet, Task::ClearAllData) => &[
            ("Touchez ☰, ouvrez les paramètres, la section des données de navigation personnelles, puis la suppression des données de navigation (les noms varient un peu selon la version).", None),
            ("Cochez les témoins et le cache, puis touchez le bouton de suppression.", None),
        ],
        (Profile::SamsungInternet, Task::DisableExtensions) => &[
            ("Touchez ☰, puis les modules complémentaires (les bloqueurs de publicité s’y trouvent).", None),
            ("Désactivez tous les modules, puis rechargez QuickBooks.", None),
        ],
        (Profile::SamsungInternet, Task::AllowCookies) => &[
            ("Touchez ☰, ouvrez les paramètres, puis la section de la confidentialité (les noms varient un peu selon la version).", None),
            ("Autorisez les témoins.", None),
        ],
        (Profile::EdgeMobile, Task::PrivateWindow) => &[
            ("Dans Edge, touchez le bouton des onglets, puis InPrivate.", None),
            (SIGN_IN_THERE, None),
        ],
        (Profile::EdgeMobile, Task::ClearIntuitData) => &[
            ("Touchez le bouton … (trois points), ouvrez les paramètres, la section de la confidentialité et de la sécurité, puis l’effacement des données de navigation (Edge sur téléphone ne permet pas toujours d’effacer les données d’un seul site).", None),
            ("Cochez les témoins et les fichiers en cache, puis touchez le bouton d’effacement.", None),
        ],
        (Profile::EdgeMobile, Task::HardReload) => &[
            ("Tirez la page vers le bas ou touchez le bouton d’actualisation.", None),
            ("Si le problème persiste, effacez les données de navigation (tâche précédente).", None),
        ],
        (Profile::EdgeMobile, Task::ClearAllData) => &[
            ("Touchez le bouton … (trois points), ouvrez les paramètres, la section de la confidentialité et de la sécurité, puis l’effacement des données de navigation.", None),
            ("Choisissez la période la plus longue, cochez les témoins et le cache, puis touchez le bouton d’effacement.", None),
        ],
        (Profile::EdgeMobile, Task::DisableExtensions) => &[("Edge sur téléphone a peu d’extensions, ou aucune : désactivez celles que vous avez ajoutées, ou passez cette étape.", None), OTHER_BLOCKERS],
        (Profile::EdgeMobile, Task::AllowCookies) => &[
            ("Touchez le bouton … (trois points), ouvrez les paramètres, la section de la confidentialité et de la sécurité, puis celle des témoins.", None),
            ("Autorisez les témoins.", None),
        ],
        _ => &[],
    }
}
