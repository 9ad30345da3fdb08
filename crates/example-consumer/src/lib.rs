//! How an application uses the generated client directly: build a [`Client`],
//! call an operation with typed arguments, get a typed response or a typed
//! Graph error. (Applications that want auth and retries use `graph-sdk`.)

use graph_client::types::{
    DeviceAndAppManagementAssignmentSource, DeviceAndAppManagementAssignmentSourceKnown,
    WindowsAutopilotDeploymentProfileAssignment,
};
use graph_client::{Client, Error, hooks::Hooks, types::ODataError};

/// A client for `base_url` (a Graph endpoint with its version, or a mock).
pub fn client(base_url: &str) -> Client {
    Client::new(base_url, Hooks::default())
}

/// Points a device identity's deployment-profile assignment at a policy set.
pub async fn assign_to_policy_set(
    client: &Client,
    device_identity_id: &str,
    policy_set_id: &str,
) -> Result<WindowsAutopilotDeploymentProfileAssignment, Error<ODataError>> {
    let body = WindowsAutopilotDeploymentProfileAssignment {
        odata_type: Some("#microsoft.graph.windowsAutopilotDeploymentProfileAssignment".to_string()),
        source: Some(DeviceAndAppManagementAssignmentSource::DeviceAndAppManagementAssignmentSourceKnown(
            DeviceAndAppManagementAssignmentSourceKnown::PolicySets,
        )),
        source_id: Some(policy_set_id.to_string()),
        ..Default::default()
    };
    let response =
        client.update_assignments().windows_autopilot_device_identity_id(device_identity_id).body(body).send().await?;
    Ok(response.into_inner())
}
