//! azure_identity's `ClientCertificateCredential` through [`Graph::credential`],
//! offline: a throwaway RSA key and self-signed certificate, bundled as PKCS #12
//! (what the credential takes), and a local HTTPS token endpoint (a test CA)
//! that checks the client assertion the credential signs: its header names the
//! certificate by SHA-1 thumbprint (`x5t`), it is addressed to that endpoint and
//! issued by the client, and its RS256 signature verifies with the
//! certificate's public key.

mod common;

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use common::{HttpsMock, graph_expecting, graph_with, token_response, update_twice};
use openssl::asn1::Asn1Time;
use openssl::hash::MessageDigest;
use openssl::pkcs12::Pkcs12;
use openssl::pkey::{PKey, Private};
use openssl::rsa::Rsa;
use openssl::sign::Verifier;
use openssl::x509::{X509, X509NameBuilder};
use serde_json::Value;
use wiremock::matchers::{body_string_contains, method, path};
use wiremock::{Mock, ResponseTemplate};

/// An RSA key and a one-day self-signed certificate for it.
fn certificate() -> (PKey<Private>, X509) {
    let key = PKey::from_rsa(Rsa::generate(2048).unwrap()).unwrap();
    let mut name = X509NameBuilder::new().unwrap();
    name.append_entry_by_text("CN", "graph-sdk test application").unwrap();
    let name = name.build();
    let mut cert = X509::builder().unwrap();
    cert.set_version(2).unwrap();
    cert.set_subject_name(&name).unwrap();
    cert.set_issuer_name(&name).unwrap();
    cert.set_pubkey(&key).unwrap();
    cert.set_not_before(&Asn1Time::days_from_now(0).unwrap()).unwrap();
    cert.set_not_after(&Asn1Time::days_from_now(1).unwrap()).unwrap();
    cert.sign(&key, MessageDigest::sha256()).unwrap();
    (key, cert.build())
}

fn decode_json(part: &str) -> Value {
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(part).expect("base64url")).expect("JSON")
}

#[tokio::test]
async fn a_client_certificate_token_reaches_graph() {
    let (key, cert) = certificate();
    let bundle = Pkcs12::builder().name("graph-sdk").pkey(&key).cert(&cert).build2("").unwrap().to_der().unwrap();

    let login = HttpsMock::start().await;
    Mock::given(method("POST"))
        .and(path("/tenant-1/oauth2/v2.0/token"))
        .and(body_string_contains("grant_type=client_credentials"))
        .and(body_string_contains("client_id=client-1"))
        .and(body_string_contains(
            "client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer",
        ))
        .and(body_string_contains("scope=https%3A%2F%2F127.0.0.1%2F.default"))
        .respond_with(ResponseTemplate::new(200).set_body_json(token_response("certificate-t0ken", 3599)))
        .expect(1)
        .mount(&login.server)
        .await;
    let graph = graph_expecting("certificate-t0ken").await;

    let options = azure_identity::ClientCertificateCredentialOptions {
        client_options: login.authority_options(),
        ..Default::default()
    };
    let credential = azure_identity::ClientCertificateCredential::new(
        "tenant-1".into(),
        "client-1".into(),
        azure_core::credentials::SecretBytes::new(bundle),
        Some(options),
    )
    .unwrap();

    update_twice(&graph_with(&graph, credential), &graph).await;
    login.server.verify().await;

    // The assertion the token endpoint got.
    let requests = login.server.received_requests().await.unwrap();
    let form: Vec<(String, String)> = form_urlencoded::parse(&requests[0].body).into_owned().collect();
    let assertion = &form.iter().find(|(k, _)| k == "client_assertion").expect("a client assertion").1;
    let parts: Vec<&str> = assertion.split('.').collect();
    assert_eq!(parts.len(), 3, "a signed JWT: {assertion}");
    let header = decode_json(parts[0]);
    assert_eq!(header["alg"], "RS256");
    let thumbprint = STANDARD.encode(cert.digest(MessageDigest::sha1()).unwrap());
    assert_eq!(header["x5t"], thumbprint.as_str(), "the certificate's SHA-1 thumbprint");
    let claims = decode_json(parts[1]);
    assert_eq!(claims["aud"], format!("{}/tenant-1/oauth2/v2.0/token", login.uri).as_str());
    assert_eq!((claims["iss"].as_str(), claims["sub"].as_str()), (Some("client-1"), Some("client-1")));

    let public = PKey::public_key_from_der(&key.public_key_to_der().unwrap()).unwrap();
    let mut verifier = Verifier::new(MessageDigest::sha256(), &public).unwrap();
    verifier.update(format!("{}.{}", parts[0], parts[1]).as_bytes()).unwrap();
    let signature = URL_SAFE_NO_PAD.decode(parts[2]).unwrap();
    assert!(verifier.verify(&signature).unwrap(), "signed with the certificate's key");
    // And only with it: a forged signature does not verify.
    let mut forged = signature.clone();
    forged[0] ^= 0xff;
    let mut verifier = Verifier::new(MessageDigest::sha256(), &public).unwrap();
    verifier.update(format!("{}.{}", parts[0], parts[1]).as_bytes()).unwrap();
    assert!(!verifier.verify(&forged).unwrap_or(false));
}
