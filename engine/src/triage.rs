//! The user's own answers: what they see, where, and what they already tried. Optional; each
//! answer can only add a finding or lower the confidence of one, never invent a measurement.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Symptom {
    /// "502 Bad Gateway" when taking or making a payment.
    PaymentError,
    SignInLoop,
    AccessDenied,
    BlankPage,
    Slow,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Product {
    OnlineInBrowser,
    OnlineDesktopApp,
    Desktop,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Answer {
    Yes,
    No,
    NotTried,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Triage {
    pub symptom: Option<Symptom>,
    pub product: Option<Product>,
    pub works_in_private_window: Option<Answer>,
    pub works_on_other_network: Option<Answer>,
    pub works_on_other_device: Option<Answer>,
}

impl Symptom {
    pub const ALL: [Symptom; 6] = [
        Symptom::PaymentError,
        Symptom::SignInLoop,
        Symptom::AccessDenied,
        Symptom::BlankPage,
        Symptom::Slow,
        Symptom::Other,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Symptom::PaymentError => "payment-502",
            Symptom::SignInLoop => "sign-in-loop",
            Symptom::AccessDenied => "access-denied",
            Symptom::BlankPage => "blank-page",
            Symptom::Slow => "slow",
            Symptom::Other => "other",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Symptom::PaymentError => "\"502 Bad Gateway\" or an error on payments",
            Symptom::SignInLoop => "Sign-in keeps looping",
            Symptom::AccessDenied => "\"Access Denied\"",
            Symptom::BlankPage => "A blank page",
            Symptom::Slow => "Very slow",
            Symptom::Other => "Something else",
        }
    }
}

impl Product {
    pub const ALL: [Product; 3] = [
        Product::OnlineInBrowser,
        Product::OnlineDesktopApp,
        Product::Desktop,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Product::OnlineInBrowser => "online-browser",
            Product::OnlineDesktopApp => "online-desktop-app",
            Product::Desktop => "desktop",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Product::OnlineInBrowser => "QuickBooks Online in a browser",
            Product::OnlineDesktopApp => "The QuickBooks Online desktop app",
            Product::Desktop => "QuickBooks Desktop (installed on Windows)",
        }
    }
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::No, Answer::NotTried];

    pub fn id(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::NotTried => "not-tried",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Answer::Yes => "Yes, it works there",
            Answer::No => "No, it fails there too",
            Answer::NotTried => "Not tried",
        }
    }
}
