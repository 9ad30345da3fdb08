//! `cargo xtask compile-client`: generate a plain client from a doc set and
//! `cargo check` it in a standalone crate under `target/`, timing each step.
//! Proves the converter's shapes hold for progenitor at corpus scale.

use std::path::PathBuf;
use std::process::{Command, ExitCode};
use std::time::Instant;

use anyhow::{Context, Result};

use crate::{files::write_atomic, spec, tools};

#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// Doc pages (default: the shared v1.0 corpus).
    #[arg(long = "docs", value_name = "PATH")]
    pub docs: Vec<PathBuf>,
    /// Where the crate is written.
    #[arg(long, default_value = "target/compile-client")]
    pub dir: PathBuf,
}

const MANIFEST: &str = r#"[package]
name = "graph-corpus-client"
version = "0.0.0"
edition = "2024"
publish = false

[workspace]

[lib]
path = "lib.rs"

[dependencies]
chrono = { version = "0.4", default-features = false, features = ["serde", "std"] }
progenitor-client = "0.15.1"
regress = "0.10"
reqwest = { version = "0.13", default-features = false, features = ["json", "query", "stream", "rustls"] }
schemars = { version = "0.8", features = ["chrono", "uuid1"] }
serde = { version = "1", features = ["derive"] }
serde_json = "1"
uuid = { version = "1", features = ["serde"] }
"#;

pub fn run(args: &Args) -> Result<ExitCode> {
    let docs = if args.docs.is_empty() {
        vec![PathBuf::from(crate::corpus::SHARED_DOCS).join("v1.0")]
    } else {
        args.docs.clone()
    };
    let started = Instant::now();
    let conversion = spec::convert(&docs, 0)?;
    let converted = started.elapsed();
    eprintln!("compile-client: {}", spec::summary(&conversion));
    let started = Instant::now();
    let client = graph_codegen::generate_client(&conversion.openapi, &graph_codegen::Options::default())
        .context("progenitor could not generate a client from the contract")?;
    let generation = started.elapsed();
    write_atomic(&args.dir.join("Cargo.toml"), MANIFEST)?;
    let lib = format!("#![allow(clippy::all, unused, reason = \"generated\")]\n{client}");
    write_atomic(&args.dir.join("lib.rs"), &lib)?;
    let lines = client.lines().count();
    let target = std::path::absolute("target/compile-client-target")?;
    let started = Instant::now();
    tools::run(
        Command::new(env!("CARGO"))
            .args(["check", "--quiet", "--manifest-path"])
            .arg(args.dir.join("Cargo.toml"))
            .env("CARGO_TARGET_DIR", &target),
    )?;
    let check = started.elapsed();
    println!(
        "compile-client: {} operations, {} schemas; convert {converted:.2?}, generate {generation:.2?}, {lines} lines, cargo check {check:.2?}",
        conversion.stats.operations, conversion.stats.schemas
    );
    Ok(ExitCode::SUCCESS)
}
