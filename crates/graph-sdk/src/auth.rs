//! Where bearer tokens come from, and the cache that asks for them once.

use std::fmt;
use std::future::Future;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant, SystemTime};

use reqwest::header::HeaderValue;

use crate::BoxFuture;
use crate::error::AuthError;
use crate::secret::Secret;

/// A bearer token and when it expires.
#[derive(Clone, Debug)]
pub struct AccessToken {
    /// The token.
    pub token: Secret,
    /// When the token stops being accepted.
    pub expires_at: SystemTime,
}

impl AccessToken {
    /// A token valid until `expires_at`.
    pub fn new(token: impl Into<Secret>, expires_at: SystemTime) -> Self {
        AccessToken { token: token.into(), expires_at }
    }
}

/// Anything that can produce a token for a scope (`https://graph.microsoft.com/.default`).
pub trait TokenSource: Send + Sync + 'static {
    /// A token for `scope`. Called only when the cached token is due for refresh.
    fn token<'a>(&'a self, scope: &'a str) -> BoxFuture<'a, Result<AccessToken, AuthError>>;
}

/// A fixed bearer token (it never expires as far as the client knows).
pub struct StaticToken(Secret);

impl StaticToken {
    /// Wraps a token obtained elsewhere.
    pub fn new(token: impl Into<Secret>) -> Self {
        StaticToken(token.into())
    }
}

impl fmt::Debug for StaticToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("StaticToken").field(&self.0).finish()
    }
}

impl TokenSource for StaticToken {
    fn token<'a>(&'a self, _scope: &'a str) -> BoxFuture<'a, Result<AccessToken, AuthError>> {
        let far = SystemTime::now() + Duration::from_secs(10 * 365 * 24 * 3600);
        Box::pin(std::future::ready(Ok(AccessToken { token: self.0.clone(), expires_at: far })))
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
#[derive(Clone)]
pub struct AzureCredential(pub Arc<dyn azure_core::credentials::TokenCredential>);

impl fmt::Debug for AzureCredential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("AzureCredential").finish_non_exhaustive()
    }
}

impl TokenSource for AzureCredential {
    fn token<'a>(&'a self, scope: &'a str) -> BoxFuture<'a, Result<AccessToken, AuthError>> {
        Box::pin(async move {
            let t = self.0.get_token(&[scope], None).await.map_err(AuthError::from_azure)?;
            let secs = u64::try_from(t.expires_on.unix_timestamp()).unwrap_or(0);
            Ok(AccessToken {
                token: Secret::new(t.token.secret()),
                expires_at: SystemTime::UNIX_EPOCH + Duration::from_secs(secs),
            })
        })
    }
}

/// Refresh this long before expiry (as azure_identity does).
const EARLY: Duration = Duration::from_secs(300);

struct Cached {
    header: HeaderValue,
    refresh_at: SystemTime,
}

/// Caches the `Authorization` value until shortly before the token expires.
/// Concurrent callers at expiry wait for one request to the source; callers
/// that waited behind a failed request get its error instead of a new request.
pub(crate) struct TokenCache {
    source: Arc<dyn TokenSource>,
    scope: String,
    timeout: Duration,
    current: RwLock<Option<Cached>>,
    last_failure: RwLock<Option<(Instant, AuthError)>>,
    refresh: tokio::sync::Mutex<()>,
}

impl fmt::Debug for TokenCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenCache").field("scope", &self.scope).finish_non_exhaustive()
    }
}

impl TokenCache {
    /// A cache asking `source` for `scope`, giving up on a request after `timeout`.
    pub(crate) fn new(source: Arc<dyn TokenSource>, scope: String, timeout: Duration) -> Self {
        TokenCache {
            source,
            scope,
            timeout,
            current: RwLock::new(None),
            last_failure: RwLock::new(None),
            refresh: tokio::sync::Mutex::new(()),
        }
    }

    pub(crate) fn scope(&self) -> &str {
        &self.scope
    }

    fn cached(&self) -> Option<HeaderValue> {
        let current = self.current.read().unwrap_or_else(|e| e.into_inner());
        current.as_ref().filter(|c| SystemTime::now() < c.refresh_at).map(|c| c.header.clone())
    }

    /// The `Authorization` header value (`Bearer …`, marked sensitive).
    pub(crate) async fn get(&self) -> Result<HeaderValue, AuthError> {
        match self.cached() {
            Some(h) => Ok(h),
            // Boxed: the wait and the request take room that every call's future would carry.
            None => Box::pin(self.refresh()).await,
        }
    }

    /// One request to the source at a time; callers that waited get its token or its error.
    async fn refresh(&self) -> Result<HeaderValue, AuthError> {
        let waiting_since = Instant::now();
        let _one_at_a_time = self.refresh.lock().await;
        if let Some(h) = self.cached() {
            return Ok(h);
        }
        if let Some((at, e)) = self.last_failure.read().unwrap_or_else(|e| e.into_inner()).as_ref()
            && *at >= waiting_since
        {
            return Err(e.clone());
        }
        let result = self.fetch().await;
        if let Err(e) = &result {
            *self.last_failure.write().unwrap_or_else(|e| e.into_inner()) = Some((Instant::now(), e.clone()));
        }
        result
    }

    async fn fetch(&self) -> Result<HeaderValue, AuthError> {
        tracing::debug!(scope = %self.scope, "requesting a token");
        let token = tokio::time::timeout(self.timeout, self.source.token(&self.scope))
            .await
            .map_err(|_| AuthError::new(format!("no token within {:?}", self.timeout)))??;
        let mut header = HeaderValue::try_from(format!("Bearer {}", token.token.expose()))
            .map_err(|_| AuthError::new("the token has characters a header cannot carry"))?;
        header.set_sensitive(true);
        let now = SystemTime::now();
        let left = token.expires_at.duration_since(now).unwrap_or(Duration::ZERO);
        // A short-lived token is used for half its life rather than refreshed on every call.
        let refresh_at = if left > EARLY { token.expires_at - EARLY } else { now + left / 2 };
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = Some(Cached { header: header.clone(), refresh_at });
        Ok(header)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn counting(life: Duration, fail: bool) -> (Arc<AtomicUsize>, Arc<dyn TokenSource>) {
        let calls = Arc::new(AtomicUsize::new(0));
        let c = calls.clone();
        let source = token_fn(move |_| {
            let n = c.fetch_add(1, Ordering::SeqCst);
            async move {
                tokio::time::sleep(Duration::from_millis(20)).await;
                if fail {
                    return Err(AuthError::new("AADSTS700016: application not found"));
                }
                Ok(AccessToken::new(format!("t{n}"), SystemTime::now() + life))
            }
        });
        (calls, Arc::new(source))
    }

    #[tokio::test]
    async fn a_short_lived_token_is_kept_for_half_its_life() {
        let (calls, source) = counting(Duration::from_secs(60), false);
        let cache = TokenCache::new(source, "s".into(), Duration::from_secs(5));
        for _ in 0..5 {
            cache.get().await.unwrap();
        }
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn waiters_behind_a_failed_request_share_its_error() {
        let (calls, source) = counting(Duration::from_secs(3600), true);
        let cache = TokenCache::new(source, "s".into(), Duration::from_secs(5));
        let results = futures_util::future::join_all((0..20).map(|_| cache.get())).await;
        assert!(results.iter().all(|r| r.as_ref().is_err_and(|e| e.code.as_deref() == Some("AADSTS700016"))));
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        cache.get().await.unwrap_err();
        assert_eq!(calls.load(Ordering::SeqCst), 2, "a later call tries again");
    }

    #[tokio::test]
    async fn a_hanging_source_times_out() {
        let source: Arc<dyn TokenSource> = Arc::new(token_fn(|_| std::future::pending()));
        let cache = TokenCache::new(source, "s".into(), Duration::from_millis(50));
        assert!(cache.get().await.unwrap_err().description.contains("no token within"));
    }
}
