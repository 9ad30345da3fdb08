//! Diffs two generated contracts of 5,000 operations and 2,000 schemas with
//! about 1% of them changed. `cargo bench -p contract-diff --bench diff`.

use std::time::Instant;

use serde_json::{Value, json};

fn contract(changed: bool) -> Value {
    let mut schemas = serde_json::Map::new();
    for i in 0..2000 {
        let mut props = serde_json::Map::new();
        for p in 0..12 {
            let ty = if changed && i % 100 == 0 && p == 3 { "integer" } else { "string" };
            props.insert(format!("p{p}"), json!({"type": ty, "nullable": true}));
        }
        props.insert("next".into(), json!({"$ref": format!("#/components/schemas/t{}", (i + 1) % 2000)}));
        schemas.insert(format!("t{i}"), json!({"type": "object", "properties": props, "additionalProperties": {}}));
    }
    let mut paths = serde_json::Map::new();
    for i in 0..2500 {
        let t = format!("#/components/schemas/t{}", i % 2000);
        let id = if changed && i % 100 == 1 { format!("renamed_{i}") } else { format!("op_{i}") };
        paths.insert(
            format!("/things{i}/{{id}}"),
            json!({
                "get": {"operationId": format!("get_{i}"), "parameters": [{"in": "path", "name": "id", "required": true, "schema": {"type": "string"}}],
                        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": t}}}}}},
                "patch": {"operationId": id, "parameters": [{"in": "path", "name": "id", "required": true, "schema": {"type": "string"}}],
                          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": t}}}},
                          "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": t}}}}}}
            }),
        );
    }
    json!({"openapi": "3.0.3", "info": {"title": "bench", "version": "1"}, "paths": paths, "components": {"schemas": schemas}})
}

fn main() {
    let (a, b) = (contract(false), contract(true));
    let mut times = Vec::new();
    let mut n = 0;
    for _ in 0..5 {
        let t = Instant::now();
        n = contract_diff::diff(&a, &b).len();
        times.push(t.elapsed());
    }
    times.sort();
    println!("diff: 5,000 operations, 2,000 schemas, ~1% changed: {n} changes in {:.1?} (median of 5)", times[2]);
}
