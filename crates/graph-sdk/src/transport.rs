//! The transport behind the generated client: auth, ids, retries, timeouts.
//! Plugged in through `graph_client::hooks::Transport`; generated code is untouched.

use std::sync::Arc;
use std::time::Duration;

use graph_client::hooks::{BoxFuture, Transport};
use reqwest::header::{AUTHORIZATION, HeaderValue, USER_AGENT};
use reqwest::{Method, Request, Response, Url};
use tracing::Instrument;

use crate::auth::TokenCache;
use crate::error::{AUTH_FAILURE_HEADER, AuthError, retry_after};

/// Header carrying how many attempts a response took (read by the error mapping).
pub(crate) const ATTEMPTS_HEADER: &str = "x-graph-sdk-attempts";

/// When and how often to retry.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Attempts in all, the first included.
    pub max_attempts: u32,
    /// The first backoff when the server gives no `Retry-After`; doubled each time, with jitter.
    pub base_delay: Duration,
    /// The most time spent waiting between attempts, in all.
    pub max_total_delay: Duration,
    /// Per attempt.
    pub timeout: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            base_delay: Duration::from_millis(500),
            max_total_delay: Duration::from_secs(60),
            timeout: Duration::from_secs(100),
        }
    }
}

impl RetryPolicy {
    /// Exponential backoff with full jitter for attempt `n` (1 = the first retry).
    fn backoff(&self, n: u32) -> Duration {
        let cap = self.base_delay.saturating_mul(1 << n.min(16));
        cap.mul_f64(0.5 + fastrand::f64() / 2.0)
    }
}

pub(crate) struct GraphTransport {
    pub(crate) cache: Arc<TokenCache>,
    /// `host[:port]` the token may go to.
    pub(crate) authority: String,
    pub(crate) policy: RetryPolicy,
}

const UA: &str = concat!("graph-sdk/", env!("CARGO_PKG_VERSION"), " (rust)");

impl GraphTransport {
    /// The token goes only to the configured Graph host, over HTTPS (plain HTTP only on loopback).
    pub(crate) fn may_authorize(&self, url: &Url) -> bool {
        let authority = match (url.host_str(), url.port()) {
            (Some(h), Some(p)) => format!("{h}:{p}"),
            (Some(h), None) => h.to_string(),
            _ => return false,
        };
        let loopback = matches!(url.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
        authority == self.authority && (url.scheme() == "https" || loopback)
    }

    /// Sends `request` with auth, ids and retries; the final response or transport error.
    pub(crate) async fn send(
        &self,
        client: &reqwest::Client,
        request: Request,
        operation_id: &str,
    ) -> reqwest::Result<Response> {
        let token = if self.may_authorize(request.url()) {
            match self.cache.get().await {
                Ok(t) => Some(t),
                Err(e) => return Ok(auth_failure(&e)),
            }
        } else {
            None
        };
        let idempotent =
            matches!(*request.method(), Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS);
        let mut pending = Some(request);
        let mut waited = Duration::ZERO;
        let mut attempt = 1u32;
        loop {
            let Some(original) = pending.as_ref() else {
                unreachable!("a request is pending until sent without a copy")
            };
            let (mut req, replayable) = match original.try_clone() {
                Some(copy) => (copy, true),
                None => (pending.take().expect("checked above"), false),
            };
            let request_id = uuid::Uuid::new_v4().to_string();
            let headers = req.headers_mut();
            headers.insert("client-request-id", HeaderValue::from_str(&request_id).expect("a UUID is a header value"));
            headers.insert(USER_AGENT, HeaderValue::from_static(UA));
            if attempt > 1 {
                headers.insert("Retry-Attempt", HeaderValue::from(attempt - 1));
            }
            if let Some(t) = &token
                && let Ok(mut v) = HeaderValue::from_str(&format!("Bearer {}", t.expose()))
            {
                v.set_sensitive(true);
                headers.insert(AUTHORIZATION, v);
            }
            *req.timeout_mut() = Some(self.policy.timeout);
            let span = tracing::info_span!("graph.request", operation_id, attempt, client_request_id = %request_id, status = tracing::field::Empty, request_id = tracing::field::Empty);
            let result = client.execute(req).instrument(span.clone()).await;
            let more = replayable && attempt < self.policy.max_attempts;
            match result {
                Ok(mut resp) => {
                    span.record("status", resp.status().as_u16());
                    if let Some(id) = resp.headers().get("request-id").and_then(|v| v.to_str().ok()) {
                        span.record("request_id", id);
                    }
                    let status = resp.status().as_u16();
                    if more && matches!(status, 429 | 503 | 504) {
                        let delay = retry_after(resp.headers()).unwrap_or_else(|| self.policy.backoff(attempt));
                        if waited + delay <= self.policy.max_total_delay {
                            tracing::debug!(parent: &span, ?delay, status, "throttled; retrying");
                            tokio::time::sleep(delay).await;
                            waited += delay;
                            attempt += 1;
                            continue;
                        }
                    }
                    resp.headers_mut().insert(ATTEMPTS_HEADER, HeaderValue::from(attempt));
                    return if status >= 400 { Ok(graph_error_body(resp).await) } else { Ok(resp) };
                }
                Err(e) if more && idempotent && (e.is_connect() || e.is_timeout() || e.is_request()) => {
                    let delay = self.policy.backoff(attempt);
                    if waited + delay > self.policy.max_total_delay {
                        return Err(e);
                    }
                    tracing::debug!(parent: &span, error = %e, "transport error; retrying");
                    tokio::time::sleep(delay).await;
                    waited += delay;
                    attempt += 1;
                }
                Err(e) => return Err(e),
            }
        }
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

/// An error response whose body is not Graph's error shape (an empty 429, a
/// proxy's HTML 502) gets one, with the original text as its message, so the
/// client reads every 4xx/5xx as a typed error. Status and headers are kept.
async fn graph_error_body(resp: Response) -> Response {
    let status = resp.status();
    let mut headers = resp.headers().clone();
    let Ok(bytes) = resp.bytes().await else {
        return rebuild(status, headers, String::new());
    };
    let is_graph_error = serde_json::from_slice::<serde_json::Value>(&bytes)
        .is_ok_and(|v| v.get("error").is_some_and(|e| e.is_object()));
    if is_graph_error {
        return rebuild(status, headers, String::from_utf8_lossy(&bytes).into_owned());
    }
    let text: String = String::from_utf8_lossy(&bytes).chars().take(512).collect();
    let code = status.canonical_reason().unwrap_or("error").replace(' ', "");
    let body = serde_json::json!({"error": {"code": code, "message": text}});
    headers.insert(reqwest::header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    rebuild(status, headers, body.to_string())
}

fn rebuild(status: reqwest::StatusCode, mut headers: reqwest::header::HeaderMap, body: String) -> Response {
    headers.remove(reqwest::header::CONTENT_LENGTH);
    let mut response = http::Response::new(body);
    *response.status_mut() = status;
    *response.headers_mut() = headers;
    Response::from(response)
}

/// The response the transport answers with when no token could be had: 401
/// with Graph's error shape, marked so the error mapping reports `Error::Auth`.
fn auth_failure(e: &AuthError) -> Response {
    let body = serde_json::json!({"error": {"code": e.code.clone().unwrap_or_default(), "message": e.description}});
    let response = http::Response::builder()
        .status(401)
        .header("content-type", "application/json")
        .header(AUTH_FAILURE_HEADER, "1")
        .body(body.to_string())
        .expect("a static response builds");
    Response::from(response)
}
