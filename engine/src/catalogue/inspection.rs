//! Products that inspect TLS, told apart by the name their certificate authority carries. Used
//! by the native checker to say "probably <product>" when a chain is valid only against the
//! machine's own roots. A match is by name only: any CA may call itself anything.

pub struct InspectionProduct {
    /// Matched, case-insensitively, against the issuer's distinguished name.
    pub token: &'static str,
    pub product: &'static str,
    /// Where the fact comes from; the page never shows it, so the wasm build leaves it out.
    #[cfg(not(target_arch = "wasm32"))]
    pub source: &'static str,
}

#[cfg(not(target_arch = "wasm32"))]
const SOURCE: &str =
    "the vendor's name, as it appears in the issuer of the certificates its TLS inspection makes";

pub const PRODUCTS: &[InspectionProduct] = &[
    InspectionProduct {
        token: "zscaler",
        product: "Zscaler",
        #[cfg(not(target_arch = "wasm32"))]
        source: SOURCE,
    },
    InspectionProduct {
        token: "fortinet",
        product: "Fortinet FortiGate",
        #[cfg(not(target_arch = "wasm32"))]
        source: SOURCE,
    },
    InspectionProduct {
        token: "fortigate",
        product: "Fortinet FortiGate",
        #[cfg(not(target_arch = "wasm32"))]
        source: SOURCE,
    },
    InspectionProduct {
        token: "palo alto",
        product: "Palo Alto Networks",
        #[cfg(not(target_arch = "wasm32"))]
        source: SOURCE,
    },
    InspectionProduct {
        token: "sophos",
        product: "Sophos",
        #[cfg(not(target_arch = "wasm32"))]
        source: SOURCE,
    },
    InspectionProduct {
        token: "netskope",
        product: "Netskope",
        #[cfg(not(target_arch = "wasm32"))]
        source: SOURCE,
    },
    InspectionProduct {
        token: "forcepoint",
        product: "Forcepoint",
        #[cfg(not(target_arch = "wasm32"))]
        source: SOURCE,
    },
    InspectionProduct {
        token: "check point",
        product: "Check Point",
        #[cfg(not(target_arch = "wasm32"))]
        source: SOURCE,
    },
    InspectionProduct {
        token: "barracuda",
        product: "Barracuda",
        #[cfg(not(target_arch = "wasm32"))]
        source: SOURCE,
    },
    InspectionProduct {
        token: "cisco umbrella",
        product: "Cisco Umbrella",
        #[cfg(not(target_arch = "wasm32"))]
        source: SOURCE,
    },
    InspectionProduct {
        token: "avast",
        product: "Avast or AVG antivirus",
        #[cfg(not(target_arch = "wasm32"))]
        source: SOURCE,
    },
    InspectionProduct {
        token: "kaspersky",
        product: "Kaspersky",
        #[cfg(not(target_arch = "wasm32"))]
        source: SOURCE,
    },
    InspectionProduct {
        token: "eset, spol",
        product: "ESET",
        #[cfg(not(target_arch = "wasm32"))]
        source: SOURCE,
    },
    InspectionProduct {
        token: "bitdefender",
        product: "Bitdefender",
        #[cfg(not(target_arch = "wasm32"))]
        source: SOURCE,
    },
];

/// The position in [`PRODUCTS`] of the product an issuer's name points to, if it names one:
/// what a link carries instead of the name.
pub fn index(issuer: &str) -> Option<u8> {
    let issuer = issuer.to_ascii_lowercase();
    PRODUCTS
        .iter()
        .position(|p| issuer.contains(p.token))
        .and_then(|i| u8::try_from(i).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn product(issuer: &str) -> Option<&'static str> {
        index(issuer).map(|i| PRODUCTS[usize::from(i)].product)
    }

    #[test]
    fn issuers_name_products() {
        assert_eq!(
            product("CN=Zscaler Root CA, O=Zscaler Inc."),
            Some("Zscaler")
        );
        assert_eq!(
            product("CN=FortiGate CA, O=Fortinet"),
            Some("Fortinet FortiGate")
        );
        assert_eq!(product("CN=Let's Encrypt R3"), None);
        assert!(PRODUCTS
            .iter()
            .all(|p| p.token == p.token.to_ascii_lowercase() && !p.source.is_empty()));
    }
}
