//! Where real help is. The "Getting help safely" note itself is static HTML in www/index.html,
//! shown before the app starts and whatever happens to it.

use yew::prelude::*;

/// Official Intuit help, for no region in particular: what a link says when the loader has not
/// chosen one. The only external links the page shows, with the status page.
pub const OFFICIAL_HELP: &str = "https://quickbooks.intuit.com/learn-support/";

/// The regional help trees `www/loader.js` may choose (docs/SOURCES.md).
const REGIONS: [&str; 5] = ["en-us", "en-ca", "fr-ca", "en-uk", "en-au"];

/// `url` if it is one of the [`REGIONS`]' help trees, else [`OFFICIAL_HELP`].
fn regional(url: Option<String>) -> AttrValue {
    url.filter(|url| {
        url.strip_prefix(OFFICIAL_HELP)
            .and_then(|rest| rest.strip_suffix('/'))
            .is_some_and(|region| REGIONS.contains(&region))
    })
    .map_or(AttrValue::Static(OFFICIAL_HELP), AttrValue::from)
}

/// The help address `www/loader.js` chose (`qboCheckHelp`: `?lang=`, the choice saved on this
/// device, then the browser's languages).
fn chosen() -> AttrValue {
    regional(crate::js::window().and_then(|w| crate::js::string(&w, "qboCheckHelp")))
}

/// Intuit's help for the visitor's region, for the component that draws the link. Read at every
/// render, not once, because the switcher can change the region at any time: the loader moves
/// the links already drawn, and a link drawn later, or drawn again, must not go back to the
/// region chosen before. No subscription is kept: redrawing every help link on a change would
/// repeat what the loader does, and cost a run's download about 0.4 KB it does not have.
#[hook]
pub fn use_official_help() -> AttrValue {
    chosen()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_known_region_is_taken() {
        for (given, expected) in [
            (
                Some("https://quickbooks.intuit.com/learn-support/en-uk/"),
                "https://quickbooks.intuit.com/learn-support/en-uk/",
            ),
            (
                Some("https://quickbooks.intuit.com/learn-support/fr-ca/"),
                "https://quickbooks.intuit.com/learn-support/fr-ca/",
            ),
            (
                Some("https://quickbooks.intuit.com/learn-support/xx-yy/"),
                OFFICIAL_HELP,
            ),
            (
                Some("https://example.com/learn-support/en-uk/"),
                OFFICIAL_HELP,
            ),
            (Some("javascript:alert(1)"), OFFICIAL_HELP),
            (None, OFFICIAL_HELP),
        ] {
            assert_eq!(
                regional(given.map(String::from)).as_str(),
                expected,
                "{given:?}"
            );
        }
    }
}
