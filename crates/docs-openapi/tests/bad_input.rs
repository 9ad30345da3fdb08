//! Bad input gets a diagnostic with a location and a code. What a page loses
//! (a request line, an annotation, an example) is a warning and the run goes on;
//! what would make the contract wrong, or leave it without operations, is an error.

use docs_openapi::{Severity, SourceFile, codes, convert};

fn api_page(body: &str) -> String {
    format!("---\ntitle: \"Get thing\"\ndoc_type: apiPageType\n---\n# Get thing\n\nGets a thing.\n\n{body}")
}

/// Converts one page and returns its diagnostics rendered, with the conversion.
fn run(text: &str) -> (docs_openapi::Conversion, String) {
    let c = convert(vec![SourceFile::new("docs/page.md", text)]);
    let rendered = c.diagnostics.iter().map(|d| d.render(&c.files)).collect::<String>();
    (c, rendered)
}

fn find<'a>(c: &'a docs_openapi::Conversion, code: &str) -> &'a docs_openapi::Diagnostic {
    c.diagnostics.iter().find(|d| d.code == code).unwrap_or_else(|| panic!("no {code} in {:?}", c.diagnostics))
}

#[test]
fn page_without_http_request_section() {
    let (c, text) = run(&api_page("## Response\nReturns `200 OK`.\n"));
    let d = find(&c, codes::NO_HTTP_REQUEST);
    assert_eq!(d.severity, Severity::Warning, "the page is skipped, the run goes on");
    assert!(text.contains("docs/page.md:5:1: warning[no-http-request]: "), "{text}");
    assert!(text.contains("5 | # Get thing"), "the source line is shown: {text}");
    assert!(c.openapi.paths.paths.is_empty());
    // With no other api page, there is nothing to generate from: that is the error.
    let none = find(&c, codes::NO_OPERATIONS);
    assert_eq!(none.severity, Severity::Error);
    assert!(text.starts_with("docs/page.md:1:1: error[no-operations]: the api page yielded no operation;"), "{text}");
    assert_eq!(c.errors(), 1);
}

#[test]
fn one_page_without_request_lines_among_others_is_a_warning() {
    let good = SourceFile::new("docs/good.md", api_page("## HTTP request\n```http\nGET /things\n```\n"));
    let bad = SourceFile::new("docs/bad.md", api_page("## HTTP request\n```http\n```\n"));
    let c = convert(vec![good, bad]);
    let d = find(&c, codes::NO_HTTP_REQUEST);
    assert_eq!((c.files[d.file.0 as usize].name(), d.severity), ("docs/bad.md", Severity::Warning));
    assert_eq!(c.errors(), 0, "{:?}", c.diagnostics);
    assert!(c.openapi.paths.paths.contains_key("/things"));

    let worse = SourceFile::new("docs/worse.md", api_page("## Response\nNothing.\n"));
    let bad = SourceFile::new("docs/bad.md", api_page("## HTTP request\n```http\n```\n"));
    let c = convert(vec![worse, bad]);
    let d = find(&c, codes::NO_OPERATIONS);
    assert_eq!(c.files[d.file.0 as usize].name(), "docs/bad.md", "the first api page by name");
    assert!(d.message.starts_with("none of the 2 api pages yielded an operation"), "{}", d.message);
}

#[test]
fn malformed_annotation_json() {
    let (c, text) =
        run(&api_page("## HTTP request\n<!-- {\n  \"blockType\": ignored\n} -->\n```http\nGET /things\n```\n"));
    let d = find(&c, codes::ANNOTATION_JSON);
    assert_eq!(d.severity, Severity::Warning, "the block is read without it");
    assert!(text.contains("docs/page.md:11:16: warning[annotation-json]"), "points at the bad value: {text}");
    // The request line is still read.
    assert!(c.openapi.paths.paths.contains_key("/things"));
    assert_eq!(c.errors(), 0);
}

#[test]
fn annotation_with_trailing_comma_is_a_warning() {
    let (c, _) =
        run(&api_page("## HTTP request\n<!-- {\n  \"blockType\": \"ignored\",\n} -->\n```http\nGET /things\n```\n"));
    assert_eq!(find(&c, codes::ANNOTATION_JSON).severity, Severity::Warning);
    assert_eq!(c.errors(), 0);
}

#[test]
fn invalid_example_json() {
    let page = api_page(
        "## HTTP request\n```http\nPOST /things\n```\n## Request body\nIn the request body, supply a JSON representation of a [thing](../resources/thing.md) object.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"create_thing\" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/things\nContent-type: application/json\n\n{\n  \"name\": #oops\n}\n```\n",
    );
    let (c, text) = run(&page);
    let d = find(&c, codes::EXAMPLE_JSON);
    assert_eq!(d.severity, Severity::Warning, "the example is dropped, the operation stays");
    assert!(text.contains("docs/page.md:23:"), "{text}");
    assert_eq!(c.api.operations[0].id, "create_thing");
    assert!(c.api.operations[0].request_body.as_ref().unwrap().example.is_none());
}

#[test]
fn unknown_type_names() {
    let page = "---\ndoc_type: resourcePageType\n---\n# thing resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|a|Strng|Typo of a primitive.|\n|b|frobnicator|Not defined anywhere.|\n";
    let (c, text) = run(page);
    let typo = c.diagnostics.iter().find(|d| d.message.contains("`Strng`")).expect("typo reported");
    assert_eq!(typo.severity, Severity::Error);
    assert_eq!(typo.help.as_deref(), Some("did you mean the primitive `String`?"));
    let unknown = c.diagnostics.iter().find(|d| d.message.contains("`frobnicator`")).expect("unknown reported");
    assert_eq!(unknown.severity, Severity::Warning);
    assert!(text.contains("docs/page.md:9:4: error[unknown-type]"), "{text}");
}

#[test]
fn duplicate_operation_ids() {
    let a = SourceFile::new(
        "docs/a.md",
        api_page(
            "## HTTP request\n```http\nGET /a\n```\n<!-- { \"blockType\": \"request\", \"name\": \"get_thing\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/a\n```\n",
        ),
    );
    let b = SourceFile::new(
        "docs/b.md",
        api_page(
            "## HTTP request\n```http\nGET /b\n```\n<!-- { \"blockType\": \"request\", \"name\": \"get_thing\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/b\n```\n",
        ),
    );
    let c = convert(vec![b, a]);
    let d = find(&c, codes::DUPLICATE_OPERATION_ID);
    assert_eq!(c.files[d.file.0 as usize].name(), "docs/b.md", "the later page (by name) is the duplicate");
    let mut ids: Vec<&str> = c.api.operations.iter().map(|o| o.id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, ["get_thing", "get_thing_b"], "both titles are `Get thing`: the words of its own path");
    // Paths of the same words: a numeric suffix.
    let named = |file: &str, path: &str, id: &str| {
        let block = format!(
            "## HTTP request\n```http\nGET {path}\n```\n<!-- {{ \"blockType\": \"request\", \"name\": \"{id}\" }} -->\n```http\nGET https://graph.microsoft.com/v1.0{path}\n```\n"
        );
        SourceFile::new(file, api_page(&block))
    };
    let page = |file: &str, path: &str| named(file, path, "get_thing");
    let c = convert(vec![page("docs/a.md", "/a/b"), page("docs/b.md", "/b/a")]);
    let mut ids: Vec<&str> = c.api.operations.iter().map(|o| o.id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, ["get_thing", "get_thing_2"]);
    // Ids that differ only in `_` are one Rust name and one name to a reader.
    let c = convert(vec![page("docs/a.md", "/a"), named("docs/c.md", "/c", "get_th_ing")]);
    let mut ids: Vec<&str> = c.api.operations.iter().map(|o| o.id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, ["get_th_ing_c", "get_thing"]);

    // A name copied onto a page with another title: the title names it.
    let copied = SourceFile::new(
        "docs/c.md",
        api_page(
            "## HTTP request\n```http\nPOST /c\n```\n<!-- { \"blockType\": \"request\", \"name\": \"get_thing\" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/c\n```\n",
        )
        .replace("# Get thing", "# Add thing"),
    );
    let a = SourceFile::new(
        "docs/a.md",
        api_page(
            "## HTTP request\n```http\nGET /a\n```\n<!-- { \"blockType\": \"request\", \"name\": \"get_thing\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/a\n```\n",
        ),
    );
    let c = convert(vec![a, copied]);
    let mut ids: Vec<&str> = c.api.operations.iter().map(|o| o.id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, ["add_thing", "get_thing"]);
}

#[test]
fn unreadable_file() {
    let dir = std::env::temp_dir().join(format!("docs-openapi-unreadable-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("binary.md");
    std::fs::write(&bad, [0xff, 0xfe, 0x00, 0x41]).unwrap();
    let c = docs_openapi::convert_paths(std::slice::from_ref(&dir), |p| {
        p.file_name().unwrap().to_string_lossy().into_owned()
    })
    .unwrap();
    let d = find(&c, codes::UNREADABLE);
    assert_eq!(d.severity, Severity::Error);
    assert!(d.render(&c.files).starts_with("binary.md:1:1: error[unreadable]: file is not UTF-8 text"));
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(docs_openapi::convert_paths(&[dir.join("missing")], |p| p.display().to_string()).is_err());
}
