//! Microsoft Graph for applications: the generated [`graph_client`] with
//! Microsoft identity auth, throttling-aware retries, typed errors and
//! ergonomic calls.
//!
//! ```no_run
//! # async fn run() -> Result<(), graph_sdk::Error> {
//! use graph_sdk::{Graph, types::WindowsAutopilotDeploymentProfileAssignment};
//!
//! // AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET, optional GRAPH_BASE_URL.
//! let graph = Graph::from_env()?;
//! let assignment = WindowsAutopilotDeploymentProfileAssignment { source_id: Some("policy-1".into()), ..Default::default() };
//! let updated = graph.update_deployment_profile_assignment("device-identity-id", assignment).await?;
//! println!("{}", serde_json::to_string_pretty(&updated).unwrap());
//! # Ok(()) }
//! ```
//!
//! Everything the generated client offers stays reachable through
//! [`Graph::client`], with the same auth and retries.

mod auth;
mod error;
mod secret;
mod transport;

use std::sync::Arc;

use futures_util::Stream;
use serde::de::DeserializeOwned;

pub use auth::{AccessToken, AzureCredential, StaticToken, TokenSource, token_fn};
pub use error::{AuthError, Error, ServiceError};
pub use graph_client::types;
pub use secret::Secret;
pub use transport::RetryPolicy;

use transport::GraphTransport;

/// The contract's server: where requests go unless told otherwise.
pub const DEFAULT_BASE_URL: &str = "https://graph.microsoft.com/beta";

/// A Graph client for applications. Cheap to clone.
#[derive(Clone)]
pub struct Graph {
    client: graph_client::Client,
    transport: Arc<GraphTransport>,
    http: reqwest::Client,
}

impl std::fmt::Debug for Graph {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Graph")
            .field("base_url", &graph_client::ClientInfo::baseurl(&self.client))
            .finish_non_exhaustive()
    }
}

/// Builds a [`Graph`].
#[derive(Default)]
pub struct GraphBuilder {
    base_url: Option<String>,
    source: Option<Arc<dyn TokenSource>>,
    policy: RetryPolicy,
    http: Option<reqwest::Client>,
}

impl std::fmt::Debug for GraphBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GraphBuilder")
            .field("base_url", &self.base_url)
            .field("policy", &self.policy)
            .finish_non_exhaustive()
    }
}

impl GraphBuilder {
    /// The Graph endpoint with its version (default [`DEFAULT_BASE_URL`]).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Where tokens come from: [`StaticToken`], [`token_fn`], [`AzureCredential`] or your own.
    pub fn token_source(mut self, source: impl TokenSource) -> Self {
        self.source = Some(Arc::new(source));
        self
    }

    /// Any `azure_core` credential.
    pub fn credential(self, credential: Arc<dyn azure_core::credentials::TokenCredential>) -> Self {
        self.token_source(AzureCredential(credential))
    }

    /// A fixed bearer token.
    pub fn bearer_token(self, token: impl Into<String>) -> Self {
        self.token_source(StaticToken::new(token))
    }

    /// Retries, backoff and timeouts.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.policy = policy;
        self
    }

    /// Your own `reqwest::Client` (proxies, roots, ...).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    pub fn build(self) -> Result<Graph, Error> {
        let base_url = self.base_url.unwrap_or_else(|| DEFAULT_BASE_URL.to_string());
        let url =
            reqwest::Url::parse(&base_url).map_err(|e| Error::InvalidRequest(format!("base URL `{base_url}`: {e}")))?;
        let host = url.host_str().ok_or_else(|| Error::InvalidRequest(format!("base URL `{base_url}` has no host")))?;
        let authority = match url.port() {
            Some(p) => format!("{host}:{p}"),
            None => host.to_string(),
        };
        let source =
            self.source.ok_or_else(|| Error::InvalidRequest("no token source: set one on the builder".into()))?;
        let scope = format!("{}://{host}/.default", url.scheme());
        let cache = Arc::new(auth::TokenCache::new(source, scope));
        let transport = Arc::new(GraphTransport { cache, authority, policy: self.policy });
        let http = match self.http {
            Some(h) => h,
            None => reqwest::Client::builder()
                // Redirects are followed only within the same origin: never to another host with our headers.
                .redirect(reqwest::redirect::Policy::custom(|attempt| {
                    let origin = |u: &reqwest::Url| (u.host_str().map(str::to_string), u.port_or_known_default());
                    let same_host = attempt.previous().first().map(origin) == Some(origin(attempt.url()));
                    if same_host && attempt.previous().len() < 10 { attempt.follow() } else { attempt.stop() }
                }))
                .build()
                .map_err(Error::Transport)?,
        };
        let hooks = graph_client::hooks::Hooks::with_transport(transport.clone());
        let client = graph_client::Client::new_with_client(base_url.trim_end_matches('/'), http.clone(), hooks);
        Ok(Graph { client, transport, http })
    }
}

impl Graph {
    pub fn builder() -> GraphBuilder {
        GraphBuilder::default()
    }

    /// From azure_identity's variables (`AZURE_TENANT_ID`, `AZURE_CLIENT_ID`,
    /// `AZURE_CLIENT_SECRET`) and `GRAPH_BASE_URL`.
    pub fn from_env() -> Result<Graph, Error> {
        let var =
            |k: &str| std::env::var(k).map_err(|_| Error::Auth(AuthError::from_message(format!("{k} is not set"))));
        let (tenant, client_id, secret) =
            (var("AZURE_TENANT_ID")?, var("AZURE_CLIENT_ID")?, var("AZURE_CLIENT_SECRET")?);
        let credential = azure_identity::ClientSecretCredential::new(&tenant, client_id, secret.into(), None)
            .map_err(|e| Error::Auth(AuthError::from_message(e.to_string())))?;
        let mut builder = Graph::builder().credential(credential);
        if let Ok(url) = std::env::var("GRAPH_BASE_URL") {
            builder = builder.base_url(url);
        }
        builder.build()
    }

    /// The generated client, for every operation (with this client's auth and retries).
    pub fn client(&self) -> &graph_client::Client {
        &self.client
    }

    /// Updates the deployment-profile assignment of a Windows Autopilot device
    /// identity (PATCH …/windowsAutopilotDeviceIdentities/{id}/deploymentProfile/assignments),
    /// filling `@odata.type` when the assignment has none.
    pub async fn update_deployment_profile_assignment(
        &self,
        device_identity_id: &str,
        mut assignment: types::WindowsAutopilotDeploymentProfileAssignment,
    ) -> Result<types::WindowsAutopilotDeploymentProfileAssignment, Error> {
        assignment
            .odata_type
            .get_or_insert_with(|| "#microsoft.graph.windowsAutopilotDeploymentProfileAssignment".into());
        let call =
            self.client.update_assignments().windows_autopilot_device_identity_id(device_identity_id).body(assignment);
        match call.send().await {
            Ok(rv) => Ok(rv.into_inner()),
            Err(e) => Err(error::from_client(e).await),
        }
    }

    /// The items of a collection, page by page, following `@odata.nextLink`
    /// (the token goes only to the Graph host, never to another one).
    pub fn items<T: DeserializeOwned + Send + 'static>(
        &self,
        first_page_url: impl Into<String>,
    ) -> impl Stream<Item = Result<T, Error>> + '_ {
        let start = first_page_url.into();
        futures_util::stream::unfold(
            (Some(start), Vec::<T>::new().into_iter()),
            move |(mut next, mut items)| async move {
                loop {
                    if let Some(item) = items.next() {
                        return Some((Ok(item), (next, items)));
                    }
                    let url = next.take()?;
                    match self.page::<T>(&url).await {
                        Ok((page, link)) => {
                            items = page.into_iter();
                            next = link;
                        }
                        Err(e) => return Some((Err(e), (None, Vec::new().into_iter()))),
                    }
                }
            },
        )
    }

    async fn page<T: DeserializeOwned>(&self, url: &str) -> Result<(Vec<T>, Option<String>), Error> {
        let url = reqwest::Url::parse(url).map_err(|e| Error::InvalidRequest(format!("next link `{url}`: {e}")))?;
        let request = self.http.get(url).build().map_err(Error::Transport)?;
        let resp = self
            .transport
            .send(&self.http, request, "nextLink")
            .await
            .map_err(|e| if e.is_timeout() { Error::Timeout(e) } else { Error::Transport(e) })?;
        if !resp.status().is_success() {
            return Err(error::from_client(graph_client::Error::UnexpectedResponse(resp)).await);
        }
        let status = resp.status().as_u16();
        let bytes = resp.bytes().await.map_err(Error::Transport)?;
        #[derive(serde::Deserialize)]
        struct Page<T> {
            #[serde(default = "Vec::new")]
            value: Vec<T>,
            #[serde(rename = "@odata.nextLink")]
            next: Option<String>,
        }
        let page: Page<T> = serde_json::from_slice(&bytes).map_err(|e| Error::UnexpectedBody {
            status: Some(status),
            snippet: format!("{e}: {}", String::from_utf8_lossy(&bytes).chars().take(200).collect::<String>()),
        })?;
        Ok((page.value, page.next))
    }
}
