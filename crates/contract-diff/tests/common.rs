//! A small contract written for these tests, and helpers to edit it by JSON pointer.
#![allow(dead_code)]

use serde_json::{Value, json};

/// The operation most cases edit.
pub const OP: &str = "/paths/~1things~1{id}/patch";
/// The component most cases edit (used by the request and the response).
pub const THING: &str = "/components/schemas/thing";

pub fn base() -> Value {
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
                        {"in": "query", "name": "kind", "schema": {"type": "string", "enum": ["x", "y"]}},
                        {"in": "query", "name": "top", "schema": {"type": "integer", "format": "int32"}},
                        {"in": "query", "name": "ids", "schema": {"type": "array", "items": {"type": "string"}}}
                    ],
                    "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/thing"}}}},
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/thing"}}}},
                        "4XX": {"description": "err", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/error"}}}}
                    },
                    "security": [{"id": ["Things.Read"]}, {"id": ["Things.ReadWrite"]}]
                }
            },
            "/others": {
                "get": {
                    "operationId": "list_others",
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/other"}}}}}
                }
            }
        },
        "components": {
            "schemas": {
                "thing": {
                    "x-doc-source": {"file": "docs/resources/thing.md", "line": 3},
                    "type": "object",
                    "required": ["name", "count"],
                    "properties": {
                        "name": {"type": "string"},
                        "count": {"type": "integer", "format": "int64"},
                        "size": {"type": "integer", "format": "int32"},
                        "note": {"type": "string", "nullable": true},
                        "state": {"$ref": "#/components/schemas/state"},
                        "tags": {"type": "array", "items": {"type": "string"}},
                        "next": {"$ref": "#/components/schemas/thing"},
                        "parent": {"anyOf": [{"$ref": "#/components/schemas/thing"}, {"enum": [null]}]}
                    },
                    "additionalProperties": {}
                },
                "state": {
                    "oneOf": [
                        {"title": "stateKnown", "type": "string", "enum": ["on", "off"]},
                        {"title": "other", "allOf": [{"type": "string"}, {"not": {"type": "string", "enum": ["on", "off"]}}]}
                    ]
                },
                "other": {"type": "object", "properties": {"thing": {"$ref": "#/components/schemas/thing"}}},
                "error": {"type": "object", "properties": {"code": {"type": "string"}}}
            },
            "securitySchemes": {"id": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": "https://t", "scopes": {"a": "a"}}}}}
        }
    })
}

/// Sets the value at `pointer`, adding the last key to its object when missing.
pub fn set(v: &mut Value, pointer: &str, new: Value) {
    if let Some(slot) = v.pointer_mut(pointer) {
        *slot = new;
        return;
    }
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let key = key.replace("~1", "/").replace("~0", "~");
    v.pointer_mut(parent).and_then(Value::as_object_mut).unwrap_or_else(|| panic!("{pointer}")).insert(key, new);
}

pub fn remove(v: &mut Value, pointer: &str) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    match v.pointer_mut(parent).unwrap_or_else(|| panic!("{pointer}")) {
        Value::Object(m) => {
            m.remove(&key.replace("~1", "/").replace("~0", "~")).unwrap_or_else(|| panic!("{pointer}"));
        }
        Value::Array(a) => {
            a.remove(key.parse().unwrap());
        }
        _ => panic!("{pointer}"),
    }
}

pub fn push(v: &mut Value, pointer: &str, new: Value) {
    v.pointer_mut(pointer).unwrap_or_else(|| panic!("{pointer}")).as_array_mut().unwrap().push(new);
}
