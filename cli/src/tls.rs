//! TLS, seen from the outside. The handshake records the certificate chain whatever it is, so
//! the report can name its issuer; the chain is then checked twice: against the public web PKI
//! (webpki-roots, what a fresh browser trusts) and against this machine's trust store plus any
//! `--ca-file`. A chain that only the second accepts was issued by something on this machine
//! or network: TLS inspection. Nothing but a GET for a public static file is ever sent.

use std::sync::{Arc, Mutex};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::{CryptoProvider, WebPkiSupportedAlgorithms};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, RootCertStore, SignatureScheme};
use serde::Serialize;
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;
use tokio_rustls::TlsConnector;

/// The two sets of roots a chain is checked against.
pub struct Trust {
    provider: Arc<CryptoProvider>,
    public: Arc<RootCertStore>,
    /// This machine's trust store and `--ca-file`; `None` when neither has a root.
    local: Option<Arc<RootCertStore>>,
    /// How many of the machine's certificates could not be read (0: all were).
    pub local_errors: usize,
}

impl Trust {
    /// `ca_file`: PEM certificates to trust as if installed on this machine.
    pub fn load(ca_file: Option<&std::path::Path>) -> Result<Trust, String> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut public = RootCertStore::empty();
        public.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        let mut local = RootCertStore::empty();
        let native = rustls_native_certs::load_native_certs();
        let local_errors = native.errors.len();
        local.add_parsable_certificates(native.certs);
        if let Some(path) = ca_file {
            let pem = std::fs::read(path)
                .map_err(|e| format!("cannot read --ca-file {}: {e}", path.display()))?;
            let certs: Vec<CertificateDer<'static>> = rustls_pemfile::certs(&mut pem.as_slice())
                .collect::<Result<_, _>>()
                .map_err(|e| format!("--ca-file {} is not PEM: {e}", path.display()))?;
            if certs.is_empty() {
                return Err(format!("--ca-file {} holds no certificate", path.display()));
            }
            let (added, _) = local.add_parsable_certificates(certs);
            if added == 0 {
                return Err(format!(
                    "--ca-file {}: no usable certificate",
                    path.display()
                ));
            }
        }
        Ok(Trust {
            provider,
            public: Arc::new(public),
            local: (!local.is_empty()).then(|| Arc::new(local)),
            local_errors,
        })
    }

    fn verifies(
        &self,
        roots: &Arc<RootCertStore>,
        chain: &[CertificateDer<'static>],
        host: &str,
    ) -> Result<(), String> {
        let (end_entity, intermediates) = chain.split_first().ok_or("no certificate was sent")?;
        let name = ServerName::try_from(host.to_string()).map_err(|e| e.to_string())?;
        let verifier =
            WebPkiServerVerifier::builder_with_provider(roots.clone(), self.provider.clone())
                .build()
                .map_err(|e| e.to_string())?;
        verifier
            .verify_server_cert(end_entity, intermediates, &name, &[], UnixTime::now())
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct TlsSeen {
    /// `TLSv1.3` or `TLSv1.2`.
    pub version: Option<String>,
    /// The leaf certificate's issuer, as its distinguished name.
    pub issuer: Option<String>,
    /// The chain is valid against the public web PKI.
    pub public_ca: Option<bool>,
    /// Valid only against this machine's roots or `--ca-file`: TLS inspection.
    pub local_ca_only: bool,
    pub error: Option<String>,
}

/// Accepts any chain during the handshake and keeps it, so it can be judged afterwards. The
/// handshake's signatures are still checked.
#[derive(Debug)]
struct Recorder {
    chain: Mutex<Vec<CertificateDer<'static>>>,
    algorithms: WebPkiSupportedAlgorithms,
}

impl ServerCertVerifier for Recorder {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if let Ok(mut chain) = self.chain.lock() {
            *chain = std::iter::once(end_entity)
                .chain(intermediates)
                .map(|c| c.clone().into_owned())
                .collect();
        }
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.algorithms.supported_schemes()
    }
}

fn issuer_of(der: &CertificateDer<'_>) -> Option<String> {
    let (_, cert) = x509_parser::parse_x509_certificate(der.as_ref()).ok()?;
    Some(cert.issuer().to_string())
}

/// The handshake, then the two checks of the chain. `None` when no usable connection results.
pub async fn handshake(
    tcp: TcpStream,
    host: &str,
    trust: &Arc<Trust>,
    seen: &mut TlsSeen,
) -> Option<TlsStream<TcpStream>> {
    let recorder = Arc::new(Recorder {
        chain: Mutex::new(Vec::new()),
        algorithms: trust.provider.signature_verification_algorithms,
    });
    let config = rustls::ClientConfig::builder_with_provider(trust.provider.clone())
        .with_safe_default_protocol_versions()
        .ok()?
        .dangerous()
        .with_custom_certificate_verifier(recorder.clone())
        .with_no_client_auth();
    let name = match ServerName::try_from(host.to_string()) {
        Ok(name) => name,
        Err(e) => {
            seen.error = Some(e.to_string());
            return None;
        }
    };
    let stream = match TlsConnector::from(Arc::new(config))
        .connect(name, tcp)
        .await
    {
        Ok(stream) => stream,
        Err(e) => {
            seen.error = Some(e.to_string());
            return None;
        }
    };
    seen.version = stream
        .get_ref()
        .1
        .protocol_version()
        .and_then(|v| v.as_str())
        .map(|v| v.replace('_', "."));
    let chain = recorder.chain.lock().map(|c| c.clone()).unwrap_or_default();
    seen.issuer = chain.first().and_then(issuer_of);
    match trust.verifies(&trust.public, &chain, host) {
        Ok(()) => seen.public_ca = Some(true),
        Err(public_error) => {
            seen.public_ca = Some(false);
            match &trust.local {
                Some(local) if trust.verifies(local, &chain, host).is_ok() => {
                    seen.local_ca_only = true
                }
                _ => {
                    // Untrusted everywhere: a browser would refuse this connection too.
                    seen.error = Some(public_error);
                    return None;
                }
            }
        }
    }
    Some(stream)
}
