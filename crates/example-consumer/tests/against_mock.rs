//! The consumer against a local httpmock server set up with the generated helpers.

use example_consumer::{assign_to_policy_set, client};
use graph_client::types::{
    DeviceAndAppManagementAssignmentSource, ODataError, WindowsAutopilotDeploymentProfileAssignment,
};
use graph_httpmock::MockServerExt;
use httpmock::MockServer;
use serde_json::json;

#[tokio::test]
async fn update_assignments_returns_the_typed_assignment() {
    let server = MockServer::start_async().await;
    let returned: WindowsAutopilotDeploymentProfileAssignment = serde_json::from_value(json!({
        "@odata.type": "#microsoft.graph.windowsAutopilotDeploymentProfileAssignment",
        "id": "85428e9f-8e9f-8542-9f8e-42859f8e4285",
        "source": "policySets",
        "sourceId": "policy-1",
        "target": {"@odata.type": "#microsoft.graph.allDevicesAssignmentTarget", "extraFromDerivedType": 1}
    }))
    .unwrap();
    let mock = server.update_assignments(|when, then| {
        when.windows_autopilot_device_identity_id("device-1");
        then.ok(&returned);
    });
    let assignment = assign_to_policy_set(&client(&server.base_url()), "device-1", "policy-1").await.unwrap();
    mock.assert();
    assert_eq!(assignment.id.as_deref(), Some("85428e9f-8e9f-8542-9f8e-42859f8e4285"));
    assert_eq!(assignment.source_id.as_deref(), Some("policy-1"));
    let target = assignment.target.unwrap();
    assert_eq!(target.extra["extraFromDerivedType"], json!(1), "a derived type's property is kept");
}

#[tokio::test]
async fn an_unknown_enum_value_still_deserializes() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.any_request();
        then.status(200).header("content-type", "application/json").json_body(json!({"source": "someNewSource"}));
    });
    let assignment = assign_to_policy_set(&client(&server.base_url()), "d", "p").await.unwrap();
    match assignment.source {
        Some(DeviceAndAppManagementAssignmentSource::Other(v)) => assert_eq!(v, "someNewSource"),
        other => panic!("expected the unknown value kept, got {other:?}"),
    }
}

#[tokio::test]
async fn a_graph_error_is_typed() {
    let server = MockServer::start_async().await;
    let error: ODataError = serde_json::from_value(json!({
        "error": {"code": "ResourceNotFound", "message": "No such device", "innerError": {"request-id": "r-1"}}
    }))
    .unwrap();
    server.update_assignments(|when, then| {
        when.windows_autopilot_device_identity_id("missing");
        then.client_error(404, &error);
    });
    let err = assign_to_policy_set(&client(&server.base_url()), "missing", "p").await.unwrap_err();
    match err {
        graph_client::Error::ErrorResponse(rv) => {
            assert_eq!(rv.status(), 404);
            assert_eq!(rv.error.code.as_deref(), Some("ResourceNotFound"));
        }
        other => panic!("expected a typed error, got {other:?}"),
    }
}
