//! `cargo xtask diff BASE REVISION`: classify every change between two
//! contracts (files, JSON or YAML, or `git:REV[:path]`).
//!
//! Exit codes: 0 no unacknowledged breaking change, 1 breaking changes
//! (on the wire, or breaking compilation against the generated crate),
//! 2 bad input.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;
use contract_diff::{CheckError, report};

/// Where acknowledged breaking changes are listed, with a reason each.
pub const ACKNOWLEDGEMENTS: &str = "openapi/breaking-changes.toml";

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Json,
}

#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// The base contract: a file (JSON or YAML), or `git:REV[:path]` (path from the repository root,
    /// default openapi/graph.json).
    pub base: String,
    /// The revised contract: a file, or `git:REV[:path]`.
    pub revision: String,
    /// Output format (text is grouped by operation, coloured on a terminal).
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Breaking changes listed here (TOML or JSON: rule, operation or component, reason) do not fail.
    #[arg(long, value_name = "FILE")]
    pub acknowledgements: Option<String>,
}

pub fn run(args: &Args) -> Result<ExitCode> {
    let outcome =
        match contract_diff::check(&args.base, &args.revision, args.acknowledgements.as_deref().map(Path::new)) {
            Ok(o) => o,
            Err(e @ (CheckError::Load(_) | CheckError::Acknowledgements(_))) => {
                eprintln!("diff: error: {e}");
                return Ok(ExitCode::from(2));
            }
        };
    let changes = &outcome.changes;
    match args.format {
        Format::Text => {
            let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            print!("{}", report::text(changes, colour));
        }
        Format::Markdown => print!("{}", report::markdown(changes)),
        Format::Json => {
            println!("{}", serde_json::to_string_pretty(&report::json(changes, Some(&outcome.unacknowledged)))?)
        }
    }
    let failing = outcome.unacknowledged.len();
    let acknowledged = changes.iter().filter(|c| c.is_breaking()).count() - failing;
    if acknowledged > 0 {
        eprintln!("diff: {acknowledged} breaking change(s) acknowledged");
    }
    if failing == 0 {
        return Ok(ExitCode::SUCCESS);
    }
    eprintln!(
        "diff: {failing} breaking change(s) not acknowledged{}",
        args.acknowledgements.as_deref().map(|a| format!(" in {a}")).unwrap_or_default()
    );
    Ok(ExitCode::from(1))
}
