//! Stable diagnostic codes. Renaming one is a breaking change for users who
//! suppress it in page annotations or filter on it in CI.

/// A file could not be read (not UTF-8, permissions, ...).
pub const UNREADABLE: &str = "unreadable";
/// An api page has no "HTTP request" section, or it has no request line.
pub const NO_HTTP_REQUEST: &str = "no-http-request";
/// A `<!-- { ... } -->` annotation is not (strict) JSON.
pub const ANNOTATION_JSON: &str = "annotation-json";
/// An example body is not (strict) JSON.
pub const EXAMPLE_JSON: &str = "example-json";
/// A type name that is neither primitive nor defined nor linked.
pub const UNKNOWN_TYPE: &str = "unknown-type";
/// A linked type whose page is not among the inputs; emitted as an open object.
pub const MISSING_TYPE_PAGE: &str = "missing-type-page";
/// Two operations claim the same operationId.
pub const DUPLICATE_OPERATION_ID: &str = "duplicate-operation-id";
/// The same (method, path) is documented on several pages and they disagree.
pub const DUPLICATE_OPERATION: &str = "duplicate-operation";
/// Two pages define the same type.
pub const DUPLICATE_TYPE: &str = "duplicate-type";
/// Two type names that become the same Rust identifier.
pub const TYPE_NAME_CLASH: &str = "type-name-clash";
/// A `TODO` placeholder left in the page; dropped from the contract.
pub const TODO_PLACEHOLDER: &str = "todo-placeholder";
/// A request line whose target could not be read as a path.
pub const BAD_PATH: &str = "bad-path";
/// No success status could be found in prose or examples.
pub const NO_STATUS: &str = "no-status";

/// Every code with a one-line description, for `--help` and docs.
pub const ALL: &[(&str, &str)] = &[
    (UNREADABLE, "a file could not be read"),
    (NO_HTTP_REQUEST, "an api page has no HTTP request section or request line"),
    (ANNOTATION_JSON, "an annotation comment is not (strict) JSON"),
    (EXAMPLE_JSON, "an example body is not (strict) JSON"),
    (UNKNOWN_TYPE, "a type name that is not primitive, defined or linked"),
    (MISSING_TYPE_PAGE, "a linked type whose page is not among the inputs"),
    (DUPLICATE_OPERATION_ID, "two operations claim the same operationId"),
    (DUPLICATE_OPERATION, "the same method and path documented differently on several pages"),
    (DUPLICATE_TYPE, "two pages define the same type"),
    (TYPE_NAME_CLASH, "two type names that map to the same Rust identifier"),
    (TODO_PLACEHOLDER, "a TODO placeholder left in the page"),
    (BAD_PATH, "a request line whose target is not a path"),
    (NO_STATUS, "no success status in prose or examples"),
];
