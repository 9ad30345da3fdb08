//! Project tasks: `cargo xtask <task>`. Each task is thin and calls the libraries.

mod bench;
mod ci;
mod compile_client;
mod contract_test;
mod corpus;
mod diff;
mod files;
mod fuzz;
mod generate;
mod lint;
mod spec;
mod tools;
mod validate;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Conversion allocates many small strings; mimalloc handles that best.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "cargo xtask",
    about = "Tasks for the Graph docs → OpenAPI → Rust client pipeline",
    after_help = "Every task runs in the workspace root: relative paths are read from there, whichever directory it is started in."
)]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Convert doc pages into the OpenAPI contract (default: openapi/docs → openapi/graph.json).
    Spec(spec::Args),
    /// Regenerate everything from the docs: the contract, the client, its CLI and mock helpers.
    Generate(generate::Args),
    /// Run every check CI runs after the tests (freshness, validators, contract diff).
    Ci(ci::Args),
    /// Convert the shared corpus and measure coverage against the targets.
    Corpus(corpus::Args),
    /// Check doc pages ApiDoctor-style (text or SARIF).
    Lint(lint::Args),
    /// Validate contracts with openapi-spec-validator and @redocly/cli (installed on demand under target/tools).
    Validate(validate::Args),
    /// Generate a client from a doc set (default: the shared v1.0 corpus) and `cargo check` it.
    CompileClient(compile_client::Args),
    /// Fuzz the converter with mutated real pages for a bounded time.
    Fuzz(fuzz::Args),
    /// Measure conversion, generation and build times (the README's performance figures).
    Bench(bench::Args),
    /// Replay the docs' examples and let Prism judge requests from the client, the wrapper and the CLI.
    ContractTest(contract_test::Args),
    /// Diff two OpenAPI contracts and classify every change (breaking, warning, info).
    Diff(diff::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Err(e) = std::env::set_current_dir(workspace_root()) {
        eprintln!("error: cannot enter the workspace root: {e}");
        return ExitCode::from(2);
    }
    let result = match cli.task {
        Task::Spec(args) => spec::run(&args),
        Task::Ci(args) => ci::run(&args),
        Task::Corpus(args) => corpus::run(&args),
        Task::Diff(args) => diff::run(&args),
        Task::Generate(args) => generate::run(&args),
        Task::ContractTest(args) => contract_test::run(&args),
        Task::Bench(args) => bench::run(&args),
        Task::Fuzz(args) => fuzz::run(&args),
        Task::CompileClient(args) => compile_client::run(&args),
        Task::Validate(args) => validate::run(&args),
        Task::Lint(args) => lint::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// The workspace root (the parent of this crate's manifest directory).
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_path_buf()
}
