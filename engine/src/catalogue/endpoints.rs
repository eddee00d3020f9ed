//! The Intuit hosts QuickBooks Online needs, and how each one is probed.
//!
//! This is not an official allowlist: Intuit does not publish one. Each row says where its host
//! was seen. Probes only ever request static files and images, never an app or sign-in page,
//! because a request to an app page with the user's cookies has been reported to write a
//! "Signed In" entry to the company's audit log.

use serde::Serialize;

/// What part of QuickBooks Online a host serves. The ids are the `data-group` values of the page's contract (docs/ARCHITECTURE.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Group {
    SignIn,
    App,
    Api,
    Payments,
    Static,
    Status,
}

impl Group {
    /// Every group, in the order the page shows them.
    pub const ALL: [Group; 6] = [
        Group::SignIn,
        Group::App,
        Group::Api,
        Group::Payments,
        Group::Static,
        Group::Status,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Group::SignIn => "sign-in",
            Group::App => "app",
            Group::Api => "api",
            Group::Payments => "payments",
            Group::Static => "static",
            Group::Status => "status",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Group::SignIn => "Sign-in",
            Group::App => "QuickBooks app",
            Group::Api => "Connected apps (API)",
            Group::Payments => "Payments and invoice links",
            Group::Static => "Static files (scripts, images)",
            Group::Status => "Intuit status page",
        }
    }
}

/// How sure we are that an image still exists at its URL. Versioned and hashed paths rot, and a
/// retired path answers 404, which an image probe cannot tell from a server error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ImageSeen {
    /// A public source recorded the image being downloaded.
    Loaded,
    /// The URL only appears in code; nobody recorded it loading.
    Referenced,
}

/// A real image on the endpoint's own host. Loading it tells "the host answered with the file"
/// apart from "the host answered with an error page", which a no-cors fetch cannot see.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ProbeImage {
    pub url: &'static str,
    pub seen: ImageSeen,
    /// Where the fact comes from, for maintainers, tests and the native checker. The page never
    /// shows it, so the wasm build leaves it out: every byte of the first load counts.
    #[cfg(not(target_arch = "wasm32"))]
    pub source: &'static str,
}

/// One host that QuickBooks Online needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Endpoint {
    /// Stable id, used in the DOM (`data-endpoint`), the report and the evidence.
    pub id: &'static str,
    pub group: Group,
    pub host: &'static str,
    /// Fetched with `mode: 'no-cors'`, no credentials and no referrer: any HTTP answer proves
    /// the host is reachable. Never an app or sign-in page.
    pub reach_url: &'static str,
    /// A real image on the same host, where one is known.
    pub image: Option<ProbeImage>,
    /// A second real image on the same host, where one is known: then the host counts as
    /// answering with errors only when both fail, and one failing alone means a retired file.
    pub second_image: Option<ProbeImage>,
    /// One line, for the user: why QuickBooks needs this host.
    pub why: &'static str,
    /// Where the host was seen: for maintainers, tests and the native checker. The page never
    /// shows it, so the wasm build leaves it out: every byte of the first load counts.
    #[cfg(not(target_arch = "wasm32"))]
    pub source: &'static str,
}

/// The hosts and test images were last checked on `calendar::CHECKED`. After this long, a missing test file is more likely to have been moved than not.
pub const STALE_AFTER_MS: f64 = 183.0 * 86_400_000.0;

impl Endpoint {
    /// The probe technique, as named in the report.
    pub fn technique(&self) -> &'static str {
        match (self.image, self.second_image) {
            (Some(_), Some(_)) => "fetch-no-cors+2-images",
            (Some(_), None) => "fetch-no-cors+image",
            _ => "fetch-no-cors",
        }
    }

    /// The test image at `index` (0 or 1), where there is one.
    pub fn image_at(&self, index: usize) -> Option<&ProbeImage> {
        match index {
            0 => self.image.as_ref(),
            1 => self.second_image.as_ref(),
            _ => None,
        }
    }

    /// Whether this host's probe can see a server error at all.
    pub fn sees_server_errors(&self) -> bool {
        self.image.is_some()
    }
}

/// Where Intuit publishes QuickBooks Online's status (an Atlassian Statuspage).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct StatusPage {
    pub page_url: &'static str,
    pub summary_url: &'static str,
    /// Where the fact comes from, for maintainers, tests and the native checker. The page never
    /// shows it, so the wasm build leaves it out: every byte of the first load counts.
    #[cfg(not(target_arch = "wasm32"))]
    pub source: &'static str,
}

pub const STATUS_PAGE: StatusPage = StatusPage {
    page_url: "https://status.quickbooks.intuit.com/",
    summary_url: "https://status.quickbooks.intuit.com/api/v2/summary.json",
    #[cfg(not(target_arch = "wasm32"))]
    source: "Status page linked from QuickBooks help; Statuspage v2 summary.json read by public monitors (Nov 2026). CORS support not confirmed; the page handles both.",
};

pub static ENDPOINTS: &[Endpoint] = &[
    Endpoint {
        id: "accounts",
        group: Group::SignIn,
        host: "accounts.intuit.com",
        reach_url: "https://accounts.intuit.com/images/v2/intuit.gif",
        image: Some(ProbeImage {
            url: "https://accounts.intuit.com/images/v2/intuit.gif",
            seen: ImageSeen::Referenced,
            #[cfg(not(target_arch = "wasm32"))]
            source: "Referenced in public code, 2025; not seen loaded.",
        }),
        second_image: None,
        why: "Intuit account sign-in. If it fails, QuickBooks loops or stops at sign-in.",
        #[cfg(not(target_arch = "wasm32"))]
        source: "Sign-in host of QuickBooks Online, seen in public code and pages (Nov 2026).",
    },
    Endpoint {
        id: "sign-in-ui",
        group: Group::SignIn,
        host: "uxfabric.intuitcdn.net",
        reach_url: "https://uxfabric.intuitcdn.net/favicon.ico",
        image: None,
        second_image: None,
        why: "Scripts and images of the sign-in page itself.",
        #[cfg(not(target_arch = "wasm32"))]
        source: "Loaded by the accounts.intuit.com sign-in page (Nov 2026).",
    },
    Endpoint {
        id: "qbo",
        group: Group::App,
        host: "qbo.intuit.com",
        reach_url: "https://qbo.intuit.com/favicon.ico",
        image: None,
        second_image: None,
        why: "The QuickBooks Online app itself.",
        #[cfg(not(target_arch = "wasm32"))]
        source: "App host of QuickBooks Online, seen in public code and pages (Nov 2026).",
    },
    Endpoint {
        id: "qbo-c1",
        group: Group::App,
        host: "c1.qbo.intuit.com",
        reach_url: "https://c1.qbo.intuit.com/favicon.ico",
        image: None,
        second_image: None,
        why: "A regional app host that many companies are served from after sign-in.",
        #[cfg(not(target_arch = "wasm32"))]
        source: "App host seen in public code and pages (Nov 2026).",
    },
    Endpoint {
        id: "app-center",
        group: Group::App,
        host: "appcenter.intuit.com",
        reach_url: "https://appcenter.intuit.com/Content/IA/button_signinwithintuit_horiz_large.png",
        image: Some(ProbeImage {
            url: "https://appcenter.intuit.com/Content/IA/button_signinwithintuit_horiz_large.png",
            seen: ImageSeen::Loaded,
            #[cfg(not(target_arch = "wasm32"))]
            source: "Seen loaded by a public source (Nov 2026).",
        }),
        second_image: None,
        why: "Connecting apps and banks to QuickBooks.",
        #[cfg(not(target_arch = "wasm32"))]
        source: "Seen in public code and pages (Nov 2026).",
    },
    Endpoint {
        id: "qbo-api",
        group: Group::Api,
        host: "quickbooks.api.intuit.com",
        reach_url: "https://quickbooks.api.intuit.com/favicon.ico",
        image: None,
        second_image: None,
        why: "The QuickBooks API that connected apps (payroll, POS, e-commerce) use.",
        #[cfg(not(target_arch = "wasm32"))]
        source: "Intuit's developer documentation names this API host (Nov 2026).",
    },
    Endpoint {
        id: "developer-static",
        group: Group::Api,
        host: "static.developer.intuit.com",
        reach_url: "https://static.developer.intuit.com/images/C2QB_green_btn_lg_default.png",
        image: Some(ProbeImage {
            url: "https://static.developer.intuit.com/images/C2QB_green_btn_lg_default.png",
            seen: ImageSeen::Loaded,
            #[cfg(not(target_arch = "wasm32"))]
            source: "Seen loaded by a public source (Nov 2026).",
        }),
        second_image: None,
        why: "Files behind the \"Connect to QuickBooks\" buttons of connected apps.",
        #[cfg(not(target_arch = "wasm32"))]
        source: "Seen in public code and pages (Nov 2026).",
    },
    Endpoint {
        id: "payments-connect",
        group: Group::Payments,
        host: "connect.intuit.com",
        reach_url: "https://connect.intuit.com/favicon.ico",
        image: None,
        second_image: None,
        why: "Invoice payment links that customers open to pay you.",
        #[cfg(not(target_arch = "wasm32"))]
        source: "Host of QuickBooks invoice payment links (Nov 2026).",
    },
    Endpoint {
        id: "static-plugin",
        group: Group::Static,
        host: "plugin.intuitcdn.net",
        reach_url: "https://plugin.intuitcdn.net/sbg-web-shell-ui/6.3.0/shell/harmony/images/QBOlogo.png",
        image: Some(ProbeImage {
            url: "https://plugin.intuitcdn.net/sbg-web-shell-ui/6.3.0/shell/harmony/images/QBOlogo.png",
            seen: ImageSeen::Referenced,
            #[cfg(not(target_arch = "wasm32"))]
            source: "In Intuit's own developer sample, 2018–2022; versioned path, may be retired.",
        }),
        second_image: None,
        why: "Scripts, styles and images of the QuickBooks Online screens.",
        #[cfg(not(target_arch = "wasm32"))]
        source: "QBO serves its UI files from this CDN (Nov 2026).",
    },
    Endpoint {
        id: "static-qbo",
        group: Group::Static,
        host: "prod-qbo.intuitcdn.net",
        reach_url: "https://prod-qbo.intuitcdn.net/favicon.ico",
        image: None,
        second_image: None,
        why: "More QuickBooks Online files, from Intuit's CDN.",
        #[cfg(not(target_arch = "wasm32"))]
        source: "Seen in public code and pages (Nov 2026).",
    },
    Endpoint {
        id: "quickbooks-site",
        group: Group::Static,
        host: "quickbooks.intuit.com",
        reach_url: "https://quickbooks.intuit.com/cas/dam/IMAGE/A7mjJ5rpg/apple-touch-icon-196x196.png",
        image: Some(ProbeImage {
            url: "https://quickbooks.intuit.com/cas/dam/IMAGE/A7mjJ5rpg/apple-touch-icon-196x196.png",
            seen: ImageSeen::Loaded,
            #[cfg(not(target_arch = "wasm32"))]
            source: "Seen loaded by a public source, 2026.",
        }),
        second_image: Some(ProbeImage {
            url: "https://quickbooks.intuit.com/cas/dam/IMAGE/A6OWCozsM/qb_thumb.png",
            seen: ImageSeen::Referenced,
            #[cfg(not(target_arch = "wasm32"))]
            source: "Shown as an <img> (QuickBooks logo) by several public web apps' integration pages, 2025–2026; not seen loaded from here.",
        }),
        why: "Intuit's help site, behind the same kind of edge network that shows \"Access Denied\" pages.",
        #[cfg(not(target_arch = "wasm32"))]
        source: "Help and community site (quickbooks.intuit.com/learn-support), fronted by Akamai (Nov 2026).",
    },
    Endpoint {
        id: "status",
        group: Group::Status,
        host: "status.quickbooks.intuit.com",
        reach_url: "https://status.quickbooks.intuit.com/api/v2/summary.json",
        image: None,
        second_image: None,
        why: "Intuit's own status page, read below for outages.",
        #[cfg(not(target_arch = "wasm32"))]
        source: STATUS_PAGE.source,
    },
];

/// Looks an endpoint up by its stable id.
pub fn endpoint(id: &str) -> Option<&'static Endpoint> {
    ENDPOINTS.iter().find(|e| e.id == id)
}

/// The note shown for hosts whose server errors cannot be seen: no known image on them.
/// favicon.ico is a conventional static path, never an app page; a no-cors fetch hides the
/// status, so any HTTP answer (even a 404) proves reachability, and no more.
pub fn blind_spot(endpoint: &Endpoint) -> Option<crate::outcome::RowNote> {
    (!endpoint.sees_server_errors()).then_some(crate::outcome::RowNote::Unseen)
}

/// Every host the page may contact, in catalogue order without repeats.
pub fn hosts() -> Vec<&'static str> {
    let mut hosts: Vec<&'static str> = Vec::new();
    for host in ENDPOINTS.iter().map(|e| e.host) {
        if !hosts.contains(&host) {
            hosts.push(host);
        }
    }
    hosts
}

/// Hosts the page loads images from.
pub fn image_hosts() -> Vec<&'static str> {
    let mut hosts: Vec<&'static str> = Vec::new();
    for e in ENDPOINTS.iter().filter(|e| e.image.is_some()) {
        if !hosts.contains(&e.host) {
            hosts.push(e.host);
        }
    }
    hosts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host_of(url: &str) -> &str {
        url.strip_prefix("https://")
            .and_then(|rest| rest.split('/').next())
            .unwrap_or("")
    }

    #[test]
    fn ids_are_unique_and_kebab_case() {
        for (i, e) in ENDPOINTS.iter().enumerate() {
            assert!(
                e.id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{}",
                e.id
            );
            assert!(
                ENDPOINTS[i + 1..].iter().all(|o| o.id != e.id),
                "duplicate {}",
                e.id
            );
        }
    }

    #[test]
    fn every_group_has_a_host_and_there_are_at_least_eight() {
        assert!(ENDPOINTS.len() >= 8);
        for group in Group::ALL {
            assert!(ENDPOINTS.iter().any(|e| e.group == group), "{:?}", group);
        }
    }

    #[test]
    fn urls_are_https_on_the_rows_own_intuit_host() {
        for e in ENDPOINTS {
            assert_eq!(host_of(e.reach_url), e.host, "{}", e.id);
            if let Some(image) = e.image {
                assert_eq!(host_of(image.url), e.host, "{}", e.id);
            }
            assert!(
                e.host.ends_with(".intuit.com") || e.host.ends_with(".intuitcdn.net"),
                "{} is not an Intuit host",
                e.host
            );
        }
    }

    #[test]
    fn probes_request_only_static_files() {
        const STATIC: [&str; 5] = [".png", ".gif", ".svg", ".ico", ".json"];
        for e in ENDPOINTS {
            let urls = std::iter::once(e.reach_url).chain(e.image.map(|i| i.url));
            for url in urls {
                assert!(
                    STATIC.iter().any(|x| url.ends_with(x)),
                    "{url} is not a static file"
                );
                assert!(!url.contains("/app/"), "{url} is an app page");
            }
        }
    }

    #[test]
    fn every_fact_has_a_source_and_a_reason() {
        for e in ENDPOINTS {
            assert!(!e.source.is_empty() && !e.why.is_empty(), "{}", e.id);
            if let Some(image) = e.image {
                assert!(!image.source.is_empty(), "{}", e.id);
            }
        }
    }

    #[test]
    fn the_status_row_probes_the_status_page_host() {
        let status = endpoint("status").expect("status row");
        assert_eq!(host_of(STATUS_PAGE.summary_url), status.host);
    }
}
