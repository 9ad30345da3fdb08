//! `cargo xtask contract-test`: the contract against independent peers.
//! Static validators; the docs' examples replayed through the wrapper; Prism
//! (`@stoplight/prism-cli`, installed on demand) judging requests from the
//! generated client, the wrapper and the CLI, with a negative control.

use std::net::TcpListener;
use std::process::{Child, Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::{spec, tools, validate};

#[derive(clap::Args, Debug, Clone)]
pub struct Args {}

/// Stops Prism on every exit path.
struct Prism(Child);

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn start_prism(contract: &str) -> Result<(Prism, String)> {
    let bin = tools::npm_tool("@stoplight/prism-cli", "prism")?;
    let port = free_port()?;
    let child = Command::new(bin)
        .args(["mock", "--errors", "-h", "127.0.0.1", "-p", &port.to_string(), contract])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .context("starting prism")?;
    let prism = Prism(child);
    let deadline = Instant::now() + Duration::from_secs(60);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        if Instant::now() > deadline {
            bail!("prism did not start listening on 127.0.0.1:{port} within 60 s");
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    Ok((prism, format!("http://127.0.0.1:{port}")))
}

pub fn run(_args: &Args) -> Result<ExitCode> {
    validate::validate(std::path::Path::new(spec::DEFAULT_OUT))?;
    tools::run(Command::new(env!("CARGO")).args(["test", "-q", "-p", "workspace-tests", "--test", "example_replay"]))?;
    tools::run(Command::new(env!("CARGO")).args(["build", "-q", "-p", "graph-cli"]))?;
    let cli = std::path::absolute("target/debug/graph-cli")?;
    let (prism, url) = start_prism(spec::DEFAULT_OUT)?;
    eprintln!("contract-test: prism mock listening at {url}");
    let result = tools::run(
        Command::new(env!("CARGO"))
            .args(["test", "-q", "-p", "workspace-tests", "--test", "prism", "--", "--ignored", "--test-threads", "1"])
            .env("PRISM_URL", &url)
            .env("GRAPH_CLI", cli),
    );
    drop(prism);
    result?;
    eprintln!("contract-test: validators, example replay and Prism all passed");
    Ok(ExitCode::SUCCESS)
}
