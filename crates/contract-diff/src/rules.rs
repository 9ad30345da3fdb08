//! The rule catalogue: stable ids, wire levels, Rust impact.
//!
//! Rust impact follows how progenitor (builder interface) maps a contract:
//! an operation is a `Client` method named by its operationId with one
//! builder method per parameter; a schema object is a struct with one field
//! per property (`Option<T>` unless required), built with struct literals or
//! `..Default::default()`; an enum is a Rust enum matched exhaustively; a
//! required parameter missing from a builder fails at run time, not at
//! compile time.

use serde::Serialize;

/// The wire level of a change for an API client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Info,
    Warning,
    Breaking,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Breaking => "breaking",
        }
    }
}

/// What a change does to code written against the generated crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RustImpact {
    /// Code that compiled against the base crate still compiles and behaves the same.
    None,
    /// Compiles, but a call now fails or behaves differently at run time.
    Runtime,
    /// Code using the item no longer compiles (renamed/removed method or field,
    /// changed type, new struct field, new enum variant).
    Compile,
}

impl RustImpact {
    pub fn as_str(self) -> &'static str {
        match self {
            RustImpact::None => "none",
            RustImpact::Runtime => "runtime",
            RustImpact::Compile => "compile",
        }
    }
}

/// A rule: what changed, how bad it is on the wire and for Rust.
#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct Rule {
    pub id: &'static str,
    pub level: Level,
    pub rust: RustImpact,
    pub summary: &'static str,
}

macro_rules! rules {
    ($($name:ident = $id:literal, $level:ident, $rust:ident, $summary:literal;)*) => {
        $(pub static $name: Rule = Rule { id: $id, level: Level::$level, rust: RustImpact::$rust, summary: $summary };)*
        /// Every rule, for docs and lookups.
        pub static RULES: &[&Rule] = &[$(&$name),*];
    };
}

rules! {
    PATH_ADDED = "api-path-added", Info, None, "a path was added";
    PATH_REMOVED = "api-path-removed-without-deprecation", Breaking, Compile, "a path was removed";
    OPERATION_ADDED = "endpoint-added", Info, None, "an operation was added";
    OPERATION_REMOVED = "api-removed-without-deprecation", Breaking, Compile, "an operation was removed";
    OPERATION_ID_CHANGED = "api-operation-id-changed", Breaking, Compile, "an operationId changed (the client method is renamed)";
    PARAM_ADDED_REQUIRED = "new-required-request-parameter", Breaking, Runtime, "a required parameter was added";
    PARAM_ADDED_OPTIONAL = "new-optional-request-parameter", Info, None, "an optional parameter was added";
    PARAM_REMOVED = "request-parameter-removed", Warning, Compile, "a parameter was removed";
    PARAM_BECAME_REQUIRED = "request-parameter-became-required", Breaking, Runtime, "a parameter became required";
    PARAM_BECAME_OPTIONAL = "request-parameter-became-optional", Info, None, "a parameter became optional";
    PARAM_TYPE_CHANGED = "request-parameter-type-changed", Breaking, Compile, "a parameter's type or format changed";
    PARAM_BECAME_ENUM = "request-parameter-became-enum", Breaking, Compile, "a parameter became an enum";
    PARAM_ENUM_VALUE_ADDED = "request-parameter-enum-value-added", Info, Compile, "a parameter enum value was added";
    PARAM_ENUM_VALUE_REMOVED = "request-parameter-enum-value-removed", Breaking, Compile, "a parameter enum value was removed";
    PARAM_DEFAULT_CHANGED = "request-parameter-default-value-changed", Warning, Runtime, "a parameter's default changed";
    BODY_ADDED_REQUIRED = "request-body-added-required", Breaking, Runtime, "a required request body was added";
    BODY_ADDED_OPTIONAL = "request-body-added-optional", Info, None, "an optional request body was added";
    BODY_REMOVED = "request-body-removed", Warning, Compile, "the request body was removed";
    BODY_BECAME_REQUIRED = "request-body-became-required", Breaking, Runtime, "the request body became required";
    BODY_BECAME_OPTIONAL = "request-body-became-optional", Info, None, "the request body became optional";
    BODY_MEDIA_TYPE_ADDED = "request-body-media-type-added", Info, Compile, "a request media type was added";
    BODY_MEDIA_TYPE_REMOVED = "request-body-media-type-removed", Breaking, Compile, "a request media type was removed";
    REQ_PROP_ADDED_REQUIRED = "new-required-request-property", Breaking, Compile, "a required request property was added";
    REQ_PROP_ADDED_OPTIONAL = "new-optional-request-property", Info, Compile, "an optional request property was added (struct literals need the new field)";
    REQ_PROP_REMOVED = "request-property-removed", Warning, Compile, "a request property was removed";
    REQ_PROP_BECAME_REQUIRED = "request-property-became-required", Breaking, Compile, "a request property became required";
    REQ_PROP_BECAME_OPTIONAL = "request-property-became-optional", Info, Compile, "a request property became optional";
    REQ_PROP_TYPE_CHANGED = "request-property-type-changed", Breaking, Compile, "a request property's type or format changed";
    REQ_PROP_ENUM_NARROWED = "request-property-enum-value-removed", Breaking, Compile, "a request enum value was removed";
    REQ_PROP_ENUM_WIDENED = "request-property-enum-value-added", Info, Compile, "a request enum value was added (exhaustive matches need the new variant)";
    REQ_PROP_BECAME_READ_ONLY = "request-property-became-read-only", Warning, None, "a request property became read-only";
    REQ_PROP_BECAME_NOT_NULLABLE = "request-property-became-not-nullable", Breaking, None, "a request property became not nullable";
    REQ_PROP_BECAME_NULLABLE = "request-property-became-nullable", Info, None, "a request property became nullable";
    REQ_CONSTRAINT_TIGHTENED = "request-property-constraint-tightened", Breaking, Runtime, "a request min/max/length/pattern constraint was tightened";
    REQ_CONSTRAINT_LOOSENED = "request-property-constraint-loosened", Info, None, "a request min/max/length/pattern constraint was loosened";
    RESP_STATUS_ADDED = "response-success-status-added", Info, None, "a response status was added";
    RESP_STATUS_REMOVED = "response-success-status-removed", Breaking, Compile, "a success response status was removed";
    RESP_ERROR_STATUS_REMOVED = "response-non-success-status-removed", Warning, None, "an error response status was removed";
    RESP_MEDIA_TYPE_ADDED = "response-media-type-added", Info, None, "a response media type was added";
    RESP_MEDIA_TYPE_REMOVED = "response-media-type-removed", Breaking, Compile, "a response media type was removed";
    RESP_PROP_ADDED = "response-property-added", Info, Compile, "a response property was added (struct literals need the new field)";
    RESP_PROP_REMOVED = "response-property-removed", Warning, Compile, "a response property was removed";
    RESP_PROP_BECAME_OPTIONAL = "response-property-became-optional", Breaking, Compile, "a response property became optional";
    RESP_PROP_BECAME_REQUIRED = "response-property-became-required", Info, Compile, "a response property became required";
    RESP_PROP_TYPE_CHANGED = "response-property-type-changed", Breaking, Compile, "a response property's type or format changed";
    RESP_PROP_ENUM_VALUE_ADDED = "response-property-enum-value-added", Warning, Compile, "a response enum value was added (clients may not know it)";
    RESP_PROP_ENUM_VALUE_REMOVED = "response-property-enum-value-removed", Info, Compile, "a response enum value was removed";
    RESP_PROP_BECAME_NULLABLE = "response-property-became-nullable", Breaking, None, "a response property became nullable";
    RESP_PROP_BECAME_NOT_NULLABLE = "response-property-became-not-nullable", Info, None, "a response property became not nullable";
    RESP_CONSTRAINT_LOOSENED = "response-property-constraint-loosened", Warning, None, "a response min/max/length/pattern constraint was loosened";
    RESP_CONSTRAINT_TIGHTENED = "response-property-constraint-tightened", Info, None, "a response min/max/length/pattern constraint was tightened";
    SECURITY_ADDED = "api-security-added", Breaking, None, "security (or a scope) is required where it was not";
    SECURITY_REMOVED = "api-security-removed", Info, None, "a security requirement or scope was removed";
    SECURITY_SCHEME_ADDED = "security-scheme-added", Info, None, "a security scheme was added";
    SECURITY_SCHEME_REMOVED = "security-scheme-removed", Breaking, None, "a security scheme was removed";
    SERVERS_CHANGED = "api-servers-changed", Warning, Runtime, "the servers changed (the default base URL)";
}

/// The rule with `id`.
pub fn by_id(id: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.id == id)
}
