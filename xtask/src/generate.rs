//! `cargo xtask generate`: the spec step, then the client, CLI and mock helpers.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use graph_codegen::{Generated, Options};

use crate::files::{stale_diff, write_atomic};
use crate::spec;

/// Generated files, relative to the output root.
pub const CLIENT_RS: &str = "crates/graph-client/src/generated.rs";
pub const CLI_RS: &str = "crates/graph-cli/src/generated.rs";
pub const HTTPMOCK_RS: &str = "crates/graph-httpmock/src/generated.rs";
const CLIENT_TOML: &str = "crates/graph-client/Cargo.toml";

#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// Doc pages: files or directories (searched for *.md). Repeatable.
    #[arg(long = "docs", value_name = "PATH", default_value = spec::DEFAULT_DOCS)]
    pub docs: Vec<PathBuf>,
    /// The contract to write (and generate from).
    #[arg(long, value_name = "FILE", default_value = spec::DEFAULT_OUT)]
    pub spec: PathBuf,
    /// Root under which the generated crates' files are written.
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub out: PathBuf,
    /// Do not write: fail with a diff when any checked-in file is stale.
    #[arg(long)]
    pub check: bool,
    /// Print at most this many diagnostics.
    #[arg(long, value_name = "N", default_value_t = 200)]
    pub max_diagnostics: usize,
}

pub fn run(args: &Args) -> Result<ExitCode> {
    let started = Instant::now();
    let conversion = spec::convert(&args.docs, args.max_diagnostics)?;
    eprintln!("spec: {}", spec::summary(&conversion));
    if conversion.errors() > 0 {
        eprintln!("generate: the doc pages have errors; nothing was written");
        return Ok(ExitCode::from(1));
    }
    let contract = conversion.to_json();
    let options = Options {
        crate_name: "graph_client".into(),
        hooks_type: Some("crate::hooks::Hooks".into()),
        contract_name: args.spec.display().to_string().replace('\\', "/"),
    };
    let generated = graph_codegen::generate(&conversion.openapi, &options).context("generating the client")?;
    check_dependencies(&generated, &args.out)?;
    let outputs: Vec<(PathBuf, &str)> = vec![
        (args.spec.clone(), contract.as_str()),
        (args.out.join(CLIENT_RS), generated.client.as_str()),
        (args.out.join(CLI_RS), generated.cli.as_str()),
        (args.out.join(HTTPMOCK_RS), generated.httpmock.as_str()),
    ];
    if args.check {
        let mut stale = 0;
        for (path, text) in &outputs {
            if let Some(diff) = stale_diff(path, text) {
                println!("{diff}");
                eprintln!("generate: {} is stale", path.display());
                stale += 1;
            }
        }
        if stale > 0 {
            eprintln!("generate: {stale} file(s) stale; run `cargo xtask generate` and commit the result");
            return Ok(ExitCode::from(1));
        }
        eprintln!("generate: all {} generated files are up to date", outputs.len());
        return Ok(ExitCode::SUCCESS);
    }
    for (path, text) in &outputs {
        write_atomic(path, text)?;
        println!("wrote {:<48} {:>7} lines", path.display(), text.lines().count());
    }
    eprintln!(
        "generate: {} operations, {} schemas in {:.2?}",
        conversion.stats.operations,
        conversion.stats.schemas,
        started.elapsed()
    );
    Ok(ExitCode::SUCCESS)
}

/// Fails when the client names a crate that the client crate's manifest under
/// `out` does not list. Without one there (generating another doc set's files
/// elsewhere), it says which crates the client needs; the workspace's own
/// manifest is not the one that will build those files.
fn check_dependencies(generated: &Generated, out: &Path) -> Result<()> {
    let required = generated.required_crates();
    let toml_path = out.join(CLIENT_TOML);
    let Ok(toml) = std::fs::read_to_string(&toml_path) else {
        if !required.is_empty() {
            eprintln!(
                "generate: note: {} does not exist; the crate that builds the client needs {} (with the `serde` feature)",
                toml_path.display(),
                required.join(", ")
            );
        }
        return Ok(());
    };
    let missing: Vec<&str> =
        required.into_iter().filter(|c| !toml.lines().any(|l| l.trim_start().starts_with(c))).collect();
    if !missing.is_empty() {
        anyhow::bail!(
            "the generated client uses {} but {} does not depend on {}; add them (with their `serde` feature) and rerun",
            missing.join(", "),
            toml_path.display(),
            if missing.len() == 1 { "it" } else { "them" }
        );
    }
    Ok(())
}
