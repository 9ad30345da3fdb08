//! Checks the contract's embedded examples against its own schemas (JSON
//! Schema draft 4 semantics, as OpenAPI 3.0 uses; formats not asserted, since
//! the docs' examples use placeholders such as `"String"` for dates).

use serde_json::{Map, Value, json};

/// One example and what validating it against its schema found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleCheck {
    pub operation_id: String,
    /// `request` or `response 200` etc.
    pub location: String,
    /// Empty when the example is valid; else one line per violation.
    pub errors: Vec<String>,
}

impl ExampleCheck {
    pub fn is_valid(&self) -> bool {
        self.errors.is_empty()
    }
}

/// Validates every JSON example of every operation in `contract` (the contract as JSON).
pub fn check_examples(contract: &Value) -> Vec<ExampleCheck> {
    let components = contract.get("components").cloned().unwrap_or(Value::Null);
    let components = openapi_to_json_schema(components);
    let mut out = Vec::new();
    let Some(paths) = contract.get("paths").and_then(Value::as_object) else { return out };
    for item in paths.values() {
        let Some(item) = item.as_object() else { continue };
        for op in item.values() {
            let Some(id) = op.get("operationId").and_then(Value::as_str) else { continue };
            let mut media: Vec<(String, &Value)> = Vec::new();
            if let Some(m) = op.pointer("/requestBody/content/application~1json") {
                media.push(("request".into(), m));
            }
            if let Some(responses) = op.get("responses").and_then(Value::as_object) {
                for (status, r) in responses {
                    if let Some(m) = r.pointer("/content/application~1json") {
                        media.push((format!("response {status}"), m));
                    }
                }
            }
            for (location, m) in media {
                let (Some(schema), Some(example)) = (m.get("schema"), m.get("example")) else { continue };
                let errors = validate(schema, &components, example);
                out.push(ExampleCheck { operation_id: id.to_string(), location, errors });
            }
        }
    }
    out
}

fn validate(schema: &Value, components: &Value, instance: &Value) -> Vec<String> {
    let mut root = match openapi_to_json_schema(schema.clone()) {
        Value::Object(m) => m,
        other => {
            let mut m = Map::new();
            m.insert("allOf".into(), json!([other]));
            m
        }
    };
    root.insert("components".into(), reachable(&Value::Object(root.clone()), components));
    let validator = match jsonschema::options()
        .with_draft(jsonschema::Draft::Draft4)
        .should_validate_formats(false)
        .build(&Value::Object(root))
    {
        Ok(v) => v,
        Err(e) => return vec![format!("schema does not compile: {e}")],
    };
    validator.iter_errors(instance).map(|e| format!("{}: {}", e.instance_path(), e)).collect()
}

/// The components a schema reaches through `$ref`s (transitively): compiling
/// only those keeps validation fast on contracts with thousands of schemas.
fn reachable(schema: &Value, components: &Value) -> Value {
    const PREFIX: &str = "#/components/schemas/";
    let all = components.get("schemas").and_then(Value::as_object);
    let mut picked = Map::new();
    let mut stack = vec![schema];
    while let Some(v) = stack.pop() {
        match v {
            Value::Object(m) => {
                if let Some(name) = m.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix(PREFIX))
                    && !picked.contains_key(name)
                    && let Some(target) = all.and_then(|a| a.get(name))
                {
                    picked.insert(name.to_string(), target.clone());
                    stack.push(target);
                }
                stack.extend(m.values());
            }
            Value::Array(a) => stack.extend(a),
            _ => {}
        }
    }
    json!({ "schemas": picked })
}

/// OpenAPI 3.0 schema objects → JSON Schema, as OpenAPI 3.0.3 reads `nullable`: `true` adds
/// `null` to the `type` beside it and nothing else (every other keyword still applies, an `enum`
/// or an `allOf` of a non-nullable reference included; without a `type` it does nothing). A
/// reference that may be null says so with a branch of `null` alone (`anyOf: [$ref, {enum: [null]}]`).
fn openapi_to_json_schema(value: Value) -> Value {
    match value {
        Value::Object(mut m) => {
            let nullable = m.remove("nullable").and_then(|v| v.as_bool()).unwrap_or(false);
            let mut m: Map<String, Value> = m.into_iter().map(|(k, v)| (k, openapi_to_json_schema(v))).collect();
            if nullable && let Some(Value::String(t)) = m.get("type") {
                let widened = json!([t, "null"]);
                m.insert("type".into(), widened);
            }
            Value::Object(m)
        }
        Value::Array(a) => Value::Array(a.into_iter().map(openapi_to_json_schema).collect()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_and_invalid_examples() {
        let contract = json!({
            "paths": {"/x": {"get": {"operationId": "get_x", "responses": {"200": {"content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/x"},
                "example": {"n": "not a number"}
            }}}}}}},
            "components": {"schemas": {"x": {"type": "object", "properties": {"n": {"type": "integer"}, "s": {"type": "string", "nullable": true}}}}}
        });
        let checks = check_examples(&contract);
        assert_eq!(checks.len(), 1);
        assert!(!checks[0].is_valid());
        assert!(checks[0].errors[0].contains("/n"), "{:?}", checks[0].errors);

        let mut ok = contract.clone();
        ok["paths"]["/x"]["get"]["responses"]["200"]["content"]["application/json"]["example"] =
            json!({"n": 1, "s": null});
        assert!(check_examples(&ok)[0].is_valid());
    }

    #[test]
    fn nullable_is_read_as_openapi_3_0_3_reads_it() {
        // `null` for a member, against the member's schema.
        let valid = |member: Value| {
            let contract = json!({
                "paths": {"/x": {"get": {"operationId": "get_x", "responses": {"200": {"content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/x"},
                    "example": {"m": null}
                }}}}}}},
                "components": {"schemas": {
                    "x": {"type": "object", "properties": {"m": member}},
                    "y": {"type": "object", "properties": {"n": {"type": "integer"}}}
                }}
            });
            check_examples(&contract)[0].is_valid()
        };
        assert!(valid(json!({"type": "string", "nullable": true})));
        assert!(!valid(json!({"type": "string"})));
        // An enum must list `null` to take it; a reference's `allOf` keeps its own `type`.
        assert!(!valid(json!({"type": "string", "nullable": true, "enum": ["a"]})));
        assert!(!valid(json!({"type": "object", "nullable": true, "allOf": [{"$ref": "#/components/schemas/y"}]})));
        assert!(valid(json!({"anyOf": [{"$ref": "#/components/schemas/y"}, {"enum": [null]}]})));
    }
}
