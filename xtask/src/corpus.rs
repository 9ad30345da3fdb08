//! `cargo xtask corpus`: convert the shared corpus and measure coverage against the targets.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Result, bail};
use docs_openapi::corpus::{self, Report};

use crate::spec;

/// The shared corpus, beside the project root.
pub const SHARED_DOCS: &str = "../shared/graph-docs";

#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// Doc sets to measure, each converted on its own (default: the shared v1.0 and beta-intune-enrollment sets).
    #[arg(long = "docs", value_name = "DIR")]
    pub docs: Vec<PathBuf>,
    /// How many failing items to list per measure.
    #[arg(long, default_value_t = 10)]
    pub list: usize,
}

/// The targets: api pages yielding operations, (method, path) coverage, type pages, valid examples (percent).
pub const TARGETS: [f64; 4] = [99.0, 98.0, 97.0, 95.0];

pub fn default_sets() -> Result<Vec<PathBuf>> {
    let root = PathBuf::from(SHARED_DOCS);
    if !root.is_dir() {
        bail!("{SHARED_DOCS} is missing: the corpus lives beside the project root (see README)");
    }
    Ok(vec![root.join("v1.0"), root.join("beta-intune-enrollment")])
}

pub fn run(args: &Args) -> Result<ExitCode> {
    let sets = if args.docs.is_empty() { default_sets()? } else { args.docs.clone() };
    let mut ok = true;
    for set in sets {
        let conversion = spec::convert(std::slice::from_ref(&set), 0)?;
        println!("{}: {}", set.display(), spec::summary(&conversion));
        let report = corpus::report(&conversion);
        ok &= print(&report, args.list);
    }
    Ok(if ok { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Prints the measures with their targets; `false` when one is missed.
pub fn print(r: &Report, list: usize) -> bool {
    let measures = [
        (
            "api pages with an HTTP request section that yield operations",
            r.api_page_pct(),
            r.api_pages_with_section_and_operations,
            r.api_pages_with_section,
            &r.api_pages_without_operations,
        ),
        (
            "distinct (method, path) pairs written that are in the contract",
            r.pair_pct(),
            r.pairs_in_contract,
            r.written_pairs,
            &r.missing_pairs,
        ),
        (
            "resource and enum pages that yield components",
            r.type_page_pct(),
            r.type_pages_with_components,
            r.type_pages,
            &r.type_pages_without_components,
        ),
    ];
    let mut ok = true;
    for ((what, pct, part, whole, missing), target) in measures.into_iter().zip(TARGETS) {
        let pass = pct >= target;
        ok &= pass;
        println!("  {} {pct:6.2}% ({part}/{whole}) {what} (target {target}%)", if pass { "ok  " } else { "MISS" });
        for m in missing.iter().take(list) {
            println!("         - {m}");
        }
    }
    let pct = r.example_pct();
    let pass = pct >= TARGETS[3];
    ok &= pass;
    println!(
        "  {} {pct:6.2}% ({}/{}) JSON examples valid against their schemas (target {}%)",
        if pass { "ok  " } else { "MISS" },
        r.example_checks - r.invalid_examples.len(),
        r.example_checks,
        TARGETS[3]
    );
    for c in r.invalid_examples.iter().take(list) {
        let reason: String = c.errors.first().map(|e| e.chars().take(160).collect()).unwrap_or_default();
        println!("         - {} {}: {reason}", c.operation_id, c.location);
    }
    ok
}
