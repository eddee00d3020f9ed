//! Where real help is, and a calm warning about fake support numbers.

use yew::prelude::*;

/// Official Intuit help. The only external links the page shows, with the status page.
pub const OFFICIAL_HELP: &str = "https://quickbooks.intuit.com/learn-support/";

#[component]
pub fn Help() -> Html {
    html! {
        <aside class="help" aria-label="Getting help safely">
            <h2>{ "Getting help safely" }</h2>
            <p>
                { "Fake \"QuickBooks support\" phone numbers are common in search results and ads. Intuit's real help is reached from inside QuickBooks (the Help menu) or from " }
                <a href={OFFICIAL_HELP} rel="noopener noreferrer" target="_blank">{ "QuickBooks Support" }</a>
                { ". Never give remote access to your computer, or pay, because of a number you found in a search." }
            </p>
        </aside>
    }
}
