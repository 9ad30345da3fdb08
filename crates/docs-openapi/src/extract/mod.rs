//! Pages → pieces of the API model: operations from api pages, types from
//! resource and enum pages, and the hints and references that resolution
//! (see [`crate::resolve`]) turns into one consistent set of types.

mod api;
mod ids;
mod odata;
mod request;
mod response;
mod text;
mod types;
pub(crate) use response::one_value;
pub(crate) use types::names_type;

pub(crate) use api::{CREATE_WORDING, LACKS_ROOT, path_heads, scenario_request_blocks, tag_of};
pub use api::{extract_api_page, path_matches};
pub(crate) use ids::{route_id, sanitize_id, title_id_of};
pub(crate) use odata::{is_list_option, is_system_option};
pub(crate) use request::{call_of, request_body_section};
pub(crate) use response::{ends_in_set_of, shows_one_object};
pub use text::possible_values;
pub(crate) use text::{item_name, negated, plural, says_required_on_create, sentences, singular, statuses_named};
pub use types::{extract_enum_page, extract_resource_page, is_type_name};
pub(crate) use types::{is_members_table, is_property_table, says_nullable, strip_namespace};

use crate::model::{Operation, Origin, TypeDef};

/// A use of a named type, kept for diagnostics when it resolves to nothing.
#[derive(Debug, Clone)]
pub struct Reference {
    pub name: String,
    /// Written as a link to a page (`[x](../resources/x.md)`).
    pub linked: bool,
    /// The linked page's file stem, lowercase (`teamstab` for `[tab](../resources/teamstab.md)`):
    /// the link text is not always the type's name, the page is.
    pub target: Option<String>,
    pub origin: Origin,
}

/// Whether `text` names `name` in Graph's root namespace, `microsoft.graph.{name}` as a whole
/// name (`"baseType": "microsoft.graph.longRunningOperation"`, not `….longRunningOperationX`).
pub(crate) fn names_in_root(text: &str, name: &str) -> bool {
    let qualified = format!("microsoft.graph.{name}");
    text.match_indices(&qualified).any(|(at, _)| {
        !text[at + qualified.len()..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '.' || c == '_')
    })
}

/// The file stem of a link to a page, lowercase: `../resources/teamsTab.md#x` → `teamstab`.
pub(crate) fn page_stem(target: &str) -> Option<String> {
    crate::types::link_stem(target).map(str::to_ascii_lowercase)
}

/// An update's table of members, about the entity the update answers with or, where it
/// answers nothing (`204`), the entity a `GET` on one of its `paths` reads.
#[derive(Debug)]
pub struct UpdateTable {
    /// The members, named for the entity the update answers with (unnamed where it answers nothing).
    pub table: TypeDef,
    /// Whether the update answers with an entity.
    pub answered: bool,
    /// The update's path templates.
    pub paths: Vec<String>,
}

/// What a JSON representation shows for a member of a named type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// A string (`"String"`, `"active | deleted"`).
    String,
    /// An object with members, an array, a number or a Boolean.
    Object,
    /// An object whose one member is `@odata.type` naming the member's own type
    /// (`{"@odata.type": "microsoft.graph.printJobProcessingState"}`): how representations
    /// write complex types and enums alike, so weaker than what examples show.
    OwnType,
}

/// Everything one page contributes.
#[derive(Debug, Default)]
pub struct PageOutput {
    pub operations: Vec<PageOperation>,
    /// Types defined by the page itself.
    pub types: Vec<TypeDef>,
    /// Fallback definitions (request-body tables, "Possible values are"), used
    /// only for types no page defines.
    pub hints: Vec<TypeDef>,
    /// An update's request table, about the entity it updates: members its page lacks,
    /// for a response example to confirm (never a definition of its own).
    pub update_tables: Vec<UpdateTable>,
    pub references: Vec<Reference>,
    /// Links to the other kinds a sentence offers beside its first type ("a \[x\] or
    /// a \[y\] object"): they say which type a name means on the page, as references
    /// do, but a kind whose page is missing gets no placeholder of its own.
    pub kind_links: Vec<Reference>,
    pub servers: Vec<String>,
    /// Named types a resource page's JSON representation shows a value of, and what
    /// that value is (`"uniqueIdType": "string"`): evidence for a type no page defines
    /// (an enum whose page is missing is a string).
    pub represented: Vec<(String, Shown)>,
    /// Members typed as one object that their type page's own JSON representation shows as
    /// one object (`"grantedTo": {"@odata.type": "microsoft.graph.identitySet"}`), by origin:
    /// an api page's request example showing an array is no reason to make them collections
    /// (a response's is).
    pub represented_one: Vec<Origin>,
    /// (derived, base): types a base type's page lists as derived from it ("The
    /// derived types are \[x\], \[y\]"), for derived pages that do not name their base.
    pub derived: Vec<(String, String)>,
    /// (type, ancestor): a type further up the chain than the page's base that its rows
    /// say they inherit from ("Inherited from \[mobileApp\]" on a page whose base is
    /// `managedApp`): where the base has no page, the base derives from it. Third, the
    /// members those rows name.
    pub inherited_from: Vec<(String, String, Vec<String>)>,
    /// (ancestor, row): rows saying they are inherited from an ancestor ("Inherited from
    /// \[deviceEnrollmentConfiguration\]"), for an ancestor's older page that lacks them.
    pub inherited_members: Vec<(String, crate::model::Property)>,
    /// (type, key): the key a resource page's annotation names (`keyProperty`) that its
    /// table does not list, for resolution to add where a response example shows it.
    pub keys: Vec<(String, crate::model::Property)>,
    /// (type, base): the base a page's prose and rows name against its annotation's
    /// ("Inherits from \[filePlanDescriptorTemplate\]" beside `baseType: …filePlanDescriptor`);
    /// resolution takes it unless the annotation's type derives from it.
    pub prose_bases: Vec<(String, String)>,
    /// Properties whose type cell links an enum's values section on the page
    /// (`[userPurpose](#userpurpose-values)`), by origin: they are typed with that enum.
    pub values_typed: Vec<crate::model::Origin>,
    /// (type, members): what a resource page's JSON representation shows beside its
    /// property table, typed from the values; resolution adds those no type of the
    /// chain documents.
    pub shown: Vec<(String, Vec<crate::model::Property>)>,
    /// Enums a namespaced page names bare and defines inline ("Possible values are …"),
    /// named in the page's namespace (`managedTenants.managementActionStatus`):
    /// resolution takes the root namespace's type of that name where another page
    /// defines one (`longRunningOperationStatus`, which namespaces reuse).
    pub in_page_namespace: Vec<String>,
    /// (type, value name, value page stem): an open type's values are all of one type
    /// (`plannerAssignments` holds a `plannerAssignment` per user id); resolution keeps it
    /// where that type is defined. A primitive's name with no stem (`Boolean`, ``) is that primitive.
    pub open_values: Vec<(String, String, String)>,
    /// (member, other kinds): a type cell offering several linked types ("\[communicationsUserIdentity\]
    /// or \[communicationsPhoneIdentity\]"), by the member's origin, with the kinds after the
    /// first; resolution types the member with their common base where they have one.
    pub member_either: Vec<(crate::model::Origin, Vec<String>)>,
    /// (member, type): the type a page's JSON representation shows for such a member
    /// (`"mediaConfig": {"@odata.type": "#microsoft.graph.mediaConfig"}` beside
    /// "\[appHostedMediaConfig\] or \[serviceHostedMediaConfig\]"), where it is none of the kinds:
    /// resolution takes it where the kinds have no common base among the inputs.
    pub either_shown: Vec<(crate::model::Origin, String)>,
    /// Enums a page calls multi-valued ("a multi-valued enumeration", "a flagged
    /// enumeration"): a value is a comma-separated set of members (`joiner,leaver`).
    pub flags: Vec<String>,
    /// Types whose page's title calls them deprecated ("tiIndicator resource type (deprecated)").
    pub deprecated_types: Vec<String>,
    /// Paths a note in an HTTP request section calls deprecated ("The `/app` path is
    /// deprecated."), with the method it names if any: every operation at or under such a
    /// path is, whichever page documents it.
    pub deprecated_paths: Vec<(Option<crate::http::Method>, String)>,
}

/// An operation and whether its id was written by the page (annotation `name`).
#[derive(Debug)]
pub struct PageOperation {
    pub operation: Operation,
    pub explicit_id: bool,
    /// Read from a request line with a query string (`GET /me/messages?$filter=…`):
    /// a variant of the operation, which the page about the operation itself outranks.
    pub variant: bool,
    /// Other types the request body's sentence offers beside the one it links first
    /// ("It can be \[educationFileResource\], \[educationLinkResource\], …"): the body
    /// is their common base, which resolution finds.
    pub body_either: Vec<String>,
    /// The type the request body's sentence names only in bold ("a JSON representation of
    /// **customerPayments** object") where nothing else describes the body.
    pub body_named_in_bold: Option<String>,
    /// The page's other success examples of this request line (JSON bodies beyond the one
    /// the first response carries): evidence of what the service sends, not emitted.
    pub more_examples: Vec<serde_json::Value>,
    /// The request bodies the page's other examples of this request line send: evidence of
    /// what callers send, not emitted.
    pub more_requests: Vec<serde_json::Value>,
}

#[cfg(test)]
mod tests {
    use super::page_stem;

    #[test]
    fn page_stems_are_lowercase_file_names_without_md() {
        assert_eq!(page_stem("../resources/teamsTab.md").as_deref(), Some("teamstab"));
        assert_eq!(page_stem("systemfacet.md#properties").as_deref(), Some("systemfacet"));
        assert_eq!(page_stem("../resources/user.md?view=graph-rest-1.0").as_deref(), Some("user"));
        assert_eq!(page_stem("https://example.com/x.md"), None);
        assert_eq!(page_stem("../resources/"), None);
        assert_eq!(page_stem("overview"), None);
    }
}
