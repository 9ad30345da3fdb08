//! `cargo xtask diff BASE REVISION`: classify every change between two contracts.
//!
//! Exit codes: 0 no unacknowledged breaking change, 1 breaking changes, 2 bad input.

use std::io::IsTerminal;
use std::process::ExitCode;

use anyhow::Result;
use contract_diff::report::{self, Acknowledgements};

/// Where acknowledged breaking changes are listed, with a reason each.
pub const ACKNOWLEDGEMENTS: &str = "openapi/breaking-changes.json";

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Json,
}

#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// The base contract: a file (JSON or YAML), or `git:REV[:path]`.
    pub base: String,
    /// The revised contract: a file, or `git:REV[:path]`.
    pub revision: String,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Breaking changes listed here (rule, operation, reason) do not fail.
    #[arg(long, value_name = "FILE")]
    pub acknowledgements: Option<String>,
}

pub fn run(args: &Args) -> Result<ExitCode> {
    let load = |spec: &str| contract_diff::load(spec).map_err(|e| eprintln!("error: {e}"));
    let (Ok(base), Ok(revision)) = (load(&args.base), load(&args.revision)) else {
        return Ok(ExitCode::from(2));
    };
    let acks: Acknowledgements = match &args.acknowledgements {
        None => Acknowledgements::default(),
        Some(path) => match std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
        {
            Ok(a) => a,
            Err(e) => {
                eprintln!("error: {path}: {e}");
                return Ok(ExitCode::from(2));
            }
        },
    };
    let changes = contract_diff::diff(&base, &revision);
    match args.format {
        Format::Text => print!("{}", report::text(&changes, std::io::stdout().is_terminal())),
        Format::Markdown => print!("{}", report::markdown(&changes)),
        Format::Json => println!("{}", serde_json::to_string_pretty(&report::json(&changes))?),
    }
    let unacknowledged: Vec<_> =
        changes.iter().filter(|c| c.rule.level == contract_diff::Level::Breaking && !acks.covers(c)).collect();
    if unacknowledged.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!(
            "diff: {} breaking change(s) not acknowledged in {}",
            unacknowledged.len(),
            args.acknowledgements.as_deref().unwrap_or(ACKNOWLEDGEMENTS)
        );
        Ok(ExitCode::from(1))
    }
}
