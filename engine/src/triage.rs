//! The user's own answers: what they see, where, and what they already tried. Optional; each
//! answer can only add a finding or lower the confidence of one, never invent a measurement.

use serde::{Deserialize, Serialize};

mod fr_ca;
pub use fr_ca::CANADIAN_FRENCH;

/// One language's words for the triage questions, as data (as the browser facts' are,
/// `crate::panel`): each question, and each answer in the order of its type's `ALL`.
pub struct TriageWords {
    pub symptom: &'static str,
    pub product: &'static str,
    pub private_window: &'static str,
    pub other_network: &'static str,
    pub other_device: &'static str,
    pub symptoms: [&'static str; Symptom::ALL.len()],
    pub products: [&'static str; Product::ALL.len()],
    pub answers: [&'static str; Answer::ALL.len()],
}

/// The triage questions in English.
pub static ENGLISH: TriageWords = TriageWords {
    symptom: "What do you see?",
    product: "Where?",
    private_window: "Does QuickBooks work in a private window?",
    other_network: "Does it work on another network (such as a phone's hotspot)?",
    other_device: "Does it work on another device on this same network?",
    symptoms: [
        "\"502 Bad Gateway\" or an error on payments",
        "Sign-in keeps looping",
        "\"Access Denied\"",
        "A blank page",
        "Very slow",
        "Something else",
    ],
    products: [
        "QuickBooks Online in a browser",
        "The QuickBooks Online desktop app",
        "QuickBooks Desktop (installed on Windows)",
    ],
    answers: ["Yes, it works there", "No, it fails there too", "Not tried"],
};

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

impl Triage {
    /// The answers as one small number, for the page's follow-up module (which draws the
    /// questions) to pass to the first module (which re-diagnoses): 3 bits for the symptom,
    /// 2 for the product and 2 for each answer, each 0 for "not answered".
    pub fn to_number(&self) -> u32 {
        fn slot<T: PartialEq>(all: &[T], v: Option<&T>) -> u32 {
            v.and_then(|v| all.iter().position(|x| x == v))
                .map_or(0, |i| i as u32 + 1)
        }
        slot(&Symptom::ALL, self.symptom.as_ref())
            | slot(&Product::ALL, self.product.as_ref()) << 3
            | slot(&Answer::ALL, self.works_in_private_window.as_ref()) << 5
            | slot(&Answer::ALL, self.works_on_other_network.as_ref()) << 7
            | slot(&Answer::ALL, self.works_on_other_device.as_ref()) << 9
    }

    /// Reads [`Self::to_number`]; `None` for a number it never writes.
    pub fn from_number(n: u32) -> Option<Triage> {
        fn slot<T: Copy>(all: &[T], bits: u32) -> Option<Option<T>> {
            match bits {
                0 => Some(None),
                i => all.get(i as usize - 1).copied().map(Some),
            }
        }
        if n >> 11 != 0 {
            return None;
        }
        Some(Triage {
            symptom: slot(&Symptom::ALL, n & 7)?,
            product: slot(&Product::ALL, n >> 3 & 3)?,
            works_in_private_window: slot(&Answer::ALL, n >> 5 & 3)?,
            works_on_other_network: slot(&Answer::ALL, n >> 7 & 3)?,
            works_on_other_device: slot(&Answer::ALL, n >> 9 & 3)?,
        })
    }
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_cross_between_the_modules_as_a_number() {
        let mut seen = 0;
        for n in 0..(1 << 12) {
            if let Some(t) = Triage::from_number(n) {
                assert_eq!(t.to_number(), n);
                seen += 1;
            }
        }
        assert_eq!(seen, 7 * 4 * 4 * 4 * 4);
        assert_eq!(Triage::default().to_number(), 0);
    }
}
