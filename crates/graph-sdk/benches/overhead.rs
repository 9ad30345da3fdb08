//! Per-request cost of the wrapper + generated client against plain reqwest,
//! on the same loopback server: 10,000 sequential requests each, then 10,000
//! each with 64 in flight; p50/p99 latency and the ratios. Three more rows
//! split the sequential cost: the generated client alone (no transport), the
//! generated client through the wrapper's transport (without `Graph::call`),
//! and plain reqwest sending the wrapper's headers and timeout.
//!
//! `cargo bench -p graph-sdk --bench overhead`
//!
//! The server is hyper's HTTP/1.1 server (keep-alive) on its own thread,
//! answering every request alike, so its cost is small and the same for
//! every client. The clients take turns (request by request when sequential,
//! in an order that rotates every round; in blocks of 1,000 when concurrent)
//! so that drift on a shared machine, and which client runs after which,
//! affect them alike.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use graph_sdk::Graph;
use graph_sdk::types::WindowsAutopilotDeploymentProfileAssignment;
use http_body_util::{BodyExt, Full};
use hyper::body::{Bytes, Incoming};
use hyper_util::rt::TokioIo;

const N: usize = 10_000;
const IN_FLIGHT: usize = 64;
const BLOCK: usize = 1_000;
const WARM_UP: usize = 1_000;
const TOKEN: &str = "bench-token";
const BODY: &str = r##"{"@odata.type":"#microsoft.graph.windowsAutopilotDeploymentProfileAssignment","id":"a-1","source":"direct","sourceId":"s"}"##;

/// Answers every request on every connection with `BODY` (hyper's HTTP/1.1
/// server, keep-alive), after reading the request body.
fn serve() -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    listener.set_nonblocking(true).unwrap();
    // Named, so that a profiler can tell the server's time from the clients'.
    let server = std::thread::Builder::new().name("loopback-server".into());
    server
        .spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).unwrap();
                while let Ok((tcp, _)) = listener.accept().await {
                    let _ = tcp.set_nodelay(true);
                    tokio::spawn(async move {
                        let service = hyper::service::service_fn(|request: hyper::Request<Incoming>| async move {
                            request.into_body().collect().await?;
                            let body = Full::new(Bytes::from_static(BODY.as_bytes()));
                            let response = hyper::Response::builder()
                                .header("content-type", "application/json")
                                .body(body)
                                .unwrap();
                            Ok::<_, hyper::Error>(response)
                        });
                        let _ = hyper::server::conn::http1::Builder::new()
                            .serve_connection(TokioIo::new(tcp), service)
                            .await;
                    });
                }
            });
        })
        .unwrap();
    addr
}

fn pct(v: &mut [Duration], p: f64) -> Duration {
    v.sort();
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

async fn timed<F: std::future::Future<Output = ()>>(f: F) -> Duration {
    let t = Instant::now();
    f.await;
    t.elapsed()
}

/// `n` calls, `IN_FLIGHT` at a time; each call's latency.
async fn concurrent<F, Fut>(n: usize, call: &F) -> Vec<Duration>
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    futures_util::stream::iter(0..n).map(|_| timed(call())).buffer_unordered(IN_FLIGHT).collect().await
}

fn main() {
    let addr = serve();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async move {
        let base = format!("http://{addr}/beta");
        let graph = Graph::builder().base_url(&base).bearer_token(TOKEN).build().unwrap();
        let bare = graph_client::Client::new_with_client(&base, reqwest::Client::new(), Default::default());
        let plain = reqwest::Client::new();
        let url = format!("{base}/deviceManagement/windowsAutopilotDeviceIdentities/d/deploymentProfile/assignments");
        // With `@odata.type` set, every client sends the same body.
        let request = WindowsAutopilotDeploymentProfileAssignment {
            odata_type: Some("#microsoft.graph.windowsAutopilotDeploymentProfileAssignment".into()),
            source_id: Some("s".into()),
            ..Default::default()
        };

        let wrapper = || {
            let (g, r) = (&graph, request.clone());
            async move {
                g.update_deployment_profile_assignment("d", r).await.unwrap();
            }
        };
        let reqwest_only = || {
            let (c, u, r) = (&plain, url.as_str(), request.clone());
            async move {
                let resp = c.patch(u).bearer_auth(TOKEN).json(&r).send().await.unwrap();
                let _: WindowsAutopilotDeploymentProfileAssignment = resp.json().await.unwrap();
            }
        };
        // Plain reqwest sending what the wrapper sends: its headers, a fresh id, the timeout.
        let reqwest_same_headers = || {
            let (c, u, r) = (&plain, url.as_str(), request.clone());
            async move {
                let id = uuid::Builder::from_random_bytes(fastrand::u128(..).to_le_bytes()).into_uuid();
                let resp = c
                    .patch(u)
                    .bearer_auth(TOKEN)
                    .header("accept", "application/json")
                    .header("api-version", "beta")
                    .header("client-request-id", id.to_string())
                    .header("user-agent", "graph-sdk/0.1.0")
                    .timeout(Duration::from_secs(100))
                    .json(&r)
                    .send()
                    .await
                    .unwrap();
                let _: WindowsAutopilotDeploymentProfileAssignment = resp.json().await.unwrap();
            }
        };
        let generated_only = || {
            let (c, r) = (&bare, request.clone());
            async move {
                c.update_assignments().windows_autopilot_device_identity_id("d").body(r).send().await.unwrap();
            }
        };
        let through_transport = || {
            let (g, r) = (&graph, request.clone());
            async move {
                g.client().update_assignments().windows_autopilot_device_identity_id("d").body(r).send().await.unwrap();
            }
        };

        // `OVERHEAD_PROFILE=wrapper|transport|generated|reqwest[,sequential]` runs
        // one client alone (64 in flight, or one at a time) for a profiler.
        if let Ok(profile) = std::env::var("OVERHEAD_PROFILE") {
            let (which, mode) = profile.split_once(',').unwrap_or((profile.as_str(), ""));
            let sequential = mode == "sequential";
            let n = if sequential { 50_000 } else { 200_000 };
            macro_rules! run {
                ($call:expr) => {
                    if sequential {
                        for _ in 0..n {
                            $call().await;
                        }
                    } else {
                        concurrent(n, &$call).await;
                    }
                };
            }
            match which {
                "wrapper" => run!(wrapper),
                "transport" => run!(through_transport),
                "generated" => run!(generated_only),
                "reqwest" => run!(reqwest_only),
                other => {
                    eprintln!(
                        "OVERHEAD_PROFILE: unknown client `{other}`; use wrapper, transport, generated or reqwest"
                    );
                    std::process::exit(2);
                }
            }
            return;
        }

        // Warm every path (connections, token cache, allocator).
        for _ in 0..WARM_UP {
            wrapper().await;
            reqwest_only().await;
            generated_only().await;
            through_transport().await;
            reqwest_same_headers().await;
        }

        let mut times: [Vec<Duration>; 5] = Default::default();
        for i in 0..N {
            for k in 0..5 {
                let which = (i + k) % 5;
                let t = match which {
                    0 => timed(wrapper()).await,
                    1 => timed(reqwest_only()).await,
                    2 => timed(generated_only()).await,
                    3 => timed(through_transport()).await,
                    _ => timed(reqwest_same_headers()).await,
                };
                times[which].push(t);
            }
        }
        let [w, p, g, t, h] = &mut times;
        report("sequential", w, p);
        report("  generated client alone", g, p);
        report("  generated + transport", t, p);
        report("  reqwest, same headers", h, p);

        let (mut w, mut p) = (Vec::with_capacity(N), Vec::with_capacity(N));
        for _ in 0..N / BLOCK {
            w.extend(concurrent(BLOCK, &wrapper).await);
            p.extend(concurrent(BLOCK, &reqwest_only).await);
        }
        report("64 in flight", &mut w, &mut p);
    });
}

fn report(label: &str, w: &mut [Duration], p: &mut [Duration]) {
    let (w50, w99, p50, p99) = (pct(w, 0.5), pct(w, 0.99), pct(p, 0.5), pct(p, 0.99));
    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
    println!(
        "{label:<25} p50 {w50:>9.1?} p99 {w99:>9.1?} | plain reqwest p50 {p50:>9.1?} p99 {p99:>9.1?} | ratio p50 {:.3}x p99 {:.3}x",
        ratio(w50, p50),
        ratio(w99, p99)
    );
}
