//! The transport behind the generated client: auth, ids, retries, timeouts,
//! tracing. Plugged in through `graph_client::hooks::Transport`; generated
//! code is untouched.

use std::future::Future;
use std::time::Duration;

use graph_client::hooks::Transport;
use reqwest::header::{AUTHORIZATION, HeaderName, HeaderValue, USER_AGENT};
use reqwest::{Method, Request, Response, Url};
use tracing::Instrument;

use crate::BoxFuture;
use crate::auth::TokenCache;
use crate::error::{is_throttled, retry_after};
use crate::report;

/// When and how often to retry, and how long to wait for one attempt.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (at least 1).
    pub max_attempts: u32,
    /// The first backoff when the server gives no `Retry-After`; doubled each time, with jitter.
    pub base_delay: Duration,
    /// The most time spent waiting between attempts, in all; a wait that would pass it is not made.
    pub max_total_delay: Duration,
    /// Per attempt, from sending until the body is read; also bounds a token request.
    pub timeout: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            base_delay: Duration::from_secs(1),
            max_total_delay: Duration::from_secs(60),
            timeout: Duration::from_secs(100),
        }
    }
}

impl RetryPolicy {
    /// Exponential backoff with jitter before retry `n` (1 = the first retry):
    /// uniformly between half and all of `base_delay * 2^(n-1)`.
    pub(crate) fn backoff(&self, n: u32) -> Duration {
        let full = self.base_delay.saturating_mul(1 << n.saturating_sub(1).min(16));
        full.mul_f64(0.5 + fastrand::f64() / 2.0)
    }
}

/// Scheme, host and port: where the token may go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Origin {
    scheme: String,
    host: String,
    port: Option<u16>,
    /// HTTPS, or plain HTTP on a loopback address; decided once, not per request.
    secure: bool,
}

impl Origin {
    pub(crate) fn of(url: &Url) -> Option<Origin> {
        let (scheme, host) = (url.scheme(), url.host_str()?);
        let loopback = matches!(host, "localhost" | "[::1]")
            || host.parse::<std::net::Ipv4Addr>().is_ok_and(|ip| ip.is_loopback());
        Some(Origin {
            scheme: scheme.to_string(),
            host: host.to_string(),
            port: url.port_or_known_default(),
            secure: scheme == "https" || (scheme == "http" && loopback),
        })
    }

    /// Whether `url` has this scheme, host and port (without allocating: it runs for every request).
    pub(crate) fn matches(&self, url: &Url) -> bool {
        url.scheme() == self.scheme
            && url.host_str() == Some(self.host.as_str())
            && url.port_or_known_default() == self.port
    }

    /// HTTPS, or plain HTTP on a loopback address (for local tests).
    pub(crate) fn is_secure(&self) -> bool {
        self.secure
    }
}

const USER_AGENT_VALUE: &str = concat!("graph-sdk/", env!("CARGO_PKG_VERSION"));
const CLIENT_REQUEST_ID: HeaderName = HeaderName::from_static("client-request-id");
const RETRY_ATTEMPT: HeaderName = HeaderName::from_static("retry-attempt");
const REQUEST_ID: HeaderName = HeaderName::from_static("request-id");

pub(crate) struct GraphTransport {
    pub(crate) tokens: TokenCache,
    /// The Graph origin: the only one that gets the token.
    pub(crate) origin: Origin,
    pub(crate) policy: RetryPolicy,
    /// Whether the HTTP client itself applies `policy.timeout` (the one the
    /// builder makes does); otherwise each attempt carries it.
    pub(crate) client_times_out: bool,
}

impl GraphTransport {
    /// The token goes only to the configured Graph origin, and only over HTTPS
    /// (plain HTTP on loopback).
    pub(crate) fn may_authorize(&self, url: &Url) -> bool {
        self.origin.matches(url) && self.origin.is_secure()
    }

    /// Sends `request` with auth, ids and retries; the final response or transport error.
    ///
    /// Every call's future is boxed (see [`Transport::execute`]), so what it
    /// holds across an await is kept small: one request, one spare copy,
    /// and the token refresh and retry timer boxed on their rare paths.
    ///
    /// A function returning an `async` block, not an `async fn`: the block
    /// holds the request where it was captured, where an `async fn` would keep
    /// a second copy of its argument.
    #[allow(clippy::manual_async_fn, reason = "an `async fn` keeps its request twice")]
    pub(crate) fn send<'a>(
        &'a self,
        client: &'a reqwest::Client,
        mut request: Request,
        operation_id: &'a str,
    ) -> impl Future<Output = reqwest::Result<Response>> + Send + 'a {
        async move {
            let auth = if self.may_authorize(request.url()) {
                match self.tokens.get().await {
                    Ok(header) => Some(header),
                    Err(e) => {
                        tracing::warn!(operation_id, error = %e, "no token; the request is not sent");
                        let response = auth_failure(&e);
                        report::record(|r| r.auth = Some(e));
                        return Ok(response);
                    }
                }
            } else {
                None
            };
            let idempotent = matches!(
                *request.method(),
                Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS
            );
            let max_attempts = self.policy.max_attempts.max(1);
            let timeout = (!self.client_times_out).then_some(self.policy.timeout);
            let mut waited = Duration::ZERO;
            let mut attempt = 1u32;
            loop {
                // A copy for the next attempt; none when the body cannot be replayed.
                let spare = if attempt < max_attempts { replay(&request) } else { None };
                // A correlation id, not a secret: a fast thread-local generator spares a system call per request.
                let client_request_id = uuid::Builder::from_random_bytes(fastrand::u128(..).to_le_bytes()).into_uuid();
                decorate(&mut request, client_request_id, attempt, auth.as_ref(), timeout);
                let span = tracing::debug_span!(
                    "graph.request",
                    operation_id,
                    method = %request.method(),
                    attempt,
                    client_request_id = %client_request_id,
                    status = tracing::field::Empty,
                    request_id = tracing::field::Empty,
                );
                let started = tracing::enabled!(tracing::Level::DEBUG).then(std::time::Instant::now);
                let result = client.execute(request).instrument(span.clone()).await;
                let elapsed_ms = started.map(|t| t.elapsed().as_secs_f64() * 1000.0);
                let delay = match &result {
                    Ok(resp) => {
                        let status = resp.status().as_u16();
                        if !span.is_disabled() {
                            span.record("status", status);
                            if let Some(id) = resp.headers().get(REQUEST_ID).and_then(|v| v.to_str().ok()) {
                                span.record("request_id", id);
                            }
                        }
                        tracing::debug!(parent: &span, status, elapsed_ms, "response");
                        // `Retry-After` matters only where the status is retried (and reported when retries run out).
                        let throttled = is_throttled(status);
                        let retry_after = if throttled { retry_after(resp.headers()) } else { None };
                        report::record(|r| {
                            r.status = Some(status);
                            r.attempts = attempt;
                            r.retry_after = retry_after;
                        });
                        throttled.then(|| retry_after.unwrap_or_else(|| self.policy.backoff(attempt)))
                    }
                    Err(e) => {
                        tracing::debug!(parent: &span, error = %e, elapsed_ms, "no response");
                        report::record(|r| r.attempts = attempt);
                        let transient = e.is_connect() || e.is_timeout() || e.is_request();
                        (idempotent && transient).then(|| self.policy.backoff(attempt))
                    }
                };
                let Some(delay) = delay.filter(|d| waited + *d <= self.policy.max_total_delay) else { return result };
                let Some(next) = spare else { return result };
                request = next;
                match &result {
                    Ok(resp) => tracing::debug!(parent: &span, status = resp.status().as_u16(), ?delay, "retrying"),
                    Err(e) => tracing::debug!(parent: &span, error = %e, ?delay, "retrying"),
                }
                drop(result);
                drop(span);
                // Boxed: a timer takes room that every call's future would carry.
                Box::pin(tokio::time::sleep(delay)).await;
                waited += delay;
                attempt += 1;
            }
        }
    }
}

/// Bodies up to this size are copied for a retry; larger ones are shared.
const REPLAY_COPY_LIMIT: usize = 16 * 1024;

/// A copy of `request` for another attempt; `None` when its body is a stream.
/// Unlike `Request::try_clone`, it copies no extensions: those of the
/// requests sent here hold only reqwest's per-request settings, which
/// `decorate` sets again, and `try_clone` gives every copy an extension map
/// (an allocation and a hash per request, even with nothing in it).
///
/// A body over [`REPLAY_COPY_LIMIT`] is shared, not copied (`try_clone`): an
/// upload of megabytes is not copied for every attempt.
fn replay(request: &Request) -> Option<Request> {
    let body = match request.body().map(reqwest::Body::as_bytes) {
        None => None,
        Some(None) => return None, // a stream: read once
        Some(Some(bytes)) if bytes.len() > REPLAY_COPY_LIMIT => return request.try_clone(),
        Some(Some(bytes)) => Some(reqwest::Body::from(bytes.to_vec())),
    };
    let mut copy = Request::new(request.method().clone(), request.url().clone());
    *copy.headers_mut() = request.headers().clone();
    *copy.version_mut() = request.version();
    *copy.body_mut() = body;
    Some(copy)
}

/// The headers every attempt carries, and its timeout when the client does not apply one.
fn decorate(
    request: &mut Request,
    id: uuid::Uuid,
    attempt: u32,
    auth: Option<&HeaderValue>,
    timeout: Option<Duration>,
) {
    let headers = request.headers_mut();
    let mut buf = uuid::Uuid::encode_buffer();
    if let Ok(v) = HeaderValue::from_str(id.hyphenated().encode_lower(&mut buf)) {
        headers.insert(CLIENT_REQUEST_ID, v);
    }
    // A caller's own product token (some pages document `User-Agent` as a parameter) comes first.
    let user_agent = match headers.get(USER_AGENT).and_then(|v| v.to_str().ok()) {
        Some(theirs) if theirs.contains(USER_AGENT_VALUE) => None,
        Some(theirs) => HeaderValue::from_str(&format!("{theirs} {USER_AGENT_VALUE}")).ok(),
        None => Some(HeaderValue::from_static(USER_AGENT_VALUE)),
    };
    if let Some(v) = user_agent {
        headers.insert(USER_AGENT, v);
    }
    if attempt > 1 {
        headers.insert(RETRY_ATTEMPT, HeaderValue::from(attempt - 1));
    }
    match auth {
        Some(v) => headers.insert(AUTHORIZATION, v.clone()),
        None => headers.remove(AUTHORIZATION),
    };
    if timeout.is_some() {
        *request.timeout_mut() = timeout;
    }
}

impl Transport for GraphTransport {
    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: Request,
        operation_id: &'static str,
    ) -> BoxFuture<'a, reqwest::Result<Response>> {
        Box::pin(self.send(client, request, operation_id))
    }
}

/// The response the transport answers with when no token could be had: 401
/// with Graph's error shape (code and description; never a secret). Through
/// [`Graph`](crate::Graph) it becomes [`Error::Auth`](crate::Error::Auth).
fn auth_failure(e: &crate::AuthError) -> Response {
    let code = e.code.clone().unwrap_or_else(|| "AuthenticationFailed".into());
    let body = serde_json::json!({"error": {"code": code, "message": e.description}});
    let mut response = http::Response::new(body.to_string());
    *response.status_mut() = http::StatusCode::UNAUTHORIZED;
    response.headers_mut().insert(http::header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    Response::from(response)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::StaticToken;
    use std::sync::Arc;
    use wiremock::{Mock, MockServer, ResponseTemplate, matchers::method};

    fn transport(origin: &str) -> GraphTransport {
        let url = Url::parse(origin).unwrap();
        GraphTransport {
            tokens: TokenCache::new(Arc::new(StaticToken::new("t")), "s".into(), Duration::from_secs(5)),
            origin: Origin::of(&url).unwrap(),
            policy: RetryPolicy { base_delay: Duration::from_millis(1), ..RetryPolicy::default() },
            client_times_out: false,
        }
    }

    #[test]
    fn the_token_goes_only_to_the_graph_origin_over_https_or_loopback() {
        let t = transport("https://graph.microsoft.com/beta");
        let ok = |u: &str| t.may_authorize(&Url::parse(u).unwrap());
        assert!(ok("https://graph.microsoft.com/beta/x"));
        assert!(ok("https://graph.microsoft.com:443/v1.0/x"));
        assert!(!ok("http://graph.microsoft.com/beta/x"));
        assert!(!ok("https://graph.microsoft.com.evil.example/beta"));
        assert!(!ok("https://graph.microsoft.com:8443/beta"));
        assert!(!ok("https://example.com/beta"));
        let local = transport("http://127.0.0.1:8080/beta");
        assert!(local.may_authorize(&Url::parse("http://127.0.0.1:8080/next").unwrap()));
        assert!(!local.may_authorize(&Url::parse("http://127.0.0.1:8081/next").unwrap()));
        assert!(!transport("http://graph.example").origin.is_secure());
    }

    #[test]
    fn backoff_doubles_with_jitter() {
        let p = RetryPolicy { base_delay: Duration::from_millis(100), ..RetryPolicy::default() };
        for n in 1..5 {
            let full = Duration::from_millis(100 << (n - 1));
            let d = p.backoff(n);
            assert!(d >= full / 2 && d <= full, "retry {n}: {d:?}");
        }
        assert!(p.backoff(u32::MAX) > Duration::ZERO, "no overflow");
    }

    #[test]
    fn a_replay_copies_method_url_headers_and_body_but_not_a_stream() {
        let client = reqwest::Client::new();
        let request = client
            .patch("http://127.0.0.1:9/beta/x?y=1")
            .header("content-type", "application/json")
            .header("api-version", "beta")
            .body(r#"{"a":1}"#)
            .build()
            .unwrap();
        let copy = replay(&request).expect("a byte body replays");
        assert_eq!(copy.method(), Method::PATCH);
        assert_eq!(copy.url(), request.url());
        assert_eq!(copy.headers(), request.headers());
        assert_eq!(copy.body().and_then(|b| b.as_bytes()), Some(br#"{"a":1}"#.as_slice()));
        assert!(replay(&client.get("http://127.0.0.1:9/").build().unwrap()).unwrap().body().is_none());
        let chunks = futures_util::stream::iter([Ok::<_, std::io::Error>("chunk")]);
        let streamed = client.post("http://127.0.0.1:9/").body(reqwest::Body::wrap_stream(chunks)).build().unwrap();
        assert!(replay(&streamed).is_none());
        // A large body is shared with the copy, not copied: the same bytes, the same buffer.
        let large = client.put("http://127.0.0.1:9/content").body(vec![7u8; REPLAY_COPY_LIMIT + 1]).build().unwrap();
        let copy = replay(&large).expect("a byte body replays");
        let (a, b) =
            (large.body().and_then(|b| b.as_bytes()).unwrap(), copy.body().and_then(|b| b.as_bytes()).unwrap());
        assert_eq!(a, b);
        assert_eq!(a.as_ptr(), b.as_ptr(), "one buffer");
        assert_eq!(copy.headers(), large.headers());
    }

    /// Every call boxes this future; past 1 KiB a box leaves the system
    /// allocator's per-thread cache (glibc's tcache stops at 1,032 bytes),
    /// which costs every request.
    #[test]
    fn the_send_future_stays_under_a_kilobyte() {
        let t = transport("http://127.0.0.1:9/beta");
        let client = reqwest::Client::new();
        let request = client.get("http://127.0.0.1:9/beta/x").build().unwrap();
        let size = std::mem::size_of_val(&t.send(&client, request, "op"));
        assert!(size <= 1024, "send future: {size} bytes");
    }

    #[tokio::test]
    async fn a_caller_s_user_agent_comes_before_the_crate_s() {
        let server = MockServer::start().await;
        Mock::given(method("GET")).respond_with(ResponseTemplate::new(503)).mount(&server).await;
        let t = transport(&server.uri());
        let client = reqwest::Client::new();
        let request = client.get(server.uri()).header("user-agent", "contoso/2.0").build().unwrap();
        t.send(&client, request, "op").await.unwrap();
        let received = server.received_requests().await.unwrap();
        assert_eq!(received.len(), 3, "retried");
        for r in received {
            assert_eq!(
                r.headers.get("user-agent").unwrap(),
                &format!("contoso/2.0 {USER_AGENT_VALUE}"),
                "on every attempt"
            );
        }
    }

    #[tokio::test]
    async fn a_body_that_cannot_be_replayed_is_sent_once() {
        let server = MockServer::start().await;
        Mock::given(method("POST")).respond_with(ResponseTemplate::new(503)).mount(&server).await;
        let t = transport(&server.uri());
        let client = reqwest::Client::new();
        let chunks = futures_util::stream::iter([Ok::<_, std::io::Error>("chunk")]);
        let request = client.post(server.uri()).body(reqwest::Body::wrap_stream(chunks)).build().unwrap();
        let resp = t.send(&client, request, "op").await.unwrap();
        assert_eq!(resp.status(), 503);
        assert_eq!(server.received_requests().await.unwrap().len(), 1);
        // The same with a replayable body is retried.
        let request = client.post(server.uri()).body("bytes").build().unwrap();
        t.send(&client, request, "op").await.unwrap();
        assert_eq!(server.received_requests().await.unwrap().len(), 4);
    }
}
