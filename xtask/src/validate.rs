//! `cargo xtask validate`: the contract through independent validators
//! (`openapi-spec-validator` from PyPI, `@redocly/cli lint` from npm).

use std::path::PathBuf;
use std::process::{Command, ExitCode};

use anyhow::Result;

use crate::tools;

#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// Contracts to validate.
    #[arg(default_value = crate::spec::DEFAULT_OUT)]
    pub contracts: Vec<PathBuf>,
}

pub fn run(args: &Args) -> Result<ExitCode> {
    let mut failed = 0;
    for contract in &args.contracts {
        failed += usize::from(validate(contract).is_err());
    }
    Ok(if failed == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Runs both validators on one contract.
pub fn validate(contract: &std::path::Path) -> Result<()> {
    let python = tools::python_tool("openapi-spec-validator")?;
    eprintln!("validate: openapi-spec-validator {}", contract.display());
    let spec = tools::run(Command::new(python.join("openapi-spec-validator")).arg(contract));
    let redocly = tools::npm_tool("@redocly/cli", "redocly")?;
    eprintln!("validate: redocly lint {}", contract.display());
    let lint = tools::run(
        Command::new(redocly)
            .args(["lint", "--config", "openapi/redocly.yaml", "--format", "summary"])
            .arg(contract)
            .env("REDOCLY_TELEMETRY", "off")
            .env("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true"),
    );
    spec.and(lint)
}
