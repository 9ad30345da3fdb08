//! `cargo xtask lint`: ApiDoctor-style checks of doc pages, as text or SARIF.
//!
//! Exit codes: 0 clean (or warnings only), 1 errors (or warnings with `--deny warnings`), 2 bad input.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use docs_openapi::{Diagnostic, Severity};

use crate::files::display_name;

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// rustc-style findings with the source line and a caret.
    Text,
    /// A SARIF 2.1.0 log, for code-scanning UIs.
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
    /// Output format (on stdout; the summary goes to stderr).
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Exit 1 on warnings too.
    #[arg(long, value_enum)]
    pub deny: Option<Deny>,
    /// Print at most this many findings as text (the counts cover all; SARIF has all).
    #[arg(long, value_name = "N", default_value_t = 200)]
    pub max: usize,
}

pub fn run(args: &Args) -> Result<ExitCode> {
    let docs: Vec<PathBuf> = args.docs.iter().map(|d| std::path::absolute(d).unwrap_or_else(|_| d.clone())).collect();
    let pages = match docs_openapi::load::find_pages(&docs) {
        Ok(p) if p.is_empty() => {
            eprintln!(
                "error: no *.md pages under {}",
                args.docs.iter().map(|d| d.display().to_string()).collect::<Vec<_>>().join(", ")
            );
            return Ok(ExitCode::from(2));
        }
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let started = std::time::Instant::now();
    let conversion = docs_openapi::convert_files(&pages, display_name, &|| {});
    let findings = docs_openapi::lint::lint(&conversion, &std::env::current_dir()?);
    let elapsed = started.elapsed();
    match args.format {
        Format::Sarif => {
            println!("{}", serde_json::to_string_pretty(&docs_openapi::lint::sarif(&findings, &conversion.files))?)
        }
        Format::Text => {
            let mut out = String::new();
            for d in findings.iter().take(args.max) {
                out.push_str(&d.render(&conversion.files));
            }
            if findings.len() > args.max {
                out.push_str(&format!("... and {} more (raise --max to see them)\n", findings.len() - args.max));
            }
            print!("{out}");
        }
    }
    let errors = findings.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = findings.len() - errors;
    eprintln!(
        "lint: {} pages, {errors} errors, {warnings} warnings ({:.2} s)",
        conversion.files.len(),
        elapsed.as_secs_f64()
    );
    if !findings.is_empty() {
        eprintln!("  by code: {}", by_code(&findings));
    }
    let fail = errors > 0 || (args.deny == Some(Deny::Warnings) && warnings > 0);
    Ok(if fail { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// `code n, ...`, most frequent first.
fn by_code(findings: &[Diagnostic]) -> String {
    let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
    for d in findings {
        *counts.entry(d.code).or_default() += 1;
    }
    let mut counts: Vec<_> = counts.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    counts.iter().map(|(c, n)| format!("{c} {n}")).collect::<Vec<_>>().join(", ")
}
