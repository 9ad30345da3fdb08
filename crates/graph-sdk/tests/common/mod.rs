//! Test support: an HTTPS front for a wiremock server (a throwaway CA made
//! with rcgen, served with rustls), and log capture. Loopback only.

#![allow(dead_code, reason = "each test binary uses part of it")]

use std::sync::{Arc, Mutex};

use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair, KeyUsagePurpose, SanType};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio::net::{TcpListener, TcpStream};
use wiremock::MockServer;

/// A wiremock server behind TLS on 127.0.0.1, with the CA that signed its certificate.
pub struct HttpsMock {
    /// Mount mocks here; requests arrive decrypted.
    pub server: MockServer,
    /// `https://127.0.0.1:{port}`.
    pub uri: String,
    /// The CA certificate, PEM (what `SSL_CERT_FILE` would point at).
    pub ca_pem: String,
}

impl HttpsMock {
    pub async fn start() -> HttpsMock {
        let server = MockServer::start().await;
        let ca_key = KeyPair::generate().unwrap();
        let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca_params.distinguished_name.push(DnType::CommonName, "graph-sdk test CA");
        ca_params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::DigitalSignature];
        let ca = CertifiedIssuer::self_signed(ca_params, ca_key).unwrap();
        let leaf_key = KeyPair::generate().unwrap();
        let mut leaf_params = CertificateParams::new(vec!["localhost".to_string()]).unwrap();
        leaf_params.subject_alt_names.push(SanType::IpAddress([127, 0, 0, 1].into()));
        let leaf = leaf_params.signed_by(&leaf_key, &ca).unwrap();

        let chain: Vec<CertificateDer<'static>> = vec![leaf.der().clone(), ca.der().clone()];
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(leaf_key.serialize_der()));
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(chain, key)
            .unwrap();
        let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let uri = format!("https://127.0.0.1:{}", listener.local_addr().unwrap().port());
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
        HttpsMock { server, uri, ca_pem: ca.pem() }
    }

    /// A reqwest client that trusts only the test CA.
    pub fn client(&self) -> reqwest::Client {
        let ca = reqwest::Certificate::from_pem(self.ca_pem.as_bytes()).unwrap();
        reqwest::Client::builder().tls_certs_only([ca]).build().unwrap()
    }

    /// azure_core client options for a credential whose authority is this mock:
    /// its HTTPS origin as the authority host, reached through [`HttpsMock::client`].
    pub fn authority_options(&self) -> azure_core::http::ClientOptions {
        let mut cloud = azure_core::cloud::CustomConfiguration::default();
        cloud.authority_host = self.uri.clone();
        azure_core::http::ClientOptions {
            transport: Some(azure_core::http::Transport::new(Arc::new(self.client()))),
            cloud: Some(Arc::new(cloud.into())),
            ..Default::default()
        }
    }
}

/// A token endpoint answer, as Microsoft Entra ID sends it.
pub fn token_response(token: &str, expires_in: u64) -> serde_json::Value {
    serde_json::json!({"token_type": "Bearer", "expires_in": expires_in, "ext_expires_in": expires_in, "access_token": token})
}

/// Everything logged at TRACE.
#[derive(Clone, Default)]
pub struct Logs(Arc<Mutex<Vec<u8>>>);

impl Logs {
    /// A process-wide TRACE subscriber, installed once before anything is
    /// logged: unlike [`Logs::capture`], no callsite can have cached "disabled"
    /// from another thread first. For binaries whose tests assert what is logged.
    pub fn global() -> Logs {
        static LOGS: std::sync::OnceLock<Logs> = std::sync::OnceLock::new();
        LOGS.get_or_init(|| {
            let logs = Logs::default();
            let writer = logs.clone();
            let subscriber = tracing_subscriber::fmt()
                .with_max_level(tracing::Level::TRACE)
                .with_ansi(false)
                .with_writer(move || writer.clone())
                .finish();
            tracing::subscriber::set_global_default(subscriber).expect("the first subscriber of this binary");
            logs
        })
        .clone()
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

impl std::io::Write for Logs {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The bearer token the tests use (and check never leaks).
pub const TOKEN: &str = "s3cr3t-t0ken-value";

/// Retries without the default waits.
pub fn fast() -> graph_sdk::RetryPolicy {
    graph_sdk::RetryPolicy { base_delay: std::time::Duration::from_millis(10), ..graph_sdk::RetryPolicy::default() }
}

/// A client for `server`'s `/beta` with the static test token.
pub fn graph(server: &MockServer) -> graph_sdk::Graph {
    graph_sdk::Graph::builder()
        .base_url(format!("{}/beta", server.uri()))
        .bearer_token(TOKEN)
        .retry_policy(fast())
        .build()
        .unwrap()
}

/// The seed operation's path for device identity `dev-1`.
pub const GRAPH_PATH: &str =
    "/beta/deviceManagement/windowsAutopilotDeviceIdentities/dev-1/deploymentProfile/assignments";

/// Graph on loopback, answering the seed operation with the assignment `a-1`
/// only when it carries `Bearer {token}`.
pub async fn graph_expecting(token: &str) -> MockServer {
    use wiremock::matchers::{header, method, path};
    let graph = MockServer::start().await;
    wiremock::Mock::given(method("PATCH"))
        .and(path(GRAPH_PATH))
        .and(header("authorization", format!("Bearer {token}").as_str()))
        .respond_with(wiremock::ResponseTemplate::new(200).set_body_json(serde_json::json!({"id": "a-1"})))
        .mount(&graph)
        .await;
    graph
}

/// A client for `graph`'s `/beta` with `credential`.
pub fn graph_with(
    graph: &MockServer,
    credential: Arc<dyn azure_core::credentials::TokenCredential>,
) -> graph_sdk::Graph {
    graph_sdk::Graph::builder().base_url(format!("{}/beta", graph.uri())).credential(credential).build().unwrap()
}

/// Updates `dev-1` twice, checking each answer; then that `graph` got exactly
/// those two calls (the token was had once and cached, or the mock would not match).
pub async fn update_twice(g: &graph_sdk::Graph, graph: &MockServer) {
    for _ in 0..2 {
        let assignment =
            g.update_deployment_profile_assignment("dev-1", Default::default()).await.unwrap().expect("a body");
        assert_eq!(assignment.id.as_deref(), Some("a-1"));
    }
    assert_eq!(graph.received_requests().await.unwrap().len(), 2);
}
