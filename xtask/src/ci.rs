//! `cargo xtask ci`: every freshness and contract check CI runs after the tests.

use std::process::ExitCode;

use anyhow::Result;

use crate::generate;

#[derive(clap::Args, Debug, Clone)]
pub struct Args {}

pub fn run(_args: &Args) -> Result<ExitCode> {
    let mut failed = Vec::new();
    let steps: Vec<(&str, Box<dyn Fn() -> Result<ExitCode>>)> = vec![(
        "generated files are fresh (generate --check)",
        Box::new(|| {
            generate::run(&generate::Args {
                docs: vec![crate::spec::DEFAULT_DOCS.into()],
                spec: crate::spec::DEFAULT_OUT.into(),
                out: ".".into(),
                check: true,
                max_diagnostics: 0,
            })
        }),
    )];
    for (name, step) in steps {
        eprintln!("ci: {name}");
        match step() {
            Ok(code) if code == ExitCode::SUCCESS => eprintln!("ci: ok: {name}"),
            Ok(_) => failed.push(name),
            Err(e) => {
                eprintln!("ci: {name}: {e:#}");
                failed.push(name);
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
