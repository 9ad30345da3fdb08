//! Reading a contract: a JSON or YAML file, or `git:REV[:path]`.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

/// The contract a `git:REV` without a path means.
pub const DEFAULT_PATH: &str = "openapi/graph.json";

/// Why a contract could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{0}: cannot read: {1}")]
    Unreadable(String, std::io::Error),
    #[error("{0}: neither JSON nor YAML: {1}")]
    Syntax(String, String),
    #[error("{0}: not an OpenAPI 3.0 document (`openapi` is {1})")]
    NotOpenApi30(String, String),
    #[error("{0}: git could not show it: {1}")]
    Git(String, String),
}

/// Loads `spec`: a file path, or `git:REV[:path]` (the file as committed at REV).
pub fn load(spec: &str) -> Result<Value, LoadError> {
    let (name, text) = match spec.strip_prefix("git:") {
        Some(rest) => {
            let (rev, path) = rest.split_once(':').unwrap_or((rest, DEFAULT_PATH));
            let out = Command::new("git")
                .args(["show", &format!("{rev}:{path}")])
                .output()
                .map_err(|e| LoadError::Git(spec.into(), e.to_string()))?;
            if !out.status.success() {
                return Err(LoadError::Git(spec.into(), String::from_utf8_lossy(&out.stderr).trim().to_string()));
            }
            (spec.to_string(), String::from_utf8_lossy(&out.stdout).into_owned())
        }
        None => {
            let text = std::fs::read_to_string(spec).map_err(|e| LoadError::Unreadable(spec.into(), e))?;
            (spec.to_string(), text)
        }
    };
    let yaml = Path::new(&name).extension().is_some_and(|e| e == "yaml" || e == "yml");
    let value: Value = if yaml {
        serde_yaml_ng::from_str(&text).map_err(|e| LoadError::Syntax(name.clone(), e.to_string()))?
    } else {
        match serde_json::from_str(&text) {
            Ok(v) => v,
            Err(json) => {
                serde_yaml_ng::from_str(&text).map_err(|_| LoadError::Syntax(name.clone(), json.to_string()))?
            }
        }
    };
    match value.get("openapi").and_then(Value::as_str) {
        Some(v) if v.starts_with("3.0") => Ok(value),
        Some(v) => Err(LoadError::NotOpenApi30(name, format!("`{v}`"))),
        None => Err(LoadError::NotOpenApi30(name, "missing".into())),
    }
}
