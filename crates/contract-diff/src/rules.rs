//! The rule catalogue: stable ids, wire levels, default Rust API impact.
//!
//! Ids and levels follow oasdiff's checker where it has the same rule; the
//! Rust impact follows how progenitor 0.15 (builder interface, typify types)
//! maps a contract: see the crate README for the mapping.

use serde::Serialize;

/// The wire level of a change for an API client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
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

/// What a change does to code written against the crate generated from the base.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RustImpact {
    /// Still compiles and behaves the same.
    None,
    /// Still compiles; a call may now fail or behave differently at run time.
    Runtime,
    /// Breaks only exhaustive code: struct literals without
    /// `..Default::default()` and `match`es without a wildcard arm.
    Exhaustive,
    /// Code using the item no longer compiles (renamed or removed method,
    /// builder method, field or type; changed field type).
    Compile,
}

impl RustImpact {
    pub fn as_str(self) -> &'static str {
        match self {
            RustImpact::None => "none",
            RustImpact::Runtime => "runtime",
            RustImpact::Exhaustive => "exhaustive",
            RustImpact::Compile => "compile",
        }
    }
}

/// A rule: what changed, its wire level, and its usual Rust impact (a change
/// may report a different one when the generated types say so).
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
        /// Every rule, in catalogue order.
        pub static RULES: &[&Rule] = &[$(&$name),*];
    };
}

rules! {
    // Paths and operations.
    ENDPOINT_ADDED = "endpoint-added", Info, None, "an operation was added (a new client method)";
    PATH_REMOVED = "api-path-removed-without-deprecation", Breaking, Compile, "a path was removed without being deprecated first";
    PATH_REMOVED_DEPRECATED = "api-path-removed-with-deprecation", Info, Compile, "a deprecated path was removed";
    OPERATION_REMOVED = "api-removed-without-deprecation", Breaking, Compile, "an operation was removed without being deprecated first";
    OPERATION_REMOVED_DEPRECATED = "api-removed-with-deprecation", Info, Compile, "a deprecated operation was removed";
    ENDPOINT_DEPRECATED = "endpoint-deprecated", Info, None, "an operation was deprecated";
    OPERATION_ID_REMOVED = "api-operation-id-removed", Info, Compile, "an operationId changed or was removed (the client method is renamed)";
    OPERATION_ID_ADDED = "api-operation-id-added", Info, Compile, "an operationId was added (progenitor needs one to name the method)";
    // Parameters.
    PARAM_ADDED_REQUIRED = "new-required-request-parameter", Breaking, Runtime, "a required parameter was added (send() fails until it is set)";
    PARAM_ADDED_OPTIONAL = "new-optional-request-parameter", Info, None, "an optional parameter was added (a new builder method)";
    PARAM_REMOVED = "request-parameter-removed", Warning, Compile, "a parameter was removed (its builder method is gone)";
    PARAM_BECAME_REQUIRED = "request-parameter-became-required", Breaking, Runtime, "a parameter became required";
    PARAM_BECAME_OPTIONAL = "request-parameter-became-optional", Info, None, "a parameter became optional";
    PARAM_TYPE_CHANGED = "request-parameter-type-changed", Breaking, Compile, "a parameter's type or format changed";
    PARAM_BECAME_ENUM = "request-parameter-became-enum", Breaking, Runtime, "a parameter became an enum (strings still convert, unknown ones fail)";
    PARAM_ENUM_VALUE_ADDED = "request-parameter-enum-value-added", Info, Exhaustive, "a parameter enum value was added (a new variant)";
    PARAM_ENUM_VALUE_REMOVED = "request-parameter-enum-value-removed", Breaking, Compile, "a parameter enum value was removed (its variant is gone)";
    PARAM_DEFAULT_CHANGED = "request-parameter-default-value-changed", Info, Runtime, "a parameter's default value changed";
    PARAM_DEFAULT_ADDED = "request-parameter-default-value-added", Info, Runtime, "a parameter got a default value";
    PARAM_DEFAULT_REMOVED = "request-parameter-default-value-removed", Info, Runtime, "a parameter's default value was removed";
    PARAM_BECAME_NULLABLE = "request-parameter-became-nullable", Info, None, "a parameter became nullable";
    PARAM_BECAME_NOT_NULLABLE = "request-parameter-became-not-nullable", Breaking, None, "a parameter became not nullable";
    // Request bodies.
    BODY_ADDED_REQUIRED = "request-body-added-required", Breaking, Runtime, "a required request body was added";
    BODY_ADDED_OPTIONAL = "request-body-added-optional", Info, None, "an optional request body was added";
    BODY_REMOVED = "request-body-removed", Breaking, Compile, "the request body was removed (its builder method is gone)";
    BODY_BECAME_REQUIRED = "request-body-became-required", Breaking, Runtime, "the request body became required";
    BODY_BECAME_OPTIONAL = "request-body-became-optional", Info, None, "the request body became optional";
    BODY_MEDIA_TYPE_ADDED = "request-body-media-type-added", Info, Compile, "a request media type was added (progenitor 0.15 generates only one-media-type bodies)";
    BODY_MEDIA_TYPE_REMOVED = "request-body-media-type-removed", Breaking, Compile, "a request media type was removed";
    // Request body properties (and the body schema itself).
    REQ_PROP_ADDED_REQUIRED = "new-required-request-property", Breaking, Exhaustive, "a required request property was added (a new struct field)";
    REQ_PROP_ADDED_OPTIONAL = "new-optional-request-property", Info, Exhaustive, "an optional request property was added (a new struct field)";
    REQ_PROP_REMOVED = "request-property-removed", Warning, Compile, "a request property was removed (its field is gone)";
    REQ_PROP_BECAME_REQUIRED = "request-property-became-required", Breaking, Compile, "a request property became required (Option<T> becomes T)";
    REQ_PROP_BECAME_OPTIONAL = "request-property-became-optional", Info, Compile, "a request property became optional (T becomes Option<T>)";
    REQ_PROP_TYPE_CHANGED = "request-property-type-changed", Breaking, Compile, "a request property's type or format changed";
    REQ_PROP_BECAME_ENUM = "request-property-became-enum", Breaking, Compile, "a request property became an enum";
    REQ_PROP_ENUM_VALUE_REMOVED = "request-property-enum-value-removed", Breaking, Compile, "a request enum value was removed (its variant is gone)";
    REQ_PROP_ENUM_VALUE_ADDED = "request-property-enum-value-added", Info, Exhaustive, "a request enum value was added (a new variant)";
    REQ_OPT_PROP_BECAME_READ_ONLY = "request-optional-property-became-read-only", Info, None, "an optional request property became read-only";
    REQ_REQ_PROP_BECAME_READ_ONLY = "request-required-property-became-read-only", Info, None, "a required request property became read-only";
    REQ_PROP_BECAME_NOT_NULLABLE = "request-property-became-not-nullable", Breaking, None, "a request property became not nullable";
    REQ_PROP_BECAME_NULLABLE = "request-property-became-nullable", Info, None, "a request property became nullable";
    // Responses.
    RESP_SUCCESS_STATUS_ADDED = "response-success-status-added", Info, None, "a success status was added";
    RESP_SUCCESS_STATUS_REMOVED = "response-success-status-removed", Breaking, Compile, "a success status was removed";
    RESP_ERROR_STATUS_ADDED = "response-non-success-status-added", Info, None, "an error status was added";
    RESP_ERROR_STATUS_REMOVED = "response-non-success-status-removed", Info, None, "an error status was removed";
    RESP_MEDIA_TYPE_ADDED = "response-media-type-added", Info, None, "a response media type was added";
    RESP_MEDIA_TYPE_REMOVED = "response-media-type-removed", Breaking, Compile, "a response media type was removed";
    // Response headers (progenitor does not type them: callers read `ResponseValue::headers()`).
    RESP_HEADER_ADDED = "response-header-added", Info, None, "a response header was documented";
    RESP_REQ_HEADER_REMOVED = "required-response-header-removed", Breaking, Runtime, "a required response header was removed (a caller reading it finds none)";
    RESP_OPT_HEADER_REMOVED = "optional-response-header-removed", Warning, Runtime, "an optional response header was removed (a caller reading it may find none)";
    RESP_HEADER_BECAME_OPTIONAL = "response-header-became-optional", Warning, Runtime, "a response header became optional (a caller reading it may find none)";
    RESP_HEADER_TYPE_CHANGED = "response-header-type-changed", Warning, Runtime, "a response header's type or format changed (a caller parsing it may fail)";
    RESP_HEADER_BECAME_REQUIRED = "response-header-became-required", Info, None, "a response header became required";
    // Response properties (and the response schema itself).
    RESP_REQ_PROP_ADDED = "response-required-property-added", Info, Exhaustive, "a required response property was added (a new struct field)";
    RESP_OPT_PROP_ADDED = "response-optional-property-added", Info, Exhaustive, "an optional response property was added (a new struct field)";
    RESP_REQ_PROP_REMOVED = "response-required-property-removed", Breaking, Compile, "a required response property was removed (its field is gone)";
    RESP_OPT_PROP_REMOVED = "response-optional-property-removed", Info, Compile, "an optional response property was removed (its field is gone)";
    RESP_PROP_BECAME_OPTIONAL = "response-property-became-optional", Breaking, Compile, "a response property became optional (T becomes Option<T>)";
    RESP_PROP_BECAME_REQUIRED = "response-property-became-required", Info, Compile, "a response property became required (Option<T> becomes T)";
    RESP_PROP_TYPE_CHANGED = "response-property-type-changed", Breaking, Compile, "a response property's type or format changed";
    RESP_PROP_BECAME_ENUM = "response-property-became-enum", Info, Compile, "a response property became an enum";
    RESP_PROP_ENUM_VALUE_ADDED = "response-property-enum-value-added", Warning, Exhaustive, "a response enum value was added (clients may not know it; a new variant)";
    RESP_PROP_ENUM_VALUE_REMOVED = "response-property-enum-value-removed", Info, Compile, "a response enum value was removed (its variant is gone)";
    RESP_PROP_BECAME_NULLABLE = "response-property-became-nullable", Breaking, None, "a response property became nullable";
    RESP_PROP_BECAME_NOT_NULLABLE = "response-property-became-not-nullable", Info, None, "a response property became not nullable";
    // Additional properties (an open object's other members: progenitor's flattened `extra` map).
    REQ_ADDITIONAL_NARROWED = "request-property-additional-properties-narrowed", Breaking, Compile, "a request object's other members now have a type, or are refused (the `extra` map's value type changes)";
    REQ_ADDITIONAL_WIDENED = "request-property-additional-properties-widened", Info, Compile, "a request object's other members may now be anything (the `extra` map's value type changes)";
    RESP_ADDITIONAL_NARROWED = "response-property-additional-properties-narrowed", Info, Compile, "a response object's other members now have a type, or are refused (the `extra` map's value type changes)";
    RESP_ADDITIONAL_WIDENED = "response-property-additional-properties-widened", Breaking, Compile, "a response object's other members may now be anything (the `extra` map's value type changes)";
    // Constraints: tightening a request or loosening a response is breaking.
    REQ_PARAM_MAX_LENGTH_INCREASED = "request-parameter-max-length-increased", Info, None, "a parameter's `maxLength` increased";
    REQ_PARAM_MAX_LENGTH_DECREASED = "request-parameter-max-length-decreased", Breaking, Runtime, "a parameter's `maxLength` decreased";
    REQ_PARAM_MAX_LENGTH_SET = "request-parameter-max-length-set", Breaking, Runtime, "a parameter's `maxLength` set where there was none";
    REQ_PARAM_MAX_LENGTH_UNSET = "request-parameter-max-length-unset", Info, None, "a parameter's `maxLength` removed";
    REQ_PARAM_MIN_LENGTH_INCREASED = "request-parameter-min-length-increased", Breaking, Runtime, "a parameter's `minLength` increased";
    REQ_PARAM_MIN_LENGTH_DECREASED = "request-parameter-min-length-decreased", Info, None, "a parameter's `minLength` decreased";
    REQ_PARAM_MIN_LENGTH_SET = "request-parameter-min-length-set", Breaking, Runtime, "a parameter's `minLength` set where there was none";
    REQ_PARAM_MIN_LENGTH_UNSET = "request-parameter-min-length-unset", Info, None, "a parameter's `minLength` removed";
    REQ_PARAM_MAX_INCREASED = "request-parameter-max-increased", Info, None, "a parameter's `maximum` increased";
    REQ_PARAM_MAX_DECREASED = "request-parameter-max-decreased", Breaking, Runtime, "a parameter's `maximum` decreased";
    REQ_PARAM_MAX_SET = "request-parameter-max-set", Breaking, Runtime, "a parameter's `maximum` set where there was none";
    REQ_PARAM_MAX_UNSET = "request-parameter-max-unset", Info, None, "a parameter's `maximum` removed";
    REQ_PARAM_MIN_INCREASED = "request-parameter-min-increased", Breaking, Runtime, "a parameter's `minimum` increased";
    REQ_PARAM_MIN_DECREASED = "request-parameter-min-decreased", Info, None, "a parameter's `minimum` decreased";
    REQ_PARAM_MIN_SET = "request-parameter-min-set", Breaking, Runtime, "a parameter's `minimum` set where there was none";
    REQ_PARAM_MIN_UNSET = "request-parameter-min-unset", Info, None, "a parameter's `minimum` removed";
    REQ_PARAM_MAX_ITEMS_INCREASED = "request-parameter-max-items-increased", Info, None, "a parameter's `maxItems` increased";
    REQ_PARAM_MAX_ITEMS_DECREASED = "request-parameter-max-items-decreased", Breaking, Runtime, "a parameter's `maxItems` decreased";
    REQ_PARAM_MAX_ITEMS_SET = "request-parameter-max-items-set", Breaking, Runtime, "a parameter's `maxItems` set where there was none";
    REQ_PARAM_MAX_ITEMS_UNSET = "request-parameter-max-items-unset", Info, None, "a parameter's `maxItems` removed";
    REQ_PARAM_MIN_ITEMS_INCREASED = "request-parameter-min-items-increased", Breaking, Runtime, "a parameter's `minItems` increased";
    REQ_PARAM_MIN_ITEMS_DECREASED = "request-parameter-min-items-decreased", Info, None, "a parameter's `minItems` decreased";
    REQ_PARAM_MIN_ITEMS_SET = "request-parameter-min-items-set", Breaking, Runtime, "a parameter's `minItems` set where there was none";
    REQ_PARAM_MIN_ITEMS_UNSET = "request-parameter-min-items-unset", Info, None, "a parameter's `minItems` removed";
    REQ_PARAM_PATTERN_ADDED = "request-parameter-pattern-added", Breaking, Runtime, "a parameter's `pattern` added";
    REQ_PARAM_PATTERN_REMOVED = "request-parameter-pattern-removed", Info, None, "a parameter's `pattern` removed";
    REQ_PARAM_PATTERN_CHANGED = "request-parameter-pattern-changed", Warning, Runtime, "a parameter's `pattern` changed";
    REQ_PROP_MAX_LENGTH_INCREASED = "request-property-max-length-increased", Info, None, "a request property's `maxLength` increased";
    REQ_PROP_MAX_LENGTH_DECREASED = "request-property-max-length-decreased", Breaking, Runtime, "a request property's `maxLength` decreased";
    REQ_PROP_MAX_LENGTH_SET = "request-property-max-length-set", Breaking, Runtime, "a request property's `maxLength` set where there was none";
    REQ_PROP_MAX_LENGTH_UNSET = "request-property-max-length-unset", Info, None, "a request property's `maxLength` removed";
    REQ_PROP_MIN_LENGTH_INCREASED = "request-property-min-length-increased", Breaking, Runtime, "a request property's `minLength` increased";
    REQ_PROP_MIN_LENGTH_DECREASED = "request-property-min-length-decreased", Info, None, "a request property's `minLength` decreased";
    REQ_PROP_MIN_LENGTH_SET = "request-property-min-length-set", Breaking, Runtime, "a request property's `minLength` set where there was none";
    REQ_PROP_MIN_LENGTH_UNSET = "request-property-min-length-unset", Info, None, "a request property's `minLength` removed";
    REQ_PROP_MAX_INCREASED = "request-property-max-increased", Info, None, "a request property's `maximum` increased";
    REQ_PROP_MAX_DECREASED = "request-property-max-decreased", Breaking, Runtime, "a request property's `maximum` decreased";
    REQ_PROP_MAX_SET = "request-property-max-set", Breaking, Runtime, "a request property's `maximum` set where there was none";
    REQ_PROP_MAX_UNSET = "request-property-max-unset", Info, None, "a request property's `maximum` removed";
    REQ_PROP_MIN_INCREASED = "request-property-min-increased", Breaking, Runtime, "a request property's `minimum` increased";
    REQ_PROP_MIN_DECREASED = "request-property-min-decreased", Info, None, "a request property's `minimum` decreased";
    REQ_PROP_MIN_SET = "request-property-min-set", Breaking, Runtime, "a request property's `minimum` set where there was none";
    REQ_PROP_MIN_UNSET = "request-property-min-unset", Info, None, "a request property's `minimum` removed";
    REQ_PROP_MAX_ITEMS_INCREASED = "request-property-max-items-increased", Info, None, "a request property's `maxItems` increased";
    REQ_PROP_MAX_ITEMS_DECREASED = "request-property-max-items-decreased", Breaking, Runtime, "a request property's `maxItems` decreased";
    REQ_PROP_MAX_ITEMS_SET = "request-property-max-items-set", Breaking, Runtime, "a request property's `maxItems` set where there was none";
    REQ_PROP_MAX_ITEMS_UNSET = "request-property-max-items-unset", Info, None, "a request property's `maxItems` removed";
    REQ_PROP_MIN_ITEMS_INCREASED = "request-property-min-items-increased", Breaking, Runtime, "a request property's `minItems` increased";
    REQ_PROP_MIN_ITEMS_DECREASED = "request-property-min-items-decreased", Info, None, "a request property's `minItems` decreased";
    REQ_PROP_MIN_ITEMS_SET = "request-property-min-items-set", Breaking, Runtime, "a request property's `minItems` set where there was none";
    REQ_PROP_MIN_ITEMS_UNSET = "request-property-min-items-unset", Info, None, "a request property's `minItems` removed";
    REQ_PROP_PATTERN_ADDED = "request-property-pattern-added", Breaking, Runtime, "a request property's `pattern` added";
    REQ_PROP_PATTERN_REMOVED = "request-property-pattern-removed", Info, None, "a request property's `pattern` removed";
    REQ_PROP_PATTERN_CHANGED = "request-property-pattern-changed", Warning, Runtime, "a request property's `pattern` changed";
    RESP_PROP_MAX_LENGTH_INCREASED = "response-property-max-length-increased", Breaking, None, "a response property's `maxLength` increased";
    RESP_PROP_MAX_LENGTH_DECREASED = "response-property-max-length-decreased", Info, None, "a response property's `maxLength` decreased";
    RESP_PROP_MAX_LENGTH_SET = "response-property-max-length-set", Info, None, "a response property's `maxLength` set where there was none";
    RESP_PROP_MAX_LENGTH_UNSET = "response-property-max-length-unset", Breaking, None, "a response property's `maxLength` removed";
    RESP_PROP_MIN_LENGTH_INCREASED = "response-property-min-length-increased", Info, None, "a response property's `minLength` increased";
    RESP_PROP_MIN_LENGTH_DECREASED = "response-property-min-length-decreased", Breaking, None, "a response property's `minLength` decreased";
    RESP_PROP_MIN_LENGTH_SET = "response-property-min-length-set", Info, None, "a response property's `minLength` set where there was none";
    RESP_PROP_MIN_LENGTH_UNSET = "response-property-min-length-unset", Breaking, None, "a response property's `minLength` removed";
    RESP_PROP_MAX_INCREASED = "response-property-max-increased", Breaking, None, "a response property's `maximum` increased";
    RESP_PROP_MAX_DECREASED = "response-property-max-decreased", Info, None, "a response property's `maximum` decreased";
    RESP_PROP_MAX_SET = "response-property-max-set", Info, None, "a response property's `maximum` set where there was none";
    RESP_PROP_MAX_UNSET = "response-property-max-unset", Breaking, None, "a response property's `maximum` removed";
    RESP_PROP_MIN_INCREASED = "response-property-min-increased", Info, None, "a response property's `minimum` increased";
    RESP_PROP_MIN_DECREASED = "response-property-min-decreased", Breaking, None, "a response property's `minimum` decreased";
    RESP_PROP_MIN_SET = "response-property-min-set", Info, None, "a response property's `minimum` set where there was none";
    RESP_PROP_MIN_UNSET = "response-property-min-unset", Breaking, None, "a response property's `minimum` removed";
    RESP_PROP_MAX_ITEMS_INCREASED = "response-property-max-items-increased", Breaking, None, "a response property's `maxItems` increased";
    RESP_PROP_MAX_ITEMS_DECREASED = "response-property-max-items-decreased", Info, None, "a response property's `maxItems` decreased";
    RESP_PROP_MAX_ITEMS_SET = "response-property-max-items-set", Info, None, "a response property's `maxItems` set where there was none";
    RESP_PROP_MAX_ITEMS_UNSET = "response-property-max-items-unset", Breaking, None, "a response property's `maxItems` removed";
    RESP_PROP_MIN_ITEMS_INCREASED = "response-property-min-items-increased", Info, None, "a response property's `minItems` increased";
    RESP_PROP_MIN_ITEMS_DECREASED = "response-property-min-items-decreased", Breaking, None, "a response property's `minItems` decreased";
    RESP_PROP_MIN_ITEMS_SET = "response-property-min-items-set", Info, None, "a response property's `minItems` set where there was none";
    RESP_PROP_MIN_ITEMS_UNSET = "response-property-min-items-unset", Breaking, None, "a response property's `minItems` removed";
    RESP_PROP_PATTERN_ADDED = "response-property-pattern-added", Info, None, "a response property's `pattern` added";
    RESP_PROP_PATTERN_REMOVED = "response-property-pattern-removed", Breaking, None, "a response property's `pattern` removed";
    RESP_PROP_PATTERN_CHANGED = "response-property-pattern-changed", Warning, None, "a response property's `pattern` changed";
    // Types.
    SCHEMA_REF_CHANGED = "schema-reference-changed", Info, Compile, "a schema now refers to another component (the Rust type is renamed)";
    SCHEMA_REMOVED = "api-schema-removed", Info, Compile, "a component schema was removed (its Rust type is gone)";
    // Security.
    SECURITY_ADDED = "api-security-added", Info, None, "a security requirement alternative was added";
    SECURITY_REMOVED = "api-security-removed", Breaking, None, "a security requirement alternative was removed";
    SECURITY_SCOPE_ADDED = "api-security-scope-added", Breaking, None, "a scope was added to a security requirement";
    SECURITY_SCOPE_REMOVED = "api-security-scope-removed", Info, None, "a scope was removed from a security requirement";
    GLOBAL_SECURITY_ADDED = "api-global-security-added", Info, None, "a document-wide security requirement alternative was added";
    GLOBAL_SECURITY_REMOVED = "api-global-security-removed", Breaking, None, "a document-wide security requirement alternative was removed";
    GLOBAL_SECURITY_SCOPE_ADDED = "api-global-security-scope-added", Breaking, None, "a scope was added to a document-wide security requirement";
    GLOBAL_SECURITY_SCOPE_REMOVED = "api-global-security-scope-removed", Info, None, "a scope was removed from a document-wide security requirement";
    SECURITY_SCHEME_ADDED = "api-security-component-added", Info, None, "a security scheme was added";
    SECURITY_SCHEME_REMOVED = "api-security-component-removed", Info, None, "a security scheme was removed";
    SECURITY_SCHEME_SCOPE_ADDED = "api-security-component-oauth-scope-added", Info, None, "an OAuth scope was added to a security scheme";
    SECURITY_SCHEME_SCOPE_REMOVED = "api-security-component-oauth-scope-removed", Info, None, "an OAuth scope was removed from a security scheme";
    // Servers.
    SERVER_ADDED = "api-server-added", Info, None, "a server was added";
    SERVER_REMOVED = "api-server-removed", Warning, None, "a server was removed (progenitor's Client::new takes the base URL; callers using it must change it)";
}

/// The rule with `id`.
pub fn by_id(id: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.id == id)
}

/// The catalogue as a Markdown table (the crate README embeds it).
pub fn markdown_table() -> String {
    let mut out = String::from("| rule id | wire level | Rust API impact | meaning |\n|---|---|---|---|\n");
    for r in RULES {
        out.push_str(&format!("| `{}` | {} | {} | {} |\n", r.id, r.level.as_str(), r.rust.as_str(), r.summary));
    }
    out
}
