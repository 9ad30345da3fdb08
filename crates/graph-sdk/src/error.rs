//! One error type for every way a Graph call can fail.

use std::error::Error as StdError;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use graph_client::types::ODataError;
use serde_json::Value;

use crate::report::Report;

/// Everything a call can fail with. Matchable; secrets never appear in it.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Graph answered with its error body.
    #[error(transparent)]
    Service(Box<ServiceError>),
    /// No token could be had; nothing was sent.
    #[error("authentication failed: {0}")]
    Auth(#[source] AuthError),
    /// Still throttled (429, 503 or 504) when the retries or the delay cap ran out.
    #[error("throttled: HTTP {status} after {attempts} attempt(s){}", retry_after_text(retry_after))]
    Throttled {
        /// The last status.
        status: u16,
        /// Attempts made, the first included.
        attempts: u32,
        /// The last response's `Retry-After`.
        retry_after: Option<Duration>,
        /// The last response's Graph error body, when it had one.
        #[source]
        error: Option<Box<ServiceError>>,
    },
    /// The request could not be sent or the response not read.
    #[error("transport error: {0}")]
    Transport(#[source] reqwest::Error),
    /// The request timed out (see [`RetryPolicy::timeout`](crate::RetryPolicy::timeout)).
    #[error("timed out: {0}")]
    Timeout(#[source] reqwest::Error),
    /// A response the contract does not describe, or a body that does not parse.
    #[error("unexpected response{}: {snippet}", status.map(|s| format!(" (HTTP {s})")).unwrap_or_default())]
    UnexpectedBody {
        /// The response status, when a response arrived.
        status: Option<u16>,
        /// The start of the body (at most 512 characters).
        snippet: String,
        /// Why the body was rejected.
        #[source]
        source: Option<serde_json::Error>,
    },
    /// The request could not be built (a missing argument, a bad link).
    #[error("invalid request: {0}")]
    InvalidRequest(String),
    /// The client could not be configured (a bad base URL, a missing variable).
    #[error("configuration: {0}")]
    Config(String),
}

fn retry_after_text(d: &Option<Duration>) -> String {
    d.map(|d| format!("; last Retry-After {}s", d.as_secs())).unwrap_or_default()
}

impl Error {
    /// The HTTP status of the response that failed, when there was one.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Service(e) => Some(e.status),
            Error::Throttled { status, .. } => Some(*status),
            Error::UnexpectedBody { status, .. } => *status,
            Error::Transport(e) | Error::Timeout(e) => e.status().map(|s| s.as_u16()),
            _ => None,
        }
    }

    /// Graph's `request-id` for support cases, when the error body carried one.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Service(e) => e.request_id.as_deref(),
            Error::Throttled { error: Some(e), .. } => e.request_id.as_deref(),
            _ => None,
        }
    }
}

/// Graph's error body, flattened.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct ServiceError {
    /// HTTP status.
    pub status: u16,
    /// `error.code`, e.g. `Request_ResourceNotFound`.
    pub code: String,
    /// `error.message`.
    pub message: String,
    /// `innerError.request-id` (or the older `requestId`).
    pub request_id: Option<String>,
    /// `innerError.client-request-id`: the id this client sent.
    pub client_request_id: Option<String>,
    /// `innerError.date`.
    pub date: Option<String>,
    /// Codes of nested `innerError`s, outermost first.
    pub inner_codes: Vec<String>,
}

impl fmt::Display for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Graph returned HTTP {}: {}: {}", self.status, self.code, self.message)?;
        if let Some(id) = &self.request_id {
            write!(f, " (request-id {id})")?;
        }
        Ok(())
    }
}

impl StdError for ServiceError {}

/// `innerError` (or `innererror`) when it is an object.
fn inner_of(v: &Value) -> Option<&Value> {
    v.get("innerError").or_else(|| v.get("innererror")).filter(|i| i.is_object())
}

impl ServiceError {
    /// Reads Graph's error body leniently (`request-id` or `requestId`, nested
    /// inner errors); `None` when the body has no `error` object.
    pub fn from_body(status: u16, body: &Value) -> Option<ServiceError> {
        let error = body.get("error").filter(|e| e.is_object())?;
        let text = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
        let first = inner_of(error);
        let mut inner_codes = Vec::new();
        let mut inner = first;
        // Bounded: a body nests as deep as serde_json allows, but never loops.
        while let Some(i) = inner {
            inner_codes.extend(text(i, "code"));
            inner = inner_of(i);
        }
        let from_inner = |keys: [&str; 2]| first.and_then(|i| text(i, keys[0]).or_else(|| text(i, keys[1])));
        Some(ServiceError {
            status,
            code: text(error, "code").unwrap_or_default(),
            message: text(error, "message").unwrap_or_default(),
            request_id: from_inner(["request-id", "requestId"]),
            client_request_id: from_inner(["client-request-id", "clientRequestId"]),
            date: from_inner(["date", "Date"]),
            inner_codes,
        })
    }
}

/// Why no token could be had: the token endpoint's `AADSTS…` code and description.
#[derive(Clone)]
pub struct AuthError {
    /// The `AADSTS` code, e.g. `AADSTS7000215`, when the token endpoint gave one.
    pub code: Option<String>,
    /// What went wrong, as the token endpoint or credential said it.
    pub description: String,
    source: Option<Arc<dyn StdError + Send + Sync>>,
}

impl AuthError {
    /// From a message that may carry an `AADSTS12345` code.
    pub fn new(description: impl Into<String>) -> Self {
        let description: String = description.into();
        AuthError { code: aadsts_code(&description), description, source: None }
    }

    /// Same as [`AuthError::new`].
    pub fn from_message(description: impl Into<String>) -> Self {
        AuthError::new(description)
    }

    /// Keeps `source` as the cause.
    pub fn with_source(mut self, source: impl StdError + Send + Sync + 'static) -> Self {
        self.source = Some(Arc::new(source));
        self
    }

    /// From an `azure_core` credential error: the Entra error code and
    /// description when the token endpoint answered, the error kept as the cause.
    pub fn from_azure(error: azure_core::Error) -> Self {
        let mut code = None;
        let mut description = None;
        let mut cause: Option<&(dyn StdError + 'static)> = Some(&error);
        while let Some(e) = cause {
            if let Some(az) = e.downcast_ref::<azure_core::Error>()
                && let azure_core::error::ErrorKind::HttpResponse { error_code, .. } = az.kind()
            {
                let first = error_code.as_deref().and_then(|c| c.split(',').next()).map(str::trim);
                code = first.filter(|c| !c.is_empty()).map(|c| format!("AADSTS{}", c.trim_start_matches("AADSTS")));
                description = Some(az.to_string());
            }
            cause = e.source();
        }
        let description = description.unwrap_or_else(|| error.to_string());
        let code = code.or_else(|| aadsts_code(&description)).or_else(|| aadsts_code(&error.to_string()));
        AuthError { code, description, source: Some(Arc::new(error)) }
    }
}

fn aadsts_code(text: &str) -> Option<String> {
    let at = text.find("AADSTS")?;
    let code: String = text[at..].chars().take_while(char::is_ascii_alphanumeric).collect();
    (code.len() > "AADSTS".len()).then_some(code)
}

impl fmt::Debug for AuthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AuthError")
            .field("code", &self.code)
            .field("description", &self.description)
            .field("source", &self.source.as_ref().map(|s| s.to_string()))
            .finish()
    }
}

impl fmt::Display for AuthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.code {
            Some(code) if !self.description.contains(code.as_str()) => write!(f, "{code}: {}", self.description),
            _ => f.write_str(&self.description),
        }
    }
}

impl StdError for AuthError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.source.as_deref().map(|s| s as &(dyn StdError + 'static))
    }
}

const SNIPPET: usize = 512;

/// The start of a body, for error messages.
pub(crate) fn snippet(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut s: String = text.chars().take(SNIPPET).collect();
    if text.chars().nth(SNIPPET).is_some() {
        s.push('…');
    }
    s
}

/// `Retry-After` in seconds or as an HTTP date.
pub(crate) fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let v = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = httpdate::parse_http_date(v).ok()?;
    Some(at.duration_since(std::time::SystemTime::now()).unwrap_or(Duration::ZERO))
}

/// Statuses that are retried, and reported as [`Error::Throttled`] when retries run out.
pub(crate) fn is_throttled(status: u16) -> bool {
    matches!(status, 429 | 503 | 504)
}

/// Maps the generated client's error, with what the transport reported.
pub(crate) async fn from_client(e: graph_client::Error<ODataError>, report: Report) -> Error {
    use graph_client::Error as E;
    if let Some(auth) = report.auth {
        return Error::Auth(auth);
    }
    let attempts = report.attempts.max(1);
    match e {
        E::ErrorResponse(rv) => {
            let status = rv.status().as_u16();
            let retry_after = retry_after(rv.headers());
            let body = serde_json::to_value(rv.into_inner()).unwrap_or(Value::Null);
            let service =
                ServiceError::from_body(status, &body).unwrap_or(ServiceError { status, ..Default::default() });
            if is_throttled(status) {
                return Error::Throttled { status, attempts, retry_after, error: Some(Box::new(service)) };
            }
            Error::Service(Box::new(service))
        }
        E::UnexpectedResponse(resp) => {
            let status = resp.status().as_u16();
            let retry_after = retry_after(resp.headers());
            let bytes = resp.bytes().await.unwrap_or_default();
            from_body(status, &bytes, attempts, retry_after, None)
        }
        E::InvalidResponsePayload(bytes, err) => match report.status {
            Some(status) => from_body(status, &bytes, attempts, report.retry_after, Some(err)),
            None => Error::UnexpectedBody { status: None, snippet: snippet(&bytes), source: Some(err) },
        },
        E::CommunicationError(e) | E::ResponseBodyError(e) | E::InvalidUpgrade(e) => from_reqwest(e),
        E::InvalidRequest(s) | E::Custom(s) => Error::InvalidRequest(s),
    }
}

/// A response that is not the operation's success: Graph's error shape if it
/// has one, else the status with a snippet of the body.
pub(crate) fn from_body(
    status: u16,
    bytes: &[u8],
    attempts: u32,
    retry_after: Option<Duration>,
    source: Option<serde_json::Error>,
) -> Error {
    let service = serde_json::from_slice::<Value>(bytes).ok().and_then(|b| ServiceError::from_body(status, &b));
    if is_throttled(status) {
        return Error::Throttled { status, attempts, retry_after, error: service.map(Box::new) };
    }
    match service {
        Some(s) if status >= 400 => Error::Service(Box::new(s)),
        _ => Error::UnexpectedBody { status: Some(status), snippet: snippet(bytes), source },
    }
}

pub(crate) fn from_reqwest(e: reqwest::Error) -> Error {
    if e.is_timeout() { Error::Timeout(e) } else { Error::Transport(e) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn service_errors_are_read_leniently() {
        let body = json!({"error": {"code": "Forbidden", "message": "no", "innerError": {
            "requestId": "r-1", "date": "2024-01-01T00:00:00", "code": "outer", "innerError": {"code": "inner"}}}});
        let e = ServiceError::from_body(403, &body).unwrap();
        assert_eq!(e.request_id.as_deref(), Some("r-1"));
        assert_eq!(e.date.as_deref(), Some("2024-01-01T00:00:00"));
        assert_eq!(e.inner_codes, ["outer", "inner"]);
        assert_eq!(e.to_string(), "Graph returned HTTP 403: Forbidden: no (request-id r-1)");
        assert!(ServiceError::from_body(500, &json!({"oops": 1})).is_none());
        assert!(ServiceError::from_body(500, &json!({"error": "text"})).is_none());
    }

    #[test]
    fn aadsts_codes_are_found() {
        let e = AuthError::new("token request failed: AADSTS7000215: Invalid client secret provided.");
        assert_eq!(e.code.as_deref(), Some("AADSTS7000215"));
        assert_eq!(e.to_string(), "token request failed: AADSTS7000215: Invalid client secret provided.");
        assert_eq!(AuthError::new("AADSTS alone").code, None);
    }

    #[test]
    fn bodies_that_are_not_graph_errors_keep_status_and_a_snippet() {
        let html = format!("<html>{}</html>", "x".repeat(2000));
        match from_body(502, html.as_bytes(), 1, None, None) {
            Error::UnexpectedBody { status: Some(502), snippet, .. } => {
                assert!(snippet.starts_with("<html>") && snippet.ends_with('…'));
                assert_eq!(snippet.chars().count(), SNIPPET + 1);
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(from_body(503, b"", 3, None, None), Error::Throttled { attempts: 3, error: None, .. }));
    }

    #[test]
    fn retry_after_in_seconds_and_as_a_date() {
        let mut h = reqwest::header::HeaderMap::new();
        h.insert(reqwest::header::RETRY_AFTER, "2".parse().unwrap());
        assert_eq!(retry_after(&h), Some(Duration::from_secs(2)));
        let later = httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(30));
        h.insert(reqwest::header::RETRY_AFTER, later.parse().unwrap());
        let d = retry_after(&h).unwrap();
        assert!(d > Duration::from_secs(25) && d <= Duration::from_secs(30), "{d:?}");
        h.insert(reqwest::header::RETRY_AFTER, "soon".parse().unwrap());
        assert_eq!(retry_after(&h), None);
    }
}
