//! Canadian French (`fr-CA`), for QuickBooks en ligne in Québec and the rest of Canada.
//!
//! Wording follows the Office québécois de la langue française: « témoins » for cookies (as
//! Chrome's fr-CA translation says), « serveur mandataire » for a proxy, « pare-feu », and a
//! non-breaking space before a colon and inside « ». Labels of the browsers' own menus live in
//! docs/translations/fr-CA/, each with its source.

use super::{
    BrowserName, Checker, CheckerPack, FindingText as F, OutageWord, Pack, PageText, PatternWords,
};
use crate::browser::{Family, Os, OsDetail};
use crate::calendar::Day;
use crate::catalogue::endpoints::Group;
use crate::catalogue::tasks::Task;
use crate::diagnose::{Confidence, Fault};
use crate::outcome::{Outcome, RowNote};
use crate::status_page::{Indicator, StatusState};
use crate::watch::Pattern;

pub struct CanadianFrench;

const CLOCK_NOTE: &str = " L’horloge de cet appareil est aussi mal réglée, ce qui suffit à faire échouer les connexions sécurisées : réglez d’abord l’horloge.";

fn clock(wrong: bool) -> &'static str {
    if wrong {
        CLOCK_NOTE
    } else {
        ""
    }
}

/// French plural: CLDR's rule for `fr` puts 0 and 1 in the singular, as `Intl.PluralRules`
/// does in every engine (`message::tests::plurals_and_months_are_intl_s`).
pub(crate) fn plural(n: usize, one: &'static str, other: &'static str) -> &'static str {
    if n <= 1 {
        one
    } else {
        other
    }
}

/// The catalogue's reason for a browser's support (`catalogue::browsers`, `why`), in French.
pub(crate) fn why(family: Family) -> &'static str {
    match family {
        Family::Chrome | Family::Edge | Family::Firefox | Family::Safari => {
            "Pris en charge par Intuit."
        }
        Family::Brave => "Il repose sur le moteur de Chrome, mais ne figure pas sur la liste d’Intuit. Ses boucliers peuvent bloquer des parties de QuickBooks.",
        Family::Opera | Family::Vivaldi | Family::SamsungInternet => {
            "Il repose sur le moteur de Chrome, mais ne figure pas sur la liste d’Intuit."
        }
        Family::QboDesktop => "L’application d’Intuit pour QuickBooks en ligne.",
        Family::Ie => "Internet Explorer est retiré et ne peut pas faire fonctionner QuickBooks en ligne.",
        Family::EdgeLegacy => "L’ancien Edge (EdgeHTML) est retiré; le nouvel Edge l’a remplacé.",
        Family::AndroidWebview => "Le navigateur intégré d’une application (par exemple celui qui s’ouvre quand vous touchez un lien dans une autre application) n’est pas un navigateur pris en charge; la connexion y échoue souvent.",
        Family::Unknown => "",
    }
}

fn family(family: Family) -> &'static str {
    match family {
        Family::Chrome => "Chrome",
        Family::Edge => "Microsoft Edge",
        Family::Firefox => "Firefox",
        Family::Safari => "Safari",
        Family::Opera => "Opera",
        Family::Brave => "Brave",
        Family::Vivaldi => "Vivaldi",
        Family::SamsungInternet => "Samsung Internet",
        Family::AndroidWebview => "le navigateur intégré d’une application (Android WebView)",
        Family::Ie => "Internet Explorer",
        Family::EdgeLegacy => "l’ancien Microsoft Edge (EdgeHTML)",
        Family::QboDesktop => "l’application de bureau QuickBooks en ligne",
        Family::Unknown => "un navigateur non reconnu",
    }
}

fn os(os: Os) -> &'static str {
    match os {
        Os::Windows => "Windows",
        Os::Macos => "macOS",
        Os::Ios => "iOS",
        Os::Android => "Android",
        Os::Linux => "Linux",
        Os::Chromeos => "ChromeOS",
        Os::Unknown => "un système non reconnu",
    }
}

impl Pack for CanadianFrench {
    fn tag(&self) -> &'static str {
        "fr-CA"
    }

    fn finding_title(&self, text: &F) -> &'static str {
        match text {
            F::RedirectedAway { .. } => "Ce réseau redirige Intuit vers un autre site",
            F::TlsInspection { .. } => {
                "Un élément de ce réseau inspecte les connexions sécurisées vers Intuit"
            }
            F::Offline => "Cet appareil n’est pas connecté à Internet",
            F::NetworkBlock { .. } => "Votre réseau bloque Intuit",
            F::OneHostUnreachable { .. } => "Un hôte d’Intuit est injoignable",
            F::SomeHostsBlocked { .. } => "Certains hôtes d’Intuit sont bloqués depuis ce réseau",
            F::IntuitOutage { confidence, .. } => match confidence {
                Confidence::High => "Les serveurs d’Intuit ont des problèmes",
                Confidence::Medium => "Intuit a peut-être des problèmes",
                Confidence::Low => "Des serveurs d’Intuit ont répondu par des erreurs",
            },
            F::AnsweredForIntuit { whole_network: true, .. } => {
                "Votre réseau répond peut-être à la place d’Intuit"
            }
            F::AnsweredForIntuit { .. } => "Un filtre refuse peut-être une partie d’Intuit",
            F::SlowNetwork { .. } => "La connexion à Intuit est lente",
            F::NotRun { .. } => "Une partie du test n’a pas pu s’exécuter",
            F::NothingTested => "Rien n’a pu être testé",
            F::OwnServerSilent => "Le serveur de cette page n’a pas répondu",
            F::ImagesMoved => "Les images de test ont peut-être été déplacées",
            F::RetiredTestFile { .. } => "Un fichier de test ne s’est pas chargé",
            F::AllClear { .. } => "Tous les hôtes d’Intuit ont répondu à ce navigateur",
            F::Unexplained => "Les résultats ne correspondent à aucun cas connu",
            F::BrowserUnsupported { .. } => {
                "Ce navigateur ne peut pas faire fonctionner QuickBooks en ligne"
            }
            F::BrowserOutdated { .. } => "Ce navigateur n’est pas à jour",
            F::BrowserNotListed { .. } => "Ce navigateur ne figure pas sur la liste d’Intuit",
            F::CookiesBlocked => "Les témoins sont bloqués dans ce navigateur",
            F::StorageBlocked => "Le stockage des sites est bloqué dans ce navigateur",
            F::ClockWrong { .. } => "L’horloge de cet appareil est mal réglée",
            F::StaleBuild => "D’anciens fichiers en cache sont servis",
            F::CrowdedStorage => "Le stockage de ce navigateur semble encombré",
            F::Extension { .. } => "Une extension ou un bloqueur nuit peut-être au fonctionnement",
            F::SlowLink => "Le navigateur signale une connexion très lente",
            F::PrivateWindowWorks => {
                "QuickBooks fonctionne dans une fenêtre privée : les données enregistrées de ce navigateur sont la cause probable"
            }
            F::OtherNetworkWorks => {
                "QuickBooks fonctionne sur un autre réseau : ce réseau est la cause probable"
            }
            F::AccessDenied => {
                "« Access Denied » vient du réseau de périphérie d’Intuit, qui refuse cette connexion"
            }
            F::PaymentError => "Une erreur 502 sur les paiements vient le plus souvent d’Intuit",
            F::SignInLoop => {
                "Les boucles de connexion viennent le plus souvent des témoins enregistrés d’intuit.com"
            }
            F::BlankPage => {
                "Les pages blanches viennent le plus souvent de scripts bloqués ou périmés"
            }
            F::FeelsSlow => "QuickBooks vous semble lent",
            F::DesktopNotTestable => "Cette page ne peut pas tester QuickBooks Desktop lui-même",
        }
    }

    fn finding_detail(&self, text: &F) -> String {
        match text {
            F::RedirectedAway { hosts } => format!(
                "Au lieu de leurs fichiers, des hôtes d’Intuit ont envoyé cette page vers un autre site : {}. Un portail captif (la page de connexion du Wi-Fi d’un hôtel, d’un aéroport ou d’un réseau invité), un filtre Web ou un serveur mandataire agit ainsi. Ouvrez n’importe quel site Web pour voir le portail et vous y connecter, ou demandez au responsable du réseau d’autoriser Intuit.",
                self.host_list(*hosts)
            ),
            F::TlsInspection { hosts, product } => format!(
                "Le vérificateur en ligne de commande de qbo-check a constaté que les certificats de {hosts} {} d’Intuit ont été émis par un élément auquel cet ordinateur fait confiance (probablement {}), et non par une autorité de certification publique. Un serveur mandataire, un pare-feu ou un antivirus qui déchiffre le HTTPS agit ainsi, et c’est une cause fréquente de boucles de connexion et d’erreurs « Access Denied » dans QuickBooks. La personne qui gère cet outil devrait exclure les hôtes d’Intuit de l’inspection.",
                plural(*hosts as usize, "hôte", "hôtes"),
                product.unwrap_or("un serveur mandataire ou un antivirus"),
            ),
            F::Offline => "Ni le serveur de cette page ni aucun hôte d’Intuit n’a répondu. La connexion de cet appareil (Wi-Fi, câble, données cellulaires) est coupée, donc QuickBooks ne peut pas se charger non plus.".into(),
            F::NetworkBlock { all_timed_out, clock_wrong } => format!(
                "Le serveur de cette page a répondu, mais aucun hôte d’Intuit n’a répondu. {}{}",
                if *all_timed_out {
                    "Tous les hôtes d’Intuit sont restés muets jusqu’à l’expiration du délai, ce qui est typique d’un pare-feu qui rejette le trafic silencieusement."
                } else {
                    "Tous les hôtes d’Intuit ont échoué au niveau du réseau (par exemple un filtre DNS, un pare-feu, un serveur mandataire ou un logiciel de sécurité qui refuse la connexion). Le navigateur ne permet pas de savoir lequel."
                },
                clock(*clock_wrong)
            ),
            F::OneHostUnreachable { hosts, clock_wrong } => format!(
                "Un hôte de {} est resté injoignable alors que tous les autres hôtes d’Intuit ont répondu : un filtre sur ce réseau, ou une panne du côté d’Intuit pour cet hôte. Un navigateur ne peut pas savoir laquelle des deux causes est en jeu; vérifiez de nouveau dans quelques minutes, ou depuis un autre réseau.{}",
                self.host_list(*hosts),
                clock(*clock_wrong)
            ),
            F::SomeHostsBlocked { hosts, dead, clock_wrong } => {
                let scope = if dead.is_empty() {
                    String::new()
                } else {
                    format!(" Rien n’a répondu dans ces groupes : {}.", self.groups(*dead))
                };
                format!(
                    "Ces parties de QuickBooks sont restées injoignables alors que d’autres hôtes d’Intuit ont répondu : {}.{scope} Un pare-feu, un filtre DNS, un serveur mandataire ou un logiciel de sécurité qui n’autorise qu’une partie d’Intuit dérègle QuickBooks de façon étrange.{}",
                    self.host_list(*hosts),
                    clock(*clock_wrong)
                )
            }
            F::IntuitOutage { word, errors, .. } => {
                let errors = if errors.is_empty() {
                    String::new()
                } else {
                    format!(
                        "Ces parties de QuickBooks ont répondu par une erreur au lieu d’un fichier de test : {}.",
                        self.host_list(*errors)
                    )
                };
                match word {
                    OutageWord::Incident => format!(
                        "La page d’état d’Intuit signale un problème en ce moment.{}{errors} Attendez qu’Intuit le règle; la page d’état montre où en sont les travaux. Si les liens de paiement de vos clients échouent, dites-leur que le service d’Intuit a un problème et qu’ils peuvent réessayer plus tard. Pour de l’aide, passez par quickbooks.intuit.com/learn-support, jamais par un numéro trouvé dans une publicité des résultats de recherche.",
                        if errors.is_empty() { "" } else { " " }
                    ),
                    OutageWord::StatusClear => format!("{errors} La page d’état d’Intuit ne signale aucun problème : il peut donc aussi s’agir du réseau de périphérie d’Intuit qui refuse cette connexion (par exemple à travers un VPN ou un serveur mandataire), ou d’une image de test qu’Intuit a retirée.").trim_start().to_string(),
                    OutageWord::Unconfirmed => format!("{errors} Cela signifie probablement que les serveurs d’Intuit sont en panne (par exemple une erreur 502 Bad Gateway). La page d’état n’a pas pu être lue pour le confirmer, et un navigateur ne peut pas voir le code d’erreur exact.").trim_start().to_string(),
                }
            }
            F::AnsweredForIntuit { hosts, webkit, status_answered, clock_wrong, .. } => format!(
                "Ces parties de QuickBooks n’ont pas fourni leurs fichiers de test : {}.{}{} Vérifiez de nouveau sur un autre réseau (le point d’accès d’un téléphone) : si ça fonctionne, c’est ce réseau; au travail ou à l’école, demandez au service informatique d’autoriser les hôtes d’Intuit.{}",
                self.host_list(*hosts),
                if *webkit {
                    " Dans Safari et sur iPhone et iPad, un filtre qui refuse un hôte ressemble exactement à une erreur de cet hôte."
                } else {
                    " Un serveur mandataire qui inspecte les connexions sécurisées peut répondre par une page de blocage qui ressemble exactement à une erreur d’Intuit."
                },
                if *status_answered {
                    " La page d’état d’Intuit ne signale aucun problème : un filtre ou un fichier de test déplacé est donc plus probable."
                } else {
                    " La page d’état d’Intuit n’a pas pu être lue non plus, comme lorsqu’un filtre refuse Intuit."
                },
                clock(*clock_wrong)
            ),
            F::SlowNetwork { slow, answered, after_s, hosts } => format!(
                "{slow} {} d’Intuit sur {answered} {} plus de {after_s} secondes à répondre : {}. QuickBooks peut cesser de répondre ou afficher des erreurs sur une connexion aussi lente.",
                plural(*slow, "hôte", "hôtes"),
                plural(*slow, "a mis", "ont mis"),
                self.host_list(*hosts)
            ),
            F::NotRun { hosts } => format!("La politique de sécurité de cette page a empêché de tester ces hôtes : {}. C’est un défaut de qbo-check, pas un problème de votre appareil ou de votre réseau.", hosts.join(true)),
            F::NothingTested => "Aucun hôte d’Intuit n’a été testé : cette page ne peut donc rien dire de la connexion.".into(),
            F::OwnServerSilent => "Les hôtes d’Intuit ont répondu, mais pas le serveur de cette page : il manque donc la comparaison qui permet de distinguer votre réseau d’Intuit.".into(),
            F::ImagesMoved => "Toutes les images de test d’Intuit ont échoué alors que les hôtes répondaient et que la page d’état d’Intuit ne signalait aucun problème. Intuit a peut-être retiré les images qu’utilise cette page; les lignes qui indiquent une erreur de serveur sont peut-être fausses.".into(),
            F::RetiredTestFile { files, list_stale } => {
                let files = files.list();
                let age = if *list_stale {
                    format!(
                        " La liste des fichiers de test de cette page a été vérifiée pour la dernière fois en {}, il y a plus de six mois : un fichier déplacé est donc d’autant plus probable.",
                        self.month(crate::calendar::CHECKED)
                    )
                } else {
                    String::new()
                };
                format!(
                    "Un fichier de test sur {} ne s’est pas chargé alors que l’hôte répondait et que les autres fichiers de test d’Intuit se chargeaient. Cela signifie d’habitude qu’Intuit a déplacé le fichier, pas qu’il y a une panne. Si QuickBooks affiche des erreurs, vérifiez de nouveau dans quelques minutes.{age}",
                    files.join(" et sur ")
                )
            }
            F::AllClear { status, blind_hosts } => {
                let status_note = match status {
                    Some(Indicator::None) => " La page d’état d’Intuit ne signale aucun problème.",
                    Some(Indicator::Maintenance) => " La page d’état d’Intuit signale une maintenance planifiée, qui peut toucher certaines fonctions.",
                    Some(_) => " La page d’état d’Intuit signale un état que cette page ne connaît pas; consultez-la directement.",
                    None => " La page d’état d’Intuit n’a pas pu être lue : un problème chez Intuit ne peut donc pas être exclu.",
                };
                let blind = if *blind_hosts > 0 {
                    format!(" Un navigateur ne peut pas voir les pages d’erreur de {blind_hosts} d’entre eux.")
                } else {
                    String::new()
                };
                format!("Tous les hôtes dont QuickBooks a besoin ont répondu à temps.{status_note}{blind} Si QuickBooks échoue quand même, la cause probable est dans les témoins ou les fichiers en cache d’intuit.com dans ce navigateur, que cette page ne peut pas voir; les étapes ci-dessous en traitent.")
            }
            F::Unexplained => "Certains hôtes ont répondu et d’autres non, d’une façon que cette page ne peut pas expliquer. Les lignes ci-dessous montrent exactement ce qui a été mesuré.".into(),
            F::BrowserUnsupported { browser } => format!(
                "Ce navigateur semble être {}. {} Ouvrez QuickBooks dans la dernière version de Chrome, d’Edge, de Firefox ou de Safari.",
                self.browser(browser),
                why(browser.family)
            ),
            F::BrowserOutdated { browser, chromium, behind, current } => format!(
                "Ce navigateur semble être {}; {}en retard de {behind} {} sur la version {current}, la plus récente selon le calendrier de son éditeur. Intuit ne prend en charge que les dernières versions; un vieux navigateur peut ne pas réussir à charger QuickBooks ou à vous connecter. Mettez le navigateur à jour et redémarrez-le.",
                self.browser(browser),
                if *chromium { "son Chromium est " } else { "il est " },
                plural(*behind as usize, "version", "versions"),
            ),
            F::BrowserNotListed { browser } => format!(
                "Ce navigateur semble être {}. {} Si QuickBooks se comporte mal, essayez la dernière version de Chrome, d’Edge, de Firefox ou de Safari.",
                self.browser(browser),
                why(browser.family)
            ),
            F::CookiesBlocked => "Un témoin de test de cette page n’a pas pu être enregistré. QuickBooks a besoin des témoins d’intuit.com pour vous garder connecté; sans eux, la connexion tourne en boucle ou échoue. Autorisez les témoins pour intuit.com dans les paramètres du navigateur.".into(),
            F::StorageBlocked => "Cette page n’a pas pu utiliser le stockage des sites du navigateur (localStorage ou sessionStorage). QuickBooks s’en sert aussi; un réglage de confidentialité ou une extension qui le bloque peut empêcher la connexion ou laisser des pages blanches.".into(),
            F::ClockWrong { skew_ms, within_s } => format!(
                "L’horloge de cet appareil est {} par rapport au serveur de cette page (écart mesuré à {within_s} {} près). Les connexions sécurisées vérifient les certificats selon l’horloge, et les jetons de connexion expirent selon elle : une horloge mal réglée empêche donc la connexion et l’ouverture des pages sécurisées. Réglez la date, l’heure et le fuseau horaire pour qu’ils se mettent à jour automatiquement.",
                skew(*skew_ms),
                plural(*within_s as usize, "seconde", "secondes"),
            ),
            F::StaleBuild => "Cette page vient elle-même d’une vieille copie en cache : son serveur en a déjà une version plus récente. Une mémoire cache du navigateur ou un serveur mandataire garde de vieux fichiers et pourrait faire de même avec QuickBooks. Cette page ne peut pas voir le cache d’intuit.com, c’est donc un indice : rechargez avec Ctrl+Maj+R (⌘+⇧+R sur un Mac), ou effacez les fichiers en cache d’intuit.com.".into(),
            F::CrowdedStorage => "Le stockage des sites est presque plein ou contient des programmes en cache (service workers) que cette page n’a pas installés. Un stockage plein ou périmé peut garder de vieux fichiers de QuickBooks. Effacer les données d’intuit.com peut aider.".into(),
            F::Extension { bait_blocked, filtered, failed } => {
                let mut detail = String::new();
                if *bait_blocked {
                    detail.push_str("Un élément de ce navigateur (un bloqueur de publicités ou de contenu, une extension de confidentialité ou un logiciel de sécurité) a arrêté un fichier de test inoffensif sur cette page. ");
                }
                if !filtered.is_empty() {
                    detail.push_str(&format!("Des requêtes vers {} ont été arrêtées alors que leurs images se chargeaient, comme le font les filtres. ", filtered.join(false)));
                }
                if *bait_blocked && !failed.is_empty() {
                    detail.push_str(&format!("C’est peut-être le même bloqueur qui arrête {}. ", failed.join(false)));
                }
                detail.push_str("Les bloqueurs peuvent dérégler des parties de QuickBooks. Un navigateur ne peut pas dire avec certitude quelle extension en est la cause : essayez QuickBooks dans une fenêtre privée ou avec les extensions désactivées.");
                detail
            }
            F::SlowLink => "Le navigateur estime que cette connexion ressemble à de la 2G. QuickBooks peut se charger lentement ou cesser de répondre.".into(),
            F::PrivateWindowWorks => "Une fenêtre privée s’ouvre sans les témoins ni les fichiers en cache d’intuit.com, et d’habitude sans extensions. Puisque QuickBooks y fonctionne, effacez les données d’intuit.com dans la fenêtre normale, puis essayez avec les extensions désactivées.".into(),
            F::OtherNetworkWorks => "QuickBooks fonctionne depuis un autre réseau : un élément du réseau actuel (un pare-feu, un filtre DNS, un serveur mandataire, un VPN ou le fournisseur) nuit donc à la connexion, même là où les tests de cette page ont réussi.".into(),
            F::AccessDenied => "La page « Access Denied » vient du réseau de périphérie d’Intuit (Akamai), qui refuse la connexion, en général à cause de l’adresse d’où elle vient (un VPN, un serveur mandataire ou une région inhabituelle) ou de témoins d’intuit.com mal formés. Désactivez tout VPN ou serveur mandataire, puis effacez les données d’intuit.com.".into(),
            F::PaymentError => "Une erreur 502 Bad Gateway signifie qu’un serveur entre vous et le service de paiement d’Intuit n’a pas répondu. Il s’agit d’habitude d’un serveur d’Intuit : consultez donc la page d’état. Mais la même erreur peut aussi venir d’un serveur mandataire ou d’un pare-feu qui filtre, de vieux fichiers en cache et de vieux témoins, d’un navigateur périmé, d’une horloge mal réglée ou d’un logiciel de sécurité. Les étapes ci-dessous couvrent chacun de ces cas.".into(),
            F::SignInLoop => "Quand la page de connexion revient sans cesse, les témoins d’intuit.com du navigateur sont souvent périmés ou bloqués, ou l’horloge est mal réglée. Effacez les données d’intuit.com, vérifiez que les témoins sont autorisés et essayez une fenêtre privée.".into(),
            F::BlankPage => "Une page QuickBooks blanche signifie d’habitude que ses scripts ne se sont pas exécutés : un bloqueur ou une extension les a arrêtés, de vieilles copies en cache les ont rendus inutilisables, ou le navigateur est trop vieux pour eux.".into(),
            F::FeelsSlow => "Cette page n’a mesuré aucun hôte d’Intuit lent à l’instant : la lenteur va et vient peut-être, ou elle vient du navigateur (beaucoup d’onglets, des extensions) plutôt que du réseau.".into(),
            F::DesktopNotTestable => "Cette page vérifie seulement le chemin réseau entre ce navigateur et Intuit. QuickBooks Desktop est un programme Windows qui a ses propres réglages de connexion; les étapes qui le concernent figurent plus bas.".into(),
        }
    }

    fn answers_disagree(&self) -> &'static str {
        " Vos réponses orientent vers une autre cause : ce constat est donc moins certain."
    }

    fn group(&self, group: Group) -> &'static str {
        match group {
            Group::SignIn => "Connexion",
            Group::App => "Application QuickBooks",
            Group::Api => "Applications connectées (API)",
            Group::Payments => "Paiements et liens de factures",
            Group::Static => "Fichiers statiques (scripts, images)",
            Group::Status => "Page d’état d’Intuit",
        }
    }

    fn browser(&self, name: &BrowserName) -> String {
        let browser = match name.major {
            Some(major) if name.family != Family::Unknown => {
                format!("{} {major}", family(name.family))
            }
            _ => family(name.family).to_string(),
        };
        match &name.os_detail {
            Some(OsDetail::IpadOs) => format!("{browser} sous iPadOS"),
            Some(OsDetail::Windows10Or11) => format!("{browser} sous {} 10 ou 11", os(name.os)),
            Some(detail) => format!("{browser} sous {} {detail}", os(name.os)),
            None => format!("{browser} sous {}", os(name.os)),
        }
    }

    fn share(&self, hit: usize, all: usize) -> String {
        format!("{hit} sur {all} {}", plural(all, "hôte", "hôtes"))
    }

    fn confidence(&self, confidence: Confidence) -> &'static str {
        match confidence {
            Confidence::Low => "possible",
            Confidence::Medium => "probable",
            Confidence::High => "très probable",
        }
    }

    fn fault(&self, fault: Fault) -> &'static str {
        match fault {
            Fault::Device => "cet appareil",
            Fault::Network => "votre réseau",
            Fault::Intuit => "Intuit",
            Fault::Unknown => "incertain",
            Fault::Nowhere => "aucun problème trouvé",
        }
    }

    fn task(&self, task: Task) -> &'static str {
        match task {
            Task::CheckConnection => "Vérifier la connexion Internet de cet appareil",
            Task::CheckStatusPage => "Consulter la page d’état d’Intuit et attendre la correction",
            Task::SyncClock => "Régler l’horloge pour qu’elle se mette à jour automatiquement",
            Task::UpdateBrowser => "Mettre le navigateur à jour",
            Task::TryAnotherBrowser => "Essayer un autre navigateur pris en charge",
            Task::AllowCookies => "Autoriser les témoins pour intuit.com",
            Task::PrivateWindow => "Essayer QuickBooks dans une fenêtre privée",
            Task::ClearIntuitData => "Effacer les données de ce navigateur pour intuit.com seulement",
            Task::HardReload => "Recharger QuickBooks sans le cache",
            Task::DisableExtensions => "Désactiver les extensions et réessayer",
            Task::ClearAllData => "Effacer tous les fichiers en cache et tous les témoins",
            Task::TurnOffVpn => "Désactiver le VPN ou le serveur mandataire et réessayer",
            Task::TryAnotherNetwork => "Essayer un autre réseau",
            Task::AllowIntuitHosts => "Autoriser les hôtes d’Intuit dans le pare-feu, le serveur mandataire ou l’antivirus",
            Task::ResetDesktopAppCache => "Réinitialiser l’application de bureau QuickBooks en ligne",
            Task::QbdUpdate => "Mettre QuickBooks Desktop à jour",
            Task::QbdToolHubRepair => "Réparer QuickBooks Desktop avec le Tool Hub",
            Task::QbdEnableTls12 => "Activer TLS 1.2 dans les Options Internet de Windows",
            Task::QbdFirewallExceptions => "Ajouter QuickBooks aux exceptions du pare-feu et de l’antivirus",
        }
    }

    fn page(&self, text: PageText) -> String {
        match text {
            PageText::Place { confidence, fault } => {
                let place = match confidence {
                    Confidence::High => "Où se trouve très probablement le problème",
                    Confidence::Medium => "Où se trouve probablement le problème",
                    Confidence::Low => "Où le problème pourrait se trouver",
                };
                format!("{place} : {}", self.fault(fault))
            }
            PageText::NoProblem => "Aucun problème trouvé entre ce navigateur et Intuit".into(),
            PageText::Unplaced => "Ce test n’a pas pu déterminer où se trouve le problème".into(),
            PageText::HopDevice => "Appareil".into(),
            PageText::HopNetwork => "Réseau".into(),
            PageText::HopIntuit => "Intuit".into(),
            PageText::StatusSays => "La page d’état d’Intuit indique : ".into(),
            PageText::ConfidenceIs(confidence) => {
                format!(" Degré de certitude : {}.", self.confidence(confidence))
            }
            PageText::FindingTag { confidence, fault } => {
                format!(" — {}, {}", self.confidence(confidence), self.fault(fault))
            }
            PageText::WhyThisVerdict => "Pourquoi ce verdict".into(),
            PageText::FindingCount(n) => format!(" ({n} {})", plural(n, "constat", "constats")),
            PageText::RunIdle => "Lancer la vérification".into(),
            PageText::RunRunning => "Vérification en cours…".into(),
            PageText::RunFresh => "Lancer une nouvelle vérification dans ce navigateur".into(),
            PageText::RunAgain => "Relancer la vérification".into(),
            PageText::Results => "Résultats".into(),
            PageText::SharedReport => "Rapport partagé".into(),
            PageText::SharedFrom => "Rapport partagé du ".into(),
            PageText::SharedNote => ". Ces résultats ont été mesurés dans le navigateur d’une autre personne et sont en lecture seule ici. Lancez une nouvelle vérification pour tester ce navigateur.".into(),
            PageText::ProgressIdle { seconds } => format!("Appuyez sur le bouton pour commencer. Cela prend quelques secondes, jamais plus de {seconds} secondes."),
            PageText::ProgressRunning { done, total } => format!("Test en cours… Hôtes d’Intuit vérifiés : {done} sur {total}."),
            PageText::ProgressDone { total } => format!("Terminé : les {total} hôtes d’Intuit ont été testés."),
            PageText::WhatToDo => "Que faire".into(),
            PageText::ForProfile => "Pour ".into(),
            PageText::StepsOn => " sous ".into(),
            PageText::StepsFor => "Étapes pour ".into(),
            PageText::Change => " Modifier".into(),
            PageText::How => "Comment".into(),
            PageText::CopyForIt => "Copier la liste pour le service informatique".into(),
            PageText::OpenStatusPage => "Ouvrir la page d’état d’Intuit".into(),
            PageText::MoreSteps => "Le problème persiste? Autres étapes".into(),
            PageText::ShareTitle => "Partager ce résultat".into(),
            PageText::ShareLink => "Lien vers le rapport complet".into(),
            PageText::CopyLink => "Copier le lien".into(),
            PageText::NothingUploaded => "Rien n’est téléversé : le résultat suit le signe #, que les navigateurs n’envoient jamais.".into(),
            PageText::MoreWays => "Autres façons de partager".into(),
            PageText::ShareSummary => "Résumé pour un clavardage ou un courriel".into(),
            PageText::CopySummary => "Copier le résumé".into(),
            PageText::OwnCode => "Le code propre à cette page (à relire sur cette page; ce n’est pas un numéro de dossier d’Intuit)".into(),
            PageText::CopyCode => "Copier le code".into(),
            PageText::ReportFile => "Fichier du rapport".into(),
            PageText::DownloadReport => "Télécharger le rapport (JSON)".into(),
            PageText::Copy => "Copier".into(),
            PageText::Copied => "Copié.".into(),
            PageText::CopyFailed => "Impossible de copier : sélectionnez le texte et appuyez sur Ctrl+C (⌘+C sur un Mac).".into(),
            PageText::HostsNotYet { total } => format!("{total} hôtes d’Intuit, pas encore testés"),
            PageText::HostsAnswered { answered, total } => {
                format!("Hôtes d’Intuit qui ont répondu : {answered} sur {total}")
            }
            PageText::Show => " Afficher".into(),
            PageText::RowOutcome {
                outcome,
                sees_server_errors,
            } => outcome_words(outcome, sees_server_errors).into(),
            PageText::RowHttp(status) => format!("A renvoyé une erreur HTTP\u{a0}{status}"),
            PageText::RowTesting => "Test en cours…".into(),
            PageText::RowNote(note) => row_note(note).into(),
            PageText::HostWhy(index) => HOST_WHY.get(index).map_or("", |(_, why)| why).into(),
            PageText::StatusHeading { shared: false } => "État d’Intuit : ".into(),
            PageText::StatusHeading { shared: true } => "État d’Intuit alors : ".into(),
            PageText::StatusBrief(state) => status_brief(state),
            PageText::StatusNotYet { running: true } => "lecture en cours…".into(),
            PageText::StatusNotYet { running: false } => "pas encore lu".into(),
            PageText::StatusHeadline(state) => status_headline(state),
            PageText::AtTheTime => "Au moment de la vérification : ".into(),
            PageText::StatusPageName => "Page d’état d’Intuit".into(),
            PageText::StatusQuotedFrom => "Extrait de status.quickbooks.intuit.com, dont tout numéro de téléphone a été retiré.".into(),
            PageText::YourBrowser => "Votre navigateur : ".into(),
            PageText::YourBrowserName => "Votre navigateur".into(),
            PageText::UnknownBrowser => "Un navigateur non reconnu".into(),
            PageText::LookupsTitle => "Chercher un code ou ouvrir un rapport".into(),
            PageText::LookupsName => "Outils de recherche".into(),
            PageText::LookupsWhat => "Ce que veut dire un code comme 502, 12007 ou « Access Denied », ou ce que dit un code de cette page.".into(),
            PageText::LookupsOpen { opening: false } => "Ouvrir les outils de recherche".into(),
            PageText::LookupsOpen { opening: true } => "Ouverture des outils de recherche…".into(),
            PageText::LookupsLater => " (chargés au besoin)".into(),
            PageText::LookupsFailed => "Les outils de recherche n’ont pas pu se charger. Vérifiez la connexion, puis réessayez.".into(),
            PageText::OpenReport => "Ouvrir un rapport enregistré (JSON), ou le déposer sur cette page. Il est lu ici, jamais téléversé.".into(),
            PageText::HostsChecked(day) => format!("hôtes vérifiés en {}", self.month(day)),
            PageText::Trademark => "QuickBooks est une marque de commerce d’Intuit.".into(),
            PageText::Phones => "téléphones".into(),
            PageText::OtherSystem => "Autre".into(),
            PageText::WatchTitle { shared: false } => "Surveiller la connexion".into(),
            PageText::WatchTitle { shared: true } => "Surveillance".into(),
            PageText::WatchWhen => " si elle se coupe souvent".into(),
            PageText::HandoutTitle => "Une fiche pour votre responsable informatique".into(),
            PageText::TriageTitle => "Préciser le résultat (facultatif)".into(),
            PageText::HistoryTitle => "Depuis votre dernière vérification".into(),
            PageText::Ticket => "Billet du soutien technique ".into(),
            PageText::Downloaded => "Téléchargé.".into(),
            PageText::DownloadRefused => "Le téléchargement n’a pas pu commencer dans ce navigateur.".into(),
            PageText::StepsDidNotLoad => "Les étapes détaillées pour ce navigateur n’ont pas pu se charger (un bloqueur ou une connexion interrompue a peut-être empêché le chargement de cette partie de la page). Rechargez la page pour réessayer. En attendant, voici les étapes à suivre, dans l’ordre :".into(),
            PageText::OwnHelp => "L’aide officielle d’Intuit : ".into(),
            PageText::Support => "Soutien QuickBooks".into(),
            PageText::DownloadPartMissing => "Le rapport n’a pas pu être créé : une partie de cette page ne s’est pas chargée. Vérifiez la connexion, puis réessayez.".into(),
        }
    }

    fn task_warning(&self, task: Task) -> Option<&'static str> {
        match task {
            Task::ClearIntuitData => Some("Cela vous déconnectera de tous les produits Intuit dans ce navigateur (QuickBooks, TurboImpôt, Mailchimp et autres). Ayez votre mot de passe à portée de main."),
            Task::ClearAllData => Some("Cela vous déconnectera de tous les sites Web dans ce navigateur, pas seulement de ceux d’Intuit. Essayez d’abord d’effacer les données d’intuit.com."),
            Task::AllowIntuitHosts => Some("Ne modifiez que les paramètres de sécurité que vous gérez vous-même; sinon, copiez la liste ci-dessous pour le service informatique et transmettez-la à la personne qui les gère."),
            _ => None,
        }
    }
}

/// The native checker's and the watch's words.
impl CheckerPack for CanadianFrench {
    fn month(&self, day: Day) -> String {
        const MONTHS: [&str; 12] = [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ];
        let (year, month, _) = crate::environment::civil_from_days(day.0);
        let name = usize::try_from(month - 1)
            .ok()
            .and_then(|m| MONTHS.get(m))
            .unwrap_or(&"");
        format!("{name} {year}")
    }

    fn pattern(&self, pattern: Pattern) -> PatternWords {
        match pattern {
            Pattern::Steady => PatternWords {
                headline: "Stable : chaque tour a répondu",
                explanation: "Aucun tour n’a échoué pendant la surveillance. Si QuickBooks se déconnecte quand même, continuez de surveiller pendant que ça se produit, ou déconnectez-vous de QuickBooks puis reconnectez-vous : une session qui se termine trop tôt n’est pas une panne du réseau.",
                steps: &[
                    "Laissez la surveillance tourner pendant que vous travaillez dans QuickBooks, et regardez de nouveau quand il se déconnectera.",
                    "Si QuickBooks vous déconnecte alors que la surveillance reste stable, effacez les données de ce navigateur pour intuit.com et reconnectez-vous.",
                ],
            },
            Pattern::ConnectionDrops => PatternWords {
                headline: "Cette connexion se coupe de temps en temps",
                explanation: "Dans les tours qui ont échoué, tous les hôtes d’Intuit et le site de cette page ont échoué ensemble. La coupure vient de cet appareil ou de son réseau : le Wi-Fi, un VPN qui se reconnecte ou le fournisseur Internet. QuickBooks vous déconnecte ou perd votre travail quand cela arrive.",
                steps: &[
                    "Rapprochez-vous du routeur Wi-Fi ou branchez un câble, puis surveillez de nouveau.",
                    "Si un VPN est actif, vérifiez s’il se reconnecte au moment des coupures; essayez sans lui si votre entreprise le permet.",
                    "Redémarrez le routeur. Si les coupures continuent, envoyez les résultats de cette surveillance à votre fournisseur Internet ou à votre responsable informatique.",
                ],
            },
            Pattern::HostDrops => PatternWords {
                headline: "Des hôtes d’Intuit décrochent par moments alors que les autres répondent",
                explanation: "Dans les tours qui ont échoué, des hôtes d’Intuit ont échoué alors que les autres et le site de cette page répondaient. Le problème vient donc de ces hôtes ou du chemin vers eux : un pare-feu ou un filtre qui les bloque par moments, ou un problème du côté d’Intuit.",
                steps: &[
                    "Consultez la page d’état d’Intuit pour les hôtes nommés ci-dessus.",
                    "Si la page d’état ne montre rien, envoyez les résultats de cette surveillance au responsable de votre réseau : un pare-feu, un filtre ou un antivirus bloque peut-être ces hôtes par moments.",
                    "Surveillez de nouveau depuis un autre réseau (le point d’accès d’un téléphone) pour voir si les coupures suivent le réseau.",
                ],
            },
            Pattern::SlowPeriods => PatternWords {
                headline: "Aucune coupure, mais des périodes de lenteur",
                explanation: "Chaque tour a répondu, mais certaines réponses ont pris plus de 3 secondes. QuickBooks semble figé ou cesse de répondre pendant ces périodes : le réseau est saturé ou le signal est faible.",
                steps: &[
                    "Mettez en pause les gros téléchargements, les sauvegardes, les appels vidéo ou la diffusion en continu sur ce réseau pendant que vous utilisez QuickBooks.",
                    "Rapprochez-vous du routeur Wi-Fi ou branchez un câble.",
                    "Si les périodes de lenteur continuent, envoyez les résultats de cette surveillance à votre fournisseur Internet.",
                ],
            },
        }
    }

    fn columns(&self) -> [&'static str; 6] {
        ["hôte", "résultat", "dns", "tcp", "tls", "http"]
    }

    fn checker(&self, text: Checker) -> String {
        match text {
            Checker::Verdict { title, confidence, fault } => format!(
                "Verdict : {title} ({}; où : {})",
                self.confidence(confidence),
                self.fault(fault)
            ),
            Checker::Also { title, confidence } => format!("Également : {title} ({})", self.confidence(confidence)),
            Checker::WhatToDo => "Que faire :".into(),
            Checker::Note => "Note :".into(),
            Checker::TrustStoreInPart { errors } => format!(
                "le magasin de certificats de cet ordinateur n’a été lu qu’en partie ({errors} {})",
                plural(errors, "erreur", "erreurs")
            ),
            Checker::HelpDeskCode { code } => format!("Code pour le soutien technique : {code}"),
            Checker::ReportLink { link } => format!("Lien vers le rapport : {link}"),
            Checker::Dates { checked, built } => format!(
                "Liste des hôtes et calendriers de versions des navigateurs vérifiés en {}; ce vérificateur a été compilé le {}.",
                self.month(checked),
                built.iso()
            ),
            Checker::TlsInspected { version } => format!("{version} INSPECTÉ"),
            Checker::TlsPublic { version } => format!("{version} AC publique"),
            Checker::TlsFailed => "échec".into(),
            Checker::HttpIn { status, ms } => format!("{status} en {ms} ms"),
            Checker::Progress { done, total } => format!("{done}/{total} hôtes vérifiés"),
            Checker::HostChecked { host, outcome } => format!("{host} vérifié : {outcome}"),
            Checker::ExemptHosts { hosts } => format!("Dans la politique du produit qui inspecte, exemptez ces hôtes de l’inspection TLS/SSL (déchiffrement) : {hosts}."),
            Checker::ExemptDomains => "Ou exemptez les domaines intuit.com et intuitcdn.net en entier, si la politique accepte des domaines.".into(),
            Checker::CheckAgain => "Relancez qbo-check : chaque hôte devrait montrer « AC publique ».".into(),
            Checker::Round { round, answered, total, verdict, pattern, failed } => format!(
                "tour {round} : {answered} {} sur {total} {}; verdict {verdict}; tendance jusqu’ici : {pattern}{}",
                plural(answered, "hôte", "hôtes"),
                plural(answered, "a répondu", "ont répondu"),
                if failed.is_empty() { String::new() } else { format!(" (en échec : {failed})") }
            ),
            Checker::ServerErrorsTitle => "Des hôtes d’Intuit ont répondu par des erreurs de serveur".into(),
            Checker::ServerErrorsDetail { hosts } => format!("Hôtes qui ont renvoyé une erreur de serveur : {hosts}. Cela vient d’Intuit ou, là où le TLS est inspecté, du serveur mandataire qui inspecte et répond à sa place. Consultez la page d’état d’Intuit."),
            Checker::Issuer { issuer, every, hosts } => {
                let which = match every {
                    Some(n) => format!("les {n} hôtes"),
                    None => hosts.to_string(),
                };
                format!(
                    " L’émetteur des certificats, sur {which} : « {} ».",
                    issuer.unwrap_or("un émetteur sans nom")
                )
            }
        }
    }
}

/// « en retard de 4 minutes », « en avance de 2 heures ».
pub(crate) fn skew(skew_ms: i64) -> String {
    let seconds = skew_ms.unsigned_abs() / 1000;
    let (n, one, other) = match seconds {
        0..=119 => (seconds, "seconde", "secondes"),
        120..=7_199 => ((seconds + 30) / 60, "minute", "minutes"),
        7_200..=172_799 => ((seconds + 1800) / 3600, "heure", "heures"),
        _ => (seconds.saturating_add(43_200) / 86_400, "jour", "jours"),
    };
    let direction = if skew_ms > 0 {
        "en retard"
    } else {
        "en avance"
    };
    format!(
        "{direction} de {n} {}",
        plural(usize::try_from(n).unwrap_or(usize::MAX), one, other)
    )
}

fn outcome_words(outcome: Outcome, sees_server_errors: bool) -> &'static str {
    match outcome {
        Outcome::Ok | Outcome::Slow if !sees_server_errors => {
            "A répondu (erreurs invisibles depuis un navigateur)"
        }
        Outcome::Ok => "Joignable",
        Outcome::Slow => "Lent",
        Outcome::ServerError => "A répondu par une erreur",
        Outcome::Unreachable => "Injoignable",
        Outcome::Timeout => "Aucune réponse",
        Outcome::NotRun => "Non testé",
    }
}

fn row_note(note: RowNote) -> &'static str {
    match note {
        RowNote::OwnPolicy => "La politique de sécurité propre à cette page a arrêté le test : c’est un bogue de qbo-check, pas une erreur de votre part.",
        RowNote::Redirected => "L’hôte a répondu en redirigeant ce test vers un autre site, comme le font un portail captif (la page de connexion d’un Wi-Fi), un filtre Web ou un serveur mandataire.",
        RowNote::Filtered => "L’image s’est chargée, mais la requête a été arrêtée, ce qui indique un filtre ou une extension.",
        RowNote::RetiredImage => "Un des deux fichiers de test de cet hôte ne s’est pas chargé alors que l’autre s’est chargé : Intuit a très probablement déplacé ou retiré ce fichier; l’hôte lui-même a répondu.",
        RowNote::ErrorPage => "L’hôte a répondu, sans renvoyer son image : probablement une page d’erreur (par exemple une erreur 502 ou « Access Denied »). Un navigateur ne peut pas lire le code exact.",
        RowNote::FileLate => "L’hôte a répondu, mais son fichier n’est pas arrivé avant l’expiration du délai.",
        RowNote::Unseen => "Un navigateur peut voir que cet hôte a répondu, mais pas si la réponse était une page d’erreur (par exemple une erreur 502).",
    }
}

/// What each catalogue host does for QuickBooks, by its id and in `catalogue::ENDPOINTS`'s
/// order (a test checks both).
pub(super) const HOST_WHY: [(&str, &str); 12] = [
    ("accounts", "La connexion au compte Intuit. Si elle échoue, QuickBooks tourne en boucle ou s’arrête à la connexion."),
    ("sign-in-ui", "Les scripts et les images de la page de connexion elle-même."),
    ("qbo", "L’application QuickBooks en ligne elle-même."),
    ("qbo-c1", "Un hôte régional de l’application, qui dessert bien des entreprises après la connexion."),
    ("app-center", "La connexion des applications et des banques à QuickBooks."),
    ("qbo-api", "L’API de QuickBooks qu’utilisent les applications connectées (paie, point de vente, commerce en ligne)."),
    ("developer-static", "Les fichiers des boutons de connexion à QuickBooks affichés par les applications connectées."),
    ("payments-connect", "Les liens de paiement de facture que vos clients ouvrent pour vous payer."),
    ("static-plugin", "Les scripts, les styles et les images des écrans de QuickBooks en ligne."),
    ("static-qbo", "D’autres fichiers de QuickBooks en ligne, venant du réseau de diffusion de contenu (CDN) d’Intuit."),
    ("quickbooks-site", "Le site d’aide d’Intuit, derrière le même genre de réseau de périphérie que celui qui affiche les pages « Access Denied »."),
    ("status", "La page d’état d’Intuit elle-même, que cette page lit pour repérer les pannes (voir plus bas)."),
];

fn indicator(indicator: Indicator) -> &'static str {
    match indicator {
        Indicator::None => "aucun problème",
        Indicator::Maintenance => "une maintenance planifiée",
        Indicator::Minor => "un problème mineur",
        Indicator::Major => "une panne majeure",
        Indicator::Critical => "une panne critique",
        Indicator::Unknown => "un état que cette page ne connaît pas",
    }
}

/// After « État d’Intuit : », short enough for one line on a 320 px phone: no article.
fn status_brief(state: StatusState) -> String {
    match state {
        StatusState::Read {
            indicator: Indicator::None,
            incidents,
            affected,
        } if incidents > 0 || affected > 0 => {
            if incidents > 0 {
                plural(incidents, "incident en cours", "incidents en cours").into()
            } else {
                plural(affected, "composant touché", "composants touchés").into()
            }
        }
        StatusState::Read { indicator, .. } => match indicator {
            Indicator::None => "aucun problème",
            Indicator::Maintenance => "maintenance planifiée",
            Indicator::Minor => "problème mineur",
            Indicator::Major => "panne majeure",
            Indicator::Critical => "panne critique",
            Indicator::Unknown => "état non reconnu",
        }
        .into(),
        StatusState::HttpError(status) => format!("erreur HTTP\u{a0}{status}"),
        StatusState::Unreadable | StatusState::TooLarge | StatusState::Malformed => {
            "illisible".into()
        }
        StatusState::TimedOut => "délai dépassé".into(),
    }
}

fn status_headline(state: StatusState) -> String {
    match state {
        StatusState::Read {
            indicator: i,
            incidents,
            affected,
        } => {
            let mut counts = Vec::new();
            if incidents > 0 {
                counts.push(format!("{incidents}\u{a0}{}", plural(incidents, "incident en cours", "incidents en cours")));
            }
            if affected > 0 {
                counts.push(format!("{affected}\u{a0}{}", plural(affected, "composant touché", "composants touchés")));
            }
            let counts = counts.join(" et ");
            match (i, counts.is_empty()) {
                (Indicator::None, true) => "La page d’état d’Intuit ne signale aucun problème.".into(),
                (Indicator::None, false) => format!("La page d’état d’Intuit ne signale aucun problème général, mais indique {counts}."),
                (i, true) => format!("La page d’état d’Intuit signale {}.", indicator(i)),
                (i, false) => format!("La page d’état d’Intuit signale {}, avec {counts}.", indicator(i)),
            }
        }
        StatusState::HttpError(status) => format!("La page d’état d’Intuit a renvoyé une erreur HTTP\u{a0}{status}; son contenu n’a donc pas pu être lu."),
        StatusState::Unreadable => "La page d’état d’Intuit n’a pas pu être lue depuis cette page (elle est peut-être bloquée ou hors ligne, ou elle ne laisse pas d’autres sites la lire). Ouvrez-la directement.".into(),
        StatusState::TooLarge => "La page d’état d’Intuit a envoyé bien plus qu’un résumé d’état; cette page a donc cessé de la lire. Ouvrez-la directement.".into(),
        StatusState::Malformed => "La page d’état d’Intuit a répondu, mais pas dans le format attendu. Ouvrez-la directement.".into(),
        StatusState::TimedOut => "La page d’état d’Intuit n’a pas répondu à temps. Ouvrez-la directement.".into(),
    }
}
