//! The build-time client calls its operation against a local mock.

use httpmock::MockServer;
use serde_json::json;

#[tokio::test]
async fn update_assignments_against_a_mock() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.method(httpmock::Method::PATCH)
            .path("/deviceManagement/windowsAutopilotDeviceIdentities/device-7/deploymentProfile/assignments")
            .json_body(json!({"sourceId": "p-1"}));
        then.status(200).header("content-type", "application/json").json_body(json!({"id": "a-1", "sourceId": "p-1"}));
    });
    let client = example_subset::Client::new(&server.base_url());
    let body = example_subset::types::WindowsAutopilotDeploymentProfileAssignment {
        source_id: Some("p-1".into()),
        ..Default::default()
    };
    let response =
        client.update_assignments().windows_autopilot_device_identity_id("device-7").body(body).send().await.unwrap();
    mock.assert();
    assert_eq!(response.into_inner().id.as_deref(), Some("a-1"));
}
