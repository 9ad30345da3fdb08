//! Per-request cost of the wrapper + generated client against plain reqwest,
//! same loopback server: 10,000 sequential requests, then 10,000 with 64 in
//! flight; p50/p99 latency and the ratio. `cargo bench -p graph-sdk --bench overhead`.

use std::time::{Duration, Instant};

use futures_util::StreamExt;
use graph_sdk::Graph;
use graph_sdk::types::WindowsAutopilotDeploymentProfileAssignment;
use serde_json::json;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const N: usize = 10_000;
const IN_FLIGHT: usize = 64;

fn pct(mut v: Vec<Duration>, p: f64) -> Duration {
    v.sort();
    v[((v.len() as f64 - 1.0) * p) as usize]
}

async fn run<F, Fut>(n: usize, in_flight: usize, call: F) -> Vec<Duration>
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    futures_util::stream::iter(0..n)
        .map(|_| {
            let fut = call();
            async move {
                let t = Instant::now();
                fut.await;
                t.elapsed()
            }
        })
        .buffer_unordered(in_flight)
        .collect()
        .await
}

#[tokio::main]
async fn main() {
    let server = MockServer::start().await;
    let body = json!({"@odata.type": "#microsoft.graph.windowsAutopilotDeploymentProfileAssignment", "id": "a-1", "source": "direct", "sourceId": "s"});
    Mock::given(method("PATCH")).respond_with(ResponseTemplate::new(200).set_body_json(&body)).mount(&server).await;
    let graph = Graph::builder().base_url(server.uri()).bearer_token("bench-token").build().unwrap();
    let plain = reqwest::Client::new();
    let url =
        format!("{}/deviceManagement/windowsAutopilotDeviceIdentities/d/deploymentProfile/assignments", server.uri());
    let request = WindowsAutopilotDeploymentProfileAssignment { source_id: Some("s".into()), ..Default::default() };

    let wrapper = || {
        let (g, r) = (&graph, request.clone());
        async move {
            g.update_deployment_profile_assignment("d", r).await.unwrap();
        }
    };
    let reqwest_only = || {
        let (c, u, r) = (&plain, url.clone(), request.clone());
        async move {
            let resp = c.patch(u).bearer_auth("bench-token").json(&r).send().await.unwrap();
            let _: WindowsAutopilotDeploymentProfileAssignment = resp.json().await.unwrap();
        }
    };
    // Warm both paths.
    run(500, 1, wrapper).await;
    run(500, 1, reqwest_only).await;
    for (label, in_flight) in [("sequential", 1), ("64 in flight", IN_FLIGHT)] {
        let w = run(N, in_flight, wrapper).await;
        let p = run(N, in_flight, reqwest_only).await;
        let (w50, w99, p50, p99) = (pct(w.clone(), 0.5), pct(w, 0.99), pct(p.clone(), 0.5), pct(p, 0.99));
        println!(
            "{label:>13}: wrapper p50 {w50:>9.1?} p99 {w99:>9.1?} | plain reqwest p50 {p50:>9.1?} p99 {p99:>9.1?} | ratio p50 {:.3}x p99 {:.3}x",
            w50.as_secs_f64() / p50.as_secs_f64(),
            w99.as_secs_f64() / p99.as_secs_f64()
        );
    }
}
