//! `cargo xtask ci`: every freshness and contract check CI runs after the tests.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Result;

use crate::{compile_client, contract_test, corpus, diff, generate, spec, validate};

#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// Skip the slow whole-corpus client compile.
    #[arg(long)]
    pub quick: bool,
}

/// One named check.
struct Step {
    name: &'static str,
    run: fn() -> Result<ExitCode>,
    slow: bool,
}

const STEPS: &[Step] = &[
    Step { name: "generated files are fresh (generate --check)", run: fresh, slow: false },
    Step { name: "the contract passes openapi-spec-validator and redocly", run: validate_contract, slow: false },
    Step { name: "no unacknowledged breaking change since HEAD~1 (contract diff)", run: contract_diff, slow: false },
    Step { name: "contract tests: example replay and Prism", run: contract_tests, slow: false },
    Step { name: "the shared corpus meets the coverage targets", run: corpus_targets, slow: false },
    Step { name: "the corpus contracts pass the validators", run: validate_corpus, slow: false },
    Step { name: "a client generated from the whole v1.0 corpus compiles", run: compile_corpus, slow: true },
];

fn fresh() -> Result<ExitCode> {
    generate::run(&generate::Args {
        docs: vec![spec::DEFAULT_DOCS.into()],
        spec: spec::DEFAULT_OUT.into(),
        out: ".".into(),
        check: true,
        max_diagnostics: 0,
    })
}

fn validate_contract() -> Result<ExitCode> {
    validate::run(&validate::Args { contracts: vec![spec::DEFAULT_OUT.into()] })
}

fn contract_diff() -> Result<ExitCode> {
    let parent = std::process::Command::new("git").args(["rev-parse", "--verify", "--quiet", "HEAD~1"]).output()?;
    if !parent.status.success() {
        eprintln!("ci: no parent commit to diff against");
        return Ok(ExitCode::SUCCESS);
    }
    diff::run(&diff::Args {
        base: "git:HEAD~1".into(),
        revision: spec::DEFAULT_OUT.into(),
        format: diff::Format::Text,
        acknowledgements: Some(diff::ACKNOWLEDGEMENTS.into()),
    })
}

fn contract_tests() -> Result<ExitCode> {
    contract_test::run(&contract_test::Args::default())
}

fn corpus_targets() -> Result<ExitCode> {
    corpus::run(&corpus::Args { docs: Vec::new(), list: 5 })
}

fn validate_corpus() -> Result<ExitCode> {
    let mut contracts = Vec::new();
    for set in corpus::default_sets()? {
        let name = set.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let out = PathBuf::from(format!("target/graph-{name}.json"));
        let code = spec::run(&spec::Args {
            docs: vec![set],
            out: out.clone(),
            check: false,
            max_diagnostics: 0,
            allow_errors: true,
        })?;
        if code != ExitCode::SUCCESS {
            return Ok(code);
        }
        contracts.push(out);
    }
    validate::run(&validate::Args { contracts })
}

fn compile_corpus() -> Result<ExitCode> {
    compile_client::run(&compile_client::Args { docs: Vec::new(), dir: "target/compile-client".into() })
}

pub fn run(args: &Args) -> Result<ExitCode> {
    let mut failed = Vec::new();
    for step in STEPS.iter().filter(|s| !(args.quick && s.slow)) {
        eprintln!("ci: {} ...", step.name);
        let started = Instant::now();
        match (step.run)() {
            Ok(code) if code == ExitCode::SUCCESS => eprintln!("ci: ok: {} ({:.1?})", step.name, started.elapsed()),
            Ok(_) => {
                eprintln!("ci: FAILED: {}", step.name);
                failed.push(step.name);
            }
            Err(e) => {
                eprintln!("ci: FAILED: {}: {e:#}", step.name);
                failed.push(step.name);
            }
        }
    }
    if failed.is_empty() {
        eprintln!("ci: all checks passed");
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!("ci: failed: {}", failed.join("; "));
        Ok(ExitCode::from(1))
    }
}
