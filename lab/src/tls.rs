//! Certificates for every impersonated host. One key is trusted by the test browser through
//! `--ignore-certificate-errors-spki-list`; a second key stands for an untrusted certificate.

use std::sync::Arc;

use base64::Engine as _;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use rustls::server::{ClientHello, ResolvesServerCert};
use rustls::sign::CertifiedKey;
use sha2::{Digest, Sha256};

use crate::scenario::{Behaviour, Scenario};

pub struct Certificates {
    trusted: Arc<CertifiedKey>,
    untrusted: Arc<CertifiedKey>,
    /// Valid in form, but for another name and from a key the browser does not trust.
    wrong_host: Arc<CertifiedKey>,
    /// base64(sha256(SubjectPublicKeyInfo)) of the trusted key, for Chromium.
    pub trusted_spki: String,
    /// The CA that issued the trusted certificate, as PEM.
    pub ca_pem: String,
    /// The trusted certificate itself, for WebKit, which allows a certificate per host.
    pub trusted_pem: String,
    scenario: Arc<Scenario>,
}

impl std::fmt::Debug for Certificates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Certificates")
    }
}

/// A certificate authority of the lab's own, as a TLS-inspecting proxy or antivirus has: it
/// issues the trusted certificate, and a native client that adds it with `--ca-file` sees a
/// chain valid only against that root.
pub struct LabCa {
    key: rcgen::KeyPair,
    cert: rcgen::Certificate,
}

impl LabCa {
    pub const NAME: &'static str = "qbo-check lab inspection CA";

    fn generate() -> Result<LabCa, String> {
        let key = rcgen::KeyPair::generate().map_err(|e| e.to_string())?;
        let mut params =
            rcgen::CertificateParams::new(Vec::<String>::new()).map_err(|e| e.to_string())?;
        params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, Self::NAME);
        params.key_usages = vec![
            rcgen::KeyUsagePurpose::KeyCertSign,
            rcgen::KeyUsagePurpose::CrlSign,
        ];
        let cert = params.self_signed(&key).map_err(|e| e.to_string())?;
        Ok(LabCa { key, cert })
    }

    pub fn pem(&self) -> String {
        self.cert.pem()
    }
}

/// A certificate for `hosts`, issued by `ca`, or self-signed without one.
fn certified_key(
    hosts: &[String],
    ca: Option<&LabCa>,
) -> Result<(Arc<CertifiedKey>, Vec<u8>, String), String> {
    let key = rcgen::KeyPair::generate().map_err(|e| e.to_string())?;
    let params = rcgen::CertificateParams::new(hosts.to_vec()).map_err(|e| e.to_string())?;
    let cert = match ca {
        Some(ca) => params.signed_by(&key, &ca.cert, &ca.key),
        None => params.self_signed(&key),
    }
    .map_err(|e| e.to_string())?;
    let der = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
    let signing =
        rustls::crypto::ring::sign::any_supported_type(&der).map_err(|e| e.to_string())?;
    let chain = vec![CertificateDer::from(cert.der().to_vec())];
    Ok((
        Arc::new(CertifiedKey::new(chain, signing)),
        key.public_key_der(),
        cert.pem(),
    ))
}

impl Certificates {
    pub fn generate(scenario: Arc<Scenario>) -> Result<Self, String> {
        let hosts = scenario.hosts();
        let ca = LabCa::generate()?;
        let (trusted, spki, trusted_pem) = certified_key(&hosts, Some(&ca))?;
        let (untrusted, _, _) = certified_key(&hosts, None)?;
        let (wrong_host, _, _) = certified_key(&["wrong-host.example".to_string()], None)?;
        Ok(Certificates {
            trusted,
            untrusted,
            wrong_host,
            trusted_spki: base64::engine::general_purpose::STANDARD.encode(Sha256::digest(spki)),
            ca_pem: ca.pem(),
            trusted_pem,
            scenario,
        })
    }
}

impl ResolvesServerCert for Certificates {
    fn resolve(&self, hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        let host = hello.server_name().unwrap_or_default();
        match self.scenario.behaviour(host) {
            Behaviour::UntrustedCert => Some(self.untrusted.clone()),
            Behaviour::WrongHostCert => Some(self.wrong_host.clone()),
            _ => Some(self.trusted.clone()),
        }
    }
}

pub fn server_config(certificates: Arc<Certificates>) -> Arc<rustls::ServerConfig> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("ring supports the default TLS versions")
        .with_no_client_auth()
        .with_cert_resolver(certificates);
    // HTTP/1.1 only: Chromium would otherwise pool HTTP/2 connections across hosts that share a
    // certificate and an address, and per-host behaviour would leak between hosts.
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Arc::new(config)
}
