//! `cargo xtask spec`: doc pages → the OpenAPI contract.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use docs_openapi::{Conversion, Severity};

use crate::files::{display_name, stale_diff, write_atomic};

/// The default input and output, relative to the workspace root.
pub const DEFAULT_DOCS: &str = "openapi/docs";
pub const DEFAULT_OUT: &str = "openapi/graph.json";

#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// Doc pages: files or directories (searched for *.md). Repeatable.
    #[arg(long = "docs", value_name = "PATH", default_value = DEFAULT_DOCS)]
    pub docs: Vec<PathBuf>,
    /// Where to write the contract (pretty JSON).
    #[arg(long, value_name = "FILE", default_value = DEFAULT_OUT)]
    pub out: PathBuf,
    /// Do not write: fail with a diff when the file at --out is stale.
    #[arg(long)]
    pub check: bool,
    /// Print at most this many diagnostics (the summary counts all).
    #[arg(long, value_name = "N", default_value_t = 200)]
    pub max_diagnostics: usize,
    /// Write the contract even when there are errors.
    #[arg(long)]
    pub allow_errors: bool,
}

/// Converts and prints diagnostics and the summary line.
pub fn convert(docs: &[PathBuf], max_diagnostics: usize) -> Result<Conversion> {
    let docs: Vec<PathBuf> = docs.iter().map(|d| std::path::absolute(d).unwrap_or_else(|_| d.clone())).collect();
    let pages = docs_openapi::load::find_pages(&docs)?;
    if pages.is_empty() {
        anyhow::bail!(
            "no *.md pages under {}; point --docs at Graph doc pages (a folder such as `api/` and `resources/`, or files)",
            docs.iter().map(|d| d.display().to_string()).collect::<Vec<_>>().join(", ")
        );
    }
    // Drawn only when stderr is a terminal.
    let bar = indicatif::ProgressBar::new(pages.len() as u64).with_style(
        indicatif::ProgressStyle::with_template("{spinner} converting {pos}/{len} pages {wide_bar}")
            .expect("valid template"),
    );
    let conversion = docs_openapi::convert_files(&pages, display_name, &|| bar.inc(1));
    bar.finish_and_clear();
    for d in conversion.diagnostics.iter().take(max_diagnostics) {
        eprint!("{}", d.render(&conversion.files));
    }
    if max_diagnostics > 0 && conversion.diagnostics.len() > max_diagnostics {
        eprintln!("... and {} more diagnostics", conversion.diagnostics.len() - max_diagnostics);
    }
    Ok(conversion)
}

pub fn summary(c: &Conversion) -> String {
    let s = &c.stats;
    let mut line = format!(
        "{} pages ({} api, {} resource/enum, {} other: includes and pages of no kind), {} operations, {} paths, {} schemas, {} warnings, {} errors",
        s.pages,
        s.api_pages,
        s.resource_pages,
        s.pages.saturating_sub(s.api_pages + s.resource_pages),
        s.operations,
        s.paths,
        s.schemas,
        c.warnings(),
        c.errors()
    );
    let by_code = c.counts_by_code();
    if !by_code.is_empty() {
        line.push_str("\n  by code: ");
        line.push_str(&by_code.iter().map(|(code, n)| format!("{code} {n}")).collect::<Vec<_>>().join(", "));
    }
    line
}

pub fn run(args: &Args) -> Result<ExitCode> {
    let c = convert(&args.docs, args.max_diagnostics)?;
    let text = c.to_json();
    let failed = c.diagnostics.iter().any(|d| d.severity == Severity::Error) && !args.allow_errors;
    eprintln!("spec: {}", summary(&c));
    if failed {
        eprintln!("spec: errors found; {} was not written", args.out.display());
        return Ok(ExitCode::from(1));
    }
    if args.check {
        return Ok(match stale_diff(&args.out, &text) {
            None => {
                eprintln!("spec: {} is up to date", args.out.display());
                ExitCode::SUCCESS
            }
            Some(diff) => {
                println!("{diff}");
                eprintln!("spec: {} is stale; run `cargo xtask spec`", args.out.display());
                ExitCode::from(1)
            }
        });
    }
    write_atomic(&args.out, &text)?;
    eprintln!("spec: wrote {}", args.out.display());
    Ok(ExitCode::SUCCESS)
}
