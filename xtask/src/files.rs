//! Writing outputs atomically and checking checked-in files for staleness.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// Writes `text` to `path` through a temp file and a rename: never half-written.
pub fn write_atomic(path: &Path, text: &str) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let tmp = tmp_path(path);
    std::fs::write(&tmp, text).with_context(|| format!("writing {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("renaming {} to {}", tmp.display(), path.display()))?;
    Ok(())
}

fn tmp_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(format!(".tmp{}", std::process::id()));
    path.with_file_name(name)
}

/// Compares `expected` with the file on disk; returns a unified diff when they differ.
pub fn stale_diff(path: &Path, expected: &str) -> Option<String> {
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    if actual == expected {
        return None;
    }
    let diff = similar::TextDiff::from_lines(actual.as_str(), expected);
    let name = path.display().to_string();
    Some(
        diff.unified_diff()
            .context_radius(3)
            .header(&format!("{name} (checked in)"), &format!("{name} (fresh)"))
            .to_string(),
    )
}

/// A path relative to the current directory when it is inside it, else as given.
pub fn display_name(path: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    let rel = cwd.as_deref().and_then(|c| path.strip_prefix(c).ok()).unwrap_or(path);
    rel.to_string_lossy().replace('\\', "/")
}
