//! The shared corpus of real pages (`../shared/graph-docs`) converts within the
//! coverage targets. These tests need the corpus and fail, loudly, without it.

use std::path::PathBuf;

use docs_openapi::corpus::{Report, report};

fn corpus(set: &str) -> PathBuf {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/graph-docs")).join(set);
    assert!(
        dir.is_dir(),
        "the shared corpus is missing at {}: it must sit beside the project root (../shared/graph-docs)",
        dir.display()
    );
    dir
}

fn measure(set: &str) -> (docs_openapi::Conversion, Report) {
    let conversion = docs_openapi::convert_paths(&[corpus(set)], |p| p.display().to_string()).unwrap();
    let r = report(&conversion);
    (conversion, r)
}

fn assert_targets(set: &str, r: &Report) {
    assert!(
        r.api_page_pct() >= 99.0,
        "{set}: api pages with operations {:.2}%: {:?}",
        r.api_page_pct(),
        r.api_pages_without_operations
    );
    assert!(r.pair_pct() >= 98.0, "{set}: (method, path) coverage {:.2}%: {:?}", r.pair_pct(), r.missing_pairs);
    assert!(r.type_page_pct() >= 97.0, "{set}: type pages with components {:.2}%", r.type_page_pct());
    assert!(r.example_pct() >= 95.0, "{set}: valid examples {:.2}%: {:?}", r.example_pct(), r.invalid_examples);
}

#[test]
fn v1_0_meets_the_targets() {
    let (c, r) = measure("v1.0");
    assert!(c.stats.api_pages > 1500 && c.stats.resource_pages > 800, "{:?}", c.stats);
    assert!(r.written_pairs > 2000 && r.example_checks > 500, "{r:?}");
    assert_targets("v1.0", &r);
    // Every api page either yields operations or says why not.
    let silent: Vec<&String> = r
        .api_pages_without_operations
        .iter()
        .filter(|page| !c.diagnostics.iter().any(|d| c.files[d.file.0 as usize].name() == page.as_str()))
        .collect();
    assert!(silent.is_empty(), "pages without operations and without a diagnostic: {silent:?}");
    // The docs' own mistakes cost single pages, never the run: `cargo xtask spec` writes the contract.
    let errors: Vec<String> = c
        .diagnostics
        .iter()
        .filter(|d| d.severity == docs_openapi::Severity::Error)
        .map(|d| d.render(&c.files))
        .collect();
    assert!(errors.is_empty(), "{}", errors.join(""));
    // Resource pages give their properties: the ones left empty say "has no properties", are abstract
    // Intune bases, or open planner dictionaries (27 of 800+; property tables headed `Property name`,
    // sections named `operationError Properties` and delimiter rows with tabs once left 73 empty).
    use docs_openapi::model::{TypeKind, TypeSource};
    let empty: Vec<&String> = c
        .api
        .types
        .values()
        .filter(|t| t.source == TypeSource::Page)
        .filter_map(|t| match &t.kind {
            TypeKind::Object { base: None, properties } if properties.is_empty() => Some(&t.name),
            _ => None,
        })
        .collect();
    assert!(empty.len() <= 30, "{} resource types without properties: {empty:?}", empty.len());
}

#[test]
fn beta_intune_enrollment_meets_the_targets() {
    let (c, r) = measure("beta-intune-enrollment");
    assert_targets("beta-intune-enrollment", &r);
    assert_eq!(
        c.errors(),
        0,
        "{:?}",
        c.diagnostics.iter().filter(|d| d.severity == docs_openapi::Severity::Error).collect::<Vec<_>>()
    );
    // The seed's family: the assignment is defined by its resource page, with the
    // target's derived types linked and the source an enum page.
    let assignment = &c.api.types["windowsAutopilotDeploymentProfileAssignment"];
    assert_eq!(assignment.source, docs_openapi::model::TypeSource::Page);
    let json = c.to_json();
    assert!(json.contains("\"/deviceManagement/windowsAutopilotDeviceIdentities/{windowsAutopilotDeviceIdentityId}/deploymentProfile/assignments/{windowsAutopilotDeploymentProfileAssignmentId}\""));
}

#[test]
fn conversion_is_independent_of_file_order() {
    let dir = corpus("beta-intune-enrollment");
    let mut paths = docs_openapi::load::find_pages(&[dir]).unwrap();
    let name = |p: &std::path::Path| p.display().to_string();
    let forward = docs_openapi::convert_files(&paths, name, &|| {}).to_json();
    paths.reverse();
    let backward = docs_openapi::convert_files(&paths, name, &|| {}).to_json();
    assert!(forward == backward, "the contract depends on the order pages are given in");
}

#[test]
fn windows_line_endings_and_a_byte_order_mark_change_nothing() {
    let dir = corpus("beta-intune-enrollment");
    let paths = docs_openapi::load::find_pages(&[dir]).unwrap();
    let (files, _) = docs_openapi::load::read_pages(&paths, |p| p.display().to_string());
    let windows: Vec<_> = files
        .iter()
        .map(|f| {
            let text = format!("\u{feff}{}", f.text().replace("\r\n", "\n").replace('\n', "\r\n"));
            docs_openapi::SourceFile::new(f.name().to_string(), text)
        })
        .collect();
    let unix = docs_openapi::convert(files);
    let crlf = docs_openapi::convert(windows);
    assert!(unix.stats.operations > 90, "{:?}", unix.stats);
    assert_eq!(unix.stats, crlf.stats);
    assert!(unix.to_json() == crlf.to_json(), "CRLF line breaks or a BOM change the contract");
    // The same findings, the converter's and the lint's, at the same lines and columns.
    let places = |c: &docs_openapi::Conversion, found: &[docs_openapi::Diagnostic]| {
        let place = |d: &docs_openapi::Diagnostic| (d.code, c.files[d.file.0 as usize].line_col(d.span.start));
        found.iter().map(place).collect::<Vec<_>>()
    };
    assert!(!unix.diagnostics.is_empty());
    assert_eq!(places(&unix, &unix.diagnostics), places(&crlf, &crlf.diagnostics));
    let root = std::path::Path::new("/");
    let (lint_unix, lint_crlf) = (docs_openapi::lint::lint(&unix, root), docs_openapi::lint::lint(&crlf, root));
    assert!(lint_unix.len() > unix.diagnostics.len(), "the lint adds findings of its own");
    assert_eq!(places(&unix, &lint_unix), places(&crlf, &lint_crlf));
}

#[test]
fn without_front_matter_pages_are_classified_by_their_structure() {
    use docs_openapi::page::Page;
    let paths = docs_openapi::load::find_pages(&[corpus("v1.0")]).unwrap();
    let (files, _) = docs_openapi::load::read_pages(&paths, |p| p.display().to_string());
    let mut differ = Vec::new();
    for (i, f) in files.iter().enumerate() {
        let Some(rest) = f.text().strip_prefix("---\n") else { continue };
        let Some(end) = rest.find("\n---\n") else { continue };
        let bare = docs_openapi::SourceFile::new(f.name(), &rest[end + 5..]);
        let id = docs_openapi::FileId(i as u32);
        let (with, without) = (Page::parse(id, f, &mut Vec::new()).kind, Page::parse(id, &bare, &mut Vec::new()).kind);
        if with != without {
            differ.push(format!("{}: {with:?} → {without:?}", f.name()));
        }
    }
    // What remains are overview pages (conceptual, but with requests and property tables).
    assert!(differ.len() * 100 <= files.len(), "{} of {} pages: {differ:#?}", differ.len(), files.len());
}
