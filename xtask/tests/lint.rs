//! `cargo xtask lint` exit codes and formats.

use std::process::Command;

fn xtask(args: &[&str]) -> std::process::Output {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    Command::new(env!("CARGO_BIN_EXE_xtask")).current_dir(root).args(args).output().unwrap()
}

#[test]
fn warnings_pass_unless_denied() {
    let out = xtask(&["lint"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("warning[odata-type-hash]"));
    let denied = xtask(&["lint", "--deny", "warnings"]);
    assert_eq!(denied.status.code(), Some(1));
}

#[test]
fn sarif_and_bad_input() {
    let out = xtask(&["lint", "--format", "sarif"]);
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(log["version"], "2.1.0");
    assert!(!log["runs"][0]["results"].as_array().unwrap().is_empty());
    let missing = xtask(&["lint", "--docs", "no/such/dir"]);
    assert_eq!(missing.status.code(), Some(2));
}
