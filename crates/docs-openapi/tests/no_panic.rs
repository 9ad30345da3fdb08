//! The converter never panics: arbitrary text, and real pages mutated in the
//! ways broken docs are broken (cut, spliced, fences and comments unbalanced).

use docs_openapi::{SourceFile, convert};
use proptest::prelude::*;

const SEED: &str = include_str!("../../../openapi/docs/update-assignments.md");

/// Fragments of the dialect's syntax, spliced in at random.
const FRAGMENTS: &[&str] = &[
    "```",
    "``` http\n",
    "<!-- {",
    "} -->",
    "<!--",
    "-->",
    "|",
    "|---|---|\n",
    "{",
    "}",
    "{id | userPrincipalName}",
    "## HTTP request\n",
    "## Response\n",
    "# [HTTP](#tab/http)\n",
    "\"blockType\": \"request\"",
    "HTTP/1.1 200 OK\n",
    "PATCH /a/{b}/c\n",
    "GET https://graph.microsoft.com/beta/x?$filter={f}\n",
    "Possible values are: `a`, `b`.",
    "[x](../resources/x.md)",
    "---\n",
    "doc_type: resourcePageType\n",
    "\\",
    "\"",
    ",",
    "...",
    "\u{0}",
    "é",
    "🙂",
    "\r\n",
    "Collection(",
    "microsoft.graph.",
];

fn check(text: &str) {
    let c = convert(vec![SourceFile::new("page.md", text), SourceFile::new("seed.md", SEED)]);
    let json = c.to_json();
    assert!(json.starts_with('{'));
    for d in &c.diagnostics {
        let _ = d.render(&c.files);
    }
}

#[derive(Debug, Clone)]
enum Edit {
    Cut(usize, usize),
    Insert(usize, usize),
    Duplicate(usize, usize),
    Truncate(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 0..200usize).prop_map(|(a, n)| Edit::Cut(a, n)),
        (any::<usize>(), 0..FRAGMENTS.len()).prop_map(|(a, f)| Edit::Insert(a, f)),
        (any::<usize>(), 0..400usize).prop_map(|(a, n)| Edit::Duplicate(a, n)),
        any::<usize>().prop_map(Edit::Truncate),
    ]
}

/// The nearest char boundary at or before `i` (mod the length).
fn boundary(s: &str, i: usize) -> usize {
    let mut i = if s.is_empty() { 0 } else { i % (s.len() + 1) };
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn apply(mut s: String, edits: &[Edit]) -> String {
    for e in edits {
        match *e {
            Edit::Cut(a, n) => {
                let a = boundary(&s, a);
                let b = boundary(&s, a + n);
                s.replace_range(a..b.max(a), "");
            }
            Edit::Insert(a, f) => {
                let a = boundary(&s, a);
                s.insert_str(a, FRAGMENTS[f]);
            }
            Edit::Duplicate(a, n) => {
                let a = boundary(&s, a);
                let b = boundary(&s, a + n).max(a);
                let piece = s[a..b].to_string();
                s.insert_str(b, &piece);
            }
            Edit::Truncate(a) => {
                let a = boundary(&s, a);
                s.truncate(a);
            }
        }
    }
    s
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
