//! [`Graph`], its builder, and the ergonomic calls.

use std::fmt;
use std::future::Future;
use std::sync::Arc;

use futures_util::FutureExt;
use futures_util::future::Either;

use graph_client::ClientInfo;
use graph_client::types::{ODataError, WindowsAutopilotDeploymentProfileAssignment};

use crate::auth::{AzureCredential, StaticToken, TokenCache, TokenSource};
use crate::error::{self, Error};
use crate::secret::Secret;
use crate::transport::{GraphTransport, Origin, RetryPolicy};
use crate::{DEFAULT_BASE_URL, report};

/// A Microsoft Graph client for applications: the generated client with
/// auth, retries and typed errors. Cheap to clone; clones share the token cache.
#[derive(Clone)]
pub struct Graph {
    client: graph_client::Client,
    pub(crate) transport: Arc<GraphTransport>,
    pub(crate) http: reqwest::Client,
}

impl fmt::Debug for Graph {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Graph")
            .field("base_url", &self.base_url())
            .field("scope", &self.transport.tokens.scope())
            .field("policy", &self.transport.policy)
            .finish_non_exhaustive()
    }
}

enum Auth {
    Source(Arc<dyn TokenSource>),
    ClientSecret { tenant_id: String, client_id: String, secret: Secret },
}

/// Builds a [`Graph`]: `Graph::builder().credential(…).build()`.
#[derive(Default)]
pub struct GraphBuilder {
    base_url: Option<String>,
    auth: Option<Auth>,
    authority_host: Option<String>,
    scope: Option<String>,
    policy: RetryPolicy,
    http: Option<reqwest::Client>,
}

impl fmt::Debug for GraphBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let auth = match &self.auth {
            None => "none",
            Some(Auth::Source(_)) => "token source",
            Some(Auth::ClientSecret { .. }) => "client secret",
        };
        f.debug_struct("GraphBuilder")
            .field("base_url", &self.base_url)
            .field("auth", &auth)
            .field("authority_host", &self.authority_host)
            .field("scope", &self.scope)
            .field("policy", &self.policy)
            .finish_non_exhaustive()
    }
}

impl GraphBuilder {
    /// From azure_identity's variables `AZURE_TENANT_ID`, `AZURE_CLIENT_ID`,
    /// `AZURE_CLIENT_SECRET` (and `AZURE_AUTHORITY_HOST` when set), plus
    /// `GRAPH_BASE_URL` (default [`DEFAULT_BASE_URL`]).
    pub fn from_env() -> Result<GraphBuilder, Error> {
        let var = |k: &str| {
            std::env::var(k).ok().filter(|v| !v.is_empty()).ok_or_else(|| Error::Config(format!("{k} is not set")))
        };
        let optional = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        let mut builder = Graph::builder().client_secret(
            var("AZURE_TENANT_ID")?,
            var("AZURE_CLIENT_ID")?,
            var("AZURE_CLIENT_SECRET")?,
        );
        builder.authority_host = optional("AZURE_AUTHORITY_HOST");
        builder.base_url = optional("GRAPH_BASE_URL");
        Ok(builder)
    }

    /// The Graph endpoint with its version (default [`DEFAULT_BASE_URL`]).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Where tokens come from: [`StaticToken`], [`token_fn`](crate::token_fn), [`AzureCredential`] or your own.
    pub fn token_source(mut self, source: impl TokenSource) -> Self {
        self.auth = Some(Auth::Source(Arc::new(source)));
        self
    }

    /// Any `azure_core` credential (every `azure_identity` credential).
    pub fn credential(self, credential: Arc<dyn azure_core::credentials::TokenCredential>) -> Self {
        self.token_source(AzureCredential(credential))
    }

    /// A fixed bearer token.
    pub fn bearer_token(self, token: impl Into<Secret>) -> Self {
        self.token_source(StaticToken::new(token))
    }

    /// An app registration's client secret: azure_identity's
    /// `ClientSecretCredential`, sending its token requests with this
    /// builder's HTTP client.
    pub fn client_secret(
        mut self,
        tenant_id: impl Into<String>,
        client_id: impl Into<String>,
        secret: impl Into<Secret>,
    ) -> Self {
        self.auth = Some(Auth::ClientSecret {
            tenant_id: tenant_id.into(),
            client_id: client_id.into(),
            secret: secret.into(),
        });
        self
    }

    /// The Microsoft identity authority for [`client_secret`](Self::client_secret)
    /// (national clouds, local mocks); HTTPS only. Default: `AZURE_AUTHORITY_HOST`
    /// or `https://login.microsoftonline.com`.
    pub fn authority_host(mut self, url: impl Into<String>) -> Self {
        self.authority_host = Some(url.into());
        self
    }

    /// The token scope; default `https://{Graph host}/.default`.
    pub fn scope(mut self, scope: impl Into<String>) -> Self {
        self.scope = Some(scope.into());
        self
    }

    /// Retries, backoff and timeouts.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.policy = policy;
        self
    }

    /// Your own `reqwest::Client` (proxies, extra roots, …). Its redirect
    /// policy applies; reqwest's default drops `Authorization` on a redirect
    /// to another host. Without one, redirects are followed only within the
    /// same origin.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Checks the configuration and builds the client.
    pub fn build(self) -> Result<Graph, Error> {
        let base_url = self.base_url.as_deref().unwrap_or(DEFAULT_BASE_URL).trim_end_matches('/').to_string();
        let url = reqwest::Url::parse(&base_url).map_err(|e| Error::Config(format!("base URL `{base_url}`: {e}")))?;
        let origin = Origin::of(&url).ok_or_else(|| Error::Config(format!("base URL `{base_url}` has no host")))?;
        if !origin.is_secure() {
            return Err(Error::Config(format!(
                "base URL `{base_url}`: tokens go only over HTTPS (plain HTTP only to a loopback address)"
            )));
        }
        let scope = match self.scope {
            Some(s) => s,
            None => format!("https://{}/.default", url.host_str().unwrap_or_default()),
        };
        let client_times_out = self.http.is_none();
        let http = match self.http {
            Some(h) => h,
            None => default_http_client(self.policy.timeout)?,
        };
        let source: Arc<dyn TokenSource> = match self.auth {
            None => return Err(Error::Config("no credential: set a token source on the builder".into())),
            Some(Auth::Source(s)) => s,
            Some(Auth::ClientSecret { tenant_id, client_id, secret }) => {
                Arc::new(client_secret_credential(&tenant_id, client_id, secret, self.authority_host, &http)?)
            }
        };
        let tokens = TokenCache::new(source, scope, self.policy.timeout);
        let transport = Arc::new(GraphTransport { tokens, origin, policy: self.policy, client_times_out });
        let hooks = graph_client::hooks::Hooks::with_transport(transport.clone());
        let client = graph_client::Client::new_with_client(&base_url, http.clone(), hooks);
        Ok(Graph { client, transport, http })
    }
}

/// reqwest with redirects followed only within the same origin (a redirect
/// elsewhere comes back as the 3xx response instead), the policy's timeout
/// on every request (cheaper than setting it on each), and without reqwest's
/// own retry layer: the transport retries, and that layer would copy every
/// request for retries it never makes here (it retries only HTTP/2 and
/// HTTP/3 refusals, and this build speaks HTTP/1.1).
fn default_http_client(timeout: std::time::Duration) -> Result<reqwest::Client, Error> {
    reqwest::Client::builder()
        .timeout(timeout)
        .retry(reqwest::retry::never().max_retries_per_request(0))
        .redirect(reqwest::redirect::Policy::custom(|attempt| {
            let same_origin = attempt.previous().first().and_then(Origin::of) == Origin::of(attempt.url());
            if same_origin && attempt.previous().len() < 10 { attempt.follow() } else { attempt.stop() }
        }))
        .build()
        .map_err(|e| Error::Config(format!("HTTP client: {e}")))
}

fn client_secret_credential(
    tenant_id: &str,
    client_id: String,
    secret: Secret,
    authority_host: Option<String>,
    http: &reqwest::Client,
) -> Result<AzureCredential, Error> {
    let mut options = azure_identity::ClientSecretCredentialOptions::default();
    options.client_options.transport = Some(azure_core::http::Transport::new(Arc::new(http.clone())));
    if let Some(host) = authority_host {
        let mut custom = azure_core::cloud::CustomConfiguration::default();
        custom.authority_host = host;
        options.client_options.cloud = Some(Arc::new(custom.into()));
    }
    let secret = azure_core::credentials::Secret::new(secret.expose().to_string());
    azure_identity::ClientSecretCredential::new(tenant_id, client_id, secret, Some(options))
        .map(|c| AzureCredential(c))
        .map_err(|e| Error::Config(format!("client secret credential: {e}")))
}

impl Graph {
    /// Starts a [`GraphBuilder`].
    pub fn builder() -> GraphBuilder {
        GraphBuilder::default()
    }

    /// A client from the environment; see [`GraphBuilder::from_env`].
    pub fn from_env() -> Result<Graph, Error> {
        GraphBuilder::from_env()?.build()
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        self.client.baseurl()
    }

    /// The generated client, for every operation, with this client's auth and
    /// retries. Wrap its calls in [`Graph::call`] for typed errors.
    pub fn client(&self) -> &graph_client::Client {
        &self.client
    }

    /// Runs a call made with the generated client and maps its failure to
    /// [`Error`]: `graph.call(graph.client().update_assignments()….send())`.
    /// Pass one operation's future per call.
    pub fn call<'a, T, F>(&'a self, request: F) -> impl Future<Output = Result<T, Error>> + 'a
    where
        F: Future<Output = Result<graph_client::ResponseValue<T>, graph_client::Error<ODataError>>> + 'a,
        T: 'a,
    {
        // Boxed before anything else: the generated future is kilobytes, and
        // every move of it (into the report scope, into the returned future,
        // and the caller's moves of that into a task or a `FuturesUnordered`)
        // would copy all of it.
        Self::call_boxed(Box::pin(request))
    }

    async fn call_boxed<T, F>(request: std::pin::Pin<Box<F>>) -> Result<T, Error>
    where
        F: Future<Output = Result<graph_client::ResponseValue<T>, graph_client::Error<ODataError>>>,
    {
        // The outcome is consumed before the next await, so it takes no room in this future.
        let mapping = {
            let (outcome, report) = report::scoped(request).await;
            match outcome {
                Ok(value) => return Ok(value.into_inner()),
                Err(e) => Box::pin(error::from_client(e, report)),
            }
        };
        Err(mapping.await)
    }

    /// [`Graph::call`] for an update or action that Graph may answer with
    /// `204 No Content` where the docs show a body (many `PATCH` operations
    /// do): that answer is `Ok(None)`, the documented one `Ok(Some(…))`.
    pub fn call_optional<'a, T, F>(&'a self, request: F) -> impl Future<Output = Result<Option<T>, Error>> + 'a
    where
        F: Future<Output = Result<graph_client::ResponseValue<T>, graph_client::Error<ODataError>>> + 'a,
        T: 'a,
    {
        // A map, not an `async` block: a block would hold the call twice.
        Self::call_boxed(Box::pin(request)).map(|outcome| match outcome {
            Ok(value) => Ok(Some(value)),
            Err(Error::UnexpectedBody { status: Some(204), .. }) => Ok(None),
            Err(e) => Err(e),
        })
    }

    /// Updates the deployment-profile assignment of a Windows Autopilot device
    /// identity (`PATCH …/windowsAutopilotDeviceIdentities/{id}/deploymentProfile/assignments`).
    /// Returns the assignment as Graph now has it, or `None` when Graph
    /// answers `204 No Content` (the update is made, no body comes back).
    /// Fills `@odata.type` when the assignment has none.
    ///
    /// The call is made when the returned future is awaited.
    pub fn update_deployment_profile_assignment<'a>(
        &'a self,
        device_identity_id: &'a str,
        mut assignment: WindowsAutopilotDeploymentProfileAssignment,
    ) -> impl Future<Output = Result<Option<WindowsAutopilotDeploymentProfileAssignment>, Error>> + 'a {
        // Built here, not in an `async fn`, which would keep the assignment
        // twice in the future that callers move around.
        if device_identity_id.is_empty() {
            // The error alone is kept, not a whole `Result` the size of an assignment.
            let invalid = Error::InvalidRequest("the device identity id is empty".into());
            return Either::Right(std::future::ready(invalid).map(Err));
        }
        assignment.odata_type.get_or_insert_with(|| ASSIGNMENT_TYPE.into());
        let call = self.client.update_assignments().windows_autopilot_device_identity_id(device_identity_id);
        Either::Left(self.call_optional(call.body(assignment).send()))
    }
}

const ASSIGNMENT_TYPE: &str = "#microsoft.graph.windowsAutopilotDeploymentProfileAssignment";

#[cfg(test)]
mod tests {
    use super::*;

    /// Callers move these futures (into tasks, `FuturesUnordered`, `select!`);
    /// the generated one inside is kilobytes and must stay boxed.
    #[test]
    fn call_futures_stay_small() {
        let graph = Graph::builder().base_url("http://127.0.0.1:9/beta").bearer_token("t").build().unwrap();
        let generated = graph
            .client()
            .update_assignments()
            .windows_autopilot_device_identity_id("d")
            .body(WindowsAutopilotDeploymentProfileAssignment::default())
            .send();
        let generated_size = std::mem::size_of_val(&generated);
        let call = graph.call(generated);
        assert!(std::mem::size_of_val(&call) <= 256, "call: {} bytes", std::mem::size_of_val(&call));
        let update = graph.update_deployment_profile_assignment("d", Default::default());
        let update_size = std::mem::size_of_val(&update);
        assert!(update_size < generated_size / 2, "update: {update_size} bytes, generated: {generated_size}");
        // Nor does it keep the assignment beside the boxed call: no more than
        // its output (an error ready before the call) and a little.
        let output = std::mem::size_of::<Result<Option<WindowsAutopilotDeploymentProfileAssignment>, Error>>();
        assert!(update_size <= output + 16, "update: {update_size} bytes, output {output}");
    }
}
