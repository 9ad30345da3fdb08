//! An HTTPS front on 127.0.0.1 for a wiremock server, with a throwaway CA made
//! by rcgen: azure_identity accepts only an HTTPS authority, so the mock
//! token endpoint is served this way.

use std::sync::Arc;

use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair, KeyUsagePurpose, SanType};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio::net::{TcpListener, TcpStream};
use wiremock::MockServer;

/// A wiremock server reached through TLS.
pub struct HttpsMock {
    /// Mount mocks here; requests arrive decrypted.
    pub server: MockServer,
    /// `https://127.0.0.1:{port}`.
    pub uri: String,
    ca_pem: String,
}

impl HttpsMock {
    pub async fn start() -> Result<HttpsMock, String> {
        let err = |what: &str, e: &dyn std::fmt::Display| format!("HTTPS mock: {what}: {e}");
        let server = MockServer::start().await;
        let ca_key = KeyPair::generate().map_err(|e| err("CA key", &e))?;
        let mut ca_params = CertificateParams::new(Vec::<String>::new()).map_err(|e| err("CA", &e))?;
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca_params.distinguished_name.push(DnType::CommonName, "contract tests CA");
        ca_params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::DigitalSignature];
        let ca = CertifiedIssuer::self_signed(ca_params, ca_key).map_err(|e| err("CA", &e))?;
        let leaf_key = KeyPair::generate().map_err(|e| err("key", &e))?;
        let mut leaf_params =
            CertificateParams::new(vec!["localhost".to_string()]).map_err(|e| err("certificate", &e))?;
        leaf_params.subject_alt_names.push(SanType::IpAddress([127, 0, 0, 1].into()));
        let leaf = leaf_params.signed_by(&leaf_key, &ca).map_err(|e| err("certificate", &e))?;

        let chain: Vec<CertificateDer<'static>> = vec![leaf.der().clone(), ca.der().clone()];
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(leaf_key.serialize_der()));
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| err("TLS", &e))?
            .with_no_client_auth()
            .with_single_cert(chain, key)
            .map_err(|e| err("TLS", &e))?;
        let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
        let listener = TcpListener::bind("127.0.0.1:0").await.map_err(|e| err("bind", &e))?;
        let port = listener.local_addr().map_err(|e| err("bind", &e))?.port();
        let backend = *server.address();
        tokio::spawn(async move {
            while let Ok((tcp, _)) = listener.accept().await {
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    let Ok(mut tls) = acceptor.accept(tcp).await else { return };
                    let Ok(mut plain) = TcpStream::connect(backend).await else { return };
                    let _ = tokio::io::copy_bidirectional(&mut tls, &mut plain).await;
                });
            }
        });
        Ok(HttpsMock { server, uri: format!("https://127.0.0.1:{port}"), ca_pem: ca.pem() })
    }

    /// A reqwest client that trusts only the test CA (plain HTTP still works).
    pub fn client(&self) -> Result<reqwest::Client, String> {
        let ca = reqwest::Certificate::from_pem(self.ca_pem.as_bytes()).map_err(|e| e.to_string())?;
        reqwest::Client::builder().tls_certs_only([ca]).build().map_err(|e| e.to_string())
    }
}
