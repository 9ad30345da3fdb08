//! What the examples show about types no page defines: walking each example
//! body along its documented shape, the JSON kind of every value whose type
//! has no page. A missing enum page is common (`categoryColor`), and an
//! enum emitted as an object would make a client fail on every response that
//! carries it; the examples tell the two apart. The same walk finds members a
//! table types as one object that the examples only ever show as lists
//! (v1.0's `application.addIns`, "[addIn]" beside `"addIns": []`), and members a
//! table spells with other letter case than every example (`userID` beside
//! `"userId"`: the examples are what the service sends), and enums whose values
//! the examples join by commas (`"searchHits, partiallyIndexed"`: flags).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use serde_json::Value;

use crate::model::{Body, Operation, Origin, Property, Shape, TypeDef, TypeKind};
use crate::types::TypeRef;

/// JSON values seen for one undefined type.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Seen {
    pub(crate) strings: usize,
    /// Objects, arrays, numbers and booleans (`null` says nothing).
    pub(crate) others: usize,
}

impl Seen {
    /// Only strings were seen: the type is a string (an enum whose page is missing).
    pub(crate) fn is_string(&self) -> bool {
        self.strings > 0 && self.others == 0
    }
}

/// Whether a member of type `ty` holds one object or one value (`|topFillerWords|String|`
/// beside `["so", "umm"]`), where an array shown for it is a list the table did not say; any
/// JSON takes an array as it is.
pub(crate) fn holds_one(ty: &TypeRef) -> bool {
    matches!(ty, TypeRef::Named(_)) || matches!(ty, TypeRef::Primitive(prim) if *prim != crate::types::Primitive::Json)
}

/// What the operations' examples show.
#[derive(Debug, Default)]
pub(crate) struct Evidence {
    /// Values seen for each type name (lowercase) that the registry does not define.
    pub(crate) undefined: HashMap<String, Seen>,
    /// Values seen for each enum (lowercase name) that only a row's "Possible values" define.
    pub(crate) listed: HashMap<String, Seen>,
    /// Enums (lowercase names) some example shows as two or more of their members joined by
    /// commas (`"searchHits, partiallyIndexed"`): OData's flags, which their pages did not say.
    pub(crate) joined: HashSet<String>,
    /// Members typed as one named object, by the property's origin: how often
    /// the examples show an array for them, how often anything else, and how often a response's
    /// example (what the service sends) shows an array.
    singles: HashMap<Origin, [usize; 3]>,
    /// Members some example spells with other letter case than their table: the
    /// pages whose examples show each spelling (a create page's request and the response
    /// echoing it are one author's one spelling).
    respelled: HashMap<Origin, BTreeMap<String, HashSet<crate::FileId>>>,
    /// Members some example spells as their table does.
    as_written: HashSet<Origin>,
    /// Members a response example shows that its type (lowercase name) does not list,
    /// its bases' included: what the service sends beyond an older page.
    pub(crate) shown_unlisted: HashMap<String, HashSet<String>>,
    /// The same for objects of a type naming for themselves a kind no input defines
    /// (`#…industryData.inboundFileFlow` answering an `inboundFlow`): what a kind sends, of
    /// which only what every kind inherits (the key) is the type's.
    pub(crate) shown_by_unknown_kind: HashMap<String, HashSet<String>>,
    /// Types (lowercase names) a response example shows with an `@odata.etag`: the service
    /// tags them, and updates and deletes send the tag back (`If-Match`).
    pub(crate) etagged: HashSet<String>,
}

impl Evidence {
    /// The members typed as one object or value that examples show only as arrays, at least
    /// once, with how many times and whether a response's example is among them.
    pub(crate) fn lists(&self) -> impl Iterator<Item = (Origin, usize, bool)> + '_ {
        self.singles
            .iter()
            .filter(|(_, [arrays, others, _])| *arrays > 0 && *others == 0)
            .map(|(o, [arrays, _, answered])| (*o, *arrays, *answered > 0))
    }

    /// The members no example spells as their table does and the examples of at least
    /// two pages spell one other way (letter case only), with that spelling and how many
    /// pages show it. One page may be a slip; two spellings say nothing.
    pub(crate) fn respellings(&self) -> impl Iterator<Item = (Origin, &str, usize)> + '_ {
        self.respelled.iter().filter(|(o, _)| !self.as_written.contains(o)).filter_map(|(o, spellings)| match spellings
            .iter()
            .collect::<Vec<_>>()[..]
        {
            [(name, pages)] if pages.len() >= 2 => Some((*o, name.as_str(), pages.len())),
            _ => None,
        })
    }
}

/// The examples of an operation beyond the ones its bodies carry.
#[derive(Debug, Clone, Copy)]
pub(crate) struct MoreExamples<'a> {
    /// Other success responses' bodies.
    pub(crate) answers: &'a [Value],
    /// Other requests' bodies.
    pub(crate) requests: &'a [Value],
}

/// What the operations' examples show for the types `registry` (keyed by
/// lowercase name) defines and does not.
///
/// Operations are walked on all cores; counts are summed, so the result does
/// not depend on the order.
/// `operations` come with the other examples their pages show for them.
pub(crate) fn examples_show<'a>(
    registry: &'a BTreeMap<String, TypeDef>,
    operations: &[(&'a Operation, MoreExamples<'a>)],
) -> Evidence {
    use rayon::prelude::*;
    operations
        .par_iter()
        .fold(
            || Walk {
                registry,
                seen: Evidence::default(),
                members: HashMap::new(),
                this_body: Default::default(),
                page: crate::FileId(0),
                responding: false,
            },
            |mut walk, &(op, more)| {
                let more_examples = more.answers;
                walk.page = op.origin.file;
                walk.responding = false;
                if let Some(body) = &op.request_body {
                    walk.body(body);
                    for example in more.requests {
                        walk.example(&body.shape, example);
                    }
                }
                walk.responding = true;
                for body in op.responses.iter().filter_map(|r| r.body.as_ref()) {
                    walk.body(body);
                }
                // The page's other examples of the operation, as its first response's body.
                if let Some(body) = op.responses.first().and_then(|r| r.body.as_ref()) {
                    for example in more_examples {
                        walk.example(&body.shape, example);
                    }
                }
                // An update's table rows are members of the entity it answers: its answers show
                // them too (onlineMeeting's `allowedPresenters`, only a response shows it).
                if let Some((rows @ Shape::Object(_), answered)) = updated_entity(op) {
                    for example in answered.example.iter().chain(more_examples) {
                        walk.example(rows, example);
                    }
                }
                walk
            },
        )
        .map(|walk| walk.seen)
        .reduce(Evidence::default, |mut all, part| {
            for (name, seen) in part.undefined {
                let total = all.undefined.entry(name).or_default();
                total.strings += seen.strings;
                total.others += seen.others;
            }
            for (name, seen) in part.listed {
                let total = all.listed.entry(name).or_default();
                total.strings += seen.strings;
                total.others += seen.others;
            }
            all.joined.extend(part.joined);
            for (origin, [arrays, others, answered]) in part.singles {
                let total = all.singles.entry(origin).or_default();
                total[0] += arrays;
                total[1] += others;
                total[2] += answered;
            }
            for (origin, spellings) in part.respelled {
                let total = all.respelled.entry(origin).or_default();
                for (name, pages) in spellings {
                    total.entry(name).or_default().extend(pages);
                }
            }
            all.as_written.extend(part.as_written);
            for (ty, names) in part.shown_unlisted {
                all.shown_unlisted.entry(ty).or_default().extend(names);
            }
            for (ty, names) in part.shown_by_unknown_kind {
                all.shown_by_unknown_kind.entry(ty).or_default().extend(names);
            }
            all.etagged.extend(part.etagged);
            all
        })
}

/// An update's (`PATCH`, `PUT`) table of members and the body answering the entity itself.
fn updated_entity(op: &Operation) -> Option<(&Shape, &Body)> {
    use crate::http::Method;
    if !matches!(op.method, Method::Patch | Method::Put) {
        return None;
    }
    let rows = &op.request_body.as_ref()?.shape;
    let answered = op.responses.first()?.body.as_ref()?;
    matches!(answered.shape, Shape::Type(TypeRef::Named(_))).then_some((rows, answered))
}

struct Walk<'a> {
    registry: &'a BTreeMap<String, TypeDef>,
    seen: Evidence,
    /// Each type name as written: its properties with its bases', or `None`
    /// when no page defines it (looked up once per name).
    members: HashMap<&'a str, Option<Arc<[&'a Property]>>>,
    /// The members seen as arrays (or not) in the body walked now: counted once per body,
    /// not once per item of a list.
    this_body: HashSet<(Origin, bool)>,
    /// The page of the operation walked now.
    page: crate::FileId,
    /// Walking a response body (what the service sends).
    responding: bool,
}

/// Deeper than any real example; guards against pathological input.
const MAX_DEPTH: usize = 64;

impl<'a> Walk<'a> {
    fn body(&mut self, body: &'a Body) {
        if let Some(example) = &body.example {
            self.example(&body.shape, example);
        }
    }

    /// One example body of the documented `shape`.
    fn example(&mut self, shape: &'a Shape, example: &'a Value) {
        self.this_body.clear();
        match shape {
            // One object wrapped in `"value"` (Intune's get pages): the object.
            Shape::Type(t) => match example.as_object().and_then(|o| o.get("value").filter(|_| o.len() == 1)) {
                Some(inner @ Value::Object(_)) => self.value(inner, t, 0),
                // One string wrapped as OData wraps any single result (`{"value": "pending"}`
                // answering a `globalDeviceHealthScriptState` whose page is missing): that value.
                // Not a request (a body of the type is an object of it, `value` its member), nor an
                // object naming its own `@odata.type`.
                _ => match crate::extract::one_value(example)
                    .filter(|_| self.responding && example.get("@odata.type").is_none())
                {
                    Some(inner @ Value::String(_)) => self.value(inner, t, 0),
                    _ => self.value(example, t, 0),
                },
            },
            Shape::CollectionPage(t) => {
                for item in example.get("value").and_then(Value::as_array).into_iter().flatten() {
                    self.value(item, t, 1);
                }
            }
            Shape::Object(props) => self.members(example, &props.iter().collect::<Vec<_>>(), 0, None),
            Shape::Raw | Shape::References { .. } => {}
        }
    }

    fn value(&mut self, v: &'a Value, t: &'a TypeRef, depth: usize) {
        if depth > MAX_DEPTH || v.is_null() {
            return;
        }
        match t {
            TypeRef::Collection(inner) => {
                for item in v.as_array().into_iter().flatten() {
                    self.value(item, inner, depth + 1);
                }
            }
            TypeRef::Named(name) => {
                let registry = self.registry;
                let members = self.members.entry(name.as_str()).or_insert_with(|| {
                    registry.contains_key(&name.to_ascii_lowercase()).then(|| properties(registry, name).into())
                });
                match members {
                    // A shared handle: the walk below needs `self` again.
                    Some(props) => {
                        let props = Arc::clone(props);
                        // A type of no members (an enum): one only a row's "Possible values" define
                        // is watched for objects.
                        if props.is_empty() && !v.is_null() {
                            let lower = name.to_ascii_lowercase();
                            let defined = registry.get(&lower);
                            if let Value::String(s) = v
                                && s.contains(',')
                                && defined.is_some_and(|t| joins_members(t, s))
                            {
                                self.seen.joined.insert(lower.clone());
                            }
                            if defined.is_some_and(|t| t.source == crate::model::TypeSource::PossibleValues) {
                                // A number or a boolean (`"volumeType": 1`) is an example's slip for
                                // a value: only objects and arrays say the type is no enum.
                                let seen = self.seen.listed.entry(lower).or_default();
                                if v.is_string() {
                                    seen.strings += 1
                                } else if v.is_object() || v.is_array() {
                                    seen.others += 1
                                }
                            }
                        }
                        self.members(v, &props, depth, Some(name));
                    }
                    None => {
                        let seen = self.seen.undefined.entry(name.to_ascii_lowercase()).or_default();
                        if v.is_string() {
                            seen.strings += 1
                        } else {
                            seen.others += 1
                        }
                        // A type no page defines: an object of it naming a type a page defines
                        // shows that type's members.
                        self.as_kind(v, name, depth);
                    }
                }
            }
            TypeRef::Primitive(_) | TypeRef::Unknown(_) => {}
        }
    }

    /// An object of `owner` naming for itself a kind the inputs define that derives from it, or
    /// an object type a resource page defines (an `educationRubricOutcome` in a list of
    /// `educationOutcome`s): walked as that type, what it shows is the type's. Returns whether
    /// the object was walked so.
    fn as_kind(&mut self, v: &'a Value, owner: &str, depth: usize) -> bool {
        let Some(kind) = own_type(v) else { return false };
        let registry = self.registry;
        // A kind of the owner, or a type a resource page defines (the service names the type of
        // what it sends; `educationRubricOutcome`'s page names no base).
        let derived =
            || crate::resolve::ancestors(registry, kind).iter().skip(1).any(|a| a.eq_ignore_ascii_case(owner));
        let paged = || {
            registry.get(&kind.to_ascii_lowercase()).is_some_and(|t| {
                t.source == crate::model::TypeSource::Page && matches!(t.kind, TypeKind::Object { .. })
            })
        };
        if kind.eq_ignore_ascii_case(owner) || !(derived() || paged()) {
            return false;
        }
        let known = self
            .members
            .entry(kind)
            .or_insert_with(|| {
                registry.contains_key(&kind.to_ascii_lowercase()).then(|| properties(registry, kind).into())
            })
            .clone();
        let Some(kind_props) = known else { return false };
        self.members(v, &kind_props, depth, Some(kind));
        true
    }

    /// The members of an object of the type `owner` (none for an inline object), `props` its properties.
    fn members(&mut self, v: &'a Value, props: &[&'a Property], depth: usize, owner: Option<&str>) {
        let Some(object) = v.as_object() else { return };
        // An object naming another type for itself (a derived kind in a base-typed list):
        // its extra members are that kind's, not the owner's.
        let kind = own_type(v);
        let other_kind = |owner: &str| kind.is_some_and(|t| !t.eq_ignore_ascii_case(owner));
        if let Some(owner) = owner.filter(|o| other_kind(o))
            && self.as_kind(v, owner, depth)
        {
            return;
        }
        // Of a kind no input defines: what it shows beyond the type is recorded apart.
        let unknown_kind = owner
            .filter(|o| other_kind(o) && kind.is_some_and(|k| !self.registry.contains_key(&k.to_ascii_lowercase())));
        let owner = owner.filter(|o| !other_kind(o));
        for (name, member) in object {
            let p = match props.iter().find(|p| p.name == *name) {
                Some(p) => {
                    self.seen.as_written.insert(p.origin);
                    Some(p)
                }
                None => {
                    let p = props.iter().find(|p| p.name.eq_ignore_ascii_case(name));
                    // A member its type does not list, in an answer: an etag, or what the service sends
                    // beyond an older page.
                    if let (None, Some(base), true) = (p, unknown_kind, self.responding)
                        && !name.contains('@')
                    {
                        self.seen
                            .shown_by_unknown_kind
                            .entry(base.to_ascii_lowercase())
                            .or_default()
                            .insert(name.clone());
                    }
                    if let (None, Some(owner), true) = (p, owner, self.responding) {
                        if name == "@odata.etag" {
                            self.seen.etagged.insert(owner.to_ascii_lowercase());
                        } else if !name.contains('@') {
                            self.seen
                                .shown_unlisted
                                .entry(owner.to_ascii_lowercase())
                                .or_default()
                                .insert(name.clone());
                        }
                    }
                    if let Some(p) = p {
                        let spellings = self.seen.respelled.entry(p.origin).or_default();
                        match spellings.get_mut(name.as_str()) {
                            Some(pages) => {
                                pages.insert(self.page);
                            }
                            None => {
                                spellings.insert(name.clone(), HashSet::from([self.page]));
                            }
                        }
                    }
                    p
                }
            };
            if let Some(p) = p {
                if holds_one(&p.ty) && !member.is_null() {
                    if self.this_body.insert((p.origin, member.is_array())) {
                        let counts = self.seen.singles.entry(p.origin).or_default();
                        counts[usize::from(!member.is_array())] += 1;
                        if member.is_array() && self.responding {
                            counts[2] += 1;
                        }
                    }
                    // The items of such a list are what the type is seen as (`"roles": ["reader"]`
                    // for a `thingRole` without a page: strings).
                    if let Some(items) = member.as_array() {
                        for item in items {
                            self.value(item, &p.ty, depth + 1);
                        }
                        continue;
                    }
                }
                self.value(member, &p.ty, depth + 1);
            }
        }
    }
}

/// Whether `value` is two or more members of the enum `t` joined by commas (`"a, b"`, `"a,b"`).
fn joins_members(t: &TypeDef, value: &str) -> bool {
    let TypeKind::Enum { members } = &t.kind else { return false };
    let mut parts = 0;
    for part in value.split(',') {
        let part = part.trim();
        if !members.iter().any(|m| m.name.eq_ignore_ascii_case(part)) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// The type an object names for itself (`"@odata.type": "#microsoft.graph.x"` → `x`).
fn own_type(v: &Value) -> Option<&str> {
    let t = v.get("@odata.type")?.as_str()?.trim_start_matches('#');
    Some(t.strip_prefix("microsoft.graph.").unwrap_or(t))
}

/// A type's properties with its base chain's (a derived type's example
/// carries its bases' properties).
fn properties<'a>(registry: &'a BTreeMap<String, TypeDef>, name: &str) -> Vec<&'a Property> {
    crate::resolve::ancestors(registry, name)
        .iter()
        .filter_map(|n| match registry.get(&n.to_ascii_lowercase()).map(|t| &t.kind) {
            Some(TypeKind::Object { properties, .. }) => Some(properties),
            _ => None,
        })
        .flatten()
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::{SourceFile, convert};

    const RESOURCE: &str = "---\ndoc_type: resourcePageType\n---\n# thing resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|color|thingColor|The color.|\n|shape|thingShape|The shape.|\n|kind|thingKind|Never in an example.|\n";

    fn api(example: &str) -> String {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get thing\n\n## HTTP request\n```http\nGET /things/{{id}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [thing](../resources/thing.md) object in the response body.\n\n## Example\n### Request\n```http\nGET https://graph.microsoft.com/v1.0/things/1\n```\n### Response\n<!-- {{\n  \"blockType\": \"response\",\n  \"@odata.type\": \"microsoft.graph.thing\"\n}} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{example}\n```\n"
        )
    }

    fn schemas(example: &str) -> (serde_json::Value, Vec<String>) {
        let c = convert(vec![
            SourceFile::new("api/thing-get.md", api(example)),
            SourceFile::new("resources/thing.md", RESOURCE),
        ]);
        let messages = c.diagnostics.iter().map(|d| d.message.clone()).collect();
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        (json["components"]["schemas"].clone(), messages)
    }

    #[test]
    fn types_without_a_page_follow_what_the_examples_show() {
        let (s, messages) = schemas(r#"{"id": "1", "color": "red", "shape": {"sides": 3}}"#);
        assert_eq!(s["thingColor"]["type"], "string", "strings only: a string");
        assert_eq!(s["thingShape"]["type"], "object", "an object: an open object");
        assert_eq!(s["thingKind"]["type"], "object", "no evidence: an open object");
        assert!(
            messages.iter().any(|m| m.contains("`thingColor`") && m.contains("emitted as a string")),
            "{messages:?}"
        );
        assert!(messages.iter().any(|m| m.contains("`thingShape`") && m.contains("open object")), "{messages:?}");
    }

    #[test]
    fn a_member_typed_as_one_object_that_examples_show_as_lists_is_a_list() {
        // v1.0's application: `|addIns|[addIn](addin.md)|` beside `"addIns": []`.
        let resource = RESOURCE.replace("|shape|thingShape|", "|parts|[part](part.md)|").replace(
            "|kind|thingKind|",
            "|part|[part](part.md)|The main part.|\n|spare|[part](part.md)|A spare.|\n|kind|thingKind|",
        );
        let part = "---\ndoc_type: resourcePageType\n---\n# part resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|name|String|The name.|\n";
        let example = r#"{"id": "1", "parts": [], "part": {"name": "a"}, "spare": null}"#;
        let c = convert(vec![
            SourceFile::new("api/thing-get.md", api(example)),
            SourceFile::new("resources/thing.md", resource),
            SourceFile::new("resources/part.md", part),
        ]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let p = &json["components"]["schemas"]["thing"]["properties"];
        assert_eq!(p["parts"]["type"], "array", "{}", p["parts"]);
        assert_eq!(p["parts"]["items"]["$ref"], "#/components/schemas/part");
        assert_ne!(p["part"]["type"], "array", "an object shown: one");
        assert_ne!(p["spare"]["type"], "array", "null says nothing");
        // A list of strings of a type without a page: a list of strings.
        let (s, _) = schemas(r#"{"id": "1", "shape": ["round", "square"]}"#);
        assert_eq!(s["thing"]["properties"]["shape"]["type"], "array");
        assert_eq!(s["thingShape"]["type"], "string", "{}", s["thingShape"]);
        assert!(
            c.diagnostics
                .iter()
                .any(|d| d.code == crate::codes::EXAMPLE_TYPE_MISMATCH && d.message.contains("`parts`")),
            "{:?}",
            c.diagnostics
        );
    }

    #[test]
    fn a_member_every_example_spells_in_other_letter_case_takes_the_examples_spelling() {
        // v1.0's teamworkTagMember: `|userID|String|` beside `"userId"` in every body.
        let resource = RESOURCE.replace(
            "|kind|thingKind|Never in an example.|",
            "|userID|String|The user.|\n|ownerID|String|The owner.|\n|tenantID|String|The tenant.|",
        );
        let get = |path: &str, example: &str| {
            api(example).replace("GET /things/{id}", path).replace("v1.0/things/1", &path[5..])
        };
        let convert_with = |second: &str| {
            let c = convert(vec![
                SourceFile::new(
                    "api/thing-get.md",
                    get("GET /things/{id}", r#"{"id": "1", "userId": "u", "ownerId": "o", "tenantID": "t"}"#),
                ),
                SourceFile::new("api/thing-get-mine.md", get("GET /me/thing", second)),
                SourceFile::new("resources/thing.md", resource.clone()),
            ]);
            let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
            (json["components"]["schemas"]["thing"]["properties"].clone(), c.diagnostics.clone())
        };
        let (p, diags) = convert_with(r#"{"id": "2", "userId": "v", "ownerID": "p", "tenantId": "s", "Id": "3"}"#);
        assert_eq!(p["userId"]["type"], "string", "two bodies spell it so: {p}");
        assert!(p.get("userID").is_none(), "{p}");
        assert!(p.get("ownerID").is_some() && p.get("ownerId").is_none(), "one body spells it as the table: {p}");
        assert!(p.get("tenantID").is_some() && p.get("tenantId").is_none(), "{p}");
        assert!(
            diags.iter().any(|d| d.code == crate::codes::EXAMPLE_UNDOCUMENTED_PROPERTY
                && d.message.contains("`userID`")
                && d.message.contains("`userId`")),
            "{diags:?}"
        );
        // `id` stays: one body spells it as the table does (`Id` in the other).
        assert!(p.get("id").is_some() && p.get("Id").is_none(), "{p}");
        let (p, _) = convert_with(r#"{"id": "2", "userId": "v", "ownerID": "p", "TenantID": "s"}"#);
        let (p2, _) = {
            let resource = resource.replace("|tenantID|", "|tenantId|");
            let c = convert(vec![
                SourceFile::new("api/thing-get.md", get("GET /things/{id}", r#"{"id": "1", "TenantId": "t"}"#)),
                SourceFile::new("api/thing-get-mine.md", get("GET /me/thing", r#"{"id": "2", "TenantId": "s"}"#)),
                SourceFile::new("resources/thing.md", resource),
            ]);
            let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
            (json["components"]["schemas"]["thing"]["properties"].clone(), ())
        };
        assert!(p.get("tenantID").is_some(), "two spellings: {p}");
        assert!(p2.get("tenantId").is_some() && p2.get("TenantId").is_none(), "not away from lower camel case: {p2}");
        // A create page's request and the response echoing it are one page's one spelling.
        let create = "---\ndoc_type: apiPageType\n---\n# Create thing\n\n## HTTP request\n```http\nPOST /things\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [thing](../resources/thing.md) object.\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [thing](../resources/thing.md) object in the response body.\n\n## Example\n```http\nPOST https://graph.microsoft.com/v1.0/things\nContent-type: application/json\n\n{\"userId\": \"u\"}\n```\n\n<!-- {\"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.thing\"} -->\n```http\nHTTP/1.1 201 Created\nContent-type: application/json\n\n{\"id\": \"1\", \"userId\": \"u\"}\n```\n";
        let c = convert(vec![
            SourceFile::new("api/thing-post.md", create),
            SourceFile::new("api/thing-get.md", get("GET /things/{id}", r#"{"id": "1"}"#)),
            SourceFile::new("resources/thing.md", resource.clone()),
        ]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let echoed = &json["components"]["schemas"]["thing"]["properties"];
        assert!(echoed.get("userID").is_some() && echoed.get("userId").is_none(), "one page: {echoed}");
        // One body is not enough; two spellings say nothing.
        let (p, _) = convert_with(r#"{"id": "2"}"#);
        assert!(p.get("userID").is_some(), "one body: {p}");
        let (p, _) = convert_with(r#"{"id": "2", "userid": "v"}"#);
        assert!(p.get("userID").is_some(), "two spellings: {p}");
    }

    #[test]
    fn mixed_evidence_keeps_the_open_object() {
        // `{}` (how some pages elide an enum value) counts as an object.
        let (s, _) = schemas(r#"{"id": "1", "color": {}}"#);
        assert_eq!(s["thingColor"]["type"], "object");
        let (s, _) = schemas(r#"{"id": "1", "color": null}"#);
        assert_eq!(s["thingColor"]["type"], "object", "null says nothing");
    }

    /// One page, two request lines, one example: one page's one spelling, not two.
    #[test]
    fn one_example_on_a_page_of_two_lines_is_one_body() {
        // Intune's `azureADDeviceId` (two capitals in a row, as the service sends it), one
        // hand-written example slipping to `azureAdDeviceId`.
        let resource =
            RESOURCE.replace("|kind|thingKind|Never in an example.|", "|azureADDeviceId|String|The device.|");
        let page = api(r#"{"id": "1", "azureAdDeviceId": "d"}"#)
            .replace("GET /things/{id}\n", "GET /things/{id}\nGET /me/things/{id}\n");
        let c =
            convert(vec![SourceFile::new("api/thing-get.md", page), SourceFile::new("resources/thing.md", resource)]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let p = &json["components"]["schemas"]["thing"]["properties"];
        assert!(p.get("azureADDeviceId").is_some() && p.get("azureAdDeviceId").is_none(), "one example body: {p}");
    }

    /// A create page's request and its echoed response are one author's one spelling.
    #[test]
    fn a_request_and_its_echo_are_one_slip() {
        let resource =
            RESOURCE.replace("|kind|thingKind|Never in an example.|", "|azureADDeviceId|String|The device.|");
        let create = "---\ndoc_type: apiPageType\n---\n# Create thing\n\n## HTTP request\n```http\nPOST /things\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [thing](../resources/thing.md) object.\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [thing](../resources/thing.md) object in the response body.\n\n## Example\n### Request\n<!-- {\n  \"blockType\": \"request\",\n  \"name\": \"create_thing\"\n} -->\n```http\nPOST https://graph.microsoft.com/v1.0/things\nContent-type: application/json\n\n{\"azureAdDeviceId\": \"d\"}\n```\n### Response\n<!-- {\n  \"blockType\": \"response\",\n  \"@odata.type\": \"microsoft.graph.thing\"\n} -->\n```http\nHTTP/1.1 201 Created\nContent-type: application/json\n\n{\"id\": \"1\", \"azureAdDeviceId\": \"d\"}\n```\n";
        let c = convert(vec![
            SourceFile::new("api/thing-post.md", create),
            SourceFile::new("api/thing-get.md", api(r#"{"id": "1"}"#)),
            SourceFile::new("resources/thing.md", resource),
        ]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let p = &json["components"]["schemas"]["thing"]["properties"];
        assert!(p.get("azureADDeviceId").is_some() && p.get("azureAdDeviceId").is_none(), "one page's slip: {p}");
    }
}
