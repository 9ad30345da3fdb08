//! `cargo xtask diff BASE REVISION`: classify every change between two contracts.

use std::process::ExitCode;

use anyhow::Result;

#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// The base contract: a file, or `git:REV[:path]`.
    pub base: String,
    /// The revised contract: a file, or `git:REV[:path]`.
    pub revision: String,
}

pub fn run(_args: &Args) -> Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}
