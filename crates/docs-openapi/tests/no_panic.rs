//! The converter never panics: arbitrary text, and real pages mutated in the
//! ways broken docs are broken (cut, spliced, fences and comments unbalanced).

use docs_openapi::mutate::{Edit, apply};
use docs_openapi::{SourceFile, convert};
use proptest::prelude::*;

const SEED: &str = include_str!("../../../openapi/docs/update-assignments.md");

fn check(text: &str) {
    let c = convert(vec![SourceFile::new("page.md", text), SourceFile::new("seed.md", SEED)]);
    let json = c.to_json();
    assert!(json.starts_with('{'));
    for d in &c.diagnostics {
        let _ = d.render(&c.files);
    }
}

fn edit() -> impl Strategy<Value = Edit> {
    (any::<u8>(), any::<usize>(), any::<usize>()).prop_map(|(k, a, n)| Edit::from_parts(k, a, n))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn mutated_pages_never_panic(edits in proptest::collection::vec(edit(), 1..12)) {
        check(&apply(SEED.to_string(), &edits));
    }

    #[test]
    fn arbitrary_text_never_panics(text in "[#|`{}\\[\\]()<>!:*\\n a-zA-Z0-9\"/,.$?=@-]{0,600}") {
        check(&text);
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,300}") {
        check(&text);
    }
}
