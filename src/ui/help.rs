//! Where real help is. The "Getting help safely" note itself is static HTML in www/index.html,
//! shown before the app starts and whatever happens to it.

/// Official Intuit help. The only external links the page shows, with the status page.
pub const OFFICIAL_HELP: &str = "https://quickbooks.intuit.com/learn-support/";
