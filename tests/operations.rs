//! How each operation of the default contract (`openapi/graph.json`) is called
//! through the generated client, the wrapper and the CLI, given an example's
//! path values and JSON body. A page whose operation has no arm here fails its
//! case with a message naming this file.

#![allow(dead_code, reason = "each test target that includes this module uses a different part of it")]

use serde_json::Value;

use crate::doc_examples::Matched;

/// The example's JSON body as the request type `$t`.
macro_rules! typed {
    ($body:expr, $t:ty) => {
        serde_json::from_value::<$t>($body.ok_or("the example has no JSON request body")?)
            .map_err(|e| format!("the example body does not fit the request type: {e}"))?
    };
}

/// A typed result as JSON.
macro_rules! to_json {
    ($value:expr) => {
        serde_json::to_value($value).map_err(|e| format!("the typed result does not serialize: {e}"))
    };
}

fn missing(surface: &str, op: &Matched) -> String {
    format!("no {surface} call for operation `{}`: add an arm for it in tests/operations.rs", op.id)
}

/// Calls the operation through the wrapper; the typed result as JSON.
pub async fn call_wrapper(graph: &graph_sdk::Graph, op: &Matched, body: Option<Value>) -> Result<Value, String> {
    match op.id.as_str() {
        "update_assignments" => {
            let id = op.param("windowsAutopilotDeviceIdentityId")?;
            let body = typed!(body, graph_sdk::types::WindowsAutopilotDeploymentProfileAssignment);
            let result = graph.update_deployment_profile_assignment(id, body).await;
            to_json!(result.map_err(|e| format!("the wrapper returned an error: {e}"))?)
        }
        _ => Err(missing("wrapper", op)),
    }
}

/// Calls the operation through the generated client; the typed result as JSON.
pub async fn call_client(client: &graph_client::Client, op: &Matched, body: Option<Value>) -> Result<Value, String> {
    match op.id.as_str() {
        "update_assignments" => {
            let id = op.param("windowsAutopilotDeviceIdentityId")?;
            let body = typed!(body, graph_client::types::WindowsAutopilotDeploymentProfileAssignment);
            let call = client.update_assignments().windows_autopilot_device_identity_id(id).body(body);
            let result = call.send().await.map_err(|e| format!("the client returned an error: {e}"))?;
            to_json!(result.into_inner())
        }
        _ => Err(missing("generated client", op)),
    }
}

/// The CLI's arguments for the operation: the subcommand (the operationId in
/// kebab case, as `graph-cli` names it) and one `--param value` per path
/// parameter, as progenitor's CLI generator spells them. `--json-body` is the
/// caller's.
pub fn cli_args(op: &Matched) -> Vec<String> {
    let mut args = vec![op.id.replace('_', "-")];
    for (name, value) in &op.params {
        args.push(format!("--{}", kebab(name)));
        args.push(value.clone());
    }
    args
}

/// `windowsAutopilotDeviceIdentityId` → `windows-autopilot-device-identity-id`.
fn kebab(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 && !out.ends_with('-') {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else if c == '_' || c == '.' {
            out.push('-');
        } else {
            out.push(c);
        }
    }
    out
}
