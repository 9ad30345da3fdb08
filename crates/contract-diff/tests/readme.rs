//! The README's rule table is the catalogue itself. `UPDATE_README=1 cargo
//! test -p contract-diff --test readme` rewrites it after a rule changes.

use contract_diff::rules;

#[test]
fn readme_lists_every_rule_with_its_levels() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let (start, end) = ("<!-- rules -->\n", "<!-- /rules -->");
    let from = readme.find(start).expect("README has a `<!-- rules -->` marker") + start.len();
    let to = from + readme[from..].find(end).expect("README has a `<!-- /rules -->` marker");
    let table = rules::markdown_table();
    if readme[from..to] != table && std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(path, format!("{}{table}{}", &readme[..from], &readme[to..])).unwrap();
        return;
    }
    assert!(
        readme[from..to] == table,
        "the README's rule table is stale: run UPDATE_README=1 cargo test -p contract-diff --test readme"
    );
    assert_eq!(table.lines().count(), rules::RULES.len() + 2);
}
