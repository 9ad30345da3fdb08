//! Where bearer tokens come from, and the cache that asks for them once.

use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use graph_client::hooks::BoxFuture;

use crate::error::AuthError;
use crate::secret::Secret;

/// A bearer token and when it expires.
#[derive(Clone, Debug)]
pub struct AccessToken {
    pub token: Secret,
    pub expires_at: SystemTime,
}

/// Anything that can produce a token for a scope (`https://graph.microsoft.com/.default`).
pub trait TokenSource: Send + Sync + 'static {
    fn token<'a>(&'a self, scope: &'a str) -> BoxFuture<'a, Result<AccessToken, AuthError>>;
}

/// A fixed bearer token (it never expires as far as the client knows).
pub struct StaticToken(Secret);

impl StaticToken {
    pub fn new(token: impl Into<String>) -> Self {
        StaticToken(Secret::new(token))
    }
}

impl TokenSource for StaticToken {
    fn token<'a>(&'a self, _scope: &'a str) -> BoxFuture<'a, Result<AccessToken, AuthError>> {
        let token =
            AccessToken { token: self.0.clone(), expires_at: SystemTime::now() + Duration::from_secs(365 * 24 * 3600) };
        Box::pin(async move { Ok(token) })
    }
}

/// A token source from an async closure: `token_fn(|scope| async move { ... })`.
pub fn token_fn<F, Fut>(f: F) -> impl TokenSource
where
    F: Fn(String) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<AccessToken, AuthError>> + Send + 'static,
{
    struct FnSource<F>(F);
    impl<F, Fut> TokenSource for FnSource<F>
    where
        F: Fn(String) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<AccessToken, AuthError>> + Send + 'static,
    {
        fn token<'a>(&'a self, scope: &'a str) -> BoxFuture<'a, Result<AccessToken, AuthError>> {
            Box::pin((self.0)(scope.to_string()))
        }
    }
    FnSource(f)
}

/// Any `azure_core` credential (every `azure_identity` credential: client
/// secret, certificate, managed identity, workload identity, Azure CLI).
pub struct AzureCredential(pub Arc<dyn azure_core::credentials::TokenCredential>);

impl TokenSource for AzureCredential {
    fn token<'a>(&'a self, scope: &'a str) -> BoxFuture<'a, Result<AccessToken, AuthError>> {
        Box::pin(async move {
            let t = self.0.get_token(&[scope], None).await.map_err(|e| AuthError::from_message(e.to_string()))?;
            let secs = t.expires_on.unix_timestamp().max(0) as u64;
            Ok(AccessToken {
                token: Secret::new(t.token.secret()),
                expires_at: SystemTime::UNIX_EPOCH + Duration::from_secs(secs),
            })
        })
    }
}

/// Refresh this long before expiry.
const EARLY: Duration = Duration::from_secs(300);

/// Caches the token until shortly before it expires. Concurrent callers at
/// expiry wait for one request to the source instead of making their own.
pub(crate) struct TokenCache {
    source: Arc<dyn TokenSource>,
    scope: String,
    slot: tokio::sync::Mutex<Option<AccessToken>>,
}

impl fmt::Debug for TokenCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenCache").field("scope", &self.scope).finish_non_exhaustive()
    }
}

impl TokenCache {
    pub(crate) fn new(source: Arc<dyn TokenSource>, scope: String) -> Self {
        TokenCache { source, scope, slot: tokio::sync::Mutex::new(None) }
    }

    pub(crate) async fn get(&self) -> Result<Secret, AuthError> {
        let mut slot = self.slot.lock().await;
        if let Some(t) = slot.as_ref()
            && t.expires_at > SystemTime::now() + EARLY
        {
            return Ok(t.token.clone());
        }
        let fresh = self.source.token(&self.scope).await?;
        let secret = fresh.token.clone();
        *slot = Some(fresh);
        Ok(secret)
    }
}
