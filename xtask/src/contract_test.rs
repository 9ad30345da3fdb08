//! `cargo xtask contract-test`: the contract against independent peers.
//!
//! For the default contract (`openapi/graph.json`): the static validators; the
//! docs' examples replayed through the wrapper against local mocks
//! (`tests/example_replay.rs`); Prism (`@stoplight/prism-cli`, installed on
//! demand) judging requests from the generated client, the wrapper and the CLI,
//! with a negative control (`tests/prism.rs`). For each doc family (default:
//! the shared beta-intune-enrollment set): a contract built under
//! `target/contract-test`, the validators, and the family's examples replayed
//! and judged by Prism (`tests/family.rs`).

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::files::write_atomic;
use crate::{corpus, spec, tools, validate};

/// Where family contracts and Prism logs go.
const OUT: &str = "target/contract-test";

#[derive(clap::Args, Debug, Clone, Default)]
pub struct Args {
    /// A doc family checked as a whole against a contract built from it
    /// (repeatable; default: the shared beta-intune-enrollment pages).
    #[arg(long = "family", value_name = "DIR")]
    pub families: Vec<PathBuf>,
    /// Check only the default contract.
    #[arg(long, conflicts_with = "families")]
    pub no_family: bool,
}

/// A running `prism mock`, stopped when dropped (on every exit path, panics included).
struct Prism {
    child: Child,
    url: String,
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `prism mock --errors` on a free loopback port and waits until it accepts connections.
fn start_prism(contract: &Path, log: &Path) -> Result<Prism> {
    let bin = std::path::absolute(tools::npm_tool("@stoplight/prism-cli@5", "prism")?)?;
    let mut last_error = None;
    // A port found free can be taken before Prism binds it: try again on another.
    for _ in 0..3 {
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let out = File::create(log).with_context(|| format!("creating {}", log.display()))?;
        let child = Command::new(&bin)
            .args(["mock", "--errors", "--host", "127.0.0.1", "--port", &port.to_string()])
            .arg(contract)
            .stdin(Stdio::null())
            .stdout(out.try_clone()?)
            .stderr(out)
            .spawn()
            .with_context(|| format!("starting {}", bin.display()))?;
        let mut prism = Prism { child, url: format!("http://127.0.0.1:{port}") };
        let deadline = Instant::now() + Duration::from_secs(90);
        loop {
            if let Some(status) = prism.child.try_wait()? {
                last_error = Some(format!("prism exited ({status}) before listening; see {}", log.display()));
                break;
            }
            if TcpStream::connect_timeout(&([127, 0, 0, 1], port).into(), Duration::from_millis(200)).is_ok() {
                return Ok(prism);
            }
            if Instant::now() > deadline {
                bail!("prism did not listen on 127.0.0.1:{port} within 90 s; see {}", log.display());
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }
    bail!("{}", last_error.unwrap_or_default())
}

fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// `cargo test -p workspace-tests --test NAME`, with extra libtest arguments and environment.
fn cargo_test(name: &str, ignored: bool, env: &[(&str, &std::ffi::OsStr)]) -> Result<()> {
    let mut cmd = cargo();
    cmd.args(["test", "-q", "-p", "workspace-tests", "--test", name, "--", "--nocapture", "--test-threads", "1"]);
    if ignored {
        cmd.arg("--ignored");
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    tools::run(&mut cmd)
}

/// Builds `graph-cli` and returns its executable, as cargo reports it.
fn build_cli() -> Result<PathBuf> {
    let out = cargo()
        .args(["build", "-q", "-p", "graph-cli", "--message-format=json"])
        .stderr(Stdio::inherit())
        .output()
        .context("running cargo build -p graph-cli")?;
    if !out.status.success() {
        bail!("cargo build -p graph-cli failed ({})", out.status);
    }
    for line in BufReader::new(out.stdout.as_slice()).lines() {
        let msg: serde_json::Value = serde_json::from_str(&line?).unwrap_or_default();
        if msg["reason"] == "compiler-artifact"
            && msg["target"]["name"] == "graph-cli"
            && let Some(exe) = msg["executable"].as_str()
        {
            return Ok(PathBuf::from(exe));
        }
    }
    bail!("cargo build -p graph-cli reported no graph-cli executable")
}

/// Converts a doc family into a contract under [`OUT`]; its path.
fn family_contract(docs: &Path) -> Result<PathBuf> {
    let name = docs.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "family".into());
    let out = Path::new(OUT).join(format!("{name}.json"));
    let conversion = spec::convert(&[docs.to_path_buf()], 0)?;
    eprintln!("contract-test: {}", spec::summary(&conversion));
    if conversion.stats.operations == 0 {
        bail!("{} yields no operations", docs.display());
    }
    write_atomic(&out, &conversion.to_json())?;
    Ok(out)
}

/// Runs the named steps in order, all of them, and prints how each went.
struct Steps {
    results: Vec<(String, Duration, Result<()>)>,
}

impl Steps {
    fn run(&mut self, name: impl Into<String>, step: impl FnOnce() -> Result<()>) -> bool {
        let name = name.into();
        eprintln!("\ncontract-test: {name}");
        let start = Instant::now();
        let result = step();
        let ok = result.is_ok();
        self.results.push((name, start.elapsed(), result));
        ok
    }

    fn report(&self) -> ExitCode {
        eprintln!("\ncontract-test summary:");
        for (name, took, result) in &self.results {
            match result {
                Ok(()) => eprintln!("  ok      {:>6.1} s  {name}", took.as_secs_f64()),
                Err(e) => eprintln!("  FAILED  {:>6.1} s  {name}: {e:#}", took.as_secs_f64()),
            }
        }
        if self.results.iter().all(|(_, _, r)| r.is_ok()) { ExitCode::SUCCESS } else { ExitCode::from(1) }
    }
}

pub fn run(args: &Args) -> Result<ExitCode> {
    let families: Vec<PathBuf> = match (&args.families[..], args.no_family) {
        (_, true) => Vec::new(),
        ([], false) => vec![Path::new(corpus::SHARED_DOCS).join("beta-intune-enrollment")],
        (given, false) => given.to_vec(),
    };
    for family in &families {
        if !family.is_dir() {
            bail!("doc family {} not found (the shared corpus sits beside the project root)", family.display());
        }
    }
    std::fs::create_dir_all(OUT)?;
    let contract = Path::new(spec::DEFAULT_OUT);
    let mut steps = Steps { results: Vec::new() };

    steps.run(format!("validators on {}", contract.display()), || validate::validate(contract));
    let mut cli = None;
    let built = steps.run("build graph-cli and the contract tests", || {
        cli = Some(build_cli()?);
        tools::run(cargo().args(["test", "-q", "--no-run", "-p", "workspace-tests"]).args([
            "--test",
            "example_replay",
            "--test",
            "prism",
            "--test",
            "family",
        ]))
    });
    if !built {
        return Ok(steps.report());
    }
    steps.run("the docs' examples replayed through graph-sdk (tests/example_replay.rs)", || {
        cargo_test("example_replay", false, &[])
    });
    steps.run(
        format!("Prism on {}: the client, the wrapper, the CLI, the negative control", contract.display()),
        || {
            let prism = start_prism(contract, &Path::new(OUT).join("prism-graph.log"))?;
            eprintln!("contract-test: prism mock --errors at {}", prism.url);
            let cli = cli.clone().context("graph-cli was not built")?;
            cargo_test("prism", true, &[("PRISM_URL", prism.url.as_ref()), ("GRAPH_CLI", cli.as_os_str())])
        },
    );

    for docs in &families {
        let mut family = None;
        let name = docs.display();
        if !steps.run(format!("contract from {name}"), || {
            family = Some(family_contract(docs)?);
            Ok(())
        }) {
            continue;
        }
        let Some(family) = family else { continue };
        steps.run(format!("validators on {}", family.display()), || validate::validate(&family));
        steps.run(format!("{name}: examples replayed and judged by Prism (tests/family.rs)"), || {
            let log = family.with_extension("prism.log");
            let prism = start_prism(&family, &log)?;
            eprintln!("contract-test: prism mock --errors at {}", prism.url);
            let (docs, family) = (docs.canonicalize()?, std::path::absolute(&family)?);
            cargo_test(
                "family",
                true,
                &[
                    ("PRISM_URL", prism.url.as_ref()),
                    ("FAMILY_DOCS", docs.as_os_str()),
                    ("FAMILY_CONTRACT", family.as_os_str()),
                ],
            )
        });
    }
    Ok(steps.report())
}
