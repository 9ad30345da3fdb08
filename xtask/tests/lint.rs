//! `cargo xtask lint`: exit codes, formats, repeated `--docs`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn xtask(args: &[&str]) -> Output {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    Command::new(env!("CARGO_BIN_EXE_xtask")).current_dir(root).args(args).output().unwrap()
}

/// A temp directory with `pages` written into it, removed on drop.
struct Pages(PathBuf);

impl Pages {
    fn new(tag: &str, pages: &[(&str, &str)]) -> Pages {
        let dir = std::env::temp_dir().join(format!("xtask-lint-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for (name, text) in pages {
            std::fs::write(dir.join(name), text).unwrap();
        }
        Pages(dir)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for Pages {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn warnings_pass_unless_denied() {
    let out = xtask(&["lint"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("openapi/docs/update-assignments.md:75:21: warning[odata-type-hash]"), "{text}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("by code:"));
    let denied = xtask(&["lint", "--deny", "warnings"]);
    assert_eq!(denied.status.code(), Some(1));
}

#[test]
fn clean_pages_pass_even_when_denied() {
    let pages = Pages::new("clean", &[("notes.md", "# Notes\n\nNothing to check here.\n")]);
    let out = xtask(&["lint", "--docs", pages.path(), "--deny", "warnings"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stdout.is_empty());
}

#[test]
fn docs_repeat() {
    let pages = Pages::new("repeat", &[("notes.md", "# Notes\n\nA TODO left here.\n")]);
    let out = xtask(&["lint", "--docs", pages.path(), "--docs", "openapi/docs"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("lint: 2 pages"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("notes.md:3:3: warning[todo-placeholder]"));
}

#[test]
fn sarif_output() {
    let out = xtask(&["lint", "--format", "sarif"]);
    assert_eq!(out.status.code(), Some(0));
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(log["version"], "2.1.0");
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert!(results.iter().any(|r| r["ruleId"] == "odata-type-hash"
        && r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "openapi/docs/update-assignments.md"));
}

#[test]
fn bad_input_exits_2() {
    assert_eq!(xtask(&["lint", "--docs", "no/such/dir"]).status.code(), Some(2));
    let empty = Pages::new("empty", &[]);
    assert_eq!(xtask(&["lint", "--docs", empty.path()]).status.code(), Some(2));
    assert_eq!(xtask(&["lint", "--format", "yaml"]).status.code(), Some(2));
}

#[cfg(unix)]
#[test]
fn spec_refuses_an_empty_doc_set_and_follows_linked_folders() {
    let empty = Pages::new("spec-empty", &[]);
    let out_file = empty.0.join("out.json");
    let out = xtask(&["spec", "--docs", empty.path(), "--out", out_file.to_str().unwrap()]);
    assert_ne!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no *.md pages under"), "{out:?}");
    assert!(!out_file.exists(), "nothing written");

    // A doc set assembled from links: a linked folder is walked, a link back up is not walked again.
    let real = Pages::new("spec-real", &[("notes.md", "# Notes\n\nNothing here.\n")]);
    let linked = Pages::new("spec-linked", &[]);
    std::os::unix::fs::symlink(&real.0, linked.0.join("real")).unwrap();
    std::os::unix::fs::symlink(&linked.0, linked.0.join("loop")).unwrap();
    // Two links to one folder read it once.
    std::os::unix::fs::symlink(&real.0, linked.0.join("again")).unwrap();
    let out_file = linked.0.join("out.json");
    let out = xtask(&["spec", "--docs", linked.path(), "--out", out_file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("spec: 1 pages"), "{}", String::from_utf8_lossy(&out.stderr));
}
