//! Source files and byte spans, with line/column lookup for diagnostics.

use std::ops::Range;

/// Index of a [`SourceFile`] in the slice handed to [`crate::convert`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub u32);

/// A byte range into one source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end: end.max(start) }
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// A doc page: its display name (a relative path, used in diagnostics and in
/// the contract's `x-doc-source` extension) and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    name: String,
    text: String,
    /// Computed on first use (diagnostics, `x-doc-source` lines).
    line_starts: std::sync::OnceLock<Vec<usize>>,
}

impl SourceFile {
    /// A page named `name`; a leading byte order mark is dropped (it is not
    /// content, and would hide the front matter from the markdown parser), and a
    /// line break written as a lone carriage return (older pages' front matter, classic
    /// Mac files) is read as a line feed, byte for byte, so offsets stay the file's.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        let mut text = text.into();
        if text.starts_with('\u{feff}') {
            text.drain(..'\u{feff}'.len_utf8());
        }
        // A char search, not a byte loop: most pages have no carriage return, CRLF pages one a line.
        let lone: Vec<usize> =
            text.match_indices('\r').map(|(i, _)| i).filter(|&i| text.as_bytes().get(i + 1) != Some(&b'\n')).collect();
        if !lone.is_empty() {
            let mut bytes = text.into_bytes();
            for i in lone {
                bytes[i] = b'\n';
            }
            // ASCII for ASCII: still UTF-8.
            text = String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        }
        SourceFile { name: name.into(), text, line_starts: std::sync::OnceLock::new() }
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts
            .get_or_init(|| std::iter::once(0).chain(self.text.match_indices('\n').map(|(i, _)| i + 1)).collect())
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// One-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line_starts = self.line_starts();
        let line = line_starts.partition_point(|&s| s <= offset) - 1;
        let start = line_starts[line];
        let col = self.text.get(start..offset).map(|s| s.chars().count()).unwrap_or(0);
        (line + 1, col + 1)
    }

    /// The text of a one-based line, without its line ending.
    pub fn line_text(&self, line: usize) -> &str {
        let line_starts = self.line_starts();
        let Some(&start) = line_starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = line_starts.get(line).copied().unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }
}

/// The files `[!INCLUDE [name](../includes/….md)]` lines may name (newer pages
/// keep their permissions table in such a file), by their normalized display names.
#[derive(Debug, Default)]
pub struct Includes<'a> {
    files: std::collections::HashMap<String, &'a SourceFile>,
}

impl<'a> Includes<'a> {
    /// Every one of `files`, reachable by its name; of two with one name, the first by
    /// text (as [`crate::convert`], the result does not depend on the files' order).
    pub fn new(files: &'a [SourceFile]) -> Self {
        let mut by_name: std::collections::HashMap<String, &'a SourceFile> = Default::default();
        for f in files {
            by_name
                .entry(normalize(f.name()))
                .and_modify(|kept| {
                    if f.text() < kept.text() {
                        *kept = f;
                    }
                })
                .or_insert(f);
        }
        Includes { files: by_name }
    }

    /// The file `target` (a relative link) names from the page named `from`. Names are
    /// display names: the pages and the files they include must be named alike (both
    /// relative to one folder, or both absolute), as `load::read_pages` names them.
    pub fn resolve(&self, from: &str, target: &str) -> Option<&'a SourceFile> {
        self.files.get(&Self::path(from, target)?).copied()
    }

    /// Whether the folder `target` names holds some of the files, though perhaps not `target`:
    /// the includes are among the inputs, and one of them is missing.
    /// (A scan of the names: it runs only for an include that is missing.)
    pub fn has_folder_of(&self, from: &str, target: &str) -> bool {
        let Some(path) = Self::path(from, target) else { return false };
        let Some((dir, _)) = path.rsplit_once('/') else { return false };
        self.files.keys().any(|name| name.strip_prefix(dir).is_some_and(|rest| rest.starts_with('/')))
    }

    /// The normalized name `target`, linked from the page named `from`, has; `None` for
    /// links to other sites or absolute paths.
    fn path(from: &str, target: &str) -> Option<String> {
        let target = target.split(['#', '?']).next()?;
        if target.is_empty() || target.contains("://") || target.starts_with('/') {
            return None;
        }
        let path = match from.rsplit_once(['/', '\\']) {
            Some((dir, _)) => format!("{dir}/{target}"),
            None => target.to_string(),
        };
        Some(normalize(&path))
    }
}

/// `a/b/../c/./d.md` → `a/c/d.md`, with `/` separators; leading `..`s stay.
fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split(['/', '\\']) {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|p| *p != "..") => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    let joined = parts.join("/");
    if path.starts_with('/') { format!("/{joined}") } else { joined }
}

#[cfg(test)]
mod include_tests {
    use super::*;

    #[test]
    fn an_include_resolves_relative_to_the_including_page() {
        let files = [
            SourceFile::new("../docs/v1.0/api/user-get.md", ""),
            SourceFile::new("../docs/v1.0/includes/permissions/user-get-permissions.md", "table"),
            SourceFile::new("/abs/v1.0/includes/x.md", "abs"),
        ];
        let includes = Includes::new(&files);
        let found = |from: &str, target: &str| includes.resolve(from, target).map(SourceFile::text);
        assert_eq!(
            found("../docs/v1.0/api/user-get.md", "../includes/permissions/user-get-permissions.md"),
            Some("table")
        );
        assert_eq!(
            found("..\\docs\\v1.0\\api\\user-get.md", "../includes/permissions/user-get-permissions.md#x"),
            Some("table")
        );
        assert_eq!(found("/abs/v1.0/api/a.md", "../includes/x.md"), Some("abs"));
        assert_eq!(found("../docs/v1.0/api/user-get.md", "../../includes/all-clouds.md"), None);
        assert_eq!(found("../docs/v1.0/api/user-get.md", "https://example.com/x.md"), None);
        assert_eq!(found("../docs/v1.0/api/user-get.md", "/includes/x.md"), None, "a site-root link");
        // A page named without a folder.
        let files = [SourceFile::new("a.md", ""), SourceFile::new("b.md", "b"), SourceFile::new("../inc/c.md", "c")];
        let includes = Includes::new(&files);
        assert_eq!(includes.resolve("a.md", "b.md").map(SourceFile::text), Some("b"));
        assert_eq!(includes.resolve("a.md", "../inc/c.md").map(SourceFile::text), Some("c"));
        // Two files of one name: the same one whatever their order.
        let (x, y) = (SourceFile::new("i/x.md", "x1"), SourceFile::new("i/./x.md", "x0"));
        for files in [[x.clone(), y.clone()], [y, x]] {
            assert_eq!(Includes::new(&files).resolve("i/a.md", "x.md").map(SourceFile::text), Some("x0"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_from_one() {
        let f = SourceFile::new("a.md", "ab\ncdé\nx");
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(3), (2, 1));
        assert_eq!(f.line_col(7), (2, 4));
        assert_eq!(f.line_col(8), (3, 1));
        assert_eq!(f.line_col(999), (3, 2));
        assert_eq!(f.line_text(2), "cdé");
        assert_eq!(f.line_text(4), "");
        assert_eq!(f.line_text(0), "");
    }

    #[test]
    fn a_lone_carriage_return_breaks_a_line_and_crlf_stays() {
        let f = SourceFile::new("a.md", "---\rtitle: x\r---\r\r# T\r\nGET /x\n");
        assert_eq!(f.text(), "---\ntitle: x\n---\n\n# T\r\nGET /x\n");
        assert_eq!(f.line_col(4), (2, 1));
        assert_eq!(f.line_text(5), "# T");
    }
}
