//! Where real help is. The "Getting help safely" note itself is static HTML in www/index.html,
//! shown before the app starts and whatever happens to it.

use yew::AttrValue;

/// Official Intuit help, for no region in particular: what a link says when the loader has not
/// chosen one. The only external links the page shows, with the status page.
pub const OFFICIAL_HELP: &str = "https://quickbooks.intuit.com/learn-support/";

/// The regional help trees `www/loader.js` may choose (docs/SOURCES.md).
const REGIONS: [&str; 5] = ["en-us", "en-ca", "fr-ca", "en-uk", "en-au"];

/// Intuit's help for the visitor's region, as `www/loader.js` chose it (`?lang=`, the choice
/// saved on this device, then the browser's languages), or [`OFFICIAL_HELP`]. Only one of the
/// [`REGIONS`] is accepted. Read at every render, not once: the switcher can change the region
/// at any time. The loader moves the links already drawn itself; a link drawn later, or drawn
/// again, must not bring back the region chosen before.
pub fn official_help() -> AttrValue {
    crate::js::window()
        .and_then(|w| crate::js::string(&w, "qboCheckHelp"))
        .filter(|url| {
            url.strip_prefix(OFFICIAL_HELP)
                .and_then(|rest| rest.strip_suffix('/'))
                .is_some_and(|region| REGIONS.contains(&region))
        })
        .map_or(AttrValue::Static(OFFICIAL_HELP), AttrValue::from)
}
