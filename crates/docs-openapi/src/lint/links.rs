//! `broken-link`: relative links to api and resource pages whose file does not
//! exist beside the page on disk. Names compare case-insensitively, as the
//! docs site does.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::markdown::{Block, Inline};
use crate::page::Page;
use crate::source::Span;

/// Checks links against the files on disk, reading each directory once.
pub(crate) struct LinkChecker {
    root: PathBuf,
    /// File names per directory, by lower-cased name; `None` when it cannot be read.
    dirs: Mutex<HashMap<PathBuf, Option<Arc<Listing>>>>,
}

impl LinkChecker {
    /// `root` is what page names are relative to.
    pub fn new(root: &Path) -> Self {
        LinkChecker { root: root.to_path_buf(), dirs: Mutex::new(HashMap::new()) }
    }

    pub fn check(&self, page: &Page<'_>, out: &mut Vec<Diagnostic>) {
        let base = self.root.join(page.source.name());
        let Some(dir) = base.parent() else { return };
        for block in &page.doc.blocks {
            match block {
                Block::Paragraph(p) => self.inline(page, dir, p, out),
                Block::Table(t) => {
                    for cell in t.header.iter().chain(t.rows.iter().flatten()) {
                        self.inline(page, dir, cell, out);
                    }
                }
                _ => {}
            }
        }
    }

    fn inline(&self, page: &Page<'_>, dir: &Path, inline: &Inline, out: &mut Vec<Diagnostic>) {
        let text = page.source.text();
        let mut cursor = inline.span.start;
        for link in &inline.links {
            let Some(target) = page_link(&link.target) else { continue };
            // The target's own text, for the caret; searched after the previous link.
            let needle = format!("]({}", link.target);
            let found = text.get(cursor..inline.span.end).and_then(|t| t.find(&needle)).map(|i| cursor + i + 2);
            let span = match found {
                Some(at) => {
                    cursor = at;
                    Span::new(at, at + link.target.len())
                }
                None => inline.span,
            };
            let (message, help) = match self.lookup(&dir.join(target)) {
                Found::Exact => continue,
                Found::OtherCase(actual) => (
                    format!("link to `{target}`, whose file is spelled `{actual}` (letter case differs)"),
                    "match the file name's case: the link breaks on case-sensitive file systems and hosts".to_string(),
                ),
                Found::Missing => (
                    format!("link to `{target}`, which does not exist beside this page"),
                    "fix the link, or add the page it points to".to_string(),
                ),
            };
            out.push(Diagnostic::warning(codes::BROKEN_LINK, page.file, span, message).with_help(help));
        }
    }

    fn lookup(&self, path: &Path) -> Found {
        let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else { return Found::Missing };
        let name = name.to_string_lossy();
        let listing = {
            let mut dirs = self.dirs.lock().unwrap_or_else(|e| e.into_inner());
            dirs.entry(dir.to_path_buf()).or_insert_with(|| read_names(dir)).clone()
        };
        match listing.as_ref().and_then(|l| l.get(&name.to_lowercase())) {
            Some(actual) if *actual == name => Found::Exact,
            Some(actual) => Found::OtherCase(actual.clone()),
            None => Found::Missing,
        }
    }
}

/// A directory's file names by their lower-cased form.
type Listing = HashMap<String, String>;

enum Found {
    Exact,
    OtherCase(String),
    Missing,
}

fn read_names(dir: &Path) -> Option<Arc<Listing>> {
    let entries = std::fs::read_dir(dir).ok()?;
    let names = entries.filter_map(Result::ok).map(|e| e.file_name().to_string_lossy().into_owned());
    Some(Arc::new(names.map(|n| (n.to_lowercase(), n)).collect()))
}

/// The file part of a relative link to an api or resource page (`../resources/x.md`,
/// `x.md`), or `None` for other links (absolute, site-rooted, includes, anchors).
fn page_link(target: &str) -> Option<&str> {
    let file = target.split(['#', '?']).next().unwrap_or("").trim();
    if file.is_empty() || file.contains("://") || file.starts_with(['/', '\\']) || file.contains(':') {
        return None;
    }
    if !file.to_ascii_lowercase().ends_with(".md") {
        return None;
    }
    let dirs: Vec<&str> = file.split('/').rev().skip(1).filter(|s| *s != ".." && *s != ".").collect();
    let to_page = dirs.is_empty() || dirs.first().is_some_and(|d| matches!(*d, "resources" | "api"));
    to_page.then_some(file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{FileId, SourceFile};

    #[test]
    fn which_links_are_page_links() {
        assert_eq!(page_link("../resources/user.md#properties"), Some("../resources/user.md"));
        assert_eq!(page_link("user-get.md"), Some("user-get.md"));
        assert_eq!(page_link("../api/user-get.md"), Some("../api/user-get.md"));
        assert_eq!(page_link("../includes/snippets/x.md"), None);
        assert_eq!(page_link("/graph/permissions-reference.md"), None);
        assert_eq!(page_link("https://example.com/resources/x.md"), None);
        assert_eq!(page_link("#properties"), None);
        assert_eq!(page_link("../resources/user"), None);
    }

    #[test]
    fn finds_missing_files_and_case_differences() {
        let root = std::env::temp_dir().join(format!("lint-links-unit-{}", std::process::id()));
        std::fs::create_dir_all(root.join("docs/resources")).unwrap();
        std::fs::create_dir_all(root.join("docs/api")).unwrap();
        std::fs::write(root.join("docs/resources/user.md"), "# user").unwrap();
        let src = SourceFile::new(
            "docs/api/a.md",
            "# A\n\nSee [user](../resources/User.md), [gone](../resources/gone.md) and [site](/graph/x.md).\n\n|a|b|\n|-|-|\n|[gone](../resources/gone.md#x)|x|\n",
        );
        let page = Page::parse(FileId(0), &src, &mut Vec::new());
        let clean = SourceFile::new("docs/api/b.md", "# B\n\nSee [user](../resources/user.md).\n");
        let clean_page = Page::parse(FileId(1), &clean, &mut Vec::new());
        let (mut out, mut none) = (Vec::new(), Vec::new());
        let checker = LinkChecker::new(&root);
        checker.check(&page, &mut out);
        checker.check(&clean_page, &mut none);
        std::fs::remove_dir_all(&root).unwrap();
        let found: Vec<(usize, &str)> =
            out.iter().map(|d| (src.line_col(d.span.start).0, &src.text()[d.span.start..d.span.end])).collect();
        assert_eq!(found, [(3, "../resources/User.md"), (3, "../resources/gone.md"), (7, "../resources/gone.md#x")]);
        assert!(out[0].message.contains("spelled `user.md`"), "{}", out[0].message);
        assert!(none.is_empty(), "{none:?}");
    }
}
