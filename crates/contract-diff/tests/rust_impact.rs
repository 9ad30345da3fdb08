//! The Rust impact the differ reports, proven with the compiler: for a few
//! changes, progenitor generates the base crate and the revision crate, and a
//! small consumer written against the base is checked against each. Code that
//! compiles against the base must stop compiling against the revision exactly
//! when the diff says `compile` or `exhaustive` (the consumers are written
//! exhaustively: full struct literals, `match`es without a wildcard).
//!
//! All crates go into one scratch workspace under `CARGO_TARGET_TMPDIR`
//! (with this workspace's `Cargo.lock`, so the same dependency versions) and
//! one `cargo check --keep-going` judges them all. The first run checks the
//! dependencies (about a minute); later runs reuse them.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;
use contract_diff::{RustImpact, diff};
use serde_json::{Value, json};

/// One change: the edit making the revision, the rule the diff must report,
/// the strongest Rust impact it must report, and a consumer of the base crate
/// (`client`) that uses what the change touches.
struct Case {
    name: &'static str,
    edit: fn(&mut Value),
    rule: &'static str,
    impact: RustImpact,
    consumer: &'static str,
}

fn cases() -> Vec<Case> {
    const CALL: &str = r#"
        pub async fn call(c: &client::Client) -> bool {
            c.update_thing().id("1").top(5).body(client::types::Thing::default()).send().await.is_ok()
        }"#;
    vec![
        Case {
            name: "operation_renamed",
            edit: |r| set(r, &format!("{OP}/operationId"), json!("patch_thing")),
            rule: "api-operation-id-removed",
            impact: RustImpact::Compile,
            consumer: CALL,
        },
        Case {
            name: "optional_property_added",
            edit: |r| set(r, &format!("{THING}/properties/color"), json!({"type": "string"})),
            rule: "response-optional-property-added",
            impact: RustImpact::Exhaustive,
            consumer: r#"
                pub fn make() -> client::types::Thing {
                    client::types::Thing {
                        count: 1, name: "a".into(), next: None, note: None, parent: None,
                        size: None, state: None, tags: Vec::new(), extra: Default::default(),
                    }
                }"#,
        },
        Case {
            name: "enum_value_added",
            edit: |r| {
                set(r, "/components/schemas/state/oneOf/0/enum", json!(["on", "off", "dim"]));
                set(r, "/components/schemas/state/oneOf/1/allOf/1/not/enum", json!(["on", "off", "dim"]));
            },
            rule: "response-property-enum-value-added",
            impact: RustImpact::Exhaustive,
            consumer: r#"
                pub fn label(s: client::types::StateKnown) -> &'static str {
                    match s {
                        client::types::StateKnown::On => "on",
                        client::types::StateKnown::Off => "off",
                    }
                }"#,
        },
        Case {
            name: "parameter_enum_value_added",
            edit: |r| set(r, &format!("{OP}/parameters/2/schema/enum"), json!(["x", "y", "z"])),
            rule: "request-parameter-enum-value-added",
            impact: RustImpact::Exhaustive,
            consumer: r#"
                pub fn label(k: client::types::UpdateThingKind) -> &'static str {
                    match k {
                        client::types::UpdateThingKind::X => "x",
                        client::types::UpdateThingKind::Y => "y",
                    }
                }"#,
        },
        Case {
            name: "property_format_widened",
            edit: |r| set(r, &format!("{THING}/properties/size/format"), json!("int64")),
            rule: "response-property-type-changed",
            impact: RustImpact::Compile,
            consumer: r#"
                pub fn make(size: i32) -> client::types::Thing {
                    client::types::Thing { size: Some(size), ..Default::default() }
                }"#,
        },
        Case {
            name: "required_property_became_nullable",
            edit: |r| set(r, &format!("{THING}/properties/count/nullable"), json!(true)),
            rule: "response-property-became-nullable",
            impact: RustImpact::Compile,
            consumer: r#"
                pub fn count(t: &client::types::Thing) -> i64 {
                    t.count
                }"#,
        },
        Case {
            name: "optional_property_became_nullable",
            edit: |r| set(r, &format!("{THING}/properties/size/nullable"), json!(true)),
            rule: "response-property-became-nullable",
            impact: RustImpact::None,
            consumer: r#"
                pub fn size(t: &client::types::Thing) -> Option<i32> {
                    t.size
                }"#,
        },
        Case {
            name: "optional_parameter_added",
            edit: |r| {
                let p = json!({"in": "query", "name": "skip", "schema": {"type": "integer"}});
                push(r, &format!("{OP}/parameters"), p)
            },
            rule: "new-optional-request-parameter",
            impact: RustImpact::None,
            consumer: CALL,
        },
        Case {
            name: "required_parameter_added",
            edit: |r| {
                let p = json!({"in": "header", "name": "If-Match", "required": true, "schema": {"type": "string"}});
                push(r, &format!("{OP}/parameters"), p)
            },
            rule: "new-required-request-parameter",
            impact: RustImpact::Runtime,
            consumer: CALL,
        },
        Case {
            name: "operation_added",
            edit: |r| {
                let id = json!({"in": "path", "name": "id", "required": true, "schema": {"type": "string"}});
                let op = json!({"operationId": "get_thing", "parameters": [id], "responses": {"200": {"description": "ok"}}});
                set(r, "/paths/~1things~1{id}/get", op)
            },
            rule: "endpoint-added",
            impact: RustImpact::None,
            consumer: CALL,
        },
    ]
}

/// The strongest Rust impact among the changes.
fn strongest(changes: &[contract_diff::Change]) -> RustImpact {
    changes.iter().map(|c| c.rust).max().unwrap_or(RustImpact::None)
}

#[test]
fn reported_rust_impact_matches_the_compiler() {
    let base = base();
    let ws = Workspace::new();
    ws.client("base", &base);
    let mut expect_break = BTreeMap::new();
    for case in cases() {
        let mut rev = base.clone();
        (case.edit)(&mut rev);
        let changes = diff(&base, &rev);
        let ids: Vec<&str> = changes.iter().map(|c| c.rule.id).collect();
        assert!(ids.contains(&case.rule), "{}: expected {} among {ids:?}", case.name, case.rule);
        assert_eq!(strongest(&changes), case.impact, "{}: {changes:#?}", case.name);
        let rev_crate = format!("rev_{}", case.name);
        ws.client(&rev_crate, &rev);
        ws.consumer(&format!("use_{}_base", case.name), "base", case.consumer);
        ws.consumer(&format!("use_{}_rev", case.name), &rev_crate, case.consumer);
        expect_break.insert(case.name, matches!(case.impact, RustImpact::Compile | RustImpact::Exhaustive));
    }
    let failed = ws.check();
    let mut wrong = Vec::new();
    for (name, breaks) in &expect_break {
        if let Some(errors) = failed.get(&format!("use_{name}_base")) {
            wrong.push(format!("{name}: the consumer does not compile against the base crate:\n{errors}"));
        }
        match (failed.get(&format!("use_{name}_rev")), breaks) {
            (None, true) => {
                wrong.push(format!("{name}: the diff says it breaks compilation, but the consumer compiles"))
            }
            (Some(errors), false) => {
                wrong.push(format!("{name}: the diff says it compiles, but the consumer fails:\n{errors}"))
            }
            _ => {}
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
    let breaking = expect_break.values().filter(|b| **b).count();
    assert!(breaking >= 3 && breaking < expect_break.len(), "the sample covers both outcomes");
}

/// The scratch workspace of generated clients and consumers.
struct Workspace {
    root: PathBuf,
    target: PathBuf,
}

impl Workspace {
    fn new() -> Workspace {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("rust-impact");
        let root = dir.join("workspace");
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).unwrap();
        let lock = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../Cargo.lock");
        std::fs::copy(&lock, root.join("Cargo.lock")).expect("the workspace Cargo.lock");
        // What the outer build learnt of rustc (its target's facts, the answers that succeeded),
        // so that the inner one need not ask rustc again with a null stdin (see
        // `null_device_hint`); an answer to another question is simply asked again.
        let target = dir.join("target");
        std::fs::create_dir_all(&target).unwrap();
        let outer = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../.rustc_info.json");
        if let Some(mut info) = std::fs::read(&outer).ok().and_then(|b| serde_json::from_slice::<Value>(&b).ok()) {
            if let Some(outputs) = info["outputs"].as_object_mut() {
                outputs.retain(|_, o| o["success"] == true);
            }
            let _ = std::fs::write(target.join(".rustc_info.json"), info.to_string());
        }
        // The dependencies a generated client needs, as the workspace pins
        // them (the copied lock file picks the same versions).
        std::fs::write(
            root.join("Cargo.toml"),
            r#"[workspace]
resolver = "3"
members = ["*"]
exclude = ["target"]

[workspace.dependencies]
progenitor-client = "0.15.1"
reqwest = { version = "0.13", default-features = false, features = ["json", "query", "stream"] }
schemars = { version = "0.8", features = ["chrono", "uuid1"] }
serde = { version = "1", features = ["derive"] }
serde_json = { version = "1", features = ["preserve_order"] }
"#,
        )
        .unwrap();
        Workspace { root, target: dir.join("target") }
    }

    fn package(&self, name: &str, dependencies: &str, lib: &str) {
        let dir = self.root.join(name);
        std::fs::create_dir_all(dir.join("src")).unwrap();
        let manifest = format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\n{dependencies}"
        );
        std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
        std::fs::write(dir.join("src/lib.rs"), lib).unwrap();
    }

    /// A client crate generated from `contract` by the project's generator.
    fn client(&self, name: &str, contract: &Value) {
        let spec: openapiv3::OpenAPI = serde_json::from_value(contract.clone()).expect("an OpenAPI 3.0 document");
        let generated =
            graph_codegen::generate(&spec, &graph_codegen::Options::default()).expect("progenitor generates");
        assert!(generated.required_crates().is_empty(), "this sample needs no extra crates");
        let deps = ["progenitor-client", "reqwest", "schemars", "serde", "serde_json"]
            .map(|d| format!("{d}.workspace = true\n"))
            .concat();
        self.package(name, &deps, &format!("#![allow(warnings, clippy::all)]\n{}", generated.client));
    }

    /// A consumer of the client crate `client`, imported as `client`.
    fn consumer(&self, name: &str, client: &str, code: &str) {
        let deps = format!("client = {{ package = \"{client}\", path = \"../{client}\" }}\n");
        self.package(name, &deps, &format!("#![allow(dead_code)]\n{code}\n"));
    }

    /// Checks every crate; returns the crates that failed, with their errors.
    fn check(&self) -> BTreeMap<String, String> {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let out = Command::new(cargo)
            .args(["check", "--offline", "--workspace", "--keep-going", "--message-format=json", "--quiet"])
            .current_dir(&self.root)
            .env("CARGO_TARGET_DIR", &self.target)
            .env_remove("RUSTFLAGS")
            .output()
            .expect("cargo runs");
        let mut failed: BTreeMap<String, String> = BTreeMap::new();
        for line in String::from_utf8_lossy(&out.stdout).lines() {
            let Ok(msg) = serde_json::from_str::<Value>(line) else { continue };
            if msg["reason"] == "compiler-message" && msg["message"]["level"] == "error" {
                let name = msg["target"]["name"].as_str().unwrap_or("?").to_string();
                let rendered = msg["message"]["rendered"].as_str().unwrap_or("").to_string();
                failed.entry(name).or_default().push_str(&rendered);
            }
        }
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success() || !failed.is_empty(),
            "cargo check failed before compiling the sample (dependencies missing offline?{}):\n{stderr}",
            null_device_hint()
        );
        assert!(
            failed.keys().all(|k| k.starts_with("use_")),
            "a generated client does not compile: {:?}\n{}",
            failed.keys().collect::<Vec<_>>(),
            failed.values().cloned().collect::<Vec<_>>().join("\n")
        );
        failed
    }
}

/// A hint when `/dev/null` is not the null device: cargo gives rustc a null
/// stdin, so a regular file there turns into rustc's input (and a missing one
/// fails every spawn).
#[cfg(unix)]
fn null_device_hint() -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    match std::fs::metadata("/dev/null") {
        Ok(m) if m.file_type().is_char_device() => "",
        _ => {
            "; /dev/null is not the null device on this machine, which breaks cargo: restore it with `mknod -m 666 /dev/null c 1 3`"
        }
    }
}

#[cfg(not(unix))]
fn null_device_hint() -> &'static str {
    ""
}
