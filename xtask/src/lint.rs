//! `cargo xtask lint`: ApiDoctor-style checks of doc pages, as text or SARIF.
//!
//! Exit codes: 0 clean (or warnings only), 1 errors (or warnings with `--deny warnings`), 2 bad input.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use docs_openapi::Severity;

use crate::files::display_name;

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Sarif,
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deny {
    Warnings,
}

#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// Doc pages: files or directories (searched for *.md). Repeatable.
    #[arg(long = "docs", value_name = "PATH", default_value = crate::spec::DEFAULT_DOCS)]
    pub docs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Fail on warnings too.
    #[arg(long, value_enum)]
    pub deny: Option<Deny>,
    /// Print at most this many findings as text (the counts cover all).
    #[arg(long, value_name = "N", default_value_t = 200)]
    pub max: usize,
}

pub fn run(args: &Args) -> Result<ExitCode> {
    let docs: Vec<PathBuf> = args.docs.iter().map(|d| std::path::absolute(d).unwrap_or_else(|_| d.clone())).collect();
    let conversion = match docs_openapi::convert_paths(&docs, display_name) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let findings = docs_openapi::lint::lint(&conversion, &std::env::current_dir()?);
    match args.format {
        Format::Sarif => {
            println!("{}", serde_json::to_string_pretty(&docs_openapi::lint::sarif(&findings, &conversion.files))?)
        }
        Format::Text => {
            for d in findings.iter().take(args.max) {
                print!("{}", d.render(&conversion.files));
            }
        }
    }
    let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
    for d in &findings {
        *counts.entry(d.code).or_default() += 1;
    }
    let errors = findings.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = findings.len() - errors;
    eprintln!("lint: {} pages, {errors} errors, {warnings} warnings", conversion.files.len());
    eprintln!("  by code: {}", counts.iter().map(|(c, n)| format!("{c} {n}")).collect::<Vec<_>>().join(", "));
    let fail = errors > 0 || (args.deny.is_some() && warnings > 0);
    Ok(if fail { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
