//! What the transport learnt while sending one call, for the error mapping.
//!
//! The generated client turns responses into its own error type, which loses
//! the status of a body that does not parse and cannot carry a typed auth
//! error. [`scoped`] runs a call with a task-local [`Report`] that the
//! transport fills in; outside a scope, recording does nothing.

use std::cell::RefCell;
use std::future::Future;
use std::time::Duration;

use crate::error::AuthError;

/// The last attempt of one call.
#[derive(Debug, Default)]
pub(crate) struct Report {
    /// Status of the final response.
    pub(crate) status: Option<u16>,
    /// Attempts made, the first included.
    pub(crate) attempts: u32,
    /// `Retry-After` of the final response.
    pub(crate) retry_after: Option<Duration>,
    /// Set when no token could be had (nothing was sent).
    pub(crate) auth: Option<AuthError>,
}

tokio::task_local! {
    static REPORT: RefCell<Report>;
}

/// Runs `call` with an empty report; its output and the report.
pub(crate) async fn scoped<F: Future>(call: F) -> (F::Output, Report) {
    let mut scope = std::pin::pin!(REPORT.scope(RefCell::new(Report::default()), call));
    let out = scope.as_mut().await;
    (out, scope.take_value().map(RefCell::into_inner).unwrap_or_default())
}

/// Updates the current call's report, if there is one.
pub(crate) fn record(update: impl FnOnce(&mut Report)) {
    let _ = REPORT.try_with(|r| update(&mut r.borrow_mut()));
}
