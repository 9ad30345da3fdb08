//! What the transport learnt while sending one call, for the error mapping.
//!
//! The generated client turns responses into its own error type, which loses
//! the status of a body that does not parse and cannot carry a typed auth
//! error. [`scoped`] runs a call with a [`Report`] of its own that the
//! transport fills in; outside a scope, recording does nothing.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
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

scoped_tls::scoped_thread_local!(static REPORT: RefCell<Report>);

pin_project_lite::pin_project! {
    /// A call polled with its report current (a pointer in a thread-local,
    /// set and restored around each poll).
    struct Scoped<F> {
        #[pin]
        call: F,
        report: RefCell<Report>,
    }
}

impl<F: Future> Future for Scoped<F> {
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let this = self.project();
        let call = this.call;
        REPORT.set(this.report, || call.poll(cx))
    }
}

/// Runs `call` with an empty report; its output and the report.
pub(crate) async fn scoped<F: Future>(call: F) -> (F::Output, Report) {
    let mut scope = std::pin::pin!(Scoped { call, report: RefCell::default() });
    let out = scope.as_mut().await;
    (out, std::mem::take(scope.project().report.get_mut()))
}

/// Updates the current call's report, if there is one.
pub(crate) fn record(update: impl FnOnce(&mut Report)) {
    if REPORT.is_set() {
        REPORT.with(|r| {
            if let Ok(mut r) = r.try_borrow_mut() {
                update(&mut r)
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn records_reach_their_own_scope_only() {
        record(|r| r.attempts = 9); // outside any scope: nothing to update, no panic
        let ((inner, ()), outer) = scoped(async {
            record(|r| r.attempts = 1);
            let inner = scoped(async {
                tokio::task::yield_now().await; // across a poll boundary
                record(|r| r.status = Some(503));
            })
            .await;
            record(|r| r.status = Some(200));
            (inner.1, ())
        })
        .await;
        assert_eq!((inner.status, inner.attempts), (Some(503), 0));
        assert_eq!((outer.status, outer.attempts), (Some(200), 1));
    }
}
