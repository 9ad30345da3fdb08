//! Updates the deployment-profile assignment of a Windows Autopilot device identity.
//!
//! ```sh
//! AZURE_TENANT_ID=… AZURE_CLIENT_ID=… AZURE_CLIENT_SECRET=… \
//!   cargo run -p graph-sdk --example update_assignment -- DEVICE_ID --body assignment.json
//! echo '{"sourceId": "policy-1"}' | cargo run -p graph-sdk --example update_assignment -- \
//!   DEVICE_ID --token "$TOKEN" --base-url http://127.0.0.1:4010/beta --body -
//! ```
//!
//! Prints the updated assignment as JSON (or, when Graph answers `204 No
//! Content`, says so on stderr and prints nothing). Exit status: 0 on success, 1 when
//! the call fails (the typed error is printed), 2 for bad arguments, input or
//! configuration.

use std::io::Read;
use std::process::ExitCode;

use clap::Parser;
use graph_sdk::{Graph, GraphBuilder, types::WindowsAutopilotDeploymentProfileAssignment};

/// Update the deployment-profile assignment of a Windows Autopilot device identity.
#[derive(Parser)]
struct Args {
    /// The Windows Autopilot device identity's id.
    device_identity_id: String,
    /// The assignment as JSON: a file, or `-` for standard input.
    #[arg(long)]
    body: String,
    /// A bearer token instead of the AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET credential.
    #[arg(long, env = "GRAPH_TOKEN", hide_env_values = true)]
    token: Option<String>,
    /// Graph endpoint with its version.
    #[arg(long, env = "GRAPH_BASE_URL", default_value = graph_sdk::DEFAULT_BASE_URL)]
    base_url: String,
    /// Token authority (HTTPS) for national clouds or local mocks; extra roots come from SSL_CERT_FILE.
    #[arg(long, env = "AZURE_AUTHORITY_HOST")]
    authority_host: Option<String>,
}

fn read_body(source: &str) -> Result<WindowsAutopilotDeploymentProfileAssignment, String> {
    let text = if source == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map(|_| s)
    } else {
        std::fs::read_to_string(source)
    };
    let text = text.map_err(|e| format!("{source}: {e}"))?;
    serde_json::from_str(&text).map_err(|e| format!("{source}: not an assignment: {e}"))
}

fn graph(args: &Args) -> Result<Graph, graph_sdk::Error> {
    let builder = match &args.token {
        Some(token) => Graph::builder().bearer_token(token.as_str()),
        None => GraphBuilder::from_env()?,
    };
    let builder = builder.base_url(&args.base_url);
    let builder = match &args.authority_host {
        Some(host) => builder.authority_host(host),
        None => builder,
    };
    builder.build()
}

/// The error, each of its causes, and its fields.
fn report(e: &graph_sdk::Error) {
    eprintln!("error: {e}");
    let mut cause = std::error::Error::source(e);
    while let Some(c) = cause {
        eprintln!("  caused by: {c}");
        cause = c.source();
    }
    eprintln!("{e:#?}");
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    let assignment = match read_body(&args.body) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let graph = match graph(&args) {
        Ok(g) => g,
        Err(e) => {
            report(&e);
            return ExitCode::from(2);
        }
    };
    match graph.update_deployment_profile_assignment(&args.device_identity_id, assignment).await {
        Ok(None) => {
            eprintln!("updated; Graph answered 204 No Content and sent no body");
            ExitCode::SUCCESS
        }
        Ok(Some(updated)) => match serde_json::to_string_pretty(&updated) {
            Ok(json) => {
                println!("{json}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: printing the result: {e}");
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            report(&e);
            ExitCode::FAILURE
        }
    }
}
