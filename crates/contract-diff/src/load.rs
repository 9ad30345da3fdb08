//! Reading a contract: a JSON or YAML file, or `git:REV[:path]` (the file as
//! committed at a revision, through `git show`).

use std::path::Path;
use std::process::Command;

use serde_json::Value;

/// The contract a `git:REV` without a path means (from the repository root).
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
    #[error("{0}: git cannot show it: {1}")]
    Git(String, String),
}

/// Loads `spec` relative to the current directory: see [`load_in`].
pub fn load(spec: &str) -> Result<Value, LoadError> {
    load_in(spec, Path::new("."))
}

/// Loads `spec`: a file path (relative to `dir`), or `git:REV[:path]` (the
/// file as committed at REV in the repository containing `dir`; `path` from
/// the repository root, default [`DEFAULT_PATH`]). JSON or YAML, OpenAPI 3.0.x.
pub fn load_in(spec: &str, dir: &Path) -> Result<Value, LoadError> {
    let (path, text) = match spec.strip_prefix("git:") {
        Some(rest) => {
            let (rev, path) = rest.split_once(':').unwrap_or((rest, DEFAULT_PATH));
            if rev.is_empty() || rev.starts_with('-') {
                return Err(LoadError::Git(spec.into(), "expected git:REV[:path]".into()));
            }
            let out = Command::new("git")
                .arg("-C")
                .arg(dir)
                .args(["show", &format!("{rev}:{path}"), "--"])
                .output()
                .map_err(|e| LoadError::Git(spec.into(), format!("cannot run git: {e}")))?;
            if !out.status.success() {
                let err = String::from_utf8_lossy(&out.stderr);
                let first = err.lines().find(|l| !l.trim().is_empty()).unwrap_or("failed").trim();
                return Err(LoadError::Git(spec.into(), first.to_string()));
            }
            let text = String::from_utf8(out.stdout).map_err(|e| LoadError::Syntax(spec.into(), e.to_string()))?;
            (path.to_string(), text)
        }
        None => {
            let text = std::fs::read_to_string(dir.join(spec)).map_err(|e| LoadError::Unreadable(spec.into(), e))?;
            (spec.to_string(), text)
        }
    };
    parse(spec, &path, &text)
}

/// Parses contract text named `name` (YAML when `path` ends in `.yaml`/`.yml`, else JSON, else YAML).
pub fn parse(name: &str, path: &str, text: &str) -> Result<Value, LoadError> {
    let yaml = Path::new(path).extension().is_some_and(|e| e == "yaml" || e == "yml");
    let value: Value = if yaml {
        from_yaml(text).map_err(|e| LoadError::Syntax(name.into(), e))?
    } else {
        match serde_json::from_str(text) {
            Ok(v) => v,
            Err(json) => from_yaml(text).map_err(|_| LoadError::Syntax(name.into(), json.to_string()))?,
        }
    };
    match value.get("openapi") {
        Some(Value::String(v)) if v.starts_with("3.0.") || v == "3.0" => Ok(value),
        Some(v) => Err(LoadError::NotOpenApi30(name.into(), format!("`{}`", v.as_str().unwrap_or(&v.to_string())))),
        None if value.get("swagger").is_some() => {
            Err(LoadError::NotOpenApi30(name.into(), "missing: Swagger 2.0".into()))
        }
        None => Err(LoadError::NotOpenApi30(name.into(), "missing".into())),
    }
}

/// YAML to JSON values; mapping keys that YAML reads as numbers or booleans
/// (`200:` under `responses`) become strings, as in JSON.
fn from_yaml(text: &str) -> Result<Value, String> {
    let yaml: serde_yaml_ng::Value = serde_yaml_ng::from_str(text).map_err(|e| e.to_string())?;
    convert(yaml, 0)
}

fn convert(v: serde_yaml_ng::Value, depth: usize) -> Result<Value, String> {
    use serde_yaml_ng::Value as Y;
    if depth > 256 {
        return Err("nested too deeply".into());
    }
    Ok(match v {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => serde_json::to_value(&n).map_err(|e| e.to_string())?,
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(items.into_iter().map(|x| convert(x, depth + 1)).collect::<Result<_, _>>()?),
        Y::Mapping(m) => {
            let mut out = serde_json::Map::new();
            for (k, v) in m {
                let key = match k {
                    Y::String(s) => s,
                    Y::Number(n) => n.to_string(),
                    Y::Bool(b) => b.to_string(),
                    Y::Null => "null".into(),
                    other => return Err(format!("unsupported mapping key {other:?}")),
                };
                out.insert(key, convert(v, depth + 1)?);
            }
            Value::Object(out)
        }
        Y::Tagged(t) => convert(t.value, depth + 1)?,
    })
}
