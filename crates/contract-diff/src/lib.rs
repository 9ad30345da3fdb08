//! Diffs two OpenAPI 3.0 contracts and classifies every change twice: its
//! wire level for an API client (`breaking`, `warning`, `info`, following
//! oasdiff's catalogue where it has the same rule) and its impact on the Rust
//! API that progenitor generates (would code written against the base's
//! crate still compile against the revision's).
//!
//! ```
//! let base = serde_json::json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
//!     "paths": {"/a": {"get": {"operationId": "get_a", "responses": {}}}}});
//! let mut rev = base.clone();
//! rev["paths"]["/a"]["get"]["operationId"] = "fetch_a".into();
//! let changes = contract_diff::diff(&base, &rev);
//! assert_eq!(changes[0].rule.id, "api-operation-id-removed");
//! assert!(changes[0].is_breaking()); // the client method is renamed
//! ```

pub mod ack;
mod compare;
pub mod load;
pub mod report;
pub mod rules;
mod shape;

pub use ack::{AckError, Acknowledgements};
pub use compare::diff;
pub use load::{LoadError, load, load_in};
pub use rules::{Level, Rule, RustImpact};

/// One classified change between two contracts.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Change {
    pub rule: &'static Rule,
    /// This change's Rust impact: the rule's, unless the generated types say
    /// otherwise (a format typify maps to the same Rust type, a nullable
    /// property that is `Option<T>` either way, ...).
    pub rust: RustImpact,
    /// `METHOD /path`, when the change is in an operation's own definition.
    pub operation: Option<String>,
    /// The component schema the change is in, when it is in one.
    pub component: Option<String>,
    /// For a change in a component: the operations that reach it (on the
    /// change's side, request or response).
    pub operations: Vec<String>,
    pub message: String,
    /// JSON pointers in the base and in the revision (absent where the item is absent).
    pub base_pointer: Option<String>,
    pub revision_pointer: Option<String>,
    /// `file:line` from `x-doc-source` of the operation or component (revision first).
    pub doc_source: Option<String>,
}

impl Change {
    pub fn level(&self) -> Level {
        self.rule.level
    }

    /// Breaking on the wire, or for code compiled against the generated crate.
    pub fn is_breaking(&self) -> bool {
        self.rule.level == Level::Breaking || self.rust == RustImpact::Compile
    }

    /// What the change is reported under: the operation, the component, or the document.
    pub fn subject(&self) -> String {
        match (&self.operation, &self.component) {
            (Some(op), _) => op.clone(),
            (None, Some(c)) => format!("schema {c}"),
            (None, None) => "(document)".into(),
        }
    }
}

/// Whether any change is breaking (on the wire or for the Rust API).
pub fn has_breaking(changes: &[Change]) -> bool {
    changes.iter().any(Change::is_breaking)
}

/// What a CI check found: every change, and the breaking ones not acknowledged.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub changes: Vec<Change>,
    /// Indexes into `changes` of breaking changes no acknowledgement covers.
    pub unacknowledged: Vec<usize>,
}

/// Why a check could not run.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Acknowledgements(#[from] AckError),
}

/// Loads both sides (files or `git:REV[:path]`), diffs them, and applies the
/// acknowledgements file when given: the entry point for CI.
pub fn check(base: &str, revision: &str, acknowledgements: Option<&std::path::Path>) -> Result<Outcome, CheckError> {
    let (a, b) = (load(base)?, load(revision)?);
    let acks = match acknowledgements {
        Some(path) => Acknowledgements::read(path)?,
        None => Acknowledgements::default(),
    };
    let changes = diff(&a, &b);
    let unacknowledged =
        changes.iter().enumerate().filter(|(_, c)| c.is_breaking() && !acks.covers(c)).map(|(i, _)| i).collect();
    Ok(Outcome { changes, unacknowledged })
}
