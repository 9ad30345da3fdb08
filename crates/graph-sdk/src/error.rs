//! One error type for every way a Graph call can fail.

use std::fmt;
use std::time::Duration;

use graph_client::types::ODataError;
use serde_json::Value;

/// Everything a call can fail with. Matchable; secrets never appear in it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Graph answered with an error body.
    #[error("{0}")]
    Service(Box<ServiceError>),
    /// The token could not be had.
    #[error("authentication failed: {0}")]
    Auth(#[source] AuthError),
    /// Still throttled (429/503/504) when the retries ran out.
    #[error("throttled: HTTP {status} after {attempts} attempt(s); last Retry-After {retry_after:?}")]
    Throttled { status: u16, attempts: u32, retry_after: Option<Duration>, error: Option<Box<ServiceError>> },
    /// The request could not be sent or the response not read.
    #[error("transport error: {0}")]
    Transport(#[source] reqwest::Error),
    /// The request timed out.
    #[error("timed out: {0}")]
    Timeout(#[source] reqwest::Error),
    /// A response the contract does not describe, or a body that does not parse.
    #[error("unexpected response (status {status:?}): {snippet}")]
    UnexpectedBody { status: Option<u16>, snippet: String },
    /// The request could not be built (a missing required argument, a bad URL).
    #[error("invalid request: {0}")]
    InvalidRequest(String),
}

/// Graph's error body, flattened.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ServiceError {
    pub status: u16,
    pub code: String,
    pub message: String,
    pub request_id: Option<String>,
    pub client_request_id: Option<String>,
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

impl std::error::Error for ServiceError {}

impl ServiceError {
    /// Reads Graph's error body leniently (`request-id` or `requestId`, nested inner errors).
    pub fn from_body(status: u16, body: &Value) -> Option<ServiceError> {
        let error = body.get("error")?;
        let text = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
        let mut inner_codes = Vec::new();
        let mut inner = error.get("innerError").or_else(|| error.get("innererror"));
        let first = inner.cloned().unwrap_or(Value::Null);
        while let Some(i) = inner {
            if let Some(c) = text(i, "code") {
                inner_codes.push(c);
            }
            inner = i.get("innerError").or_else(|| i.get("innererror"));
        }
        Some(ServiceError {
            status,
            code: text(error, "code").unwrap_or_default(),
            message: text(error, "message").unwrap_or_default(),
            request_id: text(&first, "request-id").or_else(|| text(&first, "requestId")),
            client_request_id: text(&first, "client-request-id").or_else(|| text(&first, "clientRequestId")),
            date: text(&first, "date"),
            inner_codes,
        })
    }
}

/// Why no token could be had: the token endpoint's `AADSTS…` code and description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthError {
    pub code: Option<String>,
    pub description: String,
}

impl AuthError {
    /// From a message that may carry an `AADSTS12345` code.
    pub fn from_message(message: impl Into<String>) -> Self {
        let description: String = message.into();
        let code = description
            .find("AADSTS")
            .map(|i| description[i..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>());
        AuthError { code, description }
    }
}

impl fmt::Display for AuthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.code {
            Some(code) => write!(f, "{code}: {}", self.description),
            None => f.write_str(&self.description),
        }
    }
}

impl std::error::Error for AuthError {}

/// Header the transport sets on the response it makes up when no token could be had.
pub(crate) const AUTH_FAILURE_HEADER: &str = "x-graph-sdk-auth-error";

const SNIPPET: usize = 512;

fn snippet(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut s: String = text.chars().take(SNIPPET).collect();
    if text.chars().count() > SNIPPET {
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

fn attempts(headers: &reqwest::header::HeaderMap) -> u32 {
    headers.get(crate::transport::ATTEMPTS_HEADER).and_then(|v| v.to_str().ok()?.parse().ok()).unwrap_or(1)
}

fn throttled(status: u16) -> bool {
    matches!(status, 429 | 503 | 504)
}

/// Maps the generated client's error, reading the body where there is one.
pub(crate) async fn from_client(e: graph_client::Error<ODataError>) -> Error {
    use graph_client::Error as E;
    match e {
        E::ErrorResponse(rv) => {
            let status = rv.status().as_u16();
            let retry = retry_after(rv.headers());
            let auth = rv.headers().contains_key(AUTH_FAILURE_HEADER);
            let attempts = attempts(rv.headers());
            let body = serde_json::to_value(rv.into_inner()).unwrap_or(Value::Null);
            let service = ServiceError::from_body(status, &body);
            classify(status, retry, auth, service, attempts, None)
        }
        E::UnexpectedResponse(resp) => {
            let status = resp.status().as_u16();
            let retry = retry_after(resp.headers());
            let auth = resp.headers().contains_key(AUTH_FAILURE_HEADER);
            let attempts = attempts(resp.headers());
            let bytes = resp.bytes().await.unwrap_or_default();
            let service =
                serde_json::from_slice::<Value>(&bytes).ok().and_then(|b| ServiceError::from_body(status, &b));
            classify(status, retry, auth, service, attempts, Some(snippet(&bytes)))
        }
        E::InvalidResponsePayload(bytes, err) => {
            Error::UnexpectedBody { status: None, snippet: format!("{err}: {}", snippet(&bytes)) }
        }
        E::CommunicationError(e) | E::ResponseBodyError(e) | E::InvalidUpgrade(e) => {
            if e.is_timeout() {
                Error::Timeout(e)
            } else {
                Error::Transport(e)
            }
        }
        E::InvalidRequest(s) | E::Custom(s) => Error::InvalidRequest(s),
    }
}

fn classify(
    status: u16,
    retry: Option<Duration>,
    auth: bool,
    service: Option<ServiceError>,
    attempts: u32,
    raw: Option<String>,
) -> Error {
    if auth {
        let s = service.unwrap_or_default();
        return Error::Auth(AuthError { code: (!s.code.is_empty()).then_some(s.code), description: s.message });
    }
    if throttled(status) {
        return Error::Throttled { status, attempts, retry_after: retry, error: service.map(Box::new) };
    }
    match (service, raw) {
        (Some(s), _) => Error::Service(Box::new(s)),
        (None, snippet) => Error::UnexpectedBody { status: Some(status), snippet: snippet.unwrap_or_default() },
    }
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
        assert_eq!(e.inner_codes, ["outer", "inner"]);
        assert_eq!(e.to_string(), "Graph returned HTTP 403: Forbidden: no (request-id r-1)");
        assert!(ServiceError::from_body(500, &json!({"oops": 1})).is_none());
    }

    #[test]
    fn aadsts_codes_are_found() {
        let e = AuthError::from_message("token request failed: AADSTS7000215: Invalid client secret provided.");
        assert_eq!(e.code.as_deref(), Some("AADSTS7000215"));
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
    }
}
