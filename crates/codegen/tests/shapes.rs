//! Shapes progenitor trips on, as the converter now emits them: generation
//! succeeds for the client, the CLI and the mock helpers.

use docs_openapi::{SourceFile, convert};

fn generate(pages: &[(&str, &str)]) -> graph_codegen::Generated {
    let files = pages.iter().map(|(n, t)| SourceFile::new(*n, *t)).collect();
    let c = convert(files);
    graph_codegen::generate(&c.openapi, &graph_codegen::Options::default()).expect("progenitor generates")
}

#[test]
fn enum_members_differing_in_case_keep_one_variant() {
    let page = include_str!("../../docs-openapi/tests/regressions/case-colliding-enum.md");
    let g = generate(&[("thing.md", page)]);
    assert!(g.client.contains("pub enum ThingStatusKnown"));
    assert_eq!(g.client.matches("#[serde(rename = \"none\")]").count(), 1);
    assert!(!g.client.contains("#[serde(rename = \"None\")]"), "the second spelling falls to `Other`");
}

#[test]
fn parameters_with_one_rust_name_are_not_duplicated() {
    let page = "---\ndoc_type: apiPageType\n---\n# List things\n\n## HTTP request\n```http\nGET /things/{top}?$top={n}&top=5\n```\n## Request headers\n|Name|Description|\n|:--|:--|\n|Top|A header with the same name.|\n";
    let g = generate(&[("list.md", page)]);
    assert_eq!(g.cli.matches("::clap::Arg::new(\"top\")").count(), 1, "{}", g.cli);
}

#[test]
fn a_contract_progenitor_rejects_is_an_error_not_a_panic() {
    let mut spec = convert(vec![SourceFile::new(
        "a.md",
        "---\ndoc_type: apiPageType\n---\n# Get a\n\n## HTTP request\n```http\nGET /a\n```\n",
    )])
    .openapi
    .clone();
    // Two responses with different bodies beside 2xx: progenitor asserts on that.
    let json = serde_json::json!({
        "200": {"description": "ok", "content": {"application/json": {"schema": {"type": "string"}}}},
        "default": {"description": "other", "content": {"application/json": {"schema": {"type": "integer"}}}},
        "202": {"description": "ok too", "content": {"application/json": {"schema": {"type": "boolean"}}}}
    });
    let Some(openapiv3::ReferenceOr::Item(item)) = spec.paths.paths.get_mut("/a") else { panic!("/a is emitted") };
    item.get.as_mut().unwrap().responses = serde_json::from_value(json).unwrap();
    match graph_codegen::generate(&spec, &graph_codegen::Options::default()) {
        Err(graph_codegen::Error::Panicked(message)) => assert!(!message.is_empty()),
        other => panic!("expected a reported failure, got {:?}", other.map(|_| ())),
    }
    match graph_codegen::generate_client(&spec, &graph_codegen::Options::default()) {
        Err(graph_codegen::Error::Panicked(message)) => assert!(!message.is_empty()),
        other => panic!("expected a reported failure from the client alone, got {:?}", other.map(|_| ())),
    }
}

#[test]
fn the_client_alone_is_the_client_of_the_whole_generation() {
    let page = include_str!("../../../openapi/docs/update-assignments.md");
    let files = vec![SourceFile::new("update-assignments.md", page)];
    let c = convert(files);
    let options = graph_codegen::Options::default();
    let client = graph_codegen::generate_client(&c.openapi, &options).expect("progenitor generates");
    assert!(client.contains("pub struct Client"), "{client}");
    assert_eq!(client, graph_codegen::generate(&c.openapi, &options).expect("progenitor generates").client);
}
