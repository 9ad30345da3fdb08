//! For every rule: a base/revision pair written for it, checked to report
//! the rule at its level. Plus the Rust impact decided per change.

mod common;

use common::*;
use contract_diff::{RustImpact, diff, rules};
use serde_json::{Value, json};

/// A case: the rule it triggers, and the edits making the base and the revision.
type Case = (&'static str, fn(&mut Value, &mut Value));

const GET: &str = "/paths/~1things~1{id}/get";

fn cases() -> Vec<Case> {
    vec![
        ("endpoint-added", |_, r| set(r, GET, json!({"operationId": "get_thing", "responses": {}}))),
        ("api-path-removed-without-deprecation", |_, r| remove(r, "/paths/~1others")),
        ("api-path-removed-with-deprecation", |b, r| {
            set(b, "/paths/~1others/get/deprecated", json!(true));
            remove(r, "/paths/~1others");
        }),
        ("api-removed-without-deprecation", |b, _| set(b, GET, json!({"operationId": "get_thing", "responses": {}}))),
        ("api-removed-with-deprecation", |b, _| {
            set(b, GET, json!({"operationId": "get_thing", "deprecated": true, "responses": {}}))
        }),
        ("endpoint-deprecated", |_, r| set(r, &format!("{OP}/deprecated"), json!(true))),
        ("api-operation-id-removed", |_, r| set(r, &format!("{OP}/operationId"), json!("patch_thing"))),
        ("api-operation-id-added", |b, _| remove(b, &format!("{OP}/operationId"))),
        ("new-required-request-parameter", |_, r| {
            let p = json!({"in": "header", "name": "If-Match", "required": true, "schema": {"type": "string"}});
            push(r, &format!("{OP}/parameters"), p)
        }),
        ("new-optional-request-parameter", |_, r| {
            push(r, &format!("{OP}/parameters"), json!({"in": "query", "name": "skip", "schema": {"type": "integer"}}))
        }),
        ("request-parameter-removed", |_, r| remove(r, &format!("{OP}/parameters/1"))),
        ("request-parameter-became-required", |_, r| set(r, &format!("{OP}/parameters/1/required"), json!(true))),
        ("request-parameter-became-optional", |b, _| set(b, &format!("{OP}/parameters/1/required"), json!(true))),
        ("request-parameter-type-changed", |_, r| set(r, &format!("{OP}/parameters/1/schema/type"), json!("integer"))),
        ("request-parameter-became-enum", |_, r| set(r, &format!("{OP}/parameters/1/schema/enum"), json!(["a", "b"]))),
        ("request-parameter-enum-value-added", |_, r| {
            set(r, &format!("{OP}/parameters/2/schema/enum"), json!(["x", "y", "z"]))
        }),
        ("request-parameter-enum-value-removed", |_, r| {
            set(r, &format!("{OP}/parameters/2/schema/enum"), json!(["x"]))
        }),
        ("request-parameter-default-value-changed", |_, r| {
            set(r, &format!("{OP}/parameters/1/schema/default"), json!("b"))
        }),
        ("request-parameter-default-value-added", |_, r| {
            set(r, &format!("{OP}/parameters/2/schema/default"), json!("x"))
        }),
        ("request-parameter-default-value-removed", |_, r| remove(r, &format!("{OP}/parameters/1/schema/default"))),
        ("request-parameter-became-nullable", |_, r| {
            set(r, &format!("{OP}/parameters/1/schema/nullable"), json!(true))
        }),
        ("request-parameter-became-not-nullable", |b, _| {
            set(b, &format!("{OP}/parameters/1/schema/nullable"), json!(true))
        }),
        ("request-body-added-required", |b, _| remove(b, &format!("{OP}/requestBody"))),
        ("request-body-added-optional", |b, r| {
            remove(b, &format!("{OP}/requestBody"));
            set(r, &format!("{OP}/requestBody/required"), json!(false));
        }),
        ("request-body-removed", |_, r| remove(r, &format!("{OP}/requestBody"))),
        ("request-body-became-required", |b, _| set(b, &format!("{OP}/requestBody/required"), json!(false))),
        ("request-body-became-optional", |_, r| set(r, &format!("{OP}/requestBody/required"), json!(false))),
        ("request-body-media-type-added", |_, r| {
            set(r, &format!("{OP}/requestBody/content/text~1plain"), json!({"schema": {"type": "string"}}))
        }),
        ("request-body-media-type-removed", |_, r| {
            let json = format!("{OP}/requestBody/content/application~1json");
            let s = r.pointer(&json).unwrap().clone();
            remove(r, &json);
            set(r, &format!("{OP}/requestBody/content/application~1xml"), s);
        }),
        ("new-required-request-property", |_, r| {
            set(r, &format!("{THING}/properties/color"), json!({"type": "string"}));
            push(r, &format!("{THING}/required"), json!("color"));
        }),
        ("new-optional-request-property", |_, r| {
            set(r, &format!("{THING}/properties/color"), json!({"type": "string"}))
        }),
        ("request-property-removed", |_, r| remove(r, &format!("{THING}/properties/size"))),
        ("request-property-became-required", |_, r| push(r, &format!("{THING}/required"), json!("size"))),
        ("request-property-became-optional", |_, r| set(r, &format!("{THING}/required"), json!(["count"]))),
        ("request-property-type-changed", |_, r| set(r, &format!("{THING}/properties/size/format"), json!("int64"))),
        ("request-property-became-enum", |_, r| set(r, &format!("{THING}/properties/name/enum"), json!(["a", "b"]))),
        ("request-property-enum-value-removed", |_, r| set(r, "/components/schemas/state/oneOf/0/enum", json!(["on"]))),
        ("request-property-enum-value-added", |_, r| {
            set(r, "/components/schemas/state/oneOf/0/enum", json!(["on", "off", "auto"]))
        }),
        ("request-optional-property-became-read-only", |_, r| {
            set(r, &format!("{THING}/properties/size/readOnly"), json!(true))
        }),
        ("request-required-property-became-read-only", |_, r| {
            set(r, &format!("{THING}/properties/name/readOnly"), json!(true))
        }),
        ("request-property-became-not-nullable", |_, r| {
            set(r, &format!("{THING}/properties/note/nullable"), json!(false))
        }),
        ("request-property-became-nullable", |_, r| set(r, &format!("{THING}/properties/size/nullable"), json!(true))),
        ("response-success-status-added", |_, r| {
            let ok = r.pointer(&format!("{OP}/responses/200")).unwrap().clone();
            set(r, &format!("{OP}/responses/201"), ok);
        }),
        ("response-success-status-removed", |_, r| remove(r, &format!("{OP}/responses/200"))),
        ("response-non-success-status-added", |_, r| {
            let err = r.pointer(&format!("{OP}/responses/4XX")).unwrap().clone();
            set(r, &format!("{OP}/responses/5XX"), err);
        }),
        ("response-non-success-status-removed", |_, r| remove(r, &format!("{OP}/responses/4XX"))),
        ("response-media-type-added", |_, r| {
            set(r, &format!("{OP}/responses/200/content/text~1csv"), json!({"schema": {"type": "string"}}))
        }),
        ("response-media-type-removed", |_, r| remove(r, &format!("{OP}/responses/200/content/application~1json"))),
        ("response-header-added", |_, r| {
            set(r, &format!("{OP}/responses/200/headers"), json!({"ETag": {"schema": {"type": "string"}}}))
        }),
        ("required-response-header-removed", |b, _| {
            set(
                b,
                &format!("{OP}/responses/200/headers"),
                json!({"Location": {"required": true, "schema": {"type": "string"}}}),
            )
        }),
        ("optional-response-header-removed", |b, _| {
            set(b, &format!("{OP}/responses/200/headers"), json!({"ETag": {"schema": {"type": "string"}}}))
        }),
        ("response-header-became-optional", |b, r| {
            set(
                b,
                &format!("{OP}/responses/200/headers"),
                json!({"Location": {"required": true, "schema": {"type": "string"}}}),
            );
            set(r, &format!("{OP}/responses/200/headers"), json!({"location": {"schema": {"type": "string"}}}));
        }),
        ("response-header-type-changed", |b, r| {
            set(b, &format!("{OP}/responses/200/headers"), json!({"ETag": {"schema": {"type": "string"}}}));
            set(r, &format!("{OP}/responses/200/headers"), json!({"ETag": {"schema": {"type": "integer"}}}));
        }),
        ("response-header-became-required", |b, r| {
            set(b, &format!("{OP}/responses/200/headers"), json!({"Location": {"schema": {"type": "string"}}}));
            set(
                r,
                &format!("{OP}/responses/200/headers"),
                json!({"Location": {"required": true, "schema": {"type": "string"}}}),
            );
        }),
        ("response-required-property-added", |_, r| {
            set(r, &format!("{THING}/properties/color"), json!({"type": "string"}));
            push(r, &format!("{THING}/required"), json!("color"));
        }),
        ("response-optional-property-added", |_, r| {
            set(r, &format!("{THING}/properties/color"), json!({"type": "string"}))
        }),
        ("response-required-property-removed", |_, r| {
            remove(r, &format!("{THING}/properties/count"));
            set(r, &format!("{THING}/required"), json!(["name"]));
        }),
        ("response-optional-property-removed", |_, r| remove(r, &format!("{THING}/properties/size"))),
        ("response-property-became-optional", |_, r| set(r, &format!("{THING}/required"), json!(["name"]))),
        ("response-property-became-required", |_, r| push(r, &format!("{THING}/required"), json!("size"))),
        ("response-property-type-changed", |_, r| set(r, &format!("{THING}/properties/size/type"), json!("string"))),
        ("response-property-became-enum", |_, r| set(r, &format!("{THING}/properties/name/enum"), json!(["a"]))),
        ("response-property-enum-value-added", |_, r| {
            set(r, "/components/schemas/state/oneOf/0/enum", json!(["on", "off", "auto"]))
        }),
        ("response-property-enum-value-removed", |_, r| {
            set(r, "/components/schemas/state/oneOf/0/enum", json!(["on"]))
        }),
        ("response-property-became-nullable", |_, r| set(r, &format!("{THING}/properties/size/nullable"), json!(true))),
        ("response-property-became-not-nullable", |_, r| {
            set(r, &format!("{THING}/properties/note/nullable"), json!(false))
        }),
        ("request-property-additional-properties-narrowed", |_, r| {
            set(r, &format!("{THING}/additionalProperties"), json!({"type": "string"}))
        }),
        ("request-property-additional-properties-widened", |b, _| {
            set(b, &format!("{THING}/additionalProperties"), json!({"type": "string"}))
        }),
        ("response-property-additional-properties-narrowed", |_, r| {
            set(r, &format!("{THING}/additionalProperties"), json!(false))
        }),
        ("response-property-additional-properties-widened", |b, _| {
            set(b, &format!("{THING}/additionalProperties"), json!({"type": "string"}))
        }),
        ("schema-reference-changed", |_, r| rename_error(r)),
        ("api-schema-removed", |_, r| rename_error(r)),
        ("api-security-added", |_, r| push(r, &format!("{OP}/security"), json!({"id": ["Things.All"]}))),
        ("api-security-removed", |_, r| remove(r, &format!("{OP}/security/1"))),
        ("api-security-scope-added", |b, r| {
            set(b, &format!("{OP}/security"), json!([{"id": ["Things.Read"]}]));
            set(r, &format!("{OP}/security"), json!([{"id": ["Things.Read", "Things.Extra"]}]));
        }),
        ("api-security-scope-removed", |b, r| {
            set(b, &format!("{OP}/security"), json!([{"id": ["Things.Read", "Things.Extra"]}]));
            set(r, &format!("{OP}/security"), json!([{"id": ["Things.Read"]}]));
        }),
        ("api-global-security-added", |_, r| push(r, "/security", json!({"key": []}))),
        ("api-global-security-removed", |b, _| push(b, "/security", json!({"key": []}))),
        ("api-global-security-scope-added", |_, r| set(r, "/security/0/id", json!(["s"]))),
        ("api-global-security-scope-removed", |b, _| set(b, "/security/0/id", json!(["s"]))),
        ("api-security-component-added", |_, r| {
            set(r, "/components/securitySchemes/key", json!({"type": "apiKey", "in": "header", "name": "k"}))
        }),
        ("api-security-component-removed", |b, _| {
            set(b, "/components/securitySchemes/key", json!({"type": "apiKey", "in": "header", "name": "k"}))
        }),
        ("api-security-component-oauth-scope-added", |_, r| {
            set(r, "/components/securitySchemes/id/flows/clientCredentials/scopes/b", json!("b"))
        }),
        ("api-security-component-oauth-scope-removed", |_, r| {
            remove(r, "/components/securitySchemes/id/flows/clientCredentials/scopes/a")
        }),
        ("api-server-added", |_, r| push(r, "/servers", json!({"url": "https://graph.microsoft.com/v1.0"}))),
        ("api-server-removed", |_, r| set(r, "/servers", json!([]))),
    ]
}

/// The error schema renamed: a new component, the old one gone.
fn rename_error(r: &mut Value) {
    let e = r.pointer("/components/schemas/error").unwrap().clone();
    remove(r, "/components/schemas/error");
    set(r, "/components/schemas/ODataError", e);
    set(
        r,
        &format!("{OP}/responses/4XX/content/application~1json/schema/$ref"),
        json!("#/components/schemas/ODataError"),
    );
}

/// Where each constraint keyword is tried: a parameter, and a property of `thing`.
fn constraint_target(prefix: &str, keyword: &str) -> String {
    let (param, prop) = match keyword {
        "maxLength" | "minLength" | "pattern" => (1, "name"),
        "maximum" | "minimum" => (3, "size"),
        _ => (4, "tags"),
    };
    if prefix == "request-parameter" {
        format!("{OP}/parameters/{param}/schema/{keyword}")
    } else {
        format!("{THING}/properties/{prop}/{keyword}")
    }
}

/// The constraint rules: `PREFIX-KEYWORD-EVENT`, made from the id.
fn constraint_case(id: &str) -> Option<(Value, Value)> {
    const KEYWORDS: &[(&str, &str)] = &[
        ("max-length", "maxLength"),
        ("min-length", "minLength"),
        ("max-items", "maxItems"),
        ("min-items", "minItems"),
        ("max", "maximum"),
        ("min", "minimum"),
        ("pattern", "pattern"),
    ];
    let prefix =
        ["request-parameter", "request-property", "response-property"].into_iter().find(|p| id.starts_with(p))?;
    let rest = &id[prefix.len() + 1..];
    let (kw, event) = KEYWORDS.iter().find_map(|(k, json)| Some((*json, rest.strip_prefix(k)?.strip_prefix('-')?)))?;
    let (x, y) = match (kw, event) {
        ("pattern", "added") => (None, Some(json!("^a"))),
        ("pattern", "removed") => (Some(json!("^a")), None),
        ("pattern", "changed") => (Some(json!("^a")), Some(json!("^b"))),
        (_, "increased") => (Some(json!(5)), Some(json!(10))),
        (_, "decreased") => (Some(json!(10)), Some(json!(5))),
        (_, "set") => (None, Some(json!(5))),
        (_, "unset") => (Some(json!(5)), None),
        _ => return None,
    };
    let target = constraint_target(prefix, kw);
    let (mut b, mut r) = (base(), base());
    if let Some(x) = x {
        set(&mut b, &target, x);
    }
    if let Some(y) = y {
        set(&mut r, &target, y);
    }
    Some((b, r))
}

fn pair(id: &str, cases: &[Case]) -> (Value, Value) {
    if let Some((_, make)) = cases.iter().find(|(c, _)| *c == id) {
        let (mut b, mut r) = (base(), base());
        make(&mut b, &mut r);
        return (b, r);
    }
    constraint_case(id).unwrap_or_else(|| panic!("rule {id} has no case"))
}

#[test]
fn every_rule_has_a_case_that_reports_it_at_its_level() {
    let cases = cases();
    for rule in rules::RULES {
        let (b, r) = pair(rule.id, &cases);
        let changes = diff(&b, &r);
        let hit = changes.iter().find(|c| c.rule.id == rule.id);
        let got: Vec<_> = changes.iter().map(|c| c.rule.id).collect();
        assert!(hit.is_some(), "{}: not reported; got {got:?}", rule.id);
        assert_eq!(hit.unwrap().level(), rule.level, "{}", rule.id);
    }
    assert!(rules::RULES.len() >= 150, "{}", rules::RULES.len());
}

#[test]
fn rule_ids_are_unique() {
    let mut ids: Vec<_> = rules::RULES.iter().map(|r| r.id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), rules::RULES.len());
}

/// The Rust impact follows the generated types, not just the rule.
#[test]
fn rust_impact_is_decided_per_change() {
    let impact = |edit: fn(&mut Value), id: &str| {
        let mut r = base();
        edit(&mut r);
        let changes = diff(&base(), &r);
        changes.iter().find(|c| c.rule.id == id).unwrap_or_else(|| panic!("{id}: {changes:?}")).rust
    };
    // `uri` is not a format typify maps: still `String`.
    let f: fn(&mut Value) = |r| set(r, &format!("{THING}/properties/name/format"), json!("uri"));
    assert_eq!(impact(f, "request-property-type-changed"), RustImpact::None);
    let f: fn(&mut Value) = |r| set(r, &format!("{THING}/properties/name/format"), json!("date-time"));
    assert_eq!(impact(f, "request-property-type-changed"), RustImpact::Compile);
    // An optional property is `Option<T>` whether nullable or not; a required one changes type.
    let f: fn(&mut Value) = |r| set(r, &format!("{THING}/properties/size/nullable"), json!(true));
    assert_eq!(impact(f, "response-property-became-nullable"), RustImpact::None);
    let f: fn(&mut Value) = |r| set(r, &format!("{THING}/properties/count/nullable"), json!(true));
    assert_eq!(impact(f, "response-property-became-nullable"), RustImpact::Compile);
    // A nullable property is `Option<T>` whether required or not.
    let f: fn(&mut Value) = |r| push(r, &format!("{THING}/required"), json!("note"));
    assert_eq!(impact(f, "request-property-became-required"), RustImpact::None);
    // A first length limit turns `String` into a validating newtype; a changed one only validates differently.
    let f: fn(&mut Value) = |r| set(r, &format!("{THING}/properties/name/maxLength"), json!(5));
    assert_eq!(impact(f, "request-property-max-length-set"), RustImpact::Compile);
    // Another error status with the same body type leaves the error type alone.
    let f: fn(&mut Value) = |r| {
        let err = r.pointer(&format!("{OP}/responses/4XX")).unwrap().clone();
        set(r, &format!("{OP}/responses/5XX"), err);
    };
    assert_eq!(impact(f, "response-non-success-status-added"), RustImpact::None);
    // Without a JSON body the success type becomes `()`.
    let f: fn(&mut Value) = |r| remove(r, &format!("{OP}/responses/200/content/application~1json"));
    assert_eq!(impact(f, "response-media-type-removed"), RustImpact::Compile);
    // A non-JSON media type beside JSON does not change what progenitor returns.
    let f: fn(&mut Value) = |r| set(r, &format!("{OP}/responses/200/content/text~1csv"), json!({"schema": {}}));
    assert_eq!(impact(f, "response-media-type-added"), RustImpact::None);
}

#[test]
fn component_changes_name_the_operations_reaching_them_and_the_doc_source() {
    let mut r = base();
    set(&mut r, &format!("{THING}/properties/size/type"), json!("string"));
    let changes = diff(&base(), &r);
    let req = changes.iter().find(|c| c.rule.id == "request-property-type-changed").unwrap();
    assert_eq!(req.component.as_deref(), Some("thing"));
    assert_eq!(req.operations, ["PATCH /things/{id}"]);
    assert_eq!(req.doc_source.as_deref(), Some("docs/resources/thing.md:3"));
    assert_eq!(req.base_pointer.as_deref(), Some("/components/schemas/thing/properties/size"));
    let resp = changes.iter().find(|c| c.rule.id == "response-property-type-changed").unwrap();
    // `other` reaches `thing` too, on the response side only (operations in document order).
    assert_eq!(resp.operations, ["PATCH /things/{id}", "GET /others"]);
}

/// Two typed `additionalProperties` are compared as schemas: the values' type change is reported
/// where it is, as a property's would be.
#[test]
fn typed_additional_properties_are_compared_as_schemas() {
    let (mut b, mut r) = (base(), base());
    set(&mut b, &format!("{THING}/additionalProperties"), json!({"type": "string"}));
    set(&mut r, &format!("{THING}/additionalProperties"), json!({"type": "integer", "format": "int32"}));
    let changes = diff(&b, &r);
    let ids: Vec<_> = changes.iter().map(|c| c.rule.id).collect();
    assert!(ids.contains(&"request-property-type-changed"), "{ids:?}");
    assert!(ids.contains(&"response-property-type-changed"), "{ids:?}");
    assert!(!ids.iter().any(|id| id.contains("additional-properties")), "{ids:?}");
    // The same schema on both sides: nothing.
    let (mut b, mut r) = (base(), base());
    set(&mut b, &format!("{THING}/additionalProperties"), json!({"type": "string"}));
    set(&mut r, &format!("{THING}/additionalProperties"), json!({"type": "string"}));
    assert!(diff(&b, &r).is_empty());
}

#[test]
fn a_nullable_reference_in_either_wrapper_is_one_shape() {
    // The converter once wrote a member that may be null as `{type, nullable, allOf: [$ref]}`
    // and now as `{anyOf: [$ref, {enum: [null]}]}`: the same member, no change.
    let parent = format!("{THING}/properties/parent");
    let old = json!({"nullable": true, "type": "object", "allOf": [{"$ref": "#/components/schemas/thing"}]});
    let (mut b, r) = (base(), base());
    set(&mut b, &parent, old);
    let changes = diff(&b, &r);
    assert!(changes.is_empty(), "{:?}", changes.iter().map(|c| c.rule.id).collect::<Vec<_>>());
    // Losing the `null` branch is the member becoming not nullable; gaining it, nullable.
    let (b, mut r) = (base(), base());
    set(&mut r, &parent, json!({"$ref": "#/components/schemas/thing"}));
    let ids: Vec<_> = diff(&b, &r).iter().map(|c| c.rule.id).collect();
    assert!(ids.contains(&"response-property-became-not-nullable"), "{ids:?}");
    let ids: Vec<_> = diff(&r, &b).iter().map(|c| c.rule.id).collect();
    assert!(ids.contains(&"response-property-became-nullable"), "{ids:?}");
}

#[test]
fn a_nullable_reference_and_an_inline_schema_read_alike_in_either_wrapper() {
    // A member's type replaced by an inline object of the same members, and back: the old wrapper
    // `{nullable, type, allOf: [$ref]}` and the new `{anyOf: [$ref, {enum: [null]}]}` are one
    // member, so the changes reported must be the same for both.
    let parent = format!("{THING}/properties/parent");
    let error = "#/components/schemas/error";
    let inline = json!({"type": "object", "nullable": true, "properties": {"code": {"type": "string"}}});
    let ids = |wrapper: Value, to_inline: bool| {
        let (mut b, mut r) = (base(), base());
        let (from, to) = if to_inline { (wrapper, inline.clone()) } else { (inline.clone(), wrapper) };
        set(&mut b, &parent, from);
        set(&mut r, &parent, to);
        let mut ids: Vec<&str> = diff(&b, &r).iter().map(|c| c.rule.id).collect();
        ids.sort_unstable();
        ids
    };
    for to_inline in [true, false] {
        let old = ids(json!({"nullable": true, "type": "object", "allOf": [{"$ref": error}]}), to_inline);
        let new = ids(json!({"anyOf": [{"$ref": error}, {"enum": [null]}]}), to_inline);
        assert_eq!(new, old, "to inline: {to_inline}");
        assert!(old.contains(&"schema-reference-changed"), "{old:?}");
    }
}
