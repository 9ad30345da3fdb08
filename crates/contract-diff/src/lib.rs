//! Diffs two OpenAPI 3.0 contracts and classifies every change.
//!
//! Each [`Change`] names a stable rule (see [`rules::RULES`]) with a wire
//! level (`breaking`, `warning`, `info`, following oasdiff's catalogue where
//! it has the same rule) and a Rust impact: whether code written against the
//! progenitor-generated crate of the base still compiles against the
//! revision's. Requests and responses are judged by their own rules:
//! widening a request is fine, widening a response is not.
//!
//! ```
//! let base = serde_json::json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {"operationId": "get_a", "responses": {}}}}});
//! let mut rev = base.clone();
//! rev["paths"]["/a"]["get"]["operationId"] = "fetch_a".into();
//! let changes = contract_diff::diff(&base, &rev);
//! assert_eq!(changes[0].rule.id, "api-operation-id-changed");
//! ```

mod compare;
pub mod load;
pub mod report;
pub mod rules;

pub use compare::diff;
pub use load::{LoadError, load};
pub use rules::{Level, Rule, RustImpact};

/// One classified change between two contracts.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Change {
    pub rule: &'static Rule,
    /// `METHOD /path`, when the change is inside an operation.
    pub operation: Option<String>,
    pub message: String,
    /// JSON pointers in the base and in the revision (absent when the thing is absent).
    pub base_pointer: Option<String>,
    pub revision_pointer: Option<String>,
    /// The doc page and line the revision (else the base) attributes the item to.
    pub doc_source: Option<String>,
}

impl Change {
    pub fn level(&self) -> Level {
        self.rule.level
    }
}

/// Whether any change is breaking on the wire or for the Rust API.
pub fn has_breaking(changes: &[Change]) -> bool {
    changes.iter().any(|c| c.rule.level == Level::Breaking)
}
