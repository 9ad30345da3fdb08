//! Stable diagnostic codes. Renaming one is a breaking change for users who
//! suppress it in page annotations or filter on it in CI.

/// A file could not be read (not UTF-8, permissions, ...).
pub const UNREADABLE: &str = "unreadable";
/// An api page has no "HTTP request" section, or it has no request line.
pub const NO_HTTP_REQUEST: &str = "no-http-request";
/// Api pages were given, and none of them yielded an operation (an error).
pub const NO_OPERATIONS: &str = "no-operations";
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
/// Two pages define the same type, or a page shows members of a type that its own page lacks.
pub const DUPLICATE_TYPE: &str = "duplicate-type";
/// Two type names that become the same Rust identifier.
pub const TYPE_NAME_CLASH: &str = "type-name-clash";
/// A `TODO` placeholder left in the page; dropped from the contract.
pub const TODO_PLACEHOLDER: &str = "todo-placeholder";
/// A request line whose target could not be read as a path, or lacks the root its examples write.
pub const BAD_PATH: &str = "bad-path";
/// No success status could be found in prose or examples.
pub const NO_STATUS: &str = "no-status";

// Lint-only codes (`cargo xtask lint`); the checks are in `crate::lint`.

/// An api page has no request example, or no response example.
pub const MISSING_EXAMPLE: &str = "missing-example";
/// An example block has no `blockType` annotation, so ApiDoctor-style tools skip it.
pub const UNANNOTATED_EXAMPLE: &str = "unannotated-example";
/// A request example's method and path match no request line of the page.
pub const EXAMPLE_URL_MISMATCH: &str = "example-url-mismatch";
/// A response example's status differs from the one the page documents.
pub const STATUS_MISMATCH: &str = "status-mismatch";
/// An example property is not in the property table of its type.
pub const EXAMPLE_UNDOCUMENTED_PROPERTY: &str = "example-undocumented-property";
/// A table property is missing from a complete (not truncated) example.
pub const EXAMPLE_MISSING_PROPERTY: &str = "example-missing-property";
/// An example value's JSON type disagrees with the table's type.
pub const EXAMPLE_TYPE_MISMATCH: &str = "example-type-mismatch";
/// An example uses an enum value the docs do not list.
pub const EXAMPLE_UNKNOWN_ENUM_VALUE: &str = "example-unknown-enum-value";
/// A row's "Possible values" name a value its enum type does not list.
pub const ROW_UNKNOWN_ENUM_VALUE: &str = "row-unknown-enum-value";
/// A request example sends a property its type's table marks read-only.
pub const EXAMPLE_SENDS_READ_ONLY: &str = "example-sends-read-only";
/// A relative link to a page that does not exist on disk.
pub const BROKEN_LINK: &str = "broken-link";
/// An `@odata.type` value in an example without the leading `#`.
pub const ODATA_TYPE_HASH: &str = "odata-type-hash";
/// A Content-Length header that differs from the example body's length.
pub const CONTENT_LENGTH: &str = "content-length-mismatch";
/// An update (PATCH) page whose request-body table speaks of creating.
pub const CREATE_ON_UPDATE: &str = "create-on-update";
/// A `/users/{id}/…` request line that parts from the page's `/me/…` line after the user.
pub const USER_ALIAS_MISMATCH: &str = "user-alias-mismatch";
/// A resource annotation's `keyProperty` that neither the type's table nor its bases' list.
pub const KEY_NOT_LISTED: &str = "key-not-listed";
/// A page suppression that names no known code.
pub const UNKNOWN_SUPPRESSION: &str = "unknown-suppression";
/// An `[!INCLUDE]` of the permissions table names a file that is not among the inputs.
pub const MISSING_INCLUDE: &str = "missing-include";
/// A page's `doc_type` contradicts its structure; it is read as its structure says.
pub const DOC_TYPE_MISMATCH: &str = "doc-type-mismatch";
/// Front matter without its opening `---`; read as front matter all the same.
pub const UNOPENED_FRONT_MATTER: &str = "unopened-front-matter";
/// A heading indented four spaces or more (Markdown reads it as code); read as a heading.
pub const INDENTED_HEADING: &str = "indented-heading";
/// An api page without a permissions section, or one naming no scope (every row "Not
/// supported"): its operations state no scope.
pub const NO_PERMISSIONS: &str = "no-permissions";
/// A permissions table's row whose label names no permission type, read by its place.
pub const PERMISSION_TYPE: &str = "permission-type";
/// A resource page with a property table that names no type (title or annotation).
pub const UNNAMED_TYPE: &str = "unnamed-type";
/// A property table's row naming its member in words (`|Grading categories|[x](x.md) collection|`).
pub const UNNAMED_PROPERTY: &str = "unnamed-property";
/// A "Function parameters" row that no request line's call passes.
pub const FUNCTION_ARGUMENT_NOT_IN_PATH: &str = "function-argument-not-in-path";

/// Every code with a one-line description, for `--help` and docs.
pub const ALL: &[(&str, &str)] = &[
    (UNREADABLE, "a file could not be read"),
    (NO_HTTP_REQUEST, "an api page has no HTTP request section or request line"),
    (NO_OPERATIONS, "api pages were given and none yielded an operation"),
    (ANNOTATION_JSON, "an annotation comment is not (strict) JSON"),
    (EXAMPLE_JSON, "an example body is not (strict) JSON"),
    (UNKNOWN_TYPE, "a type name that is not primitive, defined or linked"),
    (MISSING_TYPE_PAGE, "a linked type whose page is not among the inputs"),
    (DUPLICATE_OPERATION_ID, "two operations claim the same operationId"),
    (DUPLICATE_OPERATION, "the same method and path documented differently on several pages"),
    (DUPLICATE_TYPE, "two pages define the same type, or a page shows members its type's page lacks"),
    (TYPE_NAME_CLASH, "two type names that map to the same Rust identifier"),
    (TODO_PLACEHOLDER, "a TODO placeholder left in the page"),
    (
        BAD_PATH,
        "a request line whose target is not a path (skipped), has a `)` closing nothing (read without it), or lacks the root its examples write (read under it)",
    ),
    (NO_STATUS, "no success status in prose or examples"),
    (MISSING_EXAMPLE, "an api page has no request or no response example"),
    (UNANNOTATED_EXAMPLE, "an example block without a `blockType` annotation"),
    (EXAMPLE_URL_MISMATCH, "a request example's URL matches no request line of the HTTP request section"),
    (STATUS_MISMATCH, "a response example's status differs from the documented one"),
    (EXAMPLE_UNDOCUMENTED_PROPERTY, "an example property is not in the type's property table"),
    (EXAMPLE_MISSING_PROPERTY, "a table property is missing from an example that is not marked truncated"),
    (EXAMPLE_TYPE_MISMATCH, "an example value's type disagrees with the table"),
    (EXAMPLE_UNKNOWN_ENUM_VALUE, "an example uses an enum value the docs do not list"),
    (ROW_UNKNOWN_ENUM_VALUE, "a row's possible values name a value its enum type does not list"),
    (EXAMPLE_SENDS_READ_ONLY, "a request example sends a property its type's table marks read-only"),
    (BROKEN_LINK, "a relative link to a page that does not exist"),
    (ODATA_TYPE_HASH, "an `@odata.type` value without the leading `#`"),
    (CONTENT_LENGTH, "a Content-Length header that differs from the body's length"),
    (CREATE_ON_UPDATE, "a request-body table that speaks of creating on an update (PATCH) page"),
    (FUNCTION_ARGUMENT_NOT_IN_PATH, "a function parameters row that no request line's call passes"),
    (USER_ALIAS_MISMATCH, "a `/users/{id}/…` request line that parts from the page's `/me/…` line after the user"),
    (KEY_NOT_LISTED, "a resource annotation's `keyProperty` that neither the type's table nor its bases' list"),
    (UNKNOWN_SUPPRESSION, "a page suppression naming no known code"),
    (MISSING_INCLUDE, "an included permissions table whose file is not among the inputs"),
    (DOC_TYPE_MISMATCH, "a page's doc_type contradicts its structure (read as the structure says)"),
    (UNOPENED_FRONT_MATTER, "front matter without its opening `---` (read as front matter)"),
    (UNNAMED_TYPE, "a resource page documents properties but names no type (left out)"),
    (UNNAMED_PROPERTY, "a property table's row naming its member in words, not by its JSON name (left out)"),
    (INDENTED_HEADING, "a heading indented four spaces or more, which Markdown reads as code (read as a heading)"),
    (NO_PERMISSIONS, "an api page without a permissions section, or one naming no scope (its operations state none)"),
    (PERMISSION_TYPE, "a permissions table's row whose label names no permission type, read by its place"),
];
