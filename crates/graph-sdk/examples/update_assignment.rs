//! Updates the deployment-profile assignment of a Windows Autopilot device identity.
//!
//! ```sh
//! AZURE_TENANT_ID=… AZURE_CLIENT_ID=… AZURE_CLIENT_SECRET=… \
//!   cargo run -p graph-sdk --example update_assignment -- DEVICE_ID --body assignment.json
//! cargo run -p graph-sdk --example update_assignment -- DEVICE_ID --token "$TOKEN" --base-url http://127.0.0.1:4010/beta --body -
//! ```
//! Prints the updated assignment as JSON; exits non-zero with the typed error printed on failure.

use std::io::Read;
use std::process::ExitCode;

use clap::Parser;
use graph_sdk::{Graph, types::WindowsAutopilotDeploymentProfileAssignment};

#[derive(Parser)]
struct Args {
    /// The Windows Autopilot device identity's id.
    device_identity_id: String,
    /// The assignment as JSON: a file, or `-` for standard input.
    #[arg(long)]
    body: String,
    /// A bearer token instead of the AZURE_* credentials.
    #[arg(long, env = "GRAPH_TOKEN", hide_env_values = true)]
    token: Option<String>,
    /// Graph endpoint with its version.
    #[arg(long, env = "GRAPH_BASE_URL", default_value = graph_sdk::DEFAULT_BASE_URL)]
    base_url: String,
    /// Token authority for national clouds or local mocks (HTTPS; extra roots via SSL_CERT_FILE).
    #[arg(long, env = "AZURE_AUTHORITY_HOST")]
    authority_host: Option<String>,
}

fn graph(args: &Args) -> Result<Graph, String> {
    let builder = Graph::builder().base_url(&args.base_url);
    let builder = match &args.token {
        Some(t) => builder.bearer_token(t.clone()),
        None => {
            let var = |k: &str| std::env::var(k).map_err(|_| format!("{k} is not set (or pass --token)"));
            let mut options = azure_identity::ClientSecretCredentialOptions::default();
            if let Some(host) = &args.authority_host {
                let mut custom = azure_core::cloud::CustomConfiguration::default();
                custom.authority_host = host.clone();
                options.client_options.cloud = Some(std::sync::Arc::new(custom.into()));
            }
            let credential = azure_identity::ClientSecretCredential::new(
                &var("AZURE_TENANT_ID")?,
                var("AZURE_CLIENT_ID")?,
                var("AZURE_CLIENT_SECRET")?.into(),
                Some(options),
            )
            .map_err(|e| e.to_string())?;
            builder.credential(credential)
        }
    };
    builder.build().map_err(|e| e.to_string())
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    let text = if args.body == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map(|_| s)
    } else {
        std::fs::read_to_string(&args.body)
    };
    let assignment: WindowsAutopilotDeploymentProfileAssignment =
        match text.map_err(|e| e.to_string()).and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string())) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("error: {}: {e}", args.body);
                return ExitCode::from(2);
            }
        };
    let graph = match graph(&args) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    match graph.update_deployment_profile_assignment(&args.device_identity_id, assignment).await {
        Ok(updated) => {
            println!("{}", serde_json::to_string_pretty(&updated).unwrap_or_default());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}\n{e:?}");
            ExitCode::FAILURE
        }
    }
}
