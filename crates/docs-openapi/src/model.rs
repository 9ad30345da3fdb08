//! The API model: operations and types as the docs describe them.
//!
//! Free of markdown (see [`crate::markdown`]) and of OpenAPI (see
//! [`crate::emit`]), so both ends can change independently.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::http::Method;
use crate::source::FileId;
use crate::types::TypeRef;

/// Where something came from: a file and a byte offset in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Origin {
    pub file: FileId,
    pub offset: usize,
}

/// Everything the docs say, ready to emit.
#[derive(Debug, Clone, Default)]
pub struct Api {
    /// Operations, ordered by path then method.
    pub operations: Vec<Operation>,
    /// Types by canonical name.
    pub types: BTreeMap<String, TypeDef>,
    /// Server URLs, the most used first.
    pub servers: Vec<String>,
    /// Open types whose every member holds one type, by canonical name: that type
    /// (`plannerAssignments` → `plannerAssignment`, keyed by user id; `plannerUserIds` → Boolean).
    pub open_values: BTreeMap<String, TypeRef>,
    /// Enums whose value is a comma-separated set of members (OData flags), by canonical name.
    pub flags: std::collections::BTreeSet<String>,
    /// Types their page calls deprecated ("tiIndicator resource type (deprecated)"), by canonical name.
    pub deprecated_types: std::collections::BTreeSet<String>,
    /// Members a table types as one object or value that the examples show only as arrays,
    /// emitted as collections, by where their rows are.
    pub shown_as_lists: std::collections::BTreeSet<Origin>,
}

#[derive(Debug, Clone)]
pub struct Operation {
    pub id: String,
    pub method: Method,
    /// OpenAPI path template.
    pub path: String,
    pub summary: String,
    pub description: Option<String>,
    pub tag: String,
    pub parameters: Vec<Parameter>,
    pub request_body: Option<Body>,
    /// Documented success responses (at least one).
    pub responses: Vec<Response>,
    pub permissions: Permissions,
    /// The page names the OData options it supports (`supports the $top and $select …`),
    /// rather than "some of the OData query parameters".
    pub options_named: bool,
    /// The page calls the operation deprecated (its title ends "(deprecated)", the docs' mark).
    pub deprecated: bool,
    pub origin: Origin,
    /// The other pages documenting the same (method, path), merged into this one, by page name.
    pub also: Vec<Origin>,
    /// Path keys the page writes otherwise than the contract, which names each place as most
    /// paths do: (as the contract names it, as the page wrote it), `("publishingType", "profile-id")`.
    pub keys_written: Vec<(String, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ParamLocation {
    Path,
    Query,
    Header,
}

#[derive(Debug, Clone)]
pub struct Parameter {
    pub name: String,
    pub location: ParamLocation,
    pub description: Option<String>,
    pub required: bool,
    pub ty: TypeRef,
    /// The values the docs allow, where they list them for a parameter of no named type
    /// ("the `model` query parameter, which supports the values `A` and `B`"): a closed list.
    pub values: Vec<String>,
    /// The docs mark it "(deprecated)" (a header row's `MS-APP-ACTS-AS (deprecated)`).
    pub deprecated: bool,
    /// The largest value the docs allow (`$top` where "the default and maximum page sizes are
    /// 100 and 999 objects").
    pub maximum: Option<u64>,
}

/// A request or response body.
#[derive(Debug, Clone)]
pub struct Body {
    pub media_type: String,
    pub shape: Shape,
    pub required: bool,
    pub example: Option<Value>,
    /// The example was read leniently where members were taken out by hand (`"asn": 4,` closing
    /// its object, a `...`): it may leave out what the body requires (`emit` then shows none).
    pub example_cut: bool,
    /// Members of the named type a request must send, which the type's own schema leaves
    /// optional: rows a create's table marks "Required." one by one beside a link to the type
    /// (or the binding, `printer@odata.bind`, of a required relationship the examples bind).
    pub required_members: Vec<String>,
    /// The page lists the members a request sends in a table of its own (a create's list
    /// being the page's word on what it must send, not the type page's).
    pub members_listed: bool,
    /// Relationships the page's request examples bind by URL (`"teamsApp@odata.bind": "https://…"`)
    /// beside a named type's own members: members of the body, as `required_members` are.
    pub bound: Vec<Property>,
    /// The rows the page's request table lists beside a link to the named type (a create's or
    /// update's members): those the type lacks are members of the body too, beside its own
    /// (`behaviorOnError` on a custom extension's create; `emit::requiring`).
    pub listed: Vec<Property>,
    /// Those of `required_members` that the page's request examples all send (one at least): a
    /// member the type reads only is writable in this body (`emit::requiring`).
    pub required_sent: Vec<String>,
    /// Those of `listed` (rows not marked read-only) that the page's request examples all send
    /// (one at least): writable in this body where the type reads them only (an update's
    /// `selfServiceSignUp`, "Read-only." on its type's page; `emit::requiring`).
    pub written: Vec<String>,
    /// The table marks some of its rows other than the key read-only: it tells what a call
    /// writes from what it does not, so `written` stands however many of the type's members it
    /// lists.
    pub marks_read_only: bool,
    /// Members an update's request examples send that its table does not list: members of the
    /// body where the updated entity defines them as writable (`resolve::update::fit_update_bodies`).
    pub sent_unlisted: Vec<String>,
}

impl Body {
    /// The body as the named type `name`: the bindings its object listed (`teamsApp@odata.bind`)
    /// stay, beside the type ([`Body::bound`]).
    pub fn become_named(&mut self, name: String) {
        if let Shape::Object(members) = &mut self.shape {
            for m in members.extract_if(.., |m| m.name.ends_with("@odata.bind")) {
                if !self.bound.iter().any(|b| b.name.eq_ignore_ascii_case(&m.name)) {
                    self.bound.push(m);
                }
            }
        }
        self.shape = Shape::Type(crate::types::TypeRef::Named(name));
    }

    /// Adds the bindings `other` has that this body lacks (of its object's members, or beside its type).
    pub fn bind_also(&mut self, other: &Body) {
        let theirs = match &other.shape {
            Shape::Object(members) => members.iter().filter(|m| m.name.ends_with("@odata.bind")).collect::<Vec<_>>(),
            _ => other.bound.iter().collect(),
        };
        for b in theirs {
            let known = |name: &str| name.eq_ignore_ascii_case(&b.name);
            match &mut self.shape {
                Shape::Object(members) if !members.iter().any(|m| known(&m.name)) => members.push(b.clone()),
                Shape::Object(_) => {}
                _ if !self.bound.iter().any(|m| known(&m.name)) => self.bound.push(b.clone()),
                _ => {}
            }
        }
    }

    /// A required body of `shape`, without an example or members a create must send.
    pub fn new(media_type: impl Into<String>, shape: Shape) -> Body {
        Body {
            media_type: media_type.into(),
            shape,
            required: true,
            example: None,
            example_cut: false,
            required_members: Vec::new(),
            members_listed: false,
            bound: Vec::new(),
            listed: Vec::new(),
            required_sent: Vec::new(),
            written: Vec::new(),
            marks_read_only: false,
            sent_unlisted: Vec::new(),
        }
    }
}

/// The shape of a body.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Type(TypeRef),
    /// A page of a collection: `{ "value": [T], "@odata.nextLink", "@odata.count" }`.
    CollectionPage(TypeRef),
    /// An object written inline in a parameters table (action parameters).
    Object(Vec<Property>),
    /// Bytes or text that is not JSON (`$value`, CSV, ...).
    Raw,
    /// Links to objects, `{"@odata.id": url}` each, as `GET …/$ref` answers:
    /// a page of them (`{"value": […], "@odata.nextLink"}`), or one.
    References {
        list: bool,
    },
}

#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub description: String,
    pub body: Option<Body>,
    /// The response carries a `Location` header: redirects, and long-running
    /// operations (`202 Accepted`) or creations whose page says so.
    pub location_header: bool,
    /// The response carries an `Operation-Location` header (OneNote's copy actions).
    pub operation_location_header: bool,
    /// Other headers a "Response headers" table documents (`ETag`).
    pub headers: Vec<ResponseHeader>,
    /// The type the response example's annotation names where the prose names
    /// another: the body keeps the prose's type when this one derives from it
    /// (an example of a `fileAttachment` for a page returning `attachment`s) or
    /// when the example's members are more of its properties, else takes this
    /// one (resolution decides; it knows the bases and the properties).
    pub example_type: Option<ShownType>,
    /// Other types the prose offers beside the body's ("a \[socialIdentityProvider\]
    /// or a \[builtinIdentityProvider\]"): resolution answers with their common base.
    pub either: Vec<String>,
    /// A type the prose names only in bold ("an **accounts** object"), not linked:
    /// resolution gives it to a body of any JSON where a page defines the type, and to a
    /// body an annotation types otherwise when the example's members (`members`, only
    /// then) are more of its properties than of the annotation's type's.
    pub named_in_bold: Option<ShownType>,
}

impl Response {
    /// A response of `status` and its reason phrase, with `body` and no headers, type hints or alternatives.
    pub fn plain(status: u16, description: impl Into<String>, body: Option<Body>) -> Self {
        Response {
            status,
            description: description.into(),
            body,
            location_header: false,
            operation_location_header: false,
            headers: Vec::new(),
            example_type: None,
            either: Vec::new(),
            named_in_bold: None,
        }
    }
}

/// A header a response documents beside its body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseHeader {
    pub name: String,
    pub description: String,
    /// The table says the response always carries it ("Required.", a `Required` column's "Yes").
    pub required: bool,
}

/// A type a response example's annotation names, and the members its body shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownType {
    pub name: String,
    /// The example's member names (of the first item of a page of items), `@…` left out.
    pub members: Vec<String>,
    /// The example's body names its own `@odata.type` among the types the prose
    /// states: the annotation is only worth its name when it is a base of theirs.
    pub stated_shown: bool,
    /// The annotation names Graph's root type where the prose links a namespace's type of the
    /// same name (`microsoft.graph.sensitivityLabel` beside `[sensitivityLabel](security-sensitivitylabel.md)`):
    /// the name is not to be read through the page's links.
    pub rooted: bool,
}

/// Permissions from the page's table, least privileged first; placeholders dropped.
/// Each entry is one alternative: a scope, or scopes needed together written
/// `"Policy.Read.All and Application.ReadWrite.All"`, or [`Permissions::NO_SCOPE`] (a
/// cell "None": any token of the row's kind, no scope needed).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Permissions {
    pub delegated_work: Vec<String>,
    pub delegated_personal: Vec<String>,
    pub application: Vec<String>,
}

impl Permissions {
    /// The scopes an entry needs together: `"Policy.Read.All and Application.ReadWrite.All"`
    /// → both; a plain entry → itself.
    pub fn scopes_of(entry: &str) -> impl Iterator<Item = &str> {
        entry.split(" and ").filter(|s| !s.is_empty())
    }

    /// The entry of an alternative needing no scope: a row "Application | None" (the call
    /// takes an app-only token, whatever its scopes).
    pub const NO_SCOPE: &'static str = "";

    pub fn is_empty(&self) -> bool {
        self.delegated_work.is_empty() && self.delegated_personal.is_empty() && self.application.is_empty()
    }

    /// Adds `other`'s entries this one lacks, list by list, in their order (scopes'
    /// letter case ignored: `Mailboxsettings.ReadWrite` on an older copy of a page is
    /// `MailboxSettings.ReadWrite`).
    pub fn extend_from(&mut self, other: &Permissions) {
        for (mine, theirs) in [
            (&mut self.delegated_work, &other.delegated_work),
            (&mut self.delegated_personal, &other.delegated_personal),
            (&mut self.application, &other.application),
        ] {
            for entry in theirs {
                if !mine.iter().any(|m| m.eq_ignore_ascii_case(entry)) {
                    mine.push(entry.clone());
                }
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Property {
    pub name: String,
    pub ty: TypeRef,
    pub description: Option<String>,
    pub required: bool,
    pub read_only: bool,
    /// Sent, never returned (a client secret): "write-only" in its description.
    pub write_only: bool,
    /// Its name cell says "(deprecated)" (`|allowedGroups (deprecated)|String collection|…|`).
    pub deprecated: bool,
    /// Graph sends `null` for a property unless its description says "not nullable".
    pub nullable: bool,
    pub origin: Origin,
}

/// The description of a member only its type's JSON representation shows (its
/// properties table does not list it). The lint does not count such a member as
/// documented: the table is the documentation.
pub const SHOWN_ONLY: &str = "Shown in the type's JSON representation; its properties table does not list it.";

/// The description of a key the type's annotation names (`keyProperty`) that its properties
/// table does not list; the lint does not count it as documented either.
pub const KEY_ONLY: &str = "The key the type's annotation names; its properties table does not list it.";

/// The description of the `@odata.etag` the contract adds to a type whose response examples
/// show one (`resolve::etags_shown`): no table's row, so the lint does not ask examples for it.
pub const ETAG_SHOWN: &str = "The entity tag the service gives the object (shown by the docs' response examples); send it in `If-Match` to update or delete the object.";

impl Property {
    /// Whether only the type's JSON representation or annotation shows this member (see
    /// [`SHOWN_ONLY`], [`KEY_ONLY`]).
    pub fn is_shown_only(&self) -> bool {
        matches!(self.description.as_deref(), Some(SHOWN_ONLY | KEY_ONLY))
    }

    /// A required, non-nullable member without a description.
    pub fn required(name: impl Into<String>, ty: TypeRef, origin: Origin) -> Property {
        Property {
            name: name.into(),
            ty,
            description: None,
            required: true,
            read_only: false,
            write_only: false,
            deprecated: false,
            nullable: false,
            origin,
        }
    }

    /// The `value` member OData wraps a single result in (`{"value": 8}`).
    pub fn value(ty: TypeRef, origin: Origin) -> Property {
        Property::required("value", ty, origin)
    }
}

/// Where a type's definition came from, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TypeSource {
    /// A resource or enum page among the inputs.
    Page,
    /// One of several enums on one page (`### x values` sections, as in v1.0's
    /// enums.md); the type's own page, if any, wins.
    EnumList,
    /// "Possible values are ..." in a property description.
    PossibleValues,
    /// The request-body table of an api page.
    RequestTable,
    /// Referenced, but defined nowhere in the inputs: an open object.
    Placeholder,
    /// Referenced, defined nowhere in the inputs, linked to a page of its own name (a
    /// resource type's or, in newer docs, an enum's) and shown as `"String"` by a JSON
    /// representation: an enum or an object, so any JSON value.
    AnyPlaceholder,
}

impl TypeSource {
    /// Defined nowhere in the inputs.
    pub fn is_placeholder(self) -> bool {
        matches!(self, TypeSource::Placeholder | TypeSource::AnyPlaceholder)
    }
}

#[derive(Debug, Clone)]
pub struct TypeDef {
    pub name: String,
    pub description: Option<String>,
    pub kind: TypeKind,
    pub source: TypeSource,
    pub origin: Origin,
}

#[derive(Debug, Clone)]
pub enum TypeKind {
    Object {
        /// The base type's name, when the page names one.
        base: Option<String>,
        properties: Vec<Property>,
    },
    Enum {
        members: Vec<EnumMember>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumMember {
    pub name: String,
    pub description: Option<String>,
}
