//! Diffs two generated contracts of 5,000 operations and 2,000 schemas with
//! about 1% of them changed (25 renamed operations, 20 schemas with a
//! property whose type changed). `cargo bench -p contract-diff --bench diff`.
//!
//! Two pairs: one where every schema also points at the next, closing a
//! `$ref` cycle through all 2,000 (the shape of Graph's navigation
//! properties), and the same without that cycle. With `OPTIC` set to an
//! `optic` binary (`cargo xtask bench diff` installs `@useoptic/optic` and
//! sets it), each pair also goes through `optic diff --check --json` once.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

fn contract(changed: bool, cyclic: bool) -> Value {
    let mut schemas = serde_json::Map::new();
    for i in 0..2000 {
        let mut props = serde_json::Map::new();
        for p in 0..12 {
            let ty = if changed && i % 100 == 0 && p == 3 { "integer" } else { "string" };
            props.insert(format!("p{p}"), json!({"type": ty, "nullable": true}));
        }
        if cyclic {
            props.insert("next".into(), json!({"$ref": format!("#/components/schemas/t{}", (i + 1) % 2000)}));
        }
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

/// This crate's diff: (changes, median of 5).
fn ours(a: &Value, b: &Value) -> (usize, Duration) {
    let mut times = Vec::new();
    let mut n = 0;
    for _ in 0..5 {
        let t = Instant::now();
        n = contract_diff::diff(a, b).len();
        times.push(t.elapsed());
    }
    times.sort();
    (n, times[2])
}

/// `optic diff A B --check --json`, once: its wall time, and what it found
/// (changed operations) or why it failed.
fn optic(bin: &Path, a: &Value, b: &Value, tag: &str) -> (Duration, Result<usize, String>) {
    let dir = std::env::temp_dir().join(format!("contract-diff-bench-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let (fa, fb) = (dir.join("base.json"), dir.join("revision.json"));
    std::fs::write(&fa, a.to_string()).expect("write base");
    std::fs::write(&fb, b.to_string()).expect("write revision");
    let run = |json: bool| {
        let mut cmd = Command::new(bin);
        cmd.arg("diff").arg(&fa).arg(&fb).arg("--check").current_dir(&dir);
        if json {
            cmd.arg("--json");
        }
        cmd.output()
    };
    let t = Instant::now();
    let out = run(true);
    let elapsed = t.elapsed();
    let result = match out {
        Err(e) => Err(format!("cannot run {}: {e}", bin.display())),
        Ok(out) => match serde_json::from_slice::<Value>(&out.stdout) {
            Ok(report) => Ok(report["operations"].as_array().map_or(0, Vec::len)),
            Err(_) => {
                // With `--json` optic prints nothing when it fails; the text mode says why.
                let status = out.status;
                let out = run(false).map(|o| [o.stdout, o.stderr].concat()).unwrap_or_default();
                let text = String::from_utf8_lossy(&out);
                let first = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("no output");
                Err(format!("failed ({status}): {first}"))
            }
        },
    };
    let _ = std::fs::remove_dir_all(&dir);
    (elapsed, result)
}

fn main() {
    let optic_bin = std::env::var_os("OPTIC").map(std::path::PathBuf::from);
    for (label, cyclic) in [("a $ref cycle through all schemas", true), ("no $ref cycle", false)] {
        let (a, b) = (contract(false, cyclic), contract(true, cyclic));
        let (n, ours) = ours(&a, &b);
        println!(
            "diff: 5,000 operations, 2,000 schemas, ~1% changed, {label}: {n} changes in {:.2} s (median of 5)",
            ours.as_secs_f64()
        );
        match &optic_bin {
            Some(bin) => {
                let tag = if cyclic { "cyclic" } else { "acyclic" };
                let (t, result) = optic(bin, &a, &b, tag);
                match result {
                    Ok(ops) => println!(
                        "  optic diff --check: {ops} changed operations in {:.1} s (one run): {:.0}x this crate's time",
                        t.as_secs_f64(),
                        t.as_secs_f64() / ours.as_secs_f64()
                    ),
                    Err(why) => println!("  optic diff --check: {why} after {:.1} s", t.as_secs_f64()),
                }
            }
            None => println!("  optic: not run (`cargo xtask bench diff` installs it and sets OPTIC)"),
        }
    }
}
