//! The seam between the generated client and hand-written transport policy.
//!
//! The generated [`Client`] carries a [`Hooks`] value and sends every request
//! through it. By default a request goes out as built; a [`Transport`] set
//! with [`Hooks::with_transport`] may instead add headers, retry, or answer
//! without the network (as long as it returns a response).

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};

use crate::Client;

/// A boxed, sendable future.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Sends one request for an operation: the place for auth, retries and ids.
pub trait Transport: Send + Sync + 'static {
    /// Sends `request` (built for `operation_id`) with `client`, however the
    /// transport sees fit, and returns the final response.
    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        operation_id: &'static str,
    ) -> BoxFuture<'a, reqwest::Result<reqwest::Response>>;
}

/// What the generated client carries: an optional [`Transport`].
#[derive(Clone, Default)]
pub struct Hooks {
    transport: Option<Arc<dyn Transport>>,
}

impl Hooks {
    /// Hooks that send every request through `transport`.
    pub fn with_transport(transport: Arc<dyn Transport>) -> Self {
        Hooks { transport: Some(transport) }
    }
}

impl std::fmt::Debug for Hooks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Hooks").field("transport", &self.transport.as_ref().map(|_| "custom")).finish()
    }
}

impl ClientHooks<Hooks> for Client {
    async fn exec(&self, request: reqwest::Request, info: &OperationInfo) -> reqwest::Result<reqwest::Response> {
        match &self.inner().transport {
            Some(t) => t.execute(self.client(), request, info.operation_id).await,
            None => self.client().execute(request).await,
        }
    }
}
