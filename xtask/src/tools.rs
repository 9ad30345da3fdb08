//! Third-party tools the checks use, installed on demand under `target/tools`
//! from their registries (PyPI, npm), once.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

const TOOLS: &str = "target/tools";

/// Runs a command, failing with its name when it cannot start or exits non-zero.
pub fn run(cmd: &mut Command) -> Result<()> {
    let status = cmd.status().with_context(|| format!("starting {cmd:?}"))?;
    if !status.success() {
        bail!("{cmd:?} failed ({status})");
    }
    Ok(())
}

/// A Python virtual environment with `package` installed; returns its `bin` directory.
pub fn python_tool(package: &str) -> Result<PathBuf> {
    let venv = Path::new(TOOLS).join("venv");
    let bin = venv.join("bin");
    let marker = venv.join(format!(".installed-{package}"));
    if !marker.exists() {
        if !bin.join("python").exists() {
            eprintln!("tools: creating a Python virtual environment in {}", venv.display());
            run(Command::new("python3").args(["-m", "venv"]).arg(&venv))?;
        }
        eprintln!("tools: installing {package} from PyPI");
        run(Command::new(bin.join("pip")).args(["install", "--quiet", "--disable-pip-version-check", package]))?;
        std::fs::write(&marker, "")?;
    }
    Ok(bin)
}

/// An npm package installed under `target/tools/npm`; returns the path of its binary `bin_name`.
pub fn npm_tool(package: &str, bin_name: &str) -> Result<PathBuf> {
    let prefix = Path::new(TOOLS).join("npm");
    let bin = prefix.join("node_modules/.bin").join(bin_name);
    if !bin.exists() {
        eprintln!("tools: installing {package} from npm into {}", prefix.display());
        std::fs::create_dir_all(&prefix)?;
        run(Command::new("npm")
            .args(["install", "--silent", "--no-audit", "--no-fund", "--prefix"])
            .arg(&prefix)
            .arg(package))?;
    }
    Ok(bin)
}

/// An npm package installed in its own project under `target/tools/<dir>`,
/// with `overrides` (package → version) applied to the whole dependency
/// tree; returns the path of its binary `bin_name`. For packages whose
/// published ranges resolve to versions that do not work together.
pub fn npm_project(
    dir: &str,
    package: &str,
    version: &str,
    overrides: &[(&str, &str)],
    bin_name: &str,
) -> Result<PathBuf> {
    let prefix = Path::new(TOOLS).join(dir);
    let bin = prefix.join("node_modules/.bin").join(bin_name);
    let overrides: serde_json::Map<String, serde_json::Value> =
        overrides.iter().map(|(p, v)| (p.to_string(), (*v).into())).collect();
    let manifest = serde_json::json!({"private": true, "dependencies": {package: version}, "overrides": overrides});
    let manifest = serde_json::to_string_pretty(&manifest)?;
    let path = prefix.join("package.json");
    if !bin.exists() || std::fs::read_to_string(&path).ok().as_deref() != Some(manifest.as_str()) {
        eprintln!("tools: installing {package}@{version} from npm into {}", prefix.display());
        let _ = std::fs::remove_dir_all(&prefix);
        std::fs::create_dir_all(&prefix)?;
        std::fs::write(&path, &manifest)?;
        run(Command::new("npm").args(["install", "--silent", "--no-audit", "--no-fund"]).current_dir(&prefix))?;
    }
    Ok(bin)
}
