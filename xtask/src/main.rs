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

use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

/// Conversion allocates many small strings; mimalloc handles that best.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "cargo xtask",
    about = "Tasks for the Graph docs → OpenAPI → Rust client pipeline",
    after_help = "Every task runs in the workspace root; paths given on the command line are read from the directory it is started in, defaults from the workspace root."
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
    let matches = Cli::command().get_matches();
    let mut cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    // Tasks run in the workspace root; what the command line names is where it was started.
    if let Ok(started_in) = std::env::current_dir()
        && started_in != workspace_root()
        && let Some((_, given)) = matches.subcommand()
    {
        cli.task.paths_from(&started_in, |id| given.value_source(id) == Some(clap::parser::ValueSource::CommandLine));
    }
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

impl Task {
    /// Makes the relative paths given on the command line (`given` says which arguments were)
    /// relative to `started_in`, the directory the task was started in; defaults stay the
    /// workspace root's.
    fn paths_from(&mut self, started_in: &Path, given: impl Fn(&str) -> bool) {
        let fields: Vec<(&str, Vec<&mut PathBuf>)> = match self {
            Task::Spec(a) => vec![("docs", a.docs.iter_mut().collect()), ("out", vec![&mut a.out])],
            Task::Generate(a) => {
                vec![("docs", a.docs.iter_mut().collect()), ("spec", vec![&mut a.spec]), ("out", vec![&mut a.out])]
            }
            Task::Corpus(a) => vec![("docs", a.docs.iter_mut().collect())],
            Task::Lint(a) => vec![("docs", a.docs.iter_mut().collect())],
            Task::Validate(a) => vec![("contracts", a.contracts.iter_mut().collect())],
            Task::CompileClient(a) => vec![("docs", a.docs.iter_mut().collect()), ("dir", vec![&mut a.dir])],
            Task::Fuzz(a) => vec![("docs", a.docs.iter_mut().collect())],
            Task::ContractTest(a) => vec![("families", a.families.iter_mut().collect())],
            // Files, not `git:REV[:path]` (a path from the repository root).
            Task::Diff(a) => {
                let files = [("base", &mut a.base), ("revision", &mut a.revision)]
                    .into_iter()
                    .chain(a.acknowledgements.as_mut().map(|f| ("acknowledgements", f)));
                for (id, s) in files {
                    if given(id) && !s.starts_with("git:") && Path::new(s.as_str()).is_relative() {
                        *s = rebased(started_in, Path::new(s.as_str())).to_string_lossy().into_owned();
                    }
                }
                Vec::new()
            }
            Task::Ci(_) | Task::Bench(_) => Vec::new(),
        };
        for (id, paths) in fields {
            if given(id) {
                for p in paths.into_iter().filter(|p| p.is_relative()) {
                    *p = rebased(started_in, p);
                }
            }
        }
    }
}

/// `path`, relative to `started_in`, as the workspace root reads it: its leading `..` taken off
/// `started_in` (a real directory: no symlink to step back over), relative to the root when inside
/// it, so that `../openapi/docs` from `crates/` is `openapi/docs` (the same `x-doc-source` names and
/// generated headers as from the root), else absolute.
fn rebased(started_in: &Path, path: &Path) -> PathBuf {
    let mut base = started_in.to_path_buf();
    let mut rest = path.components().peekable();
    while let Some(c) = rest.next_if(|c| matches!(c, Component::ParentDir | Component::CurDir)) {
        if c == Component::ParentDir {
            base.pop();
        }
    }
    let full = base.join(rest.collect::<PathBuf>());
    match full.strip_prefix(workspace_root()) {
        Ok(inside) if inside.as_os_str().is_empty() => PathBuf::from("."),
        Ok(inside) => inside.to_path_buf(),
        Err(_) => full,
    }
}

/// The workspace root (the parent of this crate's manifest directory).
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_path_buf()
}
