//! `cargo xtask bench`: the performance figures README reports.
//!
//! - `convert`: the converter benchmark (`cargo bench -p docs-openapi --bench convert`).
//! - `diff`: the contract differ benchmark (`cargo bench -p contract-diff
//!   --bench diff`), with `@useoptic/optic diff` on the same pairs for comparison.
//! - `generate`: spec + generate for the default docs and for the
//!   beta-intune-enrollment family, generated lines, and `cargo build` of the
//!   generated client crate, cold and incremental.

use std::path::PathBuf;
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use anyhow::Result;

use crate::{corpus, spec, tools};

#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// Which benchmark to run.
    #[arg(value_enum, default_value = "all")]
    pub which: Which,
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    All,
    Convert,
    Diff,
    Generate,
}

pub fn run(args: &Args) -> Result<ExitCode> {
    if matches!(args.which, Which::All | Which::Convert) {
        tools::run(Command::new(env!("CARGO")).args(["bench", "-q", "-p", "docs-openapi", "--bench", "convert"]))?;
    }
    if matches!(args.which, Which::All | Which::Diff) {
        // Optic 1.0.9's own ranges resolve two ajv versions that do not work
        // together (spectral's schema compilation fails); one ajv fixes it.
        let optic = tools::npm_project("optic", "@useoptic/optic", "1.0.9", &[("ajv", "8.17.1")], "optic")?;
        tools::run(
            Command::new(env!("CARGO"))
                .args(["bench", "-q", "-p", "contract-diff", "--bench", "diff"])
                .env("OPTIC", std::path::absolute(optic)?),
        )?;
    }
    if matches!(args.which, Which::All | Which::Generate) {
        generation(&[spec::DEFAULT_DOCS.into()], "default docs")?;
        let beta = corpus::default_sets()?.pop().expect("two sets");
        generation(&[beta], "beta-intune-enrollment")?;
        builds()?;
    }
    Ok(ExitCode::SUCCESS)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Spec + generate (client, CLI, mocks) in this process, median of 5.
fn generation(docs: &[PathBuf], label: &str) -> Result<()> {
    let mut times = Vec::new();
    let mut lines = 0;
    for _ in 0..5 {
        let t = Instant::now();
        let paths = docs_openapi::load::find_pages(docs)?;
        let c = docs_openapi::convert_files(&paths, |p| p.display().to_string(), &|| {});
        let g = graph_codegen::generate(
            &c.openapi,
            &graph_codegen::Options { hooks_type: Some("crate::hooks::Hooks".into()), ..Default::default() },
        )?;
        let _ = c.to_json();
        times.push(t.elapsed());
        lines = g.client.lines().count() + g.cli.lines().count() + g.httpmock.lines().count();
    }
    println!("generate ({label}): {:.1?} median of 5 (this build's profile), {lines} generated lines", median(times));
    Ok(())
}

/// `cargo build -p graph-client`, cold (own target dir) and after touching the generated file.
fn builds() -> Result<()> {
    let target = std::path::absolute("target/bench-build")?;
    let _ = std::fs::remove_dir_all(&target);
    let build = || -> Result<Duration> {
        let t = Instant::now();
        tools::run(
            Command::new(env!("CARGO")).args(["build", "-q", "-p", "graph-client"]).env("CARGO_TARGET_DIR", &target),
        )?;
        Ok(t.elapsed())
    };
    let cold = build()?;
    let file = "crates/graph-client/src/generated.rs";
    let text = std::fs::read_to_string(file)?;
    std::fs::write(file, &text)?;
    let incremental = build()?;
    println!(
        "cargo build -p graph-client: cold {cold:.1?} (all dependencies), incremental {incremental:.1?} (generated.rs touched)"
    );
    Ok(())
}
