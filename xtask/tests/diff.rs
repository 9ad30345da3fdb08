//! `cargo xtask diff`: exit codes 0/1/2, the three formats, acknowledgements.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::{Value, json};

fn xtask(args: &[&str]) -> Output {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    Command::new(env!("CARGO_BIN_EXE_xtask")).current_dir(root).args(args).env("NO_COLOR", "1").output().unwrap()
}

/// A temp directory with two contracts (and whatever else is written), removed on drop.
struct Files(PathBuf);

impl Files {
    fn new(tag: &str) -> Files {
        let dir = std::env::temp_dir().join(format!("xtask-diff-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Files(dir)
    }

    fn write(&self, name: &str, text: &str) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    }
}

impl Drop for Files {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn contract(operation_id: &str, extra_property: bool) -> String {
    let mut props = json!({"name": {"type": "string"}});
    if extra_property {
        props["color"] = json!({"type": "string"});
    }
    json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/things/{id}": {"get": {
            "operationId": operation_id,
            "x-doc-source": {"file": "docs/get-thing.md", "line": 12},
            "parameters": [{"in": "path", "name": "id", "required": true, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/thing"}}}}}
        }}},
        "components": {"schemas": {"thing": {"type": "object", "properties": props}}}
    })
    .to_string()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn exit_codes_say_no_change_breaking_or_bad_input() {
    let f = Files::new("exit");
    let base = f.write("base.json", &contract("get_thing", false));
    let same = f.write("same.json", &contract("get_thing", false));
    let renamed = f.write("renamed.json", &contract("fetch_thing", false));

    let out = xtask(&["diff", &base, &same]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout(&out).contains("0 changes"), "{}", stdout(&out));

    let out = xtask(&["diff", &base, &renamed]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("GET /things/{id}") && text.contains("[api-operation-id-removed]"), "{text}");
    assert!(text.contains("doc docs/get-thing.md:12"), "the doc source is named: {text}");
    assert!(!text.contains('\x1b'), "no colour when not a terminal");
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 breaking change(s) not acknowledged"));

    let missing = f.0.join("missing.json").display().to_string();
    let not_openapi = f.write("swagger.json", r#"{"swagger": "2.0"}"#);
    for args in [
        vec!["diff", missing.as_str(), base.as_str()],
        vec!["diff", base.as_str(), not_openapi.as_str()],
        vec!["diff", "git:no-such-revision-anywhere", base.as_str()],
    ] {
        let out = xtask(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with("diff: error: "), "{err}");
        assert!(err.contains(args[1]) || err.contains(args[2]), "the bad side is named: {err}");
        assert!(out.stdout.is_empty(), "nothing is reported on bad input");
    }
}

#[test]
fn json_and_markdown_reports() {
    let f = Files::new("formats");
    let base = f.write("base.json", &contract("get_thing", false));
    let rev = f.write("rev.json", &contract("fetch_thing", true));

    let out = xtask(&["diff", &base, &rev, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(report["version"], 2);
    let changes = report["changes"].as_array().unwrap();
    let renamed = changes.iter().find(|c| c["id"] == "api-operation-id-removed").expect("the rename");
    assert_eq!(renamed["rust"], "compile");
    assert_eq!(renamed["breaking"], true);
    assert_eq!(renamed["acknowledged"], false);
    assert_eq!(renamed["base"], "/paths/~1things~1{id}/get/operationId");
    assert_eq!(renamed["doc_source"], "docs/get-thing.md:12");
    let added = changes.iter().find(|c| c["id"] == "response-optional-property-added").expect("the new property");
    assert_eq!(added["level"], "info");
    assert_eq!(added["rust"], "exhaustive");
    assert_eq!(added["base"], Value::Null, "absent in the base");
    assert_eq!(added["revision"], "/components/schemas/thing/properties/color");
    assert_eq!(report["summary"]["breaking"], 0, "wire-breaking count: the rename is only info on the wire");
    assert_eq!(report["summary"]["failing"], 1);

    let out = xtask(&["diff", &base, &rev, "--format", "markdown"]);
    let md = stdout(&out);
    assert!(md.starts_with("### Contract changes:"), "{md}");
    assert!(md.contains("| level | change | rule | Rust API | where | doc |"), "{md}");
    assert!(md.contains("`api-operation-id-removed`"), "{md}");
}

#[test]
fn acknowledged_breaking_changes_pass() {
    let f = Files::new("ack");
    let base = f.write("base.json", &contract("get_thing", false));
    let rev = f.write("rev.json", &contract("fetch_thing", false));
    let ack = f.write(
        "ack.toml",
        "[[acknowledged]]\nrule = \"api-operation-id-removed\"\noperation = \"GET /things/{id}\"\nreason = \"renamed in the docs\"\n",
    );
    let out = xtask(&["diff", &base, &rev, "--acknowledgements", &ack]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 breaking change(s) acknowledged"));
    let bad = f.write("bad.toml", "[[acknowledged]]\nrule = \"nope\"\nreason = \"x\"\n");
    assert_eq!(xtask(&["diff", &base, &rev, "--acknowledgements", &bad]).status.code(), Some(2));
}

/// Contracts named relative to the directory the task is started in, as the other tasks read them.
#[test]
fn relative_contracts_are_read_from_where_the_task_is_started() {
    let files = Files::new("relative");
    files.write("base.json", &contract("get_thing", false));
    files.write("revision.json", &contract("get_thing", true));
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .current_dir(&files.0)
        .args(["diff", "base.json", "revision.json"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}
