//! Acknowledged breaking changes: a TOML (or JSON) file listing, with a
//! reason each, the breaking changes accepted on purpose.
//!
//! ```toml
//! [[acknowledged]]
//! rule = "api-operation-id-removed"          # required: the rule id
//! operation = "PATCH /things/{id}"           # optional: only under this operation
//! component = "thing"                        # optional: only in this component schema
//! reason = "renamed to match the docs"       # required
//! ```

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::Change;

/// One accepted breaking change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Acknowledgement {
    pub rule: String,
    /// `METHOD /path`: the change is in this operation or in a component it reaches.
    #[serde(default)]
    pub operation: Option<String>,
    /// A component schema name.
    #[serde(default)]
    pub component: Option<String>,
    pub reason: String,
}

/// The acknowledgements file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Acknowledgements {
    #[serde(default)]
    pub acknowledged: Vec<Acknowledgement>,
}

/// Why the acknowledgements file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum AckError {
    #[error("{0}: cannot read: {1}")]
    Unreadable(String, std::io::Error),
    #[error("{0}: {1}")]
    Syntax(String, String),
    #[error("{0}: acknowledgement {1} (rule `{2}`): {3}")]
    Invalid(String, usize, String, &'static str),
}

impl Acknowledgements {
    /// Reads a `.toml` or `.json` file and checks every entry names a known rule and gives a reason.
    pub fn read(path: &Path) -> Result<Self, AckError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| AckError::Unreadable(name.clone(), e))?;
        let acks: Acknowledgements = if path.extension().is_some_and(|e| e == "json") {
            serde_json::from_str(&text).map_err(|e| AckError::Syntax(name.clone(), e.to_string()))?
        } else {
            toml::from_str(&text).map_err(|e| AckError::Syntax(name.clone(), e.to_string()))?
        };
        for (i, a) in acks.acknowledged.iter().enumerate() {
            if crate::rules::by_id(&a.rule).is_none() {
                return Err(AckError::Invalid(name, i + 1, a.rule.clone(), "no such rule"));
            }
            if a.reason.trim().is_empty() {
                return Err(AckError::Invalid(name, i + 1, a.rule.clone(), "the reason is empty"));
            }
        }
        Ok(acks)
    }

    /// Whether an entry covers a change: same rule, and the operation and
    /// component match where the entry names them.
    pub fn covers(&self, c: &Change) -> bool {
        self.acknowledged.iter().any(|a| {
            a.rule == c.rule.id
                && a.operation
                    .as_ref()
                    .is_none_or(|op| c.operation.as_ref() == Some(op) || c.operations.iter().any(|o| o == op))
                && a.component.as_ref().is_none_or(|comp| c.component.as_ref() == Some(comp))
        })
    }
}
