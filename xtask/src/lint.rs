//! `cargo xtask lint`: ApiDoctor-style checks of doc pages.

use std::process::ExitCode;

use anyhow::Result;

#[derive(clap::Args, Debug, Clone)]
pub struct Args {}

pub fn run(_args: &Args) -> Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}
