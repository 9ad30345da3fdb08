//! Mutations of pages in the ways broken docs are broken (cut, spliced,
//! duplicated, truncated, syntax fragments dropped in, saved with CRLF or
//! carriage-return line breaks), for the robustness tests and `cargo xtask fuzz`.

/// Fragments of the dialect's syntax, spliced in at random.
pub const FRAGMENTS: &[&str] = &[
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
    "\u{feff}",
    "Collection(",
    "microsoft.graph.",
    "Inherits from [entity](entity.md).",
    "|id|String|Read-only.|\n",
];

/// One edit; positions are taken modulo the text's length, at char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// Remove `n` bytes at a position.
    Cut(usize, usize),
    /// Insert `FRAGMENTS[i]` at a position.
    Insert(usize, usize),
    /// Repeat the `n` bytes at a position.
    Duplicate(usize, usize),
    /// Keep only the text before a position.
    Truncate(usize),
    /// Every line break as CRLF (as a page saved on Windows).
    Crlf,
    /// Every line break as a lone carriage return (classic Mac; older pages' front matter).
    Cr,
}

impl Edit {
    /// An edit from three numbers (kind, position, amount), as random
    /// generators produce them: one mapping for the tests and the fuzzer.
    pub fn from_parts(kind: u8, at: usize, amount: usize) -> Edit {
        match kind % 6 {
            0 => Edit::Cut(at, amount % 200),
            1 => Edit::Insert(at, amount),
            2 => Edit::Duplicate(at, amount % 400),
            3 => Edit::Truncate(at),
            4 => Edit::Crlf,
            _ => Edit::Cr,
        }
    }
}

/// The nearest char boundary at or before `i` (modulo the length plus one).
fn boundary(s: &str, i: usize) -> usize {
    let mut i = i % (s.len() + 1);
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Applies `edits` in order.
pub fn apply(mut s: String, edits: &[Edit]) -> String {
    for e in edits {
        match *e {
            Edit::Cut(a, n) => {
                let a = boundary(&s, a);
                let b = boundary(&s, a.saturating_add(n)).max(a);
                s.replace_range(a..b, "");
            }
            Edit::Insert(a, f) => {
                let a = boundary(&s, a);
                s.insert_str(a, FRAGMENTS[f % FRAGMENTS.len()]);
            }
            Edit::Duplicate(a, n) => {
                let a = boundary(&s, a);
                let b = boundary(&s, a.saturating_add(n)).max(a);
                let piece = s[a..b].to_string();
                s.insert_str(b, &piece);
            }
            Edit::Truncate(a) => {
                let a = boundary(&s, a);
                s.truncate(a);
            }
            Edit::Crlf => s = s.replace("\r\n", "\n").replace('\n', "\r\n"),
            Edit::Cr => s = s.replace("\r\n", "\n").replace('\n', "\r"),
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_respect_char_boundaries() {
        let s = "aé🙂b".to_string();
        for i in 0..20 {
            for e in [Edit::Cut(i, 3), Edit::Insert(i, i), Edit::Duplicate(i, 2), Edit::Truncate(i)] {
                let _ = apply(s.clone(), &[e]);
            }
        }
        assert_eq!(apply("abc".into(), &[Edit::Cut(1, 1)]), "ac");
        assert_eq!(apply("abc".into(), &[Edit::Truncate(2)]), "ab");
        assert_eq!(apply("ab".into(), &[Edit::Duplicate(0, 1)]), "aab");
        assert_eq!(apply("a\nb\r\n".into(), &[Edit::Crlf]), "a\r\nb\r\n");
        assert_eq!(apply("a\nb\r\n".into(), &[Edit::Cr]), "a\rb\r");
        assert_eq!(Edit::from_parts(6, 1, 250), Edit::Cut(1, 50));
        assert_eq!(Edit::from_parts(9, 9, 0), Edit::Truncate(9));
        assert_eq!(Edit::from_parts(10, 9, 0), Edit::Crlf);
        assert_eq!(Edit::from_parts(11, 9, 0), Edit::Cr);
    }
}
