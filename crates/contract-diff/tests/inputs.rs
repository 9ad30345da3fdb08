//! Inputs: JSON and YAML files, `git:REV[:path]` in a temp repository, bad
//! input with clear errors, `$ref` cycles, and the acknowledgements file.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;
use contract_diff::{LoadError, check, diff, load_in};
use serde_json::{Value, json};

/// A temp directory removed on drop.
struct Dir(PathBuf);

impl Dir {
    fn new(tag: &str) -> Dir {
        let dir = std::env::temp_dir().join(format!("contract-diff-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Dir(dir)
    }

    fn write(&self, name: &str, text: &str) -> String {
        let path = self.0.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The base and a revision with one breaking change (a renamed operation).
fn pair() -> (Value, Value) {
    let base = base();
    let mut rev = base.clone();
    set(&mut rev, &format!("{OP}/operationId"), json!("patch_thing"));
    (base, rev)
}

fn ids(changes: &[contract_diff::Change]) -> Vec<&'static str> {
    changes.iter().map(|c| c.rule.id).collect()
}

#[test]
fn yaml_and_json_files_give_the_same_diff() {
    let (base, rev) = pair();
    let dir = Dir::new("formats");
    let yaml = serde_yaml_ng::to_string(&base).unwrap();
    // YAML reads `200:` as a number; the loader keeps it a status code string.
    let yaml = yaml.replace("'200':", "200:");
    assert!(yaml.contains("\n        200:"), "the YAML has a numeric status key");
    let a = dir.write("base.yaml", &yaml);
    let b = dir.write("rev.json", &serde_json::to_string_pretty(&rev).unwrap());
    let cwd = Path::new(".");
    assert_eq!(load_in(&a, cwd).unwrap(), base);
    assert_eq!(load_in(&b, cwd).unwrap(), rev);
    let outcome = check(&a, &b, None).unwrap();
    assert_eq!(ids(&outcome.changes), ids(&diff(&base, &rev)));
    assert_eq!(ids(&outcome.changes), ["api-operation-id-removed"]);
    assert_eq!(outcome.unacknowledged, [0]);
    // YAML in a file named .json still loads (JSON is tried first).
    let c = dir.write("yaml-in-disguise.json", &yaml);
    assert_eq!(load_in(&c, cwd).unwrap(), base);
}

#[test]
fn bad_input_is_an_error_that_names_the_file_and_the_problem() {
    let dir = Dir::new("bad");
    let cwd = Path::new(".");
    let missing = dir.0.join("missing.json").display().to_string();
    let err = load_in(&missing, cwd).unwrap_err();
    assert!(matches!(err, LoadError::Unreadable(..)), "{err}");
    assert!(err.to_string().starts_with(&missing), "{err}");

    let garbage = dir.write("garbage.json", "{\"openapi\": \"3.0.3\", \"paths\": {");
    let err = load_in(&garbage, cwd).unwrap_err();
    assert!(matches!(err, LoadError::Syntax(..)), "{err}");
    assert!(err.to_string().contains("neither JSON nor YAML"), "{err}");

    for (name, text, says) in [
        ("v31.json", r#"{"openapi": "3.1.0", "info": {}, "paths": {}}"#, "`3.1.0`"),
        ("swagger.yaml", "swagger: '2.0'\ninfo: {}\npaths: {}\n", "Swagger 2.0"),
        ("plain.json", r#"{"title": "not a contract"}"#, "missing"),
    ] {
        let path = dir.write(name, text);
        let err = load_in(&path, cwd).unwrap_err();
        assert!(matches!(err, LoadError::NotOpenApi30(..)), "{name}: {err}");
        assert!(err.to_string().contains("not an OpenAPI 3.0 document") && err.to_string().contains(says), "{err}");
    }
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "user.name=test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false"])
        .args(args)
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn git_revisions_load_the_contract_as_committed() {
    let (base, rev) = pair();
    let repo = Dir::new("git");
    git(&repo.0, &["init", "-q"]);
    repo.write("openapi/graph.json", &serde_json::to_string(&base).unwrap());
    repo.write("other/contract.yaml", &serde_yaml_ng::to_string(&rev).unwrap());
    git(&repo.0, &["add", "."]);
    git(&repo.0, &["commit", "-q", "-m", "base"]);
    repo.write("openapi/graph.json", &serde_json::to_string(&rev).unwrap());
    git(&repo.0, &["commit", "-q", "-am", "revision"]);
    // A working-tree edit that is not committed: `git:` never sees it.
    repo.write("openapi/graph.json", "not even JSON");

    assert_eq!(load_in("git:HEAD~1", &repo.0).unwrap(), base, "default path openapi/graph.json");
    assert_eq!(load_in("git:HEAD", &repo.0).unwrap(), rev);
    assert_eq!(load_in("git:HEAD~1:other/contract.yaml", &repo.0).unwrap(), rev, "an explicit path, YAML");
    let changes = diff(&load_in("git:HEAD~1", &repo.0).unwrap(), &load_in("git:HEAD", &repo.0).unwrap());
    assert_eq!(ids(&changes), ["api-operation-id-removed"]);

    for (spec, says) in [
        ("git:no-such-rev", "git:no-such-rev"),
        ("git:HEAD~5", "git:HEAD~5"),
        ("git:HEAD:missing.json", "missing.json"),
        ("git:", "expected git:REV[:path]"),
        ("git:--output=x", "expected git:REV[:path]"),
    ] {
        let err = load_in(spec, &repo.0).unwrap_err();
        assert!(matches!(err, LoadError::Git(..)), "{spec}: {err}");
        assert!(err.to_string().contains(says), "{spec}: {err}");
    }
}

#[test]
fn ref_cycles_terminate_and_changes_inside_them_are_reported_once() {
    let mut base = base();
    // A cycle through two components (thing → ring_a → ring_b → ring_a), on both sides.
    set(&mut base, &format!("{THING}/properties/ring"), json!({"$ref": "#/components/schemas/ring_a"}));
    set(
        &mut base,
        "/components/schemas/ring_a",
        json!({"type": "object", "properties": {"b": {"$ref": "#/components/schemas/ring_b"}, "n": {"type": "string"}}}),
    );
    set(
        &mut base,
        "/components/schemas/ring_b",
        json!({"type": "object", "properties": {"a": {"$ref": "#/components/schemas/ring_a"}}}),
    );
    let mut rev = base.clone();
    set(&mut rev, "/components/schemas/ring_a/properties/n/type", json!("integer"));
    let changes = diff(&base, &rev);
    let typed: Vec<_> = changes.iter().filter(|c| c.component.as_deref() == Some("ring_a")).collect();
    // One change per side (request and response), not one per path through the cycle.
    let mut rules: Vec<&str> = typed.iter().map(|c| c.rule.id).collect();
    rules.sort();
    assert_eq!(rules, ["request-property-type-changed", "response-property-type-changed"], "{changes:#?}");
    assert!(typed.iter().all(|c| c.operations.contains(&"PATCH /things/{id}".to_string())));
    // A self-referencing `$ref` chain that never reaches a schema is not a hang either.
    let mut looped = base.clone();
    set(&mut looped, "/components/schemas/ring_b", json!({"$ref": "#/components/schemas/ring_b"}));
    let _ = diff(&base, &looped);
    let _ = diff(&looped, &looped);
}

#[test]
fn acknowledgements_accept_listed_breaking_changes_only() {
    let (base, rev) = pair();
    let dir = Dir::new("ack");
    let a = dir.write("base.json", &base.to_string());
    let b = dir.write("rev.json", &rev.to_string());
    let ack = |name: &str, text: &str| {
        let path = dir.write(name, text);
        check(&a, &b, Some(Path::new(&path)))
    };
    let toml = "[[acknowledged]]\nrule = \"api-operation-id-removed\"\noperation = \"PATCH /things/{id}\"\nreason = \"renamed to match the docs\"\n";
    assert!(ack("ack.toml", toml).unwrap().unacknowledged.is_empty());
    let json = r#"{"acknowledged": [{"rule": "api-operation-id-removed", "reason": "everywhere"}]}"#;
    assert!(ack("ack.json", json).unwrap().unacknowledged.is_empty());
    // Another operation, or another rule: still unacknowledged.
    let other_op = toml.replace("PATCH /things/{id}", "GET /others");
    assert_eq!(ack("other-op.toml", &other_op).unwrap().unacknowledged, [0]);
    let other_rule = toml.replace("api-operation-id-removed", "endpoint-added");
    assert_eq!(ack("other-rule.toml", &other_rule).unwrap().unacknowledged, [0]);

    for (name, text, says) in [
        ("unknown.toml", "[[acknowledged]]\nrule = \"no-such-rule\"\nreason = \"x\"\n", "no such rule"),
        ("empty.toml", "[[acknowledged]]\nrule = \"endpoint-added\"\nreason = \" \"\n", "the reason is empty"),
        (
            "typo.toml",
            "[[acknowledged]]\nrule = \"endpoint-added\"\nreason = \"x\"\nopration = \"GET /\"\n",
            "opration",
        ),
    ] {
        let err = ack(name, text).unwrap_err();
        assert!(err.to_string().contains(name) && err.to_string().contains(says), "{name}: {err}");
    }
}
