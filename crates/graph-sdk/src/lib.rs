//! Microsoft Graph for applications: the generated [`graph_client`] with
//! Microsoft identity auth, throttling-aware retries, typed errors and
//! ergonomic calls.
//!
//! ```
//! use graph_sdk::{Error, Graph, types::WindowsAutopilotDeploymentProfileAssignment};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Error> {
//! # // A local stand-in for Graph, so this example runs anywhere.
//! # let server = wiremock::MockServer::start().await;
//! # wiremock::Mock::given(wiremock::matchers::method("PATCH"))
//! #     .respond_with(wiremock::ResponseTemplate::new(200).set_body_json(serde_json::json!({
//! #         "@odata.type": "#microsoft.graph.windowsAutopilotDeploymentProfileAssignment",
//! #         "id": "a-1", "sourceId": "policy-1"})))
//! #     .mount(&server).await;
//! # let base_url = format!("{}/beta", server.uri());
//! // Graph::from_env() reads AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET and GRAPH_BASE_URL.
//! let graph = Graph::builder().base_url(base_url).bearer_token("token from elsewhere").build()?;
//!
//! let assignment = WindowsAutopilotDeploymentProfileAssignment {
//!     source_id: Some("policy-1".into()),
//!     ..Default::default()
//! };
//! match graph.update_deployment_profile_assignment("device-identity-id", assignment).await {
//!     Ok(Some(updated)) => println!("{}", serde_json::to_string(&updated).unwrap_or_default()),
//!     Ok(None) => println!("updated; Graph sent no body (204)"),
//!     Err(Error::Service(e)) if e.status == 404 => println!("no such device: {}", e.message),
//!     Err(e) => return Err(e),
//! }
//! # Ok(()) }
//! ```
//!
//! - Auth: [`GraphBuilder::credential`] (any `azure_core` credential),
//!   [`GraphBuilder::client_secret`], [`GraphBuilder::bearer_token`],
//!   [`token_fn`] or your own [`TokenSource`]. Tokens are cached and go only
//!   to the Graph origin over HTTPS.
//! - Retries: 429, 503 and 504 honouring `Retry-After`, per [`RetryPolicy`].
//! - Errors: one [`Error`] enum.
//! - Everything the generated client offers stays reachable through
//!   [`Graph::client`], with the same auth and retries ([`Graph::call`] maps
//!   its errors); collections page with [`Graph::pages`] and [`Graph::items`].
//! - Each attempt is a `graph.request` tracing span (operation id, method,
//!   attempt, client-request-id, status, request-id).

#![warn(missing_docs)]

mod auth;
mod error;
mod graph;
mod paging;
mod report;
mod secret;
mod transport;

pub use auth::{AccessToken, AzureCredential, StaticToken, TokenSource, token_fn};
pub use error::{AuthError, Error, ServiceError};
pub use graph::{Graph, GraphBuilder};
pub use graph_client::hooks::BoxFuture;
pub use graph_client::types;
pub use paging::{CollectionPage, Page};
pub use secret::Secret;
pub use transport::RetryPolicy;

/// The contract's server: where requests go unless told otherwise.
pub const DEFAULT_BASE_URL: &str = "https://graph.microsoft.com/beta";
