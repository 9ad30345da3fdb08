//! `cargo xtask generate` end to end, into temp outputs: a contract change
//! reaches the generated Rust; a change that does not touch the contract
//! changes nothing; the committed files are never touched.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

const GENERATED: &[&str] = &[
    "openapi/graph.json",
    "crates/graph-client/src/generated.rs",
    "crates/graph-cli/src/generated.rs",
    "crates/graph-httpmock/src/generated.rs",
];

fn snapshot(base: &Path) -> Vec<String> {
    GENERATED.iter().map(|f| std::fs::read_to_string(base.join(f)).unwrap_or_default()).collect()
}

/// A temp dir with a copy of the default docs, edited by `edit`.
fn docs_copy(name: &str, edit: impl Fn(String) -> String) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("xtask-generate-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("docs")).unwrap();
    let page = std::fs::read_to_string(root().join("openapi/docs/update-assignments.md")).unwrap();
    // The same display name as the committed docs, so `x-doc-source` matches.
    std::fs::write(dir.join("docs/update-assignments.md"), edit(page)).unwrap();
    dir
}

/// `cargo xtask generate` from `dir/docs` into `dir/out`, whatever its outcome.
fn run_generate(dir: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .current_dir(root())
        .arg("generate")
        .arg("--docs")
        .arg(dir.join("docs"))
        .arg("--spec")
        .arg(dir.join("out/openapi/graph.json"))
        .arg("--out")
        .arg(dir.join("out"))
        .output()
        .unwrap()
}

fn generate(dir: &Path) -> std::process::Output {
    let out = run_generate(dir);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out
}

#[test]
fn a_new_property_reaches_the_generated_type() {
    let committed = snapshot(&root());
    let dir = docs_copy("new-property", |page| {
        page.replace(
            "|sourceId|String|**TODO: Add Description**|",
            "|sourceId|String|**TODO: Add Description**|\n|priority|Int32|The assignment's priority.|",
        )
    });
    generate(&dir);
    let client = std::fs::read_to_string(dir.join("out/crates/graph-client/src/generated.rs")).unwrap();
    assert!(client.contains("pub priority: ::std::option::Option<i32>"), "the new field is generated");
    assert!(client.contains("The assignment's priority."), "with its description");
    let contract = std::fs::read_to_string(dir.join("out/openapi/graph.json")).unwrap();
    assert!(contract.contains("\"priority\""));
    assert_eq!(snapshot(&root()), committed, "committed files are untouched");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn another_doc_set_s_client_is_written_with_the_crates_it_needs_named() {
    // A date-time property: the client uses chrono, which the workspace's client crate does not need.
    let dir = docs_copy("other-crates", |page| {
        page.replace(
            "|sourceId|String|**TODO: Add Description**|",
            "|sourceId|String|**TODO: Add Description**|\n|assignedDateTime|DateTimeOffset|When it was assigned.|",
        )
    });
    let out = generate(&dir);
    let client = std::fs::read_to_string(dir.join("out/crates/graph-client/src/generated.rs")).unwrap();
    assert!(client.contains("chrono::DateTime"), "the new field is a date-time");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("needs chrono"), "{stderr}");
    // With a manifest under `--out` that lacks it, generation stops and says so.
    let manifest = dir.join("out/crates/graph-client/Cargo.toml");
    std::fs::write(&manifest, "[dependencies]\nserde = \"1\"\n").unwrap();
    let refused = run_generate(&dir);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("does not depend on it"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_change_outside_the_contract_changes_nothing() {
    let dir =
        docs_copy("no-change", |page| page.replace("Namespace: microsoft.graph", "Namespace: microsoft.graph (beta)"));
    generate(&dir);
    let fresh = snapshot(&dir.join("out"));
    let committed = snapshot(&root());
    // The contract names the doc file by its display path; compare the Rust byte for byte.
    for (i, file) in GENERATED.iter().enumerate().skip(1) {
        let fresh = fresh[i].replace(&dir.join("out/openapi/graph.json").display().to_string(), "openapi/graph.json");
        assert!(fresh == committed[i], "{file} differs after a change the contract does not see");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn check_fails_on_stale_files_and_bad_docs_write_nothing() {
    let dir = docs_copy("check", |page| page.replace("|sourceId|String|", "|sourceId|Int64|"));
    std::fs::create_dir_all(dir.join("out/openapi")).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .current_dir(root())
        .args(["generate", "--check", "--docs"])
        .arg(dir.join("docs"))
        .arg("--spec")
        .arg(root().join("openapi/graph.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("+"), "a diff is printed");

    // A typo of a primitive type would make the contract wrong: an error. A broken
    // annotation only costs the annotation: a warning.
    let broken = docs_copy("broken", |page| {
        page.replace("|sourceId|String|", "|sourceId|Strng|")
            .replace("\"blockType\": \"request\"", "\"blockType\": request")
    });
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .current_dir(root())
        .arg("spec")
        .arg("--docs")
        .arg(broken.join("docs"))
        .arg("--out")
        .arg(broken.join("graph.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "errors exit non-zero");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("warning[annotation-json]"), "{stderr}");
    assert!(stderr.contains("error[unknown-type]: unknown type `Strng`"), "{stderr}");
    assert!(!broken.join("graph.json").exists(), "nothing is written on failure");
    for d in [dir, broken] {
        std::fs::remove_dir_all(d).unwrap();
    }
}

/// Paths on the command line are the caller's, read from the directory the task is started in.
#[test]
fn relative_paths_are_read_from_where_the_task_is_started() {
    let dir = docs_copy("relative", |page| page);
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .current_dir(&dir)
        .args(["spec", "--docs", "docs", "--out", "out/graph.json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let written = std::fs::read_to_string(dir.join("out/graph.json")).expect("written beside the docs");
    assert!(written.contains("/deviceManagement/windowsAutopilotDeviceIdentities/"), "the copied page's contract");
    assert!(!root().join("out/graph.json").exists(), "nothing written in the workspace");
    std::fs::remove_dir_all(dir).unwrap();
}

/// The workspace's own files, named from a subdirectory (`../openapi/docs`), are the files the
/// root names: the same `x-doc-source` names and generated headers, so `--check` passes.
#[test]
fn the_workspace_files_named_from_a_subdirectory_are_the_roots() {
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .current_dir(root().join("crates"))
        .args(["generate", "--check", "--docs", "../openapi/docs", "--spec", "../openapi/graph.json", "--out", ".."])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}
