//! Products that inspect TLS, told apart by the name their certificate authority carries. Used
//! by the native checker to say "probably <product>" when a chain is valid only against the
//! machine's own roots. A match is by name only: any CA may call itself anything.

pub struct InspectionProduct {
    /// Matched, case-insensitively, against the issuer's distinguished name.
    pub token: &'static str,
    pub product: &'static str,
    pub source: &'static str,
}

const SOURCE: &str =
    "the vendor's name, as it appears in the issuer of the certificates its TLS inspection makes";

pub const PRODUCTS: &[InspectionProduct] = &[
    InspectionProduct {
        token: "zscaler",
        product: "Zscaler",
        source: SOURCE,
    },
    InspectionProduct {
        token: "fortinet",
        product: "Fortinet FortiGate",
        source: SOURCE,
    },
    InspectionProduct {
        token: "fortigate",
        product: "Fortinet FortiGate",
        source: SOURCE,
    },
    InspectionProduct {
        token: "palo alto",
        product: "Palo Alto Networks",
        source: SOURCE,
    },
    InspectionProduct {
        token: "sophos",
        product: "Sophos",
        source: SOURCE,
    },
    InspectionProduct {
        token: "netskope",
        product: "Netskope",
        source: SOURCE,
    },
    InspectionProduct {
        token: "forcepoint",
        product: "Forcepoint",
        source: SOURCE,
    },
    InspectionProduct {
        token: "check point",
        product: "Check Point",
        source: SOURCE,
    },
    InspectionProduct {
        token: "barracuda",
        product: "Barracuda",
        source: SOURCE,
    },
    InspectionProduct {
        token: "cisco umbrella",
        product: "Cisco Umbrella",
        source: SOURCE,
    },
    InspectionProduct {
        token: "avast",
        product: "Avast or AVG antivirus",
        source: SOURCE,
    },
    InspectionProduct {
        token: "kaspersky",
        product: "Kaspersky",
        source: SOURCE,
    },
    InspectionProduct {
        token: "eset, spol",
        product: "ESET",
        source: SOURCE,
    },
    InspectionProduct {
        token: "bitdefender",
        product: "Bitdefender",
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
