//! Generates a client for just the pages this application uses.

fn main() {
    // Pick the pages you call; here, the project's default page.
    let pages = [std::path::PathBuf::from("../../openapi/docs/update-assignments.md")];
    if let Err(e) = graph_codegen::build_from_docs(&pages, "graph_client.rs") {
        // The diagnostics, with file:line:col, end up in cargo's build output.
        eprintln!("{e}");
        std::process::exit(1);
    }
}
