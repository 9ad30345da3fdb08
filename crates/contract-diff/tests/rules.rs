//! For every rule: a base/revision pair written for it, with the expected
//! rule id and level. Plus YAML input, `$ref` cycles, and `git:` revisions.

use contract_diff::{Level, diff, rules};
use serde_json::{Value, json};

const OP: &str = "/paths/~1things~1{id}/patch";

fn base() -> Value {
    json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "servers": [{"url": "https://graph.microsoft.com/beta"}],
        "security": [{"id": []}],
        "paths": {
            "/things/{id}": {
                "patch": {
                    "operationId": "update_thing",
                    "x-doc-source": {"file": "docs/thing.md", "line": 7},
                    "parameters": [
                        {"in": "path", "name": "id", "required": true, "schema": {"type": "string"}},
                        {"in": "query", "name": "mode", "schema": {"type": "string", "default": "a"}},
                        {"in": "query", "name": "kind", "schema": {"type": "string", "enum": ["x", "y"]}}
                    ],
                    "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/thing"}}}},
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/thing"}}}},
                        "4XX": {"description": "err", "content": {"application/json": {"schema": {"type": "object"}}}}
                    },
                    "security": [{"id": ["Things.Read"]}]
                }
            }
        },
        "components": {
            "schemas": {
                "thing": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string", "maxLength": 10},
                        "size": {"type": "integer", "format": "int32"},
                        "note": {"type": "string", "nullable": true},
                        "state": {"$ref": "#/components/schemas/state"},
                        "next": {"$ref": "#/components/schemas/thing"}
                    }
                },
                "state": {"oneOf": [{"type": "string", "enum": ["on", "off"]}, {"allOf": [{"type": "string"}, {"not": {"enum": ["on", "off"]}}]}]}
            },
            "securitySchemes": {"id": {"type": "oauth2", "flows": {}}}
        }
    })
}

/// Sets the value at `pointer`, adding the last key to its object when missing.
fn set(v: &mut Value, pointer: &str, new: Value) {
    if let Some(slot) = v.pointer_mut(pointer) {
        *slot = new;
        return;
    }
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let key = key.replace("~1", "/").replace("~0", "~");
    v.pointer_mut(parent).and_then(Value::as_object_mut).unwrap_or_else(|| panic!("{pointer}")).insert(key, new);
}

fn remove(v: &mut Value, pointer: &str) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let p = v.pointer_mut(parent).unwrap();
    match p {
        Value::Object(m) => {
            m.remove(&key.replace("~1", "/").replace("~0", "~")).unwrap();
        }
        Value::Array(a) => {
            a.remove(key.parse().unwrap());
        }
        _ => panic!("{pointer}"),
    }
}

fn push(v: &mut Value, pointer: &str, new: Value) {
    v.pointer_mut(pointer).unwrap().as_array_mut().unwrap().push(new);
}

/// A case: the rule it should trigger and how to make the revision.
type Case = (&'static str, fn(&mut Value));

const THING: &str = "/components/schemas/thing";

fn cases() -> Vec<Case> {
    vec![
        ("api-path-added", |v| set(v, "/paths/~1other", json!({"get": {"responses": {}}}))),
        ("api-path-removed-without-deprecation", |v| remove(v, "/paths/~1things~1{id}")),
        ("endpoint-added", |v| {
            set(v, "/paths/~1things~1{id}/get", json!({"operationId": "get_thing", "responses": {}}))
        }),
        ("api-removed-without-deprecation", |v| {
            set(v, "/paths/~1things~1{id}/get", json!({"responses": {}}));
            remove(v, OP);
        }),
        ("api-operation-id-changed", |v| set(v, &format!("{OP}/operationId"), json!("patch_thing"))),
        ("new-required-request-parameter", |v| {
            push(
                v,
                &format!("{OP}/parameters"),
                json!({"in": "header", "name": "If-Match", "required": true, "schema": {"type": "string"}}),
            )
        }),
        ("new-optional-request-parameter", |v| {
            push(v, &format!("{OP}/parameters"), json!({"in": "query", "name": "top", "schema": {"type": "integer"}}))
        }),
        ("request-parameter-removed", |v| remove(v, &format!("{OP}/parameters/1"))),
        ("request-parameter-became-required", |v| set(v, &format!("{OP}/parameters/1/required"), json!(true))),
        ("request-parameter-became-optional", |v| set(v, &format!("{OP}/parameters/0/required"), json!(false))),
        ("request-parameter-type-changed", |v| set(v, &format!("{OP}/parameters/1/schema/type"), json!("integer"))),
        ("request-parameter-became-enum", |v| set(v, &format!("{OP}/parameters/1/schema/enum"), json!(["a", "b"]))),
        ("request-parameter-enum-value-added", |v| {
            set(v, &format!("{OP}/parameters/2/schema/enum"), json!(["x", "y", "z"]))
        }),
        ("request-parameter-enum-value-removed", |v| set(v, &format!("{OP}/parameters/2/schema/enum"), json!(["x"]))),
        ("request-parameter-default-value-changed", |v| {
            set(v, &format!("{OP}/parameters/1/schema/default"), json!("b"))
        }),
        ("request-body-added-required", |_| {}), // the base differs: see `special`
        ("request-body-added-optional", |_| {}),
        ("request-body-removed", |v| remove(v, &format!("{OP}/requestBody"))),
        ("request-body-became-required", |_| {}),
        ("request-body-became-optional", |v| set(v, &format!("{OP}/requestBody/required"), json!(false))),
        ("request-body-media-type-added", |v| {
            set(v, &format!("{OP}/requestBody/content/text~1plain"), json!({"schema": {"type": "string"}}))
        }),
        ("request-body-media-type-removed", |v| {
            let s = v.pointer(&format!("{OP}/requestBody/content/application~1json")).unwrap().clone();
            remove(v, &format!("{OP}/requestBody/content/application~1json"));
            set(v, &format!("{OP}/requestBody/content/application~1xml"), s);
        }),
        ("new-required-request-property", |v| {
            set(v, &format!("{THING}/properties/color"), json!({"type": "string"}));
            push(v, &format!("{THING}/required"), json!("color"));
        }),
        ("new-optional-request-property", |v| set(v, &format!("{THING}/properties/color"), json!({"type": "string"}))),
        ("request-property-removed", |v| remove(v, &format!("{THING}/properties/size"))),
        ("request-property-became-required", |v| push(v, &format!("{THING}/required"), json!("size"))),
        ("request-property-became-optional", |v| set(v, &format!("{THING}/required"), json!([]))),
        ("request-property-type-changed", |v| set(v, &format!("{THING}/properties/size/format"), json!("int64"))),
        ("request-property-enum-value-removed", |v| set(v, "/components/schemas/state/oneOf/0/enum", json!(["on"]))),
        ("request-property-enum-value-added", |v| {
            set(v, "/components/schemas/state/oneOf/0/enum", json!(["on", "off", "auto"]))
        }),
        ("request-property-became-read-only", |v| set(v, &format!("{THING}/properties/size/readOnly"), json!(true))),
        ("request-property-became-not-nullable", |v| {
            set(v, &format!("{THING}/properties/note/nullable"), json!(false))
        }),
        ("request-property-became-nullable", |v| set(v, &format!("{THING}/properties/size/nullable"), json!(true))),
        ("request-property-constraint-tightened", |v| set(v, &format!("{THING}/properties/name/maxLength"), json!(5))),
        ("request-property-constraint-loosened", |v| set(v, &format!("{THING}/properties/name/maxLength"), json!(50))),
        ("response-success-status-added", |v| set(v, &format!("{OP}/responses/204"), json!({"description": "none"}))),
        ("response-success-status-removed", |v| remove(v, &format!("{OP}/responses/200"))),
        ("response-non-success-status-removed", |v| remove(v, &format!("{OP}/responses/4XX"))),
        ("response-media-type-added", |v| {
            set(v, &format!("{OP}/responses/200/content/text~1csv"), json!({"schema": {"type": "string"}}))
        }),
        ("response-media-type-removed", |v| remove(v, &format!("{OP}/responses/200/content/application~1json"))),
        ("response-property-added", |v| set(v, &format!("{THING}/properties/color"), json!({"type": "string"}))),
        ("response-property-removed", |v| remove(v, &format!("{THING}/properties/size"))),
        ("response-property-became-optional", |v| set(v, &format!("{THING}/required"), json!([]))),
        ("response-property-became-required", |v| push(v, &format!("{THING}/required"), json!("size"))),
        ("response-property-type-changed", |v| set(v, &format!("{THING}/properties/size/type"), json!("string"))),
        ("response-property-enum-value-added", |v| {
            set(v, "/components/schemas/state/oneOf/0/enum", json!(["on", "off", "auto"]))
        }),
        ("response-property-enum-value-removed", |v| set(v, "/components/schemas/state/oneOf/0/enum", json!(["on"]))),
        ("response-property-became-nullable", |v| set(v, &format!("{THING}/properties/size/nullable"), json!(true))),
        ("response-property-became-not-nullable", |v| {
            set(v, &format!("{THING}/properties/note/nullable"), json!(false))
        }),
        ("response-property-constraint-loosened", |v| set(v, &format!("{THING}/properties/name/maxLength"), json!(50))),
        ("response-property-constraint-tightened", |v| set(v, &format!("{THING}/properties/name/maxLength"), json!(5))),
        ("api-security-added", |v| push(v, &format!("{OP}/security/0/id"), json!("Things.ReadWrite"))),
        ("api-security-removed", |v| set(v, &format!("{OP}/security/0/id"), json!([]))),
        ("security-scheme-added", |v| {
            set(v, "/components/securitySchemes/key", json!({"type": "apiKey", "in": "header", "name": "k"}))
        }),
        ("security-scheme-removed", |v| remove(v, "/components/securitySchemes/id")),
        ("api-servers-changed", |v| set(v, "/servers/0/url", json!("https://graph.microsoft.com/v1.0"))),
    ]
}

/// Cases whose base differs from the shared one (the body starts absent or optional).
fn special(id: &str) -> Option<(Value, Value)> {
    let mut b = base();
    let mut r = base();
    match id {
        "request-body-added-required" => {
            remove(&mut b, &format!("{OP}/requestBody"));
        }
        "request-body-added-optional" => {
            remove(&mut b, &format!("{OP}/requestBody"));
            set(&mut r, &format!("{OP}/requestBody/required"), json!(false));
        }
        "request-body-became-required" => {
            set(&mut b, &format!("{OP}/requestBody/required"), json!(false));
        }
        _ => return None,
    }
    Some((b, r))
}

#[test]
fn every_rule_has_a_case_that_triggers_it_at_its_level() {
    let cases = cases();
    for rule in rules::RULES {
        assert!(cases.iter().any(|(id, _)| *id == rule.id), "rule {} has no case", rule.id);
    }
    for (id, make) in cases {
        let (b, r) = special(id).unwrap_or_else(|| {
            let mut r = base();
            make(&mut r);
            (base(), r)
        });
        let changes = diff(&b, &r);
        let rule = rules::by_id(id).unwrap();
        let hit = changes.iter().find(|c| c.rule.id == id);
        assert!(hit.is_some(), "{id}: not reported; got {:?}", changes.iter().map(|c| c.rule.id).collect::<Vec<_>>());
        assert_eq!(hit.unwrap().level(), rule.level, "{id}");
    }
}

#[test]
fn no_change_no_report_and_pointers_and_sources() {
    assert!(diff(&base(), &base()).is_empty());
    let mut r = base();
    set(&mut r, &format!("{OP}/operationId"), json!("patch_thing"));
    let c = &diff(&base(), &r)[0];
    assert_eq!(c.operation.as_deref(), Some("PATCH /things/{id}"));
    assert_eq!(c.base_pointer.as_deref(), Some("/paths/~1things~1{id}/patch/operationId"));
    assert_eq!(c.doc_source.as_deref(), Some("docs/thing.md:7"));
    assert_eq!(c.level(), Level::Breaking);
    assert!(contract_diff::has_breaking(std::slice::from_ref(c)));
}

#[test]
fn ref_cycles_terminate() {
    // `thing.next` refers to `thing`; a change deep inside is still found once.
    let mut r = base();
    set(&mut r, &format!("{THING}/properties/size/type"), json!("string"));
    let changes = diff(&base(), &r);
    let n = changes.iter().filter(|c| c.rule.id == "request-property-type-changed").count();
    assert_eq!(n, 1, "{changes:?}");
}

#[test]
fn yaml_and_json_inputs() {
    let dir = std::env::temp_dir().join(format!("contract-diff-yaml-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let yaml = dir.join("base.yaml");
    std::fs::write(&yaml, serde_yaml_ng::to_string(&base()).unwrap()).unwrap();
    let json_file = dir.join("rev.json");
    let mut r = base();
    set(&mut r, &format!("{OP}/operationId"), json!("patch_thing"));
    std::fs::write(&json_file, r.to_string()).unwrap();
    let a = contract_diff::load(yaml.to_str().unwrap()).unwrap();
    let b = contract_diff::load(json_file.to_str().unwrap()).unwrap();
    assert_eq!(diff(&a, &b).len(), 1);
    std::fs::write(&json_file, r#"{"swagger": "2.0"}"#).unwrap();
    assert!(matches!(
        contract_diff::load(json_file.to_str().unwrap()),
        Err(contract_diff::LoadError::NotOpenApi30(..))
    ));
    assert!(matches!(contract_diff::load("/no/such/file.json"), Err(contract_diff::LoadError::Unreadable(..))));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn git_revisions() {
    use std::process::Command;
    let dir = std::env::temp_dir().join(format!("contract-diff-git-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("openapi")).unwrap();
    let git = |args: &[&str]| {
        let out = Command::new("git").args(args).current_dir(&dir).output().unwrap();
        assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    git(&["init", "-q"]);
    git(&["config", "user.email", "ci@example.invalid"]);
    git(&["config", "user.name", "CI"]);
    std::fs::write(dir.join("openapi/graph.json"), base().to_string()).unwrap();
    git(&["add", "."]);
    git(&["commit", "-qm", "base"]);
    let mut r = base();
    remove(&mut r, &format!("{OP}/responses/200"));
    std::fs::write(dir.join("openapi/graph.json"), r.to_string()).unwrap();
    git(&["commit", "-qam", "revision"]);
    // `git:` is resolved in the current directory.
    let here = std::env::current_dir().unwrap();
    std::env::set_current_dir(&dir).unwrap();
    let a = contract_diff::load("git:HEAD~1");
    let b = contract_diff::load("git:HEAD:openapi/graph.json");
    let bad = contract_diff::load("git:no-such-rev");
    std::env::set_current_dir(here).unwrap();
    let changes = diff(&a.unwrap(), &b.unwrap());
    assert_eq!(changes[0].rule.id, "response-success-status-removed");
    assert!(matches!(bad, Err(contract_diff::LoadError::Git(..))));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_readme_lists_every_rule() {
    let readme = include_str!("../README.md");
    for rule in rules::RULES {
        let row = format!("| `{}` | {} | {} |", rule.id, rule.level.as_str(), rule.rust.as_str());
        assert!(readme.contains(&row), "README lacks {row}");
    }
}
