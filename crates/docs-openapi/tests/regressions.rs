//! Pages that once broke something (found by `cargo xtask fuzz` or in the
//! corpus) stay converted without a panic and with the expected shape.
//! Add a file to `tests/regressions/` and it is checked here.

use docs_openapi::{SourceFile, convert};

#[test]
fn regression_pages_convert() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            let text = std::fs::read_to_string(&path).unwrap();
            let c = convert(vec![SourceFile::new(path.display().to_string(), text)]);
            let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
            assert!(json["openapi"] == "3.0.3", "{}", path.display());
            n += 1;
        }
    }
    assert!(n >= 2, "the regression pages are read");
}
